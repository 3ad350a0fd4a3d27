//! A conversation and a document between a company and its SCSS in a real headless Chromium,
//! following links and buttons only, with axe-core on every page reached (see
//! `support/browser.rs`): the Officer asks in Messages and sends a document through the
//! Document Exchange → the SCSS finds both from the menu and the bell, opens them, answers →
//! the Officer follows the bell to the answer.

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use ctpat_testkit::flows::submitted_profile;
use ctpat_testkit::{TestApp, TestDb};
use fantoccini::Locator;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conversation_and_a_document_between_a_company_and_its_scss_in_a_browser() {
    let Some(driver) = start_browser().await else { return };
    let t = TestApp::spawn_with(TestDb::sqlite().await, |s| s.require_staff_mfa = false).await;
    submitted_profile(&t).await;
    let base = t.base.replace("127.0.0.1", "localhost");
    let c = &driver.client;
    let mut problems = Vec::new();
    let journey = "messages";
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("seal-log-2025.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n% seal log\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").unwrap();

    // The Officer asks a question and sends a document.
    c.goto(&format!("{base}/")).await.unwrap();
    sign_in_as(c, "ana@acme.example").await;
    follow(c, "Acme Imports").await;
    follow(c, "Messages").await;
    check_accessible(c, "messages of an account", &mut problems).await;
    fill(c, "subject", "Seal log for the validation").await;
    c.find(Locator::Css("#f-body")).await.unwrap().send_keys("Do you need the 2025 seal log?").await.unwrap();
    press(c, "Send the message").await;
    assert!(text(c).await.contains("Do you need the 2025 seal log?"), "{}", text(c).await);
    check_accessible(c, "a thread", &mut problems).await;
    shot(c, journey, 1, "asked").await;
    follow(c, "All conversations of this account").await;
    follow(c, "Back to the account").await;
    follow(c, "Document Exchange").await;
    c.find(Locator::Css("#f-note")).await.unwrap().send_keys("The 2025 seal log, as asked.").await.unwrap();
    c.find(Locator::Css("#f-file")).await.unwrap().send_keys(pdf.to_str().unwrap()).await.unwrap();
    press(c, "Send the document").await;
    assert!(text(c).await.contains("The document has been sent."), "{}", text(c).await);
    check_accessible(c, "document exchange", &mut problems).await;
    sign_out(c).await;

    // The SCSS finds the question in the Messages menu and the document through the bell.
    sign_in_as(c, "sam@cbp.example").await;
    follow(c, "Messages").await;
    check_accessible(c, "staff inbox", &mut problems).await;
    follow(c, "Seal log for the validation").await;
    c.find(Locator::Css("#f-body")).await.unwrap().send_keys("Yes, and the 2024 one too.").await.unwrap();
    press(c, "Send the message").await;
    assert!(text(c).await.contains("Yes, and the 2024 one too."));
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::Css("a.bell")).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, "the bell").await;
    assert!(text(c).await.contains("sent the document seal-log-2025.pdf"), "{}", text(c).await);
    follow(c, "Open").await;
    assert!(text(c).await.contains("The 2025 seal log, as asked."), "{}", text(c).await);
    shot(c, journey, 2, "document-received").await;
    sign_out(c).await;

    // The Officer follows the bell to the answer.
    sign_in_as(c, "ana@acme.example").await;
    let bell = c.find(Locator::Css("a.bell")).await.unwrap().attr("aria-label").await.unwrap().unwrap_or_default();
    assert!(bell.contains("unread") && !bell.contains("none"), "{bell}");
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::Css("a.bell")).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, "the bell").await;
    check_accessible(c, "notification centre", &mut problems).await;
    let first_open = "(//main//a[contains(normalize-space(.), 'Open')])[1]";
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::XPath(first_open)).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, "the newest notification").await;
    assert!(text(c).await.contains("Yes, and the 2024 one too."), "{}", text(c).await);
    shot(c, journey, 3, "answer-read").await;

    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}
