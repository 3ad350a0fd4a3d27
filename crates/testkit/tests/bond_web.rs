//! Bond data on both engines: partners ask, the SCSS decides, nothing else waits for it; HQ
//! can let partners edit their own bond.

use ctpat_testkit::flows::{PW, act, apply_as_importer, approve_profile};
use ctpat_testkit::{TestApp, TestDb, both_engines};

fn first_request_id(page: &str) -> String {
    page.split("/bond/requests/").nth(1).and_then(|s| s.split('"').next()).expect("a pending request form").to_string()
}

async fn requests_and_policy(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    t.staff("hal@cbp.example", PW, "hq").await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let hal = t.signed_in("hal@cbp.example").await;
    let sam_id =
        ctpat_store::users::find_by_email(t.db.db.conn(), "sam@cbp.example").await.unwrap().unwrap().id.to_string();
    assert_eq!(act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await.status, 303);

    // The partner may only ask.
    let page = ana.get(&format!("/accounts/{id}/bond")).await;
    page.assert_contains("Ask for a bond change").assert_contains("123456789");
    let p =
        ana.post(&format!("/accounts/{id}/bond"), &[("bond_number", "12"), ("bond_type", "continuous_import")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter the bond number as 6 to 20 letters");
    let p = ana
        .post(
            &format!("/accounts/{id}/bond"),
            &[("bond_number", "555666777"), ("bond_type", "continuous_import"), ("bond_surety", "Surety Co")],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some(format!("/accounts/{id}/bond?notice=bond-requested").as_str()));
    ana.get(&format!("/accounts/{id}/bond")).await.assert_contains("Waiting for the SCSS").assert_contains("123456789");

    // A pending request blocks nothing: contacts and lifecycle work go on.
    let p = ana
        .post(
            &format!("/accounts/{id}/contacts"),
            &[("name", "Nat New"), ("email", "nat@acme.example"), ("role", "user")],
        )
        .await;
    assert_eq!(p.status, 303);
    approve_profile(&t, &ana, &sam, id).await;
    assert_eq!(act(&sam, id, "recommend-certification", &[]).await.status, 303);
    assert_eq!(act(&sue, id, "certify", &[]).await.status, 303);

    // The SCSS sees it, must say why when rejecting, then approves a new request.
    sam.get("/program/bond-requests").await.assert_contains("555666777");
    let page = sam.get(&format!("/accounts/{id}/bond")).await;
    let rid = first_request_id(&page.body);
    let p = sam.post(&format!("/accounts/{id}/bond/requests/{rid}"), &[("decision", "no"), ("note", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say why the request is rejected");
    assert_eq!(
        sam.post(
            &format!("/accounts/{id}/bond/requests/{rid}"),
            &[("decision", "no"), ("note", "Surety not on the list")]
        )
        .await
        .status,
        303
    );
    ana.get(&format!("/accounts/{id}/bond"))
        .await
        .assert_contains("Rejected")
        .assert_contains("Surety not on the list");
    ana.post(&format!("/accounts/{id}/bond"), &[("bond_number", "555666888"), ("bond_type", "continuous_import")])
        .await;
    let rid = first_request_id(&sam.get(&format!("/accounts/{id}/bond")).await.body);
    assert_eq!(sam.post(&format!("/accounts/{id}/bond/requests/{rid}"), &[("decision", "yes")]).await.status, 303);
    let page = ana.get(&format!("/accounts/{id}/bond")).await;
    assert!(page.body.contains("<dd>555666888</dd>"), "approved data is the bond now");

    // The SCSS edits directly; a partner cannot decide requests.
    assert_eq!(
        sam.post(&format!("/accounts/{id}/bond"), &[("bond_number", "777888999"), ("bond_type", "continuous_import")])
            .await
            .status,
        303
    );
    assert_eq!(ana.post(&format!("/accounts/{id}/bond/requests/{rid}"), &[("decision", "yes")]).await.status, 403);

    // HQ lets partners edit; an SCSS cannot change policies.
    assert_eq!(sam.get("/program/policies").await.status, 403);
    hal.get("/program/policies").await.assert_contains("Partners may edit their own bond data");
    assert_eq!(hal.post("/program/policies", &[("partners_may_edit_bond", "on")]).await.status, 303);
    ana.get(&format!("/accounts/{id}/bond")).await.assert_contains("Change the bond");
    let p = ana
        .post(&format!("/accounts/{id}/bond"), &[("bond_number", "111222333"), ("bond_type", "continuous_import")])
        .await;
    assert_eq!(p.location.as_deref(), Some(format!("/accounts/{id}/bond?notice=bond-saved").as_str()));

    let actions = t.audit_actions().await;
    for a in ["bond.change_requested", "bond.change_rejected", "bond.change_approved", "bond.changed", "policy.changed"]
    {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}");
    }
}

both_engines! {
    bond => requests_and_policy;
}
