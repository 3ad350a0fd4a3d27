//! The Document Exchange through the pages, on both engines: either side sends a file with a
//! note, the other is told and its first opening is shown; the upload rules hold; nobody
//! outside the account sends or opens.

use ctpat_testkit::flows::{PW, submitted_profile};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

const PDF: &[u8] = b"%PDF-1.4\n% seal log\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

/// Send a file with a note through the exchange form (the note first, as the page sends it).
async fn send(b: &Browser, id: i64, note: &str, name: &str, bytes: Vec<u8>) -> (u16, String) {
    if b.cookie("__Host-ctpat-csrf").is_none() {
        b.get("/healthz").await;
    }
    let csrf = b.cookie("__Host-ctpat-csrf").unwrap();
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .text("note", note.to_string())
        .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
    let res = b.client.post(format!("{}/accounts/{id}/exchange", b.base)).multipart(form).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

async fn either_side_sends_and_sees_the_other_open_it(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let dash = ana.get(&format!("/accounts/{id}")).await;
    let page = ana.get(&dash.link("Document Exchange")).await;
    page.assert_contains("Send a document");
    let (status, body) = send(&ana, id, "Our 2025 seal audit.", "seal-audit.pdf", PDF.to_vec()).await;
    assert_eq!(status, 303, "{body}");
    sam.get("/notifications").await.assert_contains("sent the document seal-audit.pdf");
    let page = sam.get(&format!("/accounts/{id}/exchange")).await;
    page.assert_contains("Our 2025 seal audit.").assert_contains("tag tag--warn\">Not opened yet");
    let open = page.link("seal-audit.pdf");
    assert_eq!(sam.get(&open).await.status, 200, "the download is the receipt");
    ana.get(&format!("/accounts/{id}/exchange")).await.assert_contains("Opened on");
    // The staff side sends back; the company is told.
    let (status, _) = send(&sam, id, "Our checklist for the visit.", "checklist.pdf", PDF.to_vec()).await;
    assert_eq!(status, 303);
    ana.get("/notifications").await.assert_contains("sent the document checklist.pdf");
    let actions = t.audit_actions().await;
    assert!(actions.iter().any(|a| a == "exchange.sent") && actions.iter().any(|a| a == "exchange.opened"));
}

async fn the_upload_rules_and_the_accounts_scope_hold(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (ana, _sam, id) = submitted_profile(&t).await;
    let (status, body) = send(&ana, id, "A page.", "page.html", b"<html><script>x</script>".to_vec()).await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = send(&ana, id, &"n".repeat(2001), "ok.pdf", PDF.to_vec()).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("Must be at most 2000 characters."), "{body}");
    let (status, _) = send(&ana, id, "", "ok.pdf", PDF.to_vec()).await;
    assert_eq!(status, 303, "a note is optional");
    let doc = ana.get(&format!("/accounts/{id}/exchange")).await.link("ok.pdf");
    t.partner("eve@other.example", PW).await;
    let eve = t.signed_in("eve@other.example").await;
    assert_eq!(send(&eve, id, "Mine.", "x.pdf", PDF.to_vec()).await.0, 404);
    assert_eq!(eve.get(&format!("/accounts/{id}/exchange")).await.status, 404);
    assert_eq!(eve.get(&doc).await.status, 404);
}

both_engines! {
    both_sides => either_side_sends_and_sees_the_other_open_it;
    rules => the_upload_rules_and_the_accounts_scope_hold;
}
