//! Limits that keep sign-in, sign-up and the portal's e-mail from being used against people:
//! forms per client address, mail per recipient and per sender.

use ctpat_testkit::flows::{PW, officer_with_account};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn one_address_cannot_post_sign_in_forms_without_end(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.client_posts_per_minute = 1;
        s.client_burst = 3;
    })
    .await;
    t.partner("ann@example.com", PW).await;
    let b = t.browser();
    for _ in 0..3 {
        assert_eq!(b.login("ann@example.com", "a wrong password here").await.status, 422);
    }
    let p = b.login("ann@example.com", "a wrong password here").await;
    assert_eq!(p.status, 429);
    assert!(p.headers.get("retry-after").is_some());
    p.assert_contains("Too many attempts");
    let p = b.post("/password/forgot", &[("email", "ann@example.com")]).await;
    assert_eq!(p.status, 429, "the limit covers every anonymous form");
    assert_eq!(b.get("/login").await.status, 200, "pages still open");
    assert_eq!(
        t.db.scalar_i64("SELECT failed_logins FROM app_user WHERE email = 'ann@example.com'").await,
        3,
        "refused posts never reached the password check"
    );
}

async fn one_mailbox_gets_a_bounded_number_of_mails_an_hour(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("bo@example.com", PW).await;
    let b = t.browser();
    for _ in 0..15 {
        assert_eq!(b.post("/password/forgot", &[("email", "bo@example.com")]).await.status, 200);
    }
    let cap = t.app.settings.mail_per_recipient_per_hour as usize;
    assert_eq!(t.emails_to("bo@example.com").await.len(), cap);
    // The link sent last still works: requests past the cap did not replace its token.
    let link = t.link_in_email("bo@example.com", "/password/reset?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_string();
    let new = "a fresh and long passphrase now";
    let p = b.post("/password/reset", &[("token", &token), ("password", new), ("password_confirm", new)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    // And what a person must hear is never held back: the password-changed notice arrives.
    let mails = t.emails_to("bo@example.com").await;
    assert_eq!(mails.len(), cap + 1);
    assert!(mails[0].subject.contains("password was changed"), "{}", mails[0].subject);
    t.clock.advance(chrono::Duration::minutes(61));
    b.post("/password/forgot", &[("email", "bo@example.com")]).await;
    assert_eq!(t.emails_to("bo@example.com").await.len(), cap + 2, "an hour later reset links flow again");
}

async fn a_person_sends_a_bounded_number_of_mails_to_addresses_of_their_choosing(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.mail_per_sender_per_hour = 2).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let url = format!("/accounts/{acme}/svi/email-status");
    // Applying sent the Officer nothing counted against her: only mail to chosen addresses is.
    for to in ["one@outside.example", "two@outside.example"] {
        assert_eq!(ana.post(&url, &[("email", to)]).await.status, 303);
    }
    let p = ana.post(&url, &[("email", "three@outside.example")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("the most allowed");
    assert!(t.emails_to("three@outside.example").await.is_empty());
}

async fn parallel_resets_at_the_cap_leave_the_last_mailed_link_working(db: TestDb) {
    let t = TestApp::spawn(db).await;
    t.partner("vic@example.com", PW).await;
    let b = std::sync::Arc::new(t.browser());
    let cap = t.app.settings.mail_per_recipient_per_hour as usize;
    for _ in 0..cap - 1 {
        b.post("/password/forgot", &[("email", "vic@example.com")]).await;
    }
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let b = b.clone();
        set.spawn(async move { b.post("/password/forgot", &[("email", "vic@example.com")]).await.status });
    }
    while set.join_next().await.is_some() {}
    assert_eq!(t.emails_to("vic@example.com").await.len(), cap);
    let link = t.link_in_email("vic@example.com", "/password/reset?token=").await;
    let token = link.split("token=").nth(1).unwrap().to_string();
    let new = "a fresh and long passphrase now";
    let p = b.post("/password/reset", &[("token", &token), ("password", new), ("password_confirm", new)]).await;
    assert_eq!(p.status, 303, "the newest link mailed still works: {}", p.body);
}

both_engines! {
    reset_race => parallel_resets_at_the_cap_leave_the_last_mailed_link_working;
}

both_engines! {
    client_forms => one_address_cannot_post_sign_in_forms_without_end;
    per_recipient => one_mailbox_gets_a_bounded_number_of_mails_an_hour;
    per_sender => a_person_sends_a_bounded_number_of_mails_to_addresses_of_their_choosing;
}
