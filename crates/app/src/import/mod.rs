//! `ctpat import`: a program's legacy records (accounts with their organization, identifiers,
//! bond, addresses, contacts and users, status history, SCSS, SVI numbers and connections)
//! brought in from CSV or spreadsheet files without loss.
//!
//! Everything is read and checked before anything is written, and then written in one
//! transaction: a file with any error writes nothing, and a dry run is the same run rolled
//! back. Each legacy row is remembered by its sheet and legacy id with the values it had, so a
//! second run of the same file changes nothing and a corrected file changes what it corrects
//! (audited with the old and new values). Columns the portal does not model stay with their
//! account, and every row stays traceable to its file and line. Accounts lacking mandatory
//! data get the notice-with-deadline flow or are suspended, as HQ chooses at import.

use crate::App;
use crate::actor::{Actor, Can, ImportLegacy};
use crate::error::Result;
use std::fmt;
use std::path::PathBuf;

mod batch;
mod check;
pub mod columns;
mod correct;
mod history;
mod parse;
mod quality;
pub mod read;
mod records;
mod write;
mod write_parts;

pub use quality::QualityRow;

/// The sheets the import reads, in the order they are written.
pub const SHEETS: [&str; 4] = ["accounts", "contacts", "addresses", "connections"];

/// A problem in the files: where, and the rule it breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub file: String,
    pub sheet: String,
    pub line: Option<u32>,
    pub column: Option<String>,
    pub rule: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.sheet.is_empty() {
            write!(f, ", sheet {}", self.sheet)?;
        }
        if let Some(l) = self.line {
            write!(f, ", line {l}")?;
        }
        if let Some(c) = &self.column {
            write!(f, ", column {c}")?;
        }
        write!(f, ": {}", self.rule)
    }
}

/// What HQ decides, at import, for accounts that lack mandatory data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MissingData {
    /// "Provide the missing data by <deadline> or the account is suspended".
    Notice,
    /// Suspended now (reason: missing mandatory data) until eligible; an account not yet
    /// certified cannot be suspended and gets the notice instead.
    Suspend,
}

impl MissingData {
    pub fn key(self) -> &'static str {
        match self {
            MissingData::Notice => "notice",
            MissingData::Suspend => "suspend",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Options {
    pub missing_data: MissingData,
    /// Days the notice gives to provide the data.
    pub notice_days: i64,
    pub dry_run: bool,
}

/// Told how far the import has got (a progress bar on a terminal; nothing in tests).
pub trait Progress: Send + Sync {
    fn stage(&self, name: &str, total: u64);
    fn advance(&self, n: u64);
}

pub struct Quiet;
impl Progress for Quiet {
    fn stage(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub created: u32,
    pub updated: u32,
    pub unchanged: u32,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// None for a dry run (nothing was kept).
    pub run_id: Option<i64>,
    pub dry_run: bool,
    /// Per sheet, in `SHEETS` order.
    pub sheets: Vec<(&'static str, Counts)>,
    pub users_created: u32,
    pub noticed: u32,
    pub suspended: u32,
    pub quality: Vec<QualityRow>,
    pub quality_csv: String,
    /// Workbook tabs the import does not read.
    pub skipped: Vec<String>,
}

impl Summary {
    pub fn of(&self, sheet: &str) -> Counts {
        self.sheets.iter().find(|(s, _)| *s == sheet).map(|(_, c)| c.clone()).unwrap_or_default()
    }
}

pub enum Outcome {
    Done(Summary),
    /// The files have problems; nothing was written.
    Refused(Vec<Issue>),
}

/// Import `files` as the person `can` proves may import.
pub async fn run(
    app: &App,
    can: &Can<'_, ImportLegacy>,
    files: &[PathBuf],
    opts: &Options,
    progress: &dyn Progress,
) -> Result<Outcome> {
    let mut skipped = Vec::new();
    let mut sheets = Vec::new();
    let mut issues = Vec::new();
    for f in files {
        match read::read(f, &mut skipped) {
            Ok(s) => sheets.extend(s),
            Err(i) => issues.push(i),
        }
    }
    if !issues.is_empty() {
        return Ok(Outcome::Refused(issues));
    }
    let now = app.now();
    let parsed = check::parse_all(&sheets, now, progress, &mut issues);
    let plan = check::plan(app, can.actor, parsed, &mut issues).await?;
    if !issues.is_empty() {
        issues.sort_by(|a, b| (&a.file, &a.sheet, a.line).cmp(&(&b.file, &b.sheet, b.line)));
        return Ok(Outcome::Refused(issues));
    }
    let names: Vec<String> =
        files.iter().map(|f| f.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default()).collect();
    write::apply(app, can.actor, plan, &names, opts, progress, skipped).await
}

/// An import run as staff see it.
pub struct RunView {
    pub id: i64,
    pub files: Vec<String>,
    pub at: chrono::DateTime<chrono::Utc>,
    pub missing_data: String,
    pub created: i32,
    pub updated: i32,
    pub unchanged: i32,
    pub lacking: i32,
}

/// The newest import runs (HQ, for the compliance page).
pub async fn runs(app: &App, actor: &Actor) -> Result<Vec<RunView>> {
    if !actor.has(ctpat_domain::Permission::ReadAllAccounts) {
        return Ok(Vec::new());
    }
    Ok(ctpat_store::imports::runs(app.db.conn(), 10)
        .await?
        .into_iter()
        .map(|r| RunView {
            id: r.id,
            files: r.files.lines().map(str::to_string).collect(),
            at: r.at,
            missing_data: r.missing_data,
            created: r.created,
            updated: r.updated,
            unchanged: r.unchanged,
            lacking: r.lacking,
        })
        .collect())
}

/// A run's data-quality report as CSV; reading it is audited like any export.
pub async fn quality_csv(app: &App, actor: &Actor, run_id: i64) -> Result<String> {
    if !actor.has(ctpat_domain::Permission::ReadAllAccounts) {
        return Err(crate::Error::NotFound);
    }
    let run = ctpat_store::imports::run(app.db.conn(), run_id).await?.ok_or(crate::Error::NotFound)?;
    let txn = app.db.begin().await?;
    let e = crate::audit::by(actor, app.now(), "import.quality_exported", ctpat_domain::audit::Outcome::Ok);
    ctpat_store::audit::append(&txn, crate::audit::EventExt::object(e, "import_run", run.id)).await?;
    txn.commit().await?;
    Ok(run.quality_csv)
}

pub use write_parts::{Provenance, provenance};
