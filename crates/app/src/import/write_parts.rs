//! Writing the parts of a plan other than new accounts: corrected accounts, contacts (and the
//! logins of those who have one), addresses and SVI connections; and reading back where an
//! account's data came from.

use super::batch::{Batches, event_rows, legacy_rows};
use super::check::Planned;
use super::correct;
use super::records::{AccountRecord, AddressRecord, ConnectionRecord, ContactRecord};
use super::{Counts, Progress, columns};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::lifecycle::projection_of;
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome as AuditOutcome;
use ctpat_domain::partner::identifiers::IdentifierKind;
use ctpat_domain::partner::lifecycle::{Event, Snapshot};
use ctpat_store::ConnectionTrait;
use ctpat_store::account_data::{self, NewContact};
use ctpat_store::imports::{self, NewRecord};
use serde_json::json;
use std::collections::{BTreeMap, HashMap};

use correct::Changed;

fn changed_json(changed: &Changed) -> (serde_json::Value, serde_json::Value) {
    let before: serde_json::Map<String, serde_json::Value> =
        changed.iter().map(|(k, (a, _))| (k.clone(), json!(a))).collect();
    let after: serde_json::Map<String, serde_json::Value> =
        changed.iter().map(|(k, (_, b))| (k.clone(), json!(b))).collect();
    (before.into(), after.into())
}

fn record(
    sheet: &'static str,
    legacy_id: &str,
    o: &super::parse::Origin,
    data: &BTreeMap<String, String>,
    target_id: i64,
    account_id: i64,
    history_events: i32,
) -> NewRecord {
    NewRecord {
        sheet,
        legacy_id: legacy_id.to_string(),
        target_id,
        account_id,
        file: o.file.clone(),
        line: o.line as i32,
        data: serde_json::to_string(data).unwrap_or_default(),
        history_events,
    }
}

/// Apply what a corrected row changes, column group by column group, leaving alone what the
/// partner or staff changed in the portal in columns the file did not change.
#[allow(clippy::too_many_arguments)]
pub(super) async fn update_account<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    run_id: i64,
    row: &Planned<AccountRecord>,
    events: &[(Event, DateTime<Utc>)],
    office: Option<i64>,
    b: &mut Batches,
) -> Result<()> {
    let (rec, old, ch) = (&row.rec, row.existing.as_ref().ok_or(Error::NotFound)?, &row.changed);
    let now = app.now();
    let id = old.target_id;
    let any = |cols: &[&str]| cols.iter().any(|c| ch.contains_key(*c));
    let account =
        ctpat_store::accounts::find(txn, ctpat_store::accounts::Scope::Program, id).await?.ok_or(Error::NotFound)?;
    if any(&["organization_name", "dba", "phone", "website"])
        && let Some(org) = match account.organization_id {
            Some(o) => ctpat_store::orgs::org(txn, o).await?,
            None => None,
        }
    {
        correct::organization(txn, &org, rec, ch, now).await?;
    }
    for kind in IdentifierKind::ALL.into_iter().filter(|k| ch.contains_key(k.key())) {
        let v = rec.identifiers.iter().find(|(k, _)| *k == kind).map(|(_, v)| v.as_str());
        imports::set_identifier(txn, id, kind.key(), v).await?;
    }
    if any(&["bond_number", "bond_type", "bond_surety", "bond_effective_on"]) {
        correct::bond(txn, id, rec, ch, actor.user.id, now).await?;
    }
    if any(&["hq_line1", "hq_line2", "hq_city", "hq_region", "hq_postal_code", "hq_country", "hq_staffed"]) {
        correct::hq(txn, id, rec, ch).await?;
    }
    if ch.contains_key("field_office") || (ch.contains_key("scss_email") && account.field_office_id != office) {
        ctpat_store::accounts::set_office(txn, id, office, now).await?;
    }
    let history_changed = ch.keys().any(|k| columns::HISTORY.contains(&k.as_str()));
    if history_changed {
        // Checked again under the row's lock: a lifecycle step taken since the plan was made
        // must not be deleted with the imported history.
        ctpat_store::accounts::lock(txn, id).await?;
        let now_count =
            ctpat_store::accounts::find(txn, ctpat_store::accounts::Scope::Program, id).await?.map(|a| a.event_count);
        if now_count != Some(old.history_events) {
            return Err(Error::Refused(ctpat_domain::Problem::new("err-import-history-changed")));
        }
        let t = app.timers();
        imports::replace_events(txn, id, &event_rows(id, events, actor.user.id)).await?;
        let s = Snapshot::replay(events.iter().map(|(e, at)| (e, *at)), &t);
        let svi = match &account.svi_number {
            None if s.status.is_active() => Some(crate::partner::lifecycle::new_svi_number(txn).await?),
            _ => None,
        };
        let current = ctpat_store::accounts::find(txn, ctpat_store::accounts::Scope::Program, id)
            .await?
            .ok_or(Error::NotFound)?;
        ctpat_store::accounts::project(txn, &current, projection_of(&s, &t, svi, events.len() as i32), now).await?;
    }
    if ch.keys().any(|k| !columns::is_known("accounts", k)) {
        let rows = legacy_rows(id, "accounts", &rec.legacy_id, &rec.origin, &rec.legacy);
        imports::replace_legacy(txn, id, "accounts", &rec.legacy_id, &rows).await?;
    }
    let history_events = if history_changed { events.len() as i32 } else { old.history_events };
    imports::update_record(
        txn,
        old.id,
        run_id,
        &record("accounts", &rec.legacy_id, &rec.origin, &rec.data, id, id, history_events),
    )
    .await?;
    let (before, after) = changed_json(ch);
    b.audit.push(
        for_account(audit::by(actor, now, "import.account_updated", AuditOutcome::Ok), id)
            .object("account", id)
            .before(before)
            .after(json!({"run": run_id, "file": rec.origin.file, "line": rec.origin.line, "values": after})),
    );
    Ok(())
}

