//! Validations: the visit, the accounts it covers, its sites and team, and its reschedules and
//! cancellations.

use crate::entity::validation::{self, Entity as ValidationT};
use crate::entity::validation_account::{self, Entity as ValidationAccount};
use crate::entity::validation_change::{self, Entity as ValidationChange};
use crate::entity::validation_site::{self, Entity as ValidationSite};
use crate::entity::validation_team::{self, Entity as ValidationTeam};
use crate::error::{Result, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use ctpat_domain::validation::{Outcome, Report, Site, SiteKind, Validation, ValidationStatus};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use validation_change::Model as ChangeRow;

fn to_validation(m: validation::Model) -> Result<Validation> {
    let status = ValidationStatus::from_key(&m.status)
        .ok_or_else(|| StoreError::Corrupt(format!("validation {} status {}", m.id, m.status)))?;
    let report = match (m.report_summary, m.report_outcome, m.report_author, m.report_submitted_at) {
        (Some(summary), Some(outcome), Some(author), Some(submitted_at)) => Some(Report {
            outcome: Outcome::from_key(&outcome)
                .ok_or_else(|| StoreError::Corrupt(format!("validation {} outcome {outcome}", m.id)))?,
            summary,
            follow_up_due: m.report_follow_up_due,
            author,
            submitted_at,
            decided_by: m.report_decided_by,
            decided_at: m.report_decided_at,
            comment: m.report_comment,
            tier_three_reason: m.report_tier_three_reason,
            returns: m.report_returns,
        }),
        _ => None,
    };
    Ok(Validation {
        report,
        id: m.id,
        lead_account_id: m.lead_account_id,
        group_id: m.group_id,
        status,
        start_on: m.start_on,
        end_on: m.end_on,
        short_notice_reason: m.short_notice_reason,
        scheduled_by: m.scheduled_by,
        scheduled_at: m.scheduled_at,
        updated_at: m.updated_at,
        version: m.version,
    })
}

/// A validation to record.
pub struct NewValidation<'a> {
    pub lead_account_id: i64,
    pub group_id: Option<i64>,
    pub start_on: NaiveDate,
    pub end_on: NaiveDate,
    pub short_notice_reason: Option<String>,
    pub accounts: &'a [i64],
    pub sites: &'a [Site],
    pub team: &'a [i64],
    pub by: i64,
    pub now: DateTime<Utc>,
}

