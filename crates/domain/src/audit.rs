//! The audit chain's hashing rule. Each event's hash is SHA-256 over the previous event's hash
//! (32 raw bytes) followed by the event's canonical JSON. Changing, removing or reordering any
//! stored event breaks the chain from that point on.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Hash that precedes the first event.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Denied,
    Failed,
}

impl Outcome {
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Denied => "denied",
            Outcome::Failed => "failed",
        }
    }
}

/// The fields that are hashed, in a fixed order. `before`/`after` are already canonical JSON
/// text (objects with sorted keys) so that both database engines store the exact bytes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CanonicalEvent<'a> {
    pub seq: i64,
    pub at: String,
    pub actor_id: Option<i64>,
    pub actor: Option<&'a str>,
    pub role: Option<&'a str>,
    pub account_id: Option<i64>,
    pub action: &'a str,
    pub object_type: Option<&'a str>,
    pub object_id: Option<&'a str>,
    pub outcome: &'a str,
    pub request_id: Option<&'a str>,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    /// Left out when absent, so events from before these fields existed hash as they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_agent: Option<&'a str>,
}

/// The timestamp as hashed: RFC 3339, UTC, microseconds (what both engines keep).
pub fn canonical_time(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// `hex(SHA-256(prev_hash ‖ canonical JSON))`. A malformed `prev_hash` hashes as its text,
/// which can never match a correctly written chain.
pub fn chain_hash(prev_hash: &str, event: &CanonicalEvent<'_>) -> String {
    let mut h = Sha256::new();
    match hex::decode(prev_hash) {
        Ok(bytes) if bytes.len() == 32 => h.update(&bytes),
        _ => h.update(prev_hash.as_bytes()),
    }
    h.update(serde_json::to_vec(event).expect("canonical event serialises"));
    hex::encode(h.finalize())
}

/// Canonical JSON for a before/after snapshot: object keys sorted, no whitespace.
pub fn canonical_json(value: &serde_json::Value) -> String {
    // serde_json's default map is a BTreeMap, so keys come out sorted.
    let sorted: serde_json::Value = serde_json::from_str(&value.to_string()).expect("valid json");
    sorted.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn event(seq: i64, action: &str) -> CanonicalEvent<'_> {
        CanonicalEvent {
            seq,
            at: canonical_time(Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap()),
            actor_id: Some(7),
            actor: Some("ana@example.com"),
            role: Some("officer"),
            account_id: None,
            action,
            object_type: Some("user"),
            object_id: Some("7"),
            outcome: "ok",
            request_id: Some("r-1"),
            before: None,
            after: Some(r#"{"a":1}"#),
            ip: None,
            user_agent: None,
        }
    }

    #[test]
    fn events_without_a_client_hash_as_before_the_client_fields_existed() {
        // The hash of this event as written by earlier releases (no `ip`, `user_agent` keys).
        let json = serde_json::to_string(&event(1, "login")).unwrap();
        assert!(!json.contains("\"ip\"") && !json.contains("user_agent"), "{json}");
        let with_client = CanonicalEvent { ip: Some("192.0.2.7"), user_agent: Some("Firefox"), ..event(1, "login") };
        assert_ne!(chain_hash(GENESIS_HASH, &with_client), chain_hash(GENESIS_HASH, &event(1, "login")));
    }

    #[test]
    fn hash_depends_on_prev_and_content() {
        let a = chain_hash(GENESIS_HASH, &event(1, "login"));
        assert_eq!(a.len(), 64);
        assert_eq!(a, chain_hash(GENESIS_HASH, &event(1, "login")));
        assert_ne!(a, chain_hash(GENESIS_HASH, &event(1, "logout")));
        assert_ne!(a, chain_hash(&a, &event(1, "login")));
        assert_ne!(a, chain_hash(GENESIS_HASH, &event(2, "login")));
    }

    #[test]
    fn time_has_microseconds() {
        let t = Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        assert_eq!(canonical_time(t), "2026-01-02T03:04:05.000000Z");
    }

    #[test]
    fn json_keys_sorted() {
        let v = serde_json::json!({"b": 1, "a": {"d": 2, "c": 3}});
        assert_eq!(canonical_json(&v), r#"{"a":{"c":3,"d":2},"b":1}"#);
    }
}
