//! Compliance notices: an account lacking mandatory data is told, with a deadline.

use crate::entity::compliance_notice::{self, Entity as Notice};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use compliance_notice::Model as NoticeRow;

pub async fn insert_notice<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    missing: &str,
    deadline: DateTime<Utc>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<NoticeRow> {
    Ok(compliance_notice::ActiveModel {
        account_id: Set(account_id),
        missing: Set(missing.to_string()),
        deadline: Set(deadline),
        created_by: Set(by),
        created_at: Set(now),
        resolved_at: Set(None),
        suspended_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// The open notice of an account (not resolved, not acted on), if any.
pub async fn open_notice<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<NoticeRow>> {
    Ok(Notice::find()
        .filter(compliance_notice::Column::AccountId.eq(account_id))
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .order_by_desc(compliance_notice::Column::Id)
        .one(conn)
        .await?)
}

/// Open notices whose deadline has passed (the sweep's work).
pub async fn due_notices<C: ConnectionTrait>(conn: &C, now: DateTime<Utc>, limit: u64) -> Result<Vec<NoticeRow>> {
    Ok(Notice::find()
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .filter(compliance_notice::Column::Deadline.lte(now))
        .order_by_asc(compliance_notice::Column::Deadline)
        .limit(limit)
        .all(conn)
        .await?)
}

/// Close a notice as resolved or acted on; false when another server did it first.
pub async fn close_notice<C: ConnectionTrait>(conn: &C, id: i64, suspended: bool, now: DateTime<Utc>) -> Result<bool> {
    let col = if suspended { compliance_notice::Column::SuspendedAt } else { compliance_notice::Column::ResolvedAt };
    let res = Notice::update_many()
        .col_expr(col, Expr::value(Some(now)))
        .filter(compliance_notice::Column::Id.eq(id))
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

/// The open notices of these accounts.
pub async fn open_notices_of<C: ConnectionTrait>(conn: &C, account_ids: &[i64]) -> Result<Vec<NoticeRow>> {
    Ok(Notice::find()
        .filter(compliance_notice::Column::AccountId.is_in(account_ids.to_vec()))
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .all(conn)
        .await?)
}

/// Open notices for many accounts at once, as (account, missing keys); one multi-row insert.
pub async fn insert_notices<C: ConnectionTrait>(
    conn: &C,
    list: &[(i64, String)],
    deadline: DateTime<Utc>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    for chunk in list.chunks(500) {
        let rows = chunk.iter().map(|(account_id, missing)| compliance_notice::ActiveModel {
            account_id: Set(*account_id),
            missing: Set(missing.clone()),
            deadline: Set(deadline),
            created_by: Set(by),
            created_at: Set(now),
            resolved_at: Set(None),
            suspended_at: Set(None),
            ..Default::default()
        });
        compliance_notice::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    Ok(())
}
