//! The audit-chain writer and verifier. `append` runs inside the caller's transaction, so an
//! event is written if and only if the change it records is.

use crate::entity::audit_event::{self, Entity as AuditEvent};
use crate::error::Result;
use chrono::{DateTime, Utc};
use ctpat_domain::audit::{GENESIS_HASH, Outcome, canonical_json, chain_hash};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, Statement,
};

/// What a use case records. `at` comes from the injected clock.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub at: DateTime<Utc>,
    pub actor_id: Option<i64>,
    pub actor: Option<String>,
    pub role: Option<String>,
    pub account_id: Option<i64>,
    pub action: String,
    pub object_type: Option<String>,
    pub object_id: Option<String>,
    pub outcome: Outcome,
    pub request_id: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// Append one event after the current head. The head row is locked (`FOR UPDATE` on
/// PostgreSQL; SQLite write transactions are already exclusive), so concurrent writers queue
/// instead of forking the chain; the primary key on `seq` is the last line of defence.
pub async fn append<C: ConnectionTrait>(conn: &C, ev: NewEvent) -> Result<i64> {
    append_many(conn, vec![ev]).await
}

/// The result of walking the whole chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    Verified { events: i64 },
    Broken { seq: i64, reason: String },
}

/// Append events in order, each chained to the one before (one read of the head, multi-row
/// inserts, one write of the head: an import appends thousands at once). Returns the sequence
/// number of the last.
pub async fn append_many<C: ConnectionTrait>(conn: &C, events: Vec<NewEvent>) -> Result<i64> {
    let backend = conn.get_database_backend();
    let lock = if backend == DbBackend::Postgres { " FOR UPDATE" } else { "" };
    let row = conn
        .query_one_raw(Statement::from_string(backend, format!("SELECT seq, hash FROM audit_head WHERE id = 1{lock}")))
        .await?
        .ok_or_else(|| sea_orm::DbErr::RecordNotFound("audit_head".into()))?;
    let mut seq: i64 = row.try_get("", "seq")?;
    let mut prev_hash: String = row.try_get("", "hash")?;
    if events.is_empty() {
        return Ok(seq);
    }
    let mut models = Vec::with_capacity(events.len());
    for ev in events {
        seq += 1;
        let mut model = audit_event::Model {
            seq,
            at: ev.at,
            actor_id: ev.actor_id,
            actor: ev.actor,
            role: ev.role,
            account_id: ev.account_id,
            action: ev.action,
            object_type: ev.object_type,
            object_id: ev.object_id,
            outcome: ev.outcome.key().to_string(),
            request_id: ev.request_id,
            before: ev.before.as_ref().map(canonical_json),
            after: ev.after.as_ref().map(canonical_json),
            prev_hash: prev_hash.clone(),
            hash: String::new(),
            ip: ev.ip.map(|s| s.chars().take(64).collect()),
            user_agent: ev.user_agent.map(|s| s.chars().take(300).collect()),
        };
        model.hash = chain_hash(&prev_hash, &model.canonical());
        prev_hash = model.hash.clone();
        models.push(model);
    }
    for chunk in models.chunks(crate::imports::BATCH / 2) {
        let rows = chunk.iter().cloned().map(|m| audit_event::ActiveModel {
            seq: Set(m.seq),
            at: Set(m.at),
            actor_id: Set(m.actor_id),
            actor: Set(m.actor),
            role: Set(m.role),
            account_id: Set(m.account_id),
            action: Set(m.action),
            object_type: Set(m.object_type),
            object_id: Set(m.object_id),
            outcome: Set(m.outcome),
            request_id: Set(m.request_id),
            before: Set(m.before),
            after: Set(m.after),
            prev_hash: Set(m.prev_hash),
            hash: Set(m.hash),
            ip: Set(m.ip),
            user_agent: Set(m.user_agent),
        });
        audit_event::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        match backend {
            DbBackend::Postgres => "UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1",
            _ => "UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1",
        },
        [seq.into(), prev_hash.into()],
    ))
    .await?;
    Ok(seq)
}

