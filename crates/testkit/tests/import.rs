//! `ctpat import` as a use case, on both engines: the example files with their history,
//! contacts, logins and connections; a dry run; files with errors; re-runs and corrected
//! files; HQ's choice for accounts lacking mandatory data; workbooks.

use chrono::{DateTime, TimeZone, Utc};
use ctpat_app::actor::{Actor, ImportLegacy};
use ctpat_app::import::{self, Issue, MissingData, Options, Outcome, Quiet, Summary};
use ctpat_testkit::flows::PW;
use ctpat_testkit::{TestApp, TestDb, both_engines};
use std::path::{Path, PathBuf};

const SHEETS: [&str; 4] = ["accounts", "contacts", "addresses", "connections"];

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/import")
}

/// The example files copied into `dir` (so a test can correct them).
fn copy_examples(dir: &Path) -> Vec<PathBuf> {
    SHEETS
        .iter()
        .map(|s| {
            let to = dir.join(format!("{s}.csv"));
            std::fs::copy(examples().join(format!("{s}.csv")), &to).unwrap();
            to
        })
        .collect()
}

async fn setup(db: TestDb) -> TestApp {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("scss@cbp.example", PW, "scss").await;
    t.staff("hq@cbp.example", PW, "hq").await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t
}

async fn run(t: &TestApp, files: &[PathBuf], missing_data: MissingData, dry_run: bool) -> Outcome {
    let actor = Actor::from_cli(&t.app, "hq@cbp.example").await.unwrap();
    let can = actor.can::<ImportLegacy>().unwrap();
    let opts = Options { missing_data, notice_days: 30, dry_run };
    import::run(&t.app, &can, files, &opts, &Quiet).await.unwrap()
}

async fn done(t: &TestApp, files: &[PathBuf], missing_data: MissingData) -> Summary {
    match run(t, files, missing_data, false).await {
        Outcome::Done(s) => s,
        Outcome::Refused(issues) => panic!("refused: {issues:#?}"),
    }
}

fn refused(o: Outcome) -> Vec<Issue> {
    match o {
        Outcome::Refused(i) => i,
        Outcome::Done(_) => panic!("expected the files to be refused"),
    }
}

async fn account_of(t: &TestApp, legacy_id: &str) -> ctpat_store::accounts::Account {
    let id =
        t.db.scalar_i64(&format!(
            "SELECT target_id FROM import_record WHERE sheet = 'accounts' AND legacy_id = '{legacy_id}'"
        ))
        .await;
    ctpat_store::accounts::find(t.db.db.conn(), ctpat_store::accounts::Scope::Program, id).await.unwrap().unwrap()
}

fn day(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
}

/// Rows in the tables an import writes.
async fn written(t: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for table in [
        "partner_account",
        "organization",
        "contact",
        "account_address",
        "account_event",
        "svi_connection",
        "import_record",
        "import_run",
        "legacy_field",
        "app_user",
        "compliance_notice",
        "audit_event",
    ] {
        out.push(t.db.scalar_i64(&format!("SELECT COUNT(*) FROM {table}")).await);
    }
    out
}