fn new_contact(c: &ContactRecord) -> NewContact {
    NewContact {
        name: c.name.clone(),
        email: c.email.clone(),
        phone: c.phone.clone(),
        title: c.title.clone(),
        role: c.role.map(|r| r.key().to_string()),
        is_primary: c.primary,
        is_alternate: c.alternate,
    }
}

/// Contacts, new and corrected; a contact with a login gets a person (found by e-mail, or
/// created without a password: they choose one through "forgot password") who is a member
/// of the account in the contact's role. Returns the counts and how many people were created.
#[allow(clippy::too_many_arguments)]
pub(super) async fn contacts<C: ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    run_id: i64,
    list: Vec<Planned<ContactRecord>>,
    ids: &HashMap<String, i64>,
    progress: &dyn Progress,
    b: &mut Batches,
    now: DateTime<Utc>,
) -> Result<(Counts, u32)> {
    progress.stage("contacts", list.len() as u64);
    let mut counts = Counts::default();
    let mut users = 0;
    for p in list {
        progress.advance(1);
        let c = &p.rec;
        let Some(&account_id) = ids.get(&c.account) else { continue };
        let contact_id = match &p.existing {
            Some(_) if p.changed.is_empty() => {
                counts.unchanged += 1;
                continue;
            }
            Some(old) => {
                let rows = account_data::contacts(txn, account_id).await?;
                let Some(row) = rows.iter().find(|r| r.id == old.target_id) else { continue };
                let corrected = correct::contact(row, c, &p.changed);
                // An invitation sent for the contact as it was no longer stands.
                if corrected.role != row.role || !corrected.email.eq_ignore_ascii_case(&row.email) {
                    account_data::end_invitations_of_contact(txn, row.id, now).await?;
                }
                account_data::update_contact(txn, row, &corrected, now).await?;
                let kept = legacy_rows(account_id, "contacts", &c.legacy_id, &c.origin, &c.legacy);
                imports::replace_legacy(txn, account_id, "contacts", &c.legacy_id, &kept).await?;
                imports::update_record(
                    txn,
                    old.id,
                    run_id,
                    &record("contacts", &c.legacy_id, &c.origin, &c.data, row.id, account_id, 0),
                )
                .await?;
                let (before, after) = changed_json(&p.changed);
                b.audit.push(
                    for_account(audit::by(actor, now, "import.contact_updated", AuditOutcome::Ok), account_id)
                        .object("contact", row.id)
                        .before(before)
                        .after(json!({"run": run_id, "file": c.origin.file, "line": c.origin.line, "values": after})),
                );
                counts.updated += 1;
                row.id
            }
            None => {
                let row = account_data::insert_contact(txn, account_id, &new_contact(c), now).await?;
                b.legacy.extend(legacy_rows(account_id, "contacts", &c.legacy_id, &c.origin, &c.legacy));
                b.records.push(record("contacts", &c.legacy_id, &c.origin, &c.data, row.id, account_id, 0));
                b.audit.push(
                    for_account(audit::by(actor, now, "import.contact_created", AuditOutcome::Ok), account_id)
                        .object("contact", row.id)
                        .after(json!({"run": run_id, "legacy_id": c.legacy_id, "file": c.origin.file, "line": c.origin.line})),
                );
                counts.created += 1;
                row.id
            }
        };
        // A login is given when the contact first comes in (or when a corrected file turns it
        // on); a later run never gives back a membership the company has since removed.
        let login_now = p.existing.is_none() || p.changed.contains_key("login");
        if let (true, true, Some(role)) = (login_now, c.login, c.role) {
            let user = match ctpat_store::users::find_by_email(txn, &c.email).await? {
                Some(u) => u,
                None => {
                    users += 1;
                    ctpat_store::users::insert(
                        txn,
                        ctpat_store::users::NewUser {
                            email: &c.email,
                            name: &c.name,
                            password_hash: None,
                            email_verified_at: None,
                            staff_role: None,
                            now,
                        },
                    )
                    .await?
                }
            };
            // The plan refused staff and disabled people; this guards the transaction's view.
            if user.staff_role.is_some() || user.disabled_at.is_some() {
                continue;
            }
            if ctpat_store::accounts::member_role(txn, account_id, user.id).await?.is_none() {
                ctpat_store::accounts::add_member(txn, account_id, user.id, role.key(), now).await?;
                b.audit.push(
                    for_account(audit::by(actor, now, "account.user_joined", AuditOutcome::Ok), account_id)
                        .object("account", account_id)
                        .after(json!({"role": role.key(), "person": user.id, "by": "import", "run": run_id,
                            "file": c.origin.file, "line": c.origin.line})),
                );
            }
            account_data::link_contact_user(txn, contact_id, user.id).await?;
        }
    }
    Ok((counts, users))
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn addresses<C: ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    run_id: i64,
    list: Vec<Planned<AddressRecord>>,
    ids: &HashMap<String, i64>,
    progress: &dyn Progress,
    b: &mut Batches,
    now: DateTime<Utc>,
) -> Result<Counts> {
    progress.stage("addresses", list.len() as u64);
    let mut counts = Counts::default();
    for p in list {
        progress.advance(1);
        let a = &p.rec;
        let Some(&account_id) = ids.get(&a.account) else { continue };
        match &p.existing {
            Some(_) if p.changed.is_empty() => counts.unchanged += 1,
            Some(old) => {
                // An address the company has removed since stays removed.
                let Some(row) = imports::address(txn, old.target_id).await? else {
                    counts.unchanged += 1;
                    continue;
                };
                imports::update_address(txn, row.id, &correct::address(&row, &a.address, &p.changed)).await?;
                let kept = legacy_rows(account_id, "addresses", &a.legacy_id, &a.origin, &a.legacy);
                imports::replace_legacy(txn, account_id, "addresses", &a.legacy_id, &kept).await?;
                imports::update_record(
                    txn,
                    old.id,
                    run_id,
                    &record("addresses", &a.legacy_id, &a.origin, &a.data, old.target_id, account_id, 0),
                )
                .await?;
                let (before, after) = changed_json(&p.changed);
                b.audit.push(
                    for_account(audit::by(actor, now, "import.address_updated", AuditOutcome::Ok), account_id)
                        .object("address", old.target_id)
                        .before(before)
                        .after(json!({"run": run_id, "file": a.origin.file, "line": a.origin.line, "values": after})),
                );
                counts.updated += 1;
            }
            None => {
                let id = imports::add_address(txn, account_id, &a.address).await?;
                b.records.push(record("addresses", &a.legacy_id, &a.origin, &a.data, id, account_id, 0));
                b.audit.push(
                    for_account(audit::by(actor, now, "import.address_created", AuditOutcome::Ok), account_id)
                        .object("address", id)
                        .after(json!({"run": run_id, "legacy_id": a.legacy_id, "file": a.origin.file, "line": a.origin.line})),
                );
                b.legacy.extend(legacy_rows(account_id, "addresses", &a.legacy_id, &a.origin, &a.legacy));
                counts.created += 1;
            }
        }
    }
    Ok(counts)
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn connections<C: ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    run_id: i64,
    list: Vec<Planned<ConnectionRecord>>,
    ids: &HashMap<String, i64>,
    by_svi: &HashMap<String, i64>,
    progress: &dyn Progress,
    b: &mut Batches,
    now: DateTime<Utc>,
) -> Result<Counts> {
    progress.stage("connections", list.len() as u64);
    let mut counts = Counts::default();
    for p in list {
        progress.advance(1);
        let c = &p.rec;
        let Some(&account_id) = ids.get(&c.account) else { continue };
        let partner = match (&c.partner_legacy_id, &c.partner_svi) {
            (Some(l), _) => ids.get(l).copied(),
            (None, Some(n)) => match by_svi.get(n) {
                Some(id) => Some(*id),
                None => ctpat_store::accounts::by_svi(txn, n).await?.map(|a| a.id),
            },
            _ => None,
        };
        let Some(partner) = partner else { continue };
        match &p.existing {
            Some(_) if p.changed.is_empty() => counts.unchanged += 1,
            Some(old) => {
                imports::update_record(
                    txn,
                    old.id,
                    run_id,
                    &record("connections", &c.legacy_id, &c.origin, &c.data, old.target_id, account_id, 0),
                )
                .await?;
                // A connection has nothing to correct but its legacy values (its date is the
                // day it was made): those are kept, and the correction is audited.
                let kept = legacy_rows(account_id, "connections", &c.legacy_id, &c.origin, &c.legacy);
                imports::replace_legacy(txn, account_id, "connections", &c.legacy_id, &kept).await?;
                let (before, after) = changed_json(&p.changed);
                b.audit.push(
                    for_account(audit::by(actor, now, "import.connection_updated", AuditOutcome::Ok), account_id)
                        .object("svi_connection", old.target_id)
                        .before(before)
                        .after(json!({"run": run_id, "file": c.origin.file, "line": c.origin.line, "values": after})),
                );
                counts.updated += 1;
            }
            None => {
                let id = match ctpat_store::svi::between(txn, account_id, partner).await? {
                    Some(existing) => existing.id,
                    None => {
                        ctpat_store::svi::insert_connection(
                            txn,
                            account_id,
                            partner,
                            true,
                            Some(actor.user.id),
                            c.since.unwrap_or(now),
                        )
                        .await?
                        .id
                    }
                };
                b.records.push(record("connections", &c.legacy_id, &c.origin, &c.data, id, account_id, 0));
                b.legacy.extend(legacy_rows(account_id, "connections", &c.legacy_id, &c.origin, &c.legacy));
                // Both sides see the connection in their history.
                b.audit.push(
                    for_account(audit::by(actor, now, "import.connection_created", AuditOutcome::Ok), partner)
                        .object("svi_connection", id)
                        .after(
                            json!({"run": run_id, "partner": account_id, "file": c.origin.file, "line": c.origin.line}),
                        ),
                );
                b.audit.push(
                    for_account(audit::by(actor, now, "import.connection_created", AuditOutcome::Ok), account_id)
                        .object("svi_connection", id)
                        .after(
                            json!({"run": run_id, "partner": partner, "file": c.origin.file, "line": c.origin.line}),
                        ),
                );
                counts.created += 1;
            }
        }
    }
    Ok(counts)
}

/// Where an account's imported data came from: each record's file and line, and the legacy
/// columns kept with it.
pub struct Provenance {
    pub records: Vec<(String, String, String, i32)>,
    pub legacy: Vec<(String, String, String, i32)>,
}

/// Staff who reach the account see its provenance (empty for an account never imported).
pub async fn provenance(app: &App, actor: &Actor, account_id: i64) -> Result<Provenance> {
    let conn = app.db.conn();
    let r = crate::partner::reach(conn, actor, account_id).await?;
    if !r.is_staff() {
        return Err(Error::NotFound);
    }
    let records = imports::records_of(conn, account_id)
        .await?
        .into_iter()
        .filter(|r| r.sheet != "organizations")
        .map(|r| (r.sheet, r.legacy_id, r.file, r.line))
        .collect();
    let legacy =
        imports::legacy_of(conn, account_id).await?.into_iter().map(|l| (l.name, l.value, l.file, l.line)).collect();
    Ok(Provenance { records, legacy })
}
