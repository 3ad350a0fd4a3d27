//! UI journeys in a real headless Chromium (Debian's `chromium` + `chromium-driver`), with an
//! accessibility check by axe-core (WCAG 2.1 A/AA rules) on every page reached on the way. Locally the
//! test skips with a message when Chromium is absent; in CI (`CI` set) it must run.

use ctpat_testkit::{TestApp, TestDb};
use fantoccini::{Client, ClientBuilder, Locator};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ctpat_testkit::flows::PW;

struct Driver {
    child: Child,
    client: Client,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_browser() -> Option<Driver> {
    let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists());
    let Some(driver) = driver else {
        assert!(std::env::var_os("CI").is_none(), "CI must install chromium and chromium-driver");
        eprintln!("SKIPPED browser journeys: chromedriver not found (apt-get install chromium chromium-driver)");
        return None;
    };
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver");
    let profile = tempfile::tempdir().unwrap();
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=1280,900",
                     format!("--user-data-dir={}", profile.path().display())]
        }
    });
    let caps: fantoccini::wd::Capabilities = caps.as_object().unwrap().clone();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => {
                return Some(Driver { child, client, _profile: profile });
            }
            Err(e) if Instant::now() > deadline => panic!("cannot start Chromium: {e}"),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
}

/// Run axe-core on the current page; returns the WCAG 2.1 A/AA violations.
async fn axe_violations(c: &Client) -> Option<Vec<String>> {
    let path = std::env::var("CTPAT_AXE_JS").ok()?;
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("CTPAT_AXE_JS={path}: {e}"));
    c.execute(&source, vec![]).await.expect("load axe");
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' — ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
          .catch(e => done(['axe failed: ' + e]));
    "#;
    let result = c.execute_async(script, vec![]).await.expect("run axe");
    Some(result.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect())
}

/// What axe found on every page reached by a link, a button or a form, per test server (its
/// origin), so each journey answers for its own pages.
static FOUND_ON_THE_WAY: std::sync::Mutex<Vec<(String, String)>> = std::sync::Mutex::new(Vec::new());

async fn check_on_the_way(c: &Client) {
    let url = c.current_url().await.unwrap();
    if let Some(found) = axe_violations(c).await {
        let origin = origin_of(url.as_str());
        let mut all = FOUND_ON_THE_WAY.lock().unwrap();
        all.extend(found.into_iter().map(|x| (origin.clone(), format!("{}: {x}", url.path()))));
    }
}

/// `https://host:port` of an address.
fn origin_of(address: &str) -> String {
    address.splitn(4, '/').take(3).collect::<Vec<_>>().join("/")
}

/// The violations axe found on the pages of the server at `base`.
fn found_on_the_way(base: &str) -> Vec<String> {
    let origin = origin_of(base);
    let mut all = FOUND_ON_THE_WAY.lock().unwrap();
    let (mine, others): (Vec<_>, Vec<_>) = all.drain(..).partition(|(o, _)| *o == origin);
    *all = others;
    mine.into_iter().map(|(_, x)| x).collect()
}

async fn check_accessible(c: &Client, what: &str, problems: &mut Vec<String>) {
    match axe_violations(c).await {
        Some(v) => problems.extend(v.into_iter().map(|x| format!("{what}: {x}"))),
        None => {
            assert!(std::env::var_os("CI").is_none(), "CI must set CTPAT_AXE_JS to axe-core's axe.min.js");
            eprintln!("axe-core not configured (CTPAT_AXE_JS): accessibility rules not checked on {what}")
        }
    }
}

async fn fill(c: &Client, name: &str, value: &str) {
    let input = c.find(Locator::Css(&format!("[name=\"{name}\"]"))).await.unwrap_or_else(|_| panic!("no field {name}"));
    input.clear().await.unwrap();
    input.send_keys(value).await.unwrap();
}

/// Click and wait until the next page has loaded (the old page's marker is gone).
async fn click_and_wait(c: &Client, selector: &str) {
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::Css(selector)).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, &format!("clicking {selector}")).await;
}

async fn submit(c: &Client) {
    click_and_wait(c, "main form button[type=submit]").await;
}

async fn text(c: &Client) -> String {
    c.find(Locator::Css("main")).await.unwrap().text().await.unwrap()
}

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
    submit(c).await;

    check_accessible(c, "apply: agreement", &mut problems).await;
    c.find(Locator::Css("#f-agree")).await.unwrap().click().await.unwrap();
    fill(c, "password", PW).await;
    submit(c).await;
    let page = text(c).await;
    assert!(page.contains("Your application has been signed and submitted."), "{page}");
    check_accessible(c, "account dashboard", &mut problems).await;

    // The Security Profile: pages are accessible, and a draft saves itself while typing.
    let url = c.current_url().await.unwrap();
    let account = url.path().trim_start_matches("/accounts/").to_string();
    c.goto(&format!("{base}/accounts/{account}/profile")).await.unwrap();
    check_accessible(c, "profile overview", &mut problems).await;
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
    let Some(driver) = start_browser().await else { return };
    let t = TestApp::spawn_with(TestDb::sqlite().await, |s| s.require_staff_mfa = false).await;
    ctpat_app::demo::load(&t.app).await.unwrap();
    let base = t.base.replace("127.0.0.1", "localhost");
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

