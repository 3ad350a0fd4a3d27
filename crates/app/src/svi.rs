//! SVI (SPEC §7): connections between accounts, what one partner sees of another, bulk
//! verification, and monitoring (a connected partner's status change reaches every partner
//! once, in-app and by e-mail, in the transaction that changed the status).
//!
//! The use cases take a [`By`]: a person on the pages or an API token of the account, so that
//! the pages and the API run the same rules and are audited alike.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::partner::{Reach, reach};
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::svi::{self as dsvi, Facts, PartnerView, Settings, SviNumber, Verdict};
use ctpat_domain::{Email, Permission, Problem};
use ctpat_store::ConnectionTrait;
use ctpat_store::accounts::{self, Account};
use ctpat_store::audit::NewEvent;
use ctpat_store::svi::{self as ssvi, ConnectionRow, SettingsRow};
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// Who acts for the account.
#[derive(Clone, Copy)]
pub enum By<'a> {
    Person(&'a Actor),
    /// An API token of the account (`id`, `name`), with the request id of the call.
    Token {
        id: i64,
        name: &'a str,
        request_id: Option<&'a str>,
    },
}

impl By<'_> {
    pub fn user_id(&self) -> Option<i64> {
        match self {
            By::Person(a) => Some(a.user.id),
            By::Token { .. } => None,
        }
    }

    pub fn event(&self, at: DateTime<Utc>, action: &str, account_id: i64) -> NewEvent {
        let e = match self {
            By::Person(a) => audit::by(a, at, action, Outcome::Ok),
            By::Token { id, name, request_id } => NewEvent {
                at,
                actor_id: None,
                actor: Some(format!("api-token:{id} {name}")),
                role: Some("api-token".into()),
                account_id: None,
                action: action.to_string(),
                object_type: None,
                object_id: None,
                outcome: Outcome::Ok,
                request_id: request_id.map(str::to_string),
                before: None,
                after: None,
                // The call's `api.calls` event, under the same request id, has its address.
                ip: None,
                user_agent: None,
            },
        };
        for_account(e, account_id)
    }
}

pub fn settings_of_row(r: Option<&SettingsRow>) -> Settings {
    r.map(|r| Settings {
        participates: r.participates,
        auto_accept: r.auto_accept,
        share_more: r.share_more,
        scope_all: r.scope_all,
    })
    .unwrap_or_default()
}

pub async fn settings<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Settings> {
    Ok(settings_of_row(ssvi::settings(conn, account_id).await?.as_ref()))
}

fn status_of(a: &Account) -> Status {
    Status::from_key(&a.status).unwrap_or(Status::Draft)
}

/// Whether the account can be found and asked in SVI right now.
fn reachable(a: &Account, s: &Settings) -> bool {
    a.svi_number.is_some() && dsvi::takes_part(status_of(a)) && s.participates
}

/// A partner as seen by others.
#[derive(Debug, Clone)]
pub struct Seen {
    pub account_id: i64,
    pub svi_number: Option<String>,
    pub entity_type: String,
    pub view: PartnerView,
}

/// Views of many accounts at once (names, settings and primary contacts in three queries).
async fn seen<C: ConnectionTrait>(conn: &C, list: &[Account]) -> Result<HashMap<i64, Seen>> {
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let mut org_ids: Vec<i64> = list.iter().filter_map(|a| a.organization_id).collect();
    org_ids.sort();
    org_ids.dedup();
    let names: HashMap<i64, String> =
        accounts::orgs_by_ids(conn, &org_ids).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let settings: HashMap<i64, Settings> =
        ssvi::settings_of(conn, &ids).await?.into_iter().map(|r| (r.account_id, settings_of_row(Some(&r)))).collect();
    let sharing: Vec<i64> = ids.iter().copied().filter(|id| settings.get(id).is_some_and(|s| s.share_more)).collect();
    let contacts: HashMap<i64, (String, String)> =
        ssvi::primary_contacts(conn, &sharing).await?.into_iter().map(|c| (c.account_id, (c.name, c.email))).collect();
    Ok(list
        .iter()
        .map(|a| {
            let s = settings.get(&a.id).copied().unwrap_or_default();
            let name = a.organization_id.and_then(|o| names.get(&o)).map(String::as_str).unwrap_or("");
            let pc = contacts.get(&a.id);
            let facts = Facts {
                name,
                status: status_of(a),
                tier: a.tier.map(|t| t as u8),
                primary_contact: pc.map(|(n, e)| (n.as_str(), e.as_str())),
            };
            (
                a.id,
                Seen {
                    account_id: a.id,
                    svi_number: a.svi_number.clone(),
                    entity_type: a.entity_type.clone(),
                    view: dsvi::view_of(&facts, s.share_more),
                },
            )
        })
        .collect())
}

