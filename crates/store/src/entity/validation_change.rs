use sea_orm::entity::prelude::*;

/// A reschedule or cancellation of a validation, with its reason.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "validation_change")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub validation_id: i64,
    pub kind: String,
    pub reason: String,
    pub from_start_on: Option<Date>,
    pub from_end_on: Option<Date>,
    pub by_user: i64,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