/// Click the link whose words contain `text` (in the page's main part, or anywhere when it is
/// not there) and wait for the next page: what a person reading the page does.
async fn follow(c: &Client, words: &str) {
    let xpath = format!(
        "(//main//a[contains(normalize-space(.), \"{words}\")] | //a[contains(normalize-space(.), \"{words}\")])[1]"
    );
    let Ok(link) = c.find(Locator::XPath(&xpath)).await else {
        panic!("no link {words:?} on {}:\n{}", c.current_url().await.unwrap(), text(c).await)
    };
    let href = link.attr("href").await.unwrap().unwrap_or_default();
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    link.click().await.unwrap();
    wait_for_new_page(c, &format!("link {words:?} ({href})")).await;
}

/// Press the button whose words contain `text` and wait for the next page.
async fn press(c: &Client, words: &str) {
    let xpath = format!("//main//button[contains(normalize-space(.), \"{words}\")]");
    let Ok(button) = c.find(Locator::XPath(&xpath)).await else {
        panic!("no button {words:?} on {}:\n{}", c.current_url().await.unwrap(), text(c).await)
    };
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    button.click().await.unwrap();
    wait_for_new_page(c, &format!("button {words:?}")).await;
}

async fn wait_for_new_page(c: &Client, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let fresh = c
            .execute("return window.__ctpatOldPage === undefined && document.readyState === 'complete';", vec![])
            .await
            .map(|v| v.as_bool() == Some(true))
            .unwrap_or(false);
        if fresh {
            check_on_the_way(c).await;
            return;
        }
        assert!(Instant::now() < deadline, "the page did not change after {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A screenshot of the current step, kept under `target/screenshots/review-cycle/`.
async fn shot(c: &Client, step: usize, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots/review-cycle");
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{step:02}-{name}.png")), png).unwrap();
}

async fn sign_in_as(c: &Client, email: &str) {
    follow(c, "Sign in").await;
    fill(c, "email", email).await;
    fill(c, "password", PW).await;
    submit(c).await;
}

async fn sign_out(c: &Client) {
    click_and_wait(c, "header form button").await;
}

/// Tick "meets" and write a narrative for every criterion on the category page, then save.
async fn answer_category(c: &Client) {
    for radio in c.find_all(Locator::Css("main input[type=radio][value=meets]")).await.unwrap() {
        radio.click().await.unwrap();
    }
    for area in c.find_all(Locator::Css("main textarea[name^=narrative-]")).await.unwrap() {
        area.send_keys("We meet it: the security manager checks it every month.").await.unwrap();
    }
    press(c, "Save").await;
}

/// The whole review cycle between a partner and program staff, done as people do it: reading
/// pages and following links and buttons from the home page, never typing an address. Apply →
/// profile → submit → the SCSS returns one criterion and accepts the rest → the partner is
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
    submit(c).await;
    c.find(Locator::Css("#f-agree")).await.unwrap().click().await.unwrap();
    fill(c, "password", PW).await;
    submit(c).await;
    assert!(text(c).await.contains("Your application has been signed and submitted."));
    let (n, what) = seen("applied");
    shot(c, n, &what).await;
    check_accessible(c, "dashboard after signing", &mut problems).await;
    assert!(text(c).await.contains("Complete your Security Profile"), "the next step is the profile");
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
    shot(c, n, &what).await;
    sign_out(c).await;

    // The partner answers every category and signs the profile.
    sign_in_as(c, "lena@harbor.example").await;
    follow(c, "Harbor Imports").await;
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
    check_accessible(c, "profile ready to sign", &mut problems).await;
    c.find(Locator::Css("#f-confirm")).await.unwrap().click().await.unwrap();
    fill(c, "password", PW).await;
    press(c, "Sign and submit the profile").await;
    assert!(text(c).await.contains("signed and submitted"), "{}", text(c).await);
    let (n, what) = seen("profile-submitted");
    shot(c, n, &what).await;
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
            shot(c, n, &what).await;
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
    shot(c, n, &what).await;
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
    shot(c, n, &what).await;
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
    shot(c, n, &what).await;
    sign_out(c).await;

    // The Supervisor certifies.
    sign_in_as(c, "sue@cbp.example").await;
    follow(c, "Work queue").await;
    follow(c, "Harbor Imports").await;
    press(c, "Certify").await;
    let page = text(c).await;
    assert!(page.contains("Certified"), "{page}");
    let (n, what) = seen("certified");
    shot(c, n, &what).await;
    check_accessible(c, "certified account", &mut problems).await;
    problems.extend(found_on_the_way(&base));
    assert!(problems.is_empty(), "accessibility problems:\n{}", problems.join("\n"));
    driver.client.clone().close().await.unwrap();
}
