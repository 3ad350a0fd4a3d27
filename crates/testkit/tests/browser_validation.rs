//! A validation between the SCSS, the partner and a Supervisor in a real headless Chromium,
//! following links and buttons only, with axe-core on every page reached (see
//! `ctpat_testkit::browser`): schedule → the partner is told → a finding → the partner answers
//! → the SCSS closes it and submits the report → the Supervisor approves → the partner reads
//! the Validation summary.

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use ctpat_testkit::flows::certified_importer;
use ctpat_testkit::{TestApp, TestDb};
use fantoccini::{Client, Locator};

async fn choose(c: &Client, id: &str, value: &str) {
    c.find(Locator::Id(id)).await.unwrap().select_by_value(value).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_validation_between_scss_partner_and_supervisor_in_a_browser() {
    let Some(driver) = start_browser().await else { return };
    let t = TestApp::spawn_with(TestDb::sqlite().await, |s| s.require_staff_mfa = false).await;
    certified_importer(&t).await;
    let base = t.base.replace("127.0.0.1", "localhost");
    let c = &driver.client;
    let mut problems = Vec::new();
    let start = (t.app.now() + chrono::Duration::days(30)).format("%Y-%m-%d").to_string();
    // As the pages write it.
    let shown = ctpat_testkit::flows::shown_iso(&start);
    let journey = "validation";

    // The SCSS schedules the validation from the account.
    c.goto(&format!("{base}/")).await.unwrap();
    sign_in_as(c, "sam@cbp.example").await;
    follow(c, "Work queue").await;
    follow(c, "Acme Imports").await;
    follow(c, "Validations").await;
    follow(c, "Schedule a validation").await;
    set_value(c, "start", &start).await;
    set_value(c, "end", &start).await;
    choose(c, "f-site_kind-1", "domestic").await;
    fill(c, "site_name-1", "Pier 9, Baltimore").await;
    press(c, "Schedule and tell the partner").await;
    assert!(text(c).await.contains("Pier 9, Baltimore (Domestic)"), "{}", text(c).await);
    shot(c, journey, 1, "scheduled").await;
    choose(c, "f-finding_kind", "required_action").await;
    fill(c, "finding_criteria", "1.1").await;
    fill(c, "finding_text", "The seal log misses the verifier's name.").await;
    press(c, "Record the finding").await;
    assert!(text(c).await.contains("Required action: 1.1"), "{}", text(c).await);
    check_accessible(c, "validation with a finding", &mut problems).await;
    sign_out(c).await;

    // The partner is told and answers.
    sign_in_as(c, "ana@acme.example").await;
    follow(c, "Acme Imports").await;
    let dash = text(c).await;
    assert!(dash.contains("Validation begins") && dash.contains(&shown), "{dash}");
    follow(c, "Notifications").await;
    assert!(text(c).await.contains(&format!("A validation is scheduled from {shown}")));
    follow(c, "Open the validations").await;
    follow(c, "Open").await;
    fill(c, "response", "The log has a required 'verified by' column since April.").await;
    press(c, "Send the answer").await;
    assert!(text(c).await.contains("Answered, waiting for the SCSS"));
    shot(c, journey, 2, "answered").await;
    sign_out(c).await;

    // The SCSS closes the finding and submits the report.
    sign_in_as(c, "sam@cbp.example").await;
    follow(c, "Work queue").await;
    follow(c, "Acme Imports").await;
    follow(c, "Validations").await;
    follow(c, "Open").await;
    fill(c, "comment", "Checked the new log.").await;
    press(c, "Close the finding").await;
    fill(c, "report_summary", "Every criterion seen in practice; the seal log is corrected.").await;
    choose(c, "f-report_outcome", "validated").await;
    press(c, "Submit the report").await;
    assert!(text(c).await.contains("Report waiting for a Supervisor"));
    shot(c, journey, 3, "report-submitted").await;
    sign_out(c).await;

    // A Supervisor approves it.
    sign_in_as(c, "sue@cbp.example").await;
    follow(c, "Validations").await;
    follow(c, &shown).await;
    c.find(Locator::Id("report-approve")).await.unwrap().click().await.unwrap();
    press(c, "Record the decision").await;
    assert!(text(c).await.contains("Completed"), "{}", text(c).await);
    shot(c, journey, 4, "approved").await;
    sign_out(c).await;

    // The partner reads the Validation summary.
    sign_in_as(c, "ana@acme.example").await;
    follow(c, "Acme Imports").await;
    assert!(text(c).await.contains("Validated"));
    follow(c, "Validations").await;
    follow(c, "Open").await;
    follow(c, "Validation summary").await;
    let summary = text(c).await;
    assert!(summary.contains("Validated (Tier II)") && summary.contains("the seal log is corrected"), "{summary}");
    shot(c, journey, 5, "summary").await;
    check_accessible(c, "validation summary", &mut problems).await;

    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}
