//! Scheduling a validation, moving it and calling it off. Each is one transaction with its audit
//! events (one per account covered) and its notice to the people of every account covered.

use super::{ValidationView, view_of};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::{Reach, reach};
use chrono::NaiveDate;
use ctpat_domain::audit::Outcome;
use ctpat_domain::happened::{Happened, Notice};
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::validation::{self as rules, ScheduleFacts, Site, SiteKind, Validation};
use ctpat_domain::{FieldError, Permission, Problem, StaffRole};
use ctpat_store::ConnectionTrait;
use ctpat_store::validations as store;
use serde_json::json;

/// The site rows a schedule form offers.
pub const SITE_ROWS: usize = 4;
const SITE_NAME_MAX: usize = 200;
const REASON_MAX: usize = 2_000;

/// What the schedule form sends.
#[derive(Debug, Clone, Default)]
pub struct ScheduleInput {
    pub start: String,
    pub end: String,
    /// (kind, name) per site row; rows left blank are skipped.
    pub sites: Vec<(String, String)>,
    /// Ids of the SCSSs on the team besides the person scheduling.
    pub team: Vec<String>,
    /// Cover the whole validation group of the account.
    pub whole_group: bool,
    /// A Supervisor's reason for less notice than the program gives.
    pub short_notice_reason: String,
}

/// What the schedule form offers, decided here.
pub struct ScheduleForm {
    pub reach: Reach,
    /// Why no validation can be scheduled now (the account is not certified, or one is already
    /// open): the page says so instead of offering the form.
    pub refusal: Option<Problem>,
    /// The account's validation group: its name and the organizations of its accounts.
    pub group: Option<(String, Vec<String>)>,
    /// SCSSs who can join the team: (id, name).
    pub specialists: Vec<(i64, String)>,
    /// A site abroad is needed (a foreign manufacturer, a Mexican long-haul carrier).
    pub needs_foreign_site: bool,
    /// Only a Supervisor may give less notice, with a reason.
    pub may_shorten_notice: bool,
    pub notice_days: i64,
    pub site_rows: usize,
}

fn scheduler(actor: &Actor) -> Result<()> {
    if actor.has(Permission::ScheduleValidations) { Ok(()) } else { Err(Error::Forbidden) }
}

/// The account as staff who schedule reach it.
async fn scheduling<C: ConnectionTrait>(conn: &C, actor: &Actor, account_id: i64) -> Result<Reach> {
    let r = reach(conn, actor, account_id).await?;
    if !r.is_staff() {
        return Err(Error::NotFound);
    }
    scheduler(actor)?;
    Ok(r)
}

/// Why a validation cannot be scheduled for the account now, if it cannot.
fn refusal(r: &Reach) -> Option<Problem> {
    (!matches!(r.account.status, Status::Certified | Status::Validated))
        .then(|| Problem::new("err-validation-not-certified"))
}

/// The certified account a validation can be scheduled for, reached by staff who schedule.
async fn schedulable<C: ConnectionTrait>(conn: &C, actor: &Actor, account_id: i64) -> Result<Reach> {
    let r = scheduling(conn, actor, account_id).await?;
    match refusal(&r) {
        Some(p) => Err(Error::Refused(p)),
        None => Ok(r),
    }
}

/// The accounts one validation covers: the account, or every account of its group (each one
/// the person works).
async fn covered<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    r: &Reach,
    whole_group: bool,
) -> Result<(Option<i64>, Vec<i64>)> {
    let Some(link) = ctpat_store::groups::group_of(conn, r.account.id).await? else {
        return Ok((None, vec![r.account.id]));
    };
    if !whole_group {
        return Ok((None, vec![r.account.id]));
    }
    let members = ctpat_store::groups::group_members(conn, link.group_id).await?;
    for m in &members {
        if crate::partner::reach(conn, actor, m.account_id).await.is_err() {
            return Err(Error::Refused(Problem::new("err-group-outside-reach")));
        }
    }
    Ok((Some(link.group_id), members.into_iter().map(|m| m.account_id).collect()))
}

