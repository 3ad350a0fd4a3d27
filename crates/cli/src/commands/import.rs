//! `ctpat import FILE...`: bring a program's legacy records in (see docs/import.md). Checks
//! everything first; a file with errors writes nothing and each error is printed with its
//! file, sheet, line and column. Prints a summary and the data-quality report, and saves the
//! report as CSV.

use crate::db::{DbArgs, app_error};
use anyhow::{Result, bail};
use clap::Args;
use ctpat_app::import::{self, MissingData, Options, Outcome, Progress};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// CSV files (each named for its sheet: accounts.csv, contacts.csv, addresses.csv,
    /// connections.csv) or workbooks with tabs of those names.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The HQ staff member the import is made by (it is audited as theirs).
    #[arg(long = "as", value_name = "EMAIL")]
    by: String,
    /// Check everything and report, then write nothing.
    #[arg(long)]
    dry_run: bool,
    /// For accounts lacking mandatory data: `notice` (provide it by a deadline or be
    /// suspended) or `suspend` (suspended now, until eligible).
    #[arg(long, value_name = "notice|suspend")]
    missing_data: String,
    /// Days a notice gives to provide the missing data.
    #[arg(long, default_value_t = 30)]
    notice_days: i64,
    /// Where to save the data-quality report (CSV).
    #[arg(long, default_value = "import-quality.csv")]
    report: PathBuf,
}

/// One bar per stage, drawn only on a terminal.
struct Bar(ProgressBar);

impl Progress for Bar {
    fn stage(&self, name: &str, total: u64) {
        self.0.set_length(total);
        self.0.set_position(0);
        self.0.set_message(name.to_string());
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
}

pub async fn run(args: ImportArgs) -> Result<ExitCode> {
    let Some(missing_data) = MissingData::from_key(&args.missing_data) else {
        bail!("--missing-data must be notice or suspend");
    };
    if !(1..=365).contains(&args.notice_days) {
        bail!("--notice-days must be between 1 and 365");
    }
    let app = args.db.open(args.db.settings()).await?;
    let actor = ctpat_app::actor::Actor::from_cli(&app, &args.by)
        .await
        .map_err(|_| anyhow::anyhow!("{} is not a person of the portal", args.by))?;
    let can = actor
        .can::<ctpat_app::actor::ImportLegacy>()
        .map_err(|_| anyhow::anyhow!("{} may not import legacy records (an HQ staff member may)", args.by))?;
    let bar = ProgressBar::with_draw_target(
        Some(0),
        if std::io::stderr().is_terminal() { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() },
    );
    bar.set_style(
        ProgressStyle::with_template("{msg:>12} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let opts = Options { missing_data, notice_days: args.notice_days, dry_run: args.dry_run };
    let started = std::time::Instant::now();
    let outcome = import::run(&app, &can, &args.files, &opts, &Bar(bar.clone())).await.map_err(|e| app_error(&e))?;
    bar.finish_and_clear();
    match outcome {
        Outcome::Refused(issues) => {
            for i in &issues {
                eprintln!("{i}");
            }
            eprintln!("{} problem(s) found; nothing was imported", issues.len());
            Ok(ExitCode::FAILURE)
        }
        Outcome::Done(s) => {
            let head = if s.dry_run { "dry run (nothing written)" } else { "imported" };
            println!("{head} in {:.1}s", started.elapsed().as_secs_f64());
            for (sheet, c) in &s.sheets {
                println!("  {sheet:<12} {} created, {} updated, {} unchanged", c.created, c.updated, c.unchanged);
            }
            println!("  people with a login created: {}", s.users_created);
            for tab in &s.skipped {
                println!("  tab not read: {tab}");
            }
            println!("data quality: {} account(s) lack mandatory data", s.quality.len());
            for r in s.quality.iter().take(20) {
                let keys: Vec<String> = r.missing.iter().map(|m| m.key()).collect();
                println!("  {} line {} ({}): {}", r.origin.file, r.origin.line, r.legacy_id, keys.join(", "));
            }
            if s.quality.len() > 20 {
                println!("  … and {} more (see the report)", s.quality.len() - 20);
            }
            if !s.dry_run {
                println!("  noticed: {}, suspended: {}", s.noticed, s.suspended);
            }
            std::fs::write(&args.report, &s.quality_csv)?;
            println!("report saved: {}", args.report.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}
