//! SVI: connections between accounts, what one partner sees of another, bulk
//! verification, and monitoring (a connected partner's status change reaches every partner
//! once, in-app and by e-mail, in the transaction that changed the status).
//!
//! The use cases take a [`By`]: a person on the pages or an API token of the account, so that
//! the pages and the API run the same rules and are audited alike.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, By, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::{Reach, reach};
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::Account;
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::svi::Connection;
use ctpat_domain::svi::{self as dsvi, ConnectionStatus, Facts, PartnerView, Settings, SviNumber, Verdict};
use ctpat_domain::{Email, Permission, Problem};
use ctpat_store::ConnectionTrait;
use ctpat_store::accounts;
use ctpat_store::svi::{self as ssvi, SettingsRow};
use serde_json::json;
use std::collections::{HashMap, HashSet};

pub(crate) mod notify;
mod participation;
mod search;
mod verify;
mod visibility;
pub use notify::*;
pub use participation::*;
pub use search::*;
pub use verify::*;
pub use visibility::Seen;
use visibility::{reachable, seen, settings, settings_of_row, sisters};

/// One connected partner on the SVI page.
pub struct PartnerLine {
    pub connection_id: i64,
    pub since: Option<DateTime<Utc>>,
    pub partner: Seen,
    /// Other accounts of the partner's organization its scope shares.
    pub also: Vec<Seen>,
}

/// A pending request on the SVI page (incoming or outgoing).
pub struct RequestLine {
    pub connection_id: i64,
    pub at: DateTime<Utc>,
    pub other: Seen,
}

pub struct BlockLine {
    pub account_id: i64,
    pub at: DateTime<Utc>,
    pub other: Seen,
}

pub struct SviPage {
    pub reach: Reach,
    pub settings: Settings,
    /// False when the account has no SVI number yet or is closed.
    pub eligible: bool,
    pub can_manage: bool,
    /// Other accounts of the same organization, with whether the chosen scope includes them.
    pub sisters: Vec<(Account, bool)>,
    pub partners: Vec<PartnerLine>,
    pub incoming: Vec<RequestLine>,
    pub outgoing: Vec<RequestLine>,
    pub blocks: Vec<BlockLine>,
}

/// An account's connections, requests and blocks, with what it may see of each partner.
pub struct Overview {
    pub partners: Vec<PartnerLine>,
    pub incoming: Vec<RequestLine>,
    pub outgoing: Vec<RequestLine>,
    pub blocks: Vec<BlockLine>,
}

pub(crate) async fn overview<C: ConnectionTrait>(conn: &C, me: &Account) -> Result<Overview> {
    let rows = ssvi::connections_of(conn, me.id).await?;
    let blocks = ssvi::blocks_by(conn, me.id).await?;
    let mut other_ids: Vec<i64> = rows.iter().map(|c| c.other(me.id)).collect();
    other_ids.extend(blocks.iter().map(|b| b.blocked_id));
    let others = ssvi::accounts_by_ids(conn, &other_ids).await?;
    let connected: Vec<Account> =
        others.iter().filter(|a| rows.iter().any(|c| c.is_accepted() && c.other(me.id) == a.id)).cloned().collect();
    let fam = sisters(conn, &connected).await?;
    let mut all: Vec<Account> = others.clone();
    all.extend(fam.values().flatten().cloned());
    let views = seen(conn, &all).await?;
    let view = |id: i64| views.get(&id).cloned();
    let mut partners = vec![];
    let mut incoming = vec![];
    let mut outgoing = vec![];
    for c in &rows {
        let Some(other) = view(c.other(me.id)) else { continue };
        if c.is_accepted() {
            let also =
                fam.get(&other.account_id).map(|l| l.iter().filter_map(|a| view(a.id)).collect()).unwrap_or_default();
            partners.push(PartnerLine { connection_id: c.id, since: c.accepted_at, partner: other, also });
        } else if c.target_id == me.id {
            incoming.push(RequestLine { connection_id: c.id, at: c.requested_at, other });
        } else {
            outgoing.push(RequestLine { connection_id: c.id, at: c.requested_at, other });
        }
    }
    partners.sort_by(|a, b| a.partner.view.name.cmp(&b.partner.view.name));
    let blocks: Vec<BlockLine> = blocks
        .iter()
        .filter_map(|b| view(b.blocked_id).map(|other| BlockLine { account_id: b.blocked_id, at: b.created_at, other }))
        .collect();
    Ok(Overview { partners, incoming, outgoing, blocks })
}

