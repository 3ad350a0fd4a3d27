//! Findings of a validation: the SCSS records them (required action with a response deadline,
//! recommendation, best practice; tied to MSC criteria and a site), the partner answers, the
//! SCSS closes or reopens with a comment. Nothing is edited: every step adds to the thread.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::{Reach, reach};
use chrono::{DateTime, NaiveDate, Utc};
use ctpat_domain::happened::{FindingChange, Happened};
use ctpat_domain::validation::{
    FINDING_TEXT_MAX, Finding, FindingKind, FindingStatus, Validation, ValidationStatus, parse_criteria,
};
use ctpat_domain::{FieldError, Permission, Problem};
use ctpat_store::ConnectionTrait;
use ctpat_store::findings as store;
use serde_json::json;

/// One entry of a finding's thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// `response`, `closed` or `reopened`.
    pub kind: String,
    pub text: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A finding with its thread and what the viewer may do with it.
#[derive(Debug, Clone)]
pub struct FindingView {
    pub finding: Finding,
    pub site: Option<String>,
    pub notes: Vec<Note>,
    /// Files the partner attached to the answer.
    pub files: Vec<crate::files::StoredFile>,
    pub overdue: bool,
    pub can_answer: bool,
    pub can_close: bool,
    pub can_reopen: bool,
}

/// The findings of a validation as `actor` (reaching the account as `r`) sees them.
pub(crate) async fn of_validation<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    r: Option<&Reach>,
    v: &Validation,
    today: NaiveDate,
) -> Result<Vec<FindingView>> {
    let sites = store::sites(conn, v.id).await?;
    let staff = actor.has(Permission::ScheduleValidations) && r.is_none_or(|r| r.is_staff());
    let answers = r.is_some_and(|r| !r.is_staff() && r.can(Permission::AnswerFindings));
    let mut out = Vec::new();
    for f in store::of_validation(conn, v.id).await? {
        let mut notes = Vec::new();
        for n in store::notes(conn, f.id).await? {
            notes.push(Note { kind: n.kind, text: n.text, by: super::name_of(conn, n.by_user).await?, at: n.at });
        }
        let open_validation = v.status == ValidationStatus::Scheduled;
        let files = store::files_of(conn, f.id).await?.into_iter().map(crate::files::StoredFile::from).collect();
        out.push(FindingView {
            files,
            site: f.site_id.and_then(|id| sites.iter().find(|(sid, _)| *sid == id)).map(|(_, s)| s.name.clone()),
            overdue: f.overdue(today),
            can_answer: answers && f.status != FindingStatus::Closed && open_validation,
            can_close: staff && f.status != FindingStatus::Closed && open_validation,
            can_reopen: staff && f.status == FindingStatus::Closed && open_validation,
            notes,
            finding: f,
        });
    }
    Ok(out)
}

/// A finding as the SCSS types it.
#[derive(Debug, Clone, Default)]
pub struct FindingInput {
    pub kind: String,
    pub criteria: String,
    pub site: String,
    pub text: String,
    /// The response deadline of a required action (`YYYY-MM-DD`); empty: the program's default.
    pub due: String,
}

/// The validation of the account, with the accounts it covers, for a command on it.
async fn validation_of<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
) -> Result<(Reach, Validation, Vec<i64>)> {
    let r = reach(conn, actor, account_id).await?;
    let v = ctpat_store::validations::find(conn, validation_id).await?.ok_or(Error::NotFound)?;
    let accounts = ctpat_store::validations::accounts_of(conn, v.id).await?;
    if !accounts.contains(&account_id) {
        return Err(Error::NotFound);
    }
    if v.status != ValidationStatus::Scheduled {
        return Err(Error::Refused(Problem::new("err-finding-validation-closed")));
    }
    Ok((r, v, accounts))
}

fn text(field: &'static str, raw: &str, errors: &mut Vec<FieldError>) -> String {
    let t = raw.trim();
    if t.is_empty() {
        errors.push(Problem::new("err-required").on(field));
    } else if t.chars().count() > FINDING_TEXT_MAX {
        errors.push(Problem::new("err-too-long").with("max", FINDING_TEXT_MAX).on(field));
    }
    t.to_string()
}

