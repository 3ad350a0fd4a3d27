use sea_orm::entity::prelude::*;

/// A connection between two accounts: `pending` until the target accepts, then `accepted`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "svi_connection")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub requester_id: i64,
    pub target_id: i64,
    pub low_id: i64,
    pub high_id: i64,
    pub status: String,
    pub requested_at: DateTimeUtc,
    pub requested_by: Option<i64>,
    pub accepted_at: Option<DateTimeUtc>,
    pub accepted_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
