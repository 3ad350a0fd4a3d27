//! The typed records of each sheet.

use super::parse::{Cells, Origin, entity_keys};
use chrono::{DateTime, Utc};
use ctpat_domain::country::Country;
use ctpat_domain::email::Email;
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::identifiers::{IdentifierKind, fields};
use ctpat_domain::partner::lifecycle::{DecisionReason, RemovalReason, Status, SuspensionReason};
use ctpat_domain::svi::SviNumber;
use ctpat_domain::{AccountRole, Problem};
use ctpat_store::account_data::{NewAddress, NewBond};
use std::collections::BTreeMap;

/// A legacy account's history as the legacy system kept it: a status and dates.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub status: Option<Status>,
    pub applied_on: Option<DateTime<Utc>>,
    pub scss_email: Option<String>,
    pub certified_on: Option<DateTime<Utc>>,
    pub validated_on: Option<DateTime<Utc>>,
    pub tier_three: bool,
    pub last_annual_review_on: Option<DateTime<Utc>>,
    pub suspended_on: Option<DateTime<Utc>>,
    pub suspension_reason: Option<SuspensionReason>,
    /// A corrective action plan the partner filed for the suspension.
    pub cap_submitted_on: Option<DateTime<Utc>>,
    pub removed_on: Option<DateTime<Utc>>,
    pub removal_reason: Option<RemovalReason>,
    pub withdrawn_on: Option<DateTime<Utc>>,
    pub decided_on: Option<DateTime<Utc>>,
    pub decision_reason: Option<DecisionReason>,
}

pub struct AccountRecord {
    pub origin: Origin,
    pub legacy_id: String,
    pub organization_key: String,
    pub name: String,
    pub dba: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub entity: EntityType,
    pub identifiers: Vec<(IdentifierKind, String)>,
    pub(crate) bond: Option<NewBond>,
    pub(crate) hq: Option<NewAddress>,
    pub history: History,
    pub field_office: Option<String>,
    pub svi_number: Option<String>,
    pub data: BTreeMap<String, String>,
    pub legacy: Vec<(String, String)>,
}

pub struct ContactRecord {
    pub origin: Origin,
    pub legacy_id: String,
    pub account: String,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub title: Option<String>,
    pub role: Option<AccountRole>,
    pub primary: bool,
    pub alternate: bool,
    pub login: bool,
    pub data: BTreeMap<String, String>,
    pub legacy: Vec<(String, String)>,
}

pub struct AddressRecord {
    pub origin: Origin,
    pub legacy_id: String,
    pub account: String,
    pub(crate) address: NewAddress,
    pub data: BTreeMap<String, String>,
    pub legacy: Vec<(String, String)>,
}

pub struct ConnectionRecord {
    pub origin: Origin,
    pub legacy_id: String,
    pub account: String,
    pub partner_legacy_id: Option<String>,
    pub partner_svi: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub data: BTreeMap<String, String>,
    pub legacy: Vec<(String, String)>,
}

const BOND_TYPES: [&str; 5] = crate::partner::application::BOND_TYPES;
pub const ADDRESS_KINDS: [&str; 4] = ["office", "cargo_facility", "cargo_facility_staffed", "training_site"];

fn legacy_id(c: &mut Cells<'_>, column: &str) -> String {
    c.text(column, 100)
}

