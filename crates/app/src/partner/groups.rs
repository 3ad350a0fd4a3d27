//! Validation groups: an SCSS links accounts (of one organization, or a parent and its
//! subsidiaries; entity types may differ) so one validation covers them and their
//! revalidation dates align. Links are a grouping, not a merge; unlinking restores each
//! account's own schedule, which is always derived from its own events.

use super::reach;
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::Account;
use ctpat_domain::partner::lifecycle::aligned_due;
use ctpat_domain::text::PersonName;
use ctpat_domain::{Permission, Problem};
use ctpat_store::accounts;
use ctpat_store::groups::{self as store_groups, GroupRow};
use serde_json::json;

/// A validation group: accounts of one company validated together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub id: i64,
    pub name: String,
    pub created_at: DateTime<Utc>,
}

impl From<GroupRow> for Group {
    fn from(g: GroupRow) -> Self {
        Group { id: g.id, name: g.name, created_at: g.created_at }
    }
}

pub struct GroupView {
    pub group: Group,
    pub members: Vec<(Account, String)>,
    /// The revalidation date the group shares.
    pub aligned_due: Option<DateTime<Utc>>,
}

fn worker(actor: &Actor) -> Result<()> {
    if actor.has(Permission::ScheduleValidations) { Ok(()) } else { Err(Error::Forbidden) }
}

/// Whose accounts of a group a person is shown: staff their scope, partners their own.
fn scope_of(actor: &Actor) -> accounts::Scope {
    super::staff_scope(actor).unwrap_or(accounts::Scope::Member(actor.user.id))
}

/// A group with its members the scope reaches (others are not named); the shared date is the
/// whole group's.
async fn view<C: ctpat_store::ConnectionTrait>(conn: &C, group: GroupRow, scope: accounts::Scope) -> Result<GroupView> {
    let links = store_groups::group_members(conn, group.id).await?;
    let mut members = Vec::new();
    let mut dues = Vec::new();
    for l in links {
        let Some(a) = accounts::find(conn, accounts::Scope::Program, l.account_id).await? else { continue };
        dues.push(a.next_validation_due);
        if accounts::find(conn, scope, a.id).await?.is_some() {
            let org = match a.organization_id {
                Some(id) => ctpat_store::orgs::org(conn, id).await?.map(|o| o.name).unwrap_or_default(),
                None => String::new(),
            };
            members.push((a, org));
        }
    }
    let aligned = aligned_due(dues);
    Ok(GroupView { group: group.into(), members, aligned_due: aligned })
}

pub async fn list(app: &App, actor: &Actor) -> Result<Vec<GroupView>> {
    if !(actor.has(Permission::ScheduleValidations) || actor.has(Permission::ReadAllAccounts)) {
        return Err(Error::Forbidden);
    }
    // Only the groups with an account the person works.
    let scope = scope_of(actor);
    let mut out = Vec::new();
    for g in store_groups::groups(app.db.conn()).await? {
        let v = view(app.db.conn(), g, scope).await?;
        if !v.members.is_empty() {
            out.push(v);
        }
    }
    Ok(out)
}

/// The group an account belongs to, with its aligned date (its members as the person may see).
pub async fn of_account(app: &App, actor: &Actor, account_id: i64) -> Result<Option<GroupView>> {
    let conn = app.db.conn();
    let Some(link) = store_groups::group_of(conn, account_id).await? else { return Ok(None) };
    let Some(group) = store_groups::group(conn, link.group_id).await? else { return Ok(None) };
    Ok(Some(view(conn, group, scope_of(actor)).await?))
}

/// Create a group with a first account.
pub async fn create(app: &App, actor: &Actor, name: &str, account_id: &str) -> Result<i64> {
    worker(actor)?;
    let mut errors = Vec::new();
    let name = PersonName::parse(name).map_err(|p| errors.push(p.on("name"))).ok();
    let account_id = account_id
        .trim()
        .parse::<i64>()
        .map_err(|_| errors.push(Problem::new("err-account-number").on("account")))
        .ok();
    let (Some(name), Some(account_id)) = (name, account_id) else { return Err(Error::Invalid(errors)) };
    let now = app.now();
    let txn = app.db.begin().await?;
    reach(&txn, actor, account_id).await.map_err(|e| match e {
        Error::NotFound => Error::field("account", Problem::new("err-account-number")),
        other => other,
    })?;
    let group = store_groups::insert_group(&txn, name.as_str(), actor.user.id, now).await?;
    link_in(&txn, actor, group.id, account_id, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "group.created", Outcome::Ok)
            .object("validation_group", group.id)
            .after(json!({"name": group.name})),
    )
    .await?;
    txn.commit().await?;
    Ok(group.id)
}

