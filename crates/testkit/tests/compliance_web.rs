//! Mandatory-data compliance and validation groups through the pages, on both engines.

use chrono::Duration;
use ctpat_testkit::flows::{PW, act, apply_as_importer, approve_profile, send_statement};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn setup(db: TestDb) -> (TestApp, i64, i64) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.partner("ben@bolt.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    t.staff("sol@cbp.example", PW, "scss").await;
    let a = apply_as_importer(&t.signed_in("ana@acme.example").await, "Acme Imports", "ana@acme.example").await;
    let b = apply_as_importer(&t.signed_in("ben@bolt.example").await, "Bolt Freight", "ben@bolt.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam =
        ctpat_store::users::find_by_email(t.db.db.conn(), "sam@cbp.example").await.unwrap().unwrap().id.to_string();
    for id in [a, b] {
        assert_eq!(act(&sue, id, "assign-scss", &[("scss", &sam)]).await.status, 303);
    }
    (t, a, b)
}

async fn compliance_report_notice_and_sweep(db: TestDb) {
    let (t, a, b) = setup(db).await;
    // Migrated data: both accounts lost their bond.
    t.db.exec(&format!("DELETE FROM bond WHERE account_id IN ({a}, {b})")).await.unwrap();
    let sue = t.signed_in("sue@cbp.example").await;
    let page = sue.get("/program/compliance?missing=bond").await;
    page.assert_contains("Acme Imports").assert_contains("Bolt Freight").assert_contains("The bond data is missing.");
    let csv = sue.get("/program/compliance.csv").await;
    assert_eq!(csv.headers.get("content-type").unwrap(), "text/csv; charset=utf-8");
    assert!(
        csv.csv().starts_with("Account ID,Organization,Entity type,Status,Missing (codes),Missing,Notice deadline\n")
    );
    assert!(
        csv.body.contains(&format!("{a},Acme Imports,importer,under_review,bond,The bond data is missing.,")),
        "{}",
        csv.body
    );
    // An SCSS sees only accounts assigned to them.
    assert!(!t.signed_in("sol@cbp.example").await.get("/program/compliance").await.body.contains("Acme Imports"));

    let p = sue.post("/program/compliance/notify", &[("accounts", &a.to_string()), ("days", "0")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter a whole number from 1 to 365.");
    let (sa, sb) = (a.to_string(), b.to_string());
    let p = sue.post("/program/compliance/notify", &[("accounts", &sa), ("accounts", &sb), ("days", "30")]).await;
    assert_eq!(p.status, 303);
    assert!(t.emails_to("ana@acme.example").await.iter().any(|m| m.subject.contains("Mandatory data missing")));
    let ana = t.signed_in("ana@acme.example").await;
    ana.get(&format!("/accounts/{a}"))
        .await
        .assert_contains("Provide the missing mandatory data")
        .assert_contains("30 days left");

    // Bolt's SCSS puts its bond back in time; Acme's stays missing.
    let sam = t.signed_in("sam@cbp.example").await;
    let p = sam
        .post(&format!("/accounts/{b}/bond"), &[("bond_number", "246813579"), ("bond_type", "continuous_import")])
        .await;
    assert_eq!(p.status, 303);
    use ctpat_app::partner::compliance::sweep_notices;
    assert_eq!(sweep_notices(&t.app, t.app.now()).await.unwrap(), (0, 0), "nothing before the deadline");
    t.clock.advance(Duration::days(31));
    assert_eq!(sweep_notices(&t.app, t.app.now()).await.unwrap(), (1, 1));
    assert_eq!(sweep_notices(&t.app, t.app.now()).await.unwrap(), (0, 0), "once only");
    let ana = t.signed_in("ana@acme.example").await;
    ana.get(&format!("/accounts/{a}")).await.assert_contains("Suspended");
    let ben = t.signed_in("ben@bolt.example").await;
    ben.get(&format!("/accounts/{b}")).await.assert_contains("Under review");
    assert!(t.emails_to("ana@acme.example").await.iter().any(|m| m.body_text.contains("Missing mandatory data")));

    // Suspended until eligible: with a corrective action plan but the bond still missing, the
    // Supervisor cannot reinstate; once the bond is back, the Supervisor can.
    assert_eq!(send_statement(&ana, a, "corrective-action-plan", "The bond is renewed.").await.status, 303);
    let sue = t.signed_in("sue@cbp.example").await;
    let p = act(&sue, a, "reinstate", &[]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("cannot be reinstated while its mandatory data is incomplete");
    let sam = t.signed_in("sam@cbp.example").await;
    let p = sam
        .post(&format!("/accounts/{a}/bond"), &[("bond_number", "135792468"), ("bond_type", "continuous_import")])
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(act(&sue, a, "reinstate", &[]).await.status, 303);
    let actions = t.audit_actions().await;
    for x in ["export.downloaded", "compliance.notice_sent", "compliance.notice_resolved", "account.suspended"] {
        assert!(actions.iter().any(|y| y == x), "audit lacks {x}");
    }
}

/// An importer whose bond is a single-transaction bond lacks mandatory data: the compliance
/// report and the account say it needs a continuous import bond.
async fn an_importer_needs_a_continuous_bond(db: TestDb) {
    let (t, a, _) = setup(db).await;
    let sam = t.signed_in("sam@cbp.example").await;
    let p = sam
        .post(&format!("/accounts/{a}/bond"), &[("bond_number", "246813579"), ("bond_type", "single_transaction")])
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let sue = t.signed_in("sue@cbp.example").await;
    sue.get("/program/compliance").await.assert_contains("Acme Imports").assert_contains("A continuous import bond");
    sam.get(&format!("/accounts/{a}")).await.assert_contains("A continuous import bond");
}

/// The account's next validation day, as the pages write it.
async fn due(t: &TestApp, id: i64) -> String {
    let acc =
        ctpat_store::accounts::find(t.db.db.conn(), ctpat_store::accounts::Scope::Program, id).await.unwrap().unwrap();
    ctpat_app::i18n::Lang::default().date(acc.next_validation_due.unwrap().date_naive())
}

async fn validation_groups_align_and_unlink(db: TestDb) {
    let (t, a, b) = setup(db).await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let ana = t.signed_in("ana@acme.example").await;
    let ben = t.signed_in("ben@bolt.example").await;
    approve_profile(&t, &ana, &sam, a).await;
    approve_profile(&t, &ben, &sam, b).await;
    for id in [a, b] {
        assert_eq!(act(&sam, id, "recommend-certification", &[]).await.status, 303);
    }
    assert_eq!(act(&sue, a, "certify", &[]).await.status, 303);
    t.clock.advance(Duration::days(20));
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    assert_eq!(act(&sue, b, "certify", &[]).await.status, 303);
    let (due_a, due_b) = (due(&t, a).await, due(&t, b).await);
    assert_ne!(due_a, due_b);

    let p = sam.post("/program/groups", &[("name", "Acme and Bolt"), ("account", "not a number")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("value=\"Acme and Bolt\"");
    assert_eq!(
        sam.post("/program/groups", &[("name", "Acme and Bolt"), ("account", &a.to_string())]).await.status,
        303
    );
    let page = sam.get(&format!("/accounts/{b}")).await;
    let select = page.body.split("name=\"group\">").nth(1).expect("the group select");
    let group_id = select.split("<option value=\"").nth(2).and_then(|s| s.split('"').next()).unwrap().to_string();
    // Unrelated companies are never grouped: Bolt joins once Acme is recorded as its parent.
    let p = sam.post(&format!("/accounts/{b}/group"), &[("group", &group_id)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("one company, or of a parent company and its subsidiaries");
    let p = sam.post(&format!("/accounts/{b}/parent"), &[("parent", &b.to_string())]).await;
    assert_eq!(p.status, 422, "not its own parent");
    let ben = t.signed_in("ben@bolt.example").await;
    assert_eq!(ben.post(&format!("/accounts/{b}/parent"), &[("parent", &a.to_string())]).await.status, 403);
    assert_eq!(sam.post(&format!("/accounts/{b}/parent"), &[("parent", &a.to_string())]).await.status, 303);
    sam.get(&format!("/accounts/{b}")).await.assert_contains("Subsidiary of Acme Imports");
    let p = sam.post(&format!("/accounts/{a}/parent"), &[("parent", &b.to_string())]).await;
    assert_eq!(p.status, 422, "no loop");
    assert_eq!(sam.post(&format!("/accounts/{b}/group"), &[("group", &group_id)]).await.status, 303);
    sam.get("/program/groups").await.assert_contains(&format!("Shared revalidation date: <strong>{due_a}</strong>"));
    let ben = t.signed_in("ben@bolt.example").await;
    ben.get(&format!("/accounts/{b}"))
        .await
        .assert_contains("Acme and Bolt")
        .assert_contains(&format!("aligned on {due_a}"));

    assert_eq!(sam.post(&format!("/accounts/{b}/group/unlink"), &[]).await.status, 303);
    let page = ben.get(&format!("/accounts/{b}")).await;
    assert!(!page.body.contains("Acme and Bolt"));
    page.assert_contains(&due_b);
    // Partners cannot link accounts.
    assert_eq!(ben.post(&format!("/accounts/{b}/group"), &[("group", &group_id)]).await.status, 403);
    let actions = t.audit_actions().await;
    for x in ["group.created", "group.account_linked", "group.account_unlinked", "organization.parent_set"] {
        assert!(actions.iter().any(|y| y == x), "audit lacks {x}");
    }
}

both_engines! {
    continuous_bond => an_importer_needs_a_continuous_bond;
    compliance => compliance_report_notice_and_sweep;
    groups => validation_groups_align_and_unlink;
}
