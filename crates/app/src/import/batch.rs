//! Rows gathered for multi-row inserts while an import walks its records.

use crate::error::Result;
use chrono::{DateTime, Utc};
use ctpat_domain::partner::lifecycle::Event;
use ctpat_store::ConnectionTrait;
use ctpat_store::audit::NewEvent;
use ctpat_store::imports::{self, NewLegacy, NewRecord};

/// What the accounts' children are written as, gathered for multi-row inserts.
#[derive(Default)]
pub(super) struct Batches {
    pub(crate) records: Vec<NewRecord>,
    pub(crate) legacy: Vec<NewLegacy>,
    pub(crate) events: Vec<imports::NewEvent>,
    pub(crate) identifiers: Vec<(i64, &'static str, String)>,
    pub(crate) bonds: Vec<(i64, ctpat_store::account_data::NewBond)>,
    pub(crate) addresses: Vec<(i64, ctpat_store::account_data::NewAddress, i32)>,
    pub(crate) audit: Vec<NewEvent>,
}

impl Batches {
    pub(super) async fn flush<C: ConnectionTrait>(
        &mut self,
        conn: &C,
        run_id: i64,
        by: i64,
        now: DateTime<Utc>,
    ) -> Result<()> {
        imports::insert_records(conn, run_id, &std::mem::take(&mut self.records)).await?;
        imports::insert_legacy(conn, &std::mem::take(&mut self.legacy)).await?;
        imports::insert_events(conn, &std::mem::take(&mut self.events)).await?;
        imports::insert_identifiers(conn, &std::mem::take(&mut self.identifiers)).await?;
        imports::insert_bonds(conn, &std::mem::take(&mut self.bonds), by, now).await?;
        imports::insert_addresses(conn, &std::mem::take(&mut self.addresses)).await?;
        ctpat_store::audit::append_many(conn, std::mem::take(&mut self.audit)).await?;
        Ok(())
    }
}

pub(super) fn event_rows(account_id: i64, events: &[(Event, DateTime<Utc>)], by: i64) -> Vec<imports::NewEvent> {
    events
        .iter()
        .enumerate()
        .map(|(i, (e, at))| imports::NewEvent {
            account_id,
            seq: i as i32 + 1,
            kind: e.kind(),
            data: serde_json::to_string(e).unwrap_or_default(),
            at: *at,
            actor_id: Some(by),
        })
        .collect()
}

pub(super) fn legacy_rows(
    account_id: i64,
    sheet: &'static str,
    legacy_id: &str,
    o: &super::parse::Origin,
    values: &[(String, String)],
) -> Vec<NewLegacy> {
    values
        .iter()
        .map(|(name, value)| NewLegacy {
            account_id,
            sheet,
            legacy_id: legacy_id.to_string(),
            name: name.clone(),
            value: value.clone(),
            file: o.file.clone(),
            line: o.line as i32,
        })
        .collect()
}