/// For each connected partner, the sister accounts its scope lets connected partners see.
async fn sisters<C: ConnectionTrait>(conn: &C, partners: &[Account]) -> Result<HashMap<i64, Vec<Account>>> {
    let ids: Vec<i64> = partners.iter().map(|a| a.id).collect();
    let settings: HashMap<i64, Settings> =
        ssvi::settings_of(conn, &ids).await?.into_iter().map(|r| (r.account_id, settings_of_row(Some(&r)))).collect();
    let mut org_ids: Vec<i64> = partners.iter().filter_map(|a| a.organization_id).collect();
    org_ids.sort();
    org_ids.dedup();
    let family = ssvi::accounts_of_orgs(conn, &org_ids).await?;
    let fam_settings: HashMap<i64, Settings> =
        ssvi::settings_of(conn, &family.iter().map(|a| a.id).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|r| (r.account_id, settings_of_row(Some(&r))))
            .collect();
    let chosen: HashSet<(i64, i64)> = ssvi::scope_rows_of(conn, &ids).await?.into_iter().collect();
    let mut out = HashMap::new();
    for p in partners {
        let s = settings.get(&p.id).copied().unwrap_or_default();
        let list: Vec<Account> = family
            .iter()
            .filter(|x| x.id != p.id && x.organization_id == p.organization_id && x.organization_id.is_some())
            .filter(|x| reachable(x, &fam_settings.get(&x.id).copied().unwrap_or_default()))
            .filter(|x| s.scope_all || chosen.contains(&(p.id, x.id)))
            .cloned()
            .collect();
        out.insert(p.id, list);
    }
    Ok(out)
}

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

fn other_of(c: &ConnectionRow, me: i64) -> i64 {
    if c.requester_id == me { c.target_id } else { c.requester_id }
}

/// An account's connections, requests and blocks, with what it may see of each partner.
pub struct Overview {
    pub partners: Vec<PartnerLine>,
    pub incoming: Vec<RequestLine>,
    pub outgoing: Vec<RequestLine>,
    pub blocks: Vec<BlockLine>,
}

