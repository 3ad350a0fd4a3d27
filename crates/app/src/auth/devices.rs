//! Known devices: after a full sign-in the browser gets a long-lived device cookie (only its
//! hash is stored). Its password attempts are then judged on the device's own count, not the
//! count of attempts from unknown browsers — the owner still signs in while strangers who know
//! the address are held back.

use chrono::{DateTime, Duration, Utc};
use ctpat_store::ConnectionTrait;
use ctpat_store::devices::{self, Device};

/// How long a device is remembered without use.
pub const REMEMBERED_DAYS: i64 = 365;
/// Devices remembered per person at most (the least recently used are forgotten first).
pub const MAX_DEVICES: usize = 10;

/// The person's known device behind a cookie value, if any.
pub(crate) async fn known<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    token: Option<&str>,
) -> crate::Result<Option<Device>> {
    let Some(token) = token.filter(|t| !t.is_empty() && t.len() <= 100) else { return Ok(None) };
    Ok(devices::find(conn, user_id, &crate::secret::token_hash(token)).await?)
}

/// Remember this browser for the person: the cookie value to set. Devices unused for a year
/// are forgotten on the way.
pub(crate) async fn remember<C: ConnectionTrait>(conn: &C, user_id: i64, now: DateTime<Utc>) -> crate::Result<String> {
    let (token, hash) = crate::secret::new_token();
    devices::insert(conn, user_id, &hash, now).await?;
    devices::forget_unused(conn, user_id, now - Duration::days(REMEMBERED_DAYS)).await?;
    devices::keep_newest(conn, user_id, MAX_DEVICES).await?;
    Ok(token)
}

/// How many browsers remember the person.
pub async fn count(app: &crate::App, actor: &crate::Actor) -> crate::Result<u64> {
    Ok(devices::count_of(app.db.conn(), actor.user.id).await?)
}

/// Forget every browser that remembers the person (a lost laptop, a shared computer): each is
/// treated as unknown until it completes a sign-in again.
pub async fn forget_all(app: &crate::App, actor: &crate::Actor) -> crate::Result<u64> {
    use crate::audit::{self, EventExt};
    let now = app.now();
    let txn = app.db.begin().await?;
    let forgotten = devices::forget_all(&txn, actor.user.id).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "devices.forgotten", ctpat_domain::audit::Outcome::Ok)
            .object("user", actor.user.id)
            .after(serde_json::json!({"devices": forgotten})),
    )
    .await?;
    txn.commit().await?;
    Ok(forgotten)
}
