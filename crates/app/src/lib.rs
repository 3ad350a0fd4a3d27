//! Use cases: one function per command — authorize, load, decide (domain), persist, audit,
//! enqueue notifications — in one transaction. Scheduled jobs live here too.

pub mod actor;
pub mod api_tokens;
pub mod audit;
pub mod auth;
pub mod catalog;
pub mod clock;
pub mod config;
pub mod demo;
pub mod error;
pub mod events;
pub mod exchange;
pub mod export;
pub mod files;
pub mod i18n;
pub mod import;
pub mod jobs;
pub mod letters;
pub mod library;
pub mod mail;
pub mod messages;
pub mod notifications;
pub mod offices;
pub mod partner;
pub mod profile;
pub mod scheduler;
pub mod seal;
pub mod secret;
pub mod staff;
pub mod stored_file;
pub mod svi;
pub mod timers;
pub mod validations;
pub mod webhooks;

pub use actor::{Actor, RequestMeta};
pub use clock::{Clock, ManualClock, SystemClock};
pub use config::{SecretText, Settings};
pub use error::{Error, Result};

use std::sync::Arc;

/// Everything a use case needs: the database, the clock, the settings, the password hasher,
/// and the deployment key that seals stored secrets.
#[derive(Clone)]
pub struct App {
    pub(crate) db: ctpat_store::Db,
    pub clock: Arc<dyn Clock>,
    pub settings: Arc<Settings>,
    pub hasher: secret::PasswordHasher,
    /// Uploads each person is streaming now.
    pub uploads: files::Slots,
    seal: Arc<std::sync::OnceLock<std::result::Result<seal::SealKey, String>>>,
    /// The program's timers now: the settings' values until HQ changes them (see `timers`).
    timers: Arc<std::sync::RwLock<ctpat_domain::partner::lifecycle::Timers>>,
}

impl App {
    pub fn new(db: ctpat_store::Db, clock: Arc<dyn Clock>, settings: Settings) -> App {
        App {
            db,
            clock,
            timers: Arc::new(std::sync::RwLock::new(settings.timers)),
            settings: Arc::new(settings),
            hasher: secret::PasswordHasher::new(2),
            uploads: files::Slots::default(),
            seal: Arc::new(std::sync::OnceLock::new()),
        }
    }

    /// The program's timers as they stand (HQ's policy over the deployment's defaults).
    pub fn timers(&self) -> ctpat_domain::partner::lifecycle::Timers {
        *self.timers.read().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn set_timers(&self, t: ctpat_domain::partner::lifecycle::Timers) {
        *self.timers.write().unwrap_or_else(|p| p.into_inner()) = t;
    }

    /// The deployment key (`CTPAT_SECRET_KEY`, else `DATA_DIR/secret.key`), read on first use;
    /// `serve` asks for it at start so that a bad key stops it with a clear message.
    pub fn seal_key(&self) -> Result<&seal::SealKey> {
        self.seal
            .get_or_init(|| match &self.settings.secret_key {
                Some(k) => seal::SealKey::from_base64(&k.0).map_err(|e| format!("CTPAT_SECRET_KEY: {e}")),
                None => seal::SealKey::load_or_create(&self.settings.data_dir.join("secret.key")),
            })
            .as_ref()
            .map_err(|e| Error::Internal(e.clone()))
    }

    pub fn seal(&self, plain: &str) -> Result<String> {
        Ok(self.seal_key()?.seal(plain))
    }

    pub fn open(&self, stored: &str) -> Result<String> {
        self.seal_key()?.open(stored).map_err(Error::Internal)
    }

    /// Whether this server can serve: the database answers and its schema is this release's.
    /// A load balancer's readiness probe asks it (`/readyz`); `/healthz` only says the process
    /// runs.
    pub async fn ready(&self) -> std::result::Result<(), &'static str> {
        if self.db.ping().await.is_err() {
            return Err("database unreachable");
        }
        match ctpat_store::migration::pending(&self.db).await {
            Ok(0) => Ok(()),
            Ok(_) => Err("database schema older than this release"),
            Err(_) => Err("database unreachable"),
        }
    }

    /// Close the database's connections (at shutdown, after the last request).
    pub async fn close(&self) {
        self.db.clone().close().await;
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}
