//! Reading every sheet into records and checking them against each other and against what
//! the portal already holds, before a byte is written: the result is a plan of what to create,
//! what to update and what is unchanged.

use super::columns;
use super::history;
use super::parse::{Cells, check_header};
use super::read::Sheet;
use super::records::{self, AccountRecord, AddressRecord, ConnectionRecord, ContactRecord};
use super::{Issue, Progress};
use crate::App;
use crate::actor::Actor;
use crate::error::Result;
use chrono::{DateTime, Utc};
use ctpat_domain::StaffRole;
use ctpat_domain::partner::lifecycle::Event;
use ctpat_store::imports::{self, RecordRow};
use std::collections::{BTreeMap, HashMap, HashSet};

pub struct Parsed {
    pub accounts: Vec<AccountRecord>,
    pub contacts: Vec<ContactRecord>,
    pub addresses: Vec<AddressRecord>,
    pub connections: Vec<ConnectionRecord>,
}

pub fn parse_all(sheets: &[Sheet], now: DateTime<Utc>, progress: &dyn Progress, issues: &mut Vec<Issue>) -> Parsed {
    let mut p = Parsed { accounts: vec![], contacts: vec![], addresses: vec![], connections: vec![] };
    progress.stage("reading", sheets.iter().map(|s| s.rows.len() as u64).sum());
    for sheet in sheets {
        let name = super::SHEETS.into_iter().find(|n| *n == sheet.name).unwrap_or("connections");
        let before = issues.len();
        check_header(sheet, name, columns::of(name), issues);
        if issues.len() > before {
            continue;
        }
        for line in &sheet.rows {
            let mut c = Cells { sheet, name, line, issues };
            match name {
                "accounts" => p.accounts.extend(records::account(&mut c, now)),
                "contacts" => p.contacts.extend(records::contact(&mut c)),
                "addresses" => p.addresses.extend(records::address(&mut c)),
                _ => p.connections.extend(records::connection(&mut c, now)),
            }
            progress.advance(1);
        }
    }
    no_twice(p.accounts.iter().map(|r| (&r.legacy_id, &r.origin)), "legacy_id", issues);
    no_twice(p.contacts.iter().map(|r| (&r.legacy_id, &r.origin)), "legacy_id", issues);
    no_twice(p.addresses.iter().map(|r| (&r.legacy_id, &r.origin)), "legacy_id", issues);
    no_twice(p.connections.iter().map(|r| (&r.legacy_id, &r.origin)), "legacy_id", issues);
    no_twice(p.accounts.iter().filter_map(|r| Some((r.svi_number.as_ref()?, &r.origin))), "svi_number", issues);
    let mut seen: HashMap<(String, String), u32> = HashMap::new();
    for c in &p.contacts {
        if let Some(first) = seen.insert((c.account.clone(), c.email.to_lowercase()), c.origin.line) {
            issues.push(issue(
                &c.origin,
                "email",
                format!("is already a contact of account {} on line {first}", c.account),
            ));
        }
    }
    let mut primaries: HashMap<&str, u32> = HashMap::new();
    for c in p.contacts.iter().filter(|c| c.primary) {
        if let Some(first) = primaries.insert(&c.account, c.origin.line) {
            issues.push(issue(
                &c.origin,
                "primary",
                format!("account {} already has its primary contact on line {first}", c.account),
            ));
        }
    }
    p
}

fn no_twice<'a>(
    items: impl Iterator<Item = (&'a String, &'a super::parse::Origin)>,
    column: &str,
    issues: &mut Vec<Issue>,
) {
    let mut seen: HashMap<&str, (&str, u32)> = HashMap::new();
    for (key, origin) in items {
        if let Some((file, line)) = seen.insert(key, (&origin.file, origin.line)) {
            issues.push(issue(origin, column, format!("{key} is already used on line {line} of {file}")));
        }
    }
}

pub(super) fn issue(o: &super::parse::Origin, column: &str, rule: impl Into<String>) -> Issue {
    Issue {
        file: o.file.clone(),
        sheet: o.sheet.to_string(),
        line: Some(o.line),
        column: Some(column.to_string()),
        rule: rule.into(),
    }
}

/// A record and what it is to the portal: new, changed (with the columns that changed) or the same.
pub struct Planned<T> {
    pub rec: T,
    pub(crate) existing: Option<RecordRow>,
    /// Columns whose value differs from the last import (old, new); empty when unchanged.
    pub changed: BTreeMap<String, (Option<String>, Option<String>)>,
}

pub struct AccountPlan {
    pub row: Planned<AccountRecord>,
    pub events: Vec<(Event, DateTime<Utc>)>,
    pub office: Option<i64>,
    /// The organization, when an earlier row or run already created it.
    pub organization_id: Option<i64>,
}

