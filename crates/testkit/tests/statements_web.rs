//! The corrective action plan and the appeal through the pages, on both engines: written with
//! evidence and sent once by the partner, read by the deciders; refused without text, twice,
//! from another company or from staff; an appeal HQ leaves undecided is reminded, then flagged on its queue.

use chrono::Duration;
use ctpat_testkit::flows::{PW, act, certified_importer, send_statement, version_of};
use ctpat_testkit::uploads::upload;
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

const PLAN: &str = "/statements/corrective-action-plan";
const PDF: &[u8] = b"%PDF-1.4\n% seal log\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

/// A certified importer suspended for a security incident: the app, the Officer's, the SCSS's
/// and the Supervisor's browsers, and the account id.
async fn suspended(db: TestDb) -> (TestApp, Browser, Browser, Browser, i64) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (ana, sam, sue, id) = certified_importer(&t).await;
    assert_eq!(act(&sam, id, "propose-suspension", &[("reason", "security_incident")]).await.status, 303);
    assert_eq!(act(&sue, id, "decide-suspension", &[("decision", "yes")]).await.status, 303);
    (t, ana, sam, sue, id)
}

async fn a_plan_goes_with_its_text_and_evidence_and_the_supervisor_reads_it(db: TestDb) {
    let (t, ana, sam, sue, id) = suspended(db).await;
    let account = ana.get(&format!("/accounts/{id}")).await;
    let href = account.link("Submit the corrective action plan");
    assert_eq!(href, format!("/accounts/{id}{PLAN}"));
    let page = ana.get(&href).await;
    page.assert_contains("Send it by").assert_contains("No files attached yet.");
    let (status, _) = upload(&ana, &format!("{href}/files"), "seal-log.pdf", PDF.to_vec()).await;
    assert_eq!(status, 303);
    let p = ana.post(&href, &[("body", "Seals checked at every gate."), ("intent", "save")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    ana.get(&href).await.assert_contains("Seals checked at every gate.").assert_contains("seal-log.pdf");
    let p =
        send_statement(&ana, id, "corrective-action-plan", "Seals are now checked at every gate, logged daily.").await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert!(p.location.as_deref().unwrap().contains("notice=statement-sent-corrective-action-plan"));

    // The SCSS is told; the Supervisor reads the plan and its evidence from the account page,
    // then reinstates.
    sam.get("/notifications").await.assert_contains("Acme Imports sent its Corrective action plan.");
    let account = sue.get(&format!("/accounts/{id}")).await;
    let read = account.link("Read the corrective action plan and its evidence");
    let plan = sue.get(&read).await;
    plan.assert_contains("Seals are now checked at every gate, logged daily.").assert_contains("Sent by");
    let file = plan.link("seal-log.pdf");
    assert_eq!(sue.get(&file).await.status, 200);
    assert!(!plan.body.contains("name=\"body\""), "staff read; they do not write the partner's plan");
    assert_eq!(act(&sue, id, "reinstate", &[]).await.status, 303);
    let actions = t.audit_actions().await;
    for a in ["statement.drafted", "statement.sent", "account.corrective_action_plan_submitted"] {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}: {actions:?}");
    }
}

async fn a_plan_without_text_is_refused_and_a_long_one_keeps_what_was_typed(db: TestDb) {
    let (_t, ana, _, _, id) = suspended(db).await;
    let p = send_statement(&ana, id, "corrective-action-plan", "   ").await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter this information; it is required.");
    let long = "x".repeat(20_001);
    let p = send_statement(&ana, id, "corrective-action-plan", &long).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Must be at most 20000 characters.");
    assert!(p.body.contains(&long), "the typed text stays on the form");
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Suspended");
}

async fn a_bare_button_does_not_answer_a_suspension(db: TestDb) {
    let (_t, ana, _, _, id) = suspended(db).await;
    // The account page offers a link, not a button; a post made by hand is refused.
    let account = ana.get(&format!("/accounts/{id}")).await;
    assert!(!account.body.contains("/actions/submit-cap"), "no bare button");
    let version = version_of(&ana.get(&format!("/accounts/{id}{PLAN}")).await.body);
    let p = ana.post(&format!("/accounts/{id}/actions/submit-cap"), &[("version", &version)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("A plan or an appeal is sent with its text, from its own page.");
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Suspended");
}

async fn a_sent_plan_is_neither_sent_again_nor_changed(db: TestDb) {
    let (_t, ana, _, _, id) = suspended(db).await;
    let href = format!("/accounts/{id}{PLAN}");
    let version = version_of(&ana.get(&href).await.body);
    let send = |text: &'static str| {
        let (ana, href, version) = (&ana, href.clone(), version.clone());
        async move { ana.post(&href, &[("body", text), ("version", &version), ("intent", "send")]).await.status }
    };
    // Two sends of one page at once: exactly one goes through.
    let (a, b) = tokio::join!(send("First plan."), send("Second plan."));
    assert_eq!([a, b].iter().filter(|s| **s == 303).count(), 1, "{a} {b}");
    let p = ana.post(&href, &[("body", "Changed afterwards."), ("intent", "save")]).await;
    assert_eq!(p.status, 422);
    let page = ana.get(&href).await;
    assert!(!page.body.contains("Changed afterwards."));
    assert!(page.body.contains("First plan.") != page.body.contains("Second plan."), "one plan was sent");
    let (status, _) = upload(&ana, &format!("{href}/files"), "late.pdf", PDF.to_vec()).await;
    assert_eq!(status, 422, "no file joins a plan once it is sent");
}

async fn another_company_and_staff_do_not_write_the_plan(db: TestDb) {
    let (t, _ana, sam, _, id) = suspended(db).await;
    let href = format!("/accounts/{id}{PLAN}");
    t.partner("bob@bolt.example", PW).await;
    let bob = t.signed_in("bob@bolt.example").await;
    assert_eq!(bob.get(&href).await.status, 404);
    assert_eq!(bob.post(&href, &[("body", "Mine now."), ("intent", "save")]).await.status, 404);
    assert_eq!(upload(&bob, &format!("{href}/files"), "x.pdf", PDF.to_vec()).await.0, 404);
    assert_eq!(sam.get(&href).await.status, 200, "the SCSS reads");
    assert_eq!(sam.post(&href, &[("body", "Written by staff."), ("intent", "send")]).await.status, 403);
    assert_eq!(upload(&sam, &format!("{href}/files"), "x.pdf", PDF.to_vec()).await.0, 403);
    assert_eq!(bob.get(&format!("/accounts/{id}/statements/letter")).await.status, 404);
}

async fn an_appeal_left_undecided_is_flagged_on_the_hq_queue(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (ana, _sam, _sue, id) = certified_importer(&t).await;
    t.staff("hal@cbp.example", PW, "hq").await;
    let hal = t.signed_in("hal@cbp.example").await;
    assert_eq!(act(&hal, id, "remove", &[("reason", "repeated_non_compliance")]).await.status, 303);
    let p = send_statement(&ana, id, "appeal", "The incidents were resolved; see the attached audit.").await;
    assert_eq!(p.status, 303, "{}", p.body);
    let queue = hal.get("/program?pending=on").await;
    queue.assert_contains("Appeal decision");
    assert!(!queue.body.contains("Appeal decision overdue"));
    hal.get("/notifications").await.assert_contains("Acme Imports sent its Appeal against the removal.");
    // HQ is reminded 30 and 14 days before its decision is due.
    async fn send(app: &ctpat_app::App, now: chrono::DateTime<chrono::Utc>) -> Result<usize, ctpat_app::Error> {
        ctpat_app::jobs::run_kind(app, now, ctpat_app::scheduler::Kind::DeadlineReminder).await
    }
    let filed = t.app.now();
    t.clock.set(filed + Duration::days(149));
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 0, "31 days before: not yet");
    t.clock.set(filed + Duration::days(150));
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 1, "30 days before");
    t.clock.set(filed + Duration::days(166));
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 1, "14 days before");
    let mails = t.emails_to("hal@cbp.example").await;
    assert_eq!(
        mails.iter().filter(|m| m.subject.contains("decision on the appeal")).count(),
        2,
        "HQ is reminded twice"
    );
    // Sessions do not outlive months: HQ signs in again each time the clock moves.
    t.clock.set(filed + Duration::days(179));
    let hal = t.signed_in("hal@cbp.example").await;
    let queue = hal.get("/program?pending=on").await;
    queue.assert_contains("Appeal decision");
    assert!(!queue.body.contains("Appeal decision overdue"), "not yet");
    t.clock.set(filed + Duration::days(181));
    let hal = t.signed_in("hal@cbp.example").await;
    hal.get("/program?pending=on").await.assert_contains("Appeal decision overdue");
    hal.get(&format!("/accounts/{id}/statements/appeal")).await.assert_contains("see the attached audit");
}