pub async fn page(app: &App, actor: &Actor, account_id: i64) -> Result<SviPage> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let me = &r.account;
    let settings = settings(conn, me.id).await?;
    let family: Vec<(Account, bool)> = match me.organization_id {
        Some(org) => {
            let chosen: HashSet<i64> = ssvi::scope_ids(conn, me.id).await?.into_iter().collect();
            accounts::accounts_of_org(conn, org)
                .await?
                .into_iter()
                .filter(|a| a.id != me.id)
                .map(|a| {
                    let c = chosen.contains(&a.id);
                    (a, c)
                })
                .collect()
        }
        None => vec![],
    };
    let Overview { partners, incoming, outgoing, blocks } = overview(conn, me).await?;
    Ok(SviPage {
        eligible: me.svi_number.is_some() && dsvi::takes_part(me.status),
        can_manage: !r.is_staff() && r.can(Permission::ManageSvi),
        settings,
        sisters: family,
        partners,
        incoming,
        outgoing,
        blocks,
        reach: r,
    })
}

/// Reach the account as a person who may manage its SVI.
async fn managing<C: ConnectionTrait>(conn: &C, actor: &Actor, account_id: i64) -> Result<Account> {
    let r = reach(conn, actor, account_id).await?;
    if r.is_staff() || !r.can(Permission::ManageSvi) {
        return Err(Error::Forbidden);
    }
    Ok(r.account)
}

/// The account must be in SVI to connect.
async fn must_take_part<C: ConnectionTrait>(conn: &C, me: &Account) -> Result<Settings> {
    let s = settings(conn, me.id).await?;
    if me.svi_number.is_none() || !dsvi::takes_part(me.status) {
        return Err(Error::Refused(Problem::new("err-svi-not-active")));
    }
    if !s.participates {
        return Err(Error::Refused(Problem::new("err-svi-not-participating")));
    }
    Ok(s)
}

/// Ask `target` for a connection (accepted at once when the target auto-accepts).
/// Refusals are problems for the caller to place on its field.
pub(crate) async fn request_in<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    by: By<'_>,
    me: &Account,
    target: Option<Account>,
) -> Result<Connection> {
    must_take_part(conn, me).await?;
    let now = app.now();
    let Some(target) = target else { return Err(Error::Refused(Problem::new("err-svi-unknown"))) };
    let ts = settings(conn, target.id).await?;
    let existing = ssvi::between(conn, me.id, target.id).await?;
    let blocked = ssvi::is_blocked(conn, target.id, me.id).await?;
    if let Some(code) = dsvi::request_refusal(target.id == me.id, reachable(&target, &ts), existing.is_some(), blocked)
    {
        return Err(Error::Refused(Problem::new(code)));
    }
    let row = ssvi::insert_connection(conn, me.id, target.id, ts.auto_accept, by.user_id(), now).await?;
    let after = json!({"target": target.svi_number, "status": row.status});
    ctpat_store::audit::append(
        conn,
        by.event(now, "svi.requested", me.id).object("svi_connection", row.id).after(after.clone()),
    )
    .await?;
    // The target's trail shows the request too (a second event, same transaction).
    ctpat_store::audit::append(
        conn,
        by.event(now, "svi.request-received", target.id)
            .object("svi_connection", row.id)
            .after(json!({"from": me.svi_number, "status": row.status})),
    )
    .await?;
    let kind = if ts.auto_accept { "svi-connected" } else { "svi-request" };
    notify_about(conn, app, target.id, kind, me, now).await?;
    if ts.auto_accept {
        notify_about(conn, app, me.id, "svi-accepted", &target, now).await?;
    }
    Ok(row)
}

/// The organization name of an account (empty when it has none yet).
async fn org_name<C: ConnectionTrait>(conn: &C, account: &Account) -> Result<String> {
    Ok(ctpat_store::orgs::name_of(conn, account.organization_id).await?)
}

