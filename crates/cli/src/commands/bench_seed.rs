//! `ctpat bench-seed` (built with the `bench` feature only): fill an empty database with
//! synthetic accounts and connections for `bench/run`. Not for production data: it writes no
//! history.

use crate::db::{DbArgs, app_error};
use anyhow::{Result, bail};
use ctpat_app::{App, SystemClock};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

pub async fn run(db: DbArgs, accounts: u64, partners: u64, out: PathBuf) -> Result<ExitCode> {
    let database = db.migrated().await?;
    let app = App::new(database.clone(), Arc::new(SystemClock), db.settings());
    let now = app.now();
    let started = std::time::Instant::now();
    let txn = database.begin().await?;
    let user = ctpat_store::users::insert(
        &txn,
        ctpat_store::users::NewUser {
            email: "bench-loader@bench.invalid",
            name: "Bench loader",
            password_hash: None,
            email_verified_at: None,
            staff_role: None,
            now,
        },
    )
    .await?;
    let seeded = ctpat_store::bench_seed::seed(&txn, accounts, partners, user.id, now).await?;
    txn.commit().await?;
    // The batches assume consecutive ids; check the last account before trusting them.
    let last = ctpat_store::bench_seed::number(accounts - 1);
    let found = ctpat_store::accounts::by_svi(database.conn(), &last).await?.map(|a| a.id);
    if found != Some(seeded.viewer_id + accounts as i64 - 1) {
        bail!("seeded ids are not consecutive; use a fresh database");
    }
    let (_, token) = ctpat_app::api_tokens::create_from_cli(&app, &seeded.viewer_number, "bench")
        .await
        .map_err(|e| app_error(&e))?;
    std::fs::create_dir_all(&out)?;
    std::fs::write(out.join("token"), &token)?;
    std::fs::write(out.join("numbers.txt"), seeded.partner_numbers.join("\n") + "\n")?;
    let mut verify: Vec<String> = seeded.partner_numbers.iter().cycle().take(9_000).cloned().collect::<Vec<_>>();
    verify.extend((0..1_000).map(|k| ctpat_store::bench_seed::number(accounts / 2 + k)));
    let body =
        format!("{{\"svi_numbers\":[{}]}}", verify.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(","));
    std::fs::write(out.join("verify.json"), body)?;
    println!(
        "seeded {} accounts and {} connections in {:.1}s; viewer {} ({} partners)",
        seeded.accounts,
        seeded.connections,
        started.elapsed().as_secs_f64(),
        seeded.viewer_number,
        seeded.partner_numbers.len()
    );
    Ok(ExitCode::SUCCESS)
}
