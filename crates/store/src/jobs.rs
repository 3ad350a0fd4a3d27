//! The scheduler's table. Scheduling is idempotent (a unique key: several servers scheduling
//! the same timer make one row); claiming is a conditional update (one server wins a due job
//! and holds it for a lease); finishing is guarded by the attempt that claimed it, so a server
//! whose lease ran out cannot finish a job another server has taken over — its transaction
//! fails and nothing it did inside it is kept.

use crate::entity::job::{self, Entity as Job};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Condition, Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use job::Model as JobRow;

pub const PENDING: &str = "pending";
pub const RUNNING: &str = "running";
pub const DONE: &str = "done";
pub const FAILED: &str = "failed";

pub struct NewJob<'a> {
    pub kind: &'a str,
    pub key: &'a str,
    pub payload: &'a str,
    pub run_at: DateTime<Utc>,
    pub max_attempts: i32,
}

/// Schedule a job unless one with its key exists (whatever its state). Returns whether a row
/// was added.
pub async fn schedule<C: ConnectionTrait>(conn: &C, j: NewJob<'_>, now: DateTime<Utc>) -> Result<bool> {
    let row = job::ActiveModel {
        kind: Set(j.kind.to_string()),
        unique_key: Set(j.key.to_string()),
        payload: Set(j.payload.to_string()),
        status: Set(PENDING.to_string()),
        run_at: Set(j.run_at),
        lease_until: Set(None),
        attempts: Set(0),
        max_attempts: Set(j.max_attempts),
        last_error: Set(None),
        created_at: Set(now),
        finished_at: Set(None),
        ..Default::default()
    };
    let done = Job::insert(row)
        .on_conflict(OnConflict::column(job::Column::UniqueKey).do_nothing().to_owned())
        .exec_without_returning(conn)
        .await?;
    Ok(done > 0)
}

/// Claim up to `limit` due jobs (of `kind`, or any) for `lease`: pending ones whose time has
/// come, and running ones whose lease ran out (their server stopped). Each is claimed by
/// exactly one caller. The rows returned carry the claiming attempt's number.
pub async fn claim_due<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
    kind: Option<&str>,
) -> Result<Vec<JobRow>> {
    let claimable = || {
        Condition::any()
            .add(job::Column::Status.eq(PENDING))
            .add(Condition::all().add(job::Column::Status.eq(RUNNING)).add(job::Column::LeaseUntil.lt(now)))
    };
    let mut q = Job::find().filter(claimable()).filter(job::Column::RunAt.lte(now));
    if let Some(k) = kind {
        q = q.filter(job::Column::Kind.eq(k));
    }
    let candidates = q.order_by_asc(job::Column::RunAt).order_by_asc(job::Column::Id).limit(limit).all(conn).await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for mut j in candidates {
        let res = Job::update_many()
            .col_expr(job::Column::Status, Expr::value(RUNNING))
            .col_expr(job::Column::LeaseUntil, Expr::value(Some(now + lease)))
            .col_expr(job::Column::Attempts, Expr::value(j.attempts + 1))
            .filter(job::Column::Id.eq(j.id))
            .filter(job::Column::Attempts.eq(j.attempts))
            .filter(claimable())
            .exec(conn)
            .await?;
        if res.rows_affected == 1 {
            j.attempts += 1;
            j.status = RUNNING.to_string();
            j.lease_until = Some(now + lease);
            claimed.push(j);
        }
    }
    Ok(claimed)
}

/// The update of a job still held by the attempt that claimed it.
fn held(j: &JobRow) -> Condition {
    Condition::all()
        .add(job::Column::Id.eq(j.id))
        .add(job::Column::Attempts.eq(j.attempts))
        .add(job::Column::Status.eq(RUNNING))
}

async fn guarded<C: ConnectionTrait>(conn: &C, j: &JobRow, q: sea_orm::UpdateMany<Job>) -> Result<()> {
    if q.filter(held(j)).exec(conn).await?.rows_affected == 0 {
        // Another server took the job over after this one's lease ran out.
        return Err(StoreError::ChangedMeanwhile);
    }
    Ok(())
}

