//! `ctpat secrets rotate`: reseal every stored secret under a new key.

use crate::db::{DbArgs, app_error};
use anyhow::{Context, Result};
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum SecretsCommand {
    /// Reseal every stored secret under a new key, in one transaction. With the key file of the
    /// data directory, a new key is made and replaces the file; with `CTPAT_SECRET_KEY`, give the
    /// new key with `--new-key` and set it before the next start. Stop the servers first.
    Rotate {
        #[command(flatten)]
        db: DbArgs,
        /// The new key, 32 bytes in base64.
        #[arg(long, env = "CTPAT_NEW_SECRET_KEY", hide_env_values = true)]
        new_key: Option<String>,
    },
}

pub async fn run(command: SecretsCommand) -> Result<ExitCode> {
    let SecretsCommand::Rotate { db, new_key } = command;
    let app = db.open(db.settings()).await?;
    app.seal_key().map_err(|e| app_error(&e))?;
    let from_file = db.secret_key.is_none();
    let (key, text) = match new_key {
        Some(k) => (ctpat_app::seal::SealKey::from_base64(&k).map_err(|e| anyhow::anyhow!("--new-key: {e}"))?, k),
        None if from_file => ctpat_app::seal::SealKey::generate(),
        None => anyhow::bail!("the key comes from CTPAT_SECRET_KEY: give the new one with --new-key"),
    };
    // The new key is on disk before the database changes, so no outcome loses it.
    let (file, pending) = (db.data_dir.join("secret.key"), db.data_dir.join("secret.key.new"));
    if from_file {
        ctpat_app::seal::write_owner_only(&pending, &text).with_context(|| {
            format!(
                "cannot write {} (an earlier rotation may have left it: check which key the database uses)",
                pending.display()
            )
        })?;
    }
    let n = ctpat_app::seal::rotate(&app, &key).await.map_err(|e| app_error(&e))?;
    if from_file {
        std::fs::rename(&pending, &file).with_context(|| {
            format!("the secrets are resealed with the key in {}: move it to {}", pending.display(), file.display())
        })?;
        println!("resealed {n} secrets; the new key is in {}", file.display());
    } else {
        println!("resealed {n} secrets; set CTPAT_SECRET_KEY to the new key before the next start");
    }
    Ok(ExitCode::SUCCESS)
}
