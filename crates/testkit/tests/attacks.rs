//! Attacks on sign-in, roles and redirects, each performed against the real portal on both
//! engines: what an attacker tries first, and what must stop them.

use chrono::Duration;
use ctpat_testkit::flows::{PW, join_as, officer_with_account, row_id, signed_in_partner};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};
use std::sync::Arc;

async fn code_now(t: &TestApp, email: &str) -> String {
    let u = ctpat_store::users::find_by_email(t.app.db.conn(), email).await.unwrap().unwrap();
    ctpat_app::auth::mfa::current_code(&t.app, &u, t.app.now()).unwrap()
}

/// A code that is certainly wrong now (the current one with its last digit changed).
async fn wrong_code(t: &TestApp, email: &str) -> String {
    let mut c = code_now(t, email).await;
    let last = c.pop().unwrap();
    c.push(if last == '0' { '1' } else { '0' });
    c
}

async fn user_i64(t: &TestApp, col: &str, email: &str) -> i64 {
    t.db.scalar_i64(&format!("SELECT {col} FROM app_user WHERE email = '{email}'")).await
}

/// Reasons recorded by the audit trail for `action`, oldest first.
async fn reasons(t: &TestApp, action: &str) -> Vec<String> {
    let mut v: Vec<String> = ctpat_store::audit::recent(t.app.db.conn(), None, None, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == action)
        .filter_map(|e| {
            let after: serde_json::Value = serde_json::from_str(e.after.as_deref()?).ok()?;
            Some(after["reason"].as_str()?.to_string())
        })
        .collect();
    v.reverse();
    v
}

async fn enrolled(t: &TestApp, email: &str) -> Browser {
    t.partner(email, PW).await;
    let b = t.browser();
    b.login(email, PW).await;
    t.enrol_mfa(&b, email, PW).await;
    b.post("/logout", &[]).await;
    b
}

async fn signing_in_again_does_not_reset_the_count_of_wrong_codes(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "gus@example.com";
    let b = enrolled(&t, email).await;
    // A second browser waits at the code step with the password already given.
    let waiting = t.browser();
    assert_eq!(waiting.login(email, PW).await.location.as_deref(), Some("/login/mfa"));

    // The attacker knows the password and guesses codes, signing in again between guesses.
    let mut judged = 0;
    for _ in 0..6 {
        if b.login(email, PW).await.location.as_deref() != Some("/login/mfa") {
            break;
        }
        for _ in 0..4 {
            let p = b.post("/login/mfa", &[("code", &wrong_code(&t, email).await)]).await;
            if p.status == 422 {
                judged += 1;
            }
        }
    }
    let limit = t.app.settings.lock_after as i64;
    assert_eq!(judged, limit - 1, "the guess that reaches the limit locks instead of answering");
    assert_eq!(user_i64(&t, "failed_codes", email).await, limit);
    assert_eq!(b.login(email, PW).await.status, 422, "the right password does not lift the lock");
    // Even the right code, from the session that was already waiting, is refused.
    t.clock.advance(Duration::seconds(31));
    let p = waiting.post("/login/mfa", &[("code", &code_now(&t, email).await)]).await;
    assert_eq!(p.status, 303);
    assert_eq!(p.location.as_deref(), Some("/login"), "sent back to sign in, not signed in");
    assert_eq!(waiting.get("/account").await.status, 303);
    assert!(reasons(&t, "mfa.failed").await.iter().any(|r| r == "locked"));

    // Once the lock has run out the person gets in, and the counters start again.
    t.clock.advance(t.app.settings.lock_base);
    assert_eq!(b.login(email, PW).await.location.as_deref(), Some("/login/mfa"));
    t.clock.advance(Duration::seconds(31));
    assert_eq!(b.post("/login/mfa", &[("code", &code_now(&t, email).await)]).await.status, 303);
    assert_eq!(user_i64(&t, "failed_codes", email).await, 0);
}

