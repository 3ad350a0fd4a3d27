//! Webhooks: an account registers an HTTPS endpoint; each status change of a
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

/// Whether the portal may call this address: public unicast only, so a webhook cannot be used
/// to reach the deployment's own network (loopback is allowed only by the test setting).
pub fn public_ip(ip: std::net::IpAddr, allow_loopback: bool) -> bool {
    use std::net::IpAddr;
    if ip.is_loopback() {
        return allow_loopback;
    }
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            !(v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || o[0] == 0
                // Shared address space (carrier-grade NAT), 100.64.0.0/10.
                || (o[0] == 100 && (64..128).contains(&o[1]))
                // IETF protocol assignments, 192.0.0.0/24.
                || (o[0] == 192 && o[1] == 0 && o[2] == 0)
                // Benchmarking, 198.18.0.0/15.
                || (o[0] == 198 && (o[1] & 0xfe) == 18)
                // Reserved for future use, 240.0.0.0/4.
                || o[0] >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return public_ip(IpAddr::V4(v4), allow_loopback);
            }
            let s = v6.segments();
            // IPv4-compatible (::a.b.c.d, deprecated) and SIIT (::ffff:0:a.b.c.d) carry an IPv4
            // address inside: judged by it.
            if s[..6] == [0, 0, 0, 0, 0, 0] || s[..6] == [0, 0, 0, 0, 0xffff, 0] {
                let o = v6.octets();
                return !v6.is_unspecified()
                    && public_ip(IpAddr::V4(std::net::Ipv4Addr::new(o[12], o[13], o[14], o[15])), false);
            }
            // Local-use NAT64 (64:ff9b:1::/48) and Teredo (2001::/32) tunnel to addresses the
            // URL does not show.
            if (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1) || (s[0] == 0x2001 && s[1] == 0) {
                return false;
            }
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address inside: judged by it.
            if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
                let o = v6.octets();
                return public_ip(IpAddr::V4(std::net::Ipv4Addr::new(o[12], o[13], o[14], o[15])), false);
            }
            if s[0] == 0x2002 {
                let o = v6.octets();
                return public_ip(IpAddr::V4(std::net::Ipv4Addr::new(o[2], o[3], o[4], o[5])), false);
            }
            !(v6.is_unspecified()
                || v6.is_multicast()
                // Unique local fc00::/7, link-local fe80::/10, deprecated site-local fec0::/10.
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || (s[0] & 0xffc0) == 0xfec0
                // Documentation 2001:db8::/32, discard-only 100::/64.
                || (s[0] == 0x2001 && s[1] == 0x0db8)
                || (s[0] == 0x100 && s[1..4] == [0, 0, 0]))
        }
    }
}

/// A host the portal may call, judged from the URL alone (names are checked again when they
/// are resolved at delivery time).
fn allowed_host(url: &reqwest::Url, allow_loopback: bool) -> bool {
    let Some(host) = url.host_str() else { return false };
    // `localhost.` is `localhost`: the root's dot is not part of the name.
    let bare = host.trim_start_matches('[').trim_end_matches(']').trim_end_matches('.');
    match bare.parse::<std::net::IpAddr>() {
        Ok(ip) => public_ip(ip, allow_loopback),
        Err(_) => {
            let d = bare.to_ascii_lowercase();
            allow_loopback || !(d == "localhost" || d.ends_with(".localhost") || d.ends_with(".internal"))
        }
    }
}

