//! UI journeys in a real headless Chromium, with axe-core on every page reached on the way
//! (see `support/browser.rs`): sign-up and MFA, applying, the catalog page, screenshots.

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use ctpat_testkit::flows::PW;
use ctpat_testkit::{TestApp, TestDb};
use fantoccini::Locator;
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_up_confirm_sign_in_and_enrol_mfa_in_a_browser() {
    let Some(driver) = start_browser().await else {
        return;
    };
    let t = TestApp::spawn(TestDb::sqlite().await).await;
    // Chromium treats localhost as a secure context, so the Secure `__Host-` cookies work.
    let base = t.base.replace("127.0.0.1", "localhost");
    let c = &driver.client;
    let mut problems = Vec::new();

    c.goto(&format!("{base}/")).await.unwrap();
    check_accessible(c, "home", &mut problems).await;
    // The skip link is the first thing the keyboard reaches.
    let first =
        c.execute("return document.querySelector('a, button, input, select').className;", vec![]).await.unwrap();
    assert_eq!(first.as_str(), Some("skip-link"));

    c.goto(&format!("{base}/signup")).await.unwrap();
    check_accessible(c, "sign-up form", &mut problems).await;
    fill(c, "name", "Rosa Parks").await;
    fill(c, "email", "rosa@example.com").await;
    fill(c, "password", "short").await;
    submit(c).await;
    let page = text(c).await;
    assert!(page.contains("There is a problem"), "{page}");
    assert!(page.contains("Must be at least 15 characters long."), "{page}");
    let kept = c.find(Locator::Css("[name=\"email\"]")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("rosa@example.com"), "what was typed stays");
    let focused = c.execute("return document.activeElement.className;", vec![]).await.unwrap();
    assert_eq!(focused.as_str(), Some("error-summary"), "focus moves to the error summary");
    check_accessible(c, "sign-up form with errors", &mut problems).await;

    fill(c, "password", PW).await;
    fill(c, "password_confirm", PW).await;
    submit(c).await;
    assert!(text(c).await.contains("Check your e-mail"));

    let link = t.link_in_email("rosa@example.com", "/verify-email?token=").await;
    c.goto(&format!("{base}{link}")).await.unwrap();
    check_accessible(c, "e-mail confirmation", &mut problems).await;
    submit(c).await;
    assert!(text(c).await.contains("Your e-mail address is confirmed"));
    check_accessible(c, "sign-in form", &mut problems).await;
    fill(c, "email", "rosa@example.com").await;
    fill(c, "password", PW).await;
    submit(c).await;
    assert!(text(c).await.contains("Welcome, Rosa Parks"), "{}", text(c).await);

    c.goto(&format!("{base}/account/mfa")).await.unwrap();
    fill(c, "password", PW).await;
    submit(c).await;
    check_accessible(c, "MFA enrolment", &mut problems).await;
    let code = t.totp_now("rosa@example.com").await;
    fill(c, "code", &code).await;
    submit(c).await;
    assert!(text(c).await.contains("Save your recovery codes"));

    c.goto(&format!("{base}/account")).await.unwrap();
    let page = text(c).await;
    assert!(page.contains("Active sessions") && page.contains("This session"), "{page}");
    check_accessible(c, "account", &mut problems).await;
    c.goto(&format!("{base}/help/permissions")).await.unwrap();
    check_accessible(c, "permissions", &mut problems).await;

    click_and_wait(c, "header form button").await;
    assert!(text(c).await.contains("You have signed out."));

    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn apply_for_an_account_in_a_browser() {
    let Some(driver) = start_browser().await else { return };
    let t = TestApp::spawn(TestDb::sqlite().await).await;
    t.partner("lena@harbor.example", PW).await;
    let base = t.base.replace("127.0.0.1", "localhost");
    let c = &driver.client;
    let mut problems = Vec::new();

    c.goto(&format!("{base}/login")).await.unwrap();
    fill(c, "email", "lena@harbor.example").await;
    fill(c, "password", PW).await;
    submit(c).await;
    check_accessible(c, "partner home", &mut problems).await;

    c.goto(&format!("{base}/apply")).await.unwrap();
    check_accessible(c, "apply: entity type", &mut problems).await;
    c.find(Locator::Css("#f-entity_type-sea_carrier")).await.unwrap().click().await.unwrap();
    submit(c).await;
    // The applicant's role is theirs to choose: nothing is chosen for them.
    let page = text(c).await;
    assert!(page.contains("Your role for this company: Choose one of the options."), "{page}");
    check_accessible(c, "apply: role not chosen", &mut problems).await;
    c.find(Locator::Css("#f-entity_type-sea_carrier")).await.unwrap().click().await.unwrap();
    c.find(Locator::Css("#f-my_role-officer")).await.unwrap().click().await.unwrap();
    submit(c).await;
    assert!(c.current_url().await.unwrap().path().ends_with("/apply/organization"));

    fill(c, "name", "").await;
    fill(c, "phone", "1").await;
    submit(c).await;
    assert!(text(c).await.contains("There is a problem"));
    check_accessible(c, "apply: organization with errors", &mut problems).await;
    fill(c, "name", "Harbor Lines").await;
    fill(c, "phone", "+1 410 555 0100").await;
    submit(c).await;

    check_accessible(c, "apply: addresses", &mut problems).await;
    fill(c, "hq_line1", "2 Dock Street").await;
    fill(c, "hq_city", "Norfolk").await;
    fill(c, "hq_country", "US").await;
    submit(c).await;

    check_accessible(c, "apply: contacts", &mut problems).await;
    fill(c, "name", "Lena Officer").await;
    fill(c, "email", "lena@harbor.example").await;
    c.find(Locator::Css("#f-role")).await.unwrap().select_by_value("officer").await.unwrap();
    c.find(Locator::Css("#f-primary")).await.unwrap().click().await.unwrap();
    click_and_wait(c, "form[action$='/contacts'] button[type=submit]").await;
    assert!(text(c).await.contains("The contact has been saved."), "{}", text(c).await);
    fill(c, "name", "Max Admin").await;
    fill(c, "email", "max@harbor.example").await;
    c.find(Locator::Css("#f-role")).await.unwrap().select_by_value("admin").await.unwrap();
    click_and_wait(c, "form[action$='/contacts'] button[type=submit]").await;
    press(c, "Save and continue").await;

    check_accessible(c, "apply: identifiers", &mut problems).await;
    fill(c, "id_scac", "HRBL").await;
    fill(c, "bond_number", "987654321").await;
    c.find(Locator::Css("#f-bond_type")).await.unwrap().select_by_value("international_carrier").await.unwrap();
    c.find(Locator::Css("#f-declare_isps_mtsa_compliant")).await.unwrap().click().await.unwrap();
    submit(c).await;

    // The agreement lists what stops the signature: the Security Profile, submitted with it.
    check_accessible(c, "apply: agreement", &mut problems).await;
    let url = c.current_url().await.unwrap();
    let account = url.path().trim_start_matches("/accounts/").split('/').next().unwrap().to_string();
    follow(c, "Security Profile").await;
    check_accessible(c, "profile overview", &mut problems).await;

    // A draft answer saves itself while typing.
    c.goto(&format!("{base}/accounts/{account}/profile/category/1")).await.unwrap();
    check_accessible(c, "profile category", &mut problems).await;
    c.find(Locator::Css("#answer-1\\.3-meets")).await.unwrap().click().await.unwrap();
    let narrative = c.find(Locator::Css("[name=\"narrative-1.3\"]")).await.unwrap();
    narrative.send_keys("Our security team audits the program every quarter.").await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let status = c.find(Locator::Css(".autosave-status")).await.unwrap().text().await.unwrap();
        if status.contains("Draft saved") {
            break;
        }
        assert!(Instant::now() < deadline, "the draft did not save itself: {status:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    c.goto(&format!("{base}/accounts/{account}/profile/category/1")).await.unwrap();
    assert!(
        c.source().await.unwrap().contains("Our security team audits the program every quarter."),
        "the autosaved draft is there after a reload"
    );

    // Every category answered, the Officer signs the agreement and the profile goes with it.
    follow(c, "Security Profile").await;
    let mut categories = Vec::new();
    for a in c.find_all(Locator::Css("main table a")).await.unwrap() {
        let name = a.text().await.unwrap();
        if name.starts_with(|ch: char| ch.is_ascii_digit()) {
            categories.push(name);
        }
    }
    for name in &categories {
        follow(c, name).await;
        answer_category(c).await;
        follow(c, "Security Profile").await;
    }
    follow(c, "Go to the Partner Agreement").await;
    c.find(Locator::Css("#f-agree")).await.unwrap().click().await.unwrap();
    fill(c, "password", PW).await;
    submit(c).await;
    let page = text(c).await;
    assert!(page.contains("Your application has been signed and submitted."), "{page}");
    check_accessible(c, "account dashboard", &mut problems).await;
    c.goto(&format!("{base}/accounts/{account}/profile/risk")).await.unwrap();
    check_accessible(c, "risk assessment", &mut problems).await;

    // SVI: the page, a refused request (the typed number stays), verification, notifications.
    c.goto(&format!("{base}/accounts/{account}/svi")).await.unwrap();
    check_accessible(c, "SVI", &mut problems).await;
    fill(c, "svi_number", "SVI-0000").await;
    click_and_wait(c, "form[action$='/svi/request'] button[type=submit]").await;
    let page = text(c).await;
    assert!(page.contains("Enter an SVI number as SVI- followed by 8"), "{page}");
    let kept = c.find(Locator::Css("[name=\"svi_number\"]")).await.unwrap().prop("value").await.unwrap();
    assert_eq!(kept.as_deref(), Some("SVI-0000"));
    check_accessible(c, "SVI with errors", &mut problems).await;
    c.goto(&format!("{base}/accounts/{account}/svi/verify")).await.unwrap();
    check_accessible(c, "SVI bulk verification", &mut problems).await;
    c.goto(&format!("{base}/accounts/{account}/notifications")).await.unwrap();
    check_accessible(c, "notifications", &mut problems).await;
    // The notification centre: the bell leads to the person's list; its settings page.
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::Css("a.bell")).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, "the bell").await;
    check_accessible(c, "notification centre", &mut problems).await;
    follow(c, "Notification settings").await;
    check_accessible(c, "notification settings", &mut problems).await;

    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}

