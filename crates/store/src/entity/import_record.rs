use sea_orm::entity::prelude::*;

/// What one legacy row became, found again by its sheet and legacy id.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "import_record")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub sheet: String,
    pub legacy_id: String,
    /// The row it became: an account, a contact, an address or an SVI connection.
    pub target_id: i64,
    pub account_id: i64,
    pub file: String,
    pub line: i32,
    /// The run that last wrote it.
    pub run_id: i64,
    /// The row's values by column (JSON), to tell what a corrected file changed.
    pub data: String,
    /// For accounts: how many lifecycle events the legacy history became.
    pub history_events: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
