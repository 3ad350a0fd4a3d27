use sea_orm::entity::prelude::*;

/// A partner's request to change its bond, decided by the SCSS. It blocks nothing.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "bond_change_request")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub number: String,
    pub bond_type: String,
    pub surety: Option<String>,
    pub effective_on: Option<String>,
    pub status: String,
    pub requested_by: i64,
    pub requested_at: DateTimeUtc,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    pub decision_note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
