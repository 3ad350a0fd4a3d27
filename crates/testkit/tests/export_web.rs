//! Exports of program lists and of a partner's own data, through the pages' links, on both
//! engines: CSV and XLSX with the page's filters, read in pages past the first, within the
//! reader's reach, audited, and with formulas neutralised.

use calamine::{Data, Reader};
use ctpat_app::actor::{Actor, ImportLegacy};
use ctpat_app::import::{self, MissingData, Options, Outcome, Quiet};
use ctpat_testkit::flows::PW;
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};
use std::path::{Path, PathBuf};

async fn setup(db: TestDb) -> TestApp {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("scss@cbp.example", PW, "scss").await;
    t.staff("sol@cbp.example", PW, "scss").await;
    t.staff("hq@cbp.example", PW, "hq").await;
    t.partner("ana.ruiz@northwind.example", PW).await;
    t.partner("lucia@fabricanorte.example", PW).await;
    t
}

async fn import_files(t: &TestApp, files: &[PathBuf]) {
    let actor = Actor::from_cli(&t.app, "hq@cbp.example").await.unwrap();
    let opts = Options { missing_data: MissingData::Notice, notice_days: 30, dry_run: false };
    let o = import::run(&t.app, &actor.can::<ImportLegacy>().unwrap(), files, &opts, &Quiet).await.unwrap();
    assert!(matches!(o, Outcome::Done(_)));
}

fn examples() -> Vec<PathBuf> {
    ["accounts", "contacts", "addresses", "connections"]
        .iter()
        .map(|s| Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../examples/import/{s}.csv")))
        .collect()
}

/// The rows of the first sheet of a workbook, as text.
fn sheet_rows(bytes: Vec<u8>) -> Vec<Vec<String>> {
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("a workbook");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

async fn download(b: &Browser, href: &str) -> (u16, String, Vec<u8>) {
    let (status, headers, body) = b.get_bytes(href).await;
    let kind = headers.get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (status, kind, body)
}

async fn the_queue_exports_with_its_filters_as_csv_and_xlsx(db: TestDb) {
    let t = setup(db).await;
    import_files(&t, &examples()).await;
    let hq = t.signed_in("hq@cbp.example").await;
    let page = hq.get("/program?status=validated").await;
    let (status, kind, body) = download(&hq, &page.link("Download as CSV")).await;
    assert_eq!((status, kind.as_str()), (200, "text/csv; charset=utf-8"));
    let csv = ctpat_testkit::csv_text(&body);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("Account ID,Organization,Entity type,Status,Tier,SVI number,SCSS"), "{csv}");
    assert_eq!(lines.len(), 2, "only the validated account: {csv}");
    assert!(lines[1].contains(",Northwind Imports,importer,validated,2,SVI-2345ABCD,"), "{csv}");

    let (status, kind, body) = download(&hq, &page.link("Download as Excel")).await;
    assert_eq!((status, kind.as_str()), (200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    let rows = sheet_rows(body);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][1..4], ["Northwind Imports", "importer", "validated"]);
    let events = ctpat_store::audit::recent(t.db.db.conn(), None, None, 50).await.unwrap();
    let exported = |e: &&ctpat_store::entity::audit_event::Model| {
        let a = e.after.as_deref().unwrap_or_default();
        e.action == "export.downloaded" && a.contains("\"status\":\"validated\"") && a.contains("\"format\":\"xlsx\"")
    };
    assert!(events.iter().any(|e| exported(&e)), "audited with the filters");
}

async fn a_list_longer_than_a_page_exports_whole_and_in_order(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("accounts.csv");
    let mut text = String::from("legacy_id,organization_name,entity_type,status,certified_on\n");
    for i in 0..1_234 {
        text.push_str(&format!("M{i:05},Many Co {i:05},importer,certified,2024-01-15\n"));
    }
    // A name a spreadsheet would run as a formula.
    text.push_str("M99999,=HYPERLINK(\"http://evil.example\"),importer,certified,2024-01-15\n");
    std::fs::write(&path, text).unwrap();
    import_files(&t, &[path]).await;
    let hq = t.signed_in("hq@cbp.example").await;
    let (_, _, body) = download(&hq, "/program/queue/export?format=csv&sort=newest").await;
    let csv = ctpat_testkit::csv_text(&body);
    let ids: Vec<i64> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap().parse().unwrap()).collect();
    assert_eq!(ids.len(), 1_235, "every account, past the first page of 500");
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first, none twice");
    assert!(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",importer,"), "neutralised");
    // Validations due page through their own cursor (due date, then id).
    let (_, _, body) = download(&hq, "/program/validations/export?days=365&format=csv").await;
    let csv = ctpat_testkit::csv_text(&body);
    let mut due_ids: Vec<i64> = csv.lines().skip(1).map(|l| l.split(',').next().unwrap().parse().unwrap()).collect();
    assert_eq!(due_ids.len(), 1_235, "every account due, past the first page");
    due_ids.sort();
    due_ids.dedup();
    assert_eq!(due_ids.len(), 1_235, "none twice");
    let (_, _, body) = download(&hq, "/program/queue/export?format=xlsx&sort=newest").await;
    let rows = sheet_rows(body);
    assert_eq!(rows.len(), 1_236);
    assert!(rows.iter().any(|r| r[1] == "=HYPERLINK(\"http://evil.example\")"), "a text cell, never a formula");
}

