//! Test support: real databases (a fresh SQLite file, or a fresh PostgreSQL database when
//! `CTPAT_TEST_POSTGRES_URL` is set), the real app served on a loopback port, a browser-like
//! HTTP client with cookies and CSRF, and an SMTP sink that speaks real SMTP.

pub mod api_client;
pub mod flows;
pub mod openapi;
pub mod smtp;
pub mod uploads;

use chrono::{DateTime, Utc};
use ctpat_app::{App, ManualClock, Settings};
use ctpat_store::Db;
use reqwest::cookie::{CookieStore, Jar};
use std::sync::{Arc, Once};

/// Run the same async test body on SQLite and, when configured, on PostgreSQL.
#[macro_export]
macro_rules! both_engines {
    ($($name:ident => $body:ident;)+) => {
        $(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$body($crate::TestDb::sqlite().await).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                match $crate::TestDb::postgres().await {
                    Some(db) => super::$body(db).await,
                    // In CI a missing PostgreSQL is a failure, never a quiet skip.
                    None => {
                        assert!(
                            std::env::var_os("CI").is_none(),
                            "CI must run every suite on PostgreSQL: set CTPAT_TEST_POSTGRES_URL"
                        );
                        eprintln!("skipped on PostgreSQL: CTPAT_TEST_POSTGRES_URL is not set")
                    }
                }
            }
        }
        )+
    };
}

pub fn install_crypto() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// A fresh, migrated database that is removed when dropped.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    pub dir: tempfile::TempDir,
    pg_cleanup: Option<(String, String)>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}/test.db", dir.path().display());
        let db = Db::connect(&url).await.expect("sqlite connect");
        ctpat_store::migration::run(&db).await.expect("migrate sqlite");
        TestDb { db, url, dir, pg_cleanup: None }
    }

    /// `None` when `CTPAT_TEST_POSTGRES_URL` is not set.
    pub async fn postgres() -> Option<TestDb> {
        let base = std::env::var("CTPAT_TEST_POSTGRES_URL").ok().filter(|s| !s.is_empty())?;
        let name = format!("ctpat_t_{}", ctpat_app::secret::random_code(10).to_lowercase());
        let admin = Db::connect(&base).await.expect("connect to CTPAT_TEST_POSTGRES_URL");
        admin.conn().execute_unprepared(&format!("CREATE DATABASE {name}")).await.expect("create test database");
        admin.close().await;
        let url = replace_db_name(&base, &name);
        let db = Db::connect(&url).await.expect("connect to the test database");
        ctpat_store::migration::run(&db).await.expect("migrate postgres");
        let dir = tempfile::tempdir().expect("tempdir");
        Some(TestDb { db, url, dir, pg_cleanup: Some((base, name)) })
    }

    pub fn is_postgres(&self) -> bool {
        self.pg_cleanup.is_some()
    }

    /// Run raw SQL (tampering tests write straight to the tables).
    pub async fn exec(&self, sql: &str) -> Result<u64, sea_orm::DbErr> {
        use sea_orm::ConnectionTrait;
        Ok(self.db.conn().execute_unprepared(sql).await?.rows_affected())
    }

    pub async fn scalar_i64(&self, sql: &str) -> i64 {
        use sea_orm::ConnectionTrait;
        let row = self
            .db
            .conn()
            .query_one_raw(sea_orm::Statement::from_string(self.db.backend(), sql.to_string()))
            .await
            .expect("query")
            .expect("one row");
        row.try_get_by_index::<i64>(0).or_else(|_| row.try_get_by_index::<i32>(0).map(i64::from)).expect("an integer")
    }
}

use sea_orm::ConnectionTrait as _;

fn replace_db_name(url: &str, name: &str) -> String {
    let (head, query) = match url.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (url, None),
    };
    let scheme_end = head.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match head[scheme_end..].find('/') {
        Some(i) => &head[..scheme_end + i],
        None => head,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((base, name)) = self.pg_cleanup.take() {
            // Dropping happens outside any runtime; use a small one of our own.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
                rt.block_on(async {
                    if let Ok(admin) = Db::connect(&base).await {
                        let _ = admin
                            .conn()
                            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                            .await;
                        admin.close().await;
                    }
                });
            })
            .join();
        }
    }
}

/// The real portal on a loopback port, on a test database, with a hand-moved clock.
pub struct TestApp {
    pub base: String,
    pub app: App,
    pub clock: Arc<ManualClock>,
    pub db: TestDb,
    _server: tokio::task::JoinHandle<()>,
}

pub fn start_time() -> DateTime<Utc> {
    Utc::now()
}

impl TestApp {
    pub async fn spawn(db: TestDb) -> TestApp {
        Self::spawn_with(db, |_| {}).await
    }

