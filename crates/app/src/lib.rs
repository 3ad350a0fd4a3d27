//! Use cases: one function per command — authorize, load, decide (domain), persist, audit,
//! enqueue notifications — in one transaction. Scheduled jobs live here too.

pub mod actor;
pub mod api;
pub mod audit;
pub mod auth;
pub mod catalog;
pub mod clock;
pub mod config;
pub mod demo;
mod demo_accounts;
pub mod error;
pub mod files;
pub mod i18n;
pub mod mail;
pub mod partner;
pub mod profile;
pub mod secret;
pub mod staff;
pub mod svi;
pub mod webhooks;

pub use actor::{Actor, RequestMeta};
pub use clock::{Clock, ManualClock, SystemClock};
pub use config::Settings;
pub use error::{Error, Result};

use std::sync::Arc;

/// Everything a use case needs: the database, the clock, the settings, the password hasher.
#[derive(Clone)]
pub struct App {
    pub db: ctpat_store::Db,
    pub clock: Arc<dyn Clock>,
    pub settings: Arc<Settings>,
    pub hasher: secret::PasswordHasher,
}

impl App {
    pub fn new(db: ctpat_store::Db, clock: Arc<dyn Clock>, settings: Settings) -> App {
        App { db, clock, settings: Arc::new(settings), hasher: secret::PasswordHasher::new(2) }
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }
}
