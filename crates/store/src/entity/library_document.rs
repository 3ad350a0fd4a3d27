use sea_orm::entity::prelude::*;

/// A document of the Public Library, one version of its series.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "library_document")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Shared by every version of one document.
    pub series: String,
    pub title: String,
    pub category: String,
    pub version: String,
    pub effective_on: Date,
    pub note: Option<String>,
    #[sea_orm(unique)]
    pub storage_key: String,
    pub original_name: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub added_by: i64,
    pub added_at: DateTimeUtc,
    /// The version that replaced this one; none while it is current.
    pub superseded_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
