//! `ctpat audit verify`: walk the hash chain of the audit trail.

use crate::db::DbArgs;
use anyhow::Result;
use clap::Subcommand;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Walk the hash chain; exit 0 when intact, 1 with the first bad sequence number.
    Verify(DbArgs),
}

pub async fn run(command: AuditCommand) -> Result<ExitCode> {
    let AuditCommand::Verify(db) = command;
    let db = db.connect().await?;
    match ctpat_store::audit::verify(db.conn()).await? {
        ctpat_store::audit::Verification::Verified { events } => {
            println!("verified {events} events");
            Ok(ExitCode::SUCCESS)
        }
        ctpat_store::audit::Verification::Broken { seq, reason } => {
            println!("audit chain broken at sequence number {seq}: {reason}");
            Ok(ExitCode::FAILURE)
        }
    }
}
