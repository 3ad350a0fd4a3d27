//! Field offices through the pages, on both engines: HQ creates offices and places accounts in
//! them, a system admin puts staff in them, and a Supervisor sees, assigns and decides only
//! within their own office.

use ctpat_testkit::flows::{PW, act, apply_as_importer};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

/// Two offices (HOU, LAX) with a Supervisor and an SCSS each, and Acme's submitted
/// application. Returns HQ's browser, the account id and the offices' ids.
struct Program {
    hq: Browser,
    ada: Browser,
    id: i64,
    hou: String,
    lax: String,
}

fn office_id(page: &str, code: &str) -> String {
    // The rename form lists each office as an option: <option value="ID">CODE — name</option>.
    let before = page.split(&format!("\">{code} — ")).next().expect("the office in the list");
    before.rsplit("value=\"").next().unwrap().to_string()
}

async fn program(t: &TestApp) -> Program {
    t.staff("hugo@cbp.example", PW, "hq").await;
    t.staff("ada@cbp.example", PW, "admin").await;
    for (email, role) in [
        ("sue@cbp.example", "supervisor"),
        ("sam@cbp.example", "scss"),
        ("lou@cbp.example", "supervisor"),
        ("lia@cbp.example", "scss"),
    ] {
        t.staff(email, PW, role).await;
    }
    let hq = t.signed_in("hugo@cbp.example").await;
    for (code, name) in [("hou", "Houston Field Office"), ("LAX", "Los Angeles Field Office")] {
        let p = hq.post("/program/offices", &[("office_code", code), ("office_name", name)]).await;
        assert_eq!(p.status, 303, "{}", p.body);
    }
    let page = hq.get("/program/offices").await;
    page.assert_contains("<code>HOU</code>").assert_contains("Los Angeles Field Office");
    let (hou, lax) = (office_id(&page.body, "HOU"), office_id(&page.body, "LAX"));
    let ada = t.signed_in("ada@cbp.example").await;
    for (email, office) in
        [("sue@cbp.example", &hou), ("sam@cbp.example", &hou), ("lou@cbp.example", &lax), ("lia@cbp.example", &lax)]
    {
        let uid = t.user_id(email).await;
        let p = ada.post(&format!("/admin/staff/{uid}/office"), &[("office", office)]).await;
        assert_eq!(p.status, 303, "{}", p.body);
    }
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    Program { hq, ada, id, hou, lax }
}

async fn a_supervisor_sees_and_assigns_only_within_their_office(db: TestDb) {
    let t = spawn(db).await;
    let p = program(&t).await;
    let id = p.id;
    let (sue, lou) = (t.signed_in("sue@cbp.example").await, t.signed_in("lou@cbp.example").await);
    // Not placed yet: no office's Supervisor reaches it; HQ finds it under "not placed".
    assert_eq!(sue.get(&format!("/accounts/{id}")).await.status, 404);
    p.hq.get("/program?office=none").await.assert_contains("Acme Imports");
    let placed = p.hq.post(&format!("/accounts/{id}/office"), &[("office", &p.lax)]).await;
    assert_eq!(placed.status, 303, "{}", placed.body);
    p.hq.get(&format!("/accounts/{id}")).await.assert_contains("LAX — Los Angeles Field Office");
    assert!(!p.hq.get("/program?office=none").await.body.contains("Acme Imports"));
    p.hq.get(&format!("/program?office={}", p.lax)).await.assert_contains("Acme Imports");

    lou.get("/notifications").await.assert_contains("Acme Imports has been placed in LAX");
    lou.get("/program").await.assert_contains("Acme Imports");
    assert!(!sue.get("/program").await.body.contains("Acme Imports"), "another office's queue");
    assert_eq!(sue.get(&format!("/accounts/{id}")).await.status, 404);
    let sam = t.user_id("sam@cbp.example").await.to_string();
    let foreign = sue.post(&format!("/accounts/{id}/actions/assign-scss"), &[("scss", &sam)]).await;
    assert_eq!(foreign.status, 404);

    // Only the office's own SCSSs are offered, and only they are accepted.
    let dash = lou.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("Test lia");
    assert!(!dash.body.contains("Test sam"), "an SCSS of another office is not offered");
    let refused = act(&lou, id, "assign-scss", &[("scss", &sam)]).await;
    assert_eq!(refused.status, 422);
    refused.assert_contains("Choose one of the options");
    let lia = t.user_id("lia@cbp.example").await.to_string();
    assert_eq!(act(&lou, id, "assign-scss", &[("scss", &lia)]).await.status, 303);
    t.signed_in("lia@cbp.example").await.get("/program").await.assert_contains("Acme Imports");
}

