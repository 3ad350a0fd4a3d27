//! The Public Library's documents.

use crate::entity::library_document::{self, Entity as LibraryDocument};
use crate::error::{Result, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use library_document::Model as DocumentRow;

pub struct NewDocument<'a> {
    pub series: &'a str,
    pub title: &'a str,
    pub category: &'a str,
    pub version: &'a str,
    pub effective_on: NaiveDate,
    pub note: Option<&'a str>,
    pub storage_key: &'a str,
    pub original_name: &'a str,
    pub content_type: &'a str,
    pub size: i64,
    pub sha256: &'a str,
    pub added_by: i64,
    pub now: DateTime<Utc>,
}

pub async fn insert<C: ConnectionTrait>(conn: &C, d: NewDocument<'_>) -> Result<DocumentRow> {
    library_document::ActiveModel {
        series: Set(d.series.to_string()),
        title: Set(d.title.to_string()),
        category: Set(d.category.to_string()),
        version: Set(d.version.to_string()),
        effective_on: Set(d.effective_on),
        note: Set(d.note.map(str::to_string)),
        storage_key: Set(d.storage_key.to_string()),
        original_name: Set(d.original_name.to_string()),
        content_type: Set(d.content_type.to_string()),
        size: Set(d.size),
        sha256: Set(d.sha256.to_string()),
        added_by: Set(d.added_by),
        added_at: Set(d.now),
        superseded_by: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(StoreError::from_db)
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<DocumentRow>> {
    Ok(LibraryDocument::find_by_id(id).one(conn).await?)
}

/// The current version of every document, by category then title.
pub async fn current<C: ConnectionTrait>(conn: &C) -> Result<Vec<DocumentRow>> {
    Ok(LibraryDocument::find()
        .filter(library_document::Column::SupersededBy.is_null())
        .order_by_asc(library_document::Column::Category)
        .order_by_asc(library_document::Column::Title)
        .all(conn)
        .await?)
}

/// Every version of a series, newest first.
pub async fn series<C: ConnectionTrait>(conn: &C, series: &str) -> Result<Vec<DocumentRow>> {
    Ok(LibraryDocument::find()
        .filter(library_document::Column::Series.eq(series))
        .order_by_desc(library_document::Column::Id)
        .all(conn)
        .await?)
}

/// Mark `id` superseded by `by`; false when it was superseded meanwhile (two new versions of
/// one document at once: the second is refused).
pub async fn supersede<C: ConnectionTrait>(conn: &C, id: i64, by: i64) -> Result<bool> {
    let res = LibraryDocument::update_many()
        .col_expr(library_document::Column::SupersededBy, Expr::value(Some(by)))
        .filter(library_document::Column::Id.eq(id))
        .filter(library_document::Column::SupersededBy.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}