pub struct Plan {
    pub accounts: Vec<AccountPlan>,
    pub contacts: Vec<Planned<ContactRecord>>,
    pub addresses: Vec<Planned<AddressRecord>>,
    pub connections: Vec<Planned<ConnectionRecord>>,
    /// Accounts imported before, by legacy id (children may name them).
    pub known_accounts: HashMap<String, i64>,
    /// Organizations imported before, by their legacy key.
    pub known_orgs: HashMap<String, i64>,
    /// Accounts named by SVI number in connections.
    pub by_svi: HashMap<String, i64>,
    /// Each new organization's values, gathered from all its rows (name, DBA, phone, website).
    pub org_values: HashMap<String, [Option<String>; 4]>,
}

fn diff(old: Option<&RecordRow>, new: &BTreeMap<String, String>) -> BTreeMap<String, (Option<String>, Option<String>)> {
    let Some(old) = old else { return BTreeMap::new() };
    let before: BTreeMap<String, String> = serde_json::from_str(&old.data).unwrap_or_default();
    let mut out = BTreeMap::new();
    for k in before.keys().chain(new.keys()) {
        let (a, b) = (before.get(k), new.get(k));
        if a != b {
            out.insert(k.clone(), (a.cloned(), b.cloned()));
        }
    }
    out
}

fn planned<T>(
    rec: T,
    data: &BTreeMap<String, String>,
    legacy_id: &str,
    known: &HashMap<String, RecordRow>,
) -> Planned<T> {
    let existing = known.get(legacy_id).cloned();
    let changed = diff(existing.as_ref(), data);
    Planned { rec, existing, changed }
}

