use sea_orm::entity::prelude::*;

/// One message of a thread: never edited, never deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub thread_id: i64,
    pub author_id: i64,
    /// `partner` or `staff`.
    pub side: String,
    /// The author's role when they wrote it (an account role or a staff role key).
    pub role: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// A file sent with it (the profile's upload rules).
    pub file_id: Option<i64>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
