use sea_orm::entity::prelude::*;

/// A requested change to a company's data, and its decision.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "company_change")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    /// `organization`, `addresses` or `identifiers`.
    pub kind: String,
    /// The proposed values, as JSON.
    #[sea_orm(column_type = "Text")]
    pub proposed: String,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
    pub requested_by: i64,
    pub requested_at: DateTimeUtc,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