/// Check the records against the portal and decide what each becomes.
pub async fn plan(app: &App, actor: &Actor, p: Parsed, issues: &mut Vec<Issue>) -> Result<Plan> {
    let conn = app.db.conn();
    let (timers, now) = (app.timers(), app.now());
    let known_accounts = imports::records(conn, "accounts").await?;
    let known_orgs = imports::records(conn, "organizations").await?;
    let offices: HashMap<String, i64> =
        ctpat_store::offices::list(conn).await?.into_iter().map(|o| (o.code.to_uppercase(), o.id)).collect();
    let mut scss_of: HashMap<String, Option<(i64, Option<i64>)>> = HashMap::new();
    let mut accounts = Vec::with_capacity(p.accounts.len());
    let mut in_file: HashSet<String> = HashSet::new();
    let changed_ids: Vec<i64> =
        p.accounts.iter().filter_map(|r| known_accounts.get(&r.legacy_id).map(|k| k.target_id)).collect();
    let mut current: HashMap<i64, ctpat_store::accounts::Account> = HashMap::new();
    for chunk in changed_ids.chunks(500) {
        current.extend(ctpat_store::accounts::by_ids(conn, chunk).await?.into_iter().map(|a| (a.id, a)));
    }
    let new_numbers: Vec<String> = p
        .accounts
        .iter()
        .filter(|r| !known_accounts.contains_key(&r.legacy_id))
        .filter_map(|r| r.svi_number.clone())
        .collect();
    let taken: HashSet<String> = ctpat_store::svi::accounts_by_numbers(conn, &new_numbers)
        .await?
        .into_iter()
        .filter_map(|a| a.svi_number)
        .collect();
    for rec in p.accounts {
        in_file.insert(rec.legacy_id.clone());
        let scss = match &rec.history.scss_email {
            None => None,
            Some(email) => {
                if !scss_of.contains_key(email) {
                    let u = ctpat_store::users::find_by_email(conn, email).await?;
                    let found = u.filter(|u| u.staff_role.as_deref() == Some(StaffRole::Scss.key()));
                    scss_of.insert(email.clone(), found.map(|u| (u.id, u.field_office_id)));
                }
                match scss_of[email] {
                    Some(s) => Some(s),
                    None => {
                        issues.push(issue(
                            &rec.origin,
                            "scss_email",
                            "is not the e-mail of an SCSS of the portal (create the staff member first)",
                        ));
                        None
                    }
                }
            }
        };
        let office = match &rec.field_office {
            None => scss.and_then(|s| s.1),
            Some(code) => match offices.get(code) {
                Some(id) => Some(*id),
                None => {
                    issues.push(issue(
                        &rec.origin,
                        "field_office",
                        format!("{code} is not the code of a field office of the portal"),
                    ));
                    None
                }
            },
        };
        if let (Some((_, Some(scss_office))), Some(o)) = (scss, office)
            && scss_office != o
        {
            issues.push(issue(&rec.origin, "scss_email", "works in another field office than the account's"));
        }
        let events = match history::events(&rec.history, actor.user.id, scss.map(|s| s.0), &timers, now) {
            Ok(e) => e,
            Err((col, rule)) => {
                issues.push(issue(&rec.origin, col, rule));
                Vec::new()
            }
        };
        if let Some(n) = &rec.svi_number
            && !known_accounts.contains_key(&rec.legacy_id)
            && taken.contains(n)
        {
            issues.push(issue(&rec.origin, "svi_number", format!("{n} is already the SVI number of another account")));
        }
        let data = rec.data.clone();
        let row = planned(rec, &data, &row_key(&data), &known_accounts);
        if let Some(old) = &row.existing {
            for (col, rule) in [
                (
                    "entity_type",
                    "cannot change once imported (an entity type is its own account: give it a new legacy_id)",
                ),
                ("svi_number", "cannot change once imported (an SVI number is for good)"),
                ("organization_legacy_id", "cannot change once imported"),
            ] {
                if row.changed.contains_key(col) {
                    issues.push(issue(&row.rec.origin, col, rule));
                }
            }
            let history_changed = row.changed.keys().any(|k| columns::HISTORY.contains(&k.as_str()));
            let touched = current.get(&old.target_id).is_none_or(|a| a.event_count != old.history_events);
            if history_changed && touched {
                issues.push(issue(
                    &row.rec.origin,
                    row.changed.keys().find(|k| columns::HISTORY.contains(&k.as_str())).map(String::as_str).unwrap_or("status"),
                    "changes a history the portal has added to since the import; correct it through the account's lifecycle",
                ));
            }
        }
        let organization_id = known_orgs.get(&row.rec.organization_key).map(|r| r.target_id);
        accounts.push(AccountPlan { row, events, office, organization_id });
    }
    let org_values = organizations(&accounts, issues);
    let known_ids: HashMap<String, i64> = known_accounts.iter().map(|(k, r)| (k.clone(), r.target_id)).collect();
    let known = Known { in_file: &in_file, ids: &known_ids };
    let contacts_known = imports::records(conn, "contacts").await?;
    let mut contacts = Vec::new();
    // Contacts already on accounts imported before (the company may have added some since).
    let mut on_file: HashMap<i64, Vec<ctpat_store::account_data::ContactRow>> = HashMap::new();
    let named: Vec<i64> = p.contacts.iter().filter_map(|c| known_ids.get(&c.account).copied()).collect();
    for chunk in named.chunks(500) {
        for row in ctpat_store::account_data::contacts_of(conn, chunk).await? {
            on_file.entry(row.account_id).or_default().push(row);
        }
    }
    for rec in p.contacts {
        if rec.login {
            match ctpat_store::users::find_by_email(conn, &rec.email).await? {
                Some(u) if u.staff_role.is_some() => issues.push(issue(
                    &rec.origin,
                    "email",
                    "is the e-mail of a program staff member, who cannot be a member of a company",
                )),
                Some(u) if u.disabled_at.is_some() => issues.push(issue(
                    &rec.origin,
                    "login",
                    "names a person whose access is disabled: set login to no, or enable them first",
                )),
                _ => {}
            }
        }
        let row = child(rec, &contacts_known, &known, "a contact", issues);
        // An e-mail or a primary contact the account holds already under another contact.
        if let Some(existing) = known_ids.get(&row.rec.account).and_then(|id| on_file.get(id)) {
            let own = row.existing.as_ref().map(|e| e.target_id);
            for c in existing.iter().filter(|c| Some(c.id) != own) {
                if c.email.eq_ignore_ascii_case(&row.rec.email) {
                    let rule = format!("is already a contact of account {} in the portal", row.rec.account);
                    issues.push(issue(&row.rec.origin, "email", rule));
                }
                if row.rec.primary && c.is_primary {
                    let rule = format!("account {} already has its primary contact in the portal", row.rec.account);
                    issues.push(issue(&row.rec.origin, "primary", rule));
                }
            }
        }
        contacts.push(row);
    }
    let addresses_known = imports::records(conn, "addresses").await?;
    let mut addresses = Vec::new();
    for rec in p.addresses {
        addresses.push(child(rec, &addresses_known, &known, "an address", issues));
    }
    let svi_named: Vec<String> = p.connections.iter().filter_map(|c| c.partner_svi.clone()).collect();
    let by_svi: HashMap<String, i64> = ctpat_store::svi::accounts_by_numbers(conn, &svi_named)
        .await?
        .into_iter()
        .filter_map(|a| Some((a.svi_number?, a.id)))
        .collect();
    let file_svi: HashSet<String> = accounts.iter().filter_map(|a| a.row.rec.svi_number.clone()).collect();
    let connections_known = imports::records(conn, "connections").await?;
    let mut connections = Vec::new();
    for rec in p.connections {
        match (&rec.partner_legacy_id, &rec.partner_svi) {
            (Some(id), _) if !known.named(id) => issues.push(issue(
                &rec.origin,
                "partner_legacy_id",
                format!("{id} is not an account of the accounts sheet nor of an earlier import"),
            )),
            (Some(id), _) if *id == rec.account => {
                issues.push(issue(&rec.origin, "partner_legacy_id", "is the account itself"))
            }
            (None, Some(n)) if !by_svi.contains_key(n) && !file_svi.contains(n) => issues.push(issue(
                &rec.origin,
                "partner_svi_number",
                format!("{n} is not the SVI number of an account"),
            )),
            _ => {}
        }
        connections.push(child(rec, &connections_known, &known, "a connection", issues));
    }
    Ok(Plan {
        accounts,
        contacts,
        addresses,
        connections,
        known_accounts: known_ids,
        known_orgs: known_orgs.into_iter().map(|(k, r)| (k, r.target_id)).collect(),
        by_svi,
        org_values,
    })
}

