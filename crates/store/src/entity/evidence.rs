use sea_orm::entity::prelude::*;

/// A file attached as evidence to one criterion of a profile.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "evidence")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub profile_id: i64,
    pub criterion_id: String,
    pub file_id: i64,
    pub added_at: DateTimeUtc,
    pub added_by: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
