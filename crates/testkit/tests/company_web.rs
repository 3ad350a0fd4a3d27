//! Company data after the application through the pages, on both engines: a change of the
//! organization's data, its addresses or its identifiers is requested, checked as the wizard
//! checks it, applied only when the SCSS approves, with the old and new values in the history.

use ctpat_testkit::flows::{PW, join_as, submitted_profile};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

async fn a_change_is_applied_only_when_the_scss_approves(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let dash = ana.get(&format!("/accounts/{id}")).await;
    let page = ana.get(&dash.link("Company data and change requests")).await;
    page.assert_contains("Acme Imports").assert_contains("value=\"Acme Imports\"");
    let p = ana
        .post(
            &format!("/accounts/{id}/company/organization"),
            &[("name", "Acme Imports International"), ("phone", "+1 202 555 0199")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let page = ana.get(&format!("/accounts/{id}/company")).await;
    page.assert_contains("Acme Imports International").assert_contains("tag tag--warn\">Waiting for the SCSS");
    assert!(ana.get(&format!("/accounts/{id}")).await.body.contains("<title>"), "the account works meanwhile");
    sam.get("/notifications").await.assert_contains("asks to change the organization");
    let page = sam.get(&format!("/accounts/{id}/company")).await;
    let cid = page.body.split("id=\"change-").nth(1).unwrap().split('"').next().unwrap().to_string();
    let p = sam.post(&format!("/accounts/{id}/company/requests/{cid}"), &[("decision", "yes")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Acme Imports International");
    ana.get("/notifications").await.assert_contains("the change of the organization");
    let history = sam.get(&format!("/accounts/{id}")).await;
    history.assert_contains("Change of company data approved");
    let p = sam.post(&format!("/accounts/{id}/company/requests/{cid}"), &[("decision", "yes")]).await;
    assert_ne!(p.status, 303, "decided once");
}

async fn bad_data_is_refused_on_its_field_and_kept(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, id) = submitted_profile(&t).await;
    let p = ana.post(&format!("/accounts/{id}/company/identifiers"), &[("id_ior", "12345")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter the IOR number as NN-NNNNNNNXX").assert_contains("value=\"12345\"");
    let p = ana
        .post(
            &format!("/accounts/{id}/company/addresses"),
            &[("hq_line1", "2 Dock Street"), ("hq_city", "Norfolk"), ("hq_country", "XX")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter a two-letter ISO country code").assert_contains("value=\"2 Dock Street\"");
    let p = ana.post(&format!("/accounts/{id}/company/organization"), &[("name", "")]).await;
    assert_eq!(p.status, 422);
    assert_eq!(ana.post(&format!("/accounts/{id}/company/colour"), &[]).await.status, 404);
}

async fn a_rejection_says_why_and_changes_nothing(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let p = ana
        .post(
            &format!("/accounts/{id}/company/addresses"),
            &[
                ("hq_line1", "2 Dock Street"),
                ("hq_city", "Norfolk"),
                ("hq_country", "US"),
                ("a1_kind", "cargo_facility"),
                ("a1_line1", "Pier 12"),
                ("a1_city", "Norfolk"),
                ("a1_country", "US"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let page = sam.get(&format!("/accounts/{id}/company")).await;
    let cid = page.body.split("id=\"change-").nth(1).unwrap().split('"').next().unwrap().to_string();
    let p = sam.post(&format!("/accounts/{id}/company/requests/{cid}"), &[("decision", "no")]).await;
    assert_eq!(p.status, 422, "a rejection needs a note");
    let p = sam
        .post(
            &format!("/accounts/{id}/company/requests/{cid}"),
            &[("decision", "no"), ("note", "Send the lease first.")],
        )
        .await;
    assert_eq!(p.status, 303);
    let page = ana.get(&format!("/accounts/{id}/company")).await;
    page.assert_contains("Send the lease first.").assert_contains("1 Harbor Way");
    assert!(t.audit_actions().await.iter().any(|a| a == "company.change_rejected"));
}

async fn only_the_companys_officers_and_admins_ask_and_only_its_staff_decide(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _sam, id) = submitted_profile(&t).await;
    let path = format!("/accounts/{id}/company/organization");
    let uma = join_as(&t, &ana, id, "Uma User", "uma.user@acme.example", "user").await;
    assert_eq!(uma.post(&path, &[("name", "Uma's Company")]).await.status, 403);
    t.partner("eve@other.example", PW).await;
    let eve = t.signed_in("eve@other.example").await;
    assert_eq!(eve.post(&path, &[("name", "Eve's Company")]).await.status, 404);
    assert_eq!(eve.get(&format!("/accounts/{id}/company")).await.status, 404);
    assert_eq!(ana.post(&path, &[("name", "Acme Two")]).await.status, 303);
    let page = ana.get(&format!("/accounts/{id}/company")).await;
    let cid = page.body.split("id=\"change-").nth(1).unwrap().split('"').next().unwrap().to_string();
    let decide = format!("/accounts/{id}/company/requests/{cid}");
    assert_eq!(ana.post(&decide, &[("decision", "yes")]).await.status, 403, "the company does not approve itself");
    t.staff("stan@cbp.example", PW, "scss").await;
    let stan = t.signed_in("stan@cbp.example").await;
    assert_eq!(stan.post(&decide, &[("decision", "yes")]).await.status, 404, "not the account's SCSS");
    assert_eq!(ana.post_without_csrf(&path, &[("name", "No token")]).await.status, 403);
}

both_engines! {
    approved => a_change_is_applied_only_when_the_scss_approves;
    refused => bad_data_is_refused_on_its_field_and_kept;
    rejected => a_rejection_says_why_and_changes_nothing;
    who => only_the_companys_officers_and_admins_ask_and_only_its_staff_decide;
}
