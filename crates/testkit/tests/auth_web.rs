//! Accounts of people through the pages, on both engines: sign-up, verification, login,
//! throttling, password reset and change, sessions, MFA, staff invitations.

use chrono::Duration;
use ctpat_testkit::{TestApp, TestDb, both_engines};

use ctpat_testkit::flows::PW;

async fn signup_verify_login_logout(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let b = t.browser();
    b.get("/signup").await.assert_contains("Create an account");

    // Bad input: one message per field, naming the rule; what was typed stays.
    let p = b
        .post(
            "/signup",
            &[("name", ""), ("email", "not-an-address"), ("password", "too short"), ("password_confirm", "")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("There is a problem")
        .assert_contains("Enter this information; it is required.")
        .assert_contains("Enter an e-mail address in the format name@example.com.")
        .assert_contains("Must be at least 15 characters long.")
        .assert_contains("value=\"not-an-address\"")
        .assert_contains("href=\"#f-email\"");
    assert!(!p.body.contains("too short"), "a password is never echoed back");

    let p = b
        .post(
            "/signup",
            &[
                ("name", "Ana Ruiz"),
                ("email", "Ana@Example.com"),
                ("password", "passwordpassword1"),
                ("password_confirm", "passwordpassword1"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("list of common or breached passwords").assert_contains("value=\"Ana Ruiz\"");

    let p = b
        .post(
            "/signup",
            &[("name", "Ana Ruiz"), ("email", "Ana@Example.com"), ("password", PW), ("password_confirm", PW)],
        )
        .await;
    assert_eq!(p.status, 200);
    p.assert_contains("Check your e-mail");

    // Not verified yet: the right password gets a clear message and a new link.
    let p = b.login("ana@example.com", PW).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Confirm your e-mail address first");

    let link = t.link_in_email("ana@example.com", "/verify-email?token=").await;
    // Opening the link (as a mail scanner would) confirms nothing; the button does.
    b.get(&link).await.assert_contains("Confirm my e-mail address");
    let token = link.split("token=").nth(1).unwrap().to_string();
    let p = b.post("/verify-email", &[("token", &token)]).await;
    assert_eq!(p.status, 303);
    assert_eq!(p.location.as_deref(), Some("/login?notice=email-verified"));
    b.get("/login?notice=email-verified").await.assert_contains("Your e-mail address is confirmed");
    assert_eq!(b.post("/verify-email", &[("token", &token)]).await.status, 400, "a verification link works once");

    let p = b.login("ana@example.com", PW).await;
    assert_eq!(p.status, 303);
    assert_eq!(p.location.as_deref(), Some("/"));
    let cookie = p
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("__Host-ctpat-session="))
        .expect("session cookie");
    for attr in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attr), "{cookie} lacks {attr}");
    }
    let token = cookie.split(';').next().unwrap().split_once('=').unwrap().1;
    assert!(token.len() >= 22, "at least 128 bits of token");
    let stored: i64 = t.db.scalar_i64(&format!("SELECT COUNT(*) FROM session WHERE token_hash = '{token}'")).await;
    assert_eq!(stored, 0, "only the hash of the token is stored");

    b.get("/").await.assert_contains("Welcome, Ana Ruiz");
    let p = b.post("/logout", &[]).await;
    assert_eq!(p.status, 303);
    let p = b.get("/account").await;
    assert_eq!(p.status, 303);
    assert!(p.location.unwrap().starts_with("/login"));

    let actions = t.audit_actions().await;
    for a in ["user.signed_up", "login.refused", "user.email_verified", "login.ok", "logout"] {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}: {actions:?}");
    }
}

async fn duplicate_signup_reveals_nothing(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("owner@example.com", PW).await;
    let b = t.browser();
    let p = b
        .post(
            "/signup",
            &[("name", "Someone"), ("email", "owner@example.com"), ("password", PW), ("password_confirm", PW)],
        )
        .await;
    assert_eq!(p.status, 200);
    p.assert_contains("Check your e-mail");
    let mails = t.emails_to("owner@example.com").await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.contains("tried to create an account"));
}

