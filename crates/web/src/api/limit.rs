//! Rate limits per API token: a token bucket in memory (per server; a shared limit across
//! servers would need the database or a cache, which the single-binary deployment avoids).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

#[derive(Clone)]
pub struct Limiter {
    rate: f64,
    burst: f64,
    buckets: Arc<Mutex<HashMap<i64, (f64, Instant)>>>,
}

impl Limiter {
    pub fn new(per_second: u32, burst: u32) -> Limiter {
        Limiter {
            rate: f64::from(per_second.max(1)),
            burst: f64::from(burst.max(1)),
            buckets: Arc::new(Mutex::new(HashMap::new())),
        }
    }

    /// Take one call from the token's bucket, or say how many seconds to wait.
    pub fn check(&self, token: i64) -> Result<(), u64> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let (level, at) = buckets.entry(token).or_insert((self.burst, now));
        *level = (*level + now.duration_since(*at).as_secs_f64() * self.rate).min(self.burst);
        *at = now;
        if *level >= 1.0 {
            *level -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *level) / self.rate).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burst_then_wait() {
        let l = Limiter::new(1, 3);
        assert!(l.check(7).is_ok() && l.check(7).is_ok() && l.check(7).is_ok());
        assert_eq!(l.check(7), Err(1));
        assert!(l.check(8).is_ok(), "buckets are per token");
    }
}
