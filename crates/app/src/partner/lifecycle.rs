//! Running lifecycle commands: load the account's events, let the domain decide, append the
//! event, refresh the account's projection under its version (a concurrent change loses with
//! "changed meanwhile"), audit — all in one transaction.

use super::{Reach, Standing};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::happened::Happened;
use ctpat_domain::partner::Account;
use ctpat_domain::partner::account::Projection;
use ctpat_domain::partner::lifecycle::{self as lc, ActorRole, Command, Event, Snapshot, Timers};
use ctpat_domain::{AccountRole, Problem, StaffRole};
use ctpat_store::ConnectionTrait;
use ctpat_store::accounts;

/// The role the state machine sees for this actor on this account.
/// `None` for account Users and Consultants, who run no lifecycle command.
pub fn domain_actor(actor: &Actor, standing: Standing) -> Option<lc::Actor> {
    let role = match standing {
        Standing::Member(AccountRole::Officer) => ActorRole::Officer,
        Standing::Member(AccountRole::Admin) => ActorRole::AccountAdmin,
        Standing::Member(_) => return None,
        Standing::Staff(StaffRole::Scss) => ActorRole::Scss,
        Standing::Staff(StaffRole::Supervisor) => ActorRole::Supervisor,
        Standing::Staff(StaffRole::Hq) => ActorRole::Hq,
        Standing::Staff(StaffRole::Admin) => return None,
    };
    Some(lc::Actor { id: actor.user.id, role })
}

/// The account's history replayed.
pub(crate) async fn snapshot<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    timers: &Timers,
) -> Result<(Snapshot, Vec<(Event, DateTime<Utc>)>)> {
    let rows = accounts::events(conn, account_id).await?;
    let mut history = Vec::with_capacity(rows.len());
    for r in rows {
        let e: Event =
            serde_json::from_str(&r.data).map_err(|e| Error::Internal(format!("bad event {}: {e}", r.id)))?;
        history.push((e, r.at));
    }
    let s = Snapshot::replay(history.iter().map(|(e, at)| (e, *at)), timers);
    Ok((s, history))
}