/// Record a scheduled validation with its accounts, sites and team. An account already covered
/// by this validation twice is a `Unique` error (the index holds one row per pair).
pub async fn insert<C: ConnectionTrait>(conn: &C, n: NewValidation<'_>) -> Result<Validation> {
    let v = validation::ActiveModel {
        lead_account_id: Set(n.lead_account_id),
        group_id: Set(n.group_id),
        status: Set(ValidationStatus::Scheduled.key().to_string()),
        start_on: Set(n.start_on),
        end_on: Set(n.end_on),
        short_notice_reason: Set(n.short_notice_reason),
        scheduled_by: Set(n.by),
        scheduled_at: Set(n.now),
        updated_at: Set(n.now),
        version: Set(0),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    for a in n.accounts {
        validation_account::ActiveModel { validation_id: Set(v.id), account_id: Set(*a), ..Default::default() }
            .insert(conn)
            .await
            .map_err(StoreError::from_db)?;
    }
    for s in n.sites {
        validation_site::ActiveModel {
            validation_id: Set(v.id),
            kind: Set(s.kind.key().to_string()),
            name: Set(s.name.clone()),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    for u in n.team {
        validation_team::ActiveModel { validation_id: Set(v.id), user_id: Set(*u), ..Default::default() }
            .insert(conn)
            .await?;
    }
    to_validation(v)
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<Validation>> {
    ValidationT::find_by_id(id).one(conn).await?.map(to_validation).transpose()
}

/// The accounts a validation covers, in the order they were recorded.
pub async fn accounts_of<C: ConnectionTrait>(conn: &C, validation_id: i64) -> Result<Vec<i64>> {
    Ok(ValidationAccount::find()
        .filter(validation_account::Column::ValidationId.eq(validation_id))
        .order_by_asc(validation_account::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect())
}

pub async fn sites_of<C: ConnectionTrait>(conn: &C, validation_id: i64) -> Result<Vec<Site>> {
    Ok(site_rows(conn, validation_id).await?.into_iter().map(|(_, s)| s).collect())
}

/// The sites of a validation with their ids (a finding names one).
pub async fn site_rows<C: ConnectionTrait>(conn: &C, validation_id: i64) -> Result<Vec<(i64, Site)>> {
    ValidationSite::find()
        .filter(validation_site::Column::ValidationId.eq(validation_id))
        .order_by_asc(validation_site::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|s| {
            let kind = SiteKind::from_key(&s.kind)
                .ok_or_else(|| StoreError::Corrupt(format!("validation site {} kind {}", s.id, s.kind)))?;
            Ok((s.id, Site { kind, name: s.name }))
        })
        .collect()
}

pub async fn team_of<C: ConnectionTrait>(conn: &C, validation_id: i64) -> Result<Vec<i64>> {
    Ok(ValidationTeam::find()
        .filter(validation_team::Column::ValidationId.eq(validation_id))
        .order_by_asc(validation_team::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect())
}

pub async fn changes_of<C: ConnectionTrait>(conn: &C, validation_id: i64) -> Result<Vec<ChangeRow>> {
    Ok(ValidationChange::find()
        .filter(validation_change::Column::ValidationId.eq(validation_id))
        .order_by_asc(validation_change::Column::Id)
        .all(conn)
        .await?)
}

/// The validations covering an account, latest start first.
pub async fn of_account<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<Validation>> {
    let ids: Vec<i64> = ValidationAccount::find()
        .filter(validation_account::Column::AccountId.eq(account_id))
        .select_only()
        .column(validation_account::Column::ValidationId)
        .into_tuple()
        .all(conn)
        .await?;
    ValidationT::find()
        .filter(validation::Column::Id.is_in(ids))
        .order_by_desc(validation::Column::StartOn)
        .order_by_desc(validation::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_validation)
        .collect()
}

/// Open validations (scheduled, or with a report waiting), nearest start first, a page after
/// the cursor `(start_on, id)`.
pub async fn open<C: ConnectionTrait>(
    conn: &C,
    after: Option<(NaiveDate, i64)>,
    limit: u64,
) -> Result<Vec<Validation>> {
    let open: Vec<&str> = ValidationStatus::ALL.iter().filter(|s| s.is_open()).map(|s| s.key()).collect();
    let mut q = ValidationT::find().filter(validation::Column::Status.is_in(open));
    if let Some((start, id)) = after {
        q = q.filter(sea_orm::Condition::any().add(validation::Column::StartOn.gt(start)).add(
            sea_orm::Condition::all().add(validation::Column::StartOn.eq(start)).add(validation::Column::Id.gt(id)),
        ));
    }
    q.order_by_asc(validation::Column::StartOn)
        .order_by_asc(validation::Column::Id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(to_validation)
        .collect()
}

/// What changes when a validation is moved or called off.
pub enum Change {
    Rescheduled { start_on: NaiveDate, end_on: NaiveDate, short_notice_reason: Option<String> },
    Cancelled,
}

/// Move a validation to new dates, or cancel it, if it is still at the version read; the change
/// and its reason are kept.
pub async fn change<C: ConnectionTrait>(
    conn: &C,
    v: &Validation,
    change: Change,
    reason: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Validation> {
    let mut am = validation::ActiveModel { updated_at: Set(now), version: Set(v.version + 1), ..Default::default() };
    let kind = match &change {
        Change::Rescheduled { start_on, end_on, short_notice_reason } => {
            am.start_on = Set(*start_on);
            am.end_on = Set(*end_on);
            am.short_notice_reason = Set(short_notice_reason.clone());
            "rescheduled"
        }
        Change::Cancelled => {
            am.status = Set(ValidationStatus::Cancelled.key().to_string());
            "cancelled"
        }
    };
    crate::versioned::update(conn, am, validation::Column::Id, v.id, validation::Column::Version, v.version).await?;
    validation_change::ActiveModel {
        validation_id: Set(v.id),
        kind: Set(kind.to_string()),
        reason: Set(reason.to_string()),
        from_start_on: Set(Some(v.start_on)),
        from_end_on: Set(Some(v.end_on)),
        by_user: Set(by),
        at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    find(conn, v.id).await?.ok_or(StoreError::ChangedMeanwhile)
}

/// The SCSS submits the report: it waits for a Supervisor.
pub async fn submit_report<C: ConnectionTrait>(
    conn: &C,
    v: &Validation,
    summary: &str,
    outcome: Outcome,
    follow_up_due: Option<NaiveDate>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Validation> {
    let am = validation::ActiveModel {
        status: Set(ValidationStatus::ReportSubmitted.key().to_string()),
        report_summary: Set(Some(summary.to_string())),
        report_outcome: Set(Some(outcome.key().to_string())),
        report_follow_up_due: Set(follow_up_due),
        report_author: Set(Some(by)),
        report_submitted_at: Set(Some(now)),
        report_decided_by: Set(None),
        report_decided_at: Set(None),
        updated_at: Set(now),
        version: Set(v.version + 1),
        ..Default::default()
    };
    crate::versioned::update(conn, am, validation::Column::Id, v.id, validation::Column::Version, v.version).await?;
    find(conn, v.id).await?.ok_or(StoreError::ChangedMeanwhile)
}

/// A Supervisor approves the report (with the Tier III reason when that is the outcome), or
/// returns it to its author with a comment (the validation is open again).
#[allow(clippy::too_many_arguments)]
pub async fn decide_report<C: ConnectionTrait>(
    conn: &C,
    v: &Validation,
    approve: bool,
    comment: Option<String>,
    tier_three_reason: Option<String>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Validation> {
    let status = if approve { ValidationStatus::Approved } else { ValidationStatus::Scheduled };
    let returns = v.report.as_ref().map(|r| r.returns).unwrap_or(0) + i32::from(!approve);
    let am = validation::ActiveModel {
        status: Set(status.key().to_string()),
        report_decided_by: Set(Some(by)),
        report_decided_at: Set(Some(now)),
        report_comment: Set(comment),
        report_tier_three_reason: Set(tier_three_reason),
        report_returns: Set(returns),
        updated_at: Set(now),
        version: Set(v.version + 1),
        ..Default::default()
    };
    crate::versioned::update(conn, am, validation::Column::Id, v.id, validation::Column::Version, v.version).await?;
    find(conn, v.id).await?.ok_or(StoreError::ChangedMeanwhile)
}
