use sea_orm::entity::prelude::*;

/// A point of contact of an account, with or without a login.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "contact")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub title: Option<String>,
    pub role: Option<String>,
    pub is_primary: bool,
    pub is_alternate: bool,
    pub user_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
