//! Stored files and profile evidence. Every read is keyed by an account already resolved in
//! scope; a file of another account is simply not found.

use crate::entity::evidence::{self, Entity as Evidence};
use crate::entity::stored_file::{self, Entity as StoredFile};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use evidence::Model as EvidenceRow;
pub use stored_file::Model as FileRow;

pub struct NewFile<'a> {
    pub account_id: i64,
    pub storage_key: &'a str,
    pub original_name: &'a str,
    pub content_type: &'a str,
    pub size: i64,
    pub sha256: &'a str,
    pub uploaded_by: i64,
    pub now: DateTime<Utc>,
}

pub async fn insert_file<C: ConnectionTrait>(conn: &C, f: NewFile<'_>) -> Result<FileRow> {
    Ok(stored_file::ActiveModel {
        account_id: Set(f.account_id),
        storage_key: Set(f.storage_key.to_string()),
        original_name: Set(f.original_name.to_string()),
        content_type: Set(f.content_type.to_string()),
        size: Set(f.size),
        sha256: Set(f.sha256.to_string()),
        uploaded_by: Set(f.uploaded_by),
        uploaded_at: Set(f.now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// A file of the account that has not been removed.
pub async fn file<C: ConnectionTrait>(conn: &C, account_id: i64, id: i64) -> Result<Option<FileRow>> {
    Ok(StoredFile::find_by_id(id)
        .filter(stored_file::Column::AccountId.eq(account_id))
        .filter(stored_file::Column::RemovedAt.is_null())
        .one(conn)
        .await?)
}

/// Mark a file removed; returns it (for its storage key) when it was not removed already.
pub async fn mark_removed<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<FileRow>> {
    let Some(row) = file(conn, account_id, id).await? else { return Ok(None) };
    StoredFile::update_many()
        .col_expr(stored_file::Column::RemovedAt, Expr::value(Some(now)))
        .filter(stored_file::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(Some(row))
}

/// Bytes stored for an account (removed files no longer count).
pub async fn used_bytes<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<i64> {
    // Summed in Rust: SUM's type differs between the engines (numeric on PostgreSQL).
    let sizes: Vec<i64> = StoredFile::find()
        .select_only()
        .column(stored_file::Column::Size)
        .filter(stored_file::Column::AccountId.eq(account_id))
        .filter(stored_file::Column::RemovedAt.is_null())
        .into_tuple()
        .all(conn)
        .await?;
    Ok(sizes.iter().sum())
}

pub async fn insert_evidence<C: ConnectionTrait>(
    conn: &C,
    profile_id: i64,
    criterion_id: &str,
    file_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<EvidenceRow> {
    Ok(evidence::ActiveModel {
        profile_id: Set(profile_id),
        criterion_id: Set(criterion_id.to_string()),
        file_id: Set(file_id),
        added_at: Set(now),
        added_by: Set(by),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

pub async fn evidence_of<C: ConnectionTrait>(
    conn: &C,
    profile_id: i64,
    criterion_id: &str,
) -> Result<Vec<(EvidenceRow, FileRow)>> {
    let rows = Evidence::find()
        .filter(evidence::Column::ProfileId.eq(profile_id))
        .filter(evidence::Column::CriterionId.eq(criterion_id))
        .order_by_asc(evidence::Column::Id)
        .all(conn)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|e| e.file_id).collect();
    let files = StoredFile::find()
        .filter(stored_file::Column::Id.is_in(ids))
        .filter(stored_file::Column::RemovedAt.is_null())
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|e| {
            let f = files.iter().find(|f| f.id == e.file_id)?.clone();
            Some((e, f))
        })
        .collect())
}

/// How many evidence files each criterion of a profile has.
pub async fn evidence_counts<C: ConnectionTrait>(conn: &C, profile_id: i64) -> Result<Vec<(String, i64)>> {
    Ok(Evidence::find()
        .select_only()
        .column(evidence::Column::CriterionId)
        .column_as(Expr::col(evidence::Column::Id).count(), "n")
        .filter(evidence::Column::ProfileId.eq(profile_id))
        .group_by(evidence::Column::CriterionId)
        .into_tuple()
        .all(conn)
        .await?)
}

pub async fn delete_evidence<C: ConnectionTrait>(conn: &C, profile_id: i64, id: i64) -> Result<Option<EvidenceRow>> {
    let Some(row) = Evidence::find_by_id(id).filter(evidence::Column::ProfileId.eq(profile_id)).one(conn).await? else {
        return Ok(None);
    };
    Evidence::delete_by_id(id).exec(conn).await?;
    Ok(Some(row))
}

/// The account's files among `ids` (not removed).
pub async fn files_by_ids<C: ConnectionTrait>(conn: &C, account_id: i64, ids: &[i64]) -> Result<Vec<FileRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(StoredFile::find()
        .filter(stored_file::Column::Id.is_in(ids.to_vec()))
        .filter(stored_file::Column::AccountId.eq(account_id))
        .filter(stored_file::Column::RemovedAt.is_null())
        .all(conn)
        .await?)
}
