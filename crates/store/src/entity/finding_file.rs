use sea_orm::entity::prelude::*;

/// A file attached to a finding's answer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "finding_file")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub finding_id: i64,
    pub file_id: i64,
    pub added_by: i64,
    pub added_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
