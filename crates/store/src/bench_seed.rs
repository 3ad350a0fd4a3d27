//! Synthetic data for `bench/run`: many certified accounts with SVI numbers and connections,
//! inserted in large batches (it bypasses the use cases on purpose: it is load, not history,
//! and writes no audit events).

use crate::entity::{organization, partner_account, svi_connection};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait, Set};

const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// The `i`-th synthetic SVI number (distinct for distinct `i`; body starts with `Z` so it never
/// meets a number the portal gives at random in a fresh bench database).
pub fn number(i: u64) -> String {
    let mut body = [b'2'; 7];
    let mut n = i;
    for c in body.iter_mut().rev() {
        *c = ALPHABET[(n % 31) as usize];
        n /= 31;
    }
    format!("SVI-Z{}", std::str::from_utf8(&body).unwrap_or("2222222"))
}

pub struct Seeded {
    /// The account the benchmark calls as (connected to `viewer_partners` accounts).
    pub viewer_id: i64,
    pub viewer_number: String,
    /// SVI numbers of the viewer's connected partners.
    pub partner_numbers: Vec<String>,
    pub accounts: u64,
    pub connections: u64,
}

/// Insert `accounts` accounts (one organization each, status certified, tier 1); each account
/// `i` is connected to `i+1`, and the first to `viewer_partners` others.
pub async fn seed<C: ConnectionTrait>(
    conn: &C,
    accounts: u64,
    viewer_partners: u64,
    created_by: i64,
    now: DateTime<Utc>,
) -> Result<Seeded> {
    const BATCH: u64 = 500;
    let mut first_id = None;
    let mut i = 0;
    while i < accounts {
        let end = (i + BATCH).min(accounts);
        let orgs = (i..end).map(|k| organization::ActiveModel {
            name: Set(format!("Bench Company {k:06}")),
            created_by: Set(created_by),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(0),
            ..Default::default()
        });
        let last_org = organization::Entity::insert_many(orgs).exec(conn).await?.last_insert_id;
        let first_org = last_org.map(|l| l - (end - i) as i64 + 1).unwrap_or_default();
        let rows = (i..end).map(|k| partner_account::ActiveModel {
            organization_id: Set(Some(first_org + (k - i) as i64)),
            entity_type: Set("importer".into()),
            status: Set("certified".into()),
            tier: Set(Some(1)),
            svi_number: Set(Some(number(k))),
            wizard_step: Set("done".into()),
            created_by: Set(created_by),
            created_at: Set(now),
            updated_at: Set(now),
            certified_on: Set(Some(now)),
            event_count: Set(0),
            version: Set(0),
            ..Default::default()
        });
        let last = partner_account::Entity::insert_many(rows).exec(conn).await?.last_insert_id.unwrap_or_default();
        if first_id.is_none() {
            first_id = Some(last - (end - i) as i64 + 1);
        }
        i = end;
    }
    let base = first_id.unwrap_or_default();
    let id_of = |k: u64| base + k as i64;
    let mut pairs: Vec<(i64, i64)> = (0..accounts.saturating_sub(1)).map(|k| (id_of(k), id_of(k + 1))).collect();
    let viewer_partners = viewer_partners.min(accounts.saturating_sub(2));
    pairs.extend((2..2 + viewer_partners).map(|k| (id_of(0), id_of(k))));
    for chunk in pairs.chunks(BATCH as usize) {
        let rows = chunk.iter().map(|(a, b)| svi_connection::ActiveModel {
            requester_id: Set(*a),
            target_id: Set(*b),
            low_id: Set((*a).min(*b)),
            high_id: Set((*a).max(*b)),
            status: Set("accepted".into()),
            requested_at: Set(now),
            requested_by: Set(None),
            accepted_at: Set(Some(now)),
            accepted_by: Set(None),
            ..Default::default()
        });
        svi_connection::Entity::insert_many(rows).exec(conn).await?;
    }
    let mut partner_numbers: Vec<String> = vec![number(1)];
    partner_numbers.extend((2..2 + viewer_partners).map(number));
    Ok(Seeded {
        viewer_id: id_of(0),
        viewer_number: number(0),
        partner_numbers,
        accounts,
        connections: pairs.len() as u64,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_distinct_and_valid_shape() {
        let a: std::collections::HashSet<String> = (0..50_000).map(super::number).collect();
        assert_eq!(a.len(), 50_000);
        assert!(a.iter().all(|n| n.len() == 12 && n.starts_with("SVI-Z")));
    }
}