async fn moving_an_account_hands_it_to_the_new_office(db: TestDb) {
    let t = spawn(db).await;
    let p = program(&t).await;
    let id = p.id;
    assert_eq!(p.hq.post(&format!("/accounts/{id}/office"), &[("office", &p.lax)]).await.status, 303);
    let lou = t.signed_in("lou@cbp.example").await;
    let lia = t.user_id("lia@cbp.example").await.to_string();
    assert_eq!(act(&lou, id, "assign-scss", &[("scss", &lia)]).await.status, 303);
    assert_eq!(p.hq.post(&format!("/accounts/{id}/office"), &[("office", &p.hou)]).await.status, 303);
    let sue = t.signed_in("sue@cbp.example").await;
    sue.get("/notifications").await.assert_contains("Acme Imports has been placed in HOU");
    assert_eq!(lou.get(&format!("/accounts/{id}")).await.status, 404, "the old office no longer reaches it");
    // The old office's SCSS no longer reaches it; the new office assigns one of theirs.
    let lia_b = t.signed_in("lia@cbp.example").await;
    assert_eq!(lia_b.get(&format!("/accounts/{id}")).await.status, 404);
    assert!(!lia_b.get("/program").await.body.contains("Acme Imports"));
    let sam = t.user_id("sam@cbp.example").await.to_string();
    assert_eq!(act(&sue, id, "assign-scss", &[("scss", &sam)]).await.status, 303);
    assert_eq!(t.signed_in("sam@cbp.example").await.get(&format!("/accounts/{id}")).await.status, 200);
    let history = p.hq.get(&format!("/accounts/{id}")).await;
    history.assert_contains("Field office changed");
    assert_eq!(t.audit_actions().await.iter().filter(|a| *a == "account.office_changed").count(), 2);
}

async fn only_hq_moves_accounts_and_only_hq_keeps_offices(db: TestDb) {
    let t = spawn(db).await;
    let p = program(&t).await;
    let id = p.id;
    assert_eq!(p.hq.post(&format!("/accounts/{id}/office"), &[("office", &p.hou)]).await.status, 303);
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let ana = t.signed_in("ana@acme.example").await;
    for b in [&sue, &sam, &ana, &p.ada] {
        assert_eq!(b.post(&format!("/accounts/{id}/office"), &[("office", &p.lax)]).await.status, 403);
        assert_eq!(b.get("/program/offices").await.status, 403);
        assert_eq!(b.post("/program/offices", &[("office_code", "SEA"), ("office_name", "Seattle")]).await.status, 403);
    }
    let uid = t.user_id("sue@cbp.example").await;
    assert_eq!(p.hq.post(&format!("/admin/staff/{uid}/office"), &[("office", &p.lax)]).await.status, 403);
    // The page says it: the Supervisor of HOU still has it.
    sue.get(&format!("/accounts/{id}")).await.assert_contains("HOU — Houston Field Office");
    // The partner is not shown the office controls.
    assert!(!ana.get(&format!("/accounts/{id}")).await.body.contains("/office\""));
}

async fn bad_office_input_is_named_on_its_field_and_kept(db: TestDb) {
    let t = spawn(db).await;
    let p = program(&t).await;
    let bad = p.hq.post("/program/offices", &[("office_code", "H-1"), ("office_name", "Harbour")]).await;
    assert_eq!(bad.status, 422);
    bad.assert_contains("Use 2 to 8 letters or digits")
        .assert_contains("value=\"H-1\"")
        .assert_contains("value=\"Harbour\"");
    let taken = p.hq.post("/program/offices", &[("office_code", "hou"), ("office_name", "Second Houston")]).await;
    assert_eq!(taken.status, 422);
    taken.assert_contains("Another field office already has this code");
    let blank = p.hq.post("/program/offices/rename", &[("office", &p.hou), ("office_name", "  ")]).await;
    assert_eq!(blank.status, 422);
    let id = p.id;
    let nowhere = p.hq.post(&format!("/accounts/{id}/office"), &[("office", "999999")]).await;
    assert_eq!(nowhere.status, 422);
    nowhere.assert_contains("Choose one of the options");
    assert_eq!(p.hq.post(&format!("/accounts/{id}/office"), &[("office", &p.hou)]).await.status, 303);
    let same = p.hq.post(&format!("/accounts/{id}/office"), &[("office", &p.hou)]).await;
    assert_eq!(same.status, 422);
    same.assert_contains("already placed in this office");
    let uid = t.user_id("sue@cbp.example").await;
    assert_eq!(p.ada.post(&format!("/admin/staff/{uid}/office"), &[("office", "nope")]).await.status, 422);
    assert_eq!(p.ada.post("/admin/staff/999999/office", &[("office", &p.hou)]).await.status, 404);
    let renamed =
        p.hq.post("/program/offices/rename", &[("office", &p.hou), ("office_name", "Houston Port Office")]).await;
    assert_eq!(renamed.status, 303);
    p.hq.get("/program/offices").await.assert_contains("Houston Port Office");
}

