//! Rate limits kept in memory by key (API token, partner account, client address), with
//! `governor`'s GCRA buckets. Per server: with several servers behind a balancer each keeps
//! its own, so the effective limit is the sum; the database-backed account lock still holds
//! across all of them.

use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};
use std::hash::Hash;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

/// Keys remembered before the idle ones are dropped.
const RETAIN_AFTER: usize = 10_000;

#[derive(Clone)]
pub struct KeyedLimit<K: Hash + Eq + Clone> {
    limiter: Arc<RateLimiter<K, DefaultKeyedStateStore<K>, DefaultClock>>,
    clock: DefaultClock,
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n.max(1)).expect("at least 1")
}

impl<K: Hash + Eq + Clone> KeyedLimit<K> {
    /// `per_second` calls a second on average, `burst` at once.
    pub fn per_second(per_second: u32, burst: u32) -> KeyedLimit<K> {
        Self::with(Quota::per_second(nz(per_second)).allow_burst(nz(burst)))
    }

    /// `per_hour` calls an hour on average, `burst` at once.
    pub fn per_hour(per_hour: u32, burst: u32) -> KeyedLimit<K> {
        let every = Duration::from_secs(3600) / per_hour.max(1);
        Self::with(Quota::with_period(every).expect("a period").allow_burst(nz(burst)))
    }

    fn with(quota: Quota) -> KeyedLimit<K> {
        let clock = DefaultClock::default();
        KeyedLimit {
            limiter: Arc::new(RateLimiter::new(quota, DefaultKeyedStateStore::default(), clock.clone())),
            clock,
        }
    }

    /// Take one call for `key`, or say how many whole seconds to wait.
    pub fn check(&self, key: &K) -> Result<(), u64> {
        if self.limiter.len() > RETAIN_AFTER {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(key)
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()).as_secs_f64().ceil().max(1.0) as u64)
    }
}

/// API calls: each token within its quota, and the sum over an account's tokens within the
/// same quota, so making more tokens buys no more calls.
#[derive(Clone)]
pub struct Limiter {
    tokens: KeyedLimit<i64>,
    accounts: KeyedLimit<i64>,
}

impl Limiter {
    pub fn new(per_second: u32, burst: u32) -> Limiter {
        Limiter {
            tokens: KeyedLimit::per_second(per_second, burst),
            accounts: KeyedLimit::per_second(per_second, burst),
        }
    }

    /// Take one call of `token` of `account`, or say how many seconds to wait.
    pub fn check(&self, token: i64, account: i64) -> Result<(), u64> {
        self.tokens.check(&token)?;
        self.accounts.check(&account)
    }
}

/// Limits of signed-in pages, per person.
#[derive(Clone)]
pub struct PageLimits {
    /// Searches of the SVI directory by name: enough to find partners, too few to list it.
    pub svi_search: KeyedLimit<i64>,
}

impl PageLimits {
    pub fn new(settings: &ctpat_app::Settings) -> PageLimits {
        PageLimits { svi_search: KeyedLimit::per_hour(settings.svi_searches_per_hour, settings.svi_search_burst) }
    }
}

/// Form posts a visitor could repeat to guess passwords or codes, to open accounts, or to make
/// the portal send mail: limited per client address, before any work is done.
const CLIENT_LIMITED: &[&str] = &[
    "/login",
    "/login/mfa",
    "/signup",
    "/password/forgot",
    "/password/reset",
    "/verify-email",
    "/invitation",
    "/join",
    "/accounts/{id}/contacts/{cid}/invite",
    "/accounts/{id}/svi/email-status",
    "/admin/staff",
];

/// The limit per client address (an IPv6 client by its /64, which one subscriber holds whole).
#[derive(Clone)]
pub struct ClientLimit(KeyedLimit<std::net::IpAddr>);

impl ClientLimit {
    pub fn new(settings: &ctpat_app::Settings) -> ClientLimit {
        let per_hour = settings.client_posts_per_minute.saturating_mul(60);
        ClientLimit(KeyedLimit::per_hour(per_hour, settings.client_burst))
    }
}

fn client_key(ip: std::net::IpAddr) -> std::net::IpAddr {
    match ip {
        std::net::IpAddr::V6(v6) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            std::net::IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        std::net::IpAddr::V6(v6) => std::net::IpAddr::V4(v6.to_ipv4_mapped().expect("mapped")),
        v4 => v4,
    }
}

pub async fn per_client(
    axum::extract::State(limit): axum::extract::State<ClientLimit>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::extract::{ConnectInfo, MatchedPath};
    let limited = req.method() == axum::http::Method::POST
        && req.extensions().get::<MatchedPath>().is_some_and(|p| CLIENT_LIMITED.contains(&p.as_str()));
    let ip = req.extensions().get::<ConnectInfo<std::net::SocketAddr>>().map(|c| client_key(c.0.ip()));
    if let (true, Some(ip)) = (limited, ip)
        && let Err(wait) = limit.0.check(&ip)
    {
        tracing::warn!(path = %req.uri().path(), wait, "client over its form limit");
        let text = crate::page::request_lang().t_args("error-429-body", &[("seconds", wait.to_string())]);
        let mut res =
            crate::page::bare_page(axum::http::StatusCode::TOO_MANY_REQUESTS, "error-429-title", &[text], false);
        if let Ok(v) = axum::http::HeaderValue::from_str(&wait.to_string()) {
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, v);
        }
        return res;
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv6_client_is_known_by_its_64_prefix() {
        let a: std::net::IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: std::net::IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        assert_eq!(client_key(a), client_key(b));
        let mapped: std::net::IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(client_key(mapped), "192.0.2.7".parse::<std::net::IpAddr>().unwrap());
    }

    #[test]
    fn a_token_gets_its_burst_then_waits() {
        let l = Limiter::new(1, 3);
        assert!(l.check(7, 1).is_ok() && l.check(7, 1).is_ok() && l.check(7, 1).is_ok());
        assert_eq!(l.check(7, 1), Err(1));
        assert!(l.check(8, 2).is_ok(), "buckets are per token");
    }

    #[test]
    fn the_tokens_of_one_account_share_its_quota() {
        let l = Limiter::new(1, 3);
        assert!(l.check(1, 9).is_ok() && l.check(2, 9).is_ok() && l.check(3, 9).is_ok());
        assert_eq!(l.check(4, 9), Err(1), "a fourth token of the account waits with the others");
    }
}