/// HQ's catalog page: versions, what each entity type answers, the criteria to verify (a
/// disclosure that opens without JavaScript), and the upload form.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn catalog_page_for_hq_in_a_browser() {
    let Some(driver) = start_browser().await else { return };
    let t = TestApp::spawn_with(TestDb::sqlite().await, |s| s.require_staff_mfa = false).await;
    t.staff("hal@cbp.example", PW, "hq").await;
    let base = t.base.replace("127.0.0.1", "localhost");
    let c = &driver.client;
    let mut problems = Vec::new();
    c.goto(&format!("{base}/login")).await.unwrap();
    fill(c, "email", "hal@cbp.example").await;
    fill(c, "password", PW).await;
    submit(c).await;
    c.goto(&format!("{base}/program/catalog")).await.unwrap();
    c.find(Locator::Css("details summary")).await.unwrap().click().await.unwrap();
    let page = text(c).await;
    assert!(page.contains("Highway carrier") && page.contains("5.17"), "{page}");
    check_accessible(c, "MSC catalog", &mut problems).await;
    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}

/// Screenshots of the main pages with demo data, for a person to look at:
/// `cargo test -p ctpat-testkit --test browser screenshots -- --ignored` writes PNGs to
/// `$CTPAT_SCREENSHOTS` (default: the system temp folder).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn screenshots() {
    let Some((driver, _portal, base)) = demo_portal().await else { return };
    let dir = std::env::var("CTPAT_SCREENSHOTS").map(std::path::PathBuf::from).unwrap_or_else(|_| std::env::temp_dir());
    let c = &driver.client;
    let shoot = |name: &'static str| {
        let dir = dir.clone();
        async move {
            let png = c.screenshot().await.unwrap();
            std::fs::write(dir.join(format!("ctpat-{name}.png")), png).unwrap();
        }
    };
    for (email, password, pages) in [
        (
            "officer@demo.ctpat.example",
            "demo officer walks the dock",
            vec![
                ("home", "/"),
                ("dashboard", "/accounts/5"),
                ("wizard", "/accounts/12/apply/addresses"),
                ("contacts", "/accounts/1/contacts"),
            ],
        ),
        (
            "supervisor@demo.ctpat.example",
            "demo supervisor signs reports",
            vec![("queue", "/program"), ("staff-view", "/accounts/3"), ("compliance", "/program/compliance")],
        ),
        ("hq@demo.ctpat.example", "demo headquarters sets policy", vec![("catalog", "/program/catalog")]),
    ] {
        c.goto(&format!("{base}/login")).await.unwrap();
        fill(c, "email", email).await;
        fill(c, "password", password).await;
        submit(c).await;
        for (name, path) in pages {
            c.goto(&format!("{base}{path}")).await.unwrap();
            shoot(name).await;
        }
        click_and_wait(c, "header form button").await;
    }
    driver.client.clone().close().await.unwrap();
}
