//! Demo data: loaded once through the real use cases, covering what the README promises.

use ctpat_testkit::{TestApp, TestDb, both_engines};
use std::collections::BTreeSet;

async fn demo_loads_once_and_covers_every_state(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    ctpat_app::demo::load(&t.app).await.unwrap();
    ctpat_app::demo::load(&t.app).await.unwrap();
    let statuses: BTreeSet<String> = {
        let all = ctpat_store::accounts::walk(
            t.db.db.conn(),
            ctpat_store::accounts::Scope::Program,
            &ctpat_domain::partner::lifecycle::Status::ALL,
            None,
            None,
            1000,
        )
        .await
        .unwrap();
        assert_eq!(all.len(), 13, "loaded once");
        let types: BTreeSet<String> = all.iter().map(|a| a.entity_type.key().to_string()).collect();
        assert!(types.len() >= 6, "{types:?}");
        all.into_iter().map(|a| a.status.key().to_string()).collect()
    };
    for s in ctpat_domain::partner::lifecycle::Status::ALL {
        assert!(statuses.contains(s.key()), "no demo account is {}", s.key());
    }
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM validation_group").await, 1);
    // Every account that was ever certified had its profile approved first (seven), one of them
    // has an update returned since; every other signed application submitted its profile with
    // it (the applicant, the one under review, the rejected and the ineligible one); the draft
    // application has begun its profile.
    for (status, n) in [("draft", 1), ("submitted", 4), ("returned", 1), ("approved", 7)] {
        assert_eq!(
            t.db.scalar_i64(&format!("SELECT COUNT(*) FROM profile WHERE status = '{status}'")).await,
            n,
            "{n} {status} profile(s)"
        );
    }
    // An account whose approved profile was recommended waits for the Supervisor's decision.
    assert_eq!(
        t.db.scalar_i64("SELECT COUNT(*) FROM partner_account WHERE pending_decision = 'certification'").await,
        1
    );
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM evidence").await, 1);
    // The suspended company sent its corrective action plan: reinstatement waits for a decision.
    assert_eq!(
        t.db.scalar_i64("SELECT COUNT(*) FROM partner_account WHERE pending_decision = 'reinstatement'").await,
        1
    );
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM account_statement WHERE submitted_at IS NOT NULL").await, 1);
    // Conversations: a thread with an answer the company has not read, a question the SCSS has
    // not read; a document waiting in the exchange; a finding reminder planned as a job.
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM message_thread").await, 2);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM exchange_document WHERE opened_at IS NULL").await, 1);
    assert_eq!(
        t.db.scalar_i64("SELECT COUNT(*) FROM job WHERE kind = 'reminder.finding' AND status = 'pending'").await,
        1
    );
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM bond_change_request WHERE status = 'pending'").await, 1);

    // The demo supervisor sees accounts lacking a bond in the compliance report.
    let sup = t.browser();
    assert_eq!(sup.login("supervisor@demo.ctpat.example", "demo supervisor signs reports").await.status, 303);
    let report = sup.get("/program/compliance?missing=bond").await;
    report.assert_contains("Pacific Crest Shipping").assert_contains("Coastal Grocers");
    let officer = t.browser();
    assert_eq!(officer.login("officer@demo.ctpat.example", "demo officer walks the dock").await.status, 303);
    officer.get("/").await.assert_contains("Northwind Imports").assert_contains("Cedar Valley Exporters");

    // SVI: two connected pairs and one more, a pending request, a declined (blocked) pair,
    // an account that accepts automatically.
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM svi_connection WHERE status = 'accepted'").await, 3);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM svi_connection WHERE status = 'pending'").await, 1);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM svi_block").await, 1);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM svi_settings WHERE auto_accept").await, 1);
    let northwind = t.db.scalar_i64("SELECT MIN(id) FROM partner_account").await;
    let page = officer.get(&format!("/accounts/{northwind}/svi")).await;
    page.assert_contains("Monterrey Precision Parts").assert_contains("Pacific Crest Shipping");
    page.assert_contains("Requests to connect with you").assert_contains("Blue Harbor Customs Brokerage");
    page.assert_contains("Accounts you blocked").assert_contains("Coastal Grocers");

    // Validations: one completed with an approved Tier III report, one under way with an
    // answered and an overdue finding, one scheduled for a group of two linked accounts.
    for (status, n) in [("approved", 1), ("scheduled", 2)] {
        let sql = format!("SELECT COUNT(*) FROM validation WHERE status = '{status}'");
        assert_eq!(t.db.scalar_i64(&sql).await, n, "{n} {status} validation(s)");
    }
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM partner_account WHERE tier = 3").await, 1);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM validation_finding WHERE status = 'answered'").await, 1);
    assert_eq!(
        t.db.scalar_i64("SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM validation_account GROUP BY validation_id) x")
            .await,
        2
    );
    let scss = t.browser();
    assert_eq!(scss.login("scss@demo.ctpat.example", "demo specialist checks seals").await.status, 303);
    let list = scss.get("/program/validations").await;
    list.assert_contains("Pacific Crest Shipping").assert_contains("Northwind Imports");
    let queue = sup.get("/program").await;
    queue.assert_contains("Finding answer overdue");

    // Two field offices with their staff: Houston works the demo's story, Los Angeles has the
    // new application of the Mexican manufacturer waiting for an SCSS.
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM field_office").await, 2);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM app_user WHERE field_office_id IS NOT NULL").await, 4);
    assert!(!queue.body.contains("Monterrey Precision Parts"), "another office's account");
    let lax = t.browser();
    assert_eq!(lax.login("supervisor.lax@demo.ctpat.example", "demo west coast supervisor decides").await.status, 303);
    let west = lax.get("/program").await;
    west.assert_contains("Monterrey Precision Parts");
    assert!(!west.body.contains("Northwind Imports"));
    // HQ narrows the program's lists to one office.
    let hq = t.browser();
    assert_eq!(hq.login("hq@demo.ctpat.example", "demo headquarters sets policy").await.status, 303);
    let hou = t.db.scalar_i64("SELECT id FROM field_office WHERE code = 'HOU'").await;
    let lax_id = t.db.scalar_i64("SELECT id FROM field_office WHERE code = 'LAX'").await;
    hq.get(&format!("/program/compliance?missing=bond&office={hou}")).await.assert_contains("Pacific Crest Shipping");
    let elsewhere = hq.get(&format!("/program/compliance?missing=bond&office={lax_id}")).await;
    assert!(!elsewhere.body.contains("Pacific Crest Shipping"));
    hq.get(&format!("/program/validations?days=365&office={hou}")).await.assert_contains("Northwind Imports");
    assert!(
        !hq.get(&format!("/program/validations?days=365&office={lax_id}")).await.body.contains("Northwind Imports")
    );
    assert!(!report.body.contains("id=\"f-office\""), "a Supervisor's report is their office already");

    // The Public Library: three documents in effect, one of them with a superseded version.
    let library = officer.get("/library").await;
    library.assert_contains("Seal integrity guidance").assert_contains("Annual review checklist");
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM library_document WHERE superseded_by IS NULL").await, 3);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM library_document").await, 4);
}

both_engines! {
    demo => demo_loads_once_and_covers_every_state;
}
