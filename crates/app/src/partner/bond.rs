//! Bond data. By default only program staff edit it (policy `partners_may_edit_bond` off); a
//! partner asks for a change, the SCSS approves or rejects, and a pending request blocks
//! nothing else on the account — the real portal's bond lock did, ours does not.

use super::application::{BondInput, parse_bond};
use super::views::BondRequest;
use super::{Reach, reach};
use crate::App;
use crate::actor::{Actor, Can, Perm};
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::notifications::{Contacts, Notice};
use ctpat_domain::audit::Outcome;
use ctpat_domain::notice::NoticeKind;
use ctpat_domain::partner::bond::BondRequestStatus;
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::{Permission, Problem};
use ctpat_store::account_data::{self, BondRow, NewBond};
use ctpat_store::bond_requests::{self, NewBondRequest};
use ctpat_store::policies;
use serde_json::json;

pub const PARTNERS_MAY_EDIT_BOND: &str = "partners_may_edit_bond";

pub async fn partners_may_edit(app: &App) -> Result<bool> {
    Ok(policies::policy(app.db.conn(), PARTNERS_MAY_EDIT_BOND).await?.as_deref() == Some("on"))
}

/// Editing program policies, as a type.
pub struct EditPolicy;
impl Perm for EditPolicy {
    const PERMISSION: Permission = Permission::EditProgramPolicy;
}

