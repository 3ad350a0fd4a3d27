//! What a corrected row changes, column by column: a value the file did not correct stays as
//! the portal holds it (the company or the SCSS may have changed it since the import).

use super::records::{AccountRecord, ContactRecord};
use crate::error::Result;
use chrono::{DateTime, Utc};
use ctpat_store::ConnectionTrait;
use ctpat_store::account_data::{self, ContactRow, NewAddress, NewBond, NewContact};
use std::collections::BTreeMap;

pub(super) type Changed = BTreeMap<String, (Option<String>, Option<String>)>;

/// The file's value when it corrected `col`, else the portal's.
fn pick(ch: &Changed, col: &str, file: Option<&str>, portal: Option<&str>) -> Option<String> {
    if ch.contains_key(col) { file } else { portal }.map(str::to_string)
}

pub(super) async fn organization<C: ConnectionTrait>(
    txn: &C,
    org: &ctpat_store::orgs::Org,
    rec: &AccountRecord,
    ch: &Changed,
    now: DateTime<Utc>,
) -> Result<()> {
    let name = pick(ch, "organization_name", Some(&rec.name), Some(&org.name)).unwrap_or_default();
    let dba = pick(ch, "dba", rec.dba.as_deref(), org.dba.as_deref());
    let phone = pick(ch, "phone", rec.phone.as_deref(), org.phone.as_deref());
    let website = pick(ch, "website", rec.website.as_deref(), org.website.as_deref());
    let o = ctpat_store::orgs::NewOrg {
        name: &name,
        dba: dba.as_deref(),
        phone: phone.as_deref(),
        website: website.as_deref(),
        year_founded: org.year_founded,
        employee_count: org.employee_count,
        ownership_type: org.ownership_type.as_deref(),
    };
    ctpat_store::orgs::update_org(txn, org, o, now).await?;
    Ok(())
}

pub(super) async fn bond<C: ConnectionTrait>(
    txn: &C,
    account_id: i64,
    rec: &AccountRecord,
    ch: &Changed,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(new) = &rec.bond else {
        // The corrected file has no bond any more.
        return Ok(account_data::set_bond(txn, account_id, None, by, now).await?);
    };
    let merged = match account_data::bond(txn, account_id).await? {
        None => new.clone(),
        Some(b) => NewBond {
            number: pick(ch, "bond_number", Some(&new.number), Some(&b.number)).unwrap_or_default(),
            bond_type: pick(ch, "bond_type", Some(&new.bond_type), Some(&b.bond_type)).unwrap_or_default(),
            surety: pick(ch, "bond_surety", new.surety.as_deref(), b.surety.as_deref()),
            effective_on: pick(ch, "bond_effective_on", new.effective_on.as_deref(), b.effective_on.as_deref()),
        },
    };
    Ok(account_data::set_bond(txn, account_id, Some(&merged), by, now).await?)
}

pub(super) async fn hq<C: ConnectionTrait>(txn: &C, account_id: i64, rec: &AccountRecord, ch: &Changed) -> Result<()> {
    let Some(new) = &rec.hq else { return Ok(ctpat_store::imports::set_hq(txn, account_id, None).await?) };
    let current = account_data::addresses(txn, account_id).await?.into_iter().find(|a| a.kind == "hq");
    let merged = match current {
        None => new.clone(),
        Some(a) => NewAddress {
            kind: "hq".into(),
            line1: pick(ch, "hq_line1", Some(&new.line1), Some(&a.line1)).unwrap_or_default(),
            line2: pick(ch, "hq_line2", new.line2.as_deref(), a.line2.as_deref()),
            city: pick(ch, "hq_city", Some(&new.city), Some(&a.city)).unwrap_or_default(),
            region: pick(ch, "hq_region", new.region.as_deref(), a.region.as_deref()),
            postal_code: pick(ch, "hq_postal_code", new.postal_code.as_deref(), a.postal_code.as_deref()),
            country: pick(ch, "hq_country", Some(&new.country), Some(&a.country)).unwrap_or_default(),
            staffed: if ch.contains_key("hq_staffed") { new.staffed } else { a.staffed },
        },
    };
    Ok(ctpat_store::imports::set_hq(txn, account_id, Some(&merged)).await?)
}

/// A contact as the corrected row leaves it.
pub(super) fn contact(row: &ContactRow, c: &ContactRecord, ch: &Changed) -> NewContact {
    let flag = |col: &str, file: bool, portal: bool| if ch.contains_key(col) { file } else { portal };
    NewContact {
        name: pick(ch, "name", Some(&c.name), Some(&row.name)).unwrap_or_default(),
        email: pick(ch, "email", Some(&c.email), Some(&row.email)).unwrap_or_default(),
        phone: pick(ch, "phone", c.phone.as_deref(), row.phone.as_deref()),
        title: pick(ch, "title", c.title.as_deref(), row.title.as_deref()),
        role: if ch.contains_key("role") { c.role.map(|r| r.key().to_string()) } else { row.role.clone() },
        is_primary: flag("primary", c.primary, row.is_primary),
        is_alternate: flag("alternate", c.alternate, row.is_alternate),
    }
}

/// An address as the corrected row leaves it.
pub(super) fn address(row: &ctpat_store::account_data::AddressRow, new: &NewAddress, ch: &Changed) -> NewAddress {
    NewAddress {
        kind: pick(ch, "kind", Some(&new.kind), Some(&row.kind)).unwrap_or_default(),
        line1: pick(ch, "line1", Some(&new.line1), Some(&row.line1)).unwrap_or_default(),
        line2: pick(ch, "line2", new.line2.as_deref(), row.line2.as_deref()),
        city: pick(ch, "city", Some(&new.city), Some(&row.city)).unwrap_or_default(),
        region: pick(ch, "region", new.region.as_deref(), row.region.as_deref()),
        postal_code: pick(ch, "postal_code", new.postal_code.as_deref(), row.postal_code.as_deref()),
        country: pick(ch, "country", Some(&new.country), Some(&row.country)).unwrap_or_default(),
        staffed: if ch.contains_key("staffed") { new.staffed } else { row.staffed },
    }
}
