//! The SCSS's review of a submitted profile, as a reviewer lives it, on both engines: a refused
//! review keeps what was posted, nothing is recorded without a decision and the page says so,
//! and what was recorded is counted and shown again.

use ctpat_testkit::flows::submitted_profile;
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

/// A refused review shows the partner's answers as stored and the reviewer's choices and
/// comments as posted.
async fn a_refused_review_keeps_the_answers_and_the_choices(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let base = format!("/accounts/{id}/profile/category/1");
    let p = sam
        .post(
            &format!("{base}/review"),
            &[
                ("decision-1.3", "return"),
                ("comment-1.3", ""),
                ("decision-1.4", "accept"),
                ("decision-1.1", "return"),
                ("comment-1.1", "Name the person in charge."),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say what the partner should change.")
        .assert_contains("How we meet 1.3.")
        .assert_contains("How we meet 1.4.")
        .assert_contains("id=\"decision-1.3-return\" name=\"decision-1.3\" value=\"return\" checked")
        .assert_contains("id=\"decision-1.4-accept\" name=\"decision-1.4\" value=\"accept\" checked")
        .assert_contains("Name the person in charge.</textarea>");
    assert!(!p.body.contains("Not answered"), "the partner's answers stay on the page");
    // Nothing of the refused post was recorded.
    let page = sam.get(&base).await;
    assert!(!page.body.contains("tag--ok"), "no criterion shows as accepted");
}

/// A comment without a decision would be lost: it is refused, named on its criterion, and
/// nothing is recorded.
async fn a_comment_without_a_decision_records_nothing(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let base = format!("/accounts/{id}/profile/category/1");
    let p = sam.post(&format!("{base}/review"), &[("comment-1.3", "Who audits?"), ("decision-1.4", "accept")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose Accept or Return for this criterion, or clear its comment")
        .assert_contains("href=\"#f-decision-1.3\"")
        .assert_contains("Who audits?</textarea>");
    assert!(!sam.get(&base).await.body.contains("tag--ok"), "the accept posted with it was not recorded either");
    assert!(!t.audit_actions().await.iter().any(|a| a.starts_with("profile.reviewed")), "nothing audited as reviewed");
}

/// A review with no decision at all says that nothing was recorded.
async fn nothing_decided_is_said(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let p = sam.post(&format!("/accounts/{id}/profile/category/1/review"), &[("comment-1.3", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Nothing was recorded: choose Accept or Return for at least one criterion.");
    assert!(!p.body.contains("have been recorded"));
}

/// What was recorded is counted in the notice, and shows when the page is opened again: the
/// Accepted and Returned badges, the choices and the comment.
async fn recorded_decisions_are_counted_and_shown_again(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let base = format!("/accounts/{id}/profile/category/1");
    let p = sam
        .post(
            &format!("{base}/review"),
            &[
                ("decision-1.3", "return"),
                ("comment-1.3", "Say who audits, and how often."),
                ("decision-1.4", "accept"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let overview = sam.get(p.location.as_deref().unwrap()).await;
    overview.assert_contains("Recorded: 1 accepted and 1 returned.");
    let page = sam.get(&base).await;
    page.assert_contains("<span class=\"tag tag--ok\">Accepted</span>")
        .assert_contains("<span class=\"tag tag--warn\">Returned</span>")
        .assert_contains("Returned to the partner:</strong> Say who audits, and how often.")
        .assert_contains("id=\"decision-1.4-accept\" name=\"decision-1.4\" value=\"accept\" checked")
        .assert_contains("id=\"decision-1.3-return\" name=\"decision-1.3\" value=\"return\" checked")
        .assert_contains("Say who audits, and how often.</textarea>");
}

both_engines! {
    refused_review_keeps_what_was_posted => a_refused_review_keeps_the_answers_and_the_choices;
    comment_without_decision => a_comment_without_a_decision_records_nothing;
    nothing_decided => nothing_decided_is_said;
    decisions_counted_and_shown => recorded_decisions_are_counted_and_shown_again;
}
