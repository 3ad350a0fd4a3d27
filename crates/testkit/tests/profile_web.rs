//! The Security Profile through the pages, on both engines: drafts with every typed word kept,
//! autosave, submission signed by an Officer, criterion-by-criterion review with returns,
//! resubmission of the returned criteria, approval, versions and their comparison.

use ctpat_testkit::flows::{
    PW, act, answer_every_criterion, apply_as_importer, approve_profile, draft_importer, review_every_criterion,
};
use ctpat_testkit::uploads::{trickle_upload, upload, walk};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn profile_cycle(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.partner("eve@other.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    // The profile is answered while the application is a draft, and goes with its signature.
    let id = draft_importer(&ana, "Acme Imports", "ana@acme.example").await;

    let overview = ana.get(&format!("/accounts/{id}/profile")).await;
    overview
        .assert_contains("Security Vision and Responsibility")
        .assert_contains("Answer criterion 1.3: it is required.");
    assert_eq!(t.signed_in("eve@other.example").await.get(&format!("/accounts/{id}/profile")).await.status, 404);

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

    let agreement = format!("/accounts/{id}/apply/agreement");
    let p = ana.post(&agreement, &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The application is not complete");

    // Answer every criterion that applies to an importer, then sign the application.
    answer_every_criterion(&t, &ana, id).await;
    ana.post(
        &format!("/accounts/{id}/profile/risk"),
        &[("risk-1", "Origin: Shenzhen; consolidator; port of Baltimore.")],
    )
    .await;
    let p = ana.post(&agreement, &[("agree", "on"), ("password", "wrong password for this")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The password is not correct.");
    let p = ana.post(&agreement, &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let sue = t.signed_in("sue@cbp.example").await;
    let sam_id =
        ctpat_store::users::find_by_email(t.db.db.conn(), "sam@cbp.example").await.unwrap().unwrap().id.to_string();
    act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await;
    assert_eq!(ana.post(&base, &[("answer-1.3", "partially")]).await.status, 422, "no edits while under review");

    // The SCSS reviews: a return needs a comment; 1.3 returned, everything else accepted.
    let sam = t.signed_in("sam@cbp.example").await;
    let p = sam.post(&format!("{base}/review"), &[("decision-1.3", "return"), ("comment-1.3", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say what the partner should change.");
    review_every_criterion(&t, &sam, id, &[("1.3", "Say who performs the audit and how often.")]).await;
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
    let library = ana.get(&format!("/accounts/{id}/library")).await;
    library.assert_contains("Security Profile, version 2");
    assert!(!library.body.contains("Security Profile, version 1<"), "only the approved version is filed");
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

/// Uploads get their own, longer time limit: a file trickling in for longer than the general
/// limit still arrives, and is cut off (408) only past the upload limit.
async fn slow_upload_with(db: TestDb, general: u64, upload: u64) -> (u16, bool) {
    use std::time::Duration;
    let t = TestApp::spawn_with(db, |s| {
        s.request_timeout = Duration::from_secs(general);
        s.upload_timeout = Duration::from_secs(upload);
    })
    .await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = draft_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let path = format!("/accounts/{id}/profile/evidence/6.2");
    // About 4 s in eight pieces.
    let status = trickle_upload(&ana, &path, 8, Duration::from_millis(500)).await;
    (status, ana.get(&path).await.body.contains("slow.pdf"))
}

async fn slow_upload_within_its_limit(db: TestDb) {
    assert_eq!(slow_upload_with(db, 2, 30).await, (303, true), "outlasts the general 2 s limit");
}

async fn slow_upload_past_its_limit(db: TestDb) {
    assert_eq!(slow_upload_with(db, 30, 1).await, (408, false), "cut off, nothing half-written");
}

both_engines! {
    slow_upload_ok => slow_upload_within_its_limit;
    slow_upload_cut => slow_upload_past_its_limit;
}

async fn evidence_uploads(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.upload_max_bytes = 4096;
        s.account_quota_bytes = 6000;
    })
    .await;
    t.partner("ana@acme.example", PW).await;
    t.partner("eve@other.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = draft_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let path = format!("/accounts/{id}/profile/evidence/6.2");

    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend(std::iter::repeat_n(b'a', 2000));
    let (status, _) = upload(&ana, &path, "seal-policy.pdf", pdf.clone()).await;
    assert_eq!(status, 303);
    let page = ana.get(&path).await;
    page.assert_contains("seal-policy.pdf");
    let href = page
        .body
        .split(&format!("/accounts/{id}/files/"))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    let res = ana.client.get(format!("{}/accounts/{id}/files/{href}", t.base)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let h = res.headers().clone();
    assert!(
        h.get("content-disposition").unwrap().to_str().unwrap().starts_with("attachment; filename=\"seal-policy.pdf\"")
    );
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    assert_eq!(h.get("content-security-policy").unwrap(), "sandbox; default-src 'none'");
    assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
    // Stored under a generated key, never under its own name.
    let stored: Vec<_> = walk(&t.app.settings.files_dir());
    assert!(stored.iter().all(|p| !p.ends_with("seal-policy.pdf")) && stored.len() == 1, "{stored:?}");

    // Another company cannot fetch it.
    let eve = t.signed_in("eve@other.example").await;
    assert_eq!(eve.get(&format!("/accounts/{id}/files/{href}")).await.status, 404);
    assert_eq!(upload(&eve, &path, "x.pdf", b"%PDF-1.4".to_vec()).await.0, 404);

    // A renamed web page is refused; the size limit holds while streaming; the quota holds.
    let (status, body) = upload(&ana, &path, "report.pdf", b"<!doctype html><script>alert(1)</script>".to_vec()).await;
    assert_eq!(status, 422);
    assert!(body.contains("web pages, scripts and programs are refused"), "{body}");
    let (status, body) = upload(&ana, &path, "big.pdf", [b"%PDF-1.7\n".to_vec(), vec![b'b'; 10_000]].concat()).await;
    assert_eq!(status, 413);
    assert!(body.contains("larger than the portal accepts"), "{body}");
    let (status, body) = upload(&ana, &path, "more.pdf", pdf.clone()).await;
    assert_eq!(status, 303, "{body}");
    let (status, body) = upload(&ana, &path, "third.pdf", pdf).await;
    assert_eq!(status, 422);
    assert!(body.contains("storage is full"), "{body}");
    assert_eq!(walk(&t.app.settings.files_dir()).len(), 2, "refused uploads leave nothing behind");
    let actions = t.audit_actions().await;
    assert!(actions.iter().any(|a| a == "file.uploaded") && actions.iter().any(|a| a == "file.downloaded"));

    // Once submitted, the evidence is frozen with the answers until the review ends.
    ctpat_testkit::flows::answer_profile(&ana, id).await;
    let p = ana.post(&format!("/accounts/{id}/apply/agreement"), &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let (status, body) = upload(&ana, &path, "late.pdf", b"%PDF-1.4".to_vec()).await;
    assert_eq!(status, 422);
    assert!(body.contains("under review"), "{body}");
}

both_engines! {
    evidence => evidence_uploads;
}

async fn upload_catalog(b: &Browser, text: String) -> (u16, String) {
    if b.cookie("__Host-ctpat-csrf").is_none() {
        b.get("/healthz").await;
    }
    let csrf = b.cookie("__Host-ctpat-csrf").unwrap();
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .part("file", reqwest::multipart::Part::text(text).file_name("msc.toml"));
    let res = b.client.post(format!("{}/program/catalog", b.base)).multipart(form).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

/// HQ (hal), an SCSS (sam) and a partner (ana) with an importer account in draft.
async fn catalog_cast(db: TestDb) -> (TestApp, Browser, i64) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.staff("hal@cbp.example", PW, "hq").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = draft_importer(&ana, "Acme Imports", "ana@acme.example").await;
    (t, ana, id)
}

async fn new_catalog_version(db: TestDb) {
    let (t, ana, id) = catalog_cast(db).await;
    let base = format!("/accounts/{id}/profile/category/1");
    ana.post(
        &base,
        &[("answer-1.1", "meets"), ("narrative-1.1", "Signed by our CEO in 2024."), ("answer-1.3", "meets")],
    )
    .await;

    let hal = t.signed_in("hal@cbp.example").await;
    assert_eq!(t.signed_in("sam@cbp.example").await.get("/program/catalog").await.status, 403);
    let shipped_version = ctpat_app::catalog::shipped().unwrap().version.clone();
    let page = hal.get("/program/catalog").await;
    page.assert_contains(&shipped_version).assert_contains("Current");
    // What each entity type answers, and the criteria HQ still has to check against the CBP text.
    page.assert_contains("Highway carrier").assert_contains("criteria to verify against the CBP documents");
    assert!(!page.body.contains("This release ships catalog version"), "the shipped version is loaded");
    let current: Vec<&str> =
        page.body.match_indices("aria-current=\"page\"").map(|(i, _)| &page.body[i - 40..i]).collect();
    assert!(current.len() == 1 && current[0].contains("/program/catalog"), "one current menu item: {current:?}");
    let shipped = ctpat_app::catalog::SHIPPED;
    let (status, body) = upload_catalog(&hal, shipped.replacen("id = \"2.1\"", "id = \"2.x\"", 1)).await;
    assert_eq!(status, 422);
    assert!(body.contains("Line ") && body.contains("2.x"), "{body}");

    let next = shipped.replacen(&format!("version = \"{shipped_version}\""), "version = \"2024.1\"", 1).replacen(
        "The security program includes a written review or audit component, done at planned intervals.",
        "The security program is reviewed or audited in writing at least once a year.",
        1,
    ) + "\n[[criterion]]\nid = \"1.5\"\ncategory = 1\nlevel = \"must\"\napplies_to = [\"all\"]\nstatement = \"A new requirement.\"\nguidance = \"Do it.\"\nbasis = \"test\"\n\
        translation.es.statement = \"Un requisito nuevo.\"\ntranslation.es.guidance = \"Cúmplalo.\"\n\
        translation.fr.statement = \"Une exigence nouvelle.\"\ntranslation.fr.guidance = \"Appliquez-la.\"\n";
    let (status, body) = upload_catalog(&hal, next).await;
    assert_eq!(status, 303, "{body}");
    hal.get("/program/catalog").await.assert_contains("2024.1");

    let overview = ana.get(&format!("/accounts/{id}/profile")).await;
    overview
        .assert_contains("New or changed criteria to answer")
        .assert_contains("1.5 — A new requirement.")
        .assert_contains("1.3 — ");
    assert!(!overview.body.contains("1.1 — "), "unchanged criteria are not flagged");
    let page = ana.get(&base).await;
    page.assert_contains("Signed by our CEO in 2024.")
        .assert_contains("A new requirement.")
        .assert_contains("New or changed");
    assert!(t.audit_actions().await.iter().any(|a| a == "catalog.loaded"));
}

both_engines! {
    catalog => new_catalog_version;
}

/// A database that started on an earlier release keeps its catalog until HQ loads the one the
/// new release ships; then open profiles move to it and its new criteria are flagged.
async fn shipped_catalog_on_an_older_database(db: TestDb) {
    let shipped = ctpat_app::catalog::SHIPPED;
    let version = ctpat_app::catalog::shipped().unwrap().version.clone();
    // The earlier release's catalog: another version string, and without criterion 7.33.
    let older: String = shipped
        .replacen(&format!("version = \"{version}\""), "version = \"2019.0\"", 1)
        .split("[[criterion]]")
        .filter(|block| !block.contains("id = \"7.33\""))
        .collect::<Vec<_>>()
        .join("[[criterion]]");
    {
        let clock = std::sync::Arc::new(ctpat_app::clock::ManualClock::new(ctpat_testkit::start_time()));
        let app = ctpat_app::App::new(db.db.clone(), clock, ctpat_app::Settings::default());
        ctpat_app::catalog::load(&app, ctpat_app::catalog::Loader::Host(ctpat_app::RequestMeta::cli()), &older)
            .await
            .unwrap();
    }
    let (t, ana, id) = catalog_cast(db).await;
    assert!(!ana.get(&format!("/accounts/{id}/profile/category/7")).await.body.contains("7.33"));
    let answered = ana.post(&format!("/accounts/{id}/profile/category/1"), &[("answer-1.1", "meets")]).await;
    assert_eq!(answered.status, 303);

    let hal = t.signed_in("hal@cbp.example").await;
    hal.get("/program/catalog")
        .await
        .assert_contains("2019.0")
        .assert_contains(&format!("This release ships catalog version {version}"));
    let sam = t.signed_in("sam@cbp.example").await;
    assert_eq!(sam.post("/program/catalog/shipped", &[]).await.status, 403);
    assert_eq!(hal.post_without_csrf("/program/catalog/shipped", &[]).await.status, 403);
    assert_eq!(hal.post("/program/catalog/shipped", &[]).await.status, 303);

    let page = hal.get("/program/catalog").await;
    assert!(!page.body.contains("This release ships catalog version"), "offered only while not loaded");
    assert_eq!(ctpat_app::catalog::current(&t.app).await.unwrap().1.version, version);
    ana.get(&format!("/accounts/{id}/profile")).await.assert_contains("7.33 — ");
    assert_eq!(hal.post("/program/catalog/shipped", &[]).await.status, 422, "a version is loaded once");
}

both_engines! {
    shipped_catalog => shipped_catalog_on_an_older_database;
}

async fn annual_review_window(db: TestDb) {
    use chrono::Duration;
    async fn send_reminders(
        app: &ctpat_app::App,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, ctpat_app::Error> {
        ctpat_app::jobs::run_kind(app, now, ctpat_app::scheduler::Kind::AnnualReminder).await
    }
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam_id =
        ctpat_store::users::find_by_email(t.db.db.conn(), "sam@cbp.example").await.unwrap().unwrap().id.to_string();
    act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await;
    let sam = t.signed_in("sam@cbp.example").await;
    approve_profile(&t, &ana, &sam, id).await;
    assert_eq!(act(&sam, id, "recommend-certification", &[]).await.status, 303);
    act(&sue, id, "certify", &[]).await;
    let due = |t: &TestApp| {
        let db = t.db.db.clone();
        async move {
            ctpat_store::accounts::find(db.conn(), ctpat_store::accounts::Scope::Program, id)
                .await
                .unwrap()
                .unwrap()
                .annual_review_due
                .unwrap()
        }
    };
    let first_due = due(&t).await;
    let at = |d: chrono::DateTime<chrono::Utc>| t.clock.set(d);

    at(first_due - Duration::days(91));
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 0, "the window is not open yet");
    let ana = t.signed_in("ana@acme.example").await;
    ana.get(&format!("/accounts/{id}/profile")).await.assert_contains("The annual review window opens on");
    assert_eq!(
        ana.post(&format!("/accounts/{id}/profile/annual/sign"), &[("confirm", "on"), ("password", PW)]).await.status,
        422
    );

    at(first_due - Duration::days(89));
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 1, "window open");
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 0, "once");
    at(first_due - Duration::days(29));
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 1, "30 days before");
    at(first_due - Duration::days(13));
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 1, "14 days before");
    assert_eq!(
        t.emails_to("ana@acme.example").await.iter().filter(|m| m.subject.contains("annual review due")).count(),
        3
    );

    // Inside the window: a change counts, the Officer signs, the SCSS approves.
    let ana = t.signed_in("ana@acme.example").await;
    ana.post(
        &format!("/accounts/{id}/profile/category/1"),
        &[("answer-1.1", "meets"), ("narrative-1.1", "Re-signed this year.")],
    )
    .await;
    let page = ana.get(&format!("/accounts/{id}/profile")).await;
    page.assert_contains("The annual review window is open").assert_contains("Criteria updated in this window: 1.1");
    assert_eq!(
        ana.post(&format!("/accounts/{id}/profile/annual/sign"), &[("confirm", "on"), ("password", PW)]).await.status,
        303
    );
    ana.get(&format!("/accounts/{id}/profile"))
        .await
        .assert_contains("waiting for your Supply Chain Security Specialist");
    let sam = t.signed_in("sam@cbp.example").await;
    assert_eq!(sam.post(&format!("/accounts/{id}/profile/annual/approve"), &[]).await.status, 303);
    let second_due = due(&t).await;
    assert!(second_due - first_due >= Duration::days(364), "{first_due} -> {second_due}");

    // Overdue: the SCSS is prompted to propose suspension.
    at(second_due + Duration::days(1));
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 1);
    assert!(t.emails_to("sam@cbp.example").await.iter().any(|m| m.subject.contains("Annual review overdue")));
    let sam = t.signed_in("sam@cbp.example").await;
    sam.get(&format!("/accounts/{id}")).await.assert_contains("consider proposing a suspension");
    let actions = t.audit_actions().await;
    for a in [
        "annual_review.signed",
        "annual_review.approved",
        "annual_review.reminder_sent",
        "account.annual_review_approved",
    ] {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}");
    }
}

both_engines! {
    annual => annual_review_window;
}