/// Record a finding (staff who validate). Returns its id.
pub async fn record(
    app: &App,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    input: &FindingInput,
) -> Result<i64> {
    let now = app.now();
    let (_, catalog) = crate::catalog::current(app).await?;
    let mut errors = Vec::new();
    let kind = FindingKind::from_key(input.kind.trim());
    if kind.is_none() {
        errors.push(Problem::new("err-choose-one").on("finding_kind"));
    }
    let criteria = parse_criteria(&input.criteria, |id| catalog.criteria.iter().any(|c| c.id == id))
        .map_err(|p| errors.push(p.on("finding_criteria")))
        .unwrap_or_default();
    let body = text("finding_text", &input.text, &mut errors);
    let today = now.date_naive();
    let due = match (kind, input.due.trim()) {
        (Some(FindingKind::RequiredAction), "") => Some(today + app.timers().finding_response),
        (Some(FindingKind::RequiredAction), d) => match NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            Ok(day) if day > today => Some(day),
            Ok(_) => {
                errors.push(Problem::new("err-date-past").on("finding_due"));
                None
            }
            Err(_) => {
                errors.push(Problem::new("err-date").on("finding_due"));
                None
            }
        },
        _ => None,
    };
    let txn = app.db.begin().await?;
    let (r, v, accounts) = validation_of(&txn, actor, account_id, validation_id).await?;
    if !r.is_staff() || !actor.has(Permission::ScheduleValidations) {
        return Err(Error::Forbidden);
    }
    let site_id = match input.site.trim() {
        "" => None,
        raw => {
            let ids: Vec<i64> = store::sites(&txn, v.id).await?.into_iter().map(|(id, _)| id).collect();
            match raw.parse::<i64>() {
                Ok(id) if ids.contains(&id) => Some(id),
                _ => {
                    errors.push(Problem::new("err-choose-one").on("finding_site"));
                    None
                }
            }
        }
    };
    let (Some(kind), true) = (kind, errors.is_empty()) else { return Err(Error::Invalid(errors)) };
    let f = store::insert(
        &txn,
        store::NewFinding {
            validation_id: v.id,
            kind,
            criteria: &criteria,
            site_id,
            text: &body,
            response_due: due,
            by: actor.user.id,
            now,
        },
    )
    .await?;
    let after = json!({"kind": kind.key(), "criteria": criteria, "site": site_id, "due": due, "validation": v.id});
    super::audit_covered(
        &txn,
        actor,
        now,
        "validation.finding_recorded",
        &accounts,
        ("validation_finding", f.id),
        after,
    )
    .await?;
    crate::events::publish(
        &txn,
        app,
        Happened::FindingChanged { finding: &f, accounts: &accounts, what: FindingChange::Recorded },
    )
    .await?;
    txn.commit().await?;
    Ok(f.id)
}

/// The finding of the validation, for a step of its thread.
async fn finding_of<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    finding_id: i64,
) -> Result<(Reach, Finding, Vec<i64>)> {
    let (r, v, accounts) = validation_of(conn, actor, account_id, validation_id).await?;
    let f = store::find(conn, finding_id).await?.filter(|f| f.validation_id == v.id).ok_or(Error::NotFound)?;
    Ok((r, f, accounts))
}

