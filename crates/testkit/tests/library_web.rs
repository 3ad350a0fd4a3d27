//! The Public Library and the program's letters through the pages, on both engines: HQ
//! publishes documents and new versions (the old stay readable), every partner reads them and
//! is told; a company finds its letters of certification and suspension in its Partner
//! Library, as pages and as PDF.

use ctpat_testkit::flows::{PW, act, certified_importer};
use ctpat_testkit::uploads::upload_form;
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

const PDF: &[u8] = b"%PDF-1.4\n% guidance\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

fn fields<'a>(title: &'a str, version: &'a str, replaces: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("replaces", replaces),
        ("library_title", title),
        ("library_category", "guidance"),
        ("library_version", version),
        ("effective_on", "2026-12-01"),
        ("library_note", ""),
    ]
}

/// Publish as `hq`; the new document's id.
async fn publish(hq: &Browser, title: &str, version: &str, replaces: &str) -> String {
    let (status, body, location) =
        upload_form(hq, "/library", &fields(title, version, replaces), "guide.pdf", PDF.to_vec()).await;
    assert_eq!(status, 303, "{body}");
    location.unwrap().trim_start_matches("/library/").split('?').next().unwrap().to_string()
}

async fn hq_publishes_and_every_partner_reads_it_and_is_told(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, _sue, _id) = certified_importer(&t).await;
    t.staff("hugo@cbp.example", PW, "hq").await;
    let hq = t.signed_in("hugo@cbp.example").await;
    let doc = publish(&hq, "Seal integrity guidance", "1.0", "").await;

    let shelf = ana.get("/").await;
    let library = ana.get(&shelf.link("Library")).await;
    library.assert_contains("Guidance").assert_contains("Seal integrity guidance");
    let page = ana.get(&library.link("Seal integrity guidance")).await;
    page.assert_contains("In effect from").assert_contains("1 December 2026");
    let file = ana.get(&format!("/library/{doc}/file")).await;
    assert_eq!(file.status, 200);
    assert_eq!(file.body.as_bytes(), PDF);
    assert!(!ana.get("/library").await.body.contains("Publish a document"), "partners only read");

    // Every partner hears of it once the job has run.
    ctpat_app::jobs::run_due(&t.app, t.app.now()).await.unwrap();
    ana.get("/notifications").await.assert_contains("New in the Public Library: Seal integrity guidance, version 1.0");
    assert!(t.audit_actions().await.contains(&"library.published".to_string()));
}

async fn a_new_version_supersedes_the_old_which_stays_readable(db: TestDb) {
    let t = spawn(db).await;
    t.staff("hugo@cbp.example", PW, "hq").await;
    let hq = t.signed_in("hugo@cbp.example").await;
    let v1 = publish(&hq, "Seal integrity guidance", "1.0", "").await;
    let v2 = publish(&hq, "Seal integrity guidance", "2.0", &v1).await;
    let library = hq.get("/library").await;
    assert!(library.body.contains(&format!("/library/{v2}\"")));
    assert!(!library.body.contains(&format!("/library/{v1}\"")), "only the version in effect is listed");
    let versions = hq.get(&format!("/library/{v2}")).await;
    versions.assert_contains("Download version 1.0").assert_contains("Superseded");
    assert_eq!(hq.get(&format!("/library/{v1}/file")).await.status, 200, "the old version stays readable");
    // A superseded version cannot be replaced again.
    let (status, body, _) = upload_form(&hq, "/library", &fields("Seal", "3.0", &v1), "guide.pdf", PDF.to_vec()).await;
    assert_eq!(status, 422);
    assert!(body.contains("Choose one of the options"), "{body}");
}

async fn only_hq_publishes_and_bad_input_is_named_and_kept(db: TestDb) {
    let t = spawn(db).await;
    t.staff("hugo@cbp.example", PW, "hq").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    t.partner("ana@acme.example", PW).await;
    let hq = t.signed_in("hugo@cbp.example").await;
    for b in [t.signed_in("sam@cbp.example").await, t.signed_in("ana@acme.example").await] {
        let (status, ..) = upload_form(&b, "/library", &fields("Mine", "1", ""), "guide.pdf", PDF.to_vec()).await;
        assert_eq!(status, 403);
    }
    assert_ne!(Browser::new(&t.base).get("/library").await.status, 200, "signed-in people only");
    let bad = [
        ("replaces", ""),
        ("library_title", "Forms for carriers"),
        ("library_category", "poems"),
        ("library_version", ""),
        ("effective_on", "01/12/2026"),
    ];
    let (status, body, _) = upload_form(&hq, "/library", &bad, "guide.pdf", PDF.to_vec()).await;
    assert_eq!(status, 422);
    for expected in [
        "Category: Choose one of the options",
        "Version: ",
        "Enter the date as YYYY-MM-DD",
        "value=\"Forms for carriers\"",
    ] {
        assert!(body.contains(expected), "{expected} in {body}");
    }
    let (status, body, _) =
        upload_form(&hq, "/library", &fields("Forms", "1", ""), "guide.pdf", b"MZ\x90\x00 not a pdf".to_vec()).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(t.audit_actions().await.iter().filter(|a| *a == "library.published").count(), 0);
    assert_eq!(hq.get("/library/999999").await.status, 404);
}

async fn a_company_finds_its_letters_as_pages_and_pdf(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, sue, id) = certified_importer(&t).await;
    let dash = ana.get(&format!("/accounts/{id}")).await;
    let library = ana.get(&dash.link("Partner library")).await;
    let letter = ana.get(&library.link("Letter of certification")).await;
    letter
        .assert_contains("Acme Imports was certified on")
        .assert_contains("Status Verification Interface (SVI) number is")
        .assert_contains("Download as PDF");
    let pdf = ana.get(&letter.link("Download as PDF")).await;
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with("%PDF-"), "a PDF");
    assert!(pdf.body.contains("Letter of certification"), "the PDF carries the letter's title");

    // Suspended: the letter says why and by when to answer.
    assert_eq!(act(&sam, id, "propose-suspension", &[("reason", "security_incident")]).await.status, 303);
    t.staff("sid@cbp.example", PW, "supervisor").await;
    let sid = t.signed_in("sid@cbp.example").await;
    assert_eq!(act(&sid, id, "decide-suspension", &[("decision", "yes")]).await.status, 303);
    let library = ana.get(&format!("/accounts/{id}/library")).await;
    let letter = ana.get(&library.link("Letter of suspension")).await;
    letter.assert_contains("Reason: Security incident").assert_contains("corrective action plan in the portal by");
    let _ = sue;

    // Another company's letter, and an event that is no letter, are not found.
    t.partner("bo@other.example", PW).await;
    let bo = t.signed_in("bo@other.example").await;
    let href = library.link("Letter of suspension");
    assert_eq!(bo.get(&href).await.status, 404);
    assert_eq!(bo.get(&format!("{href}/pdf")).await.status, 404);
    let first_event = t.db.scalar_i64(&format!("SELECT MIN(id) FROM account_event WHERE account_id = {id}")).await;
    assert_eq!(ana.get(&format!("/accounts/{id}/letters/{first_event}")).await.status, 404);
}

both_engines! {
    published => hq_publishes_and_every_partner_reads_it_and_is_told;
    versions => a_new_version_supersedes_the_old_which_stays_readable;
    guarded => only_hq_publishes_and_bad_input_is_named_and_kept;
    letters => a_company_finds_its_letters_as_pages_and_pdf;
}
