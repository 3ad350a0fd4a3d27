//! Security Profiles. Reads are keyed by an account the caller already resolved in scope.

use crate::entity::profile::{self, Entity as Profile};
use crate::entity::profile_answer::{self, Entity as Answer};
use crate::entity::profile_version::{self, Entity as Version};
use crate::entity::risk_step::{self, Entity as RiskStep};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use ctpat_domain::profile::{Answer as AnswerRow, Profile as ProfileRow};
use ctpat_domain::profile::{Compliance, ProfileStatus, Review};
pub use profile_version::Model as VersionRow;
pub use risk_step::Model as RiskRow;

fn to_profile(m: profile::Model) -> Result<ProfileRow> {
    Ok(ProfileRow {
        status: ProfileStatus::from_key(&m.status)
            .ok_or_else(|| StoreError::Corrupt(format!("profile {} status {}", m.id, m.status)))?,
        id: m.id,
        account_id: m.account_id,
        catalog_version_id: m.catalog_version_id,
        submissions: m.submissions,
        catalog_changes: m.catalog_changes,
        submitted_at: m.submitted_at,
        approved_at: m.approved_at,
        created_at: m.created_at,
        updated_at: m.updated_at,
        version: m.version,
    })
}

fn to_answer(m: profile_answer::Model) -> Result<AnswerRow> {
    let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("answer {} {what} {v}", m.id));
    Ok(AnswerRow {
        answer: match &m.answer {
            Some(a) => Some(Compliance::from_key(a).ok_or_else(|| corrupt("answer", a))?),
            None => None,
        },
        review: match &m.review {
            Some(r) => Some(Review::from_key(r).ok_or_else(|| corrupt("review", r))?),
            None => None,
        },
        id: m.id,
        profile_id: m.profile_id,
        criterion_id: m.criterion_id,
        justification: m.justification,
        narrative: m.narrative,
        plan: m.corrective_plan,
        plan_due: m.corrective_due,
        review_comment: m.review_comment,
        reviewed_by: m.reviewed_by,
        reviewed_at: m.reviewed_at,
        updated_at: m.updated_at,
        updated_by: m.updated_by,
    })
}

pub async fn of_account<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<ProfileRow>> {
    Profile::find().filter(profile::Column::AccountId.eq(account_id)).one(conn).await?.map(to_profile).transpose()
}

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    catalog_version_id: i64,
    now: DateTime<Utc>,
) -> Result<ProfileRow> {
    profile::ActiveModel {
        account_id: Set(account_id),
        catalog_version_id: Set(catalog_version_id),
        status: Set(ProfileStatus::Draft.key().to_string()),
        submissions: Set(0),
        catalog_changes: Set(None),
        submitted_at: Set(None),
        approved_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| match StoreError::from_db(e) {
        StoreError::Unique(_) => StoreError::ChangedMeanwhile,
        other => other,
    })
    .and_then(to_profile)
}

/// Change the profile row under its version (optimistic lock).
async fn update_checked<C: ConnectionTrait>(
    conn: &C,
    p: &ProfileRow,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut profile::ActiveModel),
) -> Result<ProfileRow> {
    let mut am = profile::ActiveModel { id: sea_orm::ActiveValue::Unchanged(p.id), ..Default::default() };
    change(&mut am);
    am.updated_at = Set(now);
    am.version = Set(p.version + 1);
    crate::versioned::update(conn, am, profile::Column::Id, p.id, profile::Column::Version, p.version).await?;
    to_profile(Profile::find_by_id(p.id).one(conn).await?.ok_or(StoreError::ChangedMeanwhile)?)
}

/// The Officer signed and submitted version `number`: the SCSS reviews it now. The partner has
/// answered the criteria a new catalog version brought, so their flags go.
pub async fn mark_submitted<C: ConnectionTrait>(
    conn: &C,
    p: &ProfileRow,
    number: i32,
    now: DateTime<Utc>,
) -> Result<ProfileRow> {
    update_checked(conn, p, now, |a| {
        a.status = Set(ProfileStatus::Submitted.key().to_string());
        a.submissions = Set(number);
        a.submitted_at = Set(Some(now));
        a.catalog_changes = Set(None);
    })
    .await
}

/// The SCSS accepted every answer.
pub async fn mark_approved<C: ConnectionTrait>(conn: &C, p: &ProfileRow, now: DateTime<Utc>) -> Result<ProfileRow> {
    update_checked(conn, p, now, |a| {
        a.status = Set(ProfileStatus::Approved.key().to_string());
        a.approved_at = Set(Some(now));
    })
    .await
}

/// The SCSS finished a round with answers to change: back to the partner.
pub async fn mark_returned<C: ConnectionTrait>(conn: &C, p: &ProfileRow, now: DateTime<Utc>) -> Result<ProfileRow> {
    update_checked(conn, p, now, |a| a.status = Set(ProfileStatus::Returned.key().to_string())).await
}