/// The job is done (in the transaction that did its work).
pub async fn finish<C: ConnectionTrait>(conn: &C, j: &JobRow, now: DateTime<Utc>) -> Result<()> {
    let q = Job::update_many()
        .col_expr(job::Column::Status, Expr::value(DONE))
        .col_expr(job::Column::FinishedAt, Expr::value(Some(now)))
        .col_expr(job::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None));
    guarded(conn, j, q).await
}

/// A recurring job ran: it waits for its next time, its attempts counted afresh.
pub async fn reschedule<C: ConnectionTrait>(conn: &C, j: &JobRow, run_at: DateTime<Utc>) -> Result<()> {
    let q = Job::update_many()
        .col_expr(job::Column::Status, Expr::value(PENDING))
        .col_expr(job::Column::RunAt, Expr::value(run_at))
        .col_expr(job::Column::Attempts, Expr::value(0))
        .col_expr(job::Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(job::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None));
    guarded(conn, j, q).await
}

/// A run failed: try again at `retry_at`, or give up (failed, for an operator to retry) when
/// it is `None`.
pub async fn fail<C: ConnectionTrait>(
    conn: &C,
    j: &JobRow,
    error: &str,
    now: DateTime<Utc>,
    retry_at: Option<DateTime<Utc>>,
) -> Result<()> {
    let mut q = Job::update_many()
        .col_expr(job::Column::LastError, Expr::value(Some(error.chars().take(2000).collect::<String>())))
        .col_expr(job::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None));
    q = match retry_at {
        Some(at) => q.col_expr(job::Column::Status, Expr::value(PENDING)).col_expr(job::Column::RunAt, Expr::value(at)),
        None => q
            .col_expr(job::Column::Status, Expr::value(FAILED))
            .col_expr(job::Column::FinishedAt, Expr::value(Some(now))),
    };
    guarded(conn, j, q).await
}

/// Run a failed job again, now, with its attempts counted afresh. False when it is not failed.
pub async fn retry<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let res = Job::update_many()
        .col_expr(job::Column::Status, Expr::value(PENDING))
        .col_expr(job::Column::RunAt, Expr::value(now))
        .col_expr(job::Column::Attempts, Expr::value(0))
        .col_expr(job::Column::FinishedAt, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::Status.eq(FAILED))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<JobRow>> {
    Ok(Job::find_by_id(id).one(conn).await?)
}

pub async fn by_key<C: ConnectionTrait>(conn: &C, key: &str) -> Result<Option<JobRow>> {
    Ok(Job::find().filter(job::Column::UniqueKey.eq(key)).one(conn).await?)
}

/// Jobs in these states, soonest first (failed ones: latest first), at most `limit`.
pub async fn list<C: ConnectionTrait>(conn: &C, statuses: &[&str], limit: u64) -> Result<Vec<JobRow>> {
    Ok(Job::find()
        .filter(job::Column::Status.is_in(statuses.iter().map(|s| s.to_string())))
        .order_by_asc(job::Column::RunAt)
        .order_by_asc(job::Column::Id)
        .limit(limit)
        .all(conn)
        .await?)
}

/// How many jobs are in each status: waiting work first (pending, running, failed), then done.
pub async fn counts<C: ConnectionTrait>(conn: &C) -> Result<Vec<(String, i64)>> {
    let mut rows: Vec<(String, i64)> = Job::find()
        .select_only()
        .column(job::Column::Status)
        .column_as(job::Column::Id.count(), "n")
        .group_by(job::Column::Status)
        .into_tuple()
        .all(conn)
        .await?;
    let rank = |s: &str| [PENDING, RUNNING, FAILED, DONE].iter().position(|k| *k == s).unwrap_or(4);
    rows.sort_by_key(|(s, _)| rank(s));
    Ok(rows)
}

/// Forget jobs done before `before` (one-shot reminders accumulate; recurring ones never end).
pub async fn prune_done<C: ConnectionTrait>(conn: &C, before: DateTime<Utc>) -> Result<u64> {
    Ok(Job::delete_many()
        .filter(job::Column::Status.eq(DONE))
        .filter(job::Column::FinishedAt.lt(before))
        .exec(conn)
        .await?
        .rows_affected)
}
