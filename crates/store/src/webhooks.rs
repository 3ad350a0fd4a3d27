//! Webhooks and their deliveries. Deliveries are claimed with a lease like the outbox, so with
//! several app servers each is attempted by one at a time.

use crate::entity::webhook::{self, Entity as Webhook};
use crate::entity::webhook_delivery::{self, Entity as Delivery};
use crate::error::Result;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use webhook::Model as WebhookRow;
pub use webhook_delivery::Model as DeliveryRow;

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    url: &str,
    secret: &str,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<WebhookRow> {
    Ok(webhook::ActiveModel {
        account_id: Set(account_id),
        url: Set(url.to_string()),
        secret: Set(secret.to_string()),
        created_at: Set(now),
        created_by: Set(by),
        removed_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// Live webhooks of an account.
pub async fn of_account<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<WebhookRow>> {
    Ok(Webhook::find()
        .filter(webhook::Column::AccountId.eq(account_id))
        .filter(webhook::Column::RemovedAt.is_null())
        .order_by_asc(webhook::Column::Id)
        .all(conn)
        .await?)
}

/// Live webhooks of many accounts.
pub async fn of_accounts<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<WebhookRow>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        out.extend(
            Webhook::find()
                .filter(webhook::Column::AccountId.is_in(chunk.to_vec()))
                .filter(webhook::Column::RemovedAt.is_null())
                .all(conn)
                .await?,
        );
    }
    Ok(out)
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<WebhookRow>> {
    Ok(Webhook::find_by_id(id).one(conn).await?)
}

/// Webhooks by id, many at once (a delivery pass loads the endpoints of its batch together).
pub async fn by_ids<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<WebhookRow>> {
    Ok(Webhook::find().filter(webhook::Column::Id.is_in(ids.to_vec())).all(conn).await?)
}

pub async fn remove<C: ConnectionTrait>(conn: &C, account_id: i64, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let res = Webhook::update_many()
        .col_expr(webhook::Column::RemovedAt, Expr::value(Some(now)))
        .filter(webhook::Column::Id.eq(id))
        .filter(webhook::Column::AccountId.eq(account_id))
        .filter(webhook::Column::RemovedAt.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Remove the account's live webhooks that `creator` registered; how many.
pub async fn remove_made_by<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    creator: i64,
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(Webhook::update_many()
        .col_expr(webhook::Column::RemovedAt, Expr::value(Some(now)))
        .filter(webhook::Column::AccountId.eq(account_id))
        .filter(webhook::Column::CreatedBy.eq(creator))
        .filter(webhook::Column::RemovedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

pub async fn enqueue<C: ConnectionTrait>(
    conn: &C,
    webhook_id: i64,
    event: &str,
    payload: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    webhook_delivery::ActiveModel {
        webhook_id: Set(webhook_id),
        event: Set(event.to_string()),
        payload: Set(payload.to_string()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        lease_until: Set(None),
        delivered_at: Set(None),
        failed_at: Set(None),
        last_status: Set(None),
        last_error: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Claim up to `limit` due deliveries for `lease`.
pub async fn claim_due<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
) -> Result<Vec<DeliveryRow>> {
    let free = Condition::any()
        .add(webhook_delivery::Column::LeaseUntil.is_null())
        .add(webhook_delivery::Column::LeaseUntil.lt(now));
    let candidates = Delivery::find()
        .filter(webhook_delivery::Column::DeliveredAt.is_null())
        .filter(webhook_delivery::Column::FailedAt.is_null())
        .filter(webhook_delivery::Column::NextAttemptAt.lte(now))
        .filter(free.clone())
        .order_by_asc(webhook_delivery::Column::Id)
        .limit(limit)
        .all(conn)
        .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for d in candidates {
        let res = Delivery::update_many()
            .col_expr(webhook_delivery::Column::LeaseUntil, Expr::value(Some(now + lease)))
            .filter(webhook_delivery::Column::Id.eq(d.id))
            .filter(free.clone())
            .exec(conn)
            .await?;
        if res.rows_affected == 1 {
            claimed.push(d);
        }
    }
    Ok(claimed)
}

/// Record an attempt: delivered, retried at `retry_at`, or given up.
pub async fn record_attempt<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    now: DateTime<Utc>,
    status: Option<u16>,
    error: Option<&str>,
    outcome: Attempt,
) -> Result<()> {
    let mut q = Delivery::update_many()
        .col_expr(webhook_delivery::Column::Attempts, Expr::col(webhook_delivery::Column::Attempts).add(1))
        .col_expr(webhook_delivery::Column::LastStatus, Expr::value(status.map(i32::from)))
        .col_expr(webhook_delivery::Column::LastError, Expr::value(error.map(str::to_string)))
        .col_expr(webhook_delivery::Column::LeaseUntil, Expr::value(Option::<DateTime<Utc>>::None));
    q = match outcome {
        Attempt::Delivered => q.col_expr(webhook_delivery::Column::DeliveredAt, Expr::value(Some(now))),
        Attempt::RetryAt(at) => q.col_expr(webhook_delivery::Column::NextAttemptAt, Expr::value(at)),
        Attempt::GiveUp => q.col_expr(webhook_delivery::Column::FailedAt, Expr::value(Some(now))),
    };
    q.filter(webhook_delivery::Column::Id.eq(id)).exec(conn).await?;
    Ok(())
}

pub enum Attempt {
    Delivered,
    RetryAt(DateTime<Utc>),
    GiveUp,
}

/// The newest deliveries of an account's webhooks.
pub async fn recent_of_account<C: ConnectionTrait>(conn: &C, account_id: i64, limit: u64) -> Result<Vec<DeliveryRow>> {
    let hooks: Vec<i64> = Webhook::find()
        .select_only()
        .column(webhook::Column::Id)
        .filter(webhook::Column::AccountId.eq(account_id))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(Delivery::find()
        .filter(webhook_delivery::Column::WebhookId.is_in(hooks))
        .order_by_desc(webhook_delivery::Column::Id)
        .limit(limit)
        .all(conn)
        .await?)
}

/// Webhooks' stored signing secrets, all or only those not starting with `unless_prefix`:
/// (webhook id, value).
pub async fn secrets<C: ConnectionTrait>(conn: &C, unless_prefix: Option<&str>) -> Result<Vec<(i64, String)>> {
    let mut q = Webhook::find();
    if let Some(p) = unless_prefix {
        q = q.filter(webhook::Column::Secret.not_like(format!("{p}%")));
    }
    Ok(q.all(conn).await?.into_iter().map(|w| (w.id, w.secret)).collect())
}

/// Replace a stored signing secret (only if it is still `old`, so a concurrent change wins).
pub async fn reseal_secret<C: ConnectionTrait>(conn: &C, id: i64, old: &str, sealed: &str) -> Result<bool> {
    let res = Webhook::update_many()
        .col_expr(webhook::Column::Secret, Expr::value(sealed.to_string()))
        .filter(webhook::Column::Id.eq(id))
        .filter(webhook::Column::Secret.eq(old))
        .exec(conn)
        .await?;
    Ok(res.rows_affected > 0)
}