async fn inboxes_hold_the_office_s_conversations_and_hq_filters_them(db: TestDb) {
    let t = spawn(db).await;
    let p = program(&t).await;
    let id = p.id;
    assert_eq!(p.hq.post(&format!("/accounts/{id}/office"), &[("office", &p.lax)]).await.status, 303);
    let ana = t.signed_in("ana@acme.example").await;
    let m =
        ana.post(&format!("/accounts/{id}/messages"), &[("subject", "Seal question"), ("body", "Which seal?")]).await;
    assert_eq!(m.status, 303, "{}", m.body);
    t.signed_in("lou@cbp.example").await.get("/program/messages").await.assert_contains("Seal question");
    assert!(!t.signed_in("sue@cbp.example").await.get("/program/messages").await.body.contains("Seal question"));
    p.hq.get(&format!("/program/messages?office={}", p.lax)).await.assert_contains("Seal question");
    assert!(!p.hq.get(&format!("/program/messages?office={}", p.hou)).await.body.contains("Seal question"));
    // A Supervisor's own scope is not widened by asking for another office.
    let sue = t.signed_in("sue@cbp.example").await;
    assert!(!sue.get(&format!("/program/messages?office={}", p.lax)).await.body.contains("Seal question"));
    assert!(!sue.get(&format!("/program?office={}", p.lax)).await.body.contains("Acme Imports"));
}

async fn a_validation_group_never_reaches_past_the_office(db: TestDb) {
    let t = spawn(db).await;
    let p = program(&t).await;
    let acme = p.id;
    // A second company's account, in Los Angeles, in a group of its own.
    t.partner("bo@bolt.example", PW).await;
    let bo = t.signed_in("bo@bolt.example").await;
    let bolt = apply_as_importer(&bo, "Bolt Freight", "bo@bolt.example").await;
    assert_eq!(p.hq.post(&format!("/accounts/{acme}/office"), &[("office", &p.hou)]).await.status, 303);
    assert_eq!(p.hq.post(&format!("/accounts/{bolt}/office"), &[("office", &p.lax)]).await.status, 303);
    let lou = t.signed_in("lou@cbp.example").await;
    let g = lou.post("/program/groups", &[("name", "Bolt group"), ("account", &bolt.to_string())]).await;
    assert_eq!(g.status, 303, "{}", g.body);
    // Houston's Supervisor neither sees that group nor can reach Bolt as a parent company.
    let sue = t.signed_in("sue@cbp.example").await;
    assert!(!sue.get("/program/groups").await.body.contains("Bolt group"));
    let parent = sue.post(&format!("/accounts/{acme}/parent"), &[("parent", &bolt.to_string())]).await;
    assert_eq!(parent.status, 422);
    assert!(t.audit_actions().await.iter().all(|a| a != "organization.parent_set"));
}

async fn the_permissions_page_says_which_accounts_each_role_reaches(db: TestDb) {
    let t = spawn(db).await;
    let page = Browser::new(&t.base).get("/help/permissions").await;
    page.assert_contains("The accounts placed in their field office")
        .assert_contains("Place accounts in field offices and move them between offices");
}

both_engines! {
    within_office => a_supervisor_sees_and_assigns_only_within_their_office;
    moved => moving_an_account_hands_it_to_the_new_office;
    hq_only => only_hq_moves_accounts_and_only_hq_keeps_offices;
    bad_input => bad_office_input_is_named_on_its_field_and_kept;
    permissions => the_permissions_page_says_which_accounts_each_role_reaches;
    inboxes => inboxes_hold_the_office_s_conversations_and_hq_filters_them;
    groups => a_validation_group_never_reaches_past_the_office;
}
