//! What needs a program staff member today, for their home page: the decisions waiting for
//! them, the profiles to review, the deadlines of the week and those passed, and the messages,
//! bond requests and unplaced applications that wait — each counted within their reach.

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use chrono::Duration;
use ctpat_domain::{Permission, StaffRole};
use ctpat_store::accounts;

/// Counts for one person; `None` where the person has no part in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Today {
    /// Decisions the person owes: a Supervisor certification, suspension, reinstatement and
    /// assignment; HQ appeals.
    pub decisions: Option<u64>,
    pub reviews: Option<u64>,
    pub due_this_week: u64,
    pub overdue: u64,
    pub unread_messages: Option<i64>,
    pub bond_requests: Option<u64>,
    /// Applications not placed in a field office yet (HQ).
    pub unplaced: Option<u64>,
}

/// The decisions a role takes, as the account's pending decision names them.
fn decisions_of(role: StaffRole) -> &'static [&'static str] {
    match role {
        StaffRole::Supervisor => &["certification", "suspension", "reinstatement", "assignment"],
        StaffRole::Hq => &["appeal"],
        StaffRole::Scss | StaffRole::Admin => &[],
    }
}

pub async fn today(app: &App, actor: &Actor) -> Result<Today> {
    let scope = super::staff_scope(actor).ok_or(Error::Forbidden)?;
    let role = actor.staff_role().ok_or(Error::Forbidden)?;
    let conn = app.db.conn();
    let now = app.now();
    let decisions = match decisions_of(role) {
        [] => None,
        kinds => Some(accounts::count_open(conn, scope, kinds, None).await?),
    };
    let reviews = if actor.has(Permission::ReviewProfiles) {
        Some(ctpat_store::profiles::count_submitted(conn, scope).await?)
    } else {
        None
    };
    let week = accounts::Window { from: Some(now), to: Some(now + Duration::days(7)) };
    let due_this_week = accounts::count_open(conn, scope, &[], Some(week)).await?;
    let passed = accounts::Window { from: None, to: Some(now) };
    let overdue = accounts::count_open(conn, scope, &[], Some(passed)).await?;
    let unread_messages = if actor.has(Permission::MessagePartners) {
        Some(crate::messages::unread_total(app, actor, None).await?)
    } else {
        None
    };
    let bond_requests = if actor.has(Permission::EditBond) {
        Some(ctpat_store::bond_requests::count_pending(conn, scope).await?)
    } else {
        None
    };
    let unplaced = if actor.has(Permission::PlaceAccountsInOffices) {
        Some(accounts::count_open(conn, accounts::Scope::Office(None), &[], None).await?)
    } else {
        None
    };
    Ok(Today { decisions, reviews, due_this_week, overdue, unread_messages, bond_requests, unplaced })
}