pub async fn schedule_form(app: &App, actor: &Actor, account_id: i64) -> Result<ScheduleForm> {
    let conn = app.db.conn();
    let r = scheduling(conn, actor, account_id).await?;
    let open = store::of_account(conn, account_id).await?.iter().any(|v| v.status.is_open());
    let refusal = refusal(&r).or_else(|| open.then(|| Problem::new("err-validation-already-open")));
    let group = match ctpat_store::groups::group_of(conn, account_id).await? {
        Some(link) => {
            let g = ctpat_store::groups::group(conn, link.group_id).await?.ok_or(Error::NotFound)?;
            let mut names = Vec::new();
            for m in ctpat_store::groups::group_members(conn, g.id).await? {
                if let Some(a) =
                    ctpat_store::accounts::find(conn, ctpat_store::accounts::Scope::Program, m.account_id).await?
                {
                    names.push(format!("{} ({})", super::org_of(conn, a.organization_id).await?, a.entity_type.key()));
                }
            }
            Some((g.name, names))
        }
        None => None,
    };
    let specialists = crate::partner::program::specialists(app)
        .await?
        .into_iter()
        .filter(|s| s.id != actor.user.id)
        .map(|s| (s.id, s.name))
        .collect();
    Ok(ScheduleForm {
        needs_foreign_site: rules::has_foreign_site(r.account.entity_type),
        may_shorten_notice: actor.staff_role() == Some(StaffRole::Supervisor),
        notice_days: app.timers().validation_notice.num_days(),
        site_rows: SITE_ROWS,
        refusal,
        reach: r,
        group,
        specialists,
    })
}

fn date(field: &'static str, raw: &str, errors: &mut Vec<FieldError>) -> Option<NaiveDate> {
    match NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push(Problem::new("err-date").on(field));
            None
        }
    }
}

fn sites(input: &[(String, String)], errors: &mut Vec<FieldError>) -> Vec<Site> {
    let mut out = Vec::new();
    for (i, (kind, name)) in input.iter().enumerate().take(SITE_ROWS) {
        let (kind, name) = (kind.trim(), name.trim());
        if kind.is_empty() && name.is_empty() {
            continue;
        }
        let n = i + 1;
        let Some(k) = SiteKind::from_key(kind) else {
            errors.push(Problem::new("err-choose-one").on(format!("site_kind-{n}")));
            continue;
        };
        if name.is_empty() {
            errors.push(Problem::new("err-required").on(format!("site_name-{n}")));
        } else if name.chars().count() > SITE_NAME_MAX {
            errors.push(Problem::new("err-too-long").with("max", SITE_NAME_MAX).on(format!("site_name-{n}")));
        } else {
            out.push(Site { kind: k, name: name.to_string() });
        }
    }
    out
}

/// The short-notice reason a person may give: a Supervisor's, trimmed; anyone else's is not one.
fn notice_reason(actor: &Actor, raw: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let r = raw.trim();
    if r.is_empty() || actor.staff_role() != Some(StaffRole::Supervisor) {
        return None;
    }
    if r.chars().count() > REASON_MAX {
        errors.push(Problem::new("err-too-long").with("max", REASON_MAX).on("short_notice_reason"));
    }
    Some(r.to_string())
}

