//! Field offices: HQ creates them and places accounts in them; a system admin puts staff in
//! them. A Supervisor's reach is their office, an SCSS's the accounts assigned to them there:
//! an account moved to another office leaves its SCSS's reach, and the new office's
//! Supervisors are told so that one of them assigns an SCSS of theirs.

use crate::App;
use crate::actor::{Actor, Can, ManageOffices, ManageStaff, PlaceAccounts};
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use crate::notifications::{Notice, tell};
use ctpat_domain::audit::Outcome;
use ctpat_domain::notice::NoticeKind;
use ctpat_domain::office::{FieldOffice, OfficeCode, parse_name};
use ctpat_domain::{Problem, StaffRole};
use ctpat_store::offices as store;
use serde_json::json;

/// An office with what it holds.
pub struct OfficeSummary {
    pub office: FieldOffice,
    pub accounts: i64,
    pub staff: i64,
}

/// The offices page: every office, then what is in none.
pub struct Offices {
    pub offices: Vec<OfficeSummary>,
    pub unplaced_accounts: i64,
    pub staff_without_office: i64,
}

/// Every office, for program staff (filters, labels, choices).
pub async fn all(app: &App, actor: &Actor) -> Result<Vec<FieldOffice>> {
    if actor.staff_role().is_none() {
        return Err(Error::Forbidden);
    }
    Ok(store::list(app.db.conn()).await?)
}

pub async fn overview(app: &App, _can: &Can<'_, ManageOffices>) -> Result<Offices> {
    let conn = app.db.conn();
    let accounts = store::account_counts(conn).await?;
    let staff = store::staff_counts(conn).await?;
    let count = |rows: &[(Option<i64>, i64)], o: Option<i64>| rows.iter().find(|(k, _)| *k == o).map_or(0, |(_, n)| *n);
    let offices = store::list(conn)
        .await?
        .into_iter()
        .map(|o| OfficeSummary { accounts: count(&accounts, Some(o.id)), staff: count(&staff, Some(o.id)), office: o })
        .collect();
    Ok(Offices { offices, unplaced_accounts: count(&accounts, None), staff_without_office: count(&staff, None) })
}

pub async fn create(app: &App, can: &Can<'_, ManageOffices>, code: &str, name: &str) -> Result<FieldOffice> {
    let mut errors = Vec::new();
    let code = OfficeCode::parse(code).map_err(|p| errors.push(p.on("office_code"))).ok();
    let name = parse_name(name).map_err(|p| errors.push(p.on("office_name"))).ok();
    let (Some(code), Some(name)) = (code, name) else { return Err(Error::Invalid(errors)) };
    let now = app.now();
    let txn = app.db.begin().await?;
    let office = store::insert(&txn, code.as_str(), &name, now).await.map_err(|e| {
        if e.is_unique_on("code") {
            Error::field("office_code", Problem::new("err-office-code-taken"))
        } else {
            e.into()
        }
    })?;
    ctpat_store::audit::append(
        &txn,
        audit::by(can.actor, now, "office.created", Outcome::Ok)
            .object("field_office", office.id)
            .after(json!({"code": office.code, "name": office.name})),
    )
    .await?;
    txn.commit().await?;
    Ok(office)
}

pub async fn rename(app: &App, can: &Can<'_, ManageOffices>, id: i64, name: &str) -> Result<()> {
    let name = parse_name(name).map_err(|p| Error::Invalid(vec![p.on("office_name")]))?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let office = store::find(&txn, id).await?.ok_or(Error::NotFound)?;
    if office.name == name {
        return Ok(());
    }
    store::rename(&txn, id, &name).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(can.actor, now, "office.renamed", Outcome::Ok)
            .object("field_office", id)
            .before(json!({"name": office.name}))
            .after(json!({"name": name})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Read an office choice from a form: empty is "no office".
pub(crate) async fn office_choice<C: ctpat_store::ConnectionTrait>(
    conn: &C,
    typed: &str,
) -> Result<Option<FieldOffice>> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let bad = || Error::field("office", Problem::new("err-choose-one"));
    let id: i64 = typed.parse().map_err(|_| bad())?;
    store::find(conn, id).await?.map(Some).ok_or_else(bad)
}

fn code_of(o: &Option<FieldOffice>) -> serde_json::Value {
    o.as_ref().map_or(serde_json::Value::Null, |o| json!(o.code))
}

/// Put a staff member in an office (or none).
pub async fn set_staff_office(app: &App, can: &Can<'_, ManageStaff>, user_id: i64, office: &str) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let user =
        ctpat_store::users::find(&txn, user_id).await?.filter(|u| u.staff_role.is_some()).ok_or(Error::NotFound)?;
    let office = office_choice(&txn, office).await?;
    let new = office.as_ref().map(|o| o.id);
    if user.field_office_id == new {
        return Ok(());
    }
    let old = match user.field_office_id {
        Some(id) => store::find(&txn, id).await?,
        None => None,
    };
    store::set_staff_office(&txn, user.id, new, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(can.actor, now, "staff.office_changed", Outcome::Ok)
            .object("user", user.id)
            .before(json!({"office": code_of(&old)}))
            .after(json!({"office": code_of(&office)})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Place an account in a field office, or move it to another (HQ). The Supervisors of the new
/// office are told, so that one of them assigns an SCSS of theirs.
pub async fn place_account(app: &App, can: &Can<'_, PlaceAccounts>, account_id: i64, office: &str) -> Result<()> {
    let actor = can.actor;
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = crate::partner::reach(&txn, actor, account_id).await?;
    let office =
        office_choice(&txn, office).await?.ok_or_else(|| Error::field("office", Problem::new("err-choose-one")))?;
    if r.account.field_office_id == Some(office.id) {
        return Err(Error::field("office", Problem::new("err-office-same")));
    }
    ctpat_store::accounts::lock(&txn, account_id).await?;
    let old = match r.account.field_office_id {
        Some(id) => store::find(&txn, id).await?,
        None => None,
    };
    ctpat_store::accounts::set_office(&txn, account_id, Some(office.id), now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::for_account(audit::by(actor, now, "account.office_changed", Outcome::Ok), account_id)
            .object("account", account_id)
            .before(json!({"office": code_of(&old)}))
            .after(json!({"office": office.code})),
    )
    .await?;
    let organization = ctpat_store::orgs::name_of(&txn, r.account.organization_id).await?;
    let notice = Notice {
        kind: NoticeKind::Status,
        account_id: Some(account_id),
        message: "centre-account-placed",
        args: vec![("organization", organization), ("office", office.label())],
        refs: Vec::new(),
        link: format!("/accounts/{account_id}"),
    };
    for s in store::staff_of(&txn, Some(office.id), StaffRole::Supervisor.key()).await? {
        tell(&txn, app, s.id, &notice).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A list page's office filter as typed: empty for every office, `none` for accounts placed
/// in none, or an office's id (anything else: every office).
pub fn filter_of(typed: &str) -> Option<Option<i64>> {
    match typed.trim() {
        "" => None,
        "none" => Some(None),
        id => id.parse().ok().map(Some),
    }
}

/// The office an account is placed in, to show it.
pub async fn of_account(app: &App, office: Option<i64>) -> Result<Option<FieldOffice>> {
    match office {
        Some(id) => Ok(store::find(app.db.conn(), id).await?),
        None => Ok(None),
    }
}
