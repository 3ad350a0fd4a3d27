//! What an import leaves for people to use through the pages, on both engines: HQ finds each
//! run and its data-quality report on the compliance page; staff see where an account's data
//! came from; an imported person sets a password and reaches their account.

use ctpat_app::actor::{Actor, ImportLegacy};
use ctpat_app::import::{self, MissingData, Options, Outcome, Quiet};
use ctpat_testkit::flows::PW;
use ctpat_testkit::{TestApp, TestDb, both_engines};
use std::path::Path;

async fn imported(db: TestDb) -> TestApp {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("scss@cbp.example", PW, "scss").await;
    t.staff("hq@cbp.example", PW, "hq").await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    // Ana signs in to the portal already: the import finds her by e-mail.
    t.partner("ana.ruiz@northwind.example", PW).await;
    let files: Vec<_> = ["accounts", "contacts", "addresses", "connections"]
        .iter()
        .map(|s| Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../examples/import/{s}.csv")))
        .collect();
    let actor = Actor::from_cli(&t.app, "hq@cbp.example").await.unwrap();
    let opts = Options { missing_data: MissingData::Notice, notice_days: 30, dry_run: false };
    let outcome = import::run(&t.app, &actor.can::<ImportLegacy>().unwrap(), &files, &opts, &Quiet).await.unwrap();
    assert!(matches!(outcome, Outcome::Done(_)));
    t
}

async fn account_id(t: &TestApp, legacy_id: &str) -> i64 {
    t.db.scalar_i64(&format!(
        "SELECT target_id FROM import_record WHERE sheet = 'accounts' AND legacy_id = '{legacy_id}'"
    ))
    .await
}

async fn hq_downloads_the_data_quality_report_of_a_run(db: TestDb) {
    let t = imported(db).await;
    let hq = t.signed_in("hq@cbp.example").await;
    let page = hq.get("/program/compliance").await;
    page.assert_contains("Imports of legacy records")
        .assert_contains("accounts.csv, contacts.csv, addresses.csv, connections.csv")
        .assert_contains("13 created, 0 updated, 0 unchanged")
        .assert_contains("Notice with a deadline");
    let report = hq.get(&page.link("(CSV)")).await;
    assert_eq!(report.status, 200);
    assert_eq!(report.headers.get("content-type").unwrap(), "text/csv; charset=utf-8");
    assert!(report.body.contains(",A-1004,"), "{}", report.body);
    assert!(t.audit_actions().await.contains(&"import.quality_exported".to_string()));
}

async fn only_hq_reads_import_reports(db: TestDb) {
    let t = imported(db).await;
    let run = t.db.scalar_i64("SELECT MAX(id) FROM import_run").await;
    let url = format!("/program/compliance/imports/{run}/quality.csv");
    let sue = t.signed_in("sue@cbp.example").await;
    assert!(!sue.get("/program/compliance").await.body.contains("Imports of legacy records"));
    assert_eq!(sue.get(&url).await.status, 403);
    let ana = t.signed_in("ana.ruiz@northwind.example").await;
    assert_eq!(ana.get(&url).await.status, 403);
    let hq = t.signed_in("hq@cbp.example").await;
    assert_eq!(hq.get("/program/compliance/imports/999999/quality.csv").await.status, 404);
    assert_eq!(hq.post(&url, &[]).await.status, 405);
}

async fn staff_see_where_an_accounts_data_came_from_and_partners_do_not(db: TestDb) {
    let t = imported(db).await;
    let north = account_id(&t, "A-1001").await;
    let hq = t.signed_in("hq@cbp.example").await;
    hq.get(&format!("/accounts/{north}"))
        .await
        .assert_contains("Imported records")
        .assert_contains("accounts.csv, line 2")
        .assert_contains("legacy_notes")
        .assert_contains("Top-100 importer")
        .assert_contains("legacy_badge")
        .assert_contains("Imported from a legacy file");
    // Ana, found by her e-mail, is the account's Officer; the legacy values are for staff.
    let ana = t.signed_in("ana.ruiz@northwind.example").await;
    let page = ana.get(&format!("/accounts/{north}")).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("Imported records") && !page.body.contains("Top-100 importer"));
}

async fn an_imported_person_sets_a_password_and_reaches_their_account(db: TestDb) {
    let t = imported(db).await;
    let north = account_id(&t, "A-1001").await;
    let b = t.browser();
    let form = b.get("/login").await;
    let forgot = b.get(&form.link("Forgot")).await;
    assert_eq!(forgot.status, 200);
    assert_eq!(b.post("/password/forgot", &[("email", "ben.ortiz@northwind.example")]).await.status, 200);
    let link = t.link_in_email("ben.ortiz@northwind.example", "/password/reset?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_string();
    let new = "northwind security lead passphrase";
    let p = b.post("/password/reset", &[("token", &token), ("password", new), ("password_confirm", new)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let ben = t.browser();
    assert_eq!(ben.login("ben.ortiz@northwind.example", new).await.status, 303);
    ben.get("/").await.assert_contains("Northwind Imports");
    ben.get(&format!("/accounts/{north}")).await.assert_contains("Northwind Imports");
}

both_engines! {
    quality_report => hq_downloads_the_data_quality_report_of_a_run;
    report_access => only_hq_reads_import_reports;
    provenance => staff_see_where_an_accounts_data_came_from_and_partners_do_not;
    imported_person => an_imported_person_sets_a_password_and_reaches_their_account;
}
