//! The one way a command opens the database — connect, migrate, and hand it to the app — and
//! the one way it reports a use case's error.

use anyhow::{Context, Result};
use clap::Args;
use ctpat_app::{App, Settings, SystemClock};
use ctpat_store::Db;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Args, Clone)]
pub struct DbArgs {
    /// `sqlite://PATH` or `postgres://…`; default: a SQLite file under the data directory.
    #[arg(long, env = "CTPAT_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Where the SQLite file and the e-mail outbox live.
    #[arg(long, env = "CTPAT_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// The key that seals stored secrets (TOTP seeds, webhook signing keys): 32 bytes, base64.
    /// Default: `secret.key` in the data directory, created on first use. Keep it out of
    /// database backups.
    #[arg(long, env = "CTPAT_SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<String>,
}

impl DbArgs {
    pub fn url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| format!("sqlite://{}/ctpat.db", self.data_dir.display()))
    }

    pub async fn connect(&self) -> Result<Db> {
        Ok(Db::connect(&self.url()).await?)
    }

    /// The settings these arguments decide: the data directory and the sealing key.
    pub fn settings(&self) -> Settings {
        Settings {
            data_dir: self.data_dir.clone(),
            secret_key: self.secret_key.clone().map(ctpat_app::SecretText),
            ..Settings::default()
        }
    }

    /// Connect and bring the schema up to date.
    pub async fn migrated(&self) -> Result<Db> {
        let db = self.connect().await?;
        ctpat_store::migration::run(&db).await.context("migration failed")?;
        Ok(db)
    }

    /// The portal on this database (migrated), with `settings`.
    pub async fn open(&self, settings: Settings) -> Result<App> {
        Ok(App::new(self.migrated().await?, Arc::new(SystemClock), settings))
    }
}

/// One line naming what was wrong, in English (the CLI's language).
pub fn app_error(e: &ctpat_app::Error) -> anyhow::Error {
    let en = ctpat_app::i18n::Lang::default();
    match e {
        ctpat_app::Error::Invalid(errors) => anyhow::anyhow!(
            "{}",
            errors.iter().map(|f| format!("--{}: {}", f.field, en.problem(&f.problem))).collect::<Vec<_>>().join("; ")
        ),
        ctpat_app::Error::Refused(p) => anyhow::anyhow!("{}", en.problem(p)),
        other => anyhow::anyhow!("{other}"),
    }
}