/// The partner changed an approved profile: it is a draft again until the next submission.
pub async fn reopen<C: ConnectionTrait>(conn: &C, p: &ProfileRow, now: DateTime<Utc>) -> Result<ProfileRow> {
    update_checked(conn, p, now, |a| a.status = Set(ProfileStatus::Draft.key().to_string())).await
}

/// Version `number` was signed without a new review round (an annual review).
pub async fn count_signed<C: ConnectionTrait>(
    conn: &C,
    p: &ProfileRow,
    number: i32,
    now: DateTime<Utc>,
) -> Result<ProfileRow> {
    update_checked(conn, p, now, |a| a.submissions = Set(number)).await
}

/// Move the profile to catalog version `catalog_version_id`, flagging the criteria it brought.
pub async fn move_to_catalog<C: ConnectionTrait>(
    conn: &C,
    p: &ProfileRow,
    catalog_version_id: i64,
    flags: Option<String>,
    now: DateTime<Utc>,
) -> Result<ProfileRow> {
    update_checked(conn, p, now, |a| {
        a.catalog_version_id = Set(catalog_version_id);
        a.catalog_changes = Set(flags);
    })
    .await
}

pub async fn answers<C: ConnectionTrait>(conn: &C, profile_id: i64) -> Result<Vec<AnswerRow>> {
    Answer::find()
        .filter(profile_answer::Column::ProfileId.eq(profile_id))
        .all(conn)
        .await?
        .into_iter()
        .map(to_answer)
        .collect()
}

/// The editable part of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnswerText {
    pub answer: Option<Compliance>,
    pub justification: Option<String>,
    pub narrative: Option<String>,
    pub plan: Option<String>,
    pub plan_due: Option<chrono::NaiveDate>,
}