async fn same_answer_and_throttle(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let user = t.partner("ben@example.com", PW).await;
    let b = t.browser();
    let unknown = b.login("nobody@example.com", PW).await;
    let wrong = b.login("ben@example.com", "a wrong password of length").await;
    assert_eq!(unknown.status, wrong.status);
    assert_eq!(
        unknown.body.replace("nobody@example.com", "EMAIL"),
        wrong.body.replace("ben@example.com", "EMAIL"),
        "an unknown e-mail and a wrong password get the same page"
    );
    unknown.assert_contains("The e-mail address or password is not correct");

    for _ in 0..4 {
        assert_eq!(b.login("ben@example.com", "still the wrong password").await.status, 422);
    }
    // Five failures: locked, even with the right password, and the page says nothing more.
    let locked = b.login("ben@example.com", PW).await;
    assert_eq!(locked.status, 422);
    locked.assert_contains("The e-mail address or password is not correct");
    let failed = t.db.scalar_i64(&format!("SELECT failed_logins FROM app_user WHERE id = {}", user.id)).await;
    assert!(failed >= 5, "the counter lives in the database: {failed}");

    t.clock.advance(Duration::minutes(16));
    assert_eq!(b.login("ben@example.com", PW).await.status, 303);
    assert_eq!(t.db.scalar_i64(&format!("SELECT failed_logins FROM app_user WHERE id = {}", user.id)).await, 0);
    assert!(t.audit_actions().await.iter().filter(|a| *a == "login.failed").count() >= 6);
}