pub async fn overview<C: ConnectionTrait>(conn: &C, me: &Account) -> Result<Overview> {
    let rows = ssvi::connections_of(conn, me.id).await?;
    let blocks = ssvi::blocks_by(conn, me.id).await?;
    let mut other_ids: Vec<i64> = rows.iter().map(|c| other_of(c, me.id)).collect();
    other_ids.extend(blocks.iter().map(|b| b.blocked_id));
    let others = ssvi::accounts_by_ids(conn, &other_ids).await?;
    let connected: Vec<Account> = others
        .iter()
        .filter(|a| rows.iter().any(|c| c.status == "accepted" && other_of(c, me.id) == a.id))
        .cloned()
        .collect();
    let fam = sisters(conn, &connected).await?;
    let mut all: Vec<Account> = others.clone();
    all.extend(fam.values().flatten().cloned());
    let views = seen(conn, &all).await?;
    let view = |id: i64| views.get(&id).cloned();
    let mut partners = vec![];
    let mut incoming = vec![];
    let mut outgoing = vec![];
    for c in &rows {
        let Some(other) = view(other_of(c, me.id)) else { continue };
        if c.status == "accepted" {
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
        eligible: me.svi_number.is_some() && dsvi::takes_part(status_of(me)),
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
    if me.svi_number.is_none() || !dsvi::takes_part(status_of(me)) {
        return Err(Error::Refused(Problem::new("err-svi-not-active")));
    }
    if !s.participates {
        return Err(Error::Refused(Problem::new("err-svi-not-participating")));
    }
    Ok(s)
}

/// Ask `target` for a connection (accepted at once when the target auto-accepts).
/// Refusals are problems for the caller to place on its field.
pub async fn request_in<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    by: By<'_>,
    me: &Account,
    target: Option<Account>,
) -> Result<ConnectionRow> {
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
    notify_about(conn, target.id, kind, me, now).await?;
    if ts.auto_accept {
        notify_about(conn, me.id, "svi-accepted", &target, now).await?;
    }
    Ok(row)
}

/// The organization name of an account (empty when it has none yet).
async fn org_name<C: ConnectionTrait>(conn: &C, account: &Account) -> Result<String> {
    Ok(match account.organization_id {
        Some(id) => accounts::org(conn, id).await?.map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    })
}

async fn notify_about<C: ConnectionTrait>(
    conn: &C,
    to: i64,
    kind: &str,
    about: &Account,
    now: DateTime<Utc>,
) -> Result<()> {
    let name = org_name(conn, about).await?;
    let data = json!({"name": name, "svi": about.svi_number, "entity_type": about.entity_type}).to_string();
    ssvi::notify(conn, to, kind, Some(about.id), &data, now).await?;
    Ok(())
}

/// A request by SVI number typed on the page (errors land on the `svi_number` field).
pub async fn request_by_number(app: &App, actor: &Actor, account_id: i64, raw: &str) -> Result<ConnectionRow> {
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
pub async fn request_by_id(app: &App, actor: &Actor, account_id: i64, target_id: i64) -> Result<ConnectionRow> {
    let txn = app.db.begin().await?;
    let me = managing(&txn, actor, account_id).await?;
    let target = ssvi::accounts_by_ids(&txn, &[target_id]).await?.into_iter().next();
    let row = request_in(&txn, app, By::Person(actor), &me, target).await?;
    txn.commit().await?;
    Ok(row)
}

/// What a name search shows: only what any SVI participant may see of another.
pub struct Hit {
    pub account_id: i64,
    pub name: String,
    pub entity_type: String,
    pub svi_number: String,
    /// `connected`, `pending`, `blocked` (they declined us), or empty.
    pub state: &'static str,
}

/// The shortest name a search takes: short fragments would list the directory a page at a time.
pub const MIN_SEARCH: usize = 3;
/// The most hits one search shows.
pub const SEARCH_HITS: u64 = 20;

/// Search the directory of participants by name. Only someone who manages SVI for an account
/// that itself takes part may look: a fresh sign-up with a draft cannot list the program.
pub async fn search(app: &App, actor: &Actor, account_id: i64, needle: &str) -> Result<Vec<Hit>> {
    let conn = app.db.conn();
    let me = managing(conn, actor, account_id).await?;
    must_take_part(conn, &me).await?;
    // Wildcards are not search terms: they are dropped before the length is judged.
    let needle: String = needle.trim().chars().filter(|c| !matches!(c, '%' | '_' | '\\')).collect();
    let needle = needle.trim();
    if needle.chars().count() < MIN_SEARCH {
        return Err(Error::field("q", Problem::new("err-svi-search-short").with("min", MIN_SEARCH)));
    }
    let statuses: Vec<&str> = Status::ALL.iter().filter(|s| dsvi::takes_part(**s)).map(|s| s.key()).collect();
    let found = ssvi::search(conn, needle, &statuses, SEARCH_HITS).await?;
    let orgs: HashMap<i64, String> =
        accounts::orgs_by_ids(conn, &found.iter().filter_map(|a| a.organization_id).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
    let mine = ssvi::connections_of(conn, me.id).await?;
    let blockers: HashSet<i64> = ssvi::blockers_of(conn, me.id).await?.into_iter().collect();
    let mut out = Vec::new();
    for a in found.into_iter().filter(|a| a.id != me.id) {
        let state = match mine.iter().find(|c| other_of(c, me.id) == a.id) {
            Some(c) if c.status == "accepted" => "connected",
            Some(_) => "pending",
            None if blockers.contains(&a.id) => "blocked",
            None => "",
        };
        out.push(Hit {
            name: a.organization_id.and_then(|o| orgs.get(&o).cloned()).unwrap_or_default(),
            entity_type: a.entity_type.clone(),
            svi_number: a.svi_number.clone().unwrap_or_default(),
            account_id: a.id,
            state,
        });
    }
    Ok(out)
}

/// Accept a request addressed to `me`.
pub async fn accept_in<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    by: By<'_>,
    me: &Account,
    connection_id: i64,
) -> Result<()> {
    let now = app.now();
    let c = ssvi::connection(conn, connection_id).await?.filter(|c| c.target_id == me.id).ok_or(Error::NotFound)?;
    if c.status != "pending" || !ssvi::accept(conn, c.id, by.user_id(), now).await? {
        return Err(Error::Refused(Problem::new("err-svi-not-pending")));
    }
    ctpat_store::audit::append(conn, by.event(now, "svi.accepted", me.id).object("svi_connection", c.id)).await?;
    let requester = ssvi::accounts_by_ids(conn, &[c.requester_id]).await?.into_iter().next().ok_or(Error::NotFound)?;
    ctpat_store::audit::append(
        conn,
        by.event(now, "svi.accepted-by-partner", requester.id).object("svi_connection", c.id),
    )
    .await?;
    notify_about(conn, requester.id, "svi-accepted", me, now).await?;
    Ok(())
}

/// Decline a request addressed to `me`: the requester is blocked until `me` removes the block.
pub async fn decline_in<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    by: By<'_>,
    me: &Account,
    connection_id: i64,
) -> Result<()> {
    let now = app.now();
    let c = ssvi::connection(conn, connection_id).await?.filter(|c| c.target_id == me.id).ok_or(Error::NotFound)?;
    if c.status != "pending" {
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
pub async fn remove_in<C: ConnectionTrait>(
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
    let other = other_of(&c, me.id);
    let action = if c.status == "accepted" { "svi.disconnected" } else { "svi.request-withdrawn" };
    ctpat_store::audit::append(
        conn,
        by.event(now, action, me.id)
            .object("svi_connection", c.id)
            .before(json!({"partner": other, "status": c.status})),
    )
    .await?;
    ctpat_store::audit::append(conn, by.event(now, action, other).object("svi_connection", c.id)).await?;
    if c.status == "accepted" {
        notify_about(conn, other, "svi-disconnected", me, now).await?;
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

/// The settings form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SettingsInput {
    #[serde(default)]
    pub auto_accept: Option<String>,
    #[serde(default)]
    pub share_more: Option<String>,
    #[serde(default)]
    pub scope: String,
    /// Chosen sister accounts (ids), when the scope is `chosen`.
    #[serde(default)]
    pub accounts: Vec<i64>,
}

pub async fn save_settings(app: &App, actor: &Actor, account_id: i64, input: &SettingsInput) -> Result<()> {
    let scope_all = match input.scope.as_str() {
        "all" => true,
        "chosen" => false,
        _ => return Err(Error::field("scope", Problem::new("err-choose-one"))),
    };
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let before = settings(&txn, me.id).await?;
    let family: HashSet<i64> = match me.organization_id {
        Some(org) => accounts::accounts_of_org(&txn, org).await?.into_iter().map(|a| a.id).collect(),
        None => HashSet::new(),
    };
    let mut chosen: Vec<i64> = if scope_all { vec![] } else { input.accounts.clone() };
    chosen.sort();
    chosen.dedup();
    if chosen.iter().any(|id| *id == me.id || !family.contains(id)) {
        return Err(Error::field("accounts", Problem::new("err-svi-scope-foreign")));
    }
    let after = Settings {
        participates: before.participates,
        auto_accept: input.auto_accept.is_some(),
        share_more: input.share_more.is_some(),
        scope_all,
    };
    let before_scope = ssvi::scope_ids(&txn, me.id).await?;
    save_row(&txn, me.id, after, actor.user.id, now).await?;
    ssvi::set_scope(&txn, me.id, &chosen).await?;
    ctpat_store::audit::append(
        &txn,
        By::Person(actor)
            .event(now, "svi.settings-changed", me.id)
            .object("svi_settings", me.id)
            .before(json!({"settings": before, "chosen": before_scope}))
            .after(json!({"settings": after, "chosen": chosen})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn save_row<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    s: Settings,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    ssvi::save_settings(
        conn,
        SettingsRow {
            account_id,
            participates: s.participates,
            auto_accept: s.auto_accept,
            share_more: s.share_more,
            scope_all: s.scope_all,
            updated_at: now,
            updated_by: by,
        },
    )
    .await?;
    Ok(())
}

/// Leave SVI: every connection and request ends; partners are told.
pub async fn leave(app: &App, actor: &Actor, account_id: i64) -> Result<usize> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let before = settings(&txn, me.id).await?;
    if !before.participates {
        return Ok(0);
    }
    save_row(&txn, me.id, Settings { participates: false, ..before }, actor.user.id, now).await?;
    let rows = ssvi::delete_all_of(&txn, me.id).await?;
    let broken = rows.len();
    ctpat_store::audit::append(
        &txn,
        By::Person(actor).event(now, "svi.left", me.id).after(json!({"connections_ended": rows.len()})),
    )
    .await?;
    for c in rows.iter().filter(|c| c.status == "accepted") {
        let other = other_of(c, me.id);
        ctpat_store::audit::append(
            &txn,
            By::Person(actor).event(now, "svi.disconnected", other).object("svi_connection", c.id),
        )
        .await?;
        notify_about(&txn, other, "svi-disconnected", me, now).await?;
    }
    txn.commit().await?;
    Ok(broken)
}

pub async fn rejoin(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let before = settings(&txn, me.id).await?;
    if before.participates {
        return Ok(());
    }
    save_row(&txn, me.id, Settings { participates: true, ..before }, actor.user.id, now).await?;
    ctpat_store::audit::append(&txn, By::Person(actor).event(now, "svi.joined", me.id)).await?;
    txn.commit().await?;
    Ok(())
}

/// E-mail the account's certification status to someone outside the program, with an
/// invitation to join.
pub async fn email_status(app: &App, actor: &Actor, account_id: i64, to: &str) -> Result<()> {
    let to = Email::parse(to).map_err(|p| Error::field("email", p))?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let Some(number) = me.svi_number.clone().filter(|_| dsvi::takes_part(status_of(me))) else {
        return Err(Error::Refused(Problem::new("err-svi-not-active")));
    };
    let name = org_name(&txn, me).await?;
    let lang = Lang::default();
    let certified = status_of(me).is_certified();
    crate::mail::enqueue_by(
        &txn,
        app,
        actor,
        to.as_str(),
        &lang,
        crate::mail::MailKind::SviStatus,
        &[
            ("organization", name),
            ("svi", number),
            ("entity_type", lang.t(&format!("entity-{}", me.entity_type))),
            ("certified", if certified { "yes" } else { "no" }.to_string()),
            ("date", now.format("%Y-%m-%d").to_string()),
        ],
    )
    .await?;
    ctpat_store::audit::append(
        &txn,
        By::Person(actor)
            .event(now, "svi.status-emailed", me.id)
            .after(json!({"to": to.as_str(), "certified": certified})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Verify numbers for `viewer`, one verdict per input in the same order. A number is visible
/// when it is a connected partner's, or a sister account that partner's scope shares.
pub async fn verify<C: ConnectionTrait>(conn: &C, viewer: &Account, raws: &[String]) -> Result<Vec<Verdict>> {
    let parsed: Vec<Option<SviNumber>> = raws.iter().map(|r| SviNumber::parse(r).ok()).collect();
    let mut wanted: Vec<String> = parsed.iter().flatten().map(|n| n.as_str().to_string()).collect();
    wanted.sort();
    wanted.dedup();
    let found = ssvi::accounts_by_numbers(conn, &wanted).await?;
    let partner_ids = ssvi::partner_ids(conn, viewer.id).await?;
    let partners = ssvi::accounts_by_ids(conn, &partner_ids).await?;
    let fam = sisters(conn, &partners).await?;
    let mut visible: HashSet<i64> = partner_ids.iter().copied().collect();
    visible.insert(viewer.id);
    visible.extend(fam.values().flatten().map(|a| a.id));
    let shown: Vec<Account> = found.iter().filter(|a| visible.contains(&a.id)).cloned().collect();
    let views = seen(conn, &shown).await?;
    let by_number: HashMap<&str, &Account> =
        found.iter().filter_map(|a| a.svi_number.as_deref().map(|n| (n, a))).collect();
    Ok(parsed
        .into_iter()
        .map(|p| match p {
            None => Verdict::InvalidFormat,
            Some(n) => match by_number.get(n.as_str()) {
                None => Verdict::Unknown,
                Some(a) => match views.get(&a.id) {
                    Some(s) => Verdict::Visible { number: n, entity_type: s.entity_type.clone(), view: s.view.clone() },
                    None => Verdict::NotConnected,
                },
            },
        })
        .collect())
}

/// The bulk verification page's limit (and the API's).
pub const MAX_VERIFY: usize = 10_000;

/// Rows of an uploaded CSV: the first column of each line, a header line `svi_number` skipped.
/// Empty lines are kept as rows (marked invalid) so the output lines up with the input.
pub fn parse_csv(bytes: &[u8]) -> std::result::Result<Vec<String>, Problem> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|e| Problem::new("err-csv-encoding").with("line", line_of(bytes, e.valid_up_to())))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let first = line.split(',').next().unwrap_or("").trim().trim_matches('"').trim();
        if i == 0 && first.eq_ignore_ascii_case("svi_number") {
            continue;
        }
        if first.chars().any(|c| c.is_control()) {
            return Err(Problem::new("err-csv-line").with("line", (i + 1).to_string()));
        }
        rows.push(first.to_string());
        if rows.len() > MAX_VERIFY {
            return Err(Problem::new("err-csv-too-many").with("max", MAX_VERIFY.to_string()));
        }
    }
    if rows.is_empty() {
        return Err(Problem::new("err-csv-empty"));
    }
    Ok(rows)
}

fn line_of(bytes: &[u8], at: usize) -> String {
    (bytes[..at].iter().filter(|b| **b == b'\n').count() + 1).to_string()
}

/// The verification answered as CSV: `svi_number,result,name,tier`, one line per input row.
pub fn verdicts_csv(raws: &[String], verdicts: &[Verdict]) -> String {
    let mut out = String::from("svi_number,result,name,tier\n");
    for (raw, v) in raws.iter().zip(verdicts) {
        let (name, tier) = match v {
            Verdict::Visible { view, .. } => (view.name.clone(), view.tier.map(|t| t.to_string()).unwrap_or_default()),
            _ => (String::new(), String::new()),
        };
        out.push_str(&format!("{},{},{},{}\n", csv_cell(raw), v.key(), csv_cell(&name), tier));
    }
    out
}

/// One CSV cell, quoted when needed and defused against formula injection in spreadsheets.
fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// Bulk verification from the page: audited once for the whole batch.
/// Whether the actor may verify numbers for the account (asked before an upload is read).
pub async fn may_verify(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    if r.is_staff() { Err(Error::Forbidden) } else { Ok(()) }
}

pub async fn verify_upload(app: &App, actor: &Actor, account_id: i64, raws: &[String]) -> Result<Vec<Verdict>> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    if r.is_staff() {
        return Err(Error::Forbidden);
    }
    let verdicts = verify(conn, &r.account, raws).await?;
    let now = app.now();
    let visible = verdicts.iter().filter(|v| matches!(v, Verdict::Visible { .. })).count();
    ctpat_store::audit::append(
        conn,
        By::Person(actor)
            .event(now, "svi.verified", r.account.id)
            .after(json!({"rows": raws.len(), "visible": visible})),
    )
    .await?;
    Ok(verdicts)
}

/// Monitoring: `account`'s status changed from `previous`. Every connected partner gets one
/// in-app notification and its recipients one e-mail, in the caller's transaction.
pub async fn monitor<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    account: &Account,
    previous: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    if account.svi_number.is_none() || previous == account.status {
        return Ok(());
    }
    let mut partners = ssvi::partner_ids(conn, account.id).await?;
    // Partners of a sister account whose scope shares this one see it too, so they hear too.
    if let Some(org) = account.organization_id
        && settings(conn, account.id).await?.participates
    {
        for sister in accounts::accounts_of_org(conn, org).await?.into_iter().filter(|a| a.id != account.id) {
            let s = settings(conn, sister.id).await?;
            if s.scope_all || ssvi::scope_ids(conn, sister.id).await?.contains(&account.id) {
                partners.extend(ssvi::partner_ids(conn, sister.id).await?);
            }
        }
    }
    partners.sort();
    partners.dedup();
    partners.retain(|p| *p != account.id);
    if partners.is_empty() {
        return Ok(());
    }
    let name = org_name(conn, account).await?;
    let data = json!({
        "name": name, "svi": account.svi_number, "entity_type": account.entity_type,
        "status": account.status, "previous": previous,
    })
    .to_string();
    crate::webhooks::queue_status_change(
        conn,
        &partners,
        json!({
            "svi_number": account.svi_number, "name": name, "entity_type": account.entity_type,
            "status": account.status, "previous_status": previous,
        }),
        now,
    )
    .await?;
    let mut to: Vec<String> = Vec::new();
    for p in &partners {
        ssvi::notify(conn, *p, "partner-status", Some(account.id), &data, now).await?;
        to.extend(crate::partner::program::notice_recipients(conn, *p).await?);
    }
    to.sort();
    to.dedup();
    let lang = Lang::default();
    for addr in to {
        crate::mail::enqueue(
            conn,
            app,
            &addr,
            &lang,
            crate::mail::MailKind::PartnerStatusChanged,
            &[
                ("organization", name.clone()),
                ("svi", account.svi_number.clone().unwrap_or_default()),
                ("status", lang.t(&format!("status-{}", account.status))),
                ("previous", lang.t(&format!("status-{previous}"))),
            ],
        )
        .await?;
    }
    Ok(())
}

/// An account's notifications, newest first. Reading them changes nothing; marking them read
/// is its own command.
pub async fn notifications(
    app: &App,
    actor: &Actor,
    account_id: i64,
) -> Result<(Reach, Vec<ctpat_store::svi::NotificationRow>)> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    let rows = ssvi::notifications(app.db.conn(), account_id, 200).await?;
    Ok((r, rows))
}

/// Mark every notification of the account read (members only: staff read without marking).
pub async fn mark_notifications_read(app: &App, actor: &Actor, account_id: i64) -> Result<u64> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if r.is_staff() {
        return Err(Error::Forbidden);
    }
    let marked = ssvi::mark_all_read(&txn, account_id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "notifications.read", Outcome::Ok), account_id)
            .object("account", account_id)
            .after(json!({"marked": marked})),
    )
    .await?;
    txn.commit().await?;
    Ok(marked)
}

