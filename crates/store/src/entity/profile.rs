use sea_orm::entity::prelude::*;

/// A Security Profile: one per account, answering one catalog version.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "profile")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub account_id: i64,
    pub catalog_version_id: i64,
    pub status: String,
    pub submissions: i32,
    /// Criteria new or changed since the profile moved to a newer catalog (comma-separated).
    pub catalog_changes: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub approved_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