async fn password_reset(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("cara@example.com", PW).await;
    let other = t.browser();
    assert_eq!(other.login("cara@example.com", PW).await.status, 303);

    let b = t.browser();
    let unknown = b.post("/password/forgot", &[("email", "ghost@example.com")]).await;
    let known = b.post("/password/forgot", &[("email", "cara@example.com")]).await;
    assert_eq!(unknown.status, 200);
    assert_eq!(unknown.body, known.body, "the answer does not reveal whether an account exists");
    assert!(t.emails_to("ghost@example.com").await.is_empty());

    // A link older than 30 minutes no longer works.
    let old_link = t.link_in_email("cara@example.com", "/password/reset?token=").await;
    assert_eq!(b.get(&old_link).await.status, 200);
    t.clock.advance(Duration::minutes(31));
    assert_eq!(b.get(&old_link).await.status, 400);

    b.post("/password/forgot", &[("email", "cara@example.com")]).await;
    let link = t.link_in_email("cara@example.com", "/password/reset?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_string();
    b.get(&link).await.assert_contains("Choose a new password");
    let p = b
        .post(
            "/password/reset",
            &[("token", &token), ("password", "aaaaaaaaaaaaaaaaaaaa"), ("password_confirm", "aaaaaaaaaaaaaaaaaaaa")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("simple pattern");
    let new_pw = "a brand new passphrase for cara";
    let p = b.post("/password/reset", &[("token", &token), ("password", new_pw), ("password_confirm", new_pw)]).await;
    assert_eq!(p.status, 303);
    assert_eq!(p.location.as_deref(), Some("/login?notice=password-reset"));
    // Single use, and every session of the person ended.
    assert_eq!(
        b.post("/password/reset", &[("token", &token), ("password", new_pw), ("password_confirm", new_pw)])
            .await
            .status,
        400
    );
    assert_eq!(other.get("/account").await.status, 303);
    assert_eq!(b.login("cara@example.com", PW).await.status, 422);
    assert_eq!(b.login("cara@example.com", new_pw).await.status, 303);
    assert!(t.audit_actions().await.iter().any(|a| a == "password.reset"));
}

async fn password_change_and_sessions(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("dan@example.com", PW).await;
    let intruder = t.partner("eve@example.com", PW).await;
    let a = t.browser();
    let b = t.browser();
    a.login("dan@example.com", PW).await;
    b.login("dan@example.com", PW).await;
    let e = t.browser();
    e.login("eve@example.com", PW).await;

    let page = a.get("/account").await;
    page.assert_contains("Active sessions").assert_contains("This session");
    assert_eq!(page.body.matches("/end\"").count(), 1, "one other session can be ended");

    // Eve cannot end Dan's session: another person's object is "not found".
    let dan_other: i64 =
        t.db.scalar_i64(
            "SELECT MAX(s.id) FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'dan@example.com'",
        )
        .await;
    let p = e.post(&format!("/account/sessions/{dan_other}/end"), &[]).await;
    assert_eq!(p.status, 404);
    assert_eq!(b.get("/account").await.status, 200, "Dan's session still works");
    let _ = intruder;

    // Dan ends his other session from A.
    let p = a.post(&format!("/account/sessions/{dan_other}/end"), &[]).await;
    assert_eq!(p.status, 303);
    assert_eq!(b.get("/account").await.status, 303, "the ended session is signed out");

    b.login("dan@example.com", PW).await;
    let p = a
        .post(
            "/account/password",
            &[
                ("current_password", "not my password at all"),
                ("password", "another long passphrase"),
                ("password_confirm", "another long passphrase"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("The password is not correct.");
    let new_pw = "another long passphrase";
    let p = a
        .post("/account/password", &[("current_password", PW), ("password", new_pw), ("password_confirm", new_pw)])
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(a.get("/account").await.status, 200, "the changing browser stays signed in on a new session");
    assert_eq!(b.get("/account").await.status, 303, "other sessions end on password change");
    assert!(t.emails_to("dan@example.com").await.iter().any(|m| m.subject.contains("password was changed")));
}

async fn session_lifetimes(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("fay@example.com", PW).await;
    let b = t.browser();
    b.login("fay@example.com", PW).await;
    t.clock.advance(Duration::minutes(29));
    assert_eq!(b.get("/account").await.status, 200);
    t.clock.advance(Duration::minutes(31));
    assert_eq!(b.get("/account").await.status, 303, "30 minutes idle ends the session");

    b.login("fay@example.com", PW).await;
    for _ in 0..35 {
        t.clock.advance(Duration::minutes(20));
        assert_eq!(b.get("/account").await.status, 200);
    }
    t.clock.advance(Duration::minutes(20));
    assert_eq!(b.get("/account").await.status, 303, "12 hours is the absolute limit");
}

fn codes_from(body: &str) -> Vec<String> {
    body.split("<code>")
        .skip(1)
        .filter_map(|s| s.split("</code>").next())
        .filter(|c| c.len() == 11 && c.as_bytes()[5] == b'-')
        .map(str::to_string)
        .collect()
}

async fn totp_now(t: &TestApp, email: &str) -> String {
    t.totp_now(email).await
}

async fn mfa_enrol_and_login(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("gus@example.com", PW).await;
    let b = t.browser();
    b.login("gus@example.com", PW).await;
    // Opening the page creates nothing: the password starts enrolment and shows the key once.
    b.get("/account/mfa").await.assert_contains("Show a new key");
    assert_eq!(t.db.scalar_i64("SELECT COUNT(*) FROM app_user WHERE totp_secret IS NOT NULL").await, 0);
    let p = b.post("/account/mfa/start", &[("password", "not the password at all")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The password is not correct");
    let p = b.post("/account/mfa/start", &[("password", PW)]).await;
    assert_eq!(p.status, 200);
    p.assert_contains("Add an account in the app and type this key");
    let p = b.post("/account/mfa", &[("code", "000000")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The code is not correct");
    assert!(!p.body.contains("type this key"), "the key is shown once");
    let code = totp_now(&t, "gus@example.com").await;
    let p = b.post("/account/mfa", &[("code", &code)]).await;
    assert_eq!(p.status, 200);
    p.assert_contains("Save your recovery codes");
    let codes = codes_from(&p.body);
    assert_eq!(codes.len(), 10, "{}", p.body);
    let stored = t.db.scalar_i64("SELECT COUNT(*) FROM recovery_code WHERE used_at IS NULL").await;
    assert_eq!(stored, 10);
    // The TOTP seed is stored sealed with the deployment key.
    let gus = ctpat_store::users::find_by_email(t.db.db.conn(), "gus@example.com").await.unwrap().unwrap();
    let sealed = gus.totp_secret.clone().unwrap();
    assert!(sealed.starts_with("sealed:v1:"), "{sealed}");
    // A seed stored before sealing existed is sealed at start-up (audited), and still works.
    let plain = t.app.open(&sealed).unwrap();
    assert!(ctpat_store::users::reseal_totp(t.db.db.conn(), gus.id, &sealed, &plain).await.unwrap());
    assert_eq!(ctpat_app::seal::seal_existing(&t.app).await.unwrap(), 1);
    assert_eq!(ctpat_app::seal::seal_existing(&t.app).await.unwrap(), 0, "once");
    let resealed = ctpat_store::users::find_by_email(t.db.db.conn(), "gus@example.com").await.unwrap().unwrap();
    assert!(resealed.totp_secret.as_deref().is_some_and(|s| s.starts_with("sealed:v1:") && s != sealed));
    assert!(t.audit_actions().await.iter().any(|a| a == "secrets.sealed"));
    assert_eq!(
        t.db.scalar_i64(&format!("SELECT COUNT(*) FROM recovery_code WHERE code_hash = '{}'", codes[0])).await,
        0,
        "codes are stored hashed"
    );

    b.post("/logout", &[]).await;
    let p = b.login("gus@example.com", PW).await;
    assert_eq!(p.location.as_deref(), Some("/login/mfa"));
    assert_eq!(b.get("/account").await.location.as_deref(), Some("/login/mfa"), "nothing else until the second factor");
    t.clock.advance(Duration::seconds(40));
    let code = totp_now(&t, "gus@example.com").await;
    let p = b.post("/login/mfa", &[("code", &code)]).await;
    assert_eq!(p.status, 303);
    assert_eq!(b.get("/account").await.status, 200);
    // A code is good once: replayed within its 30 s (from another browser), it is refused.
    let eve = t.browser();
    assert_eq!(eve.login("gus@example.com", PW).await.location.as_deref(), Some("/login/mfa"));
    let p = eve.post("/login/mfa", &[("code", &code)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("This code has already been used");
    t.clock.advance(Duration::seconds(30));
    let next = totp_now(&t, "gus@example.com").await;
    assert_ne!(next, code);
    assert_eq!(eve.post("/login/mfa", &[("code", &next)]).await.status, 303, "the next code works");
    eve.post("/logout", &[]).await;

    // A recovery code works once.
    b.post("/logout", &[]).await;
    b.login("gus@example.com", PW).await;
    assert_eq!(b.post("/login/mfa", &[("code", &codes[3].to_lowercase())]).await.status, 303);
    b.post("/logout", &[]).await;
    b.login("gus@example.com", PW).await;
    assert_eq!(b.post("/login/mfa", &[("code", &codes[3])]).await.status, 422);

    let actions = t.audit_actions().await;
    for a in ["mfa.enrolment_started", "mfa.enrolled", "login.password_ok", "mfa.failed"] {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}");
    }
}

async fn staff_must_enrol(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.staff("sam@example.com", PW, "scss").await;
    let b = t.browser();
    let p = b.login("sam@example.com", PW).await;
    assert_eq!(p.location.as_deref(), Some("/account/mfa"));
    assert_eq!(b.get("/").await.status, 200, "public pages stay public");
    assert_eq!(b.get("/account").await.location.as_deref(), Some("/account/mfa"));
    b.get("/account/mfa").await.assert_contains("Program staff must set up two-step verification");
    t.enrol_mfa(&b, "sam@example.com", PW).await;
    assert_eq!(b.get("/account").await.status, 200);
    // Staff cannot turn it off while the deployment requires it.
    b.get("/account/mfa").await.assert_contains("Program staff must keep two-step verification on.");
}

async fn staff_mfa_optional_when_turned_off(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("hal@example.com", PW, "hq").await;
    let b = t.browser();
    assert_eq!(b.login("hal@example.com", PW).await.location.as_deref(), Some("/"));
    assert_eq!(b.get("/program/audit").await.status, 200);
}

async fn admin_invites_staff(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("ada@example.com", PW, "admin").await;
    t.partner("pat@example.com", PW).await;
    let admin = t.browser();
    admin.login("ada@example.com", PW).await;
    admin.get("/admin/staff").await.assert_contains("Add a staff member");
    let p = admin.post("/admin/staff", &[("name", "Sol Specialist"), ("email", "bad"), ("role", "pilot")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose one of the listed roles.").assert_contains("value=\"Sol Specialist\"");
    let p =
        admin.post("/admin/staff", &[("name", "Sol Specialist"), ("email", "sol@example.com"), ("role", "scss")]).await;
    assert_eq!(p.status, 303);
    let p = admin.post("/admin/staff", &[("name", "Sol Again"), ("email", "sol@example.com"), ("role", "scss")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("already exists");
    admin.get("/admin/staff").await.assert_contains("sol@example.com").assert_contains("Invited");

    let link = t.link_in_email("sol@example.com", "/invitation?token=").await;
    let sol = t.browser();
    sol.get(&link).await.assert_contains("Set your password");
    let token = link.split("token=").nth(1).unwrap();
    let p = sol
        .post(
            "/invitation",
            &[
                ("token", token),
                ("password", "sol sets a long password"),
                ("password_confirm", "sol sets a long password"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(sol.login("sol@example.com", "sol sets a long password").await.status, 303);

    // A partner user is refused, and the refusal is audited.
    let pat = t.browser();
    pat.login("pat@example.com", PW).await;
    assert_eq!(pat.get("/admin/staff").await.status, 403);
    assert_eq!(
        pat.post("/admin/staff", &[("name", "X"), ("email", "x@example.com"), ("role", "hq")]).await.status,
        403
    );
    assert!(ctpat_store::users::find_by_email(t.db.db.conn(), "x@example.com").await.unwrap().is_none());
    assert!(t.audit_actions().await.iter().any(|a| a == "access.denied"));
    assert!(t.audit_actions().await.iter().any(|a| a == "staff.created"));
}

/// Signing in asks for the password one has; the rules for choosing one are shown only where a
/// password is chosen.
async fn sign_in_shows_no_password_rules(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let b = t.browser();
    let login = b.get("/login").await;
    assert!(!login.body.contains("At least 15 characters"), "{}", login.body);
    b.get("/signup").await.assert_contains("At least 15 characters");
}

async fn language_choice(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("ivy@example.com", PW).await;
    let b = t.browser();
    let p = b.get("/").await;
    p.assert_contains("<html lang=\"en\">");
    let p = b.post("/language", &[("lang", "xx"), ("back", "/")]).await;
    assert_eq!(p.status, 422);
    b.login("ivy@example.com", PW).await;
    let p = b.post("/language", &[("lang", "en"), ("back", "https://evil.example/")]).await;
    assert_eq!(p.location.as_deref(), Some("/"), "only local redirects");
    let locale = ctpat_store::users::find_by_email(t.db.db.conn(), "ivy@example.com").await.unwrap().unwrap().locale;
    assert_eq!(locale.as_deref(), Some("en"));
    assert!(t.audit_actions().await.iter().any(|a| a == "user.locale_changed"));
}

both_engines! {
    sign_in_without_rules => sign_in_shows_no_password_rules;
    signup_flow => signup_verify_login_logout;
    duplicate_signup => duplicate_signup_reveals_nothing;
    throttle => same_answer_and_throttle;
    reset => password_reset;
    change_and_sessions => password_change_and_sessions;
    lifetimes => session_lifetimes;
    mfa => mfa_enrol_and_login;
    staff_mfa => staff_must_enrol;
    staff_mfa_off => staff_mfa_optional_when_turned_off;
    invitations => admin_invites_staff;
    language => language_choice;
}
