//! A new application placed in a field office, and a library document reaching the company, in
//! a real headless Chromium, following links and buttons only, with axe-core on every page
//! reached (see `support/browser.rs`): HQ places Acme's application with Los Angeles and
//! publishes guidance → the Los Angeles Supervisor follows the bell to the account and assigns
//! an SCSS of the office → the Officer follows the bell to the new document, and from it to
//! the Public Library.

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use ctpat_testkit::flows::{PW, apply_as_importer};
use ctpat_testkit::{TestApp, TestDb};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_application_is_placed_in_an_office_and_a_library_document_reaches_the_company_in_a_browser() {
    let Some(driver) = start_browser().await else { return };
    let t = TestApp::spawn_with(TestDb::sqlite().await, |s| s.require_staff_mfa = false).await;
    // The program: HQ, and the Los Angeles office with its Supervisor and SCSS.
    t.staff("hugo@cbp.example", PW, "hq").await;
    t.staff("ada@cbp.example", PW, "admin").await;
    t.staff("lou@cbp.example", PW, "supervisor").await;
    t.staff("lia@cbp.example", PW, "scss").await;
    let hq = ctpat_app::auth::actor_by_email(&t.app, "hugo@cbp.example", Default::default()).await.unwrap();
    let office =
        ctpat_app::offices::create(&t.app, &hq.can().unwrap(), "LAX", "Los Angeles Field Office").await.unwrap();
    let admin = ctpat_app::auth::actor_by_email(&t.app, "ada@cbp.example", Default::default()).await.unwrap();
    for email in ["lou@cbp.example", "lia@cbp.example"] {
        let id = t.user_id(email).await;
        ctpat_app::offices::set_staff_office(&t.app, &admin.can().unwrap(), id, &office.id.to_string()).await.unwrap();
    }
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;

    let base = t.base.replace("127.0.0.1", "localhost");
    let c = &driver.client;
    let mut problems = Vec::new();
    let journey = "offices";
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("seal-guidance.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n% guidance\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").unwrap();

    // HQ places the new application with Los Angeles, then publishes guidance.
    c.goto(&format!("{base}/")).await.unwrap();
    sign_in_as(c, "hugo@cbp.example").await;
    follow(c, "Field offices").await;
    check_accessible(c, "field offices", &mut problems).await;
    follow(c, "not placed in a field office yet").await;
    follow(c, "Acme Imports").await;
    c.find(Locator::Css("#f-office")).await.unwrap().select_by_label("LAX — Los Angeles Field Office").await.unwrap();
    press(c, "Move to this office").await;
    assert!(text(c).await.contains("The account has been placed in the field office"), "{}", text(c).await);
    check_accessible(c, "account placed", &mut problems).await;
    shot(c, journey, 1, "placed").await;
    follow(c, "Library").await;
    fill(c, "library_title", "Seal integrity guidance").await;
    c.find(Locator::Css("#f-library_category")).await.unwrap().select_by_value("guidance").await.unwrap();
    fill(c, "library_version", "1.0").await;
    set_value(c, "effective_on", "2026-12-01").await;
    c.find(Locator::Css("#f-file")).await.unwrap().send_keys(pdf.to_str().unwrap()).await.unwrap();
    press(c, "Publish").await;
    assert!(text(c).await.contains("The document has been published"), "{}", text(c).await);
    check_accessible(c, "a library document", &mut problems).await;
    follow(c, "Reports").await;
    assert!(text(c).await.contains("Open accounts by field office"), "{}", text(c).await);
    check_accessible(c, "program reports with their charts", &mut problems).await;
    shot(c, journey, 4, "reports").await;
    sign_out(c).await;

    // The Los Angeles Supervisor follows the bell and assigns an SCSS of the office.
    sign_in_as(c, "lou@cbp.example").await;
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::Css("a.bell")).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, "the bell").await;
    assert!(text(c).await.contains("Acme Imports has been placed in LAX"), "{}", text(c).await);
    follow(c, "Open").await;
    check_accessible(c, "the account, seen by its office's Supervisor", &mut problems).await;
    c.find(Locator::Css("#scss-assign-scss")).await.unwrap().select_by_label("Test lia").await.unwrap();
    press(c, "Assign an SCSS").await;
    assert!(text(c).await.contains("Test lia"), "{}", text(c).await);
    shot(c, journey, 2, "assigned").await;
    sign_out(c).await;

    // The company hears of the new document once the scheduler has told every partner.
    ctpat_app::jobs::run_due(&t.app, t.app.now()).await.unwrap();
    sign_in_as(c, "ana@acme.example").await;
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::Css("a.bell")).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, "the bell").await;
    assert!(text(c).await.contains("New in the Public Library: Seal integrity guidance"), "{}", text(c).await);
    let first_open = "(//main//a[contains(normalize-space(.), 'Open')])[1]";
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::XPath(first_open)).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, "the newest notification").await;
    assert!(text(c).await.contains("In effect from"), "{}", text(c).await);
    check_accessible(c, "a library document, for a partner", &mut problems).await;
    follow(c, "Public Library").await;
    check_accessible(c, "the Public Library", &mut problems).await;
    shot(c, journey, 3, "library").await;

    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}
