//! Webhooks (SPEC §7): an account registers an HTTPS endpoint; each status change of a
//! connected partner is queued for it in the transaction that made the change, then delivered
//! by a job, signed with HMAC-SHA256 over `timestamp.body`, retried with backoff, and every
//! result is kept for the account's page.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::reach;
use chrono::{DateTime, Duration, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::{Permission, Problem};
use ctpat_store::ConnectionTrait;
use ctpat_store::webhooks::{self as store, Attempt, DeliveryRow, WebhookRow};
use hmac::{Hmac, KeyInit, Mac};
use serde_json::json;
use sha2::Sha256;

pub const EVENT_STATUS: &str = "partner.status_changed";

/// Waits after the 1st, 2nd… failed attempt; after the last, the delivery is given up.
const BACKOFF_MINUTES: [i64; 5] = [1, 5, 30, 120, 720];

fn parse_url(app: &App, raw: &str) -> Result<String> {
    let bad = |code| Error::field("url", Problem::new(code));
    let url = reqwest::Url::parse(raw.trim()).map_err(|_| bad("err-url"))?;
    let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match url.scheme() {
        "https" => {}
        "http" if loopback && app.settings.webhooks_allow_loopback_http => {}
        _ => return Err(bad("err-url-https")),
    }
    if url.username() != "" || url.password().is_some() {
        return Err(bad("err-url-credentials"));
    }
    Ok(url.to_string())
}

fn new_secret() -> String {
    use rand::RngExt;
    let bytes: [u8; 24] = rand::rng().random();
    format!("whsec_{}", hex::encode(bytes))
}

/// The signature a receiver recomputes: hex HMAC-SHA256 of `timestamp.body` with the secret.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(format!("{timestamp}.{body}").as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

fn may_manage(r: &crate::partner::Reach) -> Result<()> {
    if r.is_staff() || !r.can(Permission::ManageApiTokens) { Err(Error::Forbidden) } else { Ok(()) }
}

/// Register an endpoint; the signing secret is returned to show once.
pub async fn create(app: &App, actor: &Actor, account_id: i64, raw_url: &str) -> Result<(WebhookRow, String)> {
    let url = parse_url(app, raw_url)?;
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    may_manage(&r)?;
    let secret = new_secret();
    let row = store::insert(&txn, account_id, &url, &secret, Some(actor.user.id), app.now()).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, app.now(), "webhook.created", Outcome::Ok), account_id)
            .object("webhook", row.id)
            .after(json!({"url": url})),
    )
    .await?;
    txn.commit().await?;
    Ok((row, secret))
}

pub async fn remove(app: &App, actor: &Actor, account_id: i64, id: i64) -> Result<()> {
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    may_manage(&r)?;
    if !store::remove(&txn, account_id, id, app.now()).await? {
        return Err(Error::NotFound);
    }
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, app.now(), "webhook.removed", Outcome::Ok), account_id).object("webhook", id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub struct WebhooksPage {
    pub reach: crate::partner::Reach,
    pub hooks: Vec<WebhookRow>,
    pub deliveries: Vec<DeliveryRow>,
    pub can_manage: bool,
}

pub async fn page(app: &App, actor: &Actor, account_id: i64) -> Result<WebhooksPage> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let can_manage = may_manage(&r).is_ok();
    if !can_manage && !r.is_staff() {
        return Err(Error::Forbidden);
    }
    Ok(WebhooksPage {
        hooks: store::of_account(conn, account_id).await?,
        deliveries: store::recent_of_account(conn, account_id, 100).await?,
        can_manage,
        reach: r,
    })
}

/// Queue a status-change event for the webhooks of these partner accounts (monitoring).
pub async fn queue_status_change<C: ConnectionTrait>(
    conn: &C,
    partners: &[i64],
    partner: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<()> {
    for hook in store::of_accounts(conn, partners).await? {
        let payload = json!({
            "id": format!("evt_{}", crate::secret::random_code(16)),
            "event": EVENT_STATUS,
            "occurred_at": now.to_rfc3339(),
            "partner": partner,
        });
        store::enqueue(conn, hook.id, EVENT_STATUS, &payload.to_string(), now).await?;
    }
    Ok(())
}

/// Attempt every due delivery once; returns how many were attempted.
pub async fn deliver_due(app: &App, client: &reqwest::Client) -> Result<usize> {
    let conn = app.db.conn();
    let claimed = store::claim_due(conn, app.now(), Duration::minutes(2), 50).await?;
    let n = claimed.len();
    for d in claimed {
        let now = app.now();
        let Some(hook) = store::find(conn, d.webhook_id).await?.filter(|h| h.removed_at.is_none()) else {
            store::record_attempt(conn, d.id, now, None, Some("webhook removed"), Attempt::GiveUp).await?;
            continue;
        };
        let ts = now.timestamp();
        let result = client
            .post(&hook.url)
            .header("content-type", "application/json")
            .header("user-agent", "ctpat-portal-webhooks/1")
            .header("x-ctpat-event", &d.event)
            .header("x-ctpat-delivery", d.id.to_string())
            .header("x-ctpat-timestamp", ts.to_string())
            .header("x-ctpat-signature", format!("sha256={}", signature(&hook.secret, ts, &d.payload)))
            .body(d.payload.clone())
            .send()
            .await;
        let (status, error) = match result {
            Ok(res) if res.status().is_success() => (Some(res.status().as_u16()), None),
            Ok(res) => (Some(res.status().as_u16()), Some(format!("HTTP {}", res.status().as_u16()))),
            // The error names the kind of failure; no secret is in it (the URL has no credentials).
            Err(e) => {
                (None, Some(if e.is_timeout() { "timed out".to_string() } else { "connection failed".to_string() }))
            }
        };
        let outcome = match (&error, BACKOFF_MINUTES.get(d.attempts as usize)) {
            (None, _) => Attempt::Delivered,
            (Some(_), Some(wait)) => Attempt::RetryAt(now + Duration::minutes(*wait)),
            (Some(_), None) => Attempt::GiveUp,
        };
        store::record_attempt(conn, d.id, now, status, error.as_deref(), outcome).await?;
    }
    Ok(n)
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("HTTP client")
}

/// The delivery job (safe with several servers: deliveries are leased).
pub fn spawn_deliverer(
    app: App,
    every: std::time::Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let client = client();
        loop {
            if let Err(e) = deliver_due(&app, &client).await {
                tracing::error!(error = %e, "webhook deliveries failed");
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = stop.changed() => break,
            }
        }
    })
}
