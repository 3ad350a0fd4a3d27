//! Security Profiles. Reads are keyed by an account the caller already resolved in scope.

use crate::entity::profile::{self, Entity as Profile};
use crate::entity::profile_answer::{self, Entity as Answer};
use crate::entity::profile_version::{self, Entity as Version};
use crate::entity::risk_step::{self, Entity as RiskStep};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use profile::Model as ProfileRow;
pub use profile_answer::Model as AnswerRow;
pub use profile_version::Model as VersionRow;
pub use risk_step::Model as RiskRow;

pub async fn of_account<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<ProfileRow>> {
    Ok(Profile::find().filter(profile::Column::AccountId.eq(account_id)).one(conn).await?)
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
        status: Set("draft".into()),
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
}

/// Change the profile row under its version (optimistic lock).
pub async fn update_checked<C: ConnectionTrait>(
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
    Profile::find_by_id(p.id).one(conn).await?.ok_or(StoreError::ChangedMeanwhile)
}

pub async fn answers<C: ConnectionTrait>(conn: &C, profile_id: i64) -> Result<Vec<AnswerRow>> {
    Ok(Answer::find().filter(profile_answer::Column::ProfileId.eq(profile_id)).all(conn).await?)
}

/// The editable part of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AnswerText {
    pub answer: Option<String>,
    pub justification: Option<String>,
    pub narrative: Option<String>,
}

/// Write an answer if it differs from what is stored. Returns whether it changed.
pub async fn save_answer<C: ConnectionTrait>(
    conn: &C,
    profile_id: i64,
    existing: Option<&AnswerRow>,
    criterion_id: &str,
    a: &AnswerText,
    by: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    match existing {
        Some(row) => {
            if row.answer == a.answer && row.justification == a.justification && row.narrative == a.narrative {
                return Ok(false);
            }
            let mut am: profile_answer::ActiveModel = row.clone().into();
            am.answer = Set(a.answer.clone());
            am.justification = Set(a.justification.clone());
            am.narrative = Set(a.narrative.clone());
            am.updated_at = Set(now);
            am.updated_by = Set(Some(by));
            // A returned answer that the partner changed waits for the SCSS again.
            if row.review.as_deref() == Some("returned") {
                am.review = Set(Some("revised".into()));
            }
            am.update(conn).await?;
        }
        None => {
            if a == &AnswerText::default() {
                return Ok(false);
            }
            profile_answer::ActiveModel {
                profile_id: Set(profile_id),
                criterion_id: Set(criterion_id.to_string()),
                answer: Set(a.answer.clone()),
                justification: Set(a.justification.clone()),
                narrative: Set(a.narrative.clone()),
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

/// Record the SCSS's decision on one answer (`accepted`, `returned`, or none to reopen).
pub async fn set_review<C: ConnectionTrait>(
    conn: &C,
    row: &AnswerRow,
    review: Option<&str>,
    comment: Option<&str>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut am: profile_answer::ActiveModel = row.clone().into();
    am.review = Set(review.map(str::to_string));
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
    pub kind: &'a str,
    pub catalog_version_id: i64,
    pub signed_by: i64,
    pub now: DateTime<Utc>,
    pub snapshot: &'a str,
}

pub async fn insert_version<C: ConnectionTrait>(conn: &C, v: NewVersion<'_>) -> Result<VersionRow> {
    profile_version::ActiveModel {
        profile_id: Set(v.profile_id),
        number: Set(v.number),
        kind: Set(v.kind.to_string()),
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

/// Profiles still being worked on (draft or returned): they move to a new catalog version.
pub async fn open_profiles<C: ConnectionTrait>(conn: &C) -> Result<Vec<ProfileRow>> {
    Ok(Profile::find().filter(profile::Column::Status.is_in(["draft", "returned"])).all(conn).await?)
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
        .filter(profile_version::Column::Kind.eq("annual_review"))
        .filter(profile_version::Column::ApprovedAt.is_null())
        .order_by_desc(profile_version::Column::Number)
        .one(conn)
        .await?)
}