async fn an_scss_exports_only_their_accounts_and_the_audit_trail_is_not_theirs(db: TestDb) {
    let t = setup(db).await;
    import_files(&t, &examples()).await;
    let scss = t.signed_in("scss@cbp.example").await;
    let (_, _, body) = download(&scss, "/program/queue/export?format=csv").await;
    let csv = ctpat_testkit::csv_text(&body);
    assert!(csv.contains("Northwind Imports") && !csv.contains("Fabrica del Norte") && !csv.contains("Bayou"), "{csv}");
    let sol = t.signed_in("sol@cbp.example").await;
    let (_, _, body) = download(&sol, "/program/queue/export?format=csv").await;
    assert_eq!(ctpat_testkit::csv_text(&body).lines().count(), 1, "Sol has no account: the header only");
    assert_eq!(download(&scss, "/program/audit/export?format=csv").await.0, 403);
    let partner = t.signed_in("ana.ruiz@northwind.example").await;
    assert_eq!(download(&partner, "/program/compliance/export?format=xlsx").await.0, 403);
}

async fn compliance_validations_audit_and_reports_export(db: TestDb) {
    let t = setup(db).await;
    import_files(&t, &examples()).await;
    let hq = t.signed_in("hq@cbp.example").await;
    let page = hq.get("/program/compliance?entity=importer").await;
    let (_, _, body) = download(&hq, &page.link("Download as CSV")).await;
    let csv = ctpat_testkit::csv_text(&body);
    assert!(csv.starts_with("Account ID,Organization,Entity type,Status,Missing (codes),Missing,Notice deadline\n"));
    assert!(csv.contains("Bayou Freight LLC") && !csv.contains("highway_carrier"), "{csv}");

    let page = hq.get("/program/validations?days=365").await;
    let rows = sheet_rows(download(&hq, &page.link("Download as Excel")).await.2);
    assert_eq!(rows[0][..5], ["Account ID", "Organization", "Entity type", "SCSS", "Due"]);
    assert!(rows.iter().any(|r| r[1] == "Northwind Imports"), "overdue revalidation: {rows:?}");

    let page = hq.get("/program/audit").await;
    let (status, _, body) = download(&hq, &page.link("Download as CSV")).await;
    assert_eq!(status, 200);
    let csv = ctpat_testkit::csv_text(&body);
    assert!(csv.starts_with("Sequence,Time (UTC),Actor,Role,Account ID,Action,"));
    assert!(csv.contains("import.account_created"));

    let page = hq.get("/program/reports").await;
    let (status, _, body) = download(&hq, &page.link("every report as Excel")).await;
    assert_eq!(status, 200);
    let book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(body.clone())).unwrap();
    assert!(book.sheet_names().len() >= 5, "{:?}", book.sheet_names());
    // The cross-table leads: entity types by status.
    page.assert_contains("Accounts by entity type and status");
    let cross = sheet_rows(body);
    assert_eq!(cross[0][..5], ["Entity type", "Applicant", "Under review", "Certified", "Validated"]);
    let importer = cross.iter().find(|r| r[0] == "U.S. or Canadian importer" || r[0].contains("mporter")).unwrap();
    assert_eq!(importer[1..5], ["1", "0", "0", "1"], "Bayou applies, Northwind is validated: {cross:?}");
    let rows = sheet_rows(download(&hq, &page.link("SCSS workload")).await.2);
    assert_eq!(rows[0], ["SCSS", "Accounts"]);
    assert!(rows.iter().any(|r| r[0] == "Staff Member" || r[1] == "2"), "{rows:?}");
}

