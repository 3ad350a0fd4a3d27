//! Known devices of a person, each with its own count of wrong passwords (see the migration
//! that made them). Decisions are conditional updates, like the account's own lock.

use crate::entity::known_device::{self, Entity as KnownDevice};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

pub use known_device::Model as Device;

/// The person's device with this cookie hash, if any.
pub async fn find<C: ConnectionTrait>(conn: &C, user_id: i64, token_hash: &str) -> Result<Option<Device>> {
    Ok(KnownDevice::find()
        .filter(known_device::Column::UserId.eq(user_id))
        .filter(known_device::Column::TokenHash.eq(token_hash))
        .one(conn)
        .await?)
}

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Device> {
    Ok(known_device::ActiveModel {
        user_id: Set(user_id),
        token_hash: Set(token_hash.to_string()),
        created_at: Set(now),
        last_used_at: Set(now),
        failed_logins: Set(0),
        locked_until: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// Forget the person's devices unused since `before` (a device cookie lives a year).
pub async fn forget_unused<C: ConnectionTrait>(conn: &C, user_id: i64, before: DateTime<Utc>) -> Result<u64> {
    Ok(KnownDevice::delete_many()
        .filter(known_device::Column::UserId.eq(user_id))
        .filter(known_device::Column::LastUsedAt.lt(before))
        .exec(conn)
        .await?
        .rows_affected)
}

/// Keep only the person's `n` most recently used devices: each carries its own count of wrong
/// passwords, so their number is bounded.
pub async fn keep_newest<C: ConnectionTrait>(conn: &C, user_id: i64, n: usize) -> Result<u64> {
    use sea_orm::QueryOrder;
    let all = KnownDevice::find()
        .filter(known_device::Column::UserId.eq(user_id))
        .order_by_desc(known_device::Column::LastUsedAt)
        .order_by_desc(known_device::Column::Id)
        .all(conn)
        .await?;
    let old: Vec<i64> = all.iter().skip(n).map(|d| d.id).collect();
    if old.is_empty() {
        return Ok(0);
    }
    Ok(KnownDevice::delete_many().filter(known_device::Column::Id.is_in(old)).exec(conn).await?.rows_affected)
}

/// How many devices the person has.
pub async fn count_of<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(KnownDevice::find().filter(known_device::Column::UserId.eq(user_id)).count(conn).await?)
}

/// Forget every device of the person; how many.
pub async fn forget_all<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<u64> {
    Ok(KnownDevice::delete_many().filter(known_device::Column::UserId.eq(user_id)).exec(conn).await?.rows_affected)
}

fn unlocked_at(now: DateTime<Utc>) -> Condition {
    Condition::any().add(known_device::Column::LockedUntil.is_null()).add(known_device::Column::LockedUntil.lte(now))
}

/// Count a wrong password on the device unless it is locked: the new count, or `None`.
pub async fn count_failure<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>) -> Result<Option<i32>> {
    let res = KnownDevice::update_many()
        .col_expr(known_device::Column::FailedLogins, Expr::col(known_device::Column::FailedLogins).add(1))
        .filter(known_device::Column::Id.eq(id))
        .filter(unlocked_at(now))
        .exec(conn)
        .await?;
    if res.rows_affected == 0 {
        return Ok(None);
    }
    Ok(KnownDevice::find_by_id(id).one(conn).await?.map(|d| d.failed_logins))
}

pub async fn lock<C: ConnectionTrait>(conn: &C, id: i64, until: DateTime<Utc>) -> Result<()> {
    KnownDevice::update_many()
        .col_expr(known_device::Column::LockedUntil, Expr::value(Some(until)))
        .filter(known_device::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// After the right password on the device: its count goes back to zero and its use is noted;
/// false (nothing changed) while it is locked.
pub async fn clear<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let res = KnownDevice::update_many()
        .col_expr(known_device::Column::FailedLogins, Expr::value(0))
        .col_expr(known_device::Column::LockedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(known_device::Column::LastUsedAt, Expr::value(now))
        .filter(known_device::Column::Id.eq(id))
        .filter(unlocked_at(now))
        .exec(conn)
        .await?;
    Ok(res.rows_affected > 0)
}
