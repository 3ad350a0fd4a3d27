//! The notification centre through the pages, on both engines: a decision reaches each person
//! of the account in the portal (the bell's count on every page, the list, marked read by POST)
//! and by e-mail as each chose — at once, in the daily digest, or not at all.

use chrono::Duration;
use ctpat_testkit::flows::{PW, review_every_criterion, submitted_profile};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

fn bell(page: &str) -> String {
    page.split("class=\"bell\" href=\"/notifications\" aria-label=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_else(|| panic!("no bell on the page:\n{page}"))
        .to_string()
}

async fn first_notice_id(b: &Browser) -> String {
    let page = b.get("/notifications").await;
    page.body
        .split("action=\"/notifications/")
        .filter_map(|s| s.split('/').next())
        .find(|s| s.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or_else(|| panic!("no notification to mark:\n{}", page.body))
        .to_string()
}

async fn a_decision_reaches_the_person_in_the_portal_and_is_marked_read(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, id) = submitted_profile(&t).await;
    let dash = ana.get(&format!("/accounts/{id}")).await;
    assert_eq!(bell(&dash.body), "Notifications, 1 unread", "the SCSS's assignment");
    // The bell is a link to the list.
    assert!(dash.body.contains("<a class=\"bell\" href=\"/notifications\""));
    let list = ana.get("/notifications").await;
    list.assert_contains("Acme Imports: Under review. A Supply Chain Security Specialist has been assigned")
        .assert_contains(&format!("href=\"/accounts/{id}\""));
    let nid = first_notice_id(&ana).await;
    assert_eq!(ana.post(&format!("/notifications/{nid}/read"), &[]).await.status, 303);
    assert_eq!(bell(&ana.get("/notifications").await.body), "Notifications, none unread");
    assert_eq!(ana.post_without_csrf(&format!("/notifications/{nid}/read"), &[]).await.status, 403);
    // By default a decision is e-mailed at once as well.
    let mails = t.emails_to("ana@acme.example").await;
    assert!(
        mails.iter().any(|m| m.subject.contains("Under review")),
        "{:?}",
        mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
}

async fn nobody_reads_or_marks_another_persons_notifications(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, _id) = submitted_profile(&t).await;
    let nid = first_notice_id(&ana).await;
    t.partner("eve@other.example", PW).await;
    let eve = t.signed_in("eve@other.example").await;
    assert_eq!(eve.post(&format!("/notifications/{nid}/read"), &[]).await.status, 404);
    let page = eve.get("/notifications").await;
    page.assert_contains("You have no notifications.");
    assert_eq!(bell(&ana.get("/notifications").await.body), "Notifications, 1 unread", "still unread for Ana");
    assert_eq!(eve.post("/notifications/read-all", &[]).await.status, 303);
    assert_eq!(bell(&ana.get("/notifications").await.body), "Notifications, 1 unread");
}

async fn each_kind_is_heard_as_chosen(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let page = ana.get("/account/notifications").await;
    page.assert_contains("Security Profile reviews").assert_contains("Daily digest e-mail");
    let p = ana.post("/account/notifications", &[("profile", "pigeon"), ("status", "in_app")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose one of the options.").assert_contains("value=\"in_app\" checked");
    let p = ana.post("/account/notifications", &[("profile", "digest"), ("status", "in_app")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let before = t.emails_to("ana@acme.example").await.len();

    // The review round ends: in the portal at once, by e-mail only in the next morning's digest.
    review_every_criterion(&t, &sam, id, &[("1.3", "Say who audits.")]).await;
    ana.get("/notifications").await.assert_contains("Security Profile Returned for changes");
    assert_eq!(t.emails_to("ana@acme.example").await.len(), before, "no e-mail at once");
    let now = t.app.now();
    ctpat_app::jobs::run_due(&t.app, now).await.unwrap();
    assert_eq!(t.emails_to("ana@acme.example").await.len(), before, "the digest waits for the morning");
    t.clock.set(now + Duration::days(1));
    ctpat_app::jobs::run_due(&t.app, t.app.now()).await.unwrap();
    let mails = t.emails_to("ana@acme.example").await;
    assert_eq!(mails.len(), before + 1, "one digest");
    let digest = &mails[0];
    assert!(digest.subject.contains("Your C-TPAT notifications: 1 new"), "{}", digest.subject);
    assert!(digest.body_text.contains("Security Profile Returned for changes"), "{}", digest.body_text);
    t.clock.set(now + Duration::days(2));
    ctpat_app::jobs::run_due(&t.app, t.app.now()).await.unwrap();
    assert_eq!(t.emails_to("ana@acme.example").await.len(), before + 1, "each notification in one digest only");
    assert!(t.audit_actions().await.iter().any(|a| a == "notifications.preferences_changed"));
}

/// A bond change request reaches the SCSS who decides it, and the decision the company.
async fn a_bond_request_and_its_decision_reach_each_side(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let p = ana
        .post(&format!("/accounts/{id}/bond"), &[("bond_number", "555666777"), ("bond_type", "continuous_import")])
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    sam.get("/notifications").await.assert_contains("asks to change the bond");
    let page = sam.get(&format!("/accounts/{id}/bond")).await;
    let rid = page.body.split(&format!("/accounts/{id}/bond/requests/")).nth(1).unwrap().split('"').next().unwrap();
    let p = sam.post(&format!("/accounts/{id}/bond/requests/{rid}"), &[("decision", "yes")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    ana.get("/notifications").await.assert_contains("Acme Imports: bond change request Approved.");
}

both_engines! {
    bond => a_bond_request_and_its_decision_reach_each_side;
    in_the_portal => a_decision_reaches_the_person_in_the_portal_and_is_marked_read;
    nobody_elses => nobody_reads_or_marks_another_persons_notifications;
    as_chosen => each_kind_is_heard_as_chosen;
}
