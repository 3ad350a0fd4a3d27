//! Corrective action plans and appeals: one draft per account and kind at a time, sent once.

use crate::entity::account_statement::{self, Entity as StatementT};
use crate::entity::statement_file::{self, Entity as StatementFile};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use account_statement::Model as StatementRow;

/// The statement of this kind not sent yet, if one is being drafted.
pub async fn draft<C: ConnectionTrait>(conn: &C, account_id: i64, kind: &str) -> Result<Option<StatementRow>> {
    Ok(StatementT::find()
        .filter(account_statement::Column::AccountId.eq(account_id))
        .filter(account_statement::Column::Kind.eq(kind))
        .filter(account_statement::Column::SubmittedAt.is_null())
        .order_by_desc(account_statement::Column::Id)
        .one(conn)
        .await?)
}

/// The draft of this kind, started empty when there is none.
pub async fn open_draft<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    kind: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<StatementRow> {
    if let Some(d) = draft(conn, account_id, kind).await? {
        return Ok(d);
    }
    Ok(account_statement::ActiveModel {
        account_id: Set(account_id),
        kind: Set(kind.to_string()),
        body: Set(String::new()),
        created_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// Keep the draft's text; a statement already sent is left as it was.
pub async fn set_body<C: ConnectionTrait>(conn: &C, id: i64, body: &str, now: DateTime<Utc>) -> Result<()> {
    StatementT::update_many()
        .col_expr(account_statement::Column::Body, Expr::value(body))
        .col_expr(account_statement::Column::UpdatedAt, Expr::value(now))
        .filter(account_statement::Column::Id.eq(id))
        .filter(account_statement::Column::SubmittedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// Send the draft with its final text. Refused (as a change made meanwhile) when another
/// request sent it first.
pub async fn submit<C: ConnectionTrait>(conn: &C, id: i64, body: &str, by: i64, now: DateTime<Utc>) -> Result<()> {
    let done = StatementT::update_many()
        .col_expr(account_statement::Column::Body, Expr::value(body))
        .col_expr(account_statement::Column::UpdatedAt, Expr::value(now))
        .col_expr(account_statement::Column::SubmittedBy, Expr::value(by))
        .col_expr(account_statement::Column::SubmittedAt, Expr::value(now))
        .filter(account_statement::Column::Id.eq(id))
        .filter(account_statement::Column::SubmittedAt.is_null())
        .exec(conn)
        .await?;
    if done.rows_affected == 0 {
        return Err(StoreError::ChangedMeanwhile);
    }
    Ok(())
}

/// The statements of this kind the account sent, newest first.
pub async fn sent<C: ConnectionTrait>(conn: &C, account_id: i64, kind: &str) -> Result<Vec<StatementRow>> {
    Ok(StatementT::find()
        .filter(account_statement::Column::AccountId.eq(account_id))
        .filter(account_statement::Column::Kind.eq(kind))
        .filter(account_statement::Column::SubmittedAt.is_not_null())
        .order_by_desc(account_statement::Column::Id)
        .all(conn)
        .await?)
}

pub async fn attach_file<C: ConnectionTrait>(
    conn: &C,
    statement_id: i64,
    file_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    statement_file::ActiveModel {
        statement_id: Set(statement_id),
        file_id: Set(file_id),
        added_by: Set(by),
        added_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// The files of these statements (not removed), oldest first, as (statement id, file).
pub async fn files_of<C: ConnectionTrait>(
    conn: &C,
    statement_ids: &[i64],
) -> Result<Vec<(i64, crate::files::FileRow)>> {
    use crate::entity::stored_file::{self, Entity as StoredFile};
    if statement_ids.is_empty() {
        return Ok(Vec::new());
    }
    let links = StatementFile::find()
        .filter(statement_file::Column::StatementId.is_in(statement_ids.to_vec()))
        .order_by_asc(statement_file::Column::Id)
        .all(conn)
        .await?;
    if links.is_empty() {
        return Ok(Vec::new());
    }
    let files = StoredFile::find()
        .filter(stored_file::Column::Id.is_in(links.iter().map(|l| l.file_id).collect::<Vec<_>>()))
        .filter(stored_file::Column::RemovedAt.is_null())
        .all(conn)
        .await?;
    Ok(links
        .iter()
        .filter_map(|l| files.iter().find(|f| f.id == l.file_id).map(|f| (l.statement_id, f.clone())))
        .collect())
}

/// Whether the file belongs only to a statement not sent yet (a draft's evidence is the
/// company's own until it is sent).
pub async fn is_draft_file<C: ConnectionTrait>(conn: &C, file_id: i64) -> Result<bool> {
    let links = StatementFile::find().filter(statement_file::Column::FileId.eq(file_id)).all(conn).await?;
    for l in links {
        if StatementT::find_by_id(l.statement_id).one(conn).await?.is_some_and(|s| s.submitted_at.is_none()) {
            return Ok(true);
        }
    }
    Ok(false)
}
