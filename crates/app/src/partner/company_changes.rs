//! Changes to a company's data after its application — the organization's name and contact
//! data, its addresses, its identifiers — are requested by an Officer or Account admin and
//! decided by the SCSS (or a Supervisor), as bond changes are: checked as the wizard checks
//! them when requested, applied only on approval, with the old and the new values in the
//! account's history. A pending request holds nothing else up.

use super::application::{AddressInput, OrgContact, OrgInput, parse_addresses, parse_org_contact};
use super::{Reach, reach};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::notifications::{Contacts, Notice};
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::country::Country;
use ctpat_domain::notice::NoticeKind;
use ctpat_domain::partner::identifiers::{self, IdentifierKind};
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::{Permission, Problem};
use ctpat_store::ConnectionTrait;
use ctpat_store::account_data::{self, NewAddress};
use ctpat_store::company_changes as store;
use serde_json::{Value, json};

/// What a request changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Organization,
    Addresses,
    Identifiers,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 3] = [ChangeKind::Organization, ChangeKind::Addresses, ChangeKind::Identifiers];

    pub fn key(self) -> &'static str {
        match self {
            ChangeKind::Organization => "organization",
            ChangeKind::Addresses => "addresses",
            ChangeKind::Identifiers => "identifiers",
        }
    }

    pub fn from_key(s: &str) -> Option<ChangeKind> {
        Self::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// What the company asks to change, as typed.
pub enum Change {
    Organization(OrgInput),
    Addresses(AddressInput, Vec<AddressInput>),
    Identifiers(Vec<(IdentifierKind, String)>),
}

/// One line of a company's data: (label id, value), for the page and the history.
pub type Line = (String, String);

/// A request as the page lists it.
#[derive(Debug, Clone)]
pub struct ChangeView {
    pub id: i64,
    pub kind: ChangeKind,
    pub proposed: Vec<Line>,
    /// `pending`, `approved`, `rejected`.
    pub status: String,
    pub requested_at: DateTime<Utc>,
    pub note: Option<String>,
}

pub struct CompanyPage {
    pub reach: Reach,
    /// The organization's name and contact data, the addresses, the identifiers as on file.
    pub organization: Vec<Line>,
    pub addresses: Vec<Line>,
    pub identifiers: Vec<Line>,
    /// The current values for the request forms (field name → value).
    pub values: Vec<(String, String)>,
    pub requests: Vec<ChangeView>,
    pub can_request: bool,
    pub can_decide: bool,
}

fn can_request(r: &Reach) -> bool {
    !r.is_staff()
        && r.can(Permission::EditCompanyData)
        && !matches!(
            r.account.status,
            Status::Draft | Status::Withdrawn | Status::Rejected | Status::Ineligible | Status::Removed
        )
}

fn can_decide(r: &Reach) -> bool {
    r.is_staff() && r.can(Permission::WorkAssignedAccounts)
}

fn address_json(a: &NewAddress) -> Value {
    json!({"kind": a.kind, "line1": a.line1, "line2": a.line2, "city": a.city, "region": a.region,
           "postal_code": a.postal_code, "country": a.country, "staffed": a.staffed})
}

fn address_of(v: &Value) -> Option<NewAddress> {
    let s = |k: &str| v[k].as_str().map(str::to_string);
    Some(NewAddress {
        kind: s("kind")?,
        line1: s("line1")?,
        line2: s("line2"),
        city: s("city")?,
        region: s("region"),
        postal_code: s("postal_code"),
        country: s("country")?,
        staffed: v["staffed"].as_bool().unwrap_or(false),
    })
}

fn address_line(v: &Value) -> Line {
    let part = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    let text: Vec<String> = ["line1", "line2", "city", "region", "postal_code", "country"]
        .iter()
        .map(|k| part(k))
        .filter(|p| !p.is_empty())
        .collect();
    let label = match part("kind").as_str() {
        "hq" => "address-kind-hq".to_string(),
        kind => {
            format!("address-kind-{}", super::application::site_type(kind, v["staffed"].as_bool().unwrap_or(false)))
        }
    };
    (label, text.join(", "))
}

/// The lines a stored or proposed value shows as.
fn lines(kind: ChangeKind, v: &Value) -> Vec<Line> {
    match kind {
        ChangeKind::Organization => ["name", "dba", "phone", "website"]
            .iter()
            .filter_map(|k| v[*k].as_str().map(|x| (format!("field-{k}"), x.to_string())))
            .collect(),
        ChangeKind::Addresses => v.as_array().map(|a| a.iter().map(address_line).collect()).unwrap_or_default(),
        ChangeKind::Identifiers => v
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|p| Some((format!("idkind-{}", p[0].as_str()?), p[1].as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// The company's current data of each kind, as JSON (what a request is compared with).
async fn current<C: ConnectionTrait>(conn: &C, r: &Reach, kind: ChangeKind) -> Result<Value> {
    Ok(match kind {
        ChangeKind::Organization => match r.account.organization_id {
            Some(id) => match ctpat_store::orgs::org(conn, id).await? {
                Some(o) => json!({"name": o.name, "dba": o.dba, "phone": o.phone, "website": o.website}),
                None => Value::Null,
            },
            None => Value::Null,
        },
        ChangeKind::Addresses => Value::Array(
            account_data::addresses(conn, r.account.id)
                .await?
                .iter()
                .map(|a| {
                    json!({"kind": a.kind, "line1": a.line1, "line2": a.line2, "city": a.city, "region": a.region,
                           "postal_code": a.postal_code, "country": a.country, "staffed": a.staffed})
                })
                .collect(),
        ),
        ChangeKind::Identifiers => Value::Array(
            account_data::identifiers(conn, r.account.id).await?.iter().map(|i| json!([i.kind, i.value])).collect(),
        ),
    })
}

pub async fn page(app: &App, actor: &Actor, account_id: i64) -> Result<CompanyPage> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let org = current(conn, &r, ChangeKind::Organization).await?;
    let addresses = current(conn, &r, ChangeKind::Addresses).await?;
    let ids = current(conn, &r, ChangeKind::Identifiers).await?;
    let mut values: Vec<(String, String)> = ["name", "dba", "phone", "website"]
        .iter()
        .map(|k| (k.to_string(), org[*k].as_str().unwrap_or_default().to_string()))
        .collect();
    let mut others = super::application::OTHER_PREFIXES.iter();
    for a in addresses.as_array().cloned().unwrap_or_default() {
        let kind = a["kind"].as_str().unwrap_or_default();
        let prefix = if kind == "hq" { "hq" } else { others.next().copied().unwrap_or("a3") };
        let site = super::application::site_type(kind, a["staffed"].as_bool().unwrap_or(false));
        values.push((format!("{prefix}_kind"), site.to_string()));
        for f in ["line1", "line2", "city", "region", "postal_code", "country"] {
            values.push((format!("{prefix}_{f}"), a[f].as_str().unwrap_or_default().to_string()));
        }
    }
    for p in ids.as_array().cloned().unwrap_or_default() {
        if let Some(k) = p[0].as_str().and_then(IdentifierKind::from_key) {
            values.push((identifiers::field_name(k).to_string(), p[1].as_str().unwrap_or_default().to_string()));
        }
    }
    let requests = store::of_account(conn, account_id)
        .await?
        .into_iter()
        .filter_map(|c| {
            let kind = ChangeKind::from_key(&c.kind)?;
            let v: Value = serde_json::from_str(&c.proposed).ok()?;
            Some(ChangeView {
                id: c.id,
                kind,
                proposed: lines(kind, &v),
                status: c.status,
                requested_at: c.requested_at,
                note: c.note,
            })
        })
        .collect();
    Ok(CompanyPage {
        organization: lines(ChangeKind::Organization, &org),
        addresses: lines(ChangeKind::Addresses, &addresses),
        identifiers: lines(ChangeKind::Identifiers, &ids),
        values,
        requests,
        can_request: can_request(&r),
        can_decide: can_decide(&r),
        reach: r,
    })
}

/// File a change request: checked as the wizard checks the same data, nothing applied yet.
pub async fn request(app: &App, actor: &Actor, account_id: i64, change: &Change) -> Result<i64> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    if !can_request(&r) {
        return Err(if r.is_staff() || !r.can(Permission::EditCompanyData) {
            Error::Forbidden
        } else {
            Error::Refused(Problem::new("refusal-not-allowed-in-status"))
        });
    }
    let (kind, proposed) = match change {
        Change::Organization(f) => {
            let o: OrgContact = parse_org_contact(f).map_err(Error::Invalid)?;
            (ChangeKind::Organization, json!({"name": o.name, "dba": o.dba, "phone": o.phone, "website": o.website}))
        }
        Change::Addresses(hq, others) => {
            let list = parse_addresses(hq, others).map_err(Error::Invalid)?;
            (ChangeKind::Addresses, Value::Array(list.iter().map(address_json).collect()))
        }
        Change::Identifiers(raw) => {
            let hq = account_data::addresses(conn, account_id).await?.into_iter().find(|a| a.kind == "hq");
            let hq_country = hq.and_then(|a| Country::parse(&a.country).ok());
            let ids = identifiers::parse_all(r.entity, raw, hq_country).map_err(Error::Invalid)?;
            (ChangeKind::Identifiers, Value::Array(ids.iter().map(|(k, v)| json!([k.key(), v])).collect()))
        }
    };
    let now = app.now();
    let txn = app.db.begin().await?;
    let before = current(&txn, &r, kind).await?;
    let c = store::insert(&txn, account_id, kind.key(), &proposed.to_string(), actor.user.id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "company.change_requested", Outcome::Ok), account_id)
            .object("company_change", c.id)
            .before(json!({"kind": kind.key(), "values": before}))
            .after(json!({"kind": kind.key(), "values": proposed})),
    )
    .await?;
    if let Some(scss) = r.account.assigned_scss_id {
        let notice = Notice {
            kind: NoticeKind::Status,
            account_id: Some(account_id),
            message: "centre-company-change-requested",
            args: vec![
                ("organization", ctpat_store::orgs::name_of(&txn, r.account.organization_id).await?),
                ("author", actor.user.name.clone()),
            ],
            refs: vec![("what", format!("company-change-{}", kind.key()))],
            link: format!("/accounts/{account_id}/company"),
        };
        crate::notifications::tell(&txn, app, scss, &notice).await?;
    }
    txn.commit().await?;
    Ok(c.id)
}

/// The SCSS (or a Supervisor) approves — the change is applied — or rejects with a note.
pub async fn decide(
    app: &App,
    actor: &Actor,
    account_id: i64,
    change_id: i64,
    approve: bool,
    note: &str,
) -> Result<()> {
    let now = app.now();
    let note = note.trim();
    if !approve && note.is_empty() {
        return Err(Error::field("note", Problem::new("err-reject-needs-note")));
    }
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if !can_decide(&r) {
        return Err(Error::Forbidden);
    }
    let c =
        store::of_account(&txn, account_id).await?.into_iter().find(|c| c.id == change_id).ok_or(Error::NotFound)?;
    let kind = ChangeKind::from_key(&c.kind).ok_or_else(|| Error::Internal(format!("change kind {}", c.kind)))?;
    let status = if approve { "approved" } else { "rejected" };
    if !store::decide(&txn, account_id, c.id, status, actor.user.id, (!note.is_empty()).then_some(note), now).await? {
        return Err(Error::ChangedMeanwhile);
    }
    let before = current(&txn, &r, kind).await?;
    let proposed: Value = serde_json::from_str(&c.proposed).map_err(|e| Error::Internal(e.to_string()))?;
    if approve {
        match kind {
            ChangeKind::Organization => {
                let org_id = r.account.organization_id.ok_or(Error::NotFound)?;
                let org = ctpat_store::orgs::org(&txn, org_id).await?.ok_or(Error::NotFound)?;
                let s = |k: &str| proposed[k].as_str().map(str::to_string);
                let (name, dba, phone, website) =
                    (s("name").unwrap_or(org.name.clone()), s("dba"), s("phone"), s("website"));
                let values = ctpat_store::orgs::NewOrg {
                    name: &name,
                    dba: dba.as_deref(),
                    phone: phone.as_deref(),
                    website: website.as_deref(),
                    year_founded: org.year_founded,
                    employee_count: org.employee_count,
                    ownership_type: org.ownership_type.as_deref(),
                };
                ctpat_store::orgs::update_org(&txn, &org, values, now).await?;
            }
            ChangeKind::Addresses => {
                let list: Vec<NewAddress> =
                    proposed.as_array().map(|a| a.iter().filter_map(address_of).collect()).unwrap_or_default();
                account_data::replace_addresses(&txn, account_id, &list).await?;
            }
            ChangeKind::Identifiers => {
                let list: Vec<(String, String)> = proposed
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|p| Some((p[0].as_str()?.to_string(), p[1].as_str()?.to_string())))
                            .collect()
                    })
                    .unwrap_or_default();
                account_data::replace_identifiers(&txn, account_id, &list).await?;
            }
        }
    }
    ctpat_store::audit::append(
        &txn,
        for_account(
            audit::by(
                actor,
                now,
                if approve { "company.change_approved" } else { "company.change_rejected" },
                Outcome::Ok,
            ),
            account_id,
        )
        .object("company_change", c.id)
        .before(json!({"kind": kind.key(), "values": before}))
        .after(json!({"kind": kind.key(), "values": if approve { proposed } else { Value::Null }, "note": note})),
    )
    .await?;
    let notice = Notice {
        kind: NoticeKind::Status,
        account_id: Some(account_id),
        message: "centre-company-change-decided",
        args: vec![
            ("organization", ctpat_store::orgs::name_of(&txn, r.account.organization_id).await?),
            ("note", note.to_string()),
        ],
        refs: vec![
            ("what", format!("company-change-{}", kind.key())),
            ("decision", if approve { "bond-request-approved" } else { "bond-request-rejected" }.to_string()),
        ],
        link: format!("/accounts/{account_id}/company"),
    };
    crate::notifications::tell_account(&txn, app, account_id, Contacts::Deciders, &notice).await?;
    txn.commit().await?;
    Ok(())
}
