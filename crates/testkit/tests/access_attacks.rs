//! Attacks on who may do what, each performed against the real portal on both engines: role
//! escalation inside a company, redirects off the site, listing the SVI directory, probing
//! other companies unseen, and membership outside one's company.

use ctpat_testkit::flows::{PW, join_as, officer_with_account, row_id, signed_in_partner};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn an_account_admin_cannot_make_itself_or_anyone_officer(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, id) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let bea = join_as(&t, &ana, id, "Bea Admin", "bea@acme.example", "admin").await;
    let uma = join_as(&t, &ana, id, "Uma Worker", "uma.w@acme.example", "user").await;
    drop(uma);
    let page = ana.get(&format!("/accounts/{id}/contacts")).await;
    let (ana_m, bea_m, uma_m) = (
        row_id(&page.body, "ana@acme.example", "members"),
        row_id(&page.body, "bea@acme.example", "members"),
        row_id(&page.body, "uma.w@acme.example", "members"),
    );

    let p = bea.post(&format!("/accounts/{id}/members/{bea_m}/role"), &[("role", "officer")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("You cannot change your own role");
    for (path, fields) in [
        (format!("/accounts/{id}/members/{uma_m}/role"), vec![("role", "officer")]),
        (format!("/accounts/{id}/members/{ana_m}/role"), vec![("role", "user")]),
        (format!("/accounts/{id}/members/{ana_m}/remove"), vec![]),
    ] {
        let p = bea.post(&path, &fields).await;
        assert_eq!(p.status, 422, "{path}");
        p.assert_contains("Only an Officer of the account can give or take away the Officer role");
    }
    // Nor through a contact, whose role is the one its invitation gives.
    let p = bea
        .post(
            &format!("/accounts/{id}/contacts"),
            &[("name", "Bea Alt"), ("email", "bea2@elsewhere.example"), ("role", "officer")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Only an Officer of the account can give or take away the Officer role");
    // Nor by inviting an Officer contact the Officer added.
    let p = ana
        .post(
            &format!("/accounts/{id}/contacts"),
            &[("name", "Otto Officer"), ("email", "otto@acme.example"), ("role", "officer")],
        )
        .await;
    assert_eq!(p.status, 303);
    let contacts = bea.get(&format!("/accounts/{id}/contacts")).await;
    let otto = row_id(&contacts.body, "otto@acme.example", "contacts");
    assert!(!contacts.body.contains(&format!("/contacts/{otto}/invite")), "no invite button the Admin cannot use");
    let p = bea.post(&format!("/accounts/{id}/contacts/{otto}/invite"), &[]).await;
    assert_eq!(p.status, 422);
    assert!(t.emails_to("otto@acme.example").await.is_empty(), "no invitation sent");
    bea.get(&format!("/accounts/{id}")).await.assert_contains("your role: Account admin");
    ana.get(&format!("/accounts/{id}")).await.assert_contains("your role: Officer");
    // The page offers the Admin no Officer option and no form on the Officer's row.
    let page = bea.get(&format!("/accounts/{id}/contacts")).await;
    let uma_select =
        page.body.split(&format!("id=\"role-{uma_m}\"")).nth(1).unwrap().split("</select>").next().unwrap();
    assert!(!uma_select.contains("value=\"officer\""), "no Officer option for an Admin: {uma_select}");
    assert!(!page.body.contains(&format!("/members/{ana_m}/role")));

    // The Officer gives the role, confirming with the password.
    let p = ana.post(&format!("/accounts/{id}/members/{uma_m}/role"), &[("role", "officer")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("To give or take away the Officer role, enter your password");
    let p = ana
        .post(&format!("/accounts/{id}/members/{uma_m}/role"), &[("role", "officer"), ("reauth", "not my password")])
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("The password is not correct");
    let p = ana.post(&format!("/accounts/{id}/members/{uma_m}/role"), &[("role", "officer"), ("reauth", PW)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let changed = t.audit_reasons("reauth.failed").await;
    assert_eq!(changed, vec!["wrong_password"], "the wrong confirmation counts and is audited");
}

async fn sign_in_never_sends_the_browser_to_another_site(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("kim@example.com", PW).await;
    for next in ["/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example", "/\n/evil.example"] {
        let b = t.browser();
        let p = b.post("/login", &[("email", "kim@example.com"), ("password", PW), ("next", next)]).await;
        assert_eq!(p.status, 303);
        assert_eq!(p.location.as_deref(), Some("/"), "{next:?}");
    }
    // The form carries a bad `next` as `/` too.
    let page = t.browser().get("/login?next=/%09/evil.example").await;
    assert!(!page.body.contains("evil.example"), "the bad target is dropped from the form");
    let b = t.browser();
    let p = b.post("/login", &[("email", "kim@example.com"), ("password", PW), ("next", "/account")]).await;
    assert_eq!(p.location.as_deref(), Some("/account"), "a local path is followed");
}

async fn only_svi_participants_search_the_directory_and_not_without_end(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.svi_searches_per_hour = 1;
        s.svi_search_burst = 5;
    })
    .await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    // A fresh sign-up with only a draft finds nobody.
    let eve = signed_in_partner(&t, "eve@example.com").await;
    let p = eve.post("/apply", &[("entity_type", "importer"), ("my_role", "officer")]).await;
    let draft: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let page = eve.get(&format!("/accounts/{draft}/svi?q=acm")).await;
    assert!(!page.body.contains("Acme Imports"), "a draft lists nobody");
    // A User of a participating account (no ManageSvi) neither.
    let uma = join_as(&t, &ana, acme, "Uma Worker", "uma.w@acme.example", "user").await;
    let page = uma.get(&format!("/accounts/{acme}/svi?q=acm")).await;
    assert!(!page.body.contains("SVI-"), "a User does not search: {}", page.status);
    // The Officer of a participating account searches, a few times.
    let (bob, bolt) = officer_with_account(&t, "bob@bolt.example", "Bolt Freight").await;
    // Wildcards are not letters: "%%%" or "___" would list everyone.
    for q in ["%25%25%25", "___", "a__"] {
        let page = bob.get(&format!("/accounts/{bolt}/svi?q={q}")).await;
        page.assert_contains("Enter at least 3 characters");
        assert!(!page.body.contains("Acme Imports"), "{q}");
    }
    for _ in 0..2 {
        bob.get(&format!("/accounts/{bolt}/svi?q=acm")).await.assert_contains("Acme Imports");
    }
    let page = bob.get(&format!("/accounts/{bolt}/svi?q=acm")).await;
    page.assert_contains("You have searched many times");
    assert!(!page.body.contains("Acme Imports"));
}

async fn a_probe_of_another_companys_account_is_audited_with_where_it_came_from(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let eve = signed_in_partner(&t, "eve@example.com").await;
    let res = eve
        .client
        .get(format!("{}/accounts/{acme}/contacts", t.base))
        .header("user-agent", "ProbeBot/1.0")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    // A User of the account tries what the role does not allow.
    let uma = join_as(&t, &ana, acme, "Uma Worker", "uma.w@acme.example", "user").await;
    let p = uma.post(&format!("/accounts/{acme}/contacts"), &[("name", "X"), ("email", "x@x.example")]).await;
    assert_eq!(p.status, 403);

    let events = ctpat_store::audit::recent(t.db.db.conn(), None, None, 1000).await.unwrap();
    let denied: Vec<_> = events.iter().filter(|e| e.action == "access.denied").collect();
    let probe = denied
        .iter()
        .find(|e| e.object_id.as_deref() == Some(&format!("GET /accounts/{acme}/contacts")))
        .expect("the probe is in the audit trail");
    assert_eq!(probe.actor.as_deref(), Some("eve@example.com"));
    assert!(probe.after.as_deref().unwrap().contains("not_found"));
    assert_eq!(probe.ip.as_deref(), Some("127.0.0.1"));
    assert_eq!(probe.user_agent.as_deref(), Some("ProbeBot/1.0"));
    let forbidden = denied
        .iter()
        .find(|e| e.object_id.as_deref() == Some(&format!("POST /accounts/{acme}/contacts")))
        .expect("the forbidden action is in the audit trail");
    assert!(forbidden.after.as_deref().unwrap().contains("forbidden"));
    // An anonymous form refused by the CSRF check says where it came from too.
    let anon = t.browser();
    assert_eq!(anon.post_without_csrf("/password/forgot", &[("email", "x@example.com")]).await.status, 403);
    let events = ctpat_store::audit::recent(t.db.db.conn(), None, None, 1000).await.unwrap();
    let csrf = events
        .iter()
        .find(|e| e.action == "access.denied" && e.object_id.as_deref() == Some("POST /password/forgot"))
        .expect("the refusal is audited");
    assert_eq!(csrf.ip.as_deref(), Some("127.0.0.1"));
    let login = events.iter().find(|e| e.action == "login.ok").unwrap();
    assert_eq!(login.ip.as_deref(), Some("127.0.0.1"), "every event of a request says where it came from");
    assert!(
        matches!(
            ctpat_store::audit::verify(t.db.db.conn()).await.unwrap(),
            ctpat_store::audit::Verification::Verified { .. }
        ),
        "the chain still verifies"
    );
}

async fn membership_is_tied_to_the_company(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let org = t.db.scalar_i64(&format!("SELECT organization_id FROM partner_account WHERE id = {acme}")).await;

    // A User of Acme starts a draft and tries to file it under Acme.
    let uma = join_as(&t, &ana, acme, "Uma Worker", "uma.w@acme.example", "user").await;
    let p = uma.post("/apply", &[("entity_type", "highway_carrier"), ("my_role", "officer")]).await;
    let draft: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let form = uma.get(&format!("/accounts/{draft}/apply/organization")).await;
    assert!(!form.body.contains("Acme Imports"), "Acme is not offered to a User");
    let p = uma.post(&format!("/accounts/{draft}/apply/organization"), &[("existing", &org.to_string())]).await;
    assert_eq!(p.status, 422);
    assert_eq!(
        t.db.scalar_i64(&format!("SELECT COUNT(*) FROM partner_account WHERE organization_id = {org}")).await,
        1,
        "no second account under Acme"
    );

    // An SCSS invited as a contact cannot join.
    t.staff("sam@cbp.example", PW, "scss").await;
    let p = ana
        .post(
            &format!("/accounts/{acme}/contacts"),
            &[("name", "Sam"), ("email", "sam@cbp.example"), ("role", "admin")],
        )
        .await;
    assert_eq!(p.status, 303);
    let page = ana.get(&format!("/accounts/{acme}/contacts")).await;
    let cid = row_id(&page.body, "sam@cbp.example", "contacts");
    assert_eq!(ana.post(&format!("/accounts/{acme}/contacts/{cid}/invite"), &[]).await.status, 303);
    let link = t.link_in_email("sam@cbp.example", "/join?token=").await;
    let sam = t.browser();
    sam.login("sam@cbp.example", PW).await;
    let p = sam.post("/join", &[("token", link.split("token=").nth(1).unwrap())]).await;
    assert!(p.status >= 400, "{}", p.status);
    p.assert_contains("Program staff cannot join");
    assert_eq!(
        t.db.scalar_i64(
            "SELECT COUNT(*) FROM account_member m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'sam@cbp.example'"
        )
        .await,
        0
    );
}

async fn an_account_admin_cannot_take_over_the_contacts_that_speak_for_the_company(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, id) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let bea = join_as(&t, &ana, id, "Bea Admin", "bea@acme.example", "admin").await;
    let page = bea.get(&format!("/accounts/{id}/contacts")).await;
    let olga = row_id(&page.body, "ana@acme.example", "contacts");
    let uma = row_id(&page.body, "uma@example.com", "contacts");
    let edit = |cid: i64, email: &'static str, role: &'static str, primary: bool| {
        let mut f = vec![("name", "Someone"), ("email", email), ("role", role)];
        if primary {
            f.push(("primary", "on"));
        }
        (format!("/accounts/{id}/contacts/{cid}"), f)
    };
    // The Officer's address redirected, or another contact made the primary Officer contact.
    for (path, fields) in [
        edit(olga, "olga.redirect@evil.example", "officer", true),
        edit(uma, "bea.alias@evil.example", "officer", true),
    ] {
        let p = bea.post(&path, &fields).await;
        assert_eq!(p.status, 422, "{path}");
        p.assert_contains("Only an Officer of the account can give or take away the Officer role");
    }
    assert_eq!(bea.post(&format!("/accounts/{id}/contacts/{olga}/remove"), &[]).await.status, 422);
    // Her phone the Admin may still correct.
    let p = bea
        .post(
            &format!("/accounts/{id}/contacts/{olga}"),
            &[
                ("name", "Olga Officer"),
                ("email", "ana@acme.example"),
                ("role", "officer"),
                ("primary", "on"),
                ("phone", "+1 202 555 0199"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
}

async fn a_removed_person_leaves_nothing_behind_to_come_back_with(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.webhooks_allow_loopback_http = true).await;
    let (ana, id) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let bea = join_as(&t, &ana, id, "Bea Admin", "bea@acme.example", "admin").await;
    // Before being removed, the Admin invites an alias and makes a token and a webhook.
    let p = bea
        .post(
            &format!("/accounts/{id}/contacts"),
            &[("name", "Bea Alias"), ("email", "alias@evil.example"), ("role", "admin")],
        )
        .await;
    assert_eq!(p.status, 303);
    let page = bea.get(&format!("/accounts/{id}/contacts")).await;
    let alias = row_id(&page.body, "alias@evil.example", "contacts");
    assert_eq!(bea.post(&format!("/accounts/{id}/contacts/{alias}/invite"), &[]).await.status, 303);
    let token = ctpat_testkit::api_client::token(&bea, id, "bea's", &["svi:read"]).await;
    assert_eq!(
        bea.post(&format!("/accounts/{id}/webhooks"), &[("url", "https://hooks.example.com/bea")]).await.status,
        200
    );
    let api = ctpat_testkit::api_client::Api::new(&t).await;
    assert_eq!(api.call(&token, "GET", "/api/v1/connections", "/api/v1/connections", None).await.status, 200);

    // The Officer removes her.
    let page = ana.get(&format!("/accounts/{id}/contacts")).await;
    let bea_m = row_id(&page.body, "bea@acme.example", "members");
    assert_eq!(ana.post(&format!("/accounts/{id}/members/{bea_m}/remove"), &[]).await.status, 303);

    let link = t.link_in_email("alias@evil.example", "/join?token=").await;
    let alias_b = signed_in_partner(&t, "alias@evil.example").await;
    let p = alias_b.post("/join", &[("token", link.split("token=").nth(1).unwrap())]).await;
    assert_eq!(p.status, 400, "her invitation ended with her");
    assert_eq!(alias_b.get(&format!("/accounts/{id}")).await.status, 404);
    assert_eq!(api.call(&token, "GET", "/api/v1/connections", "/api/v1/connections", None).await.status, 401);
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM webhook WHERE removed_at IS NULL").await, 0);
    let _ = PW;
}

async fn an_admin_cannot_become_officer_of_another_account_of_the_company(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let bea = join_as(&t, &ana, acme, "Bea Admin", "bea@acme.example", "admin").await;
    let org = t.db.scalar_i64(&format!("SELECT organization_id FROM partner_account WHERE id = {acme}")).await;
    let start = |role: &'static str| {
        let bea = &bea;
        async move {
            let p = bea.post("/apply", &[("entity_type", "customs_broker"), ("my_role", role)]).await;
            p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse::<i64>().unwrap()
        }
    };
    let as_officer = start("officer").await;
    let p = bea.post(&format!("/accounts/{as_officer}/apply/organization"), &[("existing", &org.to_string())]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Only an Officer of this company can apply for it as Officer");
    // As Admin she may prepare it, but names as Officer only one of the company's Officers.
    let as_admin = start("admin").await;
    let p = bea.post(&format!("/accounts/{as_admin}/apply/organization"), &[("existing", &org.to_string())]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let p = bea
        .post(
            &format!("/accounts/{as_admin}/contacts"),
            &[("name", "Bea Alias"), ("email", "alias@evil.example"), ("role", "officer")],
        )
        .await;
    assert_eq!(p.status, 422);
    let p = bea
        .post(
            &format!("/accounts/{as_admin}/contacts"),
            &[("name", "Ana"), ("email", "ana@acme.example"), ("role", "officer"), ("primary", "on")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
}

async fn a_draft_filed_under_a_company_brings_in_no_officer_it_did_not_choose(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let bea = join_as(&t, &ana, acme, "Bea Admin", "bea@acme.example", "admin").await;
    let org = t.db.scalar_i64(&format!("SELECT organization_id FROM partner_account WHERE id = {acme}")).await;
    // Bea prepares a draft with no company yet and makes her alias its Officer, then files it
    // under Acme.
    let p = bea.post("/apply", &[("entity_type", "customs_broker"), ("my_role", "admin")]).await;
    let draft: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let _alias = join_as(&t, &bea, draft, "Eve Alias", "eve.alias@evil.example", "officer").await;
    let p = bea.post(&format!("/accounts/{draft}/apply/organization"), &[("existing", &org.to_string())]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Only an Officer of this company can apply for it as Officer");
    // Nor with the alias only invited.
    let p = bea.post("/apply", &[("entity_type", "highway_carrier"), ("my_role", "admin")]).await;
    let other: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let p = bea
        .post(
            &format!("/accounts/{other}/contacts"),
            &[("name", "Eve"), ("email", "eve2@evil.example"), ("role", "officer")],
        )
        .await;
    assert_eq!(p.status, 303);
    let page = bea.get(&format!("/accounts/{other}/contacts")).await;
    let cid = row_id(&page.body, "eve2@evil.example", "contacts");
    assert_eq!(bea.post(&format!("/accounts/{other}/contacts/{cid}/invite"), &[]).await.status, 303);
    let p = bea.post(&format!("/accounts/{other}/apply/organization"), &[("existing", &org.to_string())]).await;
    assert_eq!(p.status, 422);
}

async fn invitations_end_with_the_person_or_contact_they_were_for(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let token_of = |link: String| link.split("token=").nth(1).unwrap().to_string();
    // Mal is invited twice, accepts once, and is removed: the second link is dead.
    let p = ana
        .post(
            &format!("/accounts/{acme}/contacts"),
            &[("name", "Mal"), ("email", "mal@acme.example"), ("role", "user")],
        )
        .await;
    assert_eq!(p.status, 303);
    let page = ana.get(&format!("/accounts/{acme}/contacts")).await;
    let mal_c = row_id(&page.body, "mal@acme.example", "contacts");
    ana.post(&format!("/accounts/{acme}/contacts/{mal_c}/invite"), &[]).await;
    let first = token_of(t.link_in_email("mal@acme.example", "/join?token=").await);
    let mail = &t.emails_to("mal@acme.example").await[0];
    assert!(mail.body_text.contains("with the role \"User\""), "the role by its name: {}", mail.body_text);
    ana.post(&format!("/accounts/{acme}/contacts/{mal_c}/invite"), &[]).await;
    let second = token_of(t.link_in_email("mal@acme.example", "/join?token=").await);
    assert_ne!(first, second);
    let mal = signed_in_partner(&t, "mal@acme.example").await;
    assert_eq!(mal.post("/join", &[("token", &first)]).await.status, 303);
    let page = ana.get(&format!("/accounts/{acme}/contacts")).await;
    let mal_m = row_id(&page.body, "mal@acme.example", "members");
    assert_eq!(ana.post(&format!("/accounts/{acme}/members/{mal_m}/remove"), &[]).await.status, 303);
    assert_eq!(mal.post("/join", &[("token", &second)]).await.status, 400, "the other link died with his access");
    // An invitation of a contact that was then removed is dead too.
    let p = ana
        .post(
            &format!("/accounts/{acme}/contacts"),
            &[("name", "Zed"), ("email", "zed@acme.example"), ("role", "officer")],
        )
        .await;
    assert_eq!(p.status, 303);
    let page = ana.get(&format!("/accounts/{acme}/contacts")).await;
    let zed_c = row_id(&page.body, "zed@acme.example", "contacts");
    ana.post(&format!("/accounts/{acme}/contacts/{zed_c}/invite"), &[]).await;
    let zed_token = token_of(t.link_in_email("zed@acme.example", "/join?token=").await);
    assert_eq!(ana.post(&format!("/accounts/{acme}/contacts/{zed_c}/remove"), &[]).await.status, 303);
    let zed = signed_in_partner(&t, "zed@acme.example").await;
    assert_eq!(zed.post("/join", &[("token", &zed_token)]).await.status, 400);
    assert_eq!(zed.get(&format!("/accounts/{acme}")).await.status, 404);
}

both_engines! {
    draft_officers => a_draft_filed_under_a_company_brings_in_no_officer_it_did_not_choose;
    invitations_end => invitations_end_with_the_person_or_contact_they_were_for;
}

both_engines! {
    officer_contacts => an_account_admin_cannot_take_over_the_contacts_that_speak_for_the_company;
    removal_cleanup => a_removed_person_leaves_nothing_behind_to_come_back_with;
    other_account_officer => an_admin_cannot_become_officer_of_another_account_of_the_company;
}

both_engines! {
    officer_role => an_account_admin_cannot_make_itself_or_anyone_officer;
    open_redirect => sign_in_never_sends_the_browser_to_another_site;
    svi_search => only_svi_participants_search_the_directory_and_not_without_end;
    audit_where => a_probe_of_another_companys_account_is_audited_with_where_it_came_from;
    membership => membership_is_tied_to_the_company;
}
