//! The scheduler's vocabulary, below every feature that plans a timer: what a job does, how a
//! one-shot job is scheduled (once, under a key that names it), and what a run came to. The
//! runner that claims and runs jobs is `crate::jobs`.

use crate::error::Result;
use chrono::{DateTime, Duration, Utc};
use ctpat_store::jobs::{self as store, NewJob};

/// What a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Withdraw suspensions whose response window closed unanswered.
    SuspensionSweep,
    /// Suspend accounts whose compliance notice ran out, close notices whose data came.
    ComplianceSweep,
    /// Schedule the reminders whose time comes soon.
    PlanReminders,
    /// Forget one-shot jobs done long ago.
    Prune,
    /// One reminder of an account's deadline.
    DeadlineReminder,
    /// One reminder of a finding's response deadline, to one account.
    FindingReminder,
    /// One step of an annual review: window open, reminders, overdue prompt.
    AnnualReminder,
    /// Schedule the daily digests of the people with notifications waiting for one.
    PlanDigests,
    /// One person's daily digest of notifications.
    Digest,
    /// Tell every partner of a document published in the Public Library.
    LibraryNotice,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::SuspensionSweep,
        Kind::ComplianceSweep,
        Kind::PlanReminders,
        Kind::Prune,
        Kind::DeadlineReminder,
        Kind::FindingReminder,
        Kind::AnnualReminder,
        Kind::PlanDigests,
        Kind::Digest,
        Kind::LibraryNotice,
    ];

    /// Stable key (stored; the message catalogue's `job-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::SuspensionSweep => "sweep.suspensions",
            Kind::ComplianceSweep => "sweep.compliance",
            Kind::PlanReminders => "plan.reminders",
            Kind::Prune => "prune.jobs",
            Kind::DeadlineReminder => "reminder.deadline",
            Kind::FindingReminder => "reminder.finding",
            Kind::AnnualReminder => "reminder.annual",
            Kind::PlanDigests => "plan.digests",
            Kind::Digest => "digest",
            Kind::LibraryNotice => "notice.library",
        }
    }

    pub fn from_key(s: &str) -> Option<Kind> {
        Self::ALL.into_iter().find(|k| k.key() == s)
    }

    /// How often a recurring job runs (`None`: a one-shot job).
    pub(crate) fn every(self) -> Option<Duration> {
        match self {
            Kind::SuspensionSweep | Kind::ComplianceSweep => Some(Duration::minutes(1)),
            Kind::PlanReminders => Some(Duration::minutes(10)),
            Kind::Prune => Some(Duration::days(1)),
            Kind::PlanDigests => Some(Duration::hours(1)),
            _ => None,
        }
    }
}

/// How long a server holds a job it claimed before another may take it over, unless the
/// deployment says otherwise (`Settings::job_lease`).
pub const LEASE: Duration = Duration::minutes(5);
/// Runs of a one-shot job before it is left for an operator.
pub(crate) const MAX_ATTEMPTS: i32 = 5;
/// How far ahead the planner schedules reminders (they show in `ctpat jobs` as pending).
pub(crate) const HORIZON: Duration = Duration::days(2);
/// Done one-shot jobs are kept this long, as the history of what was sent.
pub(crate) const KEEP_DONE: Duration = Duration::days(90);

/// Schedule a one-shot job under its key (nothing happens when the key is taken).
pub(crate) async fn schedule<C: ctpat_store::ConnectionTrait>(
    conn: &C,
    kind: Kind,
    key: &str,
    run_at: DateTime<Utc>,
    payload: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<bool> {
    Ok(store::schedule(
        conn,
        NewJob { kind: kind.key(), key, payload: &payload.to_string(), run_at, max_attempts: MAX_ATTEMPTS },
        now,
    )
    .await?)
}

/// What one run of a job came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ran {
    /// It did its work (a reminder was sent).
    Done,
    /// There was nothing left to do (the deadline moved or passed, the finding closed).
    Skipped,
}