async fn the_examples_import_with_history_people_and_connections(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let s = done(&t, &copy_examples(dir.path()), MissingData::Notice).await;
    let created = |sheet| s.of(sheet).created;
    assert_eq!([created("accounts"), created("contacts"), created("addresses"), created("connections")], [4, 5, 2, 2]);
    assert_eq!(s.users_created, 3, "Ana (two accounts, one person), Ben and Lucia; Carl has no login");

    // Statuses and dates became events; the derived dates come from them.
    let north = account_of(&t, "A-1001").await;
    assert_eq!(north.status.key(), "validated");
    assert_eq!(north.svi_number.as_deref(), Some("SVI-2345ABCD"));
    assert_eq!(north.certified_on, Some(day(2018, 6, 20)));
    assert_eq!(north.validated_on, Some(day(2019, 5, 10)));
    assert_eq!(north.next_validation_due, Some(day(2023, 5, 10)), "four years after the validation");
    assert_eq!(north.annual_review_due, Some(day(2026, 6, 20)), "the anniversary after the last review");
    let kinds: Vec<String> =
        ctpat_store::accounts::events(t.db.db.conn(), north.id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds, ["application_submitted", "scss_assigned", "certified", "validated", "annual_review_approved"]);
    let scss = t.user_id("scss@cbp.example").await;
    assert_eq!(north.assigned_scss_id, Some(scss));
    let carrier = account_of(&t, "A-1002").await;
    assert_eq!(carrier.organization_id, north.organization_id, "one organization, two entity types");
    assert!(carrier.svi_number.is_some(), "an active account without a legacy number is given one");
    let fabrica = account_of(&t, "A-1003").await;
    assert_eq!(fabrica.status.key(), "suspended");
    assert_eq!(fabrica.tier, Some(1), "suspended from certified");
    assert_eq!(fabrica.response_due, None, "its corrective action plan was filed: no window runs");
    let kinds: Vec<String> =
        ctpat_store::accounts::events(t.db.db.conn(), fabrica.id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds.last().map(String::as_str), Some("corrective_action_plan_submitted"));
    let bayou = account_of(&t, "A-1004").await;
    assert_eq!(bayou.status.key(), "applicant");
    assert!(bayou.svi_number.is_some(), "as any application, it has its number once submitted");

    // People who sign in are members in their role; one person, two accounts.
    let ana = t.user_id("ana.ruiz@northwind.example").await;
    let roles = ctpat_store::accounts::of_member(t.db.db.conn(), ana).await.unwrap();
    assert_eq!(roles.len(), 2);
    assert!(roles.iter().all(|(_, r)| r == "officer"));
    assert!(ctpat_store::users::find_by_email(t.db.db.conn(), "carl.diaz@northwind.example").await.unwrap().is_none());
    // Connections are accepted: each side sees the other.
    let partners = ctpat_store::svi::partner_ids(t.db.db.conn(), north.id).await.unwrap();
    assert!(partners.contains(&carrier.id) && partners.contains(&fabrica.id));

    // Unmodelled columns stay with the account, traceable to their file and line.
    let legacy = ctpat_store::imports::legacy_of(t.db.db.conn(), north.id).await.unwrap();
    let notes = legacy.iter().find(|l| l.name == "legacy_notes").unwrap();
    assert_eq!((notes.value.as_str(), notes.file.as_str(), notes.line), ("Top-100 importer", "accounts.csv", 2));
    assert!(
        legacy.iter().any(|l| l.name == "legacy_badge" && l.value == "B-77" && l.file == "contacts.csv" && l.line == 2)
    );
    assert!(legacy.iter().any(|l| l.name == "legacy_dock_count" && l.value == "12"));

    // The data-quality report names what each lacks; the notice went to the account's people.
    let bayou_row = s.quality.iter().find(|r| r.legacy_id == "A-1004").expect("Bayou lacks data");
    let keys: Vec<String> = bayou_row.missing.iter().map(|m| m.key()).collect();
    assert!(keys.contains(&"bond".to_string()) && keys.contains(&"contacts".to_string()), "{keys:?}");
    assert_eq!(bayou_row.action, Some("notice_no_contact"), "no contact yet: the report says so");
    assert!(s.quality_csv.starts_with("file,sheet,line,legacy_id,account_id,organization,entity_type,status,missing"));
    assert!(
        s.quality_csv
            .contains(&format!("accounts.csv,accounts,5,A-1004,{},Bayou Freight LLC,importer,applicant,", bayou.id))
    );
    assert!(
        t.emails_to("ana.ruiz@northwind.example").await.iter().any(|m| m.subject.contains("Mandatory data missing"))
    );
    assert!(t.audit_actions().await.contains(&"import.run".to_string()));
    let v = ctpat_store::audit::verify(t.db.db.conn()).await.unwrap();
    assert!(matches!(v, ctpat_store::audit::Verification::Verified { .. }), "the audit chain holds: {v:?}");
}

