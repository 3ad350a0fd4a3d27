use sea_orm::entity::prelude::*;

/// A member of program staff on a validation's team.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "validation_team")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub validation_id: i64,
    pub user_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
