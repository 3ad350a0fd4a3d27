//! One scheduler for every timer of the program. Each timer is a `job` row: the recurring
//! sweeps (unanswered suspensions, compliance notices, planning the reminders), and each
//! reminder of a deadline — certification target, suspension response, appeal windows and
//! decision, validation due dates, finding deadlines, annual reviews — scheduled ahead of its
//! time by the planner under a key that names it, so several servers schedule it once.
//!
//! A server claims due jobs under a lease. A one-shot job does its work and marks itself done
//! in one transaction: a server that dies mid-job commits nothing, and when its lease runs out
//! another server runs the job again — no reminder is lost, none is sent twice. A failed run
//! is retried with a growing pause, then left `failed` for an operator (`ctpat jobs`, the admin
//! page) to retry.

use crate::App;
use crate::actor::Can;
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use crate::scheduler::{KEEP_DONE, Kind, Ran, schedule};
use chrono::{DateTime, Duration, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_store::jobs::{self as store, JobRow};
use serde_json::json;

/// Make sure each recurring job has its row (the first server to start makes it).
async fn ensure_recurring(app: &App, now: DateTime<Utc>) -> Result<()> {
    for kind in Kind::ALL.into_iter().filter(|k| k.every().is_some()) {
        schedule(app.db.conn(), kind, kind.key(), now, json!({}), now).await?;
    }
    Ok(())
}

/// The pause before the next try of a failed run: 1, 2, 4, 8… minutes.
fn backoff(attempts: i32) -> Duration {
    Duration::minutes(1 << attempts.clamp(1, 10).saturating_sub(1))
}

/// Run one claimed job.
async fn run(app: &App, j: &JobRow, now: DateTime<Utc>) -> Result<Ran> {
    let Some(kind) = Kind::from_key(&j.kind) else {
        return Err(Error::Internal(format!("unknown job kind {}", j.kind)));
    };
    if let Some(every) = kind.every() {
        match kind {
            Kind::SuspensionSweep => {
                crate::partner::program::sweep_expired_suspensions(app, now).await?;
            }
            Kind::ComplianceSweep => {
                crate::partner::compliance::sweep_notices(app, now).await?;
            }
            Kind::PlanReminders => plan_reminders(app, now).await?,
            Kind::PlanDigests => {
                crate::notifications::plan_digests(app, now).await?;
            }
            Kind::Prune => {
                store::prune_done(app.db.conn(), now - KEEP_DONE).await?;
            }
            _ => {}
        }
        // The sweeps write in their own transactions and are safe to run again; the job then
        // waits for its next time.
        let txn = app.db.begin().await?;
        store::reschedule(&txn, j, now + every).await?;
        txn.commit().await?;
        return Ok(Ran::Done);
    }
    let payload: serde_json::Value =
        serde_json::from_str(&j.payload).map_err(|e| Error::Internal(format!("job {} payload: {e}", j.id)))?;
    let txn = app.db.begin().await?;
    let ran = match kind {
        Kind::DeadlineReminder => crate::partner::reminders::deliver(&txn, app, &payload, now).await?,
        Kind::FindingReminder => crate::validations::findings::deliver_reminder(&txn, app, &payload, now).await?,
        Kind::AnnualReminder => crate::profile::annual::deliver_reminder(&txn, app, &payload, now).await?,
        Kind::Digest => crate::notifications::deliver_digest(&txn, app, &payload, now).await?,
        Kind::LibraryNotice => crate::library::announce(&txn, app, &payload).await?,
        _ => Ran::Skipped,
    };
    // Done in the transaction that did the work; refused if another server took it over.
    store::finish(&txn, j, now).await?;
    txn.commit().await?;
    Ok(ran)
}

/// Schedule every reminder whose time comes within the horizon.
pub async fn plan_reminders(app: &App, now: DateTime<Utc>) -> Result<()> {
    crate::partner::reminders::plan(app, now).await?;
    crate::validations::findings::plan_reminders(app, now).await?;
    crate::profile::annual::plan_reminders(app, now).await?;
    Ok(())
}

/// Claim and run the due jobs (of one kind, or all). Returns how many did their work.
pub(crate) async fn run_due_of(app: &App, now: DateTime<Utc>, kind: Option<Kind>) -> Result<usize> {
    let mut done = 0;
    loop {
        let claimed = store::claim_due(app.db.conn(), now, app.settings.job_lease, 50, kind.map(Kind::key)).await?;
        if claimed.is_empty() {
            return Ok(done);
        }
        for j in &claimed {
            match run(app, j, now).await {
                Ok(Ran::Done) => done += 1,
                Ok(Ran::Skipped) => {}
                // Another server took it over after this one's lease ran out: its run counts.
                Err(Error::ChangedMeanwhile) => {}
                Err(e) => {
                    tracing::error!(job = j.id, kind = %j.kind, error = %e, "job failed");
                    // A recurring sweep is never given up (the program's rules would stop being
                    // enforced); a one-shot job waits for an operator after its last try.
                    let recurring = Kind::from_key(&j.kind).is_some_and(|k| k.every().is_some());
                    let retry = (recurring || j.attempts < j.max_attempts).then(|| now + backoff(j.attempts));
                    let txn = app.db.begin().await?;
                    match store::fail(&txn, j, &e.to_string(), now, retry).await {
                        Ok(()) => txn.commit().await?,
                        Err(ctpat_store::StoreError::ChangedMeanwhile) => {}
                        Err(e) => return Err(e.into()),
                    }
                }
            }
        }
    }
}

/// Claim and run every due job. Returns how many did their work.
pub async fn run_due(app: &App, now: DateTime<Utc>) -> Result<usize> {
    ensure_recurring(app, now).await?;
    run_due_of(app, now, None).await
}

/// Run the scheduler every `every` until `shutdown` turns true.
pub fn spawn(
    app: App,
    every: std::time::Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            // Timers HQ changed on another server reach this one.
            if let Err(e) = crate::timers::load(&app).await {
                tracing::error!(error = %e, "reading the program's timers failed");
            }
            match run_due(&app, app.now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(jobs = n, "scheduled jobs run"),
                Err(e) => tracing::error!(error = %e, "the scheduler failed"),
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = shutdown.changed() => break,
            }
        }
    })
}

