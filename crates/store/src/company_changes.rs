//! Requested changes to a company's data after its application.

use crate::entity::company_change::{self, Entity as Change};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use company_change::Model as ChangeRow;

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    kind: &str,
    proposed: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<ChangeRow> {
    Ok(company_change::ActiveModel {
        account_id: Set(account_id),
        kind: Set(kind.to_string()),
        proposed: Set(proposed.to_string()),
        status: Set("pending".to_string()),
        requested_by: Set(by),
        requested_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// The account's requests, newest first.
pub async fn of_account<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<ChangeRow>> {
    Ok(Change::find()
        .filter(company_change::Column::AccountId.eq(account_id))
        .order_by_desc(company_change::Column::Id)
        .all(conn)
        .await?)
}

/// Decide a pending request; false when it was decided meanwhile (or is not this account's).
pub async fn decide<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    id: i64,
    status: &str,
    by: i64,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let res = Change::update_many()
        .col_expr(company_change::Column::Status, Expr::value(status))
        .col_expr(company_change::Column::DecidedBy, Expr::value(Some(by)))
        .col_expr(company_change::Column::DecidedAt, Expr::value(Some(now)))
        .col_expr(company_change::Column::Note, Expr::value(note.map(str::to_string)))
        .filter(company_change::Column::Id.eq(id))
        .filter(company_change::Column::AccountId.eq(account_id))
        .filter(company_change::Column::Status.eq("pending"))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}