/// The nearest running deadline, for the work queue's ordering.
pub fn next_deadline(s: &Snapshot, t: &Timers) -> Option<DateTime<Utc>> {
    [
        s.certification_target(t),
        s.response_deadline(t),
        s.appeal_deadline(t),
        s.appeal_decision_due(t),
        s.next_validation_due(t),
        s.annual_review_due(t),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// Record the response window of suspended accounts from before `response_due` existed (a
/// projection, derived from their history); run at start-up. Returns how many were filled.
pub async fn backfill_response_due(app: &App) -> Result<usize> {
    let (conn, t) = (app.db.conn(), &app.timers());
    let (mut after, mut filled) = (0, 0);
    loop {
        let page = accounts::suspended_without_response_due(conn, after, 200).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for a in &page {
            let (s, _) = snapshot(conn, a.id, t).await?;
            if let Some(due) = s.response_deadline(t) {
                accounts::set_response_due(conn, a.id, Some(due)).await?;
                filled += 1;
            }
        }
    }
    Ok(filled)
}

/// Append `event` to the account and refresh its projection, under the account's version.
pub(crate) async fn record<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    account: &Account,
    event: &Event,
    actor_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(Account, Snapshot)> {
    let t = &app.timers();
    let (mut s, _) = snapshot(conn, account.id, t).await?;
    s.apply(event, now, t);
    let data = serde_json::to_string(event).map_err(|e| Error::Internal(e.to_string()))?;
    accounts::append_event(conn, account.id, account.event_count + 1, event.kind(), &data, now, actor_id).await?;
    // An account gets its SVI number when it first becomes active, and keeps it for good.
    let svi = match &account.svi_number {
        None if s.status.is_active() => Some(new_svi_number(conn).await?),
        _ => None,
    };
    let projection = projection_of(&s, t, svi, account.event_count + 1);
    let updated = accounts::project(conn, account, projection, now).await?;
    let happened = Happened::Lifecycle { account: &updated, snapshot: &s, event, previous: account.status };
    crate::events::publish(conn, app, happened).await?;
    Ok((updated, s))
}

/// What the account's row shows of its history.
pub(crate) fn projection_of(s: &Snapshot, t: &Timers, new_svi_number: Option<String>, event_count: i32) -> Projection {
    Projection {
        new_svi_number,
        status: s.status,
        tier: lc::tier(s).map(i32::from),
        assigned_scss_id: s.scss,
        applied_on: s.applied_on,
        certified_on: s.certified_on,
        validated_on: s.validated_on,
        next_validation_due: s.next_validation_due(t),
        annual_review_due: s.annual_review_due(t),
        next_deadline: next_deadline(s, t),
        response_due: s.response_deadline(t).filter(|_| s.status == lc::Status::Suspended),
        pending_decision: s.pending_decision().map(str::to_string),
        event_count,
    }
}

/// A random candidate (kept out of async code: the thread-local generator is not `Send`).
fn svi_candidate() -> ctpat_domain::svi::SviNumber {
    use rand::RngExt;
    let mut rng = rand::rng();
    let len = ctpat_domain::svi::ALPHABET.len();
    ctpat_domain::svi::SviNumber::from_indices((0..8).map(|_| rng.random_range(0..len)).collect::<Vec<_>>())
}

/// A fresh SVI number no account has ever had (numbers are never reused: accounts are never
/// deleted, so the unique column remembers every number given).
pub(crate) async fn new_svi_number<C: ConnectionTrait>(conn: &C) -> Result<String> {
    for _ in 0..16 {
        let n = svi_candidate();
        if accounts::by_svi(conn, n.as_str()).await?.is_none() {
            return Ok(n.as_str().to_string());
        }
    }
    Err(Error::Internal("could not find a free SVI number".into()))
}

/// Run a lifecycle command as `actor` on a reached account. `expected_version` is the version
/// the actor's page showed; a different current version means someone acted meanwhile.
pub async fn run(
    app: &App,
    actor: &Actor,
    reach: &Reach,
    cmd: Command,
    expected_version: Option<i32>,
) -> Result<Account> {
    let txn = app.db.begin().await?;
    let (account, _) = run_in(&txn, app, actor, reach, cmd, expected_version).await?;
    txn.commit().await?;
    Ok(account)
}

/// `run` inside the caller's transaction, for commands that write more in the same step.
pub(crate) async fn run_in<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    reach: &Reach,
    cmd: Command,
    expected_version: Option<i32>,
) -> Result<(Account, Event)> {
    let now = app.now();
    // The row is locked first: a parallel command waits for this one and then sees its version
    // (changed meanwhile), never a half-read state between the row and its events.
    accounts::lock(txn, reach.account.id).await?;
    let account = accounts::find(txn, accounts::Scope::Program, reach.account.id).await?.ok_or(Error::NotFound)?;
    if expected_version.is_some_and(|v| v != account.version) {
        return Err(Error::ChangedMeanwhile);
    }
    let t = &app.timers();
    let (s, _) = snapshot(txn, account.id, t).await?;
    let who = domain_actor(actor, reach.standing).ok_or(Error::Forbidden)?;
    let event = lc::decide(&s, &cmd, &who, now, t).map_err(|r| Error::Refused(Problem::new(refusal_id(r))))?;
    let before = serde_json::json!({"status": account.status, "version": account.version});
    let (updated, _) = record(txn, app, &account, &event, Some(actor.user.id), now).await?;
    ctpat_store::audit::append(
        txn,
        for_account(audit::by(actor, now, &format!("account.{}", event.kind()), Outcome::Ok), account.id)
            .object("account", account.id)
            .before(before)
            .after(serde_json::to_value(&event).unwrap_or_default()),
    )
    .await?;
    Ok((updated, event))
}

/// The catalogue id of a refusal.
pub fn refusal_id(r: lc::Refusal) -> &'static str {
    use lc::Refusal::*;
    match r {
        NotAllowedInStatus => "refusal-not-allowed-in-status",
        WrongRole => "refusal-wrong-role",
        NotTheAssignedScss => "refusal-not-the-assigned-scss",
        NoRecommendation => "refusal-no-recommendation",
        OwnProposal => "refusal-own-proposal",
        ProposalPending => "refusal-proposal-pending",
        NoProposal => "refusal-no-proposal",
        NoCorrectiveActionPlan => "refusal-no-corrective-action-plan",
        CorrectiveActionPlanAlreadySubmitted => "refusal-cap-already-submitted",
        DeadlineNotReached => "refusal-deadline-not-reached",
        DeadlinePassed => "refusal-deadline-passed",
        AppealAlreadyFiled => "refusal-appeal-already-filed",
        NoAppeal => "refusal-no-appeal",
        ReapplicationBarred => "refusal-reapplication-barred",
        AlreadyAssigned => "refusal-already-assigned",
    }
}

/// The lifecycle command a plan or an appeal sends.
pub(crate) fn statement_command(kind: ctpat_domain::partner::statement::StatementKind) -> Command {
    use ctpat_domain::partner::statement::StatementKind;
    match kind {
        StatementKind::CorrectiveActionPlan => Command::SubmitCorrectiveActionPlan,
        StatementKind::Appeal => Command::FileAppeal,
    }
}

/// The account, for a partner who drafts a plan or an appeal (or attaches a file to it): refused
/// unless they edit company data and its window is open (an Officer could send it now).
pub(crate) async fn drafting_statement<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    actor: &Actor,
    account_id: i64,
    kind: ctpat_domain::partner::statement::StatementKind,
) -> Result<Reach> {
    let r = super::reach(conn, actor, account_id).await?;
    if r.is_staff() || !r.can(ctpat_domain::Permission::EditCompanyData) {
        return Err(Error::Forbidden);
    }
    let t = &app.timers();
    let (s, _) = snapshot(conn, account_id, t).await?;
    let officer = lc::Actor { id: actor.user.id, role: lc::ActorRole::Officer };
    lc::decide(&s, &statement_command(kind), &officer, app.now(), t)
        .map_err(|e| Error::Refused(Problem::new(refusal_id(e))))?;
    Ok(r)
}
