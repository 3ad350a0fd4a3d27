//! `ctpat backup --to FILE`: a consistent copy of a live SQLite database and the uploaded files,
//! as one tar archive. The database is copied first, at one instant (`VACUUM INTO`), then the
//! files: a file is on disk before the row that names it commits, so every file the copied
//! database names is in the archive (files uploaded meanwhile may be too, unnamed and harmless).
//! The sealing key is not in it: keep it apart (see docs/operations.md). PostgreSQL is backed
//! up with `pg_dump`, and its files with this command's `--files-only`.

use crate::db::DbArgs;
use anyhow::{Context, Result, bail};
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// The archive to write (a tar file; it must not exist yet).
    #[arg(long)]
    to: PathBuf,
    /// Only the uploaded files (a PostgreSQL deployment backs its database up with pg_dump).
    #[arg(long)]
    files_only: bool,
}

pub async fn run(args: BackupArgs) -> Result<ExitCode> {
    if args.to.exists() {
        bail!("{} exists already: choose a new file", args.to.display());
    }
    let staging = tempfile_dir(&args.to)?;
    let result = write(&args, &staging).await;
    let _ = std::fs::remove_dir_all(&staging);
    if result.is_err() {
        let _ = std::fs::remove_file(&args.to);
    }
    let (db_bytes, files) = result?;
    match db_bytes {
        Some(b) => println!("backup: {} (database {b} bytes, {files} files)", args.to.display()),
        None => println!("backup: {} ({files} files, no database)", args.to.display()),
    }
    Ok(ExitCode::SUCCESS)
}

/// A staging folder beside the archive (same disk, so nothing large crosses file systems).
fn tempfile_dir(to: &Path) -> Result<PathBuf> {
    let parent = to.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let dir = parent.join(format!(".ctpat-backup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}

async fn write(args: &BackupArgs, staging: &Path) -> Result<(Option<u64>, usize)> {
    let copy = staging.join("ctpat.db");
    let db_bytes = if args.files_only {
        None
    } else {
        let db = args.db.connect().await?;
        db.copy_sqlite_to(&copy).await.context("cannot copy the database")?;
        Some(std::fs::metadata(&copy)?.len())
    };
    let out = std::fs::File::create_new(&args.to).with_context(|| format!("cannot create {}", args.to.display()))?;
    let mut tar = tar::Builder::new(out);
    if db_bytes.is_some() {
        tar.append_path_with_name(&copy, "ctpat.db")?;
    }
    let files_dir = args.db.settings().files_dir();
    let mut files = 0;
    if files_dir.is_dir() {
        for path in walk(&files_dir)? {
            // Uploads still streaming in are not part of any record.
            let rel = path.strip_prefix(&files_dir)?;
            if rel.starts_with("incoming") {
                continue;
            }
            tar.append_path_with_name(&path, Path::new("files").join(rel))?;
            files += 1;
        }
    }
    tar.into_inner()?.sync_all()?;
    Ok((db_bytes, files))
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}