    pub async fn spawn_with(db: TestDb, configure: impl FnOnce(&mut Settings)) -> TestApp {
        install_crypto();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let base = format!("http://{addr}");
        let mut settings = Settings {
            public_url: base.clone(),
            data_dir: db.dir.path().to_path_buf(),
            // Every test browser posts from 127.0.0.1: the per-address limit has its own test.
            client_burst: 100_000,
            ..Settings::default()
        };
        configure(&mut settings);
        let clock = Arc::new(ManualClock::new(start_time()));
        let app = App::new(db.db.clone(), clock.clone(), settings);
        ctpat_app::catalog::ensure_loaded(&app).await.expect("load the shipped catalog");
        let state = ctpat_web::AppState::new(app.clone());
        let server = tokio::spawn(async move {
            let _ = ctpat_web::serve(listener, state, std::future::pending()).await;
        });
        TestApp { base, app, clock, db, _server: server }
    }

    pub fn browser(&self) -> Browser {
        Browser::new(&self.base)
    }

    /// A verified partner user with this password.
    pub async fn partner(&self, email: &str, password: &str) -> ctpat_store::users::User {
        self.person(email, password, None).await
    }

    pub async fn staff(&self, email: &str, password: &str, role: &str) -> ctpat_store::users::User {
        self.person(email, password, Some(role)).await
    }

    async fn person(&self, email: &str, password: &str, role: Option<&str>) -> ctpat_store::users::User {
        let hash = self.app.hasher.hash(password).await;
        ctpat_store::users::insert(
            self.db.db.conn(),
            ctpat_store::users::NewUser {
                email,
                name: &format!("Test {}", email.split('@').next().unwrap_or("person")),
                password_hash: Some(hash),
                email_verified_at: Some(self.app.now()),
                staff_role: role,
                now: self.app.now(),
            },
        )
        .await
        .expect("insert user")
    }

    /// E-mails queued for an address, newest first.
    pub async fn emails_to(&self, to: &str) -> Vec<ctpat_store::outbox::Message> {
        ctpat_store::outbox::to_address(self.db.db.conn(), to).await.expect("outbox")
    }

    /// The first link in the newest e-mail to `to` that starts with `prefix` (a path).
    pub async fn link_in_email(&self, to: &str, prefix: &str) -> String {
        let mails = self.emails_to(to).await;
        let mail = mails.first().unwrap_or_else(|| panic!("no e-mail to {to}"));
        let start = format!("{}{}", self.base, prefix);
        mail.body_text
            .split_whitespace()
            .find(|w| w.starts_with(&start))
            .unwrap_or_else(|| panic!("no link {start} in e-mail: {}", mail.body_text))
            .trim_start_matches(&self.base)
            .to_string()
    }

    /// Turn on two-step verification for the person signed in on `b` through the pages (the
    /// password starts enrolment, the current code confirms it): the recovery-codes page.
    /// A browser signed in as `email` (password `flows::PW`).
    pub async fn signed_in(&self, email: &str) -> Browser {
        let b = self.browser();
        assert_eq!(b.login(email, flows::PW).await.status, 303, "{email} signs in");
        b
    }

    /// The id of the person with this e-mail.
    pub async fn user_id(&self, email: &str) -> i64 {
        ctpat_store::users::find_by_email(self.db.db.conn(), email).await.unwrap().expect("a person").id
    }

    /// The SVI number of account `id`.
    pub async fn svi_of(&self, id: i64) -> String {
        ctpat_store::svi::accounts_by_ids(self.db.db.conn(), &[id]).await.unwrap()[0]
            .svi_number
            .clone()
            .expect("an SVI number")
    }

    /// The code the person's authenticator shows now.
    pub async fn totp_now(&self, email: &str) -> String {
        ctpat_app::auth::totp::current_code(&self.app, email, self.app.now()).await.expect("a TOTP secret")
    }

    pub async fn enrol_mfa(&self, b: &Browser, email: &str, password: &str) -> Page {
        let p = b.post("/account/mfa/start", &[("password", password)]).await;
        assert_eq!(p.status, 200, "enrolment starts: {}", p.body);
        let code = self.totp_now(email).await;
        let p = b.post("/account/mfa", &[("code", &code)]).await;
        assert_eq!(p.status, 200, "enrolment confirmed: {}", p.body);
        p
    }

    /// The `reason` recorded by each audit event of `action`, oldest first.
    pub async fn audit_reasons(&self, action: &str) -> Vec<String> {
        let mut v: Vec<String> = ctpat_store::audit::recent(self.db.db.conn(), None, None, 1000)
            .await
            .expect("audit")
            .into_iter()
            .filter(|e| e.action == action)
            .filter_map(|e| {
                let after: serde_json::Value = serde_json::from_str(e.after.as_deref()?).ok()?;
                Some(after["reason"].as_str()?.to_string())
            })
            .collect();
        v.reverse();
        v
    }

