use sea_orm::entity::prelude::*;

/// One link of the append-only audit chain. Updates and deletes are refused by the database.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i64,
    pub at: DateTimeUtc,
    pub actor_id: Option<i64>,
    pub actor: Option<String>,
    pub role: Option<String>,
    pub account_id: Option<i64>,
    pub action: String,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub outcome: String,
    pub request_id: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    /// The client address and user agent of the request, when there was one.
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    pub fn canonical(&self) -> ctpat_domain::audit::CanonicalEvent<'_> {
        ctpat_domain::audit::CanonicalEvent {
            seq: self.seq,
            at: ctpat_domain::audit::canonical_time(self.at),
            actor_id: self.actor_id,
            actor: self.actor.as_deref(),
            role: self.role.as_deref(),
            account_id: self.account_id,
            action: &self.action,
            object_type: self.object_type.as_deref(),
            object_id: self.object_id.as_deref(),
            outcome: &self.outcome,
            request_id: self.request_id.as_deref(),
            before: self.before.as_deref(),
            after: self.after.as_deref(),
            ip: self.ip.as_deref(),
            user_agent: self.user_agent.as_deref(),
        }
    }
}
