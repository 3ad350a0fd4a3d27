//! Post/redirect/get: a form a browser sends that comes back with problems is shown again at
//! a page address reached by GET, so Back and Reload never ask to send the form again.

use ctpat_testkit::flows::{PW, submitted_profile};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

/// A refused sign-in sent by a browser is answered with a redirect to the sign-in page, which
/// shows the message and the typed e-mail address, and shows them again on reload.
async fn a_failed_form_is_shown_again_at_its_own_address(db: TestDb) {
    let t = spawn(db).await;
    let b = t.browser();
    let p = b.navigate_post("/login", "/login", &[("email", "kept@example.com"), ("password", "wrong")]).await;
    assert_eq!(p.status, 303);
    let to = p.location.expect("a redirect");
    assert!(to.starts_with("/login?form="), "{to}");
    for _ in 0..2 {
        let shown = b.get(&to).await;
        assert_eq!(shown.status, 422);
        shown.assert_contains("value=\"kept@example.com\"").assert_contains("password is not correct");
        assert!(!shown.body.contains("value=\"wrong\""), "a password is never sent back");
    }
}

/// The kept page belongs to the visitor who sent the form: anyone else, or a key that is not
/// kept, gets the plain page (never a redirect built from the address).
async fn a_kept_form_is_shown_only_to_its_sender(db: TestDb) {
    let t = spawn(db).await;
    let b = t.browser();
    let p = b.navigate_post("/login", "/login", &[("email", "kept@example.com"), ("password", "wrong")]).await;
    let to = p.location.expect("a redirect");
    let other = Browser::new(&t.base);
    other.get("/login").await;
    let shown = other.get(&to).await;
    assert_eq!(shown.status, 200);
    assert!(!shown.body.contains("kept@example.com"), "another visitor's typing is not shown");
    let gone = b.get("/login?form=unknownkey").await;
    assert_eq!(gone.status, 200);
    assert!(!gone.body.contains("kept@example.com"));
    // An address that is no page is not found, whatever the key: nothing redirects from it.
    let odd = b.get("//evil.example/x?form=abc").await;
    assert_ne!(odd.status, 303, "{:?}", odd.location);
}

/// A kept page stands in only for a page the visitor may see now: after signing out, or on a
/// page their role may not open, they get what the page itself answers.
async fn a_kept_form_needs_the_page_and_a_live_session(db: TestDb) {
    let t = spawn(db).await;
    let (ana, _, id) = submitted_profile(&t).await;
    let page = format!("/accounts/{id}/contacts");
    let p = ana.navigate_post(&page, &page, &[("name", "Nat"), ("email", "not-an-address"), ("role", "user")]).await;
    assert_eq!(p.status, 303);
    let to = p.location.expect("a redirect");
    ana.get(&to).await.assert_contains("value=\"not-an-address\"");
    let session = ana.cookie("__Host-ctpat-session").expect("a session");
    ana.post("/logout", &[]).await;
    // The old session cookie, sent again after signing out, shows nothing kept.
    let replay = Browser::new(&t.base);
    replay.jar.add_cookie_str(
        &format!("__Host-ctpat-session={session}; Path=/; Secure"),
        &t.base.parse::<reqwest::Url>().unwrap(),
    );
    let shown = replay.get(&to).await;
    assert_ne!(shown.status, 422);
    assert!(!shown.body.contains("not-an-address"), "a signed-out session sees no kept page");
}

/// A failed sign-in kept before someone signs in and out on the same browser is gone: the next
/// person at the machine never sees what the previous one typed.
async fn kept_pages_are_forgotten_when_a_session_starts(db: TestDb) {
    let t = spawn(db).await;
    t.partner("eve@acme.example", PW).await;
    let b = t.browser();
    let p = b.navigate_post("/login", "/login", &[("email", "alice@corp.example"), ("password", "wrong")]).await;
    let to = p.location.expect("a redirect");
    assert_eq!(b.login("eve@acme.example", PW).await.status, 303);
    b.post("/logout", &[]).await;
    let shown = b.get(&to).await;
    assert!(!shown.body.contains("alice@corp.example"), "{}", shown.body);
}

/// A form whose address shows no page (the review of a category) returns to the page it was
/// sent from, with the reviewer's choices kept.
async fn a_form_without_a_page_returns_to_the_page_that_sent_it(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let page = format!("/accounts/{id}/profile/category/1");
    let p =
        sam.navigate_post(&page, &format!("{page}/review"), &[("decision-1.3", "return"), ("comment-1.3", "")]).await;
    assert_eq!(p.status, 303);
    let to = p.location.expect("a redirect");
    assert!(to.starts_with(&format!("{page}?form=")), "{to}");
    sam.get(&to)
        .await
        .assert_contains("Say what the partner should change.")
        .assert_contains("id=\"decision-1.3-return\" name=\"decision-1.3\" value=\"return\" checked");
}

/// A client that is not a browser navigating (a script, a test) gets the page with its
/// problems at once, as 422.
async fn a_script_gets_the_problems_at_once(db: TestDb) {
    let t = spawn(db).await;
    let b = t.browser();
    let p = b.post("/login", &[("email", "kept@example.com"), ("password", PW)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("value=\"kept@example.com\"");
}

both_engines! {
    own_address => a_failed_form_is_shown_again_at_its_own_address;
    only_its_sender => a_kept_form_is_shown_only_to_its_sender;
    page_that_sent_it => a_form_without_a_page_returns_to_the_page_that_sent_it;
    scripts_at_once => a_script_gets_the_problems_at_once;
    needs_page_and_session => a_kept_form_needs_the_page_and_a_live_session;
    forgotten_on_session_change => kept_pages_are_forgotten_when_a_session_starts;
}
