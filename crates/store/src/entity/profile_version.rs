use sea_orm::entity::prelude::*;

/// A signed submission, frozen: every answer as JSON.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "profile_version")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub profile_id: i64,
    pub number: i32,
    pub kind: String,
    pub catalog_version_id: i64,
    pub signed_by: i64,
    pub signed_at: DateTimeUtc,
    /// Set when the SCSS approved this version; approved versions form the partner library.
    pub approved_at: Option<DateTimeUtc>,
    pub snapshot: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
