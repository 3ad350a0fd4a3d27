//! The review cycle between a partner and program staff in a real headless Chromium, with
//! axe-core on every page reached on the way (see `support/browser.rs`).

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use ctpat_testkit::flows::PW;
use ctpat_testkit::{TestApp, TestDb};
use fantoccini::Locator;

/// The whole review cycle between a partner and program staff, done as people do it: reading
/// pages and following links and buttons from the home page, never typing an address. Apply,
/// answering the profile the agreement asks for → sign both → the SCSS returns one criterion and accepts the rest → the partner is
/// told, fixes it and submits again → the SCSS accepts → recommends certification → a
/// Supervisor certifies. Every page on the way is checked with axe; each step is screenshotted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_cycle_between_partner_and_staff_in_a_browser() {
    let Some(driver) = start_browser().await else { return };
    let t = TestApp::spawn_with(TestDb::sqlite().await, |s| s.require_staff_mfa = false).await;
    t.partner("lena@harbor.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let base = t.base.replace("127.0.0.1", "localhost");
    let c = &driver.client;
    let mut problems = Vec::new();
    let mut step = 0;
    let mut seen = |what: &str| {
        step += 1;
        (step, what.to_string())
    };

    // The partner applies for an importer account.
    c.goto(&format!("{base}/")).await.unwrap();
    sign_in_as(c, "lena@harbor.example").await;
    follow(c, "Apply for a new account").await;
    c.find(Locator::Css("#f-entity_type-importer")).await.unwrap().click().await.unwrap();
    c.find(Locator::Css("#f-my_role-officer")).await.unwrap().click().await.unwrap();
    submit(c).await;
    fill(c, "name", "Harbor Imports").await;
    fill(c, "phone", "+1 410 555 0100").await;
    submit(c).await;
    fill(c, "hq_line1", "2 Dock Street").await;
    fill(c, "hq_city", "Baltimore").await;
    fill(c, "hq_country", "US").await;
    c.find(Locator::Css("#f-a1_kind")).await.unwrap().select_by_value("cargo_facility").await.unwrap();
    fill(c, "a1_line1", "Pier 4").await;
    fill(c, "a1_city", "Baltimore").await;
    fill(c, "a1_country", "US").await;
    submit(c).await;
    fill(c, "name", "Lena Officer").await;
    fill(c, "email", "lena@harbor.example").await;
    c.find(Locator::Css("#f-role")).await.unwrap().select_by_value("officer").await.unwrap();
    c.find(Locator::Css("#f-primary")).await.unwrap().click().await.unwrap();
    click_and_wait(c, "form[action$='/contacts'] button[type=submit]").await;
    fill(c, "name", "Max Admin").await;
    fill(c, "email", "max@harbor.example").await;
    c.find(Locator::Css("#f-role")).await.unwrap().select_by_value("admin").await.unwrap();
    click_and_wait(c, "form[action$='/contacts'] button[type=submit]").await;
    press(c, "Save and continue").await;
    fill(c, "id_ior", "12-345678900").await;
    fill(c, "bond_number", "987654321").await;
    c.find(Locator::Css("#f-bond_type")).await.unwrap().select_by_value("continuous_import").await.unwrap();
    c.find(Locator::Css("#f-declare_imported_last_12_months")).await.unwrap().click().await.unwrap();
    submit(c).await;
    // The agreement says what still stops the signature: the Security Profile goes with the
    // application, so the partner answers every category first.
    assert!(text(c).await.contains("still needed before the profile can be submitted"), "{}", text(c).await);
    check_accessible(c, "agreement with the profile to answer", &mut problems).await;
    follow(c, "Security Profile").await;
    check_accessible(c, "profile overview", &mut problems).await;
    let categories: Vec<String> = {
        let mut v = Vec::new();
        for a in c.find_all(Locator::Css("main table a")).await.unwrap() {
            let name = a.text().await.unwrap();
            // The categories of criteria ("1. Security Vision…"), not the risk assessment.
            if name.starts_with(|ch: char| ch.is_ascii_digit()) {
                v.push(name);
            }
        }
        v
    };
    assert!(categories.len() >= 10, "{categories:?}");
    for name in &categories {
        follow(c, name).await;
        answer_category(c).await;
        follow(c, "Security Profile").await;
    }
    check_accessible(c, "profile ready to go with the application", &mut problems).await;
    follow(c, "Go to the Partner Agreement").await;
    c.find(Locator::Css("#f-agree")).await.unwrap().click().await.unwrap();
    fill(c, "password", PW).await;
    submit(c).await;
    assert!(text(c).await.contains("Your application has been signed and submitted."));
    let (n, what) = seen("applied");
    shot(c, "review-cycle", n, &what).await;
    check_accessible(c, "dashboard after signing", &mut problems).await;
    assert!(text(c).await.contains("waiting for a Supervisor to assign"), "{}", text(c).await);
    sign_out(c).await;

    // The Supervisor assigns the SCSS.
    sign_in_as(c, "sue@cbp.example").await;
    follow(c, "Work queue").await;
    follow(c, "Harbor Imports").await;
    c.find(Locator::Css("#scss-assign-scss"))
        .await
        .unwrap()
        .select_by_value(&t.user_id("sam@cbp.example").await.to_string())
        .await
        .unwrap();
    press(c, "Assign an SCSS").await;
    let (n, what) = seen("scss-assigned");
    shot(c, "review-cycle", n, &what).await;
    sign_out(c).await;

    // The SCSS returns 1.3 and accepts everything else.
    sign_in_as(c, "sam@cbp.example").await;
    follow(c, "Work queue").await;
    follow(c, "Harbor Imports").await;
    assert!(text(c).await.contains("The partner submitted the Security Profile"));
    follow(c, "Security Profile").await;
    for name in &categories {
        follow(c, name).await;
        for radio in c.find_all(Locator::Css("main input[type=radio][value=accept]")).await.unwrap() {
            radio.click().await.unwrap();
        }
        if name.starts_with("1.") {
            c.find(Locator::Css("#decision-1\\.3-return")).await.unwrap().click().await.unwrap();
            press(c, "Record the decisions").await;
            // A return needs a comment: the page comes back with every choice kept, at an address
            // reached by GET, so reloading it sends nothing again.
            assert!(text(c).await.contains("Say what the partner should change."));
            assert!(c.current_url().await.unwrap().query().is_some_and(|q| q.contains("form=")));
            c.refresh().await.unwrap();
            assert!(text(c).await.contains("Say what the partner should change."), "shown again on reload");
            check_accessible(c, "review with an error", &mut problems).await;
            let kept = c.find(Locator::Css("#decision-1\\.3-return")).await.unwrap().prop("checked").await.unwrap();
            assert_eq!(kept.as_deref(), Some("true"), "the reviewer's choice stays");
            fill(c, "comment-1.3", "Say who performs the audit, and how often.").await;
            let (n, what) = seen("review-returning-1-3");
            shot(c, "review-cycle", n, &what).await;
        }
        press(c, "Record the decisions").await;
        assert!(text(c).await.contains("Recorded:"), "{}", text(c).await);
    }
    assert!(text(c).await.contains("Returned to the partner"), "{}", text(c).await);
    sign_out(c).await;

    // The partner is told, follows the notification to the criterion, fixes it, submits again.
    sign_in_as(c, "lena@harbor.example").await;
    follow(c, "Harbor Imports").await;
    follow(c, "Notifications").await;
    assert!(text(c).await.contains("returned one criterion"), "{}", text(c).await);
    let (n, what) = seen("partner-told");
    shot(c, "review-cycle", n, &what).await;
    check_accessible(c, "notifications", &mut problems).await;
    follow(c, "Open the Security Profile").await;
    assert!(text(c).await.contains("Returned for changes — start here"));
    follow(c, "1.3").await;
    let narrative = c.find(Locator::Css("[name=\"narrative-1.3\"]")).await.unwrap();
    narrative.clear().await.unwrap();
    narrative.send_keys("Our security manager audits the program every quarter.").await.unwrap();
    press(c, "Save").await;
    follow(c, "Security Profile").await;
    c.find(Locator::Css("#f-confirm")).await.unwrap().click().await.unwrap();
    fill(c, "password", PW).await;
    press(c, "Sign and submit the profile").await;
    let (n, what) = seen("resubmitted");
    shot(c, "review-cycle", n, &what).await;
    sign_out(c).await;

    // The SCSS accepts the change, which approves the profile, and recommends certification.
    sign_in_as(c, "sam@cbp.example").await;
    follow(c, "Work queue").await;
    follow(c, "Harbor Imports").await;
    follow(c, "Security Profile").await;
    follow(c, &categories[0]).await;
    c.find(Locator::Css("#decision-1\\.3-accept")).await.unwrap().click().await.unwrap();
    press(c, "Record the decisions").await;
    assert!(text(c).await.contains("the profile is approved"), "{}", text(c).await);
    follow(c, "Account overview").await;
    assert!(text(c).await.contains("Security Profile: every criterion is accepted."), "{}", text(c).await);
    press(c, "Recommend certification").await;
    let (n, what) = seen("recommended");
    shot(c, "review-cycle", n, &what).await;
    sign_out(c).await;

    // The Supervisor certifies.
    sign_in_as(c, "sue@cbp.example").await;
    follow(c, "Work queue").await;
    follow(c, "Harbor Imports").await;
    press(c, "Certify").await;
    let page = text(c).await;
    assert!(page.contains("Certified"), "{page}");
    let (n, what) = seen("certified");
    shot(c, "review-cycle", n, &what).await;
    check_accessible(c, "certified account", &mut problems).await;
    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}
