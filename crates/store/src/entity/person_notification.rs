use sea_orm::entity::prelude::*;

/// A notification addressed to one person, with its own read state.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "person_notification")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    pub account_id: Option<i64>,
    pub kind: String,
    /// The catalogue id of its text, rendered in the reader's language.
    #[sea_orm(column_type = "Text")]
    pub message: String,
    /// JSON object of the text's arguments.
    #[sea_orm(column_type = "Text")]
    pub args: String,
    pub link: String,
    /// How it was to reach the person besides the portal: `in_app`, `email`, `digest`.
    pub channel: String,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
    pub digested_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
