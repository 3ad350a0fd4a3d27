//! Validations as people see them: an account's upcoming, current and past validations, one
//! validation with its accounts, sites, team and changes, and the program's list of open ones.
//! Scheduling, moving and calling off are in `schedule`; the notices they send in `notify`.

pub mod due;
pub mod findings;
pub(crate) mod notify;
pub mod program_findings;
pub mod report;
pub mod schedule;

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use crate::partner::{Reach, reach};
use chrono::{DateTime, NaiveDate, Utc};
use ctpat_domain::Permission;
use ctpat_domain::partner::EntityType;
use ctpat_domain::validation::{Site, Validation, ValidationStatus};
use ctpat_store::ConnectionTrait;
use ctpat_store::validations as store;

pub use due::{DueFilter, DueRow, WINDOWS, due};
pub use findings::{FindingInput, FindingView};
pub use program_findings::{FindingLine, FindingsFilter};
pub use schedule::{ChangeInput, ScheduleForm, ScheduleInput, cancel, reschedule, schedule, schedule_form};

/// An account a validation covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Covered {
    pub account_id: i64,
    pub organization: String,
    pub entity: EntityType,
}

/// A reschedule or cancellation, as the validation page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// `rescheduled` or `cancelled`.
    pub kind: String,
    pub reason: String,
    pub from_start: Option<NaiveDate>,
    pub from_end: Option<NaiveDate>,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// One validation with everything its page shows.
#[derive(Debug, Clone)]
pub struct ValidationView {
    pub validation: Validation,
    pub accounts: Vec<Covered>,
    pub sites: Vec<Site>,
    pub team: Vec<String>,
    pub changes: Vec<Change>,
    /// The viewer may move or call it off (program staff who schedule, while it is scheduled).
    pub can_change: bool,
    pub findings: Vec<FindingView>,
    /// The viewer may record findings (staff who validate, while it is open).
    pub can_record: bool,
    /// The sites with their ids, for a finding's site.
    pub site_ids: Vec<(i64, String)>,
    /// The report: staff see it from its submission, partners once it is approved.
    pub report: Option<ReportView>,
    /// The viewer may submit the report (staff who validate, while the validation is open).
    pub can_submit_report: bool,
    /// The viewer may approve or return the report (a Supervisor who did not write it).
    pub can_decide_report: bool,
}

/// The report as the pages show it.
#[derive(Debug, Clone)]
pub struct ReportView {
    pub report: ctpat_domain::validation::Report,
    pub author: String,
    pub decided_by: Option<String>,
}

impl ValidationView {
    /// Where it stands for the pages: `upcoming`, `in_progress` (its dates have begun, or the
    /// report is being decided), or `history` (approved or cancelled).
    pub fn phase(&self, today: NaiveDate) -> &'static str {
        match self.validation.status {
            ValidationStatus::Scheduled if today < self.validation.start_on => "upcoming",
            ValidationStatus::Scheduled | ValidationStatus::ReportSubmitted => "in_progress",
            ValidationStatus::Approved | ValidationStatus::Cancelled => "history",
        }
    }
}

async fn name_of<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<String> {
    Ok(ctpat_store::users::find(conn, user_id).await?.map(|u| u.name).unwrap_or_default())
}

async fn org_of<C: ConnectionTrait>(conn: &C, organization_id: Option<i64>) -> Result<String> {
    Ok(ctpat_store::orgs::name_of(conn, organization_id).await?)
}