    pub async fn audit_actions(&self) -> Vec<String> {
        ctpat_store::audit::recent(self.db.db.conn(), None, None, 1000)
            .await
            .expect("audit")
            .into_iter()
            .map(|e| e.action)
            .collect()
    }
}

/// A browser-like client: keeps cookies, sends the CSRF token with every form, does not
/// follow redirects (tests assert them).
pub struct Browser {
    pub base: String,
    pub client: reqwest::Client,
    pub jar: Arc<Jar>,
}

pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

/// A downloaded CSV file's text: it must open with the byte-order mark spreadsheets need to
/// read UTF-8, which is taken off.
pub fn csv_text(bytes: &[u8]) -> String {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    text.strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("a CSV file without its byte-order mark: {text}"))
        .to_string()
}

impl Page {
    /// The page as a CSV file's text (see `csv_text`).
    pub fn csv(&self) -> String {
        csv_text(self.body.as_bytes())
    }

    pub fn assert_contains(&self, needle: &str) -> &Page {
        assert!(self.body.contains(needle), "page (status {}) lacks {needle:?}:\n{}", self.status, self.body);
        self
    }

    /// The address of the link whose words contain `text`, as a person reading the page would
    /// follow it (the first one, in page order).
    pub fn link(&self, text: &str) -> String {
        // The page's own content first (as a reader looks there before the site's menu).
        let main = self.body.find("<main").map(|i| &self.body[i..]);
        for scope in main.into_iter().chain([self.body.as_str()]) {
            if let Some(href) = Self::link_in(scope, text) {
                return href;
            }
        }
        panic!("no link with {text:?} on the page:\n{}", self.body)
    }

    fn link_in(body: &str, text: &str) -> Option<String> {
        let mut rest = body;
        while let Some(start) = rest.find("<a ") {
            let after = &rest[start..];
            let Some(end) = after.find("</a>") else { break };
            let anchor = &after[..end];
            let words = anchor.split_once('>').map(|(_, w)| w).unwrap_or("");
            if words.contains(text)
                && let Some(href) = anchor.split("href=\"").nth(1).and_then(|h| h.split('"').next())
            {
                return Some(href.replace("&amp;", "&").replace("&#38;", "&"));
            }
            rest = &after[end..];
        }
        None
    }
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        install_crypto();
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .tls_backend_rustls()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Browser { base: base.to_string(), client, jar }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let url: reqwest::Url = self.base.parse().expect("url");
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split(';')
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    }

    async fn page(res: reqwest::Response) -> Page {
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let location = headers.get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
        let body = res.text().await.unwrap_or_default();
        Page { status, location, headers, body }
    }

    /// A download as bytes (a workbook is not text).
    pub async fn get_bytes(&self, path: &str) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
        let res = self.client.get(format!("{}{}", self.base, path)).send().await.expect("GET");
        let (status, headers) = (res.status().as_u16(), res.headers().clone());
        (status, headers, res.bytes().await.map(|b| b.to_vec()).unwrap_or_default())
    }

    pub async fn get(&self, path: &str) -> Page {
        Self::page(self.client.get(format!("{}{}", self.base, path)).send().await.expect("GET")).await
    }

    /// POST a form with the CSRF token (fetching a page first if no token cookie exists yet).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        if self.cookie("__Host-ctpat-csrf").is_none() {
            self.get("/healthz").await;
        }
        let token = self.cookie("__Host-ctpat-csrf").expect("csrf cookie");
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &token));
        Self::page(self.client.post(format!("{}{}", self.base, path)).form(&all).send().await.expect("POST")).await
    }

    /// POST a form as a browser's top-level navigation does (with `Sec-Fetch-Mode: navigate`
    /// and the page it was sent from as `Referer`).
    pub async fn navigate_post(&self, from: &str, path: &str, fields: &[(&str, &str)]) -> Page {
        self.get(from).await;
        let token = self.cookie("__Host-ctpat-csrf").expect("csrf cookie");
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &token));
        let req = self
            .client
            .post(format!("{}{}", self.base, path))
            .header("sec-fetch-mode", "navigate")
            .header("sec-fetch-site", "same-origin")
            .header("referer", format!("{}{}", self.base, from))
            .form(&all);
        Self::page(req.send().await.expect("POST")).await
    }

    /// POST without any CSRF token.
    pub async fn post_without_csrf(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::page(self.client.post(format!("{}{}", self.base, path)).form(fields).send().await.expect("POST")).await
    }

    pub async fn login(&self, email: &str, password: &str) -> Page {
        self.post("/login", &[("email", email), ("password", password)]).await
    }
}
