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

/// The kept page belongs to the visitor who sent the form: anyone else is sent to the plain
/// page.
async fn a_kept_form_is_shown_only_to_its_sender(db: TestDb) {
    let t = spawn(db).await;
    let b = t.browser();
    let p = b.navigate_post("/login", "/login", &[("email", "kept@example.com"), ("password", "wrong")]).await;
    let to = p.location.expect("a redirect");
    let other = Browser::new(&t.base);
    other.get("/login").await;
    let shown = other.get(&to).await;
    assert_eq!(shown.status, 303);
    assert_eq!(shown.location.as_deref(), Some("/login"));
    let gone = b.get("/login?form=unknownkey").await;
    assert_eq!(gone.status, 303);
    assert_eq!(gone.location.as_deref(), Some("/login"));
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
}