async fn parallel_code_guesses_on_one_session_all_count(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "hal@example.com";
    let b = Arc::new(enrolled(&t, email).await);
    assert_eq!(b.login(email, PW).await.location.as_deref(), Some("/login/mfa"));
    let wrong = wrong_code(&t, email).await;
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let (b, wrong) = (b.clone(), wrong.clone());
        set.spawn(async move { b.post("/login/mfa", &[("code", &wrong)]).await.status });
    }
    while let Some(status) = set.join_next().await {
        assert!(matches!(status.unwrap(), 422 | 303), "every guess is answered");
    }
    let reasons = reasons(&t, "mfa.failed").await;
    let limit = t.app.settings.lock_after as usize;
    let checked = reasons.iter().filter(|r| *r == "wrong_code").count();
    assert_eq!(checked, limit, "exactly the allowed number are judged as codes: {reasons:?}");
    assert_eq!(user_i64(&t, "failed_codes", email).await, limit as i64);
    assert_eq!(b.login(email, PW).await.status, 422, "locked");
}

async fn parallel_password_guesses_respect_the_lock(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "ida@example.com";
    t.partner(email, PW).await;
    let b = Arc::new(t.browser());
    b.get("/login").await;
    let mut set = tokio::task::JoinSet::new();
    for i in 0..100 {
        let b = b.clone();
        set.spawn(
            async move { b.login("ida@example.com", &format!("wrong guess number {i:03} of many")).await.status },
        );
    }
    while let Some(status) = set.join_next().await {
        assert_eq!(status.unwrap(), 422);
    }
    let reasons = reasons(&t, "login.failed").await;
    let limit = t.app.settings.lock_after as usize;
    assert_eq!(reasons.len(), 100, "every guess is in the audit trail");
    assert_eq!(reasons.iter().filter(|r| *r == "wrong_password").count(), limit, "{reasons:?}");
    assert_eq!(reasons.iter().filter(|r| *r == "locked").count(), 100 - limit);
    assert_eq!(b.login(email, PW).await.status, 422, "the right password waits for the lock");
}

async fn the_lock_grows_with_each_failure_after_the_free_ones(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "joe@example.com";
    t.partner(email, PW).await;
    let b = t.browser();
    let s = t.app.settings.clone();
    for _ in 0..s.lock_after {
        b.login(email, "a wrong password again").await;
    }
    // The person is told, with how long sign-in waits.
    let mails = t.emails_to(email).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.contains("Sign-in to your C-TPAT Portal account is paused"), "{}", mails[0].subject);
    assert!(mails[0].body_text.contains("try again in 1 min."), "{}", mails[0].body_text);
    // Locked for the base delay: just before its end still locked, just after free.
    t.clock.advance(s.lock_base - Duration::seconds(1));
    assert_eq!(b.login(email, PW).await.status, 422);
    t.clock.advance(Duration::seconds(2));
    // One more wrong password doubles the lock.
    b.login(email, "a wrong password again").await;
    t.clock.advance(s.lock_base * 2 - Duration::seconds(1));
    assert_eq!(b.login(email, PW).await.status, 422);
    t.clock.advance(Duration::seconds(2));
    assert_eq!(b.login(email, PW).await.status, 303);
}

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
    let changed = reasons(&t, "reauth.failed").await;
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

async fn a_password_change_and_mfa_changes_end_the_other_sessions(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "lea@example.com";
    t.partner(email, PW).await;
    let (a, other) = (t.browser(), t.browser());
    a.login(email, PW).await;
    other.login(email, PW).await;
    t.enrol_mfa(&a, email, PW).await;
    assert_eq!(a.get("/account").await.status, 200, "the enrolling session stays");
    assert_eq!(other.get("/account").await.status, 303, "a session without the second factor ends");
    // Turning it off needs the password, counts wrong ones, and ends the other sessions.
    let third = t.browser();
    third.login(email, PW).await;
    t.clock.advance(Duration::seconds(31));
    third.post("/login/mfa", &[("code", &code_now(&t, email).await)]).await;
    assert_eq!(third.get("/account").await.status, 200);
    let p = a.post("/account/mfa/disable", &[("password", "not my password at all")]).await;
    assert_eq!(p.status, 422);
    assert_eq!(user_i64(&t, "failed_logins", email).await, 1, "a wrong password here counts like a login");
    assert_eq!(a.post("/account/mfa/disable", &[("password", PW)]).await.status, 303);
    assert_eq!(third.get("/account").await.status, 303);
    assert_eq!(a.get("/account").await.status, 200);
}

