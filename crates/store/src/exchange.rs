//! The Document Exchange of an account: files sent with a note, and their first opening by the
//! other side.

use crate::entity::exchange_document::{self, Entity as Doc};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use exchange_document::Model as DocRow;

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    file_id: i64,
    note: &str,
    side: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<DocRow> {
    Ok(exchange_document::ActiveModel {
        account_id: Set(account_id),
        file_id: Set(file_id),
        note: Set(note.to_string()),
        side: Set(side.to_string()),
        sent_by: Set(by),
        sent_at: Set(now),
        opened_by: Set(None),
        opened_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// The account's exchanged documents, newest first.
pub async fn of_account<C: ConnectionTrait>(conn: &C, account_id: i64, limit: u64) -> Result<Vec<DocRow>> {
    Ok(Doc::find()
        .filter(exchange_document::Column::AccountId.eq(account_id))
        .order_by_desc(exchange_document::Column::Id)
        .limit(limit)
        .all(conn)
        .await?)
}

/// The document of this account holding `file_id`, if the file was exchanged.
pub async fn by_file<C: ConnectionTrait>(conn: &C, account_id: i64, file_id: i64) -> Result<Option<DocRow>> {
    Ok(Doc::find()
        .filter(exchange_document::Column::AccountId.eq(account_id))
        .filter(exchange_document::Column::FileId.eq(file_id))
        .one(conn)
        .await?)
}

/// The first opening by the other side (later openings change nothing).
pub async fn mark_opened<C: ConnectionTrait>(conn: &C, id: i64, by: i64, now: DateTime<Utc>) -> Result<()> {
    Doc::update_many()
        .col_expr(exchange_document::Column::OpenedBy, Expr::value(Some(by)))
        .col_expr(exchange_document::Column::OpenedAt, Expr::value(Some(now)))
        .filter(exchange_document::Column::Id.eq(id))
        .filter(exchange_document::Column::OpenedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// One document of this account (another account's is not found).
pub async fn find<C: ConnectionTrait>(conn: &C, account_id: i64, id: i64) -> Result<Option<DocRow>> {
    Ok(Doc::find()
        .filter(exchange_document::Column::Id.eq(id))
        .filter(exchange_document::Column::AccountId.eq(account_id))
        .one(conn)
        .await?)
}

/// Documents a person sent since `since`.
pub async fn count_by_since<C: ConnectionTrait>(conn: &C, sender: i64, since: DateTime<Utc>) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(Doc::find()
        .filter(exchange_document::Column::SentBy.eq(sender))
        .filter(exchange_document::Column::SentAt.gte(since))
        .count(conn)
        .await?)
}