pub fn account(c: &mut Cells<'_>, now: DateTime<Utc>) -> Option<AccountRecord> {
    let issues_before = c.issues.len();
    let legacy_id = legacy_id(c, "legacy_id");
    let organization_key = c.opt("organization_legacy_id").unwrap_or_else(|| format!("account:{legacy_id}"));
    let name = c.text("organization_name", 200);
    let entity = c.key("entity_type", EntityType::from_key, &entity_keys());
    if c.get("entity_type").is_empty() {
        c.problem("entity_type", &Problem::new("err-required"));
    }
    let mut identifiers = Vec::new();
    for kind in IdentifierKind::ALL {
        let Some(raw) = c.opt(kind.key()) else { continue };
        match entity {
            Some(e) if !fields(e).iter().any(|(k, _)| *k == kind) => c.fail(
                kind.key(),
                format!("is not an identifier of a {} account (rename the column, e.g. legacy_{}, to keep it as a legacy value)", e.key(), kind.key()),
            ),
            _ => match kind.parse(&raw) {
                Ok(v) => identifiers.push((kind, v)),
                Err(p) => c.problem(kind.key(), &p),
            },
        }
    }
    let bond = match c.opt("bond_number") {
        None => {
            for col in ["bond_type", "bond_surety", "bond_effective_on"] {
                if !c.get(col).is_empty() {
                    c.fail(col, "is given without a bond_number");
                }
            }
            None
        }
        Some(_) => {
            let number = c.text("bond_number", 40);
            let bond_type = c.key("bond_type", |k| BOND_TYPES.contains(&k).then(|| k.to_string()), &BOND_TYPES);
            if c.get("bond_type").is_empty() {
                c.problem("bond_type", &Problem::new("err-required"));
            }
            let effective = c.date("bond_effective_on", now).map(|d| d.format("%Y-%m-%d").to_string());
            Some(NewBond {
                number,
                bond_type: bond_type.unwrap_or_default(),
                surety: c.text_opt("bond_surety", 200),
                effective_on: effective,
            })
        }
    };
    let hq_given = ["hq_line1", "hq_city", "hq_country"].iter().any(|k| !c.get(k).is_empty());
    let hq = hq_given.then(|| {
        let line1 = c.text("hq_line1", 200);
        let city = c.text("hq_city", 100);
        let country = country(c, "hq_country");
        NewAddress {
            kind: "hq".into(),
            line1,
            line2: c.text_opt("hq_line2", 200),
            city,
            region: c.text_opt("hq_region", 100),
            postal_code: c.text_opt("hq_postal_code", 20),
            country,
            staffed: c.get("hq_staffed").is_empty() || c.flag("hq_staffed"),
        }
    });
    let history = history(c, now);
    let svi_number = c.opt("svi_number").and_then(|raw| match SviNumber::parse(&raw) {
        Ok(n) => Some(n.as_str().to_string()),
        Err(p) => {
            c.problem("svi_number", &p);
            None
        }
    });
    let record = AccountRecord {
        origin: c.origin(),
        legacy_id,
        organization_key,
        name,
        dba: c.text_opt("dba", 200),
        phone: c.text_opt("phone", 40),
        website: c.text_opt("website", 200),
        entity: entity.unwrap_or(EntityType::Importer),
        identifiers,
        bond,
        hq,
        history,
        field_office: c.opt("field_office").map(|s| s.to_uppercase()),
        svi_number,
        data: c.data(),
        legacy: c.legacy(),
    };
    (c.issues.len() == issues_before).then_some(record)
}

fn country(c: &mut Cells<'_>, column: &str) -> String {
    let raw = c.get(column).to_string();
    match Country::parse(&raw) {
        Ok(k) => k.code().to_string(),
        Err(p) => {
            c.problem(column, &p);
            raw
        }
    }
}