/// The values of each organization several rows share: a value given on one row and blank on
/// another is the organization's; two different values are a conflict to correct.
fn organizations(accounts: &[AccountPlan], issues: &mut Vec<Issue>) -> HashMap<String, [Option<String>; 4]> {
    const COLUMNS: [&str; 4] = ["organization_name", "dba", "phone", "website"];
    let mut out: HashMap<String, ([Option<String>; 4], u32)> = HashMap::new();
    for a in accounts {
        let r = &a.row.rec;
        let values = [Some(r.name.clone()), r.dba.clone(), r.phone.clone(), r.website.clone()];
        let entry = out.entry(r.organization_key.clone()).or_insert(([None, None, None, None], r.origin.line));
        for (i, v) in values.into_iter().enumerate() {
            match (&entry.0[i], v) {
                (Some(a), Some(b)) if *a != b => issues.push(issue(
                    &r.origin,
                    COLUMNS[i],
                    format!(
                        "differs from line {} of the same organization ({a}): rows of one organization agree",
                        entry.1
                    ),
                )),
                (None, Some(b)) => entry.0[i] = Some(b),
                _ => {}
            }
        }
    }
    out.into_iter().map(|(k, (v, _))| (k, v)).collect()
}

/// The accounts a child row may name: those of the file and those imported before.
struct Known<'a> {
    in_file: &'a HashSet<String>,
    ids: &'a HashMap<String, i64>,
}

impl Known<'_> {
    fn named(&self, id: &str) -> bool {
        self.in_file.contains(id) || self.ids.contains_key(id)
    }
}

/// A row that belongs to an account (a contact, an address, a connection).
pub(super) trait Child {
    fn origin(&self) -> &super::parse::Origin;
    fn account(&self) -> &str;
    fn legacy_id(&self) -> &str;
    fn data(&self) -> &BTreeMap<String, String>;
}

macro_rules! child_of {
    ($($t:ty),+) => {$(
        impl Child for $t {
            fn origin(&self) -> &super::parse::Origin { &self.origin }
            fn account(&self) -> &str { &self.account }
            fn legacy_id(&self) -> &str { &self.legacy_id }
            fn data(&self) -> &BTreeMap<String, String> { &self.data }
        }
    )+};
}
child_of!(ContactRecord, AddressRecord, ConnectionRecord);

/// A child row planned: its account must be one the import knows, and stays the one it was
/// imported with.
fn child<T: Child>(
    rec: T,
    rows: &HashMap<String, RecordRow>,
    known: &Known<'_>,
    noun: &str,
    issues: &mut Vec<Issue>,
) -> Planned<T> {
    if !known.named(rec.account()) {
        let rule = format!("{} is not an account of the accounts sheet nor of an earlier import", rec.account());
        issues.push(issue(rec.origin(), "account_legacy_id", rule));
    }
    let (data, legacy_id) = (rec.data().clone(), rec.legacy_id().to_string());
    let row = planned(rec, &data, &legacy_id, rows);
    if row.existing.as_ref().is_some_and(|e| known.ids.get(row.rec.account()) != Some(&e.account_id)) {
        let rule = format!("cannot change once imported ({noun} stays with its account)");
        issues.push(issue(row.rec.origin(), "account_legacy_id", rule));
    }
    row
}

fn row_key(data: &BTreeMap<String, String>) -> String {
    data.get("legacy_id").cloned().unwrap_or_default()
}