/// Write an answer if it differs from what is stored, with the review it keeps after the
/// change (`review`, decided by the caller). Returns whether it changed.
#[allow(clippy::too_many_arguments)]
pub async fn save_answer<C: ConnectionTrait>(
    conn: &C,
    profile_id: i64,
    existing: Option<&AnswerRow>,
    criterion_id: &str,
    a: &AnswerText,
    review: Option<Review>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    match existing {
        Some(row) => {
            if row.answer == a.answer
                && row.justification == a.justification
                && row.narrative == a.narrative
                && row.plan == a.plan
                && row.plan_due == a.plan_due
            {
                return Ok(false);
            }
            let am = profile_answer::ActiveModel {
                id: sea_orm::ActiveValue::Unchanged(row.id),
                answer: Set(a.answer.map(|x| x.key().to_string())),
                justification: Set(a.justification.clone()),
                narrative: Set(a.narrative.clone()),
                corrective_plan: Set(a.plan.clone()),
                corrective_due: Set(a.plan_due),
                updated_at: Set(now),
                updated_by: Set(Some(by)),
                review: Set(review.map(|r| r.key().to_string())),
                ..Default::default()
            };
            am.update(conn).await?;
        }
        None => {
            if a == &AnswerText::default() {
                return Ok(false);
            }
            profile_answer::ActiveModel {
                profile_id: Set(profile_id),
                criterion_id: Set(criterion_id.to_string()),
                answer: Set(a.answer.map(|x| x.key().to_string())),
                justification: Set(a.justification.clone()),
                narrative: Set(a.narrative.clone()),
                corrective_plan: Set(a.plan.clone()),
                corrective_due: Set(a.plan_due),
                review: Set(None),
                review_comment: Set(None),
                reviewed_by: Set(None),
                reviewed_at: Set(None),
                updated_at: Set(now),
                updated_by: Set(Some(by)),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(true)
}

/// Record the SCSS's decision on one answer (or none, to review it afresh).
pub async fn set_review<C: ConnectionTrait>(
    conn: &C,
    row: &AnswerRow,
    review: Option<Review>,
    comment: Option<&str>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut am = profile_answer::ActiveModel { id: sea_orm::ActiveValue::Unchanged(row.id), ..Default::default() };
    am.review = Set(review.map(|r| r.key().to_string()));
    am.review_comment = Set(comment.map(str::to_string));
    am.reviewed_by = Set(Some(by));
    am.reviewed_at = Set(Some(now));
    am.update(conn).await?;
    Ok(())
}

/// A submission to freeze.
pub struct NewVersion<'a> {
    pub profile_id: i64,
    pub number: i32,
    pub kind: ctpat_domain::profile::VersionKind,
    pub catalog_version_id: i64,
    pub signed_by: i64,
    pub now: DateTime<Utc>,
    pub snapshot: &'a str,
}

pub async fn insert_version<C: ConnectionTrait>(conn: &C, v: NewVersion<'_>) -> Result<VersionRow> {
    profile_version::ActiveModel {
        profile_id: Set(v.profile_id),
        number: Set(v.number),
        kind: Set(v.kind.key().to_string()),
        catalog_version_id: Set(v.catalog_version_id),
        signed_by: Set(v.signed_by),
        signed_at: Set(v.now),
        approved_at: Set(None),
        snapshot: Set(v.snapshot.to_string()),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| match StoreError::from_db(e) {
        StoreError::Unique(_) => StoreError::ChangedMeanwhile,
        other => other,
    })
}

pub async fn versions<C: ConnectionTrait>(conn: &C, profile_id: i64) -> Result<Vec<VersionRow>> {
    Ok(Version::find()
        .filter(profile_version::Column::ProfileId.eq(profile_id))
        .order_by_desc(profile_version::Column::Number)
        .all(conn)
        .await?)
}

pub async fn risk_steps<C: ConnectionTrait>(conn: &C, profile_id: i64) -> Result<Vec<RiskRow>> {
    Ok(RiskStep::find()
        .filter(risk_step::Column::ProfileId.eq(profile_id))
        .order_by_asc(risk_step::Column::Step)
        .all(conn)
        .await?)
}

/// Write one risk-assessment step if it changed. Returns whether it changed.
pub async fn save_risk_step<C: ConnectionTrait>(
    conn: &C,
    profile_id: i64,
    existing: Option<&RiskRow>,
    step: i32,
    content: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    match existing {
        Some(r) if r.content == content => Ok(false),
        Some(r) => {
            let mut am: risk_step::ActiveModel = r.clone().into();
            am.content = Set(content.to_string());
            am.updated_at = Set(now);
            am.updated_by = Set(Some(by));
            am.update(conn).await?;
            Ok(true)
        }
        None if content.is_empty() => Ok(false),
        None => {
            risk_step::ActiveModel {
                profile_id: Set(profile_id),
                step: Set(step),
                content: Set(content.to_string()),
                updated_at: Set(now),
                updated_by: Set(Some(by)),
                ..Default::default()
            }
            .insert(conn)
            .await?;
            Ok(true)
        }
    }
}

/// Mark version `number` of a profile approved (it joins the partner library).
pub async fn approve_version<C: ConnectionTrait>(
    conn: &C,
    profile_id: i64,
    number: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    use sea_orm::sea_query::Expr;
    Version::update_many()
        .col_expr(profile_version::Column::ApprovedAt, Expr::value(Some(now)))
        .filter(profile_version::Column::ProfileId.eq(profile_id))
        .filter(profile_version::Column::Number.eq(number))
        .exec(conn)
        .await?;
    Ok(())
}

/// Profiles in one of `statuses`.
pub async fn in_status<C: ConnectionTrait>(conn: &C, statuses: &[ProfileStatus]) -> Result<Vec<ProfileRow>> {
    Profile::find()
        .filter(profile::Column::Status.is_in(statuses.iter().map(|s| s.key())))
        .all(conn)
        .await?
        .into_iter()
        .map(to_profile)
        .collect()
}

/// Record that reminder `kind` for the deadline `due_at` went out; false when it already had
/// (another server, or an earlier run, sent it).
pub async fn claim_reminder<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    kind: &str,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let b = conn.get_database_backend();
    let sql = match b {
        sea_orm::DbBackend::Postgres => {
            "INSERT INTO reminder (account_id, kind, due_at, sent_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"
        }
        _ => "INSERT OR IGNORE INTO reminder (account_id, kind, due_at, sent_at) VALUES (?, ?, ?, ?)",
    };
    let res = conn
        .execute_raw(sea_orm::Statement::from_sql_and_values(
            b,
            sql,
            [account_id.into(), kind.into(), due_at.into(), now.into()],
        ))
        .await?;
    Ok(res.rows_affected() == 1)
}

/// The annual-review version waiting for the SCSS, if any.
pub async fn pending_annual<C: ConnectionTrait>(conn: &C, profile_id: i64) -> Result<Option<VersionRow>> {
    Ok(Version::find()
        .filter(profile_version::Column::ProfileId.eq(profile_id))
        .filter(profile_version::Column::Kind.eq(ctpat_domain::profile::VersionKind::AnnualReview.key()))
        .filter(profile_version::Column::ApprovedAt.is_null())
        .order_by_desc(profile_version::Column::Number)
        .one(conn)
        .await?)
}

/// How many profiles of the accounts in `scope` wait for the SCSS's review (submitted).
pub async fn count_submitted<C: ConnectionTrait>(conn: &C, scope: crate::accounts::Scope) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(Profile::find()
        .filter(profile::Column::Status.eq(ProfileStatus::Submitted.key()))
        .filter(profile::Column::AccountId.in_subquery(crate::accounts::account_ids_in(scope)))
        .count(conn)
        .await?)
}
