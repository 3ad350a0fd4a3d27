//! Imports of legacy records: the runs, the record each legacy row became, the legacy columns
//! kept with their account, and the bulk writes an import of 100,000 rows needs (children of
//! the accounts go in batches; an account and its organization one at a time, for their ids).

use crate::account_data::NewAddress;
use crate::entity::{
    account_address, account_event, account_identifier, import_record, import_run, legacy_field, partner_account,
    svi_connection,
};
use crate::error::Result;
use chrono::{DateTime, Utc};
use ctpat_domain::partner::account::Projection;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use std::collections::HashMap;

mod write;
pub use write::*;

pub use import_record::Model as RecordRow;
pub use import_run::Model as RunRow;
pub use legacy_field::Model as LegacyRow;

/// Rows per multi-row insert (well under PostgreSQL's 65,535 parameters).
pub(crate) const BATCH: usize = 500;

pub struct NewRun<'a> {
    pub files: &'a str,
    pub by: i64,
    pub at: DateTime<Utc>,
    pub missing_data: &'a str,
    pub notice_days: i32,
}

pub async fn insert_run<C: ConnectionTrait>(conn: &C, r: NewRun<'_>) -> Result<i64> {
    Ok(import_run::ActiveModel {
        files: Set(r.files.to_string()),
        by_user: Set(r.by),
        at: Set(r.at),
        missing_data: Set(r.missing_data.to_string()),
        notice_days: Set(r.notice_days),
        created: Set(0),
        updated: Set(0),
        unchanged: Set(0),
        lacking: Set(0),
        quality_csv: Set(String::new()),
        ..Default::default()
    }
    .insert(conn)
    .await?
    .id)
}

pub struct RunCounts {
    pub created: i32,
    pub updated: i32,
    pub unchanged: i32,
    pub lacking: i32,
}

