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

#[cfg(test)]
mod tests {
    use super::*;

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
