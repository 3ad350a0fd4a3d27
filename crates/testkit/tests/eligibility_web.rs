//! The mandatory data of each entity type through the pages, on both engines: the facts of
//! eligibility a company declares (in the wizard and afterwards), the cargo facilities of the
//! types that handle cargo, and what the compliance report and the SCSS see of them.

use ctpat_testkit::flows::{PW, apply_as_importer, join_as, signed_in_partner, submitted_profile};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

/// A highway-carrier application of `b` filled in up to its identifiers (no declaration).
async fn carrier_draft(b: &Browser, email: &str) -> i64 {
    let p = b.post("/apply", &[("entity_type", "highway_carrier"), ("my_role", "officer")]).await;
    let id: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let base = format!("/accounts/{id}/apply");
    for (path, fields) in [
        (format!("{base}/organization"), vec![("name", "Border Freight"), ("phone", "+1 956 555 0100")]),
        (format!("{base}/addresses"), vec![("hq_line1", "9 Bridge Rd"), ("hq_city", "Laredo"), ("hq_country", "US")]),
        (
            format!("/accounts/{id}/contacts"),
            vec![("name", "Olga Officer"), ("email", email), ("role", "officer"), ("primary", "on")],
        ),
        (
            format!("/accounts/{id}/contacts"),
            vec![("name", "Uma User"), ("email", "uma@border.example"), ("role", "user")],
        ),
        (format!("{base}/contacts"), vec![]),
        (format!("{base}/identifiers"), vec![("id_scac", "BRFT"), ("id_usdot", "1234567")]),
    ] {
        let p = b.post(&path, &fields).await;
        assert_eq!(p.status, 303, "{path}: {}", p.body);
    }
    id
}

async fn a_highway_carrier_declares_that_it_crosses_the_border(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let b = signed_in_partner(&t, "olga@border.example").await;
    let id = carrier_draft(&b, "olga@border.example").await;
    let agreement = b.get(&format!("/accounts/{id}/apply/agreement")).await;
    agreement
        .assert_contains("A declaration that the carrier&#39;s fleet crosses the border")
        .assert_contains(&format!("href=\"/accounts/{id}/apply/identifiers\""));
    assert!(!agreement.body.contains("cargo facility"), "a carrier lists no cargo facility");
    let page = b.get(&format!("/accounts/{id}/apply/identifiers")).await;
    page.assert_contains("Eligibility declarations").assert_contains("Our fleet crosses the border");
    let p = b
        .post(
            &format!("/accounts/{id}/apply/identifiers"),
            &[("id_scac", "BRFT"), ("id_usdot", "1234567"), ("declare_crosses_border", "on")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    b.get(&format!("/accounts/{id}/apply/identifiers"))
        .await
        .assert_contains("name=\"declare_crosses_border\" value=\"on\" checked");
    assert!(!b.get(&format!("/accounts/{id}/apply/agreement")).await.body.contains("crosses the border"));
}

async fn an_importer_lists_a_cargo_facility(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let b = signed_in_partner(&t, "ana@acme.example").await;
    let id = ctpat_testkit::flows::draft_importer(&b, "Acme Imports", "ana@acme.example").await;
    let p = b
        .post(
            &format!("/accounts/{id}/apply/addresses"),
            &[("hq_line1", "1 Harbor Way"), ("hq_city", "Baltimore"), ("hq_country", "US")],
        )
        .await;
    assert_eq!(p.status, 303);
    let agreement = b.get(&format!("/accounts/{id}/apply/agreement")).await;
    agreement
        .assert_contains("At least one cargo facility (list your top three by volume or risk)")
        .assert_contains(&format!("href=\"/accounts/{id}/apply/addresses\""));
}

async fn a_declaration_withdrawn_after_the_application_is_a_gap_the_scss_sees(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let page = ana.get(&format!("/accounts/{id}/declarations")).await;
    page.assert_contains("We imported goods into the United States or Canada in the last 12 months.")
        .assert_contains("Declared by");
    // Withdrawn: the account lacks it, the compliance report and the SCSS see it.
    let p = ana.post(&format!("/accounts/{id}/declarations"), &[]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    ana.get(&format!("/accounts/{id}/declarations")).await.assert_contains("Not declared");
    let account = sam.get(&format!("/accounts/{id}")).await;
    account
        .assert_contains("A declaration that the company imported in the last 12 months")
        .assert_contains("Eligibility declarations changed");
    let sue = t.signed_in("sue@cbp.example").await;
    sue.get("/program/compliance?missing=declaration_imported_last_12_months").await.assert_contains("Acme Imports");
    // Declared again: the gap closes.
    let p = ana.post(&format!("/accounts/{id}/declarations"), &[("declare_imported_last_12_months", "on")]).await;
    assert_eq!(p.status, 303);
    let report = sue.get("/program/compliance?missing=declaration_imported_last_12_months").await;
    assert!(!report.body.contains("Acme Imports"), "{}", report.body);
    assert!(t.audit_actions().await.iter().any(|a| a == "account.declarations_changed"));
}

async fn only_the_company_s_officers_and_admins_change_its_declarations(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = signed_in_partner(&t, "ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let path = format!("/accounts/{id}/declarations");
    let uma = join_as(&t, &ana, id, "Uma User", "uma.user@acme.example", "user").await;
    assert_eq!(uma.get(&path).await.status, 200, "a user reads");
    assert!(!uma.get(&path).await.body.contains("Save the declarations"));
    assert_eq!(uma.post(&path, &[]).await.status, 403);
    let eve = signed_in_partner(&t, "eve@other.example").await;
    assert_eq!(eve.get(&path).await.status, 404);
    assert_eq!(eve.post(&path, &[]).await.status, 404);
    let admin = join_as(&t, &ana, id, "Adam Admin", "adam@acme.example", "admin").await;
    assert_eq!(admin.post(&path, &[("declare_imported_last_12_months", "on")]).await.status, 303);
    let staff = t.signed_in("sam@cbp.example").await;
    assert_eq!(staff.post(&path, &[]).await.status, 404, "not assigned: not found");
    // A declaration another entity type makes is not kept for an importer.
    assert_eq!(ana.post(&path, &[("declare_crosses_border", "on")]).await.status, 303);
    let page = ana.get(&path).await;
    assert!(!page.body.contains("Our fleet crosses the border"), "{}", page.body);
}

both_engines! {
    carrier_declares => a_highway_carrier_declares_that_it_crosses_the_border;
    cargo_facility => an_importer_lists_a_cargo_facility;
    withdrawn_declaration => a_declaration_withdrawn_after_the_application_is_a_gap_the_scss_sees;
    who_declares => only_the_company_s_officers_and_admins_change_its_declarations;
}
