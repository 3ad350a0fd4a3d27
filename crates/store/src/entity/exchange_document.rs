use sea_orm::entity::prelude::*;

/// A file one side of an account sent the other through the Document Exchange.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "exchange_document")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub account_id: i64,
    pub file_id: i64,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    /// `partner` or `staff`.
    pub side: String,
    pub sent_by: i64,
    pub sent_at: DateTimeUtc,
    pub opened_by: Option<i64>,
    pub opened_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