fn parse_url(app: &App, raw: &str) -> Result<String> {
    let bad = |code| Error::field("url", Problem::new(code));
    let url = reqwest::Url::parse(raw.trim()).map_err(|_| bad("err-url"))?;
    let allow = app.settings.webhooks_allow_loopback_http;
    let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match url.scheme() {
        "https" => {}
        "http" if loopback && allow => {}
        _ => return Err(bad("err-url-https")),
    }
    if !allowed_host(&url, allow) {
        return Err(bad("err-url-private"));
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

/// Endpoints one account may register: each status change is delivered to every one of them.
pub const MAX_WEBHOOKS: usize = 10;

/// Register an endpoint; the signing secret is returned to show once.
pub async fn create(app: &App, actor: &Actor, account_id: i64, raw_url: &str) -> Result<(Webhook, String)> {
    let url = parse_url(app, raw_url)?;
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    may_manage(&r)?;
    ctpat_store::accounts::lock(&txn, account_id).await?;
    if store::of_account(&txn, account_id).await?.len() >= MAX_WEBHOOKS {
        return Err(Error::Refused(Problem::new("err-webhooks-cap").with("max", MAX_WEBHOOKS)));
    }
    let secret = new_secret();
    let row = store::insert(&txn, account_id, &url, &app.seal(&secret)?, Some(actor.user.id), app.now()).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, app.now(), "webhook.created", Outcome::Ok), account_id)
            .object("webhook", row.id)
            .after(json!({"url": url})),
    )
    .await?;
    txn.commit().await?;
    Ok((row.into(), secret))
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
    pub hooks: Vec<Webhook>,
    pub deliveries: Vec<Delivery>,
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
        hooks: store::of_account(conn, account_id).await?.into_iter().map(Webhook::from).collect(),
        deliveries: store::recent_of_account(conn, account_id, 100).await?.into_iter().map(Delivery::from).collect(),
        can_manage,
        reach: r,
    })
}

