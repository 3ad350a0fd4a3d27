//! Program reports through the pages, on both engines: charts drawn on the server with their
//! numbers in tables, counted within the reader's reach.

use ctpat_testkit::flows::{PW, submitted_profile};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

async fn hq_reads_the_program_as_charts_and_tables(db: TestDb) {
    let t = spawn(db).await;
    let (_ana, _sam, _id) = submitted_profile(&t).await;
    t.staff("hugo@cbp.example", PW, "hq").await;
    let hq = t.signed_in("hugo@cbp.example").await;
    let home = hq.get("/").await;
    let page = hq.get(&home.link("Reports")).await;
    page.assert_contains("Accounts by status")
        .assert_contains("role=\"img\"")
        .assert_contains("<title id=\"status-title\">Accounts by status</title>")
        .assert_contains("Test sam</td><td class=\"num\">1</td>")
        .assert_contains("Not placed in a field office</td><td class=\"num\">1</td>");
    // Narrowed to the accounts placed in no office: the same; to an office that does not
    // exist: nothing to count.
    hq.get("/program/reports?office=none").await.assert_contains("Test sam</td><td class=\"num\">1</td>");
    let none = hq.get("/program/reports?office=999999").await;
    assert!(!none.body.contains("Test sam"));
    // Every report downloads as CSV with the page's filter, and the download is recorded.
    let page = hq.get("/program/reports?office=none").await;
    let csv = hq.get(&page.link("Download every report as CSV")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.csv().starts_with("Report,Row,Accounts\n"), "{}", csv.body);
    assert!(csv.body.contains("Workload of each SCSS,Test sam,1\n"), "{}", csv.body);
    assert!(t.audit_actions().await.contains(&"reports.exported".to_string()));
}

async fn each_reader_counts_only_what_they_reach(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, _id) = submitted_profile(&t).await;
    sam.get("/program/reports").await.assert_contains("Test sam</td><td class=\"num\">1</td>");
    t.staff("stan@cbp.example", PW, "scss").await;
    let stan = t.signed_in("stan@cbp.example").await.get("/program/reports").await;
    assert!(!stan.body.contains("Test sam"));
    stan.assert_contains("No account to count.");
    assert!(!stan.body.contains("id=\"f-office\""), "only HQ chooses an office");
    assert_eq!(ana.get("/program/reports").await.status, 403);
    assert_eq!(ana.get("/program/reports/csv").await.status, 403);
}

async fn certification_times_and_suspension_reasons_are_counted(db: TestDb) {
    let t = spawn(db).await;
    let (_ana, sam, _sue, id) = ctpat_testkit::flows::certified_importer(&t).await;
    let page = sam.get("/program/reports").await;
    page.assert_contains("Accounts certified</dt><dd>1</dd>")
        .assert_contains("Certified within the target</dt><dd>1 / 1</dd>")
        .assert_contains("(1 certified)</td>");
    assert_eq!(
        ctpat_testkit::flows::act(&sam, id, "propose-suspension", &[("reason", "security_incident")]).await.status,
        303
    );
    t.staff("sid@cbp.example", PW, "supervisor").await;
    let sid = t.signed_in("sid@cbp.example").await;
    assert_eq!(ctpat_testkit::flows::act(&sid, id, "decide-suspension", &[("decision", "yes")]).await.status, 303);
    sid.get("/program/reports").await.assert_contains("Suspended: Security incident</td><td class=\"num\">1</td>");
}

both_engines! {
    reasons => certification_times_and_suspension_reasons_are_counted;
    hq => hq_reads_the_program_as_charts_and_tables;
    reach => each_reader_counts_only_what_they_reach;
}
