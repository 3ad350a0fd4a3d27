//! Printing, in a real headless Chromium with the demo data: the Security Profile, a validation
//! summary and a letter, reached by links from the account's library, are laid out with the print
//! stylesheet at the printable width of A4 and of US Letter (20 mm margins). Nothing is wider than
//! the sheet, and the site's banner, menu, footer and skip link are left off the paper.

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use fantoccini::Client;

/// Chromium's own command (through chromedriver) to lay pages out for print or for the screen.
#[derive(Debug)]
struct EmulateMedia(&'static str);

impl fantoccini::wd::WebDriverCompatibleCommand for EmulateMedia {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({"cmd": "Emulation.setEmulatedMedia", "params": {"media": self.0}});
        (http::Method::POST, Some(body.to_string()))
    }
}

/// The printable width of a sheet, in CSS pixels (96 per inch), with 20 mm margins.
const SHEETS: [(&str, u32); 2] = [("A4", 643), ("Letter", 665)];

async fn check_print(c: &Client, what: &str, problems: &mut Vec<String>) {
    // On the screen the menu shows: what follows can tell the print layout from it.
    let shown =
        c.execute("return getComputedStyle(document.querySelector('.site-nav')).display", vec![]).await.unwrap();
    assert_ne!(shown, "none", "{what}: the menu shows on the screen");
    c.issue_cmd(EmulateMedia("print")).await.unwrap();
    for (sheet, width) in SHEETS {
        c.set_window_size(width, 1000).await.unwrap();
        let found = c
            .execute(
                "const d = document.documentElement; const out = [];
                 if (d.scrollWidth > window.innerWidth + 1) out.push('wider than the sheet: ' + d.scrollWidth + ' px');
                 for (const s of ['.gov-banner', '.site-nav', '.site-footer', '.skip-link']) {
                   const e = document.querySelector(s);
                   if (e && getComputedStyle(e).display !== 'none') out.push(s + ' is printed');
                 }
                 return out;",
                vec![],
            )
            .await
            .unwrap();
        for p in found.as_array().unwrap() {
            problems.push(format!("{what} on {sheet}: {}", p.as_str().unwrap_or_default()));
        }
    }
    c.issue_cmd(EmulateMedia("")).await.unwrap();
    c.set_window_size(1280, 900).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_profile_a_validation_summary_and_a_letter_print_on_a4_and_letter() {
    let Some((driver, _portal, base)) = demo_portal().await else { return };
    let officer = &ctpat_app::demo::LOGINS[0];
    let c = &driver.client;
    sign_in_demo(c, &base, officer).await;
    // Northwind's accounts (an importer validated with a report, a certified carrier): the
    // libraries offer a validation summary, letters and profile versions.
    let accounts = c
        .execute(
            "return Array.from(document.querySelectorAll('main a')).filter(a => a.textContent.includes('Northwind Imports')).map(a => a.getAttribute('href'))",
            vec![],
        )
        .await
        .unwrap();
    let mut hrefs: Vec<String> = Vec::new();
    for account in accounts.as_array().unwrap().iter().filter_map(|a| a.as_str()) {
        c.goto(&format!("{base}{account}")).await.unwrap();
        follow(c, "Partner library").await;
        let found = c
            .execute(
                "return Array.from(document.querySelectorAll('main a[href]')).map(a => a.getAttribute('href'))",
                vec![],
            )
            .await
            .unwrap();
        hrefs.extend(found.as_array().unwrap().iter().filter_map(|h| h.as_str().map(str::to_string)));
    }
    let summary = hrefs
        .iter()
        .find(|h| h.ends_with("/summary"))
        .unwrap_or_else(|| panic!("a validation summary in the library: {hrefs:?}"))
        .clone();
    let letter = hrefs
        .iter()
        .find(|h| h.contains("/letters/") && !h.ends_with("/pdf"))
        .expect("a letter in the library")
        .clone();
    let profile = format!("{}/profile", summary.split("/validations/").next().unwrap());
    let mut problems = Vec::new();
    for (what, path) in [("the Security Profile", profile), ("a validation summary", summary), ("a letter", letter)] {
        c.goto(&format!("{base}{path}")).await.unwrap();
        check_print(c, what, &mut problems).await;
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
