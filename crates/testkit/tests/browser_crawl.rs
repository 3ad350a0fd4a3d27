//! Every page, for good: the portal with its demo data is crawled in headless Chromium as every
//! demo role (the demo Officer's accounts include an application in the middle of its wizard),
//! in every language the footer offers, following the links each page offers. On every page reached: no error status, axe-core's
//! WCAG 2.1 A and AA rules pass, and at 375 px wide the page does not scroll sideways (tables
//! scroll in their own box). A few pages of each role are saved as screenshots at 1280 and
//! 375 px under `target/screenshots/crawl/<language>/`.

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use std::collections::{HashSet, VecDeque};

/// Pages read per role (one address per route: ids make no new page).
const MAX_PAGES: usize = 160;
/// Pages per role kept as screenshots.
const SHOTS: usize = 5;

/// A route's shape: numbers (ids) and the query left out.
fn pattern(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.split('/')
        .map(|seg| if !seg.is_empty() && seg.chars().all(|c| c.is_ascii_digit()) { "N" } else { seg })
        .collect::<Vec<_>>()
        .join("/")
}

/// Addresses a crawl does not open: downloads (files, exports, PDFs), the API and probes.
fn skipped(path: &str) -> bool {
    let p = path.split('?').next().unwrap_or_default();
    p.starts_with("/api")
        || p.starts_with("/assets")
        || p.starts_with("/static")
        || p == "/healthz"
        || p == "/readyz"
        || p.ends_with(".csv")
        || p.ends_with(".xlsx")
        || p.ends_with("/pdf")
        || p.ends_with(".json")
        || p.contains("/export")
        || p.contains("/files/")
        || p.contains("/download")
        || p.ends_with("/xlsx")
        || p.ends_with("/csv")
        || p.contains("/evidence/")
        || p.contains("/attachments/")
}

async fn links_on(c: &fantoccini::Client, origin: &str) -> Vec<String> {
    let v = c
        .execute("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)", vec![])
        .await
        .unwrap_or_default();
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str())
                .filter_map(|h| h.strip_prefix(origin))
                .filter(|p| p.starts_with('/'))
                .map(|p| p.split('#').next().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn status_of(c: &fantoccini::Client) -> u64 {
    c.execute("const n = performance.getEntriesByType('navigation')[0]; return n ? (n.responseStatus || 0) : 0", vec![])
        .await
        .ok()
        .and_then(|v| v.as_u64())
        .unwrap_or(0)
}

/// The innermost elements that stick out past the right edge, to name in a problem.
async fn sticking_out(c: &fantoccini::Client) -> String {
    let js = "const w = window.innerWidth; const out = [];
        for (const e of document.body.querySelectorAll('*')) {
          if (e.closest('.table-wrap')) continue;
          const r = e.getBoundingClientRect();
          if (r.right > w + 1 && ![...e.children].some(k => k.getBoundingClientRect().right > w + 1)) {
            out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' (' + Math.round(r.right) + ')');
          }
          if (out.length >= 4) break;
        }
        return out.join(', ');";
    c.execute(js, vec![]).await.ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

async fn sideways_at_375(c: &fantoccini::Client) -> Option<u64> {
    c.set_window_size(375, 900).await.unwrap();
    let v = c
        .execute(
            "const d = document.documentElement; return d.scrollWidth > window.innerWidth + 1 ? d.scrollWidth : 0",
            vec![],
        )
        .await
        .ok()
        .and_then(|v| v.as_u64())
        .unwrap_or(0);
    (v > 0).then_some(v)
}

fn slug(path: &str) -> String {
    let s: String = pattern(path).chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() { "home".into() } else { s }
}

/// Read every page reachable from `/` by links, once per route; returns how many were read.
async fn crawl(
    c: &fantoccini::Client,
    base: &str,
    who: &str,
    dir: &std::path::Path,
    problems: &mut Vec<String>,
) -> usize {
    let origin = base.to_string();
    let mut seen: HashSet<String> = HashSet::from([pattern("/")]);
    let mut queue: VecDeque<String> = VecDeque::from(["/".to_string()]);
    let mut read = 0;
    while let Some(path) = queue.pop_front() {
        if read >= MAX_PAGES {
            problems.push(format!("{who}: more than {MAX_PAGES} pages; raise the crawl's limit"));
            break;
        }
        c.goto(&format!("{base}{path}")).await.unwrap();
        read += 1;
        let now = c.current_url().await.unwrap();
        if now.path() == "/login" {
            problems.push(format!("{who}: {path} sent back to the sign-in page"));
            break;
        }
        let status = status_of(c).await;
        if status >= 400 {
            problems.push(format!("{who}: {path} answered {status} (a link leads there)"));
        }
        let mut found = Vec::new();
        check_accessible(c, &format!("{who}: {path}"), &mut found).await;
        problems.extend(found);
        if read <= SHOTS {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(dir.join(format!("{read:02}-{}-1280.png", slug(&path))), c.screenshot().await.unwrap())
                .unwrap();
        }
        if let Some(w) = sideways_at_375(c).await {
            let what = sticking_out(c).await;
            problems.push(format!("{who}: {path} scrolls sideways at 375 px (the page is {w} px wide: {what})"));
        }
        if read <= SHOTS {
            std::fs::write(dir.join(format!("{read:02}-{}-375.png", slug(&path))), c.screenshot().await.unwrap())
                .unwrap();
        }
        c.set_window_size(1280, 900).await.unwrap();
        for link in links_on(c, &origin).await {
            if !skipped(&link) && seen.insert(pattern(&link)) {
                queue.push_back(link);
            }
        }
    }
    read
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_every_role_reaches_is_accessible_and_fits_a_small_screen() {
    let Some((driver, _portal, base)) = demo_portal().await else { return };
    let c = &driver.client;
    let shots = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots/crawl");
    let mut problems: Vec<String> = Vec::new();
    let mut pages = 0;
    for login in ctpat_app::demo::LOGINS {
        c.set_window_size(1280, 900).await.unwrap();
        sign_in_demo(c, &base, &login).await;
        // In every language the catalogue holds, chosen in the footer as a person does.
        let langs = c
            .execute("return Array.from(document.querySelectorAll('#lang-select option')).map(o => o.value)", vec![])
            .await
            .unwrap();
        let langs: Vec<String> =
            langs.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_string()).collect();
        assert!(!langs.is_empty(), "the footer offers the languages");
        for lang in langs {
            set_value(c, "lang", &lang).await;
            click_and_wait(c, "form.lang-form button").await;
            let who = format!("{} ({}, {lang})", login.role, login.email);
            let dir = shots.join(&lang).join(login.role).join(login.email.split('@').next().unwrap_or_default());
            pages += crawl(c, &base, &who, &dir, &mut problems).await;
        }
        c.goto(&format!("{base}/")).await.unwrap();
        sign_out(c).await;
    }
    assert!(pages > 100, "the crawl reached only {pages} pages");
    assert!(problems.is_empty(), "{} problem(s) on {pages} pages:\n{}", problems.len(), problems.join("\n"));
}