/// Queue a status-change event for the webhooks of these partner accounts (monitoring).
pub(crate) async fn queue_status_change<C: ConnectionTrait>(
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
    let mut ids: Vec<i64> = claimed.iter().map(|d| d.webhook_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let hooks: std::collections::HashMap<i64, store::WebhookRow> =
        store::by_ids(conn, &ids).await?.into_iter().map(|h| (h.id, h)).collect();
    for d in claimed {
        let now = app.now();
        let Some(hook) = hooks.get(&d.webhook_id).filter(|h| h.removed_at.is_none()) else {
            store::record_attempt(conn, d.id, now, None, Some("webhook removed"), Attempt::GiveUp).await?;
            continue;
        };
        let allowed =
            reqwest::Url::parse(&hook.url).is_ok_and(|u| allowed_host(&u, app.settings.webhooks_allow_loopback_http));
        if !allowed {
            store::record_attempt(conn, d.id, now, None, Some("address not allowed"), Attempt::GiveUp).await?;
            continue;
        }
        let secret = match app.open(&hook.secret) {
            Ok(s) => s,
            Err(e) => {
                // Not sent unsigned: the receiver could not trust it. The key must be restored.
                tracing::error!(error = %e, webhook = hook.id, "cannot open the webhook's signing secret");
                let outcome = match BACKOFF_MINUTES.get(d.attempts as usize) {
                    Some(wait) => Attempt::RetryAt(now + Duration::minutes(*wait)),
                    None => Attempt::GiveUp,
                };
                store::record_attempt(conn, d.id, now, None, Some("signing secret unreadable"), outcome).await?;
                continue;
            }
        };
        let ts = now.timestamp();
        let result = client
            .post(&hook.url)
            .header("content-type", "application/json")
            .header("user-agent", "ctpat-portal-webhooks/1")
            .header("x-ctpat-event", &d.event)
            .header("x-ctpat-delivery", d.id.to_string())
            .header("x-ctpat-timestamp", ts.to_string())
            .header("x-ctpat-signature", format!("sha256={}", signature(&secret, ts, &d.payload)))
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

/// Resolves names to public addresses only (a name pointing into a private network is refused
/// when the delivery is made, not only when the URL was registered).
struct PublicOnly {
    allow_loopback: bool,
}

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let allow = self.allow_loopback;
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found = tokio::net::lookup_host((host.as_str(), 0)).await?;
            let ok: Vec<std::net::SocketAddr> = found.filter(|a| public_ip(a.ip(), allow)).collect();
            if ok.is_empty() {
                return Err("the name resolves to no public address".into());
            }
            Ok(Box::new(ok.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

pub fn client(allow_loopback: bool) -> reqwest::Client {
    reqwest::Client::builder()
        // A proxy from the environment would make the connection, past the address filter.
        .no_proxy()
        .timeout(std::time::Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(std::sync::Arc::new(PublicOnly { allow_loopback }))
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
        let client = client(app.settings.webhooks_allow_loopback_http);
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

#[cfg(test)]
mod tests {
    use super::public_ip;

    #[test]
    fn only_public_addresses() {
        for private in [
            "10.1.2.3",
            "192.168.0.1",
            "172.16.5.4",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::",
            "fd00::1",
            "fe80::1",
            "::ffff:10.0.0.1",
            // NAT64 and 6to4 wrapping private or loopback IPv4.
            "64:ff9b::10.0.0.1",
            "64:ff9b::7f00:1",
            "64:ff9b::a9fe:a9fe",
            "2002:0a00:0001::1",
            "2002:7f00:0001::1",
            "fec0::1",
            "198.18.0.1",
            "198.19.255.255",
            "192.0.0.8",
            "240.0.0.1",
            "255.255.255.254",
            "2001:db8::1",
            "100::1",
            // IPv4 inside: compatible and SIIT; tunnels: local-use NAT64 and Teredo.
            "::127.0.0.1",
            "::10.0.0.1",
            "::ffff:0:127.0.0.1",
            "::ffff:0:10.0.0.1",
            "64:ff9b:1::10.0.0.1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        ] {
            assert!(!public_ip(private.parse().unwrap(), false), "{private}");
        }
        assert!(!public_ip("127.0.0.1".parse().unwrap(), false));
        assert!(public_ip("127.0.0.1".parse().unwrap(), true), "loopback only by the test setting");
        for public in ["8.8.8.8", "2606:4700::1111", "64:ff9b::808:808", "2002:0808:0808::1", "198.20.0.1", "192.0.1.1"]
        {
            assert!(public_ip(public.parse().unwrap(), false), "{public}");
        }
    }

    #[test]
    fn internal_names_are_refused_with_or_without_the_root_dot() {
        for url in ["https://localhost./x", "https://metadata.google.internal./x", "https://a.localhost/x"] {
            assert!(!super::allowed_host(&reqwest::Url::parse(url).unwrap(), false), "{url}");
        }
        assert!(super::allowed_host(&reqwest::Url::parse("https://hooks.example.com./x").unwrap(), false));
    }

    #[tokio::test]
    async fn deliveries_ignore_proxies_named_in_the_environment() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.unwrap();
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf).await;
            let _ = s.write_all(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n").await;
        });
        // A proxy that would see (and could redirect) every delivery; nothing listens there.
        // SAFETY: no other test of this crate reads these variables or makes HTTP calls.
        unsafe {
            for var in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
                std::env::set_var(var, "http://127.0.0.1:9");
            }
        }
        let _ = rustls::crypto::ring::default_provider().install_default();
        let res = super::client(true).post(&url).body("{}").send().await.expect("delivered directly");
        assert_eq!(res.status().as_u16(), 204);
    }
}

/// A registered endpoint (never its signing secret).
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    pub id: i64,
    pub account_id: i64,
    pub url: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub created_by: Option<i64>,
    pub removed_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl From<WebhookRow> for Webhook {
    fn from(m: WebhookRow) -> Self {
        Webhook {
            id: m.id,
            account_id: m.account_id,
            url: m.url,
            created_at: m.created_at,
            created_by: m.created_by,
            removed_at: m.removed_at,
        }
    }
}

/// One delivery of an event to an endpoint, with its attempts.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivery {
    pub id: i64,
    pub webhook_id: i64,
    pub event: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub attempts: i32,
    pub next_attempt_at: chrono::DateTime<chrono::Utc>,
    pub delivered_at: Option<chrono::DateTime<chrono::Utc>>,
    pub failed_at: Option<chrono::DateTime<chrono::Utc>>,
    pub last_status: Option<i32>,
    pub last_error: Option<String>,
}

impl From<DeliveryRow> for Delivery {
    fn from(m: DeliveryRow) -> Self {
        Delivery {
            id: m.id,
            webhook_id: m.webhook_id,
            event: m.event,
            created_at: m.created_at,
            attempts: m.attempts,
            next_attempt_at: m.next_attempt_at,
            delivered_at: m.delivered_at,
            failed_at: m.failed_at,
            last_status: m.last_status,
            last_error: m.last_error,
        }
    }
}
