//! Journeys several suites share: applying for an account, acting on an account page.

use crate::{Browser, Page};

pub const PW: &str = "correct horse battery staple";

/// Apply for an importer account as the signed-in Officer, answer the Security Profile and
/// sign (which submits both). Returns the account id.
pub async fn apply_as_importer(b: &Browser, org: &str, officer_email: &str) -> i64 {
    let id = draft_importer(b, org, officer_email).await;
    // Signing submits the Security Profile with the application: every criterion answered first.
    answer_profile(b, id).await;
    let p = b.post(&format!("/accounts/{id}/apply/agreement"), &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 303, "signed: {}", p.body);
    id
}

/// An importer application with every wizard step filled in by the signed-in Officer, its
/// profile not answered and the agreement not signed. Returns the account id.
pub async fn draft_importer(b: &Browser, org: &str, officer_email: &str) -> i64 {
    let p = b.post("/apply", &[("entity_type", "importer"), ("my_role", "officer")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let id: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let base = format!("/accounts/{id}/apply");
    let steps: Vec<(String, Vec<(&str, &str)>)> = vec![
        (format!("{base}/organization"), vec![("name", org), ("phone", "+1 202 555 0100")]),
        (
            format!("{base}/addresses"),
            vec![
                ("hq_line1", "1 Harbor Way"),
                ("hq_city", "Baltimore"),
                ("hq_country", "US"),
                ("a1_kind", "cargo_facility"),
                ("a1_line1", "Pier 9"),
                ("a1_city", "Baltimore"),
                ("a1_country", "us"),
            ],
        ),
        (
            format!("/accounts/{id}/contacts"),
            vec![("name", "Olga Officer"), ("email", officer_email), ("role", "officer"), ("primary", "on")],
        ),
        (
            format!("/accounts/{id}/contacts"),
            vec![("name", "Uma User"), ("email", "uma@example.com"), ("role", "user"), ("alternate", "on")],
        ),
        (format!("{base}/contacts"), vec![]),
        (
            format!("{base}/identifiers"),
            vec![
                ("id_ior", "12-345678900"),
                ("bond_number", "123456789"),
                ("bond_type", "continuous_import"),
                ("declare_imported_last_12_months", "on"),
            ],
        ),
    ];
    for (path, fields) in steps {
        let p = b.post(&path, &fields).await;
        assert_eq!(p.status, 303, "{path}: {}", p.body);
    }
    id
}

/// Answer every criterion the category pages of the account's profile show ("meets", with a
/// narrative).
pub async fn answer_profile(b: &Browser, id: i64) {
    for cat in 1..=12u8 {
        let path = format!("/accounts/{id}/profile/category/{cat}");
        let page = b.get(&path).await;
        if page.status == 404 {
            continue;
        }
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        let ids: Vec<String> =
            page.body.split("name=\"answer-").skip(1).filter_map(|s| s.split('"').next()).map(str::to_string).fold(
                Vec::new(),
                |mut v, c| {
                    if !v.contains(&c) {
                        v.push(c);
                    }
                    v
                },
            );
        if ids.is_empty() {
            continue;
        }
        let fields: Vec<(String, String)> = ids
            .iter()
            .flat_map(|c| {
                [(format!("answer-{c}"), "meets".to_string()), (format!("narrative-{c}"), format!("How we meet {c}."))]
            })
            .collect();
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let p = b.post(&path, &refs).await;
        assert_eq!(p.status, 303, "category {cat}: {}", p.body);
    }
}

/// The account version an account page's action forms carry.
pub fn version_of(page: &str) -> String {
    page.split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no version field on the page:\n{page}"))
        .to_string()
}

/// Post a lifecycle action from the account page, with the version the page shows.
pub async fn act(b: &Browser, id: i64, action: &str, fields: &[(&str, &str)]) -> Page {
    let page = b.get(&format!("/accounts/{id}")).await;
    let version = version_of(&page.body);
    let mut all = fields.to_vec();
    all.push(("version", &version));
    b.post(&format!("/accounts/{id}/actions/{action}"), &all).await
}

/// Write and send a corrective action plan (`corrective-action-plan`) or an appeal (`appeal`)
/// the way the partner does: from the account page's link to the statement page, with the
/// version that page shows.
pub async fn send_statement(b: &Browser, id: i64, kind: &str, text: &str) -> Page {
    let account = b.get(&format!("/accounts/{id}")).await;
    let href = format!("/accounts/{id}/statements/{kind}");
    assert!(
        account.body.contains(&format!("href=\"{href}\"")),
        "no link to {href} on the account page:\n{}",
        account.body
    );
    let page = b.get(&href).await;
    let version = version_of(&page.body);
    b.post(&href, &[("body", text), ("version", &version), ("intent", "send")]).await
}

/// The id in the first `/{segment}/{id}/` link of a table row that mentions `email`.
pub fn row_id(page: &str, email: &str, segment: &str) -> i64 {
    page.split("<tr>")
        .filter(|r| r.contains(email))
        .find_map(|row| row.split(&format!("/{segment}/")).skip(1).find_map(|s| s.split('/').next()?.parse().ok()))
        .unwrap_or_else(|| panic!("no /{segment}/ link in a row of {email}:\n{page}"))
}

/// Bring a person into the account with `role` the way an Officer does it: a contact, an
/// invitation, sign-up and acceptance. Returns the person's signed-in browser.
pub async fn join_as(t: &crate::TestApp, officer: &Browser, id: i64, name: &str, email: &str, role: &str) -> Browser {
    let p =
        officer.post(&format!("/accounts/{id}/contacts"), &[("name", name), ("email", email), ("role", role)]).await;
    assert_eq!(p.status, 303, "contact added: {}", p.body);
    let page = officer.get(&format!("/accounts/{id}/contacts")).await;
    let cid = row_id(&page.body, email, "contacts");
    let p = officer.post(&format!("/accounts/{id}/contacts/{cid}/invite"), &[]).await;
    assert_eq!(p.status, 303, "invited: {}", p.body);
    let link = t.link_in_email(email, "/join?token=").await;
    let token = link.split("token=").nth(1).expect("token").to_string();
    t.partner(email, PW).await;
    let b = t.browser();
    b.login(email, PW).await;
    let p = b.post("/join", &[("token", &token)]).await;
    assert_eq!(p.status, 303, "joined: {}", p.body);
    b
}

/// A verified partner user, signed in.
pub async fn signed_in_partner(t: &crate::TestApp, email: &str) -> Browser {
    t.partner(email, PW).await;
    let b = t.browser();
    b.login(email, PW).await;
    b
}

/// A partner user who applied for an importer account of `org` as its Officer: signed in,
/// with the account's id.
pub async fn officer_with_account(t: &crate::TestApp, email: &str, org: &str) -> (Browser, i64) {
    let b = signed_in_partner(t, email).await;
    let id = apply_as_importer(&b, org, email).await;
    (b, id)
}

/// A partner user with an importer application of `org` in draft (every wizard step done, the
/// profile open for answers and evidence), as its Officer: signed in, with the account's id.
pub async fn officer_with_draft(t: &crate::TestApp, email: &str, org: &str) -> (Browser, i64) {
    let b = signed_in_partner(t, email).await;
    let id = draft_importer(&b, org, email).await;
    (b, id)
}

/// Answer every criterion that applies to an importer ("meets", with a narrative), through the
/// category pages.
pub async fn answer_every_criterion(t: &crate::TestApp, b: &Browser, id: i64) {
    let (_, catalog) = ctpat_app::catalog::current(&t.app).await.unwrap();
    for cat in 1..=12u8 {
        let ids: Vec<String> = catalog
            .for_entity(ctpat_domain::partner::EntityType::Importer)
            .filter(|c| c.category == cat)
            .map(|c| c.id.clone())
            .collect();
        if ids.is_empty() {
            continue;
        }
        let fields: Vec<(String, String)> = ids
            .iter()
            .flat_map(|c| {
                [(format!("answer-{c}"), "meets".to_string()), (format!("narrative-{c}"), format!("How we meet {c}."))]
            })
            .collect();
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let p = b.post(&format!("/accounts/{id}/profile/category/{cat}"), &refs).await;
        assert_eq!(p.status, 303, "category {cat}: {}", p.body);
    }
}

/// An importer account of `ana@acme.example` (its Officer) whose profile is answered and
/// submitted with the application, assigned to `sam@cbp.example` (SCSS) by `sue@cbp.example` (Supervisor). Returns
/// the Officer's and the SCSS's browsers and the account id.
pub async fn submitted_profile(t: &crate::TestApp) -> (Browser, Browser, i64) {
    t.partner("ana@acme.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam_id = t.user_id("sam@cbp.example").await.to_string();
    assert_eq!(act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await.status, 303);
    (ana, t.signed_in("sam@cbp.example").await, id)
}

/// Decide every criterion of an importer's submitted profile as the SCSS: accept all, except
/// `returned` (criterion, comment). Returns the last review post's page.
pub async fn review_every_criterion(t: &crate::TestApp, b: &Browser, id: i64, returned: &[(&str, &str)]) -> Page {
    let (_, catalog) = ctpat_app::catalog::current(&t.app).await.unwrap();
    let mut last = None;
    for cat in 1..=12u8 {
        let ids: Vec<String> = catalog
            .for_entity(ctpat_domain::partner::EntityType::Importer)
            .filter(|c| c.category == cat)
            .map(|c| c.id.clone())
            .collect();
        if ids.is_empty() {
            continue;
        }
        let mut fields: Vec<(String, String)> = Vec::new();
        for c in &ids {
            match returned.iter().find(|(r, _)| r == c) {
                Some((_, comment)) => {
                    fields.push((format!("decision-{c}"), "return".into()));
                    fields.push((format!("comment-{c}"), comment.to_string()));
                }
                None => fields.push((format!("decision-{c}"), "accept".into())),
            }
        }
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let p = b.post(&format!("/accounts/{id}/profile/category/{cat}/review"), &refs).await;
        assert_eq!(p.status, 303, "review of category {cat}: {}", p.body);
        last = Some(p);
    }
    last.expect("a category to review")
}

/// Take an importer's Security Profile, submitted with its application, to approval through
/// the pages: the SCSS accepts every criterion. Certification can then be recommended.
pub async fn approve_profile(t: &crate::TestApp, _officer: &Browser, scss: &Browser, id: i64) {
    review_every_criterion(t, scss, id, &[]).await;
}

/// An importer account of `ana@acme.example` taken to certification through the pages: profile
/// submitted and accepted by `sam@cbp.example` (SCSS), recommended, certified by
/// `sue@cbp.example` (Supervisor). Returns the Officer's, the SCSS's and the Supervisor's
/// browsers and the account id.
pub async fn certified_importer(t: &crate::TestApp) -> (Browser, Browser, Browser, i64) {
    let (ana, sam, id) = submitted_profile(t).await;
    review_every_criterion(t, &sam, id, &[]).await;
    assert_eq!(act(&sam, id, "recommend-certification", &[]).await.status, 303);
    let sue = t.signed_in("sue@cbp.example").await;
    assert_eq!(act(&sue, id, "certify", &[]).await.status, 303);
    (ana, sam, sue, id)
}

/// A day `days` from the test clock's now, as `YYYY-MM-DD`.
pub fn day(t: &crate::TestApp, days: i64) -> String {
    (t.app.now() + chrono::Duration::days(days)).format("%Y-%m-%d").to_string()
}

/// The same day as an English page or e-mail writes it ("30 November 2026").
pub fn shown(t: &crate::TestApp, days: i64) -> String {
    ctpat_app::i18n::Lang::default().date((t.app.now() + chrono::Duration::days(days)).date_naive())
}

/// A `YYYY-MM-DD` day as an English page or e-mail writes it.
pub fn shown_iso(iso: &str) -> String {
    ctpat_app::i18n::Lang::default().date(chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").expect("an ISO day"))
}

/// The version field of the first form after `marker` in a page (of the whole page when empty).
pub fn version_after(body: &str, marker: &str) -> String {
    let rest = if marker.is_empty() { body } else { body.split(marker).nth(1).expect("the marker") };
    rest.split("name=\"version\" value=\"").nth(1).and_then(|v| v.split('"').next()).expect("a version").to_string()
}

/// A validation of `id` scheduled by `by` to start (and end) `days` from now at Pier 9; the
/// address of its page.
pub async fn scheduled(t: &crate::TestApp, by: &Browser, id: i64, days: i64) -> String {
    let p = by
        .post(
            &format!("/accounts/{id}/validations"),
            &[("start", &day(t, days)), ("end", &day(t, days)), ("site_kind-1", "domestic"), ("site_name-1", "Pier 9")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    p.location.unwrap().split('?').next().unwrap().to_string()
}
