//! Building audit events from who acted, and reading the chain back.

use crate::actor::{Actor, RequestMeta};
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_store::audit::NewEvent;

/// An event with the actor's identity and request facts filled in.
pub(crate) fn by(actor: &Actor, at: DateTime<Utc>, action: &str, outcome: Outcome) -> NewEvent {
    NewEvent {
        at,
        actor_id: Some(actor.user.id),
        actor: Some(actor.user.email.clone()),
        role: actor.role_key().map(str::to_string),
        account_id: None,
        action: action.to_string(),
        object_type: None,
        object_id: None,
        outcome,
        request_id: actor.meta.request_id.clone(),
        before: None,
        after: None,
        ip: actor.meta.ip.clone(),
        user_agent: actor.meta.user_agent.clone(),
    }
}

/// An event of the portal itself: a scheduled job (`scheduler`) or the operator on the host
/// (`host-operator`), with role `system`.
pub(crate) fn system(meta: &RequestMeta, at: DateTime<Utc>, action: &str, who: &str) -> NewEvent {
    let mut e = anonymous(meta, at, action, Outcome::Ok);
    e.actor = Some(who.to_string());
    e.role = Some("system".into());
    e
}

/// An event for a person who is not (yet) signed in, e.g. a failed login.
pub(crate) fn anonymous(meta: &RequestMeta, at: DateTime<Utc>, action: &str, outcome: Outcome) -> NewEvent {
    NewEvent {
        at,
        actor_id: None,
        actor: None,
        role: None,
        account_id: None,
        action: action.to_string(),
        object_type: None,
        object_id: None,
        outcome,
        request_id: meta.request_id.clone(),
        before: None,
        after: None,
        ip: meta.ip.clone(),
        user_agent: meta.user_agent.clone(),
    }
}

/// Builder-style helpers so call sites read as one expression.
pub trait EventExt {
    fn object(self, kind: &str, id: impl ToString) -> Self;
    fn person(self, id: i64, email: &str, role: Option<&str>) -> Self;
    fn before(self, v: serde_json::Value) -> Self;
    fn after(self, v: serde_json::Value) -> Self;
}

impl EventExt for NewEvent {
    fn object(mut self, kind: &str, id: impl ToString) -> Self {
        self.object_type = Some(kind.to_string());
        self.object_id = Some(id.to_string());
        self
    }

    fn person(mut self, id: i64, email: &str, role: Option<&str>) -> Self {
        self.actor_id = Some(id);
        self.actor = Some(email.to_string());
        self.role = role.map(str::to_string);
        self
    }

    fn before(mut self, v: serde_json::Value) -> Self {
        self.before = Some(v);
        self
    }

    fn after(mut self, v: serde_json::Value) -> Self {
        self.after = Some(v);
        self
    }
}

/// Record a refused request (missing permission, failed CSRF check) as a security event.
pub async fn access_denied(
    app: &crate::App,
    actor: Option<&Actor>,
    meta: &RequestMeta,
    target: &str,
    reason: &str,
) -> crate::Result<()> {
    let now = app.now();
    let event = match actor {
        Some(a) => by(a, now, "access.denied", Outcome::Denied),
        None => anonymous(meta, now, "access.denied", Outcome::Denied),
    };
    let mut event = event.object("route", target).after(serde_json::json!({"reason": reason}));
    event.request_id = meta.request_id.clone();
    let txn = app.db.begin().await?;
    ctpat_store::audit::append(&txn, event).await?;
    txn.commit().await?;
    Ok(())
}

/// The newest events of the whole trail (HQ and system admins).
pub async fn recent(
    app: &crate::App,
    _can: &crate::actor::Can<'_, crate::actor::ReadAudit>,
    before_seq: Option<i64>,
    limit: u64,
) -> crate::Result<Vec<AuditEntry>> {
    Ok(ctpat_store::audit::recent(app.db.conn(), None, before_seq, limit)
        .await?
        .into_iter()
        .map(AuditEntry::from)
        .collect())
}

/// Mark an event as concerning one partner account (it then shows in that account's history).
pub(crate) fn for_account(mut e: NewEvent, account_id: i64) -> NewEvent {
    e.account_id = Some(account_id);
    e
}

/// One event of the audit trail as the trail pages show it.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: chrono::DateTime<chrono::Utc>,
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

impl From<ctpat_store::entity::audit_event::Model> for AuditEntry {
    fn from(m: ctpat_store::entity::audit_event::Model) -> Self {
        AuditEntry {
            seq: m.seq,
            at: m.at,
            actor_id: m.actor_id,
            actor: m.actor,
            role: m.role,
            account_id: m.account_id,
            action: m.action,
            object_type: m.object_type,
            object_id: m.object_id,
            outcome: m.outcome,
            request_id: m.request_id,
            before: m.before,
            after: m.after,
            prev_hash: m.prev_hash,
            hash: m.hash,
            ip: m.ip,
            user_agent: m.user_agent,
        }
    }
}

/// Who acts for an account: a signed-in person, or one of its API tokens (recorded as
/// `api-token:<id> <name>`, with the call's request id).
#[derive(Clone, Copy)]
pub enum By<'a> {
    Person(&'a Actor),
    /// An API token of the account (`id`, `name`), with the request id of the call.
    Token {
        id: i64,
        name: &'a str,
        request_id: Option<&'a str>,
    },
}

impl By<'_> {
    pub fn user_id(&self) -> Option<i64> {
        match self {
            By::Person(a) => Some(a.user.id),
            By::Token { .. } => None,
        }
    }

    pub(crate) fn event(&self, at: DateTime<Utc>, action: &str, account_id: i64) -> NewEvent {
        let e = match self {
            By::Person(a) => by(a, at, action, Outcome::Ok),
            By::Token { id, name, request_id } => NewEvent {
                at,
                actor_id: None,
                actor: Some(format!("api-token:{id} {name}")),
                role: Some("api-token".into()),
                account_id: None,
                action: action.to_string(),
                object_type: None,
                object_id: None,
                outcome: Outcome::Ok,
                request_id: request_id.map(str::to_string),
                before: None,
                after: None,
                // The call's `api.calls` event, under the same request id, has its address.
                ip: None,
                user_agent: None,
            },
        };
        for_account(e, account_id)
    }
}