/// HQ turns the policy on or off.
pub async fn set_partners_may_edit(app: &App, can: &Can<'_, EditPolicy>, on: bool) -> Result<()> {
    let now = app.now();
    let before = partners_may_edit(app).await?;
    let txn = app.db.begin().await?;
    policies::set_policy(&txn, PARTNERS_MAY_EDIT_BOND, if on { "on" } else { "off" }, can.actor.user.id, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(can.actor, now, "policy.changed", Outcome::Ok)
            .object("policy", PARTNERS_MAY_EDIT_BOND)
            .before(json!({"value": before}))
            .after(json!({"value": on})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// How the actor may change this account's bond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BondRight {
    /// Edit it directly (program staff; partners when the policy allows).
    Edit,
    /// Ask the SCSS for a change.
    Request,
    ReadOnly,
}

pub struct BondPage {
    pub reach: Reach,
    pub bond: Option<super::views::Bond>,
    pub requests: Vec<BondRequest>,
    pub right: BondRight,
    pub can_decide: bool,
}

fn right(r: &Reach, policy_on: bool) -> BondRight {
    let closed = matches!(
        Some(r.account.status),
        Some(Status::Removed | Status::Withdrawn | Status::Rejected | Status::Ineligible)
    );
    if closed {
        BondRight::ReadOnly
    } else if r.is_staff() {
        if r.can(Permission::EditBond) { BondRight::Edit } else { BondRight::ReadOnly }
    } else if r.can(Permission::EditCompanyData) {
        if policy_on || r.account.status == Status::Draft { BondRight::Edit } else { BondRight::Request }
    } else {
        BondRight::ReadOnly
    }
}

pub async fn page(app: &App, actor: &Actor, account_id: i64) -> Result<BondPage> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    let policy_on = partners_may_edit(app).await?;
    Ok(BondPage {
        bond: account_data::bond(app.db.conn(), account_id).await?.map(Into::into),
        requests: bond_requests::bond_requests(app.db.conn(), account_id)
            .await?
            .into_iter()
            .map(BondRequest::try_from)
            .collect::<Result<_>>()?,
        right: right(&r, policy_on),
        can_decide: r.is_staff() && r.can(Permission::EditBond),
        reach: r,
    })
}

fn bond_json(b: Option<&NewBond>) -> serde_json::Value {
    b.map(|b| json!({"number": b.number, "type": b.bond_type, "surety": b.surety, "effective_on": b.effective_on}))
        .unwrap_or(serde_json::Value::Null)
}

fn row_json(b: Option<&BondRow>) -> serde_json::Value {
    b.map(|b| json!({"number": b.number, "type": b.bond_type, "surety": b.surety, "effective_on": b.effective_on}))
        .unwrap_or(serde_json::Value::Null)
}

/// Save a bond: directly when the actor may edit, otherwise as a change request.
/// Returns true when a request was filed.
pub async fn save(app: &App, actor: &Actor, account_id: i64, input: &BondInput) -> Result<bool> {
    let new = parse_bond(input, true)
        .map_err(Error::Invalid)?
        .ok_or_else(|| Error::field("bond_number", Problem::new("err-required")))?;
    let now = app.now();
    let policy_on = partners_may_edit(app).await?;
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    match right(&r, policy_on) {
        BondRight::ReadOnly => Err(Error::Forbidden),
        BondRight::Edit => {
            let before = account_data::bond(&txn, account_id).await?;
            account_data::set_bond(&txn, account_id, Some(&new), actor.user.id, now).await?;
            ctpat_store::audit::append(
                &txn,
                for_account(audit::by(actor, now, "bond.changed", Outcome::Ok), account_id)
                    .object("bond", account_id)
                    .before(row_json(before.as_ref()))
                    .after(bond_json(Some(&new))),
            )
            .await?;
            txn.commit().await?;
            Ok(false)
        }
        BondRight::Request => {
            let req = bond_requests::insert_bond_request(
                &txn,
                NewBondRequest {
                    account_id,
                    number: &new.number,
                    bond_type: &new.bond_type,
                    surety: new.surety.as_deref(),
                    effective_on: new.effective_on.as_deref(),
                    requested_by: actor.user.id,
                    now,
                },
            )
            .await?;
            ctpat_store::audit::append(
                &txn,
                for_account(audit::by(actor, now, "bond.change_requested", Outcome::Ok), account_id)
                    .object("bond_change_request", req.id)
                    .after(bond_json(Some(&new))),
            )
            .await?;
            // The SCSS who decides hears of it.
            if let Some(scss) = r.account.assigned_scss_id {
                let notice = Notice {
                    kind: NoticeKind::Bond,
                    account_id: Some(account_id),
                    message: "centre-bond-requested",
                    args: vec![
                        ("organization", ctpat_store::orgs::name_of(&txn, r.account.organization_id).await?),
                        ("author", actor.user.name.clone()),
                    ],
                    refs: Vec::new(),
                    link: format!("/accounts/{account_id}/bond"),
                };
                crate::notifications::tell(&txn, app, scss, &notice).await?;
            }
            txn.commit().await?;
            Ok(true)
        }
    }
}

/// The SCSS approves (the bond is changed) or rejects (with a note) a pending request.
pub async fn decide(
    app: &App,
    actor: &Actor,
    account_id: i64,
    request_id: i64,
    approve: bool,
    note: &str,
) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if !(r.is_staff() && r.can(Permission::EditBond)) {
        return Err(Error::Forbidden);
    }
    let req = bond_requests::bond_requests(&txn, account_id)
        .await?
        .into_iter()
        .find(|q| q.id == request_id)
        .ok_or(Error::NotFound)?;
    let note = note.trim();
    if !approve && note.is_empty() {
        return Err(Error::field("note", Problem::new("err-reject-needs-note")));
    }
    if !bond_requests::decide_bond_request(
        &txn,
        req.id,
        BondRequestStatus::decided(approve),
        actor.user.id,
        (!note.is_empty()).then_some(note),
        now,
    )
    .await?
    {
        return Err(Error::ChangedMeanwhile);
    }
    let before = account_data::bond(&txn, account_id).await?;
    if approve {
        let new = NewBond {
            number: req.number.clone(),
            bond_type: req.bond_type.clone(),
            surety: req.surety.clone(),
            effective_on: req.effective_on.clone(),
        };
        account_data::set_bond(&txn, account_id, Some(&new), actor.user.id, now).await?;
    }
    ctpat_store::audit::append(
        &txn,
        for_account(
            audit::by(actor, now, if approve { "bond.change_approved" } else { "bond.change_rejected" }, Outcome::Ok),
            account_id,
        )
        .object("bond_change_request", req.id)
        .before(row_json(before.as_ref()))
        .after(json!({"number": req.number, "type": req.bond_type, "note": note})),
    )
    .await?;
    let notice = Notice {
        kind: NoticeKind::Bond,
        account_id: Some(account_id),
        message: "centre-bond-decided",
        args: vec![
            ("organization", ctpat_store::orgs::name_of(&txn, r.account.organization_id).await?),
            ("note", note.to_string()),
        ],
        refs: vec![("decision", if approve { "bond-request-approved" } else { "bond-request-rejected" }.to_string())],
        link: format!("/accounts/{account_id}/bond"),
    };
    crate::notifications::tell_account(&txn, app, account_id, Contacts::Deciders, &notice).await?;
    txn.commit().await?;
    Ok(())
}

/// Pending requests the SCSS (or Supervisor) should decide.
pub async fn pending(app: &App, actor: &Actor) -> Result<Vec<BondRequest>> {
    let scope = super::staff_scope(actor).ok_or(Error::Forbidden)?;
    bond_requests::pending_bond_requests(app.db.conn(), scope, 200)
        .await?
        .into_iter()
        .map(BondRequest::try_from)
        .collect()
}
