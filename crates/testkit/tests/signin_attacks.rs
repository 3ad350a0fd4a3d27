//! Attacks on signing in and on the secrets of a signed-in person, each performed against the
//! real portal on both engines: guessing passwords and codes (in turn, in parallel, across new
//! logins), re-authentication under a stolen session, and GETs that must change nothing.

use chrono::Duration;
use ctpat_testkit::flows::PW;
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};
use std::sync::Arc;

async fn code_now(t: &TestApp, email: &str) -> String {
    t.totp_now(email).await
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
    assert!(t.audit_reasons("mfa.failed").await.iter().any(|r| r == "locked"));

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
    let reasons = t.audit_reasons("mfa.failed").await;
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
    let reasons = t.audit_reasons("login.failed").await;
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
    assert_eq!(user_i64(&t, "failed_codes", email).await, 1, "a wrong password here counts as a second factor");
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

async fn codes_guessed_at_enrolment_count_toward_the_lock(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "ivy@example.com";
    t.partner(email, PW).await;
    let b = t.browser();
    b.login(email, PW).await;
    assert_eq!(b.post("/account/mfa/start", &[("password", PW)]).await.status, 200);
    let limit = t.app.settings.lock_after;
    for _ in 0..limit {
        let p = b.post("/account/mfa", &[("code", &wrong_code(&t, email).await)]).await;
        assert_eq!(p.status, 422);
    }
    // Locked: even the right code is refused now, and every guess is in the audit trail.
    let p = b.post("/account/mfa", &[("code", &code_now(&t, email).await)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Too many wrong attempts");
    assert_eq!(user_i64(&t, "failed_codes", email).await, limit as i64);
    assert_eq!(
        t.audit_reasons("mfa.enrolment_failed").await.iter().filter(|r| *r == "wrong_code").count(),
        limit as usize
    );
    assert!(
        t.db.scalar_i64(&format!(
            "SELECT COUNT(*) FROM app_user WHERE email = '{email}' AND totp_enabled_at IS NOT NULL"
        ))
        .await
            == 0
    );
}

async fn a_stranger_who_knows_the_address_cannot_lock_its_owner_out(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "kai@example.com";
    // The owner signs in fully (password and code) in her own browser, which is remembered.
    let own = enrolled(&t, email).await;
    assert_eq!(own.login(email, PW).await.location.as_deref(), Some("/login/mfa"));
    t.clock.advance(Duration::seconds(31));
    assert_eq!(own.post("/login/mfa", &[("code", &code_now(&t, email).await)]).await.status, 303);
    assert!(own.cookie("__Host-ctpat-device").is_some(), "the browser is remembered");
    own.post("/logout", &[]).await;

    // A stranger types wrong passwords until sign-in from unknown browsers is locked.
    let stranger = t.browser();
    for _ in 0..t.app.settings.lock_after + 2 {
        stranger.login(email, "guessing the password here").await;
    }
    assert_eq!(stranger.login(email, PW).await.status, 422, "unknown browsers wait");
    assert_eq!(t.browser().login(email, PW).await.status, 422);
    // The owner's browser is not held back: password, then code.
    assert_eq!(own.login(email, PW).await.location.as_deref(), Some("/login/mfa"));
    t.clock.advance(Duration::seconds(31));
    assert_eq!(own.post("/login/mfa", &[("code", &code_now(&t, email).await)]).await.status, 303);
    own.get("/account").await.assert_contains("Remembered browsers: 1");
    // Forgetting the remembered browsers (a lost laptop): hers is a stranger's again.
    assert_eq!(own.post("/account/devices/forget", &[]).await.status, 303);
    assert!(t.audit_actions().await.iter().any(|a| a == "devices.forgotten"));
    own.post("/logout", &[]).await;
    assert_eq!(own.login(email, PW).await.status, 422, "now held back with the unknown browsers");
}

async fn wrong_passwords_in_a_known_browser_lock_that_browser(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "lou@example.com";
    t.partner(email, PW).await;
    let known = t.browser();
    assert_eq!(known.login(email, PW).await.status, 303);
    known.post("/logout", &[]).await;
    for _ in 0..t.app.settings.lock_after {
        assert_eq!(known.login(email, "not the password at all").await.status, 422);
    }
    assert_eq!(known.login(email, PW).await.status, 422, "this browser is locked");
    assert_eq!(user_i64(&t, "failed_logins", email).await, 0, "counted on the device, not the account");
    assert!(t.audit_reasons("login.failed").await.iter().all(|r| r == "wrong_password" || r == "locked"));
    t.clock.advance(t.app.settings.lock_base);
    assert_eq!(known.login(email, PW).await.status, 303, "until its own lock runs out");
}

async fn a_password_reset_forgets_the_remembered_browsers(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let email = "mia@example.com";
    t.partner(email, PW).await;
    let old = t.browser();
    assert_eq!(old.login(email, PW).await.status, 303, "remembered");
    old.post("/logout", &[]).await;
    // The password is reset (it may have leaked): browsers remembered under it are strangers.
    let b = t.browser();
    b.post("/password/forgot", &[("email", email)]).await;
    let link = t.link_in_email(email, "/password/reset?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_string();
    let new = "a fresh and long passphrase now";
    assert_eq!(
        b.post("/password/reset", &[("token", &token), ("password", new), ("password_confirm", new)]).await.status,
        303
    );
    for _ in 0..t.app.settings.lock_after {
        t.browser().login(email, "guessing the password here").await;
    }
    assert_eq!(old.login(email, new).await.status, 422, "the old browser is held back with the unknown ones");
}

both_engines! {
    reset_forgets_devices => a_password_reset_forgets_the_remembered_browsers;
}

both_engines! {
    stranger_cannot_lock_owner_out => a_stranger_who_knows_the_address_cannot_lock_its_owner_out;
    known_browser_lock => wrong_passwords_in_a_known_browser_lock_that_browser;
}

both_engines! {
    enrolment_codes => codes_guessed_at_enrolment_count_toward_the_lock;
}

both_engines! {
    code_guesses_survive_new_logins => signing_in_again_does_not_reset_the_count_of_wrong_codes;
    parallel_code_guesses => parallel_code_guesses_on_one_session_all_count;
    parallel_password_guesses => parallel_password_guesses_respect_the_lock;
    growing_lock => the_lock_grows_with_each_failure_after_the_free_ones;
    mfa_changes_end_sessions => a_password_change_and_mfa_changes_end_the_other_sessions;
    reauth_lock => wrong_current_passwords_lock_like_a_login;
    get_changes_nothing => opening_links_and_pages_changes_nothing;
}