pub async fn finish_run<C: ConnectionTrait>(conn: &C, id: i64, c: RunCounts, quality_csv: String) -> Result<()> {
    import_run::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        created: Set(c.created),
        updated: Set(c.updated),
        unchanged: Set(c.unchanged),
        lacking: Set(c.lacking),
        quality_csv: Set(quality_csv),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

/// The newest runs, without their reports.
pub async fn runs<C: ConnectionTrait>(conn: &C, limit: u64) -> Result<Vec<RunRow>> {
    Ok(import_run::Entity::find().order_by_desc(import_run::Column::Id).limit(limit).all(conn).await?)
}

pub async fn run<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<RunRow>> {
    Ok(import_run::Entity::find_by_id(id).one(conn).await?)
}

/// Every record of one sheet, by legacy id (one query: an import compares each row with it).
pub async fn records<C: ConnectionTrait>(conn: &C, sheet: &str) -> Result<HashMap<String, RecordRow>> {
    let rows = import_record::Entity::find().filter(import_record::Column::Sheet.eq(sheet)).all(conn).await?;
    Ok(rows.into_iter().map(|r| (r.legacy_id.clone(), r)).collect())
}

/// The records an account came from (its own row, its contacts', addresses', connections').
pub async fn records_of<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<RecordRow>> {
    Ok(import_record::Entity::find()
        .filter(import_record::Column::AccountId.eq(account_id))
        .order_by_asc(import_record::Column::Id)
        .all(conn)
        .await?)
}

pub async fn legacy_of<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<LegacyRow>> {
    Ok(legacy_field::Entity::find()
        .filter(legacy_field::Column::AccountId.eq(account_id))
        .order_by_asc(legacy_field::Column::Id)
        .all(conn)
        .await?)
}

#[derive(Debug, Clone)]
pub struct NewRecord {
    pub sheet: &'static str,
    pub legacy_id: String,
    pub target_id: i64,
    pub account_id: i64,
    pub file: String,
    pub line: i32,
    pub data: String,
    pub history_events: i32,
}

pub async fn insert_records<C: ConnectionTrait>(conn: &C, run_id: i64, list: &[NewRecord]) -> Result<()> {
    for chunk in list.chunks(BATCH) {
        let rows = chunk.iter().map(|r| import_record::ActiveModel {
            sheet: Set(r.sheet.to_string()),
            legacy_id: Set(r.legacy_id.clone()),
            target_id: Set(r.target_id),
            account_id: Set(r.account_id),
            file: Set(r.file.clone()),
            line: Set(r.line),
            run_id: Set(run_id),
            data: Set(r.data.clone()),
            history_events: Set(r.history_events),
            ..Default::default()
        });
        import_record::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    Ok(())
}

/// A record seen again with changed values: where it now comes from, and its new values.
pub async fn update_record<C: ConnectionTrait>(conn: &C, id: i64, run_id: i64, r: &NewRecord) -> Result<()> {
    import_record::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        file: Set(r.file.clone()),
        line: Set(r.line),
        run_id: Set(run_id),
        data: Set(r.data.clone()),
        history_events: Set(r.history_events),
        ..Default::default()
    }
    .update(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct NewLegacy {
    pub account_id: i64,
    pub sheet: &'static str,
    pub legacy_id: String,
    pub name: String,
    pub value: String,
    pub file: String,
    pub line: i32,
}

pub async fn insert_legacy<C: ConnectionTrait>(conn: &C, list: &[NewLegacy]) -> Result<()> {
    for chunk in list.chunks(BATCH) {
        let rows = chunk.iter().map(|l| legacy_field::ActiveModel {
            account_id: Set(l.account_id),
            sheet: Set(l.sheet.to_string()),
            legacy_id: Set(l.legacy_id.clone()),
            name: Set(l.name.clone()),
            value: Set(l.value.clone()),
            file: Set(l.file.clone()),
            line: Set(l.line),
            ..Default::default()
        });
        legacy_field::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    Ok(())
}

/// Replace the legacy columns one record brought (a corrected file's values win).
pub async fn replace_legacy<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    sheet: &str,
    legacy_id: &str,
    list: &[NewLegacy],
) -> Result<()> {
    legacy_field::Entity::delete_many()
        .filter(legacy_field::Column::AccountId.eq(account_id))
        .filter(legacy_field::Column::Sheet.eq(sheet))
        .filter(legacy_field::Column::LegacyId.eq(legacy_id))
        .exec(conn)
        .await?;
    insert_legacy(conn, list).await
}

/// An organization and its first account, as imported: the account's projection comes from
/// its imported history.
pub struct NewImported<'a> {
    pub organization_id: Option<i64>,
    pub org: crate::orgs::NewOrg<'a>,
    pub entity_type: &'a str,
    pub svi_number: Option<String>,
    pub field_office_id: Option<i64>,
    pub projection: Projection,
}

/// Insert the organization (unless it exists) and the account; returns (organization, account).
pub async fn insert_account<C: ConnectionTrait>(
    conn: &C,
    a: NewImported<'_>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<(i64, i64)> {
    let org_id = match a.organization_id {
        Some(id) => id,
        None => crate::orgs::insert_org(conn, a.org, by, now).await?.id,
    };
    let p = a.projection;
    let id = partner_account::ActiveModel {
        organization_id: Set(Some(org_id)),
        entity_type: Set(a.entity_type.to_string()),
        status: Set(p.status.key().to_string()),
        tier: Set(p.tier),
        svi_number: Set(a.svi_number),
        assigned_scss_id: Set(p.assigned_scss_id),
        field_office_id: Set(a.field_office_id),
        wizard_step: Set("done".into()),
        created_by: Set(by),
        created_at: Set(now),
        updated_at: Set(now),
        applied_on: Set(p.applied_on),
        certified_on: Set(p.certified_on),
        validated_on: Set(p.validated_on),
        next_validation_due: Set(p.next_validation_due),
        annual_review_due: Set(p.annual_review_due),
        next_deadline: Set(p.next_deadline),
        response_due: Set(p.response_due),
        pending_decision: Set(p.pending_decision),
        event_count: Set(p.event_count),
        version: Set(0),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(crate::error::StoreError::from_db)?
    .id;
    Ok((org_id, id))
}

#[derive(Debug, Clone)]
pub struct NewEvent {
    pub account_id: i64,
    pub seq: i32,
    pub kind: &'static str,
    pub data: String,
    pub at: DateTime<Utc>,
    pub actor_id: Option<i64>,
}

pub async fn insert_events<C: ConnectionTrait>(conn: &C, list: &[NewEvent]) -> Result<()> {
    for chunk in list.chunks(BATCH) {
        let rows = chunk.iter().map(|e| account_event::ActiveModel {
            account_id: Set(e.account_id),
            seq: Set(e.seq),
            kind: Set(e.kind.to_string()),
            data: Set(e.data.clone()),
            at: Set(e.at),
            actor_id: Set(e.actor_id),
            ..Default::default()
        });
        account_event::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    Ok(())
}

/// Replace an account's whole history (a corrected legacy history, while the portal has added
/// nothing to it).
pub async fn replace_events<C: ConnectionTrait>(conn: &C, account_id: i64, list: &[NewEvent]) -> Result<()> {
    account_event::Entity::delete_many().filter(account_event::Column::AccountId.eq(account_id)).exec(conn).await?;
    insert_events(conn, list).await
}

pub async fn insert_identifiers<C: ConnectionTrait>(conn: &C, list: &[(i64, &'static str, String)]) -> Result<()> {
    for chunk in list.chunks(BATCH) {
        let rows = chunk.iter().map(|(account_id, kind, value)| account_identifier::ActiveModel {
            account_id: Set(*account_id),
            kind: Set(kind.to_string()),
            value: Set(value.clone()),
            ..Default::default()
        });
        account_identifier::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    Ok(())
}

pub async fn insert_bonds<C: ConnectionTrait>(
    conn: &C,
    list: &[(i64, crate::account_data::NewBond)],
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    for chunk in list.chunks(BATCH) {
        let rows = chunk.iter().map(|(account_id, b)| crate::account_data::bond_model(*account_id, b, by, now));
        crate::entity::bond::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    Ok(())
}

/// Addresses as (account, address, position).
pub async fn insert_addresses<C: ConnectionTrait>(conn: &C, list: &[(i64, NewAddress, i32)]) -> Result<()> {
    for chunk in list.chunks(BATCH) {
        let rows =
            chunk.iter().map(|(account_id, a, position)| crate::account_data::address_model(*account_id, a, *position));
        account_address::Entity::insert_many(rows).exec_without_returning(conn).await?;
    }
    Ok(())
}

/// Accepted connections as (requester, target, since); returns none of their ids (a
/// connection's record is found again by its two accounts).
pub async fn insert_connections<C: ConnectionTrait>(
    conn: &C,
    list: &[(i64, i64, DateTime<Utc>)],
    by: i64,
) -> Result<()> {
    for chunk in list.chunks(BATCH) {
        let rows = chunk.iter().map(|(a, b, at)| svi_connection::ActiveModel {
            requester_id: Set(*a),
            target_id: Set(*b),
            low_id: Set((*a).min(*b)),
            high_id: Set((*a).max(*b)),
            status: Set("accepted".into()),
            requested_at: Set(*at),
            requested_by: Set(Some(by)),
            accepted_at: Set(Some(*at)),
            accepted_by: Set(Some(by)),
            ..Default::default()
        });
        svi_connection::Entity::insert_many(rows)
            .exec_without_returning(conn)
            .await
            .map_err(crate::error::StoreError::from_db)?;
    }
    Ok(())
}
