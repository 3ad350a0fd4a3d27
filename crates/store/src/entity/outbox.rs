use sea_orm::entity::prelude::*;

/// An e-mail waiting to be sent (or sent). Written in the transaction that decided to send it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub to_addr: String,
    pub subject: String,
    pub body_text: String,
    pub created_at: DateTimeUtc,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub lease_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    pub failed_at: Option<DateTimeUtc>,
    pub last_error: Option<String>,
    /// The person whose action sent it, for mail sent to addresses of their choosing.
    pub sent_by: Option<i64>,
    /// The kind of e-mail (`password-reset`, `status-changed`…).
    pub kind: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
