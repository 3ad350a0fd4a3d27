use sea_orm::entity::prelude::*;

/// An API token of a partner account; only its hash is kept.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_token")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    /// The first characters, shown in lists so people can tell tokens apart.
    pub prefix: String,
    #[sea_orm(unique)]
    pub hash: String,
    /// Space-separated scopes, e.g. `svi:read svi:write`.
    pub scopes: String,
    pub created_at: DateTimeUtc,
    pub created_by: Option<i64>,
    pub last_used_at: Option<DateTimeUtc>,
    pub revoked_at: Option<DateTimeUtc>,
    pub revoked_by: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