/// Walk every event in `seq` order (in pages, so memory stays flat) and check continuity,
/// links and hashes, then that the head names the last event.
pub async fn verify<C: ConnectionTrait>(conn: &C) -> Result<Verification> {
    const PAGE: u64 = 1000;
    let mut expected_seq = 1i64;
    let mut prev_hash = GENESIS_HASH.to_string();
    loop {
        let page = AuditEvent::find()
            .filter(audit_event::Column::Seq.gte(expected_seq))
            .order_by_asc(audit_event::Column::Seq)
            .limit(PAGE)
            .all(conn)
            .await?;
        let n = page.len() as u64;
        for ev in page {
            if ev.seq != expected_seq {
                return Ok(Verification::Broken {
                    seq: expected_seq,
                    reason: format!("event {expected_seq} is missing (next stored event is {})", ev.seq),
                });
            }
            if ev.prev_hash != prev_hash {
                return Ok(Verification::Broken {
                    seq: ev.seq,
                    reason: "its previous-hash does not match the event before it (edited, removed or reordered)"
                        .into(),
                });
            }
            if chain_hash(&prev_hash, &ev.canonical()) != ev.hash {
                return Ok(Verification::Broken {
                    seq: ev.seq,
                    reason: "its content does not match its hash (edited)".into(),
                });
            }
            prev_hash = ev.hash;
            expected_seq += 1;
        }
        if n < PAGE {
            break;
        }
    }
    let head = conn
        .query_one_raw(Statement::from_string(
            conn.get_database_backend(),
            "SELECT seq, hash FROM audit_head WHERE id = 1",
        ))
        .await?;
    let last = expected_seq - 1;
    if let Some(head) = head {
        let head_seq: i64 = head.try_get("", "seq")?;
        let head_hash: String = head.try_get("", "hash")?;
        if head_seq != last || head_hash != prev_hash {
            let seq = if head_seq > last { last + 1 } else { head_seq.max(1) };
            return Ok(Verification::Broken {
                seq,
                reason: format!("the chain head names event {head_seq} but the last stored event is {last}"),
            });
        }
    }
    Ok(Verification::Verified { events: last })
}

/// Events of one actor, newest first (keyset pagination on `seq`).
pub async fn by_actor<C: ConnectionTrait>(
    conn: &C,
    actor_id: i64,
    before_seq: Option<i64>,
    limit: u64,
) -> Result<Vec<audit_event::Model>> {
    let mut q = AuditEvent::find().filter(audit_event::Column::ActorId.eq(actor_id));
    if let Some(b) = before_seq {
        q = q.filter(audit_event::Column::Seq.lt(b));
    }
    Ok(q.order_by_desc(audit_event::Column::Seq).limit(limit).all(conn).await?)
}

/// All events, newest first (keyset pagination on `seq`), optionally one action only.
pub async fn recent<C: ConnectionTrait>(
    conn: &C,
    action: Option<&str>,
    before_seq: Option<i64>,
    limit: u64,
) -> Result<Vec<audit_event::Model>> {
    let mut q = AuditEvent::find();
    if let Some(a) = action {
        q = q.filter(audit_event::Column::Action.eq(a));
    }
    if let Some(b) = before_seq {
        q = q.filter(audit_event::Column::Seq.lt(b));
    }
    Ok(q.order_by_desc(audit_event::Column::Seq).limit(limit).all(conn).await?)
}

/// Events of one partner account, newest first (its history timeline).
pub async fn for_account<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    before_seq: Option<i64>,
    limit: u64,
) -> Result<Vec<audit_event::Model>> {
    let mut q = AuditEvent::find().filter(audit_event::Column::AccountId.eq(account_id));
    if let Some(b) = before_seq {
        q = q.filter(audit_event::Column::Seq.lt(b));
    }
    Ok(q.order_by_desc(audit_event::Column::Seq).limit(limit).all(conn).await?)
}
