use sea_orm::entity::prelude::*;

/// An invitation to join an account with a role (single use, expiring).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_invitation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub contact_id: Option<i64>,
    pub email: String,
    pub role: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub invited_by: i64,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
