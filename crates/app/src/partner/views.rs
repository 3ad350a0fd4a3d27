//! Reads for partner pages. Each takes a `Reach` (the account was already resolved for the
//! actor), so the web layer never touches the store.

use super::Reach;
use crate::App;
use crate::actor::Actor;
use crate::error::Result;
use ctpat_store::account_data::{self, AddressRow, BondRow, ContactRow, IdentifierRow};
use ctpat_store::accounts::{self, Member, Org};
use ctpat_store::users::User;

pub async fn organization(app: &App, r: &Reach) -> Result<Option<Org>> {
    Ok(match r.account.organization_id {
        Some(id) => accounts::org(app.db.conn(), id).await?,
        None => None,
    })
}

/// Organizations the actor belongs to (to apply under one of them again).
pub async fn my_organizations(app: &App, actor: &Actor) -> Result<Vec<Org>> {
    Ok(accounts::orgs_of(app.db.conn(), actor.user.id).await?)
}

pub async fn addresses(app: &App, r: &Reach) -> Result<Vec<AddressRow>> {
    Ok(account_data::addresses(app.db.conn(), r.account.id).await?)
}

pub async fn identifiers(app: &App, r: &Reach) -> Result<Vec<IdentifierRow>> {
    Ok(account_data::identifiers(app.db.conn(), r.account.id).await?)
}

pub async fn bond(app: &App, r: &Reach) -> Result<Option<BondRow>> {
    Ok(account_data::bond(app.db.conn(), r.account.id).await?)
}

pub async fn contacts(app: &App, r: &Reach) -> Result<Vec<ContactRow>> {
    Ok(account_data::contacts(app.db.conn(), r.account.id).await?)
}

/// The people with a login on the account, with their user record.
pub async fn members(app: &App, r: &Reach) -> Result<Vec<(Member, User)>> {
    let conn = app.db.conn();
    let mut out = Vec::new();
    for m in accounts::members(conn, r.account.id).await? {
        if let Some(u) = ctpat_store::users::find(conn, m.user_id).await? {
            out.push((m, u));
        }
    }
    Ok(out)
}

pub async fn missing(app: &App, r: &Reach) -> Result<Vec<(super::application::Step, ctpat_domain::Problem)>> {
    super::application::missing(app.db.conn(), r).await
}

/// A bond change request as pages show it.
pub type BondRequest = ctpat_store::program::BondRequestRow;
