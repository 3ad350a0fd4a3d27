use sea_orm::entity::prelude::*;

/// Left by a decline: `blocked_id` cannot ask `blocker_id` again until the block is removed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "svi_block")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub blocker_id: i64,
    pub blocked_id: i64,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