async fn partners_export_their_contacts_connections_and_profile_and_no_one_elses(db: TestDb) {
    let t = setup(db).await;
    import_files(&t, &examples()).await;
    let north =
        t.db.scalar_i64("SELECT target_id FROM import_record WHERE sheet = 'accounts' AND legacy_id = 'A-1001'").await;
    let fabrica =
        t.db.scalar_i64("SELECT target_id FROM import_record WHERE sheet = 'accounts' AND legacy_id = 'A-1003'").await;
    let ana = t.signed_in("ana.ruiz@northwind.example").await;
    let page = ana.get(&format!("/accounts/{north}/contacts")).await;
    let csv = ctpat_testkit::csv_text(&download(&ana, &page.link("Download as CSV")).await.2);
    assert!(csv.starts_with("Name,E-mail,Phone,Job title,Role,Primary contact,Alternate contact,Has a login\n"));
    assert!(csv.contains("Ben Ortiz,ben.ortiz@northwind.example,"), "{csv}");
    let page = ana.get(&format!("/accounts/{north}/svi")).await;
    let rows = sheet_rows(download(&ana, &page.link("Download as Excel")).await.2);
    assert!(rows.iter().any(|r| r[1] == "Northwind Imports"), "the carrier account of the same company: {rows:?}");
    let page = ana.get(&format!("/accounts/{north}/profile")).await;
    let csv = ctpat_testkit::csv_text(&download(&ana, &page.link("Download as CSV")).await.2);
    assert!(csv.starts_with("Criterion,Category,Level,Criterion statement,Answer,"), "{csv}");
    assert!(csv.lines().count() > 10, "every applicable criterion");
    let trail = ctpat_store::audit::for_account(t.db.db.conn(), north, None, 100).await.unwrap();
    assert_eq!(trail.iter().filter(|e| e.action == "export.downloaded").count(), 3, "in the account's own trail");
    for what in ["contacts", "svi", "profile"] {
        assert_eq!(download(&ana, &format!("/accounts/{fabrica}/export/{what}?format=csv")).await.0, 404, "{what}");
    }
    assert_eq!(download(&ana, &format!("/accounts/{north}/export/passwords?format=csv")).await.0, 404);
    assert_eq!(ana.post(&format!("/accounts/{north}/export/contacts"), &[]).await.status, 405);
}

both_engines! {
    queue => the_queue_exports_with_its_filters_as_csv_and_xlsx;
    paging => a_list_longer_than_a_page_exports_whole_and_in_order;
    reach => an_scss_exports_only_their_accounts_and_the_audit_trail_is_not_theirs;
    program_lists => compliance_validations_audit_and_reports_export;
    partner => partners_export_their_contacts_connections_and_profile_and_no_one_elses;
}