pub use ctpat_store::accounts::Account as AccountRow;

/// The connection rows of an account (both directions).
pub async fn connection_rows(app: &App, account_id: i64) -> Result<Vec<ConnectionRow>> {
    Ok(ssvi::connections_of(app.db.conn(), account_id).await?)
}

/// A connection request made with an API token.
pub async fn request_by_token(
    app: &App,
    caller: &crate::api::Caller,
    number: &SviNumber,
    request_id: Option<&str>,
) -> Result<ConnectionRow> {
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
    caller: &crate::api::Caller,
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

/// One lookup (the API's hot path): the same answer as [`verify`] for one number, in a few
/// indexed reads instead of loading every partner of the viewer.
pub async fn lookup<C: ConnectionTrait>(conn: &C, viewer: &Account, number: &SviNumber) -> Result<Verdict> {
    // The common case — unknown, or directly connected — is answered from one query.
    let Some(row) = ssvi::lookup_row(conn, viewer.id, number.as_str()).await? else { return Ok(Verdict::Unknown) };
    let target = &row.account;
    let target_settings = settings_of_row(row.settings.as_ref());
    let mut visible = target.id == viewer.id || row.connection_status.as_deref() == Some("accepted");
    if !visible && let Some(org) = target.organization_id {
        // Through a connected sister account whose scope shares this one.
        if reachable(target, &target_settings) {
            let connected = |c: Option<ConnectionRow>| c.is_some_and(|c| c.status == "accepted");
            for sister in accounts::accounts_of_org(conn, org).await?.into_iter().filter(|a| a.id != target.id) {
                if !connected(ssvi::between(conn, viewer.id, sister.id).await?) {
                    continue;
                }
                let s = settings(conn, sister.id).await?;
                if s.scope_all || ssvi::scope_ids(conn, sister.id).await?.contains(&target.id) {
                    visible = true;
                    break;
                }
            }
        }
    }
    if !visible {
        return Ok(Verdict::NotConnected);
    }
    let facts = Facts {
        name: row.org_name.as_deref().unwrap_or(""),
        status: status_of(target),
        tier: target.tier.map(|t| t as u8),
        primary_contact: row
            .primary_contact
            .as_ref()
            .filter(|_| target_settings.share_more)
            .map(|(n, e)| (n.as_str(), e.as_str())),
    };
    Ok(Verdict::Visible {
        number: number.clone(),
        entity_type: target.entity_type.clone(),
        view: dsvi::view_of(&facts, target_settings.share_more),
    })
}

/// Unread notifications of an account the caller has already reached.
pub async fn unread(app: &App, account_id: i64) -> Result<u64> {
    Ok(ssvi::unread_count(app.db.conn(), account_id).await?)
}