/// A job as operators see it.
#[derive(Debug, Clone)]
pub struct JobView {
    pub id: i64,
    pub kind: String,
    pub key: String,
    pub status: String,
    pub run_at: DateTime<Utc>,
    pub attempts: i32,
    pub max_attempts: i32,
    pub last_error: Option<String>,
}

impl From<JobRow> for JobView {
    fn from(j: JobRow) -> Self {
        JobView {
            id: j.id,
            kind: j.kind,
            key: j.unique_key,
            status: j.status,
            run_at: j.run_at,
            attempts: j.attempts,
            max_attempts: j.max_attempts,
            last_error: j.last_error,
        }
    }
}

/// The jobs waiting, running and failed, soonest first, and the count of each state.
pub struct Board {
    pub jobs: Vec<JobView>,
    pub counts: Vec<(String, i64)>,
}

/// Pending, running and failed jobs (the command line; no person is involved).
pub async fn board(app: &App, limit: u64) -> Result<Board> {
    let conn = app.db.conn();
    let jobs = store::list(conn, &[store::PENDING, store::RUNNING, store::FAILED], limit).await?;
    Ok(Board { jobs: jobs.into_iter().map(JobView::from).collect(), counts: store::counts(conn).await? })
}

/// Leave to operate the scheduler (the system administrator).
pub struct OperateJobs;

impl crate::actor::Perm for OperateJobs {
    const PERMISSION: ctpat_domain::Permission = ctpat_domain::Permission::OperateScheduler;
}

/// The board, for an operator.
pub async fn board_for(app: &App, _can: &Can<'_, OperateJobs>, limit: u64) -> Result<Board> {
    board(app, limit).await
}

/// Run a failed job again, now (audited).
pub async fn retry(app: &App, can: &Can<'_, OperateJobs>, id: i64) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let job = store::find(&txn, id).await?.ok_or(Error::NotFound)?;
    if !store::retry(&txn, id, now).await? {
        return Err(Error::Refused(ctpat_domain::Problem::new("err-job-not-failed")));
    }
    ctpat_store::audit::append(
        &txn,
        audit::by(can.actor, now, "job.retried", Outcome::Ok)
            .object("job", id)
            .before(json!({"kind": job.kind, "key": job.unique_key, "error": job.last_error})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Plan the reminders and run the due jobs of one kind (what the scheduler does for it).
/// Returns how many did their work.
pub async fn run_kind(app: &App, now: DateTime<Utc>, kind: Kind) -> Result<usize> {
    plan_reminders(app, now).await?;
    run_due_of(app, now, Some(kind)).await
}
