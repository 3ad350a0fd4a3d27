//! `ctpat` — the one binary: serve the portal, run migrations, manage staff users, verify the
//! audit chain, print the permission matrix. Each command lives in `commands/`; they open the
//! database one way (`db::DbArgs`).

mod commands;
mod db;

use anyhow::Result;
use clap::{Parser, Subcommand};
use commands::{api_token, audit, backup, catalog, import, jobs, secrets, serve, user};
use db::DbArgs;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "ctpat", version, about = "C-TPAT partnership portal")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (migrates the database first).
    Serve(serve::ServeArgs),
    /// Apply database migrations and exit.
    Migrate(DbArgs),
    /// Manage people who log in.
    User {
        #[command(subcommand)]
        command: user::UserCommand,
    },
    /// Check the audit trail.
    Audit {
        #[command(subcommand)]
        command: audit::AuditCommand,
    },
    /// List the scheduler's pending, running and failed jobs.
    Jobs(jobs::JobsArgs),
    /// Copy a live SQLite database and the uploaded files into one tar archive.
    Backup(backup::BackupArgs),
    /// Import legacy records from CSV or spreadsheet files (docs/import.md).
    Import(import::ImportArgs),
    /// Print the permission matrix as Markdown (the source of docs/permissions.md).
    Permissions,
    /// The Minimum Security Criteria catalog.
    Catalog {
        #[command(subcommand)]
        command: catalog::CatalogCommand,
    },
    /// Fill a database with synthetic accounts and connections for `bench/run` (not for
    /// production data: it writes no history).
    #[cfg(feature = "bench")]
    BenchSeed {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long, default_value_t = 100_000)]
        accounts: u64,
        /// Partners connected to the account the benchmark calls as.
        #[arg(long, default_value_t = 1_000)]
        partners: u64,
        /// Where to write the token, the partner numbers and the verify body.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// API tokens of partner accounts.
    ApiToken {
        #[command(subcommand)]
        command: api_token::ApiTokenCommand,
    },
    /// The key that seals stored secrets.
    Secrets {
        #[command(subcommand)]
        command: secrets::SecretsCommand,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    // One TLS provider (ring) for every outgoing HTTPS connection (webhook deliveries).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => serve::run(args).await,
        Command::Migrate(db) => {
            db.migrated().await?;
            println!("migrations applied");
            Ok(ExitCode::SUCCESS)
        }
        Command::User { command } => user::run(command).await,
        Command::Audit { command } => audit::run(command).await,
        Command::Catalog { command } => catalog::run(command).await,
        Command::Jobs(args) => jobs::run(args).await,
        Command::Backup(args) => backup::run(args).await,
        Command::Import(args) => import::run(args).await,
        Command::Secrets { command } => secrets::run(command).await,
        Command::ApiToken { command } => api_token::run(command).await,
        #[cfg(feature = "bench")]
        Command::BenchSeed { db, accounts, partners, out } => {
            commands::bench_seed::run(db, accounts, partners, out).await
        }
        Command::Permissions => {
            print!("{}", ctpat_web::pages_doc::permissions_markdown());
            Ok(ExitCode::SUCCESS)
        }
    }
}
