use sea_orm::entity::prelude::*;

/// A finding of a validation.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "validation_finding")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub validation_id: i64,
    pub kind: String,
    /// MSC criterion IDs, comma-separated.
    pub criteria: String,
    pub site_id: Option<i64>,
    pub text: String,
    pub response_due: Option<Date>,
    pub status: String,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