async fn a_dry_run_reports_everything_and_writes_nothing(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let before = written(&t).await;
    let Outcome::Done(s) = run(&t, &copy_examples(dir.path()), MissingData::Notice, true).await else {
        panic!("the examples are valid")
    };
    assert!(s.dry_run && s.run_id.is_none());
    assert_eq!(s.of("accounts").created, 4);
    assert!(s.quality.iter().any(|r| r.legacy_id == "A-1004"), "the report is complete in a dry run");
    assert_eq!(written(&t).await, before);
    assert!(t.emails_to("ana.ruiz@northwind.example").await.is_empty());
}

async fn a_file_with_errors_names_each_and_writes_nothing(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let files = copy_examples(dir.path());
    std::fs::write(
        &files[0],
        "legacy_id,organization_name,entity_type,ior,status,applied_on,certified_on,validated_on\n\
         B-1,Good Co,importer,12-3456789AB,certified,2019-01-01,2019-03-01,\n\
         B-2,Bad Ior Co,importer,12-345,applicant,2020-01-01,,\n\
         B-3,Slash Date Co,importer,,applicant,03/04/2019,,\n\
         B-4,Odd Co,spaceship,,applicant,2020-01-01,,\n\
         B-5,Backwards Co,importer,,validated,2019-01-01,2019-06-01,2019-02-01\n\
         B-1,Twice Co,importer,,draft,,,\n",
    )
    .unwrap();
    let before = written(&t).await;
    let issues = refused(run(&t, &files, MissingData::Notice, false).await);
    let text: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
    let has = |needle: &str| assert!(text.iter().any(|l| l.contains(needle)), "no {needle:?} in {text:#?}");
    has("accounts.csv, sheet accounts, line 3, column ior: ");
    has("accounts.csv, sheet accounts, line 4, column applied_on: must be a date written YYYY-MM-DD");
    has("line 5, column entity_type: must be one of: importer, exporter");
    has("line 6, column validated_on: is earlier than certified_on");
    has("line 7, column legacy_id: B-1 is already used on line 2 of accounts.csv");
    // The examples' other sheets name accounts this file no longer has.
    has("contacts.csv, sheet contacts, line 2, column account_legacy_id: A-1001 is not an account");
    assert_eq!(written(&t).await, before, "nothing written");
}

