use sea_orm::entity::prelude::*;

/// A site a validation visits.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "validation_site")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub validation_id: i64,
    pub kind: String,
    pub name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