/// A file still arriving when the plan is sent is refused, not attached to a new draft; the
/// evidence of a draft is the company's own until the plan is sent.
async fn a_draft_is_the_companys_own_until_sent(db: TestDb) {
    use ctpat_testkit::uploads::trickle_upload;
    let (_t, ana, sam, _sue, id) = suspended(db).await;
    let href = format!("/accounts/{id}{PLAN}");
    let (status, _) = upload(&ana, &format!("{href}/files"), "draft-evidence.pdf", PDF.to_vec()).await;
    assert_eq!(status, 303);
    let file = ana.get(&href).await.link("draft-evidence.pdf");
    assert_eq!(sam.get(&file).await.status, 404, "staff do not open a draft's evidence");
    let files = format!("{href}/files");
    let slow = trickle_upload(&ana, &files, 6, std::time::Duration::from_millis(300));
    let send = async {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        send_statement(&ana, id, "corrective-action-plan", "Sent while a file was still arriving.").await.status
    };
    let (uploaded, sent) = tokio::join!(slow, send);
    assert_eq!(sent, 303);
    assert_eq!(uploaded, 422, "the window closed while the file was arriving");
    assert_eq!(sam.get(&file).await.status, 200, "sent: the evidence is the program's to read");
}

both_engines! {
    draft_own => a_draft_is_the_companys_own_until_sent;
    plan_sent => a_plan_goes_with_its_text_and_evidence_and_the_supervisor_reads_it;
    plan_refused => a_plan_without_text_is_refused_and_a_long_one_keeps_what_was_typed;
    bare_button => a_bare_button_does_not_answer_a_suspension;
    sent_once => a_sent_plan_is_neither_sent_again_nor_changed;
    not_theirs => another_company_and_staff_do_not_write_the_plan;
    appeal_overdue => an_appeal_left_undecided_is_flagged_on_the_hq_queue;
}