async fn notify_about<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    to: i64,
    kind: &str,
    about: &Account,
    now: DateTime<Utc>,
) -> Result<()> {
    let name = org_name(conn, about).await?;
    let data = json!({"name": name, "svi": about.svi_number, "entity_type": about.entity_type}).to_string();
    ssvi::notify(conn, to, kind, Some(about.id), &data, now).await?;
    // The account's people hear of it in their notification centre too.
    let message = match kind {
        "svi-request" => "note-svi-request",
        "svi-connected" => "note-svi-connected",
        "svi-accepted" => "note-svi-accepted",
        _ => "note-svi-disconnected",
    };
    let notice = crate::notifications::Notice {
        kind: ctpat_domain::notice::NoticeKind::Svi,
        account_id: Some(to),
        message,
        args: vec![("name", name), ("svi", about.svi_number.clone().unwrap_or_default())],
        refs: Vec::new(),
        link: format!("/accounts/{to}/svi"),
    };
    crate::notifications::tell_members(conn, app, to, &notice).await
}

/// A request by SVI number typed on the page (errors land on the `svi_number` field).
pub async fn request_by_number(app: &App, actor: &Actor, account_id: i64, raw: &str) -> Result<Connection> {
    let number = SviNumber::parse(raw).map_err(|p| Error::field("svi_number", p))?;
    let txn = app.db.begin().await?;
    let me = managing(&txn, actor, account_id).await?;
    let target = accounts::by_svi(&txn, number.as_str()).await?;
    let row = request_in(&txn, app, By::Person(actor), &me, target).await.map_err(|e| match e {
        Error::Refused(p) => Error::field("svi_number", p),
        e => e,
    })?;
    txn.commit().await?;
    Ok(row)
}

/// A request to an account picked from the name search.
pub async fn request_by_id(app: &App, actor: &Actor, account_id: i64, target_id: i64) -> Result<Connection> {
    let txn = app.db.begin().await?;
    let me = managing(&txn, actor, account_id).await?;
    let target = ssvi::accounts_by_ids(&txn, &[target_id]).await?.into_iter().next();
    let row = request_in(&txn, app, By::Person(actor), &me, target).await?;
    txn.commit().await?;
    Ok(row)
}

/// Accept a request addressed to `me`.
pub(crate) async fn accept_in<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    by: By<'_>,
    me: &Account,
    connection_id: i64,
) -> Result<()> {
    let now = app.now();
    let c = ssvi::connection(conn, connection_id).await?.filter(|c| c.target_id == me.id).ok_or(Error::NotFound)?;
    if c.status != ConnectionStatus::Pending || !ssvi::accept(conn, c.id, by.user_id(), now).await? {
        return Err(Error::Refused(Problem::new("err-svi-not-pending")));
    }
    ctpat_store::audit::append(conn, by.event(now, "svi.accepted", me.id).object("svi_connection", c.id)).await?;
    let requester = ssvi::accounts_by_ids(conn, &[c.requester_id]).await?.into_iter().next().ok_or(Error::NotFound)?;
    ctpat_store::audit::append(
        conn,
        by.event(now, "svi.accepted-by-partner", requester.id).object("svi_connection", c.id),
    )
    .await?;
    notify_about(conn, app, requester.id, "svi-accepted", me, now).await?;
    Ok(())
}

/// Decline a request addressed to `me`: the requester is blocked until `me` removes the block.
pub(crate) async fn decline_in<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    by: By<'_>,
    me: &Account,
    connection_id: i64,
) -> Result<()> {
    let now = app.now();
    let c = ssvi::connection(conn, connection_id).await?.filter(|c| c.target_id == me.id).ok_or(Error::NotFound)?;
    if c.status != ConnectionStatus::Pending {
        return Err(Error::Refused(Problem::new("err-svi-not-pending")));
    }
    ssvi::delete_connection(conn, c.id).await?;
    ssvi::insert_block(conn, me.id, c.requester_id, by.user_id(), now).await?;
    ctpat_store::audit::append(
        conn,
        by.event(now, "svi.declined", me.id).object("svi_connection", c.id).after(json!({"blocked": c.requester_id})),
    )
    .await?;
    ctpat_store::audit::append(
        conn,
        by.event(now, "svi.declined-by-partner", c.requester_id).object("svi_connection", c.id),
    )
    .await?;
    Ok(())
}