/// Schedule a validation of the account (or of its whole group). Returns its id.
pub async fn schedule(app: &App, actor: &Actor, account_id: i64, input: &ScheduleInput) -> Result<i64> {
    let now = app.now();
    let mut errors = Vec::new();
    let start = date("start", &input.start, &mut errors);
    let end = date("end", &input.end, &mut errors);
    let sites = sites(&input.sites, &mut errors);
    let reason = notice_reason(actor, &input.short_notice_reason, &mut errors);
    let txn = app.db.begin().await?;
    let r = schedulable(&txn, actor, account_id).await?;
    let (group_id, accounts) = covered(&txn, actor, &r, input.whole_group).await?;
    let mut entities: Vec<EntityType> = Vec::new();
    for id in &accounts {
        if let Some(a) = ctpat_store::accounts::find(&txn, ctpat_store::accounts::Scope::Program, *id).await? {
            entities.push(a.entity_type);
        }
        // One open validation per account at a time.
        if store::of_account(&txn, *id).await?.iter().any(|v| v.status.is_open()) {
            return Err(Error::Refused(Problem::new("err-validation-already-open")));
        }
    }
    let mut team = vec![actor.user.id];
    let specialists = crate::partner::program::specialists(app).await?;
    for raw in &input.team {
        match raw.trim().parse::<i64>() {
            Ok(id) if specialists.iter().any(|s| s.id == id) => {
                if !team.contains(&id) {
                    team.push(id);
                }
            }
            _ => errors.push(Problem::new("err-choose-one").on("team")),
        }
    }
    if let (Some(start), Some(end)) = (start, end) {
        errors.extend(rules::schedule_problems(&ScheduleFacts {
            start,
            end,
            today: now.date_naive(),
            sites: &sites,
            entities: &entities,
            notice: app.timers().validation_notice,
            short_notice_reason: reason.as_deref(),
        }));
    }
    let (Some(start), Some(end), true) = (start, end, errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };
    let v = store::insert(
        &txn,
        store::NewValidation {
            lead_account_id: account_id,
            group_id,
            start_on: start,
            end_on: end,
            short_notice_reason: reason.clone(),
            accounts: &accounts,
            sites: &sites,
            team: &team,
            by: actor.user.id,
            now,
        },
    )
    .await?;
    let after = json!({
        "start": start, "end": end, "accounts": accounts,
        "sites": sites.iter().map(|s| json!({"kind": s.kind.key(), "name": s.name})).collect::<Vec<_>>(),
        "team": team, "short_notice_reason": reason,
    });
    for id in &accounts {
        ctpat_store::audit::append(
            &txn,
            for_account(audit::by(actor, now, "validation.scheduled", Outcome::Ok), *id)
                .object("validation", v.id)
                .after(after.clone()),
        )
        .await?;
    }
    crate::events::publish(
        &txn,
        app,
        Happened::ValidationNotice { validation: &v, accounts: &accounts, what: Notice::Scheduled, reason: "" },
    )
    .await?;
    txn.commit().await?;
    Ok(v.id)
}

/// What moving or calling off a validation sends.
#[derive(Debug, Clone, Default)]
pub struct ChangeInput {
    pub start: String,
    pub end: String,
    pub reason: String,
    pub short_notice_reason: String,
    /// The version of the validation the page showed.
    pub version: String,
}

/// The open validation of the account, as staff who schedule may change it.
async fn changeable<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
) -> Result<(Validation, Vec<i64>)> {
    let r = reach(conn, actor, account_id).await?;
    let v = store::find(conn, validation_id).await?.ok_or(Error::NotFound)?;
    let accounts = store::accounts_of(conn, v.id).await?;
    if !accounts.contains(&r.account.id) {
        return Err(Error::NotFound);
    }
    if !r.is_staff() {
        return Err(Error::NotFound);
    }
    scheduler(actor)?;
    if v.status != ctpat_domain::validation::ValidationStatus::Scheduled {
        return Err(Error::Refused(Problem::new("err-validation-not-scheduled")));
    }
    Ok((v, accounts))
}

fn change_reason(raw: &str, errors: &mut Vec<FieldError>) -> String {
    let r = raw.trim();
    if r.is_empty() {
        errors.push(Problem::new("err-validation-reason").on("change_reason"));
    } else if r.chars().count() > REASON_MAX {
        errors.push(Problem::new("err-too-long").with("max", REASON_MAX).on("change_reason"));
    }
    r.to_string()
}

