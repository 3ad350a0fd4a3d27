use sea_orm::entity::prelude::*;

/// An endpoint of a partner account for status changes of its connected partners.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub url: String,
    /// The signing key (HMAC-SHA256); shown to the account once, kept to sign deliveries.
    pub secret: String,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i64>,
    pub removed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
