//! `ctpat catalog check|load`: the Minimum Security Criteria catalog as a file.

use crate::db::{DbArgs, app_error};
use anyhow::{Context, Result};
use clap::Subcommand;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum CatalogCommand {
    /// Check a catalog file: unique IDs, known categories and entity types, no empty text, and
    /// every text translated into each language the file lists.
    /// Prints `FILE:LINE: problem` for each problem and exits 1, or a summary and exits 0.
    Check { file: PathBuf },
    /// Load a catalog file into the database as a new version (it becomes current).
    Load {
        #[command(flatten)]
        db: DbArgs,
        file: PathBuf,
    },
}

pub async fn run(command: CatalogCommand) -> Result<ExitCode> {
    match command {
        CatalogCommand::Check { file } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            match ctpat_app::catalog::parse(&text) {
                Ok(c) => {
                    println!(
                        "{}: ok — version {}, {} categories, {} criteria, in English{}",
                        file.display(),
                        c.version,
                        c.categories.len(),
                        c.criteria.len(),
                        c.languages.iter().map(|l| format!(", {l}")).collect::<String>()
                    );
                    let recalled: Vec<&str> = c.to_verify().map(|x| x.id.as_str()).collect();
                    if !recalled.is_empty() {
                        // Not a problem of the file: a reminder of what its authors could not check.
                        println!(
                            "note: {} criteria rest on recall (basis = \"recall\"); verify them against the CBP documents: {}",
                            recalled.len(),
                            recalled.join(", ")
                        );
                    }
                    if !c.known_gaps.is_empty() {
                        println!(
                            "note: known gaps (criteria this version does not carry): {}",
                            c.known_gaps.join(", ")
                        );
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(issues) => {
                    for i in &issues {
                        println!("{}:{}: {}", file.display(), i.line, i.message);
                    }
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        CatalogCommand::Load { db, file } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let app = db.open(db.settings()).await?;
            let id =
                ctpat_app::catalog::load(&app, ctpat_app::catalog::Loader::Host(ctpat_app::RequestMeta::cli()), &text)
                    .await
                    .map_err(|e| app_error(&e))?;
            println!("loaded {} as catalog version {id}", file.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}
