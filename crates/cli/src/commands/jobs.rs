//! `ctpat jobs`: what the scheduler holds — pending (reminders planned ahead, the recurring
//! sweeps), running, and failed jobs — one line each, soonest first, with the count of each
//! state. Failed jobs are retried from the admin page (a person, audited).

use crate::db::{DbArgs, app_error};
use anyhow::Result;
use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct JobsArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// At most this many jobs.
    #[arg(long, default_value_t = 200)]
    pub limit: u64,
}

pub async fn run(args: JobsArgs) -> Result<ExitCode> {
    let app = args.db.open(args.db.settings()).await?;
    let board = ctpat_app::jobs::board(&app, args.limit).await.map_err(|e| app_error(&e))?;
    let counts: Vec<String> = board.counts.iter().map(|(s, n)| format!("{s} {n}")).collect();
    println!("jobs: {}", if counts.is_empty() { "none".to_string() } else { counts.join(", ") });
    for j in &board.jobs {
        let error = j.last_error.as_deref().map(|e| format!("  error: {e}")).unwrap_or_default();
        println!(
            "{:>6}  {:<8} {}  {:<18} {}  attempts {}/{}{error}",
            j.id,
            j.status,
            j.run_at.format("%Y-%m-%d %H:%M:%S"),
            j.kind,
            j.key,
            j.attempts,
            j.max_attempts,
        );
    }
    app.close().await;
    Ok(ExitCode::SUCCESS)
}