/// The partner answers a finding (Officers and Account admins).
pub async fn answer(
    app: &App,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    finding_id: i64,
    response: &str,
) -> Result<()> {
    let now = app.now();
    let mut errors = Vec::new();
    let body = text("response", response, &mut errors);
    let txn = app.db.begin().await?;
    let (r, f, accounts) = finding_of(&txn, actor, account_id, validation_id, finding_id).await?;
    if r.is_staff() || !r.can(Permission::AnswerFindings) {
        return Err(Error::Forbidden);
    }
    if f.status == FindingStatus::Closed {
        return Err(Error::Refused(Problem::new("err-finding-closed")));
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    store::advance(&txn, &f, FindingStatus::Answered, "response", &body, actor.user.id, now).await?;
    super::audit_covered(
        &txn,
        actor,
        now,
        "validation.finding_answered",
        &accounts,
        ("validation_finding", f.id),
        json!({"chars": body.chars().count()}),
    )
    .await?;
    crate::events::publish(
        &txn,
        app,
        Happened::FindingChanged { finding: &f, accounts: &accounts, what: FindingChange::Answered },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The SCSS closes a finding, or reopens a closed one, with a comment the partner reads.
#[allow(clippy::too_many_arguments)]
pub async fn decide(
    app: &App,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    finding_id: i64,
    close: bool,
    comment: &str,
    version: &str,
) -> Result<()> {
    let now = app.now();
    let mut errors = Vec::new();
    let body = text("comment", comment, &mut errors);
    let txn = app.db.begin().await?;
    let (r, f, accounts) = finding_of(&txn, actor, account_id, validation_id, finding_id).await?;
    if !r.is_staff() || !actor.has(Permission::ScheduleValidations) {
        return Err(Error::Forbidden);
    }
    if version.trim().parse::<i32>().ok() != Some(f.version) {
        return Err(Error::ChangedMeanwhile);
    }
    if close == (f.status == FindingStatus::Closed) {
        return Err(Error::Refused(Problem::new(if close { "err-finding-closed" } else { "err-finding-not-closed" })));
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let (status, kind, what) = if close {
        (FindingStatus::Closed, "closed", FindingChange::Closed)
    } else {
        (FindingStatus::Open, "reopened", FindingChange::Reopened)
    };
    store::advance(&txn, &f, status, kind, &body, actor.user.id, now).await?;
    let action = if close { "validation.finding_closed" } else { "validation.finding_reopened" };
    super::audit_covered(&txn, actor, now, action, &accounts, ("validation_finding", f.id), json!({"comment": body}))
        .await?;
    crate::events::publish(&txn, app, Happened::FindingChanged { finding: &f, accounts: &accounts, what }).await?;
    txn.commit().await?;
    Ok(())
}

/// Schedule, as jobs, the reminders of required actions' deadlines whose time comes within the
/// horizon: at the two reminder offsets before each, to each account the validation covers.
pub(crate) async fn plan_reminders(app: &App, now: DateTime<Utc>) -> Result<usize> {
    let conn = app.db.conn();
    let today = now.date_naive();
    let t = app.timers();
    let mut planned = 0;
    for f in store::open_required_due_by(conn, today + t.reminder_first + crate::scheduler::HORIZON, 500).await? {
        let Some(due) = f.response_due.filter(|d| *d >= today) else { continue };
        let Some(v) = ctpat_store::validations::find(conn, f.validation_id).await? else { continue };
        if v.status != ValidationStatus::Scheduled {
            continue;
        }
        let due_at = due.and_hms_opt(0, 0, 0).map(|d| d.and_utc()).unwrap_or(now);
        for offset in [t.reminder_first, t.reminder_second] {
            let run_at = due_at - offset;
            if run_at > now + crate::scheduler::HORIZON
                || (offset == t.reminder_first && today >= due - t.reminder_second)
            {
                continue;
            }
            let days = offset.num_days();
            for account_id in ctpat_store::validations::accounts_of(conn, v.id).await? {
                let key = format!("finding:{}:{account_id}:{due}:{days}", f.id);
                let payload = json!({"finding": f.id, "account": account_id, "due": due.to_string(), "offset": days});
                let kind = crate::scheduler::Kind::FindingReminder;
                if crate::scheduler::schedule(conn, kind, &key, run_at, payload, now).await? {
                    planned += 1;
                }
            }
        }
    }
    Ok(planned)
}

/// Send one planned finding reminder, in the job's transaction, while the finding is still
/// open, due that day, and this is its reminder's time.
pub(crate) async fn deliver_reminder<C: ctpat_store::ConnectionTrait>(
    txn: &C,
    app: &App,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<crate::scheduler::Ran> {
    use crate::scheduler::Ran;
    let (Some(fid), Some(account_id), Some(due), Some(days)) = (
        payload["finding"].as_i64(),
        payload["account"].as_i64(),
        payload["due"].as_str().and_then(|d| d.parse::<chrono::NaiveDate>().ok()),
        payload["offset"].as_i64(),
    ) else {
        return Err(Error::Internal(format!("bad finding reminder payload {payload}")));
    };
    let t = app.timers();
    let Some(f) = store::find(txn, fid).await? else { return Ok(Ran::Skipped) };
    let open = !matches!(f.status, ctpat_domain::validation::FindingStatus::Closed);
    if !open || f.response_due != Some(due) || t.reminder_offset(due - now.date_naive()) != Some(days) {
        return Ok(Ran::Skipped);
    }
    let Some(v) = ctpat_store::validations::find(txn, f.validation_id).await? else { return Ok(Ran::Skipped) };
    if v.status != ValidationStatus::Scheduled {
        return Ok(Ran::Skipped);
    }
    let kind = format!("finding_{days}");
    let due_at = due.and_hms_opt(0, 0, 0).map(|d| d.and_utc()).unwrap_or(now);
    // Once per finding, account and offset, even against reminders sent before jobs existed.
    if !ctpat_store::profiles::claim_reminder(txn, account_id, &format!("{kind}:{}", f.id), due_at, now).await? {
        return Ok(Ran::Skipped);
    }
    let org = match ctpat_store::accounts::find(txn, ctpat_store::accounts::Scope::Program, account_id).await? {
        Some(a) => ctpat_store::orgs::name_of(txn, a.organization_id).await?,
        None => String::new(),
    };
    let notice = crate::notifications::Notice {
        kind: ctpat_domain::notice::NoticeKind::Deadline,
        account_id: Some(account_id),
        message: "centre-finding-deadline",
        args: vec![
            ("organization", org),
            ("criteria", f.criteria.join(", ")),
            ("date", due.format("%Y-%m-%d").to_string()),
        ],
        refs: Vec::new(),
        link: format!("/accounts/{account_id}/validations/{}", f.validation_id),
    };
    crate::notifications::tell_account(txn, app, account_id, crate::notifications::Contacts::Deciders, &notice).await?;
    let e = audit::system(&crate::RequestMeta::default(), now, "validation.finding_reminder_sent", "scheduler");
    ctpat_store::audit::append(
        txn,
        for_account(e, account_id).object("validation_finding", f.id).after(json!({"kind": kind, "due": due})),
    )
    .await?;
    Ok(Ran::Done)
}
