//! Applying for a partner account through the pages, on both engines; tenant isolation; the
//! staff's "same screens" view; contacts, invitations and the last-Officer rule.

use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

use ctpat_testkit::flows::PW;

trait InviteId {
    fn strip_suffix_opt(&self, suffix: &str) -> Option<i64>;
}

impl InviteId for str {
    /// `12/invite" …` → 12
    fn strip_suffix_opt(&self, suffix: &str) -> Option<i64> {
        let (id, rest) = self.split_once('/')?;
        rest.starts_with(&suffix[1..]).then(|| id.parse().ok()).flatten()
    }
}

fn account_id(location: &str) -> i64 {
    location.trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap()
}

async fn apply_as_importer(_t: &TestApp, b: &Browser, org: &str) -> i64 {
    let email = format!("officer@{}.example", org.to_lowercase().replace(' ', ""));
    ctpat_testkit::flows::apply_as_importer(b, org, &email).await
}

async fn wizard_end_to_end(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    let b = t.browser();
    b.login("ana@acme.example", PW).await;
    b.get("/").await.assert_contains("Your company accounts").assert_contains("Apply for a new account");
    b.get("/apply").await.assert_contains("Customs broker").assert_contains("Third-party logistics provider (3PL)");

    let p = b.post("/apply", &[("entity_type", "spaceport"), ("my_role", "officer")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose one of the options.");
    let p = b.post("/apply", &[("entity_type", "importer"), ("my_role", "officer")]).await;
    let id = account_id(p.location.as_deref().unwrap());
    let base = format!("/accounts/{id}/apply");

    // A step with errors keeps everything typed and names each field's rule.
    let p = b
        .post(
            &format!("{base}/organization"),
            &[("name", ""), ("phone", "12"), ("year_founded", "3000"), ("dba", "Acme Trading")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter this information; it is required.")
        .assert_contains("Enter a phone number of 7 to 15 digits")
        .assert_contains("Enter a whole number from 1600 to")
        .assert_contains("value=\"Acme Trading\"");
    let p = b.post(&format!("{base}/organization"), &[("name", "Acme Imports"), ("dba", "Acme Trading")]).await;
    assert_eq!(p.status, 303);

    // Leave and resume: the dashboard says what is still needed and where to continue.
    let dash = b.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("Application in progress")
        .assert_contains("Continue the application")
        .assert_contains(&format!("{base}/addresses"));
    b.get(&format!("{base}/organization")).await.assert_contains("value=\"Acme Imports\"");

    let p = b
        .post(
            &format!("{base}/addresses"),
            &[("hq_line1", "1 Harbor Way"), ("hq_city", "Baltimore"), ("hq_country", "XX")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter a two-letter ISO country code").assert_contains("value=\"1 Harbor Way\"");
    let p = b
        .post(
            &format!("{base}/addresses"),
            &[
                ("hq_line1", "1 Harbor Way"),
                ("hq_city", "Baltimore"),
                ("hq_country", "us"),
                ("a1_kind", "cargo_facility"),
                ("a1_line1", "Pier 9"),
                ("a1_city", "Baltimore"),
                ("a1_country", "us"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);

    let p = b.post(&format!("{base}/contacts"), &[]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Add at least 2 contacts.");
    let p = b
        .post(
            &format!("/accounts/{id}/contacts"),
            &[("name", "Carl Consultant"), ("email", "carl@example.com"), ("role", "consultant"), ("primary", "on")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("The primary contact must have the Officer role.").assert_contains("value=\"carl@example.com\"");
    b.post(
        &format!("/accounts/{id}/contacts"),
        &[("name", "Ana Officer"), ("email", "ana@acme.example"), ("role", "officer"), ("primary", "on")],
    )
    .await;
    let p = b
        .post(
            &format!("/accounts/{id}/contacts"),
            &[("name", "Ana Again"), ("email", "ANA@acme.example"), ("role", "user")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Another contact of this account already has this e-mail address.");
    b.post(
        &format!("/accounts/{id}/contacts"),
        &[("name", "Carl Consultant"), ("email", "carl@example.com"), ("role", "consultant")],
    )
    .await;
    let page = b.get(&format!("/accounts/{id}/contacts")).await;
    page.assert_contains("tag tag--warn\">Consultant");
    assert_eq!(b.post(&format!("{base}/contacts"), &[]).await.status, 303);

    let p = b.post(&format!("{base}/identifiers"), &[("id_ior", "12345"), ("bond_number", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter the IOR number as NN-NNNNNNNXX").assert_contains("value=\"12345\"");
    let p = b
        .post(
            &format!("{base}/identifiers"),
            &[
                ("id_ior", "12-345678900"),
                ("bond_number", "123456789"),
                ("bond_type", "continuous_import"),
                ("declare_imported_last_12_months", "on"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);

    // Signing submits the Security Profile too: until every required criterion is answered,
    // the agreement says so, links to the profile, and refuses the signature.
    let page = b.get(&format!("{base}/agreement")).await;
    page.assert_contains("still needed before the profile can be submitted with the application")
        .assert_contains(&format!("href=\"/accounts/{id}/profile\""));
    let p = b.post(&format!("{base}/agreement"), &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The application is not complete");
    let p = b.post(&format!("/accounts/{id}/profile/submit"), &[("confirm", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422, "a draft's profile is submitted by the agreement, not on its own");
    p.assert_contains("sign the Partner Agreement to submit both");
    ctpat_testkit::flows::answer_profile(&b, id).await;
    b.get(&format!("/accounts/{id}/profile")).await.assert_contains("Go to the Partner Agreement");

    let p = b.post(&format!("{base}/agreement"), &[("password", PW)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Confirm that you agree to the Partner Agreement.");
    let p = b.post(&format!("{base}/agreement"), &[("agree", "on"), ("password", "not my password at all")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The password is not correct.");
    let p = b.post(&format!("{base}/agreement"), &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.location.as_deref(), Some(format!("/accounts/{id}?notice=application-submitted").as_str()));

    let dash = b.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("Applicant")
        .assert_contains("<code>SVI-")
        .assert_contains("Certification decision target (90 days)")
        .assert_contains("90 days left")
        .assert_contains("Application submitted")
        .assert_contains("Acme Imports");
    assert!(t.emails_to("ana@acme.example").await.iter().any(|m| m.subject.contains("application was received")));
    // The submitted application can no longer be edited through the wizard.
    let p = b.post(&format!("{base}/organization"), &[("name", "Other")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("This application has been submitted");
    let actions = t.audit_actions().await;
    assert!(actions.iter().any(|a| a == "account.application_submitted"));
    assert!(actions.iter().any(|a| a == "profile.submitted"), "the profile went with the application");
    b.get(&format!("/accounts/{id}/profile/versions")).await.assert_contains("Submission");
}

async fn tenants_and_same_screens(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.partner("eve@other.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.browser();
    ana.login("ana@acme.example", PW).await;
    let id = apply_as_importer(&t, &ana, "Acme Imports").await;

    let eve = t.browser();
    eve.login("eve@other.example", PW).await;
    for path in
        [format!("/accounts/{id}"), format!("/accounts/{id}/contacts"), format!("/accounts/{id}/apply/organization")]
    {
        assert_eq!(eve.get(&path).await.status, 404, "{path} is another tenant's");
    }
    let p = eve
        .post(
            &format!("/accounts/{id}/contacts"),
            &[("name", "Mallory"), ("email", "m@evil.example"), ("role", "officer")],
        )
        .await;
    assert_eq!(p.status, 404);

    // A supervisor opens the partner's own page, read-only, under a banner; it is audited.
    let sue = t.browser();
    sue.login("sue@cbp.example", PW).await;
    let partner_view = ana.get(&format!("/accounts/{id}")).await;
    let staff_view = sue.get(&format!("/accounts/{id}")).await;
    assert_eq!(staff_view.status, 200);
    staff_view.assert_contains("Viewing as Test sue (program staff)");
    for shared in [
        "Acme Imports",
        "Applicant",
        "Certification decision target (90 days)",
        "Not assigned yet",
        "Application submitted",
    ] {
        partner_view.assert_contains(shared);
        staff_view.assert_contains(shared);
    }
    assert!(!partner_view.body.contains("program staff)"));
    let contacts = sue.get(&format!("/accounts/{id}/contacts")).await;
    contacts.assert_contains("Olga Officer");
    assert!(!contacts.body.contains("Add a contact"), "staff see the contacts read-only");
    assert_eq!(
        sue.post(&format!("/accounts/{id}/contacts"), &[("name", "X"), ("email", "x@x.example")]).await.status,
        403
    );
    assert!(t.audit_actions().await.iter().any(|a| a == "account.viewed_by_staff"));

    // An SCSS sees only assigned accounts.
    let sam = t.browser();
    sam.login("sam@cbp.example", PW).await;
    assert_eq!(sam.get(&format!("/accounts/{id}")).await.status, 404);
}

async fn invitations_and_last_officer(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.browser();
    ana.login("ana@acme.example", PW).await;
    let id = apply_as_importer(&t, &ana, "Acme Imports").await;
    let contacts = ana.get(&format!("/accounts/{id}/contacts")).await;
    let row = contacts.body.split("<tr>").find(|r| r.contains("uma@example.com")).expect("Uma's row");
    let uma: i64 =
        row.split("/contacts/").skip(1).find_map(|s| s.strip_suffix_opt("/invite")).expect("Uma can be invited");
    assert_eq!(ana.post(&format!("/accounts/{id}/contacts/{uma}/invite"), &[]).await.status, 303);
    let link = t.link_in_email("uma@example.com", "/join?token=").await;

    let u = t.browser();
    u.get(&link).await.assert_contains("Sign in (or create your account)");
    t.partner("uma@example.com", PW).await;
    u.login("uma@example.com", PW).await;
    u.get(&link).await.assert_contains("Accept the invitation");
    let token = link.split("token=").nth(1).unwrap();
    let p = u.post("/join", &[("token", token)]).await;
    assert_eq!(p.location.as_deref(), Some(format!("/accounts/{id}?notice=joined").as_str()));
    assert_eq!(u.post("/join", &[("token", token)]).await.status, 400, "single use");
    u.get("/").await.assert_contains("Acme Imports");
    u.get(&format!("/accounts/{id}")).await.assert_contains("your role: User");
    // A User cannot manage contacts.
    assert_eq!(
        u.post(&format!("/accounts/{id}/contacts"), &[("name", "X"), ("email", "x@x.example")]).await.status,
        403
    );

    // The last Officer cannot be removed or demoted.
    let page = ana.get(&format!("/accounts/{id}/contacts")).await;
    let ana_member: i64 =
        page.body.split("/members/").skip(1).filter_map(|s| s.split('/').next()?.parse().ok()).next().unwrap();
    let p = ana.post(&format!("/accounts/{id}/members/{ana_member}/remove"), &[]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("This is the account&#39;s last Officer");
    let p = ana.post(&format!("/accounts/{id}/members/{ana_member}/role"), &[("role", "admin")]).await;
    assert_eq!(p.status, 422);
    assert!(t.audit_actions().await.iter().any(|a| a == "account.user_joined"));
}

both_engines! {
    wizard => wizard_end_to_end;
    tenants => tenants_and_same_screens;
    invitations => invitations_and_last_officer;
}

/// Signing re-authenticates with TOTP when enrolled; a Consultant never signs; contact
/// e-mails are edited in place; invitations expire; the switcher moves between accounts.
async fn signing_contacts_and_switching(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("cora@consult.example", PW).await;
    t.partner("ana@acme.example", PW).await;

    // An account Admin prepares everything but cannot sign; only Officers sign.
    let cora = t.browser();
    cora.login("cora@consult.example", PW).await;
    let p = cora.post("/apply", &[("entity_type", "sea_carrier"), ("my_role", "consultant")]).await;
    assert_eq!(p.status, 422, "consultants join by invitation, they do not apply");
    let p = cora.post("/apply", &[("entity_type", "sea_carrier"), ("my_role", "admin")]).await;
    let id: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let base = format!("/accounts/{id}/apply");
    cora.post(&format!("{base}/organization"), &[("name", "Harbor Lines")]).await;
    cora.post(&format!("{base}/addresses"), &[("hq_line1", "2 Dock St"), ("hq_city", "Norfolk"), ("hq_country", "US")])
        .await;
    cora.post(
        &format!("/accounts/{id}/contacts"),
        &[("name", "Ana"), ("email", "ana@acme.example"), ("role", "officer"), ("primary", "on")],
    )
    .await;
    cora.post(
        &format!("/accounts/{id}/contacts"),
        &[("name", "Cora"), ("email", "cora@consult.example"), ("role", "consultant")],
    )
    .await;
    assert_eq!(cora.post(&format!("{base}/contacts"), &[]).await.status, 303);
    cora.post(
        &format!("{base}/identifiers"),
        &[
            ("id_scac", "HRBL"),
            ("bond_number", "987654321"),
            ("bond_type", "international_carrier"),
            ("declare_isps_mtsa_compliant", "on"),
        ],
    )
    .await;
    let page = cora.get(&format!("{base}/agreement")).await;
    page.assert_contains("Only an Officer of the company can sign");
    assert!(!page.body.contains("Sign and submit the application"));
    let p = cora.post(&format!("{base}/agreement"), &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Only an Officer of the company can sign");

    // The contact's e-mail is changed in place (same contact, new address).
    let contacts = cora.get(&format!("/accounts/{id}/contacts")).await;
    let row = contacts.body.split("<tr>").find(|r| r.contains("ana@acme.example")).unwrap();
    let cid: i64 = row.split("/contacts/").nth(1).and_then(|s| s.split('/').next()).unwrap().parse().unwrap();
    let p = cora
        .post(
            &format!("/accounts/{id}/contacts/{cid}"),
            &[("name", "Ana"), ("email", "ana.officer@acme.example"), ("role", "officer"), ("primary", "on")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let after = cora.get(&format!("/accounts/{id}/contacts")).await;
    after.assert_contains("ana.officer@acme.example").assert_contains(&format!("/contacts/{cid}/edit"));
    assert!(t.audit_actions().await.iter().any(|a| a == "contact.updated"));

    // An invitation link expires.
    assert_eq!(cora.post(&format!("/accounts/{id}/contacts/{cid}/invite"), &[]).await.status, 303);
    let link = t.link_in_email("ana.officer@acme.example", "/join?token=").await;
    t.clock.advance(chrono::Duration::days(15));
    assert_eq!(t.browser().get(&link).await.status, 400, "expired after 14 days");
    let cora = t.browser();
    cora.login("cora@consult.example", PW).await;
    cora.post(&format!("/accounts/{id}/contacts/{cid}/invite"), &[]).await;
    let link = t.link_in_email("ana.officer@acme.example", "/join?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_string();

    // Ana joins as Officer with her own login; she has TOTP, so she signs with a code.
    let ana = t.browser();
    ana.login("ana@acme.example", PW).await;
    // Her login e-mail differs from the invited address: the invitation says so.
    let p = ana.post("/join", &[("token", &token)]).await;
    assert_eq!(p.status, 400);
    p.assert_contains("This invitation was sent to ana.officer@acme.example");
    t.partner("ana.officer@acme.example", PW).await;
    let ana = t.browser();
    ana.login("ana.officer@acme.example", PW).await;
    assert_eq!(ana.post("/join", &[("token", &token)]).await.status, 303);
    let second = ctpat_testkit::flows::apply_as_importer(&ana, "Acme Imports", "ana.officer@acme.example").await;
    t.enrol_mfa(&ana, "ana.officer@acme.example", PW).await;
    ctpat_testkit::flows::answer_profile(&ana, id).await;
    let page = ana.get(&format!("{base}/agreement")).await;
    page.assert_contains("Verification code");
    let p = ana.post(&format!("{base}/agreement"), &[("agree", "on"), ("code", "000000")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The code is not correct");
    t.clock.advance(chrono::Duration::seconds(31));
    let code = t.totp_now("ana.officer@acme.example").await;
    let p = ana.post(&format!("{base}/agreement"), &[("agree", "on"), ("code", &code)]).await;
    assert_eq!(p.status, 303, "{}", p.body);

    // With two accounts, the switcher moves between them.
    let dash = ana.get(&format!("/accounts/{second}")).await;
    dash.assert_contains("Switch to another account").assert_contains("Harbor Lines — Sea carrier");
    let p = ana.get(&format!("/accounts/switch?to={id}")).await;
    assert_eq!(p.location.as_deref(), Some(format!("/accounts/{id}").as_str()));
}

both_engines! {
    signing => signing_contacts_and_switching;
}