async fn wrong_current_passwords_lock_like_a_login(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "max@example.com";
    t.partner(email, PW).await;
    let b = t.browser();
    b.login(email, PW).await;
    let new = "a brand new and long passphrase";
    for _ in 0..t.app.settings.lock_after {
        let p = b
            .post("/account/password", &[("current_password", "not it"), ("password", new), ("password_confirm", new)])
            .await;
        assert_eq!(p.status, 422);
    }
    let p =
        b.post("/account/password", &[("current_password", PW), ("password", new), ("password_confirm", new)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Too many wrong attempts");
    assert_eq!(t.browser().login(email, PW).await.status, 422, "the lock holds for the login too");
}

async fn opening_links_and_pages_changes_nothing(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let b = t.browser();
    let p = b
        .post(
            "/signup",
            &[("name", "Ned Lee"), ("email", "ned@example.com"), ("password", PW), ("password_confirm", PW)],
        )
        .await;
    assert_eq!(p.status, 200);
    let link = t.link_in_email("ned@example.com", "/verify-email?token=").await;
    b.get(&link).await;
    b.get(&link).await;
    assert_eq!(
        t.db.scalar_i64("SELECT COUNT(*) FROM app_user WHERE email_verified_at IS NOT NULL").await,
        0,
        "opening the link (a mail scanner does) confirms nothing"
    );
    b.login("ned@example.com", PW).await;
    b.get("/account/mfa").await;
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM app_user WHERE totp_secret IS NOT NULL").await, 0);
}

both_engines! {
    code_guesses_survive_new_logins => signing_in_again_does_not_reset_the_count_of_wrong_codes;
    parallel_code_guesses => parallel_code_guesses_on_one_session_all_count;
    parallel_password_guesses => parallel_password_guesses_respect_the_lock;
    growing_lock => the_lock_grows_with_each_failure_after_the_free_ones;
    officer_role => an_account_admin_cannot_make_itself_or_anyone_officer;
    open_redirect => sign_in_never_sends_the_browser_to_another_site;
    mfa_changes_end_sessions => a_password_change_and_mfa_changes_end_the_other_sessions;
    reauth_lock => wrong_current_passwords_lock_like_a_login;
    get_changes_nothing => opening_links_and_pages_changes_nothing;
}

async fn only_svi_participants_search_the_directory_and_not_without_end(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.svi_searches_per_hour = 1;
        s.svi_search_burst = 3;
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
    for _ in 0..3 {
        bob.get(&format!("/accounts/{bolt}/svi?q=acm")).await.assert_contains("Acme Imports");
    }
    let page = bob.get(&format!("/accounts/{bolt}/svi?q=acm")).await;
    page.assert_contains("You have searched many times");
    assert!(!page.body.contains("Acme Imports"));
}

both_engines! {
    svi_search => only_svi_participants_search_the_directory_and_not_without_end;
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

    let events = ctpat_store::audit::recent(t.app.db.conn(), None, None, 1000).await.unwrap();
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
    let login = events.iter().find(|e| e.action == "login.ok").unwrap();
    assert_eq!(login.ip.as_deref(), Some("127.0.0.1"), "every event of a request says where it came from");
    assert!(
        matches!(
            ctpat_store::audit::verify(t.app.db.conn()).await.unwrap(),
            ctpat_store::audit::Verification::Verified { .. }
        ),
        "the chain still verifies"
    );
}

both_engines! {
    audit_where => a_probe_of_another_companys_account_is_audited_with_where_it_came_from;
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

both_engines! {
    membership => membership_is_tied_to_the_company;
}