async fn link_in<C: ctpat_store::ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    group_id: i64,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    // One company's accounts, or a parent's and its subsidiaries': never unrelated companies.
    let family = |org: Option<i64>| async move {
        match org {
            Some(o) => ctpat_store::orgs::family_root(txn, o).await.map(Some),
            None => Ok(None),
        }
    };
    let joining = reach(txn, actor, account_id).await?.account;
    let root = family(joining.organization_id).await?;
    for m in store_groups::group_members(txn, group_id).await? {
        // Every account of the group is one the person works: a group never reaches past them.
        let member = reach(txn, actor, m.account_id)
            .await
            .map_err(|_| Error::field("account", Problem::new("err-group-outside-reach")))?
            .account;
        if root.is_none() || family(member.organization_id).await? != root {
            return Err(Error::field("account", Problem::new("err-group-other-company")));
        }
    }
    store_groups::link(txn, group_id, account_id, actor.user.id, now).await.map_err(|e| {
        if matches!(e, ctpat_store::StoreError::Unique(_)) {
            Error::field("account", Problem::new("err-already-in-group"))
        } else {
            e.into()
        }
    })?;
    ctpat_store::audit::append(
        txn,
        for_account(audit::by(actor, now, "group.account_linked", Outcome::Ok), account_id)
            .object("validation_group", group_id)
            .after(json!({"group": group_id})),
    )
    .await?;
    Ok(())
}

pub async fn link(app: &App, actor: &Actor, group_id: i64, account_id: i64) -> Result<()> {
    worker(actor)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    reach(&txn, actor, account_id).await?;
    store_groups::group(&txn, group_id).await?.ok_or_else(|| Error::field("group", Problem::new("err-choose-one")))?;
    link_in(&txn, actor, group_id, account_id, now).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn unlink(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    worker(actor)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    reach(&txn, actor, account_id).await?;
    let link = store_groups::group_of(&txn, account_id).await?.ok_or(Error::NotFound)?;
    store_groups::unlink(&txn, account_id).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "group.account_unlinked", Outcome::Ok), account_id)
            .object("validation_group", link.group_id)
            .before(json!({"group": link.group_id})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Record that the account's company is a subsidiary of the company of account `parent` (an
/// account number), or clear it (empty): staff who validate do this, audited, so a validation
/// group can join a parent and its subsidiaries.
pub async fn set_parent(app: &App, actor: &Actor, account_id: i64, parent: &str) -> Result<()> {
    worker(actor)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    let org = r.account.organization_id.ok_or(Error::NotFound)?;
    let parent_org = match parent.trim() {
        "" => None,
        raw => {
            let bad = || Error::field("parent", Problem::new("err-account-number"));
            let id = raw.parse::<i64>().map_err(|_| bad())?;
            // Only an account the person works: another office's company stays out of reach.
            let p = reach(&txn, actor, id).await.map_err(|_| bad())?.account;
            let p_org = p.organization_id.ok_or_else(bad)?;
            // Not itself, and not one of its own subsidiaries (no loop).
            if p_org == org || ctpat_store::orgs::family_root(&txn, p_org).await? == org {
                return Err(Error::field("parent", Problem::new("err-parent-loop")));
            }
            Some(p_org)
        }
    };
    let before = ctpat_store::orgs::org(&txn, org).await?.and_then(|o| o.parent_organization_id);
    ctpat_store::orgs::set_parent(&txn, org, parent_org, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "organization.parent_set", Outcome::Ok), account_id)
            .object("organization", org)
            .before(json!({"parent": before}))
            .after(json!({"parent": parent_org})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The parent company of the account's company: its name and one of its account numbers.
pub async fn parent_of(app: &App, r: &super::Reach) -> Result<Option<(String, i64)>> {
    let conn = app.db.conn();
    let Some(org) = r.account.organization_id else { return Ok(None) };
    let Some(parent) = ctpat_store::orgs::org(conn, org).await?.and_then(|o| o.parent_organization_id) else {
        return Ok(None);
    };
    let name = ctpat_store::orgs::org(conn, parent).await?.map(|o| o.name).unwrap_or_default();
    let account = accounts::accounts_of_org(conn, parent).await?.into_iter().map(|a| a.id).min().unwrap_or_default();
    Ok(Some((name, account)))
}
