//! The Security Profile through the pages, on both engines: drafts with every typed word kept,
//! autosave, submission signed by an Officer, criterion-by-criterion review with returns,
//! resubmission of the returned criteria, approval, versions and their comparison.

use ctpat_domain::partner::EntityType;
use ctpat_testkit::flows::{PW, act, apply_as_importer};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn signed_in(t: &TestApp, email: &str) -> Browser {
    let b = t.browser();
    assert_eq!(b.login(email, PW).await.status, 303);
    b
}

async fn profile_cycle(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.partner("eve@other.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = signed_in(&t, "ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let sue = signed_in(&t, "sue@cbp.example").await;
    let sam_id =
        ctpat_store::users::find_by_email(t.app.db.conn(), "sam@cbp.example").await.unwrap().unwrap().id.to_string();
    act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await;

    let overview = ana.get(&format!("/accounts/{id}/profile")).await;
    overview
        .assert_contains("Security Vision and Responsibility")
        .assert_contains("Answer criterion 1.3: it is required.");
    assert_eq!(signed_in(&t, "eve@other.example").await.get(&format!("/accounts/{id}/profile")).await.status, 404);

    // A draft with a problem is saved and comes back with the typed text and the message.
    let base = format!("/accounts/{id}/profile/category/1");
    let p = ana
        .post(
            &base,
            &[
                ("answer-1.3", "meets"),
                ("narrative-1.3", "Quarterly audit by the security team."),
                ("answer-1.4", "not_applicable"),
                ("narrative-1.4", "We have a point of contact."),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say why this criterion does not apply").assert_contains("Quarterly audit by the security team.");
    let page = ana.get(&base).await;
    page.assert_contains("Quarterly audit by the security team.").assert_contains("value=\"not_applicable\" checked");
    let p = ana
        .client
        .post(format!("{}{base}", t.base))
        .header("x-autosave", "1")
        .form(&[
            ("answer-1.4", "meets"),
            ("narrative-1.4", "Our POC briefs management monthly."),
            ("csrf", &ana.cookie("__Host-ctpat-csrf").unwrap()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(p.status(), 204, "autosave");
    ana.get(&base).await.assert_contains("Our POC briefs management monthly.");

    let p = ana.post(&format!("/accounts/{id}/profile/submit"), &[("confirm", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The profile cannot be submitted yet");

    // Answer every criterion that applies to an importer.
    let (_, catalog) = ctpat_app::catalog::current(&t.app).await.unwrap();
    for cat in 1..=12u8 {
        let ids: Vec<String> =
            catalog.for_entity(EntityType::Importer).filter(|c| c.category == cat).map(|c| c.id.clone()).collect();
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
        let p = ana.post(&format!("/accounts/{id}/profile/category/{cat}"), &refs).await;
        assert_eq!(p.status, 303, "category {cat}: {}", p.body);
    }
    ana.post(
        &format!("/accounts/{id}/profile/risk"),
        &[("risk-1", "Origin: Shenzhen; consolidator; port of Baltimore.")],
    )
    .await;
    let p = ana
        .post(&format!("/accounts/{id}/profile/submit"), &[("confirm", "on"), ("password", "wrong password for this")])
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("The password is not correct.");
    let p = ana.post(&format!("/accounts/{id}/profile/submit"), &[("confirm", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert_eq!(ana.post(&base, &[("answer-1.3", "partially")]).await.status, 422, "no edits while under review");

    // The SCSS reviews: a return needs a comment; 1.3 returned, everything else accepted.
    let sam = signed_in(&t, "sam@cbp.example").await;
    let p = sam.post(&format!("{base}/review"), &[("decision-1.3", "return"), ("comment-1.3", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say what the partner should change.");
    for cat in 1..=12u8 {
        let ids: Vec<String> =
            catalog.for_entity(EntityType::Importer).filter(|c| c.category == cat).map(|c| c.id.clone()).collect();
        if ids.is_empty() {
            continue;
        }
        let mut fields: Vec<(String, String)> =
            ids.iter().map(|c| (format!("decision-{c}"), "accept".to_string())).collect();
        if cat == 1 {
            fields.retain(|(k, _)| k != "decision-1.3");
            fields.push(("decision-1.3".into(), "return".into()));
            fields.push(("comment-1.3".into(), "Say who performs the audit and how often.".into()));
        }
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let p = sam.post(&format!("/accounts/{id}/profile/category/{cat}/review"), &refs).await;
        assert_eq!(p.status, 303, "{}", p.body.split("error-summary").nth(1).unwrap_or(""));
    }
    let overview = ana.get(&format!("/accounts/{id}/profile")).await;
    overview
        .assert_contains("Returned for changes — start here")
        .assert_contains("Say who performs the audit and how often.");
    let p = ana.post(&format!("/accounts/{id}/profile/submit"), &[("confirm", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422, "the returned criterion must change first");
    assert_eq!(
        ana.post(&base, &[("answer-1.3", "meets"), ("narrative-1.3", "The security manager audits every quarter.")])
            .await
            .status,
        303
    );
    assert_eq!(
        ana.post(&format!("/accounts/{id}/profile/submit"), &[("confirm", "on"), ("password", PW)]).await.status,
        303
    );
    assert_eq!(sam.post(&format!("{base}/review"), &[("decision-1.3", "accept")]).await.status, 303);
    ana.get(&format!("/accounts/{id}/profile")).await.assert_contains("Approved");

    // Both versions stay readable and compare side by side.
    let versions = ana.get(&format!("/accounts/{id}/profile/versions")).await;
    versions.assert_contains("/profile/versions/1").assert_contains("/profile/versions/2");
    ana.get(&format!("/accounts/{id}/profile/versions/1")).await.assert_contains("How we meet 1.3.");
    let cmp = ana.get(&format!("/accounts/{id}/profile/compare?a=1&b=2")).await;
    cmp.assert_contains("The security manager audits every quarter.").assert_contains("Changed");
    let actions = t.audit_actions().await;
    for a in [
        "profile.started",
        "profile.answers_saved",
        "profile.submitted",
        "profile.returned",
        "profile.approved",
        "profile.risk_assessment_saved",
    ] {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}");
    }
}

both_engines! {
    cycle => profile_cycle;
}
