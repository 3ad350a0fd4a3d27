use sea_orm::entity::prelude::*;

/// A legacy column the portal does not model, kept with the account it came with.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "legacy_field")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub sheet: String,
    pub legacy_id: String,
    pub name: String,
    pub value: String,
    pub file: String,
    pub line: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
