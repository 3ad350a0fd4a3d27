//! `ctpat api-token create`: an API token for an account, made by the operator.

use crate::db::{DbArgs, app_error};
use anyhow::Result;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum ApiTokenCommand {
    /// Create a token (scopes svi:read and svi:write) for the account with this SVI number and
    /// print it once; only its hash is stored.
    Create {
        #[command(flatten)]
        db: DbArgs,
        /// The account's SVI number.
        #[arg(long)]
        account: String,
        /// A name to tell the token apart, e.g. the integrating system.
        #[arg(long)]
        name: String,
    },
}

pub async fn run(command: ApiTokenCommand) -> Result<ExitCode> {
    let ApiTokenCommand::Create { db, account, name } = command;
    let app = db.open(db.settings()).await?;
    let (row, secret) = ctpat_app::api_tokens::create_from_cli(&app, &account, &name).await.map_err(|e| match e {
        ctpat_app::Error::NotFound => anyhow::anyhow!("no account has the SVI number {account}"),
        e => app_error(&e),
    })?;
    eprintln!("created API token {} \"{}\" ({}); it is shown only now:", row.id, row.name, row.scopes);
    println!("{secret}");
    Ok(ExitCode::SUCCESS)
}
