//! Driving a real headless Chromium (Debian's `chromium` + `chromium-driver`) as a person does —
//! following links and buttons by their words — with axe-core (WCAG 2.1 A/AA rules) run on every
//! page reached on the way. Without Chromium the journeys skip locally; in CI (`CI` set) they
//! must run, and axe must be configured (`CTPAT_AXE_JS`).

// Each browser suite uses part of these helpers.
#![allow(dead_code)]

use fantoccini::{Client, ClientBuilder, Locator};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Driver {
    child: Child,
    pub client: Client,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub async fn start_browser() -> Option<Driver> {
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

/// The demo portal (SQLite, demo data, staff without a second factor) and a browser to walk
/// it: the browser, the app, and the address to open (by name, so cookies hold as in a real
/// browser). `None` when Chromium is not installed (outside CI).
pub async fn demo_portal() -> Option<(Driver, ctpat_testkit::TestApp, String)> {
    let driver = start_browser().await?;
    let t = ctpat_testkit::TestApp::spawn_with(ctpat_testkit::TestDb::sqlite().await, |s| s.require_staff_mfa = false)
        .await;
    ctpat_app::demo::load(&t.app).await.unwrap();
    let base = t.base.replace("127.0.0.1", "localhost");
    Some((driver, t, base))
}

/// Run axe-core on the current page; returns the WCAG 2.1 A/AA violations.
pub async fn axe_violations(c: &Client) -> Option<Vec<String>> {
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

pub async fn check_on_the_way(c: &Client) {
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
pub fn found_on_the_way(base: &str) -> Vec<String> {
    let origin = origin_of(base);
    let mut all = FOUND_ON_THE_WAY.lock().unwrap();
    let (mine, others): (Vec<_>, Vec<_>) = all.drain(..).partition(|(o, _)| *o == origin);
    *all = others;
    mine.into_iter().map(|(_, x)| x).collect()
}

pub async fn check_accessible(c: &Client, what: &str, problems: &mut Vec<String>) {
    match axe_violations(c).await {
        Some(v) => problems.extend(v.into_iter().map(|x| format!("{what}: {x}"))),
        None => {
            assert!(std::env::var_os("CI").is_none(), "CI must set CTPAT_AXE_JS to axe-core's axe.min.js");
            eprintln!("axe-core not configured (CTPAT_AXE_JS): accessibility rules not checked on {what}")
        }
    }
}

/// Set a field's value as a date picker would (typing into one depends on the browser's locale).
pub async fn set_value(c: &Client, name: &str, value: &str) {
    c.execute(
        "document.querySelector('[name=\"' + arguments[0] + '\"]').value = arguments[1];",
        vec![serde_json::json!(name), serde_json::json!(value)],
    )
    .await
    .unwrap();
}

pub async fn fill(c: &Client, name: &str, value: &str) {
    let input = c.find(Locator::Css(&format!("[name=\"{name}\"]"))).await.unwrap_or_else(|_| panic!("no field {name}"));
    input.clear().await.unwrap();
    input.send_keys(value).await.unwrap();
}

/// Click and wait until the next page has loaded (the old page's marker is gone).
pub async fn click_and_wait(c: &Client, selector: &str) {
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    c.find(Locator::Css(selector)).await.unwrap().click().await.unwrap();
    wait_for_new_page(c, &format!("clicking {selector}")).await;
}

pub async fn submit(c: &Client) {
    click_and_wait(c, "main form button[type=submit]").await;
}

pub async fn text(c: &Client) -> String {
    c.find(Locator::Css("main")).await.unwrap().text().await.unwrap()
}

/// Click the link whose words contain `text` (in the page's main part, or anywhere when it is
/// not there) and wait for the next page: what a person reading the page does.
pub async fn follow(c: &Client, words: &str) {
    // The page's main part first: a union of both paths would give the first in page order,
    // which is the site menu's link when both have the words.
    let in_main = format!("(//main//a[contains(normalize-space(.), \"{words}\")])[1]");
    let anywhere = format!("(//a[contains(normalize-space(.), \"{words}\")])[1]");
    let found = match c.find(Locator::XPath(&in_main)).await {
        Ok(l) => Ok(l),
        Err(_) => c.find(Locator::XPath(&anywhere)).await,
    };
    let Ok(link) = found else { panic!("no link {words:?} on {}:\n{}", c.current_url().await.unwrap(), text(c).await) };
    let href = link.attr("href").await.unwrap().unwrap_or_default();
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    link.click().await.unwrap();
    wait_for_new_page(c, &format!("link {words:?} ({href})")).await;
}

/// Press the button whose words contain `text` and wait for the next page.
pub async fn press(c: &Client, words: &str) {
    let xpath = format!("//main//button[contains(normalize-space(.), \"{words}\")]");
    let Ok(button) = c.find(Locator::XPath(&xpath)).await else {
        panic!("no button {words:?} on {}:\n{}", c.current_url().await.unwrap(), text(c).await)
    };
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    button.click().await.unwrap();
    wait_for_new_page(c, &format!("button {words:?}")).await;
}

pub async fn wait_for_new_page(c: &Client, what: &str) {
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

/// A screenshot of the current step of `journey`, kept under `target/screenshots/<journey>/`.
pub async fn shot(c: &Client, journey: &str, step: usize, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots").join(journey);
    std::fs::create_dir_all(&dir).unwrap();
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{step:02}-{name}.png")), png).unwrap();
}

pub async fn sign_in_as(c: &Client, email: &str) {
    follow(c, "Sign in").await;
    fill(c, "email", email).await;
    fill(c, "password", ctpat_testkit::flows::PW).await;
    submit(c).await;
}

/// Sign in as a demo login through the sign-in form at `base`.
pub async fn sign_in_demo(c: &Client, base: &str, login: &ctpat_app::demo::DemoLogin) {
    c.goto(&format!("{base}/login")).await.unwrap();
    fill(c, "email", login.email).await;
    fill(c, "password", login.password).await;
    submit(c).await;
}

pub async fn sign_out(c: &Client) {
    click_and_wait(c, "header form button").await;
}

/// Tick "meets" and write a narrative for every criterion on the category page, then save.
pub async fn answer_category(c: &Client) {
    for radio in c.find_all(Locator::Css("main input[type=radio][value=meets]")).await.unwrap() {
        radio.click().await.unwrap();
    }
    for area in c.find_all(Locator::Css("main textarea[name^=narrative-]")).await.unwrap() {
        area.send_keys("We meet it: the security manager checks it every month.").await.unwrap();
    }
    press(c, "Save").await;
}
