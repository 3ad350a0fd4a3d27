//! A staff member's home page answers "what needs me today", on both engines: the decisions
//! waiting for them, the profiles to review, the deadlines of the week and those passed, each
//! a link into the list that holds it, within their reach only.

use chrono::Duration;
use ctpat_testkit::flows::{PW, act, review_every_criterion, submitted_profile};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

async fn decisions_and_reviews_wait_for_the_person_who_takes_them(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let sue = t.signed_in("sue@cbp.example").await;
    sam.get("/").await.assert_contains("One Security Profile to review");
    sue.get("/").await.assert_contains("No decision waits for you");
    review_every_criterion(&t, &sam, id, &[]).await;
    assert_eq!(act(&sam, id, "recommend-certification", &[]).await.status, 303);
    let home = sue.get("/").await;
    home.assert_contains("One decision waits for you");
    let list = sue.get(&home.link("One decision waits for you")).await;
    list.assert_contains("Acme Imports");
    sam.get("/").await.assert_contains("No Security Profile to review");
    assert!(!ana.get("/").await.body.contains("What needs you today"), "partners have their accounts instead");
    // Another SCSS has nothing of Acme's.
    t.staff("stan@cbp.example", PW, "scss").await;
    t.signed_in("stan@cbp.example").await.get("/").await.assert_contains("No Security Profile to review");
}

async fn deadlines_of_the_week_and_passed_ones_follow_the_clock(db: TestDb) {
    let t = spawn(db).await;
    let (_ana, sam, _id) = submitted_profile(&t).await;
    sam.get("/").await.assert_contains("No deadline this week").assert_contains("Nothing overdue");
    // The certification target falls 90 days after the application.
    let start = t.app.now();
    // (Sessions end long before: the SCSS signs in again each time.)
    t.clock.set(start + Duration::days(85));
    let sam = t.signed_in("sam@cbp.example").await;
    sam.get("/").await.assert_contains("One deadline this week").assert_contains("Nothing overdue");
    t.clock.set(start + Duration::days(91));
    let home = t.signed_in("sam@cbp.example").await.get("/").await;
    home.assert_contains("No deadline this week").assert_contains("One account with a deadline passed");
}

async fn hq_is_told_of_applications_to_place(db: TestDb) {
    let t = spawn(db).await;
    submitted_profile(&t).await;
    t.staff("hugo@cbp.example", PW, "hq").await;
    let hq = t.signed_in("hugo@cbp.example").await;
    let home = hq.get("/").await;
    home.assert_contains("One application to place in a field office");
    hq.get(&home.link("One application to place")).await.assert_contains("Acme Imports");
}

both_engines! {
    decisions => decisions_and_reviews_wait_for_the_person_who_takes_them;
    deadlines => deadlines_of_the_week_and_passed_ones_follow_the_clock;
    unplaced => hq_is_told_of_applications_to_place;
}