/// End a connection or withdraw a request (either side may).
pub(crate) async fn remove_in<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    by: By<'_>,
    me: &Account,
    connection_id: i64,
) -> Result<()> {
    let now = app.now();
    let c = ssvi::connection(conn, connection_id)
        .await?
        .filter(|c| c.requester_id == me.id || c.target_id == me.id)
        .ok_or(Error::NotFound)?;
    ssvi::delete_connection(conn, c.id).await?;
    let other = c.other(me.id);
    let action = if c.is_accepted() { "svi.disconnected" } else { "svi.request-withdrawn" };
    ctpat_store::audit::append(
        conn,
        by.event(now, action, me.id)
            .object("svi_connection", c.id)
            .before(json!({"partner": other, "status": c.status})),
    )
    .await?;
    ctpat_store::audit::append(conn, by.event(now, action, other).object("svi_connection", c.id)).await?;
    if c.is_accepted() {
        notify_about(conn, app, other, "svi-disconnected", me, now).await?;
    }
    Ok(())
}

pub async fn accept(app: &App, actor: &Actor, account_id: i64, connection_id: i64) -> Result<()> {
    let txn = app.db.begin().await?;
    let me = managing(&txn, actor, account_id).await?;
    accept_in(&txn, app, By::Person(actor), &me, connection_id).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn decline(app: &App, actor: &Actor, account_id: i64, connection_id: i64) -> Result<()> {
    let txn = app.db.begin().await?;
    let me = managing(&txn, actor, account_id).await?;
    decline_in(&txn, app, By::Person(actor), &me, connection_id).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn remove(app: &App, actor: &Actor, account_id: i64, connection_id: i64) -> Result<()> {
    let txn = app.db.begin().await?;
    let me = managing(&txn, actor, account_id).await?;
    remove_in(&txn, app, By::Person(actor), &me, connection_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Lift the block a decline left on `blocked_id`.
pub async fn unblock(app: &App, actor: &Actor, account_id: i64, blocked_id: i64) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    if !ssvi::delete_block(&txn, me.id, blocked_id).await? {
        return Err(Error::NotFound);
    }
    ctpat_store::audit::append(
        &txn,
        By::Person(actor).event(now, "svi.unblocked", me.id).object("partner_account", blocked_id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The connections of the account of an API token.
pub async fn overview_by_token(app: &App, caller: &crate::api_tokens::Caller) -> Result<Overview> {
    overview(app.db.conn(), &caller.account).await
}

/// The connections and requests of the account of an API token (both directions).
pub async fn connections_by_token(app: &App, caller: &crate::api_tokens::Caller) -> Result<Vec<Connection>> {
    Ok(ssvi::connections_of(app.db.conn(), caller.account.id).await?)
}

/// A connection request made with an API token.
pub async fn request_by_token(
    app: &App,
    caller: &crate::api_tokens::Caller,
    number: &SviNumber,
    request_id: Option<&str>,
) -> Result<Connection> {
    let txn = app.db.begin().await?;
    let me = ssvi::accounts_by_ids(&txn, &[caller.account.id]).await?.into_iter().next().ok_or(Error::NotFound)?;
    let target = accounts::by_svi(&txn, number.as_str()).await?;
    let row = request_in(&txn, app, caller.by(request_id), &me, target).await?;
    txn.commit().await?;
    Ok(row)
}

/// Accept or decline, with an API token.
pub async fn answer_by_token(
    app: &App,
    caller: &crate::api_tokens::Caller,
    connection_id: i64,
    accept: bool,
    request_id: Option<&str>,
) -> Result<()> {
    let txn = app.db.begin().await?;
    let me = ssvi::accounts_by_ids(&txn, &[caller.account.id]).await?.into_iter().next().ok_or(Error::NotFound)?;
    if accept {
        accept_in(&txn, app, caller.by(request_id), &me, connection_id).await?;
    } else {
        decline_in(&txn, app, caller.by(request_id), &me, connection_id).await?;
    }
    txn.commit().await?;
    Ok(())
}
