//! Reads for partner pages. Each takes a `Reach` (the account was already resolved for the
//! actor) and answers with views of the account's data, so the web layer never touches the
//! store; the people view also carries what the viewer may do with each line.

use super::Reach;
use crate::App;
use crate::actor::Actor;
use crate::error::Result;
use chrono::{DateTime, Utc};
use ctpat_domain::AccountRole;
use ctpat_domain::partner::bond::BondRequestStatus;
use ctpat_domain::partner::identifiers::IdentifierKind;
use ctpat_store::account_data::{self, AddressRow, BondRow, ContactRow, IdentifierRow};
use ctpat_store::orgs::{self, Org};

/// The company an account belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    pub id: i64,
    pub name: String,
    pub dba: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub year_founded: Option<i32>,
    pub employee_count: Option<i32>,
    pub ownership_type: Option<String>,
}

impl From<Org> for Organization {
    fn from(o: Org) -> Self {
        Organization {
            id: o.id,
            name: o.name,
            dba: o.dba,
            phone: o.phone,
            website: o.website,
            year_founded: o.year_founded,
            employee_count: o.employee_count,
            ownership_type: o.ownership_type,
        }
    }
}

/// One address of the account (`kind`: `hq` or a site kind), in the order entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub kind: String,
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    pub region: Option<String>,
    pub postal_code: Option<String>,
    pub country: String,
    pub staffed: bool,
}

impl From<AddressRow> for Address {
    fn from(a: AddressRow) -> Self {
        Address {
            kind: a.kind,
            line1: a.line1,
            line2: a.line2,
            city: a.city,
            region: a.region,
            postal_code: a.postal_code,
            country: a.country,
            staffed: a.staffed,
        }
    }
}

/// A registry identifier of the account (IRS number, SCAC, MID…).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identifier {
    pub kind: Option<IdentifierKind>,
    pub value: String,
}

impl From<IdentifierRow> for Identifier {
    fn from(i: IdentifierRow) -> Self {
        Identifier { kind: IdentifierKind::from_key(&i.kind), value: i.value }
    }
}

/// The account's customs bond.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bond {
    pub number: String,
    pub bond_type: String,
    pub surety: Option<String>,
    pub effective_on: Option<String>,
}

impl From<BondRow> for Bond {
    fn from(b: BondRow) -> Self {
        Bond { number: b.number, bond_type: b.bond_type, surety: b.surety, effective_on: b.effective_on }
    }
}

/// A contact of the account: who speaks for the company, with or without a login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub title: Option<String>,
    pub role: Option<AccountRole>,
    pub is_primary: bool,
    pub is_alternate: bool,
    pub has_login: bool,
}

impl From<ContactRow> for Contact {
    fn from(c: ContactRow) -> Self {
        Contact {
            id: c.id,
            name: c.name,
            email: c.email,
            phone: c.phone,
            title: c.title,
            role: c.role.as_deref().and_then(AccountRole::from_key),
            is_primary: c.is_primary,
            is_alternate: c.is_alternate,
            has_login: c.user_id.is_some(),
        }
    }
}

/// A bond change request, as the partner and the deciding staff see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BondRequest {
    pub id: i64,
    pub account_id: i64,
    pub number: String,
    pub bond_type: String,
    pub surety: Option<String>,
    pub effective_on: Option<String>,
    pub status: BondRequestStatus,
    pub requested_by: i64,
    pub requested_at: DateTime<Utc>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTime<Utc>>,
    pub decision_note: Option<String>,
}

impl TryFrom<ctpat_store::bond_requests::BondRequestRow> for BondRequest {
    type Error = crate::Error;

    fn try_from(r: ctpat_store::bond_requests::BondRequestRow) -> Result<Self> {
        let status = BondRequestStatus::from_key(&r.status)
            .ok_or_else(|| crate::Error::Internal(format!("bond request {} status {}", r.id, r.status)))?;
        Ok(BondRequest {
            id: r.id,
            account_id: r.account_id,
            number: r.number,
            bond_type: r.bond_type,
            surety: r.surety,
            effective_on: r.effective_on,
            status,
            requested_by: r.requested_by,
            requested_at: r.requested_at,
            decided_by: r.decided_by,
            decided_at: r.decided_at,
            decision_note: r.decision_note,
        })
    }
}

pub async fn organization(app: &App, r: &Reach) -> Result<Option<Organization>> {
    Ok(match r.account.organization_id {
        Some(id) => orgs::org(app.db.conn(), id).await?.map(Organization::from),
        None => None,
    })
}

/// Organizations the actor belongs to (to apply under one of them again).
pub async fn my_organizations(app: &App, actor: &Actor) -> Result<Vec<Organization>> {
    Ok(orgs::orgs_of(app.db.conn(), actor.user.id, &AccountRole::SPEAKS_FOR_COMPANY)
        .await?
        .into_iter()
        .map(Organization::from)
        .collect())
}

pub async fn addresses(app: &App, r: &Reach) -> Result<Vec<Address>> {
    Ok(account_data::addresses(app.db.conn(), r.account.id).await?.into_iter().map(Address::from).collect())
}

pub async fn identifiers(app: &App, r: &Reach) -> Result<Vec<Identifier>> {
    Ok(account_data::identifiers(app.db.conn(), r.account.id).await?.into_iter().map(Identifier::from).collect())
}

pub async fn bond(app: &App, r: &Reach) -> Result<Option<Bond>> {
    Ok(account_data::bond(app.db.conn(), r.account.id).await?.map(Bond::from))
}

/// What the company has declared of its eligibility.
pub async fn declarations(app: &App, r: &Reach) -> Result<Vec<ctpat_domain::partner::eligibility::Declaration>> {
    Ok(account_data::declarations(app.db.conn(), r.account.id)
        .await?
        .iter()
        .filter_map(|d| ctpat_domain::partner::eligibility::Declaration::from_key(&d.declaration))
        .collect())
}

pub async fn contacts(app: &App, r: &Reach) -> Result<Vec<Contact>> {
    Ok(account_data::contacts(app.db.conn(), r.account.id).await?.into_iter().map(Contact::from).collect())
}
