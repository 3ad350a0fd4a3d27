//! The e-mail outbox. Messages are written in the transaction that decides to send them;
//! a job claims due ones with a lease (safe with several app servers) and records the result.

use crate::entity::outbox::{self, Entity as Outbox};
use crate::error::Result;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use outbox::Model as Message;

/// Messages of `kind` queued for `to` since `since`.
pub async fn count_to_since<C: ConnectionTrait>(conn: &C, to: &str, kind: &str, since: DateTime<Utc>) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(Outbox::find()
        .filter(outbox::Column::ToAddr.eq(to))
        .filter(outbox::Column::Kind.eq(kind))
        .filter(outbox::Column::CreatedAt.gte(since))
        .count(conn)
        .await?)
}

/// Messages a person's actions sent since `since`.
pub async fn count_by_since<C: ConnectionTrait>(conn: &C, sender: i64, since: DateTime<Utc>) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(Outbox::find()
        .filter(outbox::Column::SentBy.eq(sender))
        .filter(outbox::Column::CreatedAt.gte(since))
        .count(conn)
        .await?)
}

pub async fn enqueue<C: ConnectionTrait>(
    conn: &C,
    to: &str,
    subject: &str,
    body: &str,
    now: DateTime<Utc>,
    sent_by: Option<i64>,
    kind: &str,
) -> Result<i64> {
    let m = outbox::ActiveModel {
        to_addr: Set(to.to_string()),
        subject: Set(subject.to_string()),
        body_text: Set(body.to_string()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        lease_until: Set(None),
        sent_at: Set(None),
        failed_at: Set(None),
        last_error: Set(None),
        sent_by: Set(sent_by),
        kind: Set(Some(kind.to_string())),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(m.id)
}

/// Claim up to `limit` due messages for `lease`. A message is claimed by exactly one caller:
/// the conditional update succeeds only where the lease is free.
pub async fn claim_due<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
) -> Result<Vec<Message>> {
    let free = Condition::any().add(outbox::Column::LeaseUntil.is_null()).add(outbox::Column::LeaseUntil.lt(now));
    let candidates = Outbox::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::FailedAt.is_null())
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .filter(free.clone())
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .all(conn)
        .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for m in candidates {
        let res = Outbox::update_many()
            .col_expr(outbox::Column::LeaseUntil, Expr::value(Some(now + lease)))
            .filter(outbox::Column::Id.eq(m.id))
            .filter(free.clone())
            .exec(conn)
            .await?;
        if res.rows_affected == 1 {
            claimed.push(m);
        }
    }
    Ok(claimed)
}

pub async fn mark_sent<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>) -> Result<()> {
    Outbox::update_many()
        .col_expr(outbox::Column::SentAt, Expr::value(Some(now)))
        .col_expr(outbox::Column::Attempts, Expr::col(outbox::Column::Attempts).add(1))
        .col_expr(outbox::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(outbox::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Record a failed attempt: retry at `retry_at`, or give up when it is `None`.
pub async fn mark_failed<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    error: &str,
    now: DateTime<Utc>,
    retry_at: Option<DateTime<Utc>>,
) -> Result<()> {
    let mut q = Outbox::update_many()
        .col_expr(outbox::Column::Attempts, Expr::col(outbox::Column::Attempts).add(1))
        .col_expr(outbox::Column::LastError, Expr::value(Some(error.to_string())))
        .col_expr(outbox::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None));
    q = match retry_at {
        Some(at) => q.col_expr(outbox::Column::NextAttemptAt, Expr::value(at)),
        None => q.col_expr(outbox::Column::FailedAt, Expr::value(Some(now))),
    };
    q.filter(outbox::Column::Id.eq(id)).exec(conn).await?;
    Ok(())
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<Message>> {
    Ok(Outbox::find_by_id(id).one(conn).await?)
}

/// Newest messages to one address (tests and the admin page read these).
pub async fn to_address<C: ConnectionTrait>(conn: &C, to: &str) -> Result<Vec<Message>> {
    Ok(Outbox::find().filter(outbox::Column::ToAddr.eq(to)).order_by_desc(outbox::Column::Id).all(conn).await?)
}