fn history(c: &mut Cells<'_>, now: DateTime<Utc>) -> History {
    let status_keys: Vec<&str> = Status::ALL.iter().map(|s| s.key()).collect();
    let status = c.key("status", Status::from_key, &status_keys);
    if c.get("status").is_empty() {
        c.problem("status", &Problem::new("err-required"));
    }
    let scss_email = c.opt("scss_email").and_then(|raw| match Email::parse(&raw) {
        Ok(e) => Some(e.as_str().to_string()),
        Err(p) => {
            c.problem("scss_email", &p);
            None
        }
    });
    let keys = |all: &[&'static str]| all.to_vec();
    History {
        status,
        applied_on: c.date("applied_on", now),
        scss_email,
        certified_on: c.date("certified_on", now),
        validated_on: c.date("validated_on", now),
        tier_three: c.flag("tier_three"),
        last_annual_review_on: c.date("last_annual_review_on", now),
        suspended_on: c.date("suspended_on", now),
        suspension_reason: c.key(
            "suspension_reason",
            SuspensionReason::from_key,
            &keys(&SuspensionReason::ALL.iter().map(|r| r.key()).collect::<Vec<_>>()),
        ),
        cap_submitted_on: c.date("cap_submitted_on", now),
        removed_on: c.date("removed_on", now),
        removal_reason: c.key(
            "removal_reason",
            RemovalReason::from_key,
            &RemovalReason::ALL.iter().map(|r| r.key()).collect::<Vec<_>>(),
        ),
        withdrawn_on: c.date("withdrawn_on", now),
        decided_on: c.date("decided_on", now),
        decision_reason: c.key(
            "decision_reason",
            DecisionReason::from_key,
            &DecisionReason::ALL.iter().map(|r| r.key()).collect::<Vec<_>>(),
        ),
    }
}

pub fn contact(c: &mut Cells<'_>) -> Option<ContactRecord> {
    let before = c.issues.len();
    let legacy_id = legacy_id(c, "legacy_id");
    let account = legacy_id_of(c, "account_legacy_id");
    let name = match ctpat_domain::text::PersonName::parse(c.get("name")) {
        Ok(n) => n.as_str().to_string(),
        Err(p) => {
            c.problem("name", &p);
            String::new()
        }
    };
    let email = match Email::parse(c.get("email")) {
        Ok(e) => e.as_str().to_string(),
        Err(p) => {
            c.problem("email", &p);
            String::new()
        }
    };
    let role_keys: Vec<&str> = AccountRole::ALL.iter().map(|r| r.key()).collect();
    let role = c.key("role", AccountRole::from_key, &role_keys);
    let login = c.flag("login");
    if login && role.is_none() {
        c.fail("role", "is required when login is yes (the account role the person signs in with)");
    }
    let record = ContactRecord {
        origin: c.origin(),
        legacy_id,
        account,
        name,
        email,
        phone: c.text_opt("phone", 40),
        title: c.text_opt("title", 100),
        role,
        primary: c.flag("primary"),
        alternate: c.flag("alternate"),
        login,
        data: c.data(),
        legacy: c.legacy(),
    };
    (c.issues.len() == before).then_some(record)
}

fn legacy_id_of(c: &mut Cells<'_>, column: &str) -> String {
    c.text(column, 100)
}

pub fn address(c: &mut Cells<'_>) -> Option<AddressRecord> {
    let before = c.issues.len();
    let legacy_id = legacy_id(c, "legacy_id");
    let account = legacy_id_of(c, "account_legacy_id");
    let kind = c.key("kind", |k| ADDRESS_KINDS.contains(&k).then(|| k.to_string()), &ADDRESS_KINDS);
    if c.get("kind").is_empty() {
        c.problem("kind", &Problem::new("err-required"));
    }
    let line1 = c.text("line1", 200);
    let city = c.text("city", 100);
    let country = country(c, "country");
    let staffed = c.flag("staffed");
    let address = NewAddress {
        kind: kind.unwrap_or_default(),
        line1,
        line2: c.text_opt("line2", 200),
        city,
        region: c.text_opt("region", 100),
        postal_code: c.text_opt("postal_code", 20),
        country,
        staffed,
    };
    let record = AddressRecord { origin: c.origin(), legacy_id, account, address, data: c.data(), legacy: c.legacy() };
    (c.issues.len() == before).then_some(record)
}

pub fn connection(c: &mut Cells<'_>, now: DateTime<Utc>) -> Option<ConnectionRecord> {
    let before = c.issues.len();
    let account = legacy_id_of(c, "account_legacy_id");
    let partner_legacy_id = c.opt("partner_legacy_id");
    let partner_svi = c.opt("partner_svi_number").and_then(|raw| match SviNumber::parse(&raw) {
        Ok(n) => Some(n.as_str().to_string()),
        Err(p) => {
            c.problem("partner_svi_number", &p);
            None
        }
    });
    if partner_legacy_id.is_none() && c.get("partner_svi_number").is_empty() {
        c.fail("partner_legacy_id", "names the partner: give partner_legacy_id or partner_svi_number");
    }
    let since = c.date("connected_on", now);
    let legacy_id = c.opt("legacy_id").unwrap_or_else(|| {
        let other = partner_legacy_id.clone().or_else(|| partner_svi.clone()).unwrap_or_default();
        let (a, b) = if account <= other { (account.clone(), other) } else { (other, account.clone()) };
        format!("{a}~{b}")
    });
    let record = ConnectionRecord {
        origin: c.origin(),
        legacy_id,
        account,
        partner_legacy_id,
        partner_svi,
        since,
        data: c.data(),
        legacy: c.legacy(),
    };
    (c.issues.len() == before).then_some(record)
}