fn expected_version(v: &Validation, raw: &str) -> Result<()> {
    match raw.trim().parse::<i32>() {
        Ok(n) if n == v.version => Ok(()),
        _ => Err(Error::ChangedMeanwhile),
    }
}

/// Move a validation to new dates, with the reason; everyone covered hears again.
pub async fn reschedule(
    app: &App,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    input: &ChangeInput,
) -> Result<ValidationView> {
    let now = app.now();
    let mut errors = Vec::new();
    let start = date("start", &input.start, &mut errors);
    let end = date("end", &input.end, &mut errors);
    let reason = change_reason(&input.reason, &mut errors);
    let notice = notice_reason(actor, &input.short_notice_reason, &mut errors);
    let txn = app.db.begin().await?;
    let (v, accounts) = changeable(&txn, actor, account_id, validation_id).await?;
    expected_version(&v, &input.version)?;
    let sites = store::sites_of(&txn, v.id).await?;
    let mut entities = Vec::new();
    for id in &accounts {
        if let Some(a) = ctpat_store::accounts::find(&txn, ctpat_store::accounts::Scope::Program, *id).await? {
            entities.push(a.entity_type);
        }
    }
    if let (Some(start), Some(end)) = (start, end) {
        errors.extend(rules::schedule_problems(&ScheduleFacts {
            start,
            end,
            today: now.date_naive(),
            sites: &sites,
            entities: &entities,
            notice: app.timers().validation_notice,
            short_notice_reason: notice.as_deref(),
        }));
    }
    let (Some(start), Some(end), true) = (start, end, errors.is_empty()) else {
        return Err(Error::Invalid(errors));
    };
    let change = store::Change::Rescheduled { start_on: start, end_on: end, short_notice_reason: notice };
    let moved = store::change(&txn, &v, change, &reason, actor.user.id, now).await?;
    for id in &accounts {
        ctpat_store::audit::append(
            &txn,
            for_account(audit::by(actor, now, "validation.rescheduled", Outcome::Ok), *id)
                .object("validation", v.id)
                .before(json!({"start": v.start_on, "end": v.end_on}))
                .after(json!({"start": start, "end": end, "reason": reason})),
        )
        .await?;
    }
    crate::events::publish(
        &txn,
        app,
        Happened::ValidationNotice {
            validation: &moved,
            accounts: &accounts,
            what: Notice::Rescheduled,
            reason: &reason,
        },
    )
    .await?;
    let view = view_of(&txn, actor, None, moved, now.date_naive()).await?;
    txn.commit().await?;
    Ok(view)
}

/// Call a validation off, with the reason; everyone covered hears.
pub async fn cancel(
    app: &App,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    input: &ChangeInput,
) -> Result<ValidationView> {
    let now = app.now();
    let mut errors = Vec::new();
    let reason = change_reason(&input.reason, &mut errors);
    let txn = app.db.begin().await?;
    let (v, accounts) = changeable(&txn, actor, account_id, validation_id).await?;
    expected_version(&v, &input.version)?;
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let cancelled = store::change(&txn, &v, store::Change::Cancelled, &reason, actor.user.id, now).await?;
    for id in &accounts {
        ctpat_store::audit::append(
            &txn,
            for_account(audit::by(actor, now, "validation.cancelled", Outcome::Ok), *id)
                .object("validation", v.id)
                .after(json!({"reason": reason})),
        )
        .await?;
    }
    crate::events::publish(
        &txn,
        app,
        Happened::ValidationNotice {
            validation: &cancelled,
            accounts: &accounts,
            what: Notice::Cancelled,
            reason: &reason,
        },
    )
    .await?;
    let view = view_of(&txn, actor, None, cancelled, now.date_naive()).await?;
    txn.commit().await?;
    Ok(view)
}
