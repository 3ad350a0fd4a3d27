//! The keyboard alone, in a real headless Chromium with the demo data: the skip link first, the
//! sign-in with a failed try (the error summary takes the focus, its link leads to the field),
//! and an SVI connection request from the home page — every step by Tab, typing and Enter, with
//! the focus visible at each stop.

#[path = "support/browser.rs"]
mod browser;
use browser::*;
use fantoccini::Client;

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";

/// What has the focus: tag, name, id, class, text and href.
async fn focused(c: &Client) -> serde_json::Value {
    c.execute(
        "const e = document.activeElement; const s = getComputedStyle(e);
         return { tag: e.tagName.toLowerCase(), name: e.getAttribute('name') || '', id: e.id || '',
                  class: String(e.className || ''), text: (e.innerText || e.value || '').trim().slice(0, 80),
                  href: e.getAttribute('href') || '',
                  visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' };",
        vec![],
    )
    .await
    .unwrap()
}

/// A key pressed on the keyboard (Tab, Enter), wherever the focus is.
async fn press(c: &Client, key: &str) {
    use fantoccini::actions::{InputSource, KeyAction, KeyActions};
    let k = key.chars().next().unwrap();
    let keys = KeyActions::new("keyboard".into()).then(KeyAction::Down { value: k }).then(KeyAction::Up { value: k });
    c.perform_actions(keys).await.unwrap();
}

/// Text typed into what has the focus.
async fn type_in(c: &Client, text: &str) {
    c.active_element().await.unwrap().send_keys(text).await.unwrap();
}

/// Tab until the focus is on an element `is` accepts (at most 80 stops), checking at every
/// stop that the focus can be seen.
async fn tab_to(c: &Client, what: &str, is: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
    for _ in 0..80 {
        press(c, TAB).await;
        let f = focused(c).await;
        if f["tag"] == "body" {
            continue; // the browser's own stop before the page's first
        }
        assert_eq!(f["visible"], true, "the focus is not visible on {f}");
        if is(&f) {
            return f;
        }
    }
    panic!("Tab never reached {what} on {}", c.current_url().await.unwrap());
}

/// Sign in by Tab, typing and Enter.
async fn keyboard_sign_in(c: &Client, base: &str, login: &ctpat_app::demo::DemoLogin) {
    c.goto(&format!("{base}/login")).await.unwrap();
    tab_to(c, "the e-mail field", |f| f["name"] == "email").await;
    type_in(c, login.email).await;
    tab_to(c, "the password field", |f| f["name"] == "password").await;
    type_in(c, login.password).await;
    enter(c, "the sign-in").await;
}

/// Press Enter on what has the focus and wait for the next page.
async fn enter(c: &Client, what: &str) {
    c.execute("window.__ctpatOldPage = true;", vec![]).await.unwrap();
    press(c, ENTER).await;
    wait_for_new_page(c, what).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_and_request_an_svi_connection_by_keyboard_alone() {
    let Some((driver, t, base)) = demo_portal().await else { return };
    let officer = &ctpat_app::demo::LOGINS[0];
    // A certified company the demo Officer has no connection with, brought in by an import.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("accounts.csv");
    std::fs::write(&file, "legacy_id,organization_name,entity_type,status,certified_on,svi_number\nK-1,Keyboard Freight,importer,certified,2024-01-15,SVI-KBKB2345\n").unwrap();
    let hq = ctpat_app::actor::Actor::from_cli(&t.app, "hq@demo.ctpat.example").await.unwrap();
    let opts = ctpat_app::import::Options {
        missing_data: ctpat_app::import::MissingData::Notice,
        notice_days: 30,
        dry_run: false,
    };
    let can = hq.can::<ctpat_app::actor::ImportLegacy>().unwrap();
    let done = ctpat_app::import::run(&t.app, &can, &[file], &opts, &ctpat_app::import::Quiet).await.unwrap();
    assert!(matches!(done, ctpat_app::import::Outcome::Done(_)));
    let partner_number = "SVI-KBKB2345".to_string();
    let c = &driver.client;
    let mut problems = Vec::new();

    // The skip link is the first stop, and leads into the page's main part.
    c.goto(&format!("{base}/login")).await.unwrap();
    let first = tab_to(c, "the first stop", |_| true).await;
    assert_eq!((first["text"].as_str(), first["href"].as_str()), (Some("Skip to main content"), Some("#main")));
    press(c, ENTER).await;
    assert_eq!(focused(c).await["id"], "main", "the skip link moves the focus to the main part");

    // A wrong password: the error summary takes the focus; its link leads to the field.
    tab_to(c, "the e-mail field", |f| f["name"] == "email").await;
    type_in(c, officer.email).await;
    tab_to(c, "the password field", |f| f["name"] == "password").await;
    type_in(c, "not the password").await;
    enter(c, "a failed sign-in").await;
    let f = focused(c).await;
    assert!(f["class"].as_str().unwrap().contains("error-summary"), "the error summary has the focus: {f}");
    check_accessible(c, "the failed sign-in", &mut problems).await;
    tab_to(c, "the password field", |f| f["name"] == "password").await;
    type_in(c, officer.password).await;
    enter(c, "the sign-in").await;
    assert!(!c.current_url().await.unwrap().path().starts_with("/login"), "signed in");

    // From the home page to an account, to its SVI page, and a request by number.
    // The demo Officer's certified sea carrier.
    tab_to(c, "an account", |f| {
        f["text"].as_str().is_some_and(|t| t.contains("Pacific Crest"))
            && f["href"].as_str().is_some_and(|h| h.starts_with("/accounts/"))
    })
    .await;
    enter(c, "the account's page").await;
    tab_to(c, "the SVI page", |f| f["href"].as_str().is_some_and(|h| h.ends_with("/svi"))).await;
    enter(c, "the SVI page").await;
    check_accessible(c, "the SVI page", &mut problems).await;
    tab_to(c, "the SVI number field", |f| f["name"] == "svi_number").await;
    type_in(c, "SVI-0000").await;
    enter(c, "a malformed number").await;
    let f = focused(c).await;
    assert!(f["class"].as_str().unwrap().contains("error-summary"), "the error summary has the focus: {f}");
    tab_to(c, "the error's link", |f| f["href"] == "#f-svi_number").await;
    press(c, ENTER).await;
    assert_eq!(focused(c).await["name"], "svi_number", "the error's link leads to the field");
    c.execute("document.activeElement.value = ''", vec![]).await.unwrap();
    type_in(c, &partner_number).await;
    enter(c, "the request").await;
    let page = text(c).await;
    assert!(page.contains("Requests you sent"), "{page}");
    let url = c.current_url().await.unwrap();
    let ours: i64 = url.path().split('/').nth(2).unwrap().parse().unwrap();
    let theirs =
        t.db.scalar_i64("SELECT target_id FROM import_record WHERE sheet = 'accounts' AND legacy_id = 'K-1'").await;
    let asked =
        ctpat_store::svi::between(t.db.db.conn(), ours, theirs).await.unwrap().expect("the request is recorded");
    assert_eq!((asked.requester_id, asked.target_id), (ours, theirs));
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A company in the middle of its application, by keyboard alone: the wizard's next step, and
/// an answer of the Security Profile (a radio chosen with Space, a narrative typed, saved).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wizard_and_a_profile_category_by_keyboard_alone() {
    let Some((driver, t, base)) = demo_portal().await else { return };
    let officer = &ctpat_app::demo::LOGINS[0];
    let c = &driver.client;
    let mut problems = Vec::new();
    keyboard_sign_in(c, &base, officer).await;

    // The draft: continue the application, and save a step.
    tab_to(c, "the draft", |f| {
        f["text"].as_str().is_some_and(|t| t.contains("Cedar Valley"))
            && f["href"].as_str().is_some_and(|h| h.starts_with("/accounts/"))
    })
    .await;
    enter(c, "the draft's page").await;
    tab_to(c, "Continue the application", |f| f["text"] == "Continue the application").await;
    enter(c, "the wizard").await;
    let step = c.current_url().await.unwrap().path().to_string();
    assert!(step.contains("/apply/"), "{step}");
    check_accessible(c, "a wizard step", &mut problems).await;
    tab_to(c, "Save and continue", |f| f["text"] == "Save and continue").await;
    enter(c, "the next step").await;
    let now = c.current_url().await.unwrap().path().to_string();
    let f = focused(c).await;
    assert!(
        now != step || f["class"].as_str().unwrap().contains("error-summary"),
        "the wizard moved on, or says what is missing with the focus on it ({now}, {f})"
    );

    // The Security Profile, from the account's page: the first criterion answered by keyboard.
    tab_to(c, "the account's page", |f| {
        f["href"].as_str().is_some_and(|h| h.starts_with("/accounts/") && !h.contains("/apply"))
    })
    .await;
    enter(c, "the account's page").await;
    tab_to(c, "the Security Profile", |f| f["text"] == "Security Profile").await;
    enter(c, "the profile").await;
    tab_to(c, "a category", |f| f["href"].as_str().is_some_and(|h| h.contains("/profile/category/"))).await;
    enter(c, "a category").await;
    check_accessible(c, "a profile category", &mut problems).await;
    let radio = tab_to(c, "an answer", |f| f["name"].as_str().is_some_and(|n| n.starts_with("answer"))).await;
    press(c, " ").await;
    let chosen = c.execute("return document.activeElement.checked", vec![]).await.unwrap();
    assert_eq!(chosen, true, "Space chose the answer {radio}");
    tab_to(c, "the narrative", |f| f["name"].as_str().is_some_and(|n| n.starts_with("narrative"))).await;
    type_in(c, "Typed by keyboard: the guard checks every seal.").await;
    tab_to(c, "Save", |f| f["tag"] == "button" && f["text"] == "Save").await;
    enter(c, "the saved category").await;
    let saved = t.db.scalar_i64("SELECT COUNT(*) FROM profile_answer WHERE narrative LIKE '%Typed by keyboard: the guard checks every seal.%'").await;
    assert_eq!(saved, 1, "the answer typed by keyboard is saved");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// The SCSS reviews a criterion by keyboard alone: from the home page to the application under
/// review, its profile, a category; a criterion returned with a comment (the arrow key moves
/// the choice), recorded.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_review_of_a_criterion_by_keyboard_alone() {
    let Some((driver, t, base)) = demo_portal().await else { return };
    let scss = &ctpat_app::demo::LOGINS[1];
    let c = &driver.client;
    let mut problems = Vec::new();
    keyboard_sign_in(c, &base, scss).await;
    tab_to(c, "the work queue", |f| f["href"] == "/program").await;
    enter(c, "the work queue").await;
    tab_to(c, "the application under review", |f| f["text"].as_str().is_some_and(|t| t.contains("Blue Harbor"))).await;
    enter(c, "the account's page").await;
    tab_to(c, "the Security Profile", |f| f["text"] == "Security Profile").await;
    enter(c, "the profile").await;
    tab_to(c, "a category", |f| f["href"].as_str().is_some_and(|h| h.contains("/profile/category/"))).await;
    enter(c, "a category").await;
    check_accessible(c, "a category under review", &mut problems).await;
    let first = tab_to(c, "a decision", |f| f["name"].as_str().is_some_and(|n| n.starts_with("decision-"))).await;
    let criterion = first["name"].as_str().unwrap().trim_start_matches("decision-").to_string();
    // Arrow keys move within a group of radios; the last choice is "return".
    press(c, "\u{E015}").await;
    press(c, " ").await;
    let value = c.execute("return document.activeElement.value", vec![]).await.unwrap();
    assert_eq!(value, "return", "the arrow moved the choice to Return");
    tab_to(c, "the comment", |f| f["name"].as_str().is_some_and(|n| n == format!("comment-{criterion}"))).await;
    type_in(c, "Say who checks the seals, by keyboard.").await;
    tab_to(c, "Record the decisions", |f| f["tag"] == "button" && f["text"] == "Record the decisions").await;
    enter(c, "the recorded review").await;
    let returned = t
        .db
        .scalar_i64(&format!(
            "SELECT COUNT(*) FROM profile_answer WHERE criterion_id = '{criterion}' AND review = 'returned' AND review_comment = 'Say who checks the seals, by keyboard.'"
        ))
        .await;
    assert_eq!(returned, 1, "criterion {criterion} returned with the comment typed");
    assert!(problems.is_empty(), "{problems:#?}");
}
