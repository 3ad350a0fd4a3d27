use sea_orm::entity::prelude::*;

/// One lifecycle event of an account (the domain `Event` as JSON).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub seq: i32,
    pub kind: String,
    pub data: String,
    pub at: DateTimeUtc,
    pub actor_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
