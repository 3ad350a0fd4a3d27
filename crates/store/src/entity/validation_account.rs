use sea_orm::entity::prelude::*;

/// An account a validation covers.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "validation_account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub validation_id: i64,
    pub account_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