async fn a_second_run_of_the_same_files_changes_nothing(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let files = copy_examples(dir.path());
    done(&t, &files, MissingData::Notice).await;
    let before = written(&t).await;
    let s = done(&t, &files, MissingData::Notice).await;
    for sheet in SHEETS {
        let c = s.of(sheet);
        assert_eq!((c.created, c.updated), (0, 0), "{sheet}");
    }
    assert_eq!(s.of("contacts").unchanged, 5);
    assert_eq!(s.noticed, 0, "an open notice is not sent twice");
    let after = written(&t).await;
    // Only the run itself is new: its row and its audit event.
    let diff: Vec<i64> = after.iter().zip(&before).map(|(a, b)| a - b).collect();
    assert_eq!(diff, [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
}

async fn a_corrected_file_updates_what_changed_and_audits_it(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let files = copy_examples(dir.path());
    done(&t, &files, MissingData::Notice).await;
    let north = account_of(&t, "A-1001").await;
    // Meanwhile the company corrects its phone in the portal.
    t.db.exec(&format!(
        "UPDATE organization SET phone = '+1 713 555 0199' WHERE id = {}",
        north.organization_id.unwrap()
    ))
    .await
    .unwrap();

    let text = std::fs::read_to_string(&files[0]).unwrap();
    let text = text.replace("BND-778812", "BND-990011").replace("Top-100 importer", "Top-50 importer");
    // Bayou's history is corrected too: it was under review with the SCSS.
    let text = text.replace(
        "A-1004,,Bayou Freight LLC,,,,importer,15-1234567AB,,,,,,,,,,,,,applicant,2026-10-01,,",
        "A-1004,,Bayou Freight LLC,,,,importer,15-1234567AB,,,,,,,,,,,,,under_review,2026-10-01,scss@cbp.example,",
    );
    std::fs::write(&files[0], text).unwrap();
    let s = done(&t, &files, MissingData::Notice).await;
    assert_eq!((s.of("accounts").updated, s.of("accounts").unchanged), (2, 2));

    let bond = ctpat_store::account_data::bond(t.db.db.conn(), north.id).await.unwrap().unwrap();
    assert_eq!(bond.number, "BND-990011");
    let org = ctpat_store::orgs::org(t.db.db.conn(), north.organization_id.unwrap()).await.unwrap().unwrap();
    assert_eq!(
        org.phone.as_deref(),
        Some("+1 713 555 0199"),
        "a column the file did not change stays as the portal has it"
    );
    let legacy = ctpat_store::imports::legacy_of(t.db.db.conn(), north.id).await.unwrap();
    assert!(legacy.iter().any(|l| l.name == "legacy_notes" && l.value == "Top-50 importer"));
    let bayou = account_of(&t, "A-1004").await;
    assert_eq!(bayou.status.key(), "under_review");
    assert_eq!(bayou.assigned_scss_id, Some(t.user_id("scss@cbp.example").await));

    let audit = ctpat_store::audit::for_account(t.db.db.conn(), north.id, None, 50).await.unwrap();
    let updated = audit.iter().find(|e| e.action == "import.account_updated").expect("audited");
    let before = updated.before.as_deref().unwrap();
    assert!(before.contains("BND-778812") && before.contains("Top-100 importer"), "{before}");
    assert!(updated.after.as_deref().unwrap().contains("BND-990011"));
}

async fn a_history_the_portal_added_to_is_not_rewritten(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let files = copy_examples(dir.path());
    done(&t, &files, MissingData::Suspend).await;
    // Suspending Northwind's carrier for its missing data added an event to its history.
    assert_eq!(account_of(&t, "A-1002").await.status.key(), "suspended");
    let text = std::fs::read_to_string(&files[0]).unwrap().replace("2020-04-15", "2020-04-16");
    std::fs::write(&files[0], text).unwrap();
    let issues = refused(run(&t, &files, MissingData::Suspend, false).await);
    assert!(
        issues[0].to_string().contains("line 3, column certified_on: changes a history the portal has added to"),
        "{issues:?}"
    );
}

async fn suspend_suspends_certified_accounts_lacking_data_and_notices_the_others(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let s = done(&t, &copy_examples(dir.path()), MissingData::Suspend).await;
    let action = |id: &str| s.quality.iter().find(|r| r.legacy_id == id).and_then(|r| r.action);
    assert_eq!(action("A-1002"), Some("suspended"), "a certified carrier without declarations");
    assert_eq!(action("A-1004"), Some("notice_no_contact"), "an applicant cannot be suspended");
    assert_eq!(action("A-1003"), None, "suspended already");
    assert_eq!(s.suspended as usize, s.quality.iter().filter(|r| r.action == Some("suspended")).count());
    let carrier = account_of(&t, "A-1002").await;
    let events = ctpat_store::accounts::events(t.db.db.conn(), carrier.id).await.unwrap();
    assert!(events.last().unwrap().data.contains("missing_mandatory_data"));
}

async fn a_workbook_is_read_by_its_tabs_with_dates_as_dates(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("legacy.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    notes.write(0, 0, "Exported from the legacy system").unwrap();
    let sheet = book.add_worksheet().set_name("Accounts").unwrap();
    let head =
        ["Legacy ID", "Organization name", "Entity type", "SCAC", "USDOT", "Status", "Certified on", "Legacy tier"];
    for (c, h) in head.iter().enumerate() {
        sheet.write(0, c as u16, *h).unwrap();
    }
    sheet.write(1, 0, 7001).unwrap();
    sheet.write(1, 1, "Sierra Transport").unwrap();
    sheet.write(1, 2, "highway_carrier").unwrap();
    sheet.write(1, 3, "SRTX").unwrap();
    sheet.write(1, 4, 765432).unwrap();
    sheet.write(1, 5, "certified").unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2021, 7, 9).unwrap();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_datetime_with_format(1, 6, &date, &fmt).unwrap();
    sheet.write(1, 7, "Gold").unwrap();
    book.save(&path).unwrap();

    let s = done(&t, &[path], MissingData::Notice).await;
    assert_eq!(s.of("accounts").created, 1);
    assert_eq!(s.skipped, ["legacy.xlsx: Notes"]);
    let a = account_of(&t, "7001").await;
    assert_eq!(a.certified_on, Some(day(2021, 7, 9)), "a date cell is its date, whatever its display format");
    let legacy = ctpat_store::imports::legacy_of(t.db.db.conn(), a.id).await.unwrap();
    assert_eq!((legacy[0].name.as_str(), legacy[0].value.as_str(), legacy[0].line), ("legacy_tier", "Gold", 2));
}

async fn unreadable_files_are_refused_by_name(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("legacy.xlsx");
    std::fs::write(&garbage, b"PK\x03\x04 not really a workbook").unwrap();
    let latin1 = dir.path().join("accounts.csv");
    std::fs::write(&latin1, b"legacy_id,organization_name\nX-1,F\xe1brica\n").unwrap();
    let stray = dir.path().join("partners.csv");
    std::fs::write(&stray, "legacy_id\n1\n").unwrap();
    let before = written(&t).await;
    let issues = refused(run(&t, &[garbage, latin1, stray], MissingData::Notice, false).await);
    let text: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
    assert!(text[0].starts_with("legacy.xlsx: is not a readable workbook"), "{text:?}");
    assert!(text[1].starts_with("accounts.csv, sheet accounts, line 2: is not UTF-8 text"), "{text:?}");
    assert!(text[2].starts_with("partners.csv: a CSV file is named for the sheet it holds"), "{text:?}");
    assert_eq!(written(&t).await, before);
}

/// Rows whose history tells two stories, each refused with the column to correct.
async fn a_history_must_match_its_status_and_use_every_date(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("accounts.csv");
    std::fs::write(
        &path,
        "legacy_id,organization_name,entity_type,status,applied_on,scss_email,certified_on,validated_on,suspended_on,suspension_reason\n\
         H-1,One Co,importer,applicant,2025-01-01,scss@cbp.example,,,,\n\
         H-2,Two Co,importer,certified,2019-01-01,,2019-03-01,2020-03-01,,\n\
         H-3,Three Co,importer,draft,2025-01-01,,,,,\n\
         H-4,Four Co,importer,suspended,2019-01-01,,2019-03-01,,2020-01-10,security_incident\n",
    )
    .unwrap();
    let issues = refused(run(&t, &[path], MissingData::Notice, false).await);
    let text: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
    let has = |needle: &str| assert!(text.iter().any(|l| l.contains(needle)), "no {needle:?} in {text:#?}");
    has("line 2, column scss_email: is given, and an application with its SCSS is under_review");
    has("line 3, column validated_on: is given, and a validated account's status is validated");
    has("line 4, column applied_on: is given, but the history of a draft account has no such step");
    has("line 5, column cap_submitted_on: is required: the suspension's response window closed on 2020-04-09");
}

async fn a_login_is_never_given_to_staff_nor_given_back_after_removal(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let files = copy_examples(dir.path());
    // A legacy contact with the e-mail of a program staff member.
    let text = std::fs::read_to_string(&files[1]).unwrap();
    std::fs::write(&files[1], format!("{text}C-9,A-1004,Sue Staff,sue@cbp.example,,,officer,,,yes,\n")).unwrap();
    let issues = refused(run(&t, &files, MissingData::Notice, false).await);
    assert!(
        issues[0].to_string().contains("line 7, column email: is the e-mail of a program staff member"),
        "{issues:?}"
    );
    std::fs::write(&files[1], &text).unwrap();
    done(&t, &files, MissingData::Notice).await;

    // Northwind removes Ben; a corrected file (his phone) must not bring him back.
    let north = account_of(&t, "A-1001").await;
    let ben = t.user_id("ben.ortiz@northwind.example").await;
    t.db.exec(&format!("DELETE FROM account_member WHERE account_id = {} AND user_id = {ben}", north.id))
        .await
        .unwrap();
    std::fs::write(
        &files[1],
        text.replace(
            "C-2,A-1001,Ben Ortiz,ben.ortiz@northwind.example,,",
            "C-2,A-1001,Ben Ortiz,ben.ortiz@northwind.example,+1 713 555 0102,",
        ),
    )
    .unwrap();
    let s = done(&t, &files, MissingData::Notice).await;
    assert_eq!(s.of("contacts").updated, 1);
    assert_eq!(ctpat_store::accounts::member_role(t.db.db.conn(), north.id, ben).await.unwrap(), None);
    let joined = t.audit_actions().await.iter().filter(|a| *a == "account.user_joined").count();
    assert_eq!(joined, 4, "each membership the first run gave is audited, none since");
}

async fn rows_of_one_organization_agree_and_complete_each_other(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("accounts.csv");
    let head = "legacy_id,organization_legacy_id,organization_name,dba,website,entity_type,status\n";
    std::fs::write(
        &path,
        format!(
            "{head}O-1,ORG,Delta Co,,https://delta.example,importer,draft\nO-2,ORG,Delta Co,Delta,,exporter,draft\n"
        ),
    )
    .unwrap();
    done(&t, std::slice::from_ref(&path), MissingData::Notice).await;
    let a = account_of(&t, "O-1").await;
    let org = ctpat_store::orgs::org(t.db.db.conn(), a.organization_id.unwrap()).await.unwrap().unwrap();
    assert_eq!((org.dba.as_deref(), org.website.as_deref()), (Some("Delta"), Some("https://delta.example")));
    assert_eq!(account_of(&t, "O-2").await.organization_id, a.organization_id);

    std::fs::write(&path, format!("{head}P-1,ORG2,Echo Co,,,importer,draft\nP-2,ORG2,Echo Corp,,,exporter,draft\n"))
        .unwrap();
    let issues = refused(run(&t, &[path], MissingData::Notice, false).await);
    assert!(
        issues[0]
            .to_string()
            .contains("line 3, column organization_name: differs from line 2 of the same organization (Echo Co)"),
        "{issues:?}"
    );
}

async fn a_rerun_with_another_choice_leaves_unchanged_accounts_alone(db: TestDb) {
    let t = setup(db).await;
    let dir = tempfile::tempdir().unwrap();
    let files = copy_examples(dir.path());
    done(&t, &files, MissingData::Notice).await;
    let s = done(&t, &files, MissingData::Suspend).await;
    assert_eq!(s.suspended, 0, "HQ's choice applies to what a run creates or corrects");
    assert_eq!(account_of(&t, "A-1002").await.status.key(), "certified");
}

both_engines! {
    organizations => rows_of_one_organization_agree_and_complete_each_other;
    rerun_choice => a_rerun_with_another_choice_leaves_unchanged_accounts_alone;
    history_story => a_history_must_match_its_status_and_use_every_date;
    login_guard => a_login_is_never_given_to_staff_nor_given_back_after_removal;
    unreadable => unreadable_files_are_refused_by_name;
    the_examples_import => the_examples_import_with_history_people_and_connections;
    dry_run => a_dry_run_reports_everything_and_writes_nothing;
    errors => a_file_with_errors_names_each_and_writes_nothing;
    second_run => a_second_run_of_the_same_files_changes_nothing;
    corrected_file => a_corrected_file_updates_what_changed_and_audits_it;
    history_guard => a_history_the_portal_added_to_is_not_rewritten;
    suspend_choice => suspend_suspends_certified_accounts_lacking_data_and_notices_the_others;
    workbook => a_workbook_is_read_by_its_tabs_with_dates_as_dates;
}
