//! Deployment settings, with the program's published values as defaults.

use chrono::Duration;
use ctpat_domain::PasswordPolicy;
use ctpat_domain::partner::lifecycle::Timers;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Settings {
    /// Base URL for links in e-mails, e.g. `https://ctpat.example.gov`.
    pub public_url: String,
    /// Program staff must use TOTP unless the deployment turns this off.
    pub require_staff_mfa: bool,
    pub password_policy: PasswordPolicy,
    pub session_absolute: Duration,
    pub session_idle: Duration,
    pub verify_ttl: Duration,
    pub reset_ttl: Duration,
    pub invite_ttl: Duration,
    /// Failures in a row (passwords, or second-factor codes) before the account is locked; the
    /// first lock lasts `lock_base`, each further failure doubles it, up to `lock_max`.
    pub lock_after: i32,
    pub lock_base: Duration,
    pub lock_max: Duration,
    pub mail_from: String,
    /// SMTP URL (`smtp://host:port`, `smtps://user:pass@host`); `None` writes `.eml` files.
    pub smtp_url: Option<String>,
    pub data_dir: PathBuf,
    /// Program timers (certification target, response and appeal windows…).
    pub timers: Timers,
    /// How long an invitation to join a partner account stays valid.
    pub account_invite_ttl: Duration,
    /// Largest upload accepted, in bytes (checked while the upload streams in).
    pub upload_max_bytes: u64,
    /// Uploads one person may stream at once.
    pub uploads_per_person: u32,
    /// Total bytes of files one partner account may store.
    pub account_quota_bytes: u64,
    /// API calls per second one token may make on average, and in a burst.
    pub api_rate_per_second: u32,
    pub api_burst: u32,
    /// How long a server holds a job it claimed before another may take it over (longer than
    /// the longest job), and how often each server looks for due jobs.
    pub job_lease: Duration,
    pub job_interval: std::time::Duration,
    /// Accept `http://` webhook URLs on the loopback interface (for tests and local trials;
    /// elsewhere webhooks must use HTTPS).
    pub webhooks_allow_loopback_http: bool,
    /// How long a request may take before it is answered 408; file uploads get longer, so
    /// that a full-size file arrives over a slow link.
    pub request_timeout: std::time::Duration,
    pub upload_timeout: std::time::Duration,
    /// E-mails one address may receive in an hour (more are dropped), and e-mails one person's
    /// actions may send to addresses of their choosing in an hour (more are refused).
    pub mail_per_recipient_per_hour: u32,
    pub mail_per_sender_per_hour: u32,
    /// Sign-in, sign-up, reset and e-mail-sending forms one client address may post per
    /// minute on average, and at once.
    pub client_posts_per_minute: u32,
    pub client_burst: u32,
    /// SVI directory searches by name one person may make per hour on average, and at once.
    pub svi_searches_per_hour: u32,
    pub svi_search_burst: u32,
    /// The deployment key that seals stored secrets, base64 (`CTPAT_SECRET_KEY`); when absent,
    /// `DATA_DIR/secret.key` is used (created on first use).
    pub secret_key: Option<SecretText>,
}

/// A secret setting: shown as `***` by `Debug`, so settings can be logged safely.
#[derive(Clone)]
pub struct SecretText(pub String);

impl std::fmt::Debug for SecretText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            public_url: "http://127.0.0.1:8080".into(),
            require_staff_mfa: true,
            password_policy: PasswordPolicy::default(),
            session_absolute: Duration::hours(12),
            session_idle: Duration::minutes(30),
            verify_ttl: Duration::hours(48),
            reset_ttl: Duration::minutes(30),
            invite_ttl: Duration::days(7),
            lock_after: 5,
            lock_base: Duration::minutes(1),
            lock_max: Duration::minutes(30),
            mail_from: "C-TPAT Portal <no-reply@ctpat-portal.localhost>".into(),
            smtp_url: None,
            data_dir: PathBuf::from("data"),
            timers: Timers::default(),
            account_invite_ttl: Duration::days(14),
            upload_max_bytes: 25 * 1024 * 1024,
            account_quota_bytes: 500 * 1024 * 1024,
            uploads_per_person: 2,
            api_rate_per_second: 50,
            api_burst: 100,
            job_lease: crate::scheduler::LEASE,
            job_interval: std::time::Duration::from_secs(20),
            webhooks_allow_loopback_http: false,
            request_timeout: std::time::Duration::from_secs(30),
            // 25 MB at 256 kbit/s takes about 13 minutes.
            upload_timeout: std::time::Duration::from_secs(15 * 60),
            secret_key: None,
            mail_per_recipient_per_hour: 10,
            mail_per_sender_per_hour: 50,
            client_posts_per_minute: 30,
            client_burst: 60,
            svi_searches_per_hour: 120,
            svi_search_burst: 20,
        }
    }
}

impl Settings {
    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    /// Uploaded files, outside any folder the web server serves.
    pub fn files_dir(&self) -> PathBuf {
        self.data_dir.join("files")
    }

    /// Whether cookies must carry `Secure` with the `__Host-` prefix. Browsers accept secure
    /// cookies from `http://localhost`/`127.0.0.1`, so this is on everywhere.
    pub fn served_over_tls(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}
