use sea_orm::entity::prelude::*;

/// A Trade Organization: one legal company.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "organization")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub name: String,
    pub dba: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub year_founded: Option<i32>,
    pub employee_count: Option<i32>,
    pub ownership_type: Option<String>,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    /// The parent company, when this one is its subsidiary.
    pub parent_organization_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
