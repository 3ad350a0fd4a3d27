//! Messages between a company and the program through the pages, on both engines: threads by
//! subject, unread counts on each side, consultants labelled, files under the upload rules,
//! nothing edited or deleted, and nobody outside the account's scope reading along.

use ctpat_testkit::flows::{PW, join_as, row_id, submitted_profile};
use ctpat_testkit::uploads::upload;
use ctpat_testkit::{TestApp, TestDb, both_engines};

const PDF: &[u8] = b"%PDF-1.4\n% seal log\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

/// The partner opens a thread from the account's messages page; returns its address.
async fn thread_of(ana: &ctpat_testkit::Browser, id: i64, subject: &str, body: &str) -> String {
    let list = ana.get(&format!("/accounts/{id}/messages")).await;
    list.assert_contains("Start a conversation");
    let p = ana.post(&format!("/accounts/{id}/messages"), &[("subject", subject), ("body", body)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    p.location.unwrap().split('?').next().unwrap().to_string()
}

async fn a_company_and_its_scss_converse_with_unread_counts_on_each_side(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let dash = ana.get(&format!("/accounts/{id}")).await;
    assert_eq!(dash.link("Messages"), format!("/accounts/{id}/messages"));
    let thread = thread_of(&ana, id, "Seal log question", "Do you need the 2025 seal log too?").await;

    // The SCSS's inbox shows it unread; the bell counts it.
    let inbox = sam.get("/program/messages").await;
    inbox.assert_contains("Acme Imports").assert_contains("Seal log question");
    assert!(inbox.body.contains("tag tag--warn\">1<"), "one unread: {}", inbox.body);
    sam.get("/notifications").await.assert_contains("new message from");
    let page = sam.get(&inbox.link("Seal log question")).await;
    page.assert_contains("Do you need the 2025 seal log too?");
    assert!(!sam.get("/program/messages").await.body.contains("tag tag--warn\">1<"), "read once opened");
    let p = sam.post(&thread, &[("body", "Yes, please send both years.")]).await;
    assert_eq!(p.status, 303, "{}", p.body);

    // The company sees the reply unread, from program staff.
    let list = ana.get(&format!("/accounts/{id}/messages")).await;
    assert!(list.body.contains("tag tag--warn\">1<"), "{}", list.body);
    let page = ana.get(&list.link("Seal log question")).await;
    page.assert_contains("Yes, please send both years.").assert_contains("program staff");
    assert!(t.audit_actions().await.iter().filter(|a| *a == "message.sent").count() >= 2);
}

async fn a_consultants_message_is_labelled(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let cora = join_as(&t, &ana, id, "Cora Consultant", "cora@consult.example", "consultant").await;
    let thread = thread_of(&cora, id, "Training records", "Here is how training is recorded.").await;
    let page = sam.get(&thread).await;
    page.assert_contains("tag tag--warn\">Consultant<").assert_contains("Here is how training is recorded.");
}

async fn nobody_outside_the_accounts_scope_reads_or_writes(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, id) = submitted_profile(&t).await;
    let thread = thread_of(&ana, id, "Bond renewal", "Our bond renews in March.").await;
    t.partner("eve@other.example", PW).await;
    let eve = t.signed_in("eve@other.example").await;
    assert_eq!(eve.get(&format!("/accounts/{id}/messages")).await.status, 404);
    assert_eq!(eve.get(&thread).await.status, 404);
    assert_eq!(eve.post(&thread, &[("body", "Let me in.")]).await.status, 404);
    assert_eq!(upload(&eve, &format!("{thread}/files"), "x.pdf", PDF.to_vec()).await.0, 404);
    t.staff("stan@cbp.example", PW, "scss").await;
    let stan = t.signed_in("stan@cbp.example").await;
    assert_eq!(stan.get(&thread).await.status, 404, "an SCSS not assigned to the account");
    assert!(!stan.get("/program/messages").await.body.contains("Bond renewal"));
    assert_eq!(eve.get("/program/messages").await.status, 403, "partners have no staff inbox");
    // A thread of another account, addressed through this one, is not found.
    let tid = thread.rsplit('/').next().unwrap();
    let (bob, other) = ctpat_testkit::flows::officer_with_account(&t, "bob@bolt.example", "Bolt Freight").await;
    assert_eq!(bob.get(&format!("/accounts/{other}/messages/{tid}")).await.status, 404);
}

async fn a_message_is_kept_as_written(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, id) = submitted_profile(&t).await;
    let p = ana.post(&format!("/accounts/{id}/messages"), &[("subject", "Half typed"), ("body", "  ")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter this information; it is required.").assert_contains("value=\"Half typed\"");
    let long = "y".repeat(10_001);
    let p = ana.post(&format!("/accounts/{id}/messages"), &[("subject", "Long"), ("body", &long)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Must be at most 10000 characters.");
    let thread = thread_of(&ana, id, "Kept", "As written.").await;
    let mid = ana.get(&thread).await.body.split("id=\"m-").nth(1).unwrap().split('"').next().unwrap().to_string();
    assert_eq!(ana.post(&format!("{thread}/{mid}/edit"), &[("body", "Changed")]).await.status, 404);
    let res = ana.client.delete(format!("{}{thread}", t.base)).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 405, "no way to delete");
    ana.get(&thread).await.assert_contains("As written.");
}

async fn files_are_sent_under_the_upload_rules(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let thread = thread_of(&ana, id, "Evidence", "The seal log follows.").await;
    let (status, body) =
        upload(&ana, &format!("{thread}/files"), "page.html", b"<html><script>x</script>".to_vec()).await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = upload(&ana, &format!("{thread}/files"), "seal-log.pdf", PDF.to_vec()).await;
    assert_eq!(status, 303);
    let page = sam.get(&thread).await;
    page.assert_contains("Sent a file:");
    let href = page.link("seal-log.pdf");
    assert_eq!(sam.get(&href).await.status, 200);
}

/// A draft application's conversation is its company's own until it is signed; a subject that
/// looks like a catalogue id is shown as typed.
async fn drafts_stay_out_of_the_staff_inbox_and_text_stays_text(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let draft = ctpat_testkit::flows::draft_importer(&ana, "Acme Exports", "ana@acme.example").await;
    let p = ana
        .post(&format!("/accounts/{draft}/messages"), &[("subject", "Before we sign"), ("body", "A question.")])
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let sue = t.signed_in("sue@cbp.example").await;
    assert!(!sue.get("/program/messages").await.body.contains("Before we sign"), "a draft is not the program's");
    thread_of(&ana, id, "@refusal-not-allowed-in-status", "Looks like an id.").await;
    sam.get("/notifications").await.assert_contains("about “@refusal-not-allowed-in-status”");
}

/// A person writes at most an hour's worth of messages; the next hour they may write again.
async fn nobody_floods_a_conversation(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, id) = submitted_profile(&t).await;
    let thread = thread_of(&ana, id, "Many questions", "The first.").await;
    for i in 1..ctpat_app::messages::PER_HOUR {
        assert_eq!(ana.post(&thread, &[("body", &format!("Question {i}."))]).await.status, 303);
    }
    let p = ana.post(&thread, &[("body", "One too many.")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("You have sent 60 messages in the last hour").assert_contains("One too many.");
    t.clock.advance(chrono::Duration::minutes(61));
    let ana = t.signed_in("ana@acme.example").await;
    assert_eq!(ana.post(&thread, &[("body", "An hour later.")]).await.status, 303);
}

/// A person removed from an account stops reading about it: its notifications go with the
/// membership (the account's other people keep theirs).
async fn a_removed_member_no_longer_reads_the_accounts_notifications(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let bea = join_as(&t, &ana, id, "Bea Admin", "bea@acme.example", "admin").await;
    let thread = thread_of(&ana, id, "Seal log question", "Do you need the 2025 seal log too?").await;
    assert_eq!(sam.post(&thread, &[("body", "Yes, please send both years.")]).await.status, 303);
    bea.get("/notifications").await.assert_contains("Seal log question");

    let page = ana.get(&format!("/accounts/{id}/contacts")).await;
    let bea_m = row_id(&page.body, "bea@acme.example", "members");
    assert_eq!(ana.post(&format!("/accounts/{id}/members/{bea_m}/remove"), &[]).await.status, 303);
    let notes = bea.get("/notifications").await;
    assert!(!notes.body.contains("Seal log question"), "{}", notes.body);
    ana.get("/notifications").await.assert_contains("Seal log question");
    // The removal's audit event says so.
    let sql = "SELECT COUNT(*) FROM audit_event WHERE action = 'account.user_removed' \
               AND after LIKE '%\"notifications_removed\":1%'";
    assert_eq!(t.db.scalar_i64(sql).await, 1);
}

both_engines! {
    removed_member_notifications => a_removed_member_no_longer_reads_the_accounts_notifications;
    flood => nobody_floods_a_conversation;
    drafts_and_text => drafts_stay_out_of_the_staff_inbox_and_text_stays_text;
    conversation => a_company_and_its_scss_converse_with_unread_counts_on_each_side;
    consultant => a_consultants_message_is_labelled;
    scope => nobody_outside_the_accounts_scope_reads_or_writes;
    kept => a_message_is_kept_as_written;
    files => files_are_sent_under_the_upload_rules;
}
