//! Spanish and French through the pages, the exports, the API and the e-mails, on both engines:
//! each reader gets their own language, and what programs read (codes, column order, the API's
//! problem types) stays the same in every language.

use ctpat_app::mail::{Transport, send_due};
use ctpat_testkit::flows::{PW, apply_as_importer, officer_with_draft};
use ctpat_testkit::smtp::SmtpSink;
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn choose_language(b: &Browser, lang: &str) {
    let p = b.post("/language", &[("lang", lang), ("back", "/")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
}

async fn a_partner_reads_the_criteria_in_spanish_with_the_english_one_click_away(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, id) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    choose_language(&ana, "es").await;
    let page = ana.get(&format!("/accounts/{id}/profile/category/1")).await;
    page.assert_contains("<html lang=\"es\">")
        .assert_contains("Visión de seguridad y responsabilidad")
        .assert_contains("La alta dirección manifiesta su apoyo al programa de seguridad")
        // The English text, folded, marked as English for screen readers.
        .assert_contains(
            "<summary>El criterio en inglés</summary><div lang=\"en\"><p>Senior management states its support",
        );
    // The profile's list of categories too; English stays the fallback of a signed-out visitor.
    ana.get(&format!("/accounts/{id}/profile")).await.assert_contains("Visión de seguridad y responsabilidad");
    let stranger = t.browser();
    stranger.get("/").await.assert_contains("<html lang=\"en\">");
}

async fn the_choice_is_remembered_at_the_next_sign_in(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, _) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    choose_language(&ana, "fr").await;
    // Another browser, no cookie: the saved choice wins over the browser's own language.
    let other = t.browser();
    other.login("ana@acme.example", PW).await;
    let home = other.get("/").await;
    home.assert_contains("<html lang=\"fr\">").assert_contains("Accueil");
}

async fn exports_carry_headers_in_the_reader_s_language_and_codes_in_the_cells(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    let a = apply_as_importer(&t.signed_in("ana@acme.example").await, "Acme Imports", "ana@acme.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    choose_language(&sue, "es").await;
    let csv = sue.get("/program/queue/export?format=csv").await;
    assert_eq!(csv.status, 200);
    // With the byte-order mark a spreadsheet needs to read "Organización" as written.
    let text = csv.csv();
    let mut lines = text.lines();
    assert!(
        lines.next().unwrap().starts_with("ID de cuenta,Organización,Tipo de entidad,Estatus,Nivel,Número SVI"),
        "{}",
        csv.body
    );
    assert!(lines.next().unwrap().starts_with(&format!("{a},Acme Imports,importer,applicant,")), "{}", csv.body);
    choose_language(&sue, "fr").await;
    let csv = sue.get(&format!("/accounts/{a}/export/contacts?format=csv")).await;
    assert!(csv.csv().starts_with("Nom,Courriel,Téléphone,Fonction,"), "{}", csv.body);
    // The profile's criteria in the reader's language, the answers' codes as they are.
    let csv = sue.get(&format!("/accounts/{a}/export/profile?format=csv")).await.csv();
    let first = csv.lines().nth(1).unwrap();
    assert!(first.starts_with("1.1,1,should,La haute direction affirme son soutien"), "{csv}");
}

async fn api_problems_follow_accept_language_and_keep_their_codes(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let http = reqwest::Client::new();
    for (lang, title) in
        [("fr-CA, en;q=0.5", "Un jeton d’API valide est requis"), ("es-MX", "Se requiere un token de API válido")]
    {
        let res =
            http.get(format!("{}/api/v1/connections", t.base)).header("accept-language", lang).send().await.unwrap();
        assert_eq!(res.status(), 401);
        let code = &lang[..2];
        assert_eq!(res.headers()["content-language"], code);
        let doc: serde_json::Value = res.json().await.unwrap();
        assert_eq!(doc["type"], "/api/v1/problems/unauthenticated", "the type never changes");
        assert_eq!(doc["title"], title);
    }
    let res = http.get(format!("{}/api/v1/connections", t.base)).send().await.unwrap();
    assert_eq!(res.headers()["content-language"], "en");
    let doc: serde_json::Value = res.json().await.unwrap();
    assert_eq!(doc["title"], "A valid API token is required");
}

async fn each_reader_gets_the_e_mail_in_their_own_language(db: TestDb) {
    let (sink, url) = SmtpSink::start().await;
    let t = TestApp::spawn_with(db, |s| {
        s.require_staff_mfa = false;
        s.smtp_url = Some(url.clone());
    })
    .await;
    t.partner("ana@acme.example", PW).await;
    t.partner("ben@bolt.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    let ana = t.signed_in("ana@acme.example").await;
    let ben = t.signed_in("ben@bolt.example").await;
    let a = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let b = apply_as_importer(&ben, "Bolt Freight", "ben@bolt.example").await;
    choose_language(&ana, "es").await;
    choose_language(&ben, "fr").await;
    t.db.exec(&format!("DELETE FROM bond WHERE account_id IN ({a}, {b})")).await.unwrap();
    // HQ's supervisor works in English and sends both notices at once.
    let sue = t.signed_in("sue@cbp.example").await;
    let (sa, sb) = (a.to_string(), b.to_string());
    let p = sue.post("/program/compliance/notify", &[("accounts", &sa), ("accounts", &sb), ("days", "30")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let deadline = (t.app.now() + chrono::Duration::days(30)).date_naive();
    let es = ctpat_app::i18n::Lang::from_code("es").unwrap().date(deadline);
    let fr = ctpat_app::i18n::Lang::from_code("fr").unwrap().date(deadline);
    assert!(es.contains(" de ") && !fr.contains(" de "), "{es} / {fr}");

    let transport = Transport::from_settings(&t.app.settings).unwrap();
    assert!(send_due(&t.app, &transport).await.unwrap() >= 2);
    // Read as it went over SMTP: headers and body decoded as a mail client would.
    let got = sink.received();
    // The last to each: the notice (their application's receipt came before).
    let to = |who: &str| got.iter().rev().find(|m| m.to[0].contains(who)).unwrap().clone();
    let (for_ana, for_ben) = (to("ana@acme.example"), to("ben@bolt.example"));
    assert_eq!(for_ana.subject(), "Faltan datos obligatorios en su cuenta C-TPAT");
    let text = for_ana.text();
    assert!(
        text.contains(&format!("a más tardar el {es}")) && text.contains("Faltan los datos de la fianza."),
        "{text}"
    );
    assert_eq!(for_ben.subject(), "Données obligatoires manquantes pour votre compte C-TPAT");
    let text = for_ben.text();
    assert!(text.contains(&format!("au plus tard le {fr}")), "{text}");
    assert!(!text.contains("Provide it by"), "{text}");
}

both_engines! {
    criteria_in_spanish => a_partner_reads_the_criteria_in_spanish_with_the_english_one_click_away;
    remembered => the_choice_is_remembered_at_the_next_sign_in;
    exports => exports_carry_headers_in_the_reader_s_language_and_codes_in_the_cells;
    api_problems => api_problems_follow_accept_language_and_keep_their_codes;
    e_mails => each_reader_gets_the_e_mail_in_their_own_language;
}