pub(crate) async fn view_of<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    r: Option<&Reach>,
    v: Validation,
    today: NaiveDate,
) -> Result<ValidationView> {
    let mut accounts = Vec::new();
    for id in store::accounts_of(conn, v.id).await? {
        if let Some(a) = ctpat_store::accounts::find(conn, ctpat_store::accounts::Scope::Program, id).await? {
            accounts.push(Covered {
                account_id: a.id,
                organization: org_of(conn, a.organization_id).await?,
                entity: a.entity_type,
            });
        }
    }
    let mut team = Vec::new();
    for id in store::team_of(conn, v.id).await? {
        team.push(name_of(conn, id).await?);
    }
    let mut changes = Vec::new();
    for c in store::changes_of(conn, v.id).await? {
        changes.push(Change {
            kind: c.kind,
            reason: c.reason,
            from_start: c.from_start_on,
            from_end: c.from_end_on,
            by: name_of(conn, c.by_user).await?,
            at: c.at,
        });
    }
    let staff = actor.has(Permission::ScheduleValidations) && r.is_none_or(|r| r.is_staff());
    let is_staff = r.is_none_or(|r| r.is_staff());
    let report = match &v.report {
        Some(rep) if is_staff || v.status == ValidationStatus::Approved => Some(ReportView {
            author: name_of(conn, rep.author).await?,
            decided_by: match rep.decided_by {
                Some(id) => Some(name_of(conn, id).await?),
                None => None,
            },
            report: rep.clone(),
        }),
        _ => None,
    };
    let can_decide_report = v.status == ValidationStatus::ReportSubmitted
        && is_staff
        && actor.has(Permission::ApproveValidationReports)
        && v.report.as_ref().is_some_and(|rep| rep.author != actor.user.id);
    Ok(ValidationView {
        report,
        can_submit_report: staff && v.status == ValidationStatus::Scheduled,
        can_decide_report,
        findings: findings::of_validation(conn, actor, r, &v, today).await?,
        site_ids: ctpat_store::findings::sites(conn, v.id).await?.into_iter().map(|(id, s)| (id, s.name)).collect(),
        can_record: staff && v.status == ValidationStatus::Scheduled,
        sites: store::sites_of(conn, v.id).await?,
        can_change: staff && v.status == ValidationStatus::Scheduled,
        validation: v,
        accounts,
        team,
        changes,
    })
}

/// The validations of an account, latest first, for its members and the staff who see it.
pub async fn of_account(app: &App, actor: &Actor, account_id: i64) -> Result<(Reach, Vec<ValidationView>)> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let mut out = Vec::new();
    let today = app.now().date_naive();
    for v in store::of_account(conn, account_id).await? {
        out.push(view_of(conn, actor, Some(&r), v, today).await?);
    }
    Ok((r, out))
}

/// One validation of an account: another account's validation is not found.
pub async fn find(app: &App, actor: &Actor, account_id: i64, validation_id: i64) -> Result<(Reach, ValidationView)> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let v = store::find(conn, validation_id).await?.ok_or(Error::NotFound)?;
    if !store::accounts_of(conn, v.id).await?.contains(&account_id) {
        return Err(Error::NotFound);
    }
    let view = view_of(conn, actor, Some(&r), v, app.now().date_naive()).await?;
    Ok((r, view))
}

/// The next validation of an account that has not happened yet (for its dashboard).
pub async fn next_of(app: &App, account_id: i64) -> Result<Option<Validation>> {
    Ok(store::of_account(app.db.conn(), account_id)
        .await?
        .into_iter()
        .filter(|v| v.status == ValidationStatus::Scheduled)
        .min_by_key(|v| v.start_on))
}

/// A line of the program's list of open validations.
#[derive(Debug, Clone)]
pub struct OpenRow {
    pub validation: Validation,
    pub account_id: i64,
    pub organization: String,
    pub accounts: usize,
}

/// Open validations, nearest start first, covering an account the person reaches (HQ: all; a
/// Supervisor: their office's; an SCSS: their assigned accounts').
pub async fn open(app: &App, actor: &Actor, office: Option<Option<i64>>) -> Result<Vec<OpenRow>> {
    let conn = app.db.conn();
    let scope = crate::partner::narrowed(actor, office).ok_or(Error::Forbidden)?;
    let mut out = Vec::new();
    let mut after = None;
    // Pages of 200 until 200 rows are found that this person may see.
    while out.len() < 200 {
        let page = store::open(conn, after, 200).await?;
        let Some(last) = page.last() else { break };
        after = Some((last.start_on, last.id));
        for v in page {
            let accounts = store::accounts_of(conn, v.id).await?;
            let mut seen = None;
            for id in &accounts {
                if let Some(a) = ctpat_store::accounts::find(conn, scope, *id).await? {
                    seen = Some(a);
                    break;
                }
            }
            let Some(a) = seen else { continue };
            out.push(OpenRow {
                organization: org_of(conn, a.organization_id).await?,
                account_id: a.id,
                accounts: accounts.len(),
                validation: v,
            });
        }
    }
    Ok(out)
}

/// One audit event per account a validation covers, about `object` (a validation or a finding).
#[allow(clippy::too_many_arguments)]
pub(crate) async fn audit_covered<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    now: DateTime<Utc>,
    action: &str,
    accounts: &[i64],
    object: (&str, i64),
    after: serde_json::Value,
) -> Result<()> {
    use crate::audit::EventExt;
    for id in accounts {
        let e = crate::audit::by(actor, now, action, ctpat_domain::audit::Outcome::Ok);
        ctpat_store::audit::append(
            conn,
            crate::audit::for_account(e, *id).object(object.0, object.1).after(after.clone()),
        )
        .await?;
    }
    Ok(())
}
