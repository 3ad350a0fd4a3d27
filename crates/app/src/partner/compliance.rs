//! Mandatory-data compliance: a live report of every account lacking mandatory data
//! for its entity type, a CSV export, the bulk "notify and suspend after N days" action, and
//! the sweep that suspends, at the deadline, only those still lacking the data.

use super::lifecycle;
use super::overview::facts_from;
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use chrono::{DateTime, Duration, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::Account;
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::eligibility::{self, Missing};
use ctpat_domain::partner::lifecycle::{ActorRole, Command, Status};
use ctpat_domain::{Permission, Problem};
use ctpat_store::accounts;
use ctpat_store::{ConnectionTrait, account_data, notices};
use serde_json::json;

/// Accounts in the program whose data the report checks.
pub(crate) const CHECKED: [Status; 5] =
    [Status::Applicant, Status::UnderReview, Status::Certified, Status::Validated, Status::Suspended];

pub struct Row {
    pub account: Account,
    pub organization: String,
    pub missing: Vec<Missing>,
    pub notice_deadline: Option<DateTime<Utc>>,
}

pub struct Filter {
    pub entity_type: Option<EntityType>,
    /// Only accounts lacking this item (a `Missing::key`).
    pub missing: Option<String>,
    /// HQ's choice of field office.
    pub office: Option<Option<i64>>,
}

/// What each of these accounts lacks (four queries for the whole page).
pub(crate) async fn missing_of<C: ConnectionTrait>(conn: &C, accounts: &[Account]) -> Result<Vec<Vec<Missing>>> {
    let ids: Vec<i64> = accounts.iter().map(|a| a.id).collect();
    let b = account_data::batch(conn, &ids).await?;
    Ok(accounts
        .iter()
        .map(|a| {
            let entity = a.entity_type;
            let of = |id: i64| id == a.id;
            let f = facts_from(
                entity,
                &b.identifiers.iter().filter(|x| of(x.account_id)).collect::<Vec<_>>(),
                b.bonds.iter().find(|x| of(x.account_id)).map(|x| x.bond_type.as_str()),
                &b.addresses.iter().filter(|x| of(x.account_id)).collect::<Vec<_>>(),
                &b.contacts.iter().filter(|x| of(x.account_id)).collect::<Vec<_>>(),
                &b.declarations.iter().filter(|x| of(x.account_id)).collect::<Vec<_>>(),
            );
            eligibility::missing(&f)
        })
        .collect())
}

fn reader_scope(actor: &Actor, office: Option<Option<i64>>) -> Result<accounts::Scope> {
    if actor.has(Permission::ReadAllAccounts) || actor.has(Permission::WorkAssignedAccounts) {
        super::narrowed(actor, office).ok_or(Error::Forbidden)
    } else {
        Err(Error::Forbidden)
    }
}

/// One page of the report: accounts lacking data, walking ids after `after_id`. Returns the
/// rows and the cursor to continue from (None at the end).
pub async fn report(
    app: &App,
    actor: &Actor,
    f: &Filter,
    after_id: Option<i64>,
    want: usize,
) -> Result<(Vec<Row>, Option<i64>)> {
    let scope = reader_scope(actor, f.office)?;
    let conn = app.db.conn();
    let mut rows = Vec::new();
    let mut cursor = after_id;
    loop {
        let page = accounts::walk(conn, scope, &CHECKED, f.entity_type, cursor, 200).await?;
        let last = page.last().map(|a| a.id);
        let scanned = page.len();
        let missing = missing_of(conn, &page).await?;
        let org_ids: Vec<i64> = page.iter().filter_map(|a| a.organization_id).collect();
        let orgs = ctpat_store::orgs::orgs_by_ids(conn, &org_ids).await?;
        let ids: Vec<i64> = page.iter().map(|a| a.id).collect();
        let notices = notices::open_notices_of(conn, &ids).await?;
        for (a, m) in page.into_iter().zip(missing) {
            let keep = !m.is_empty() && f.missing.as_deref().is_none_or(|k| m.iter().any(|x| x.key() == k));
            if keep {
                let notice = notices.iter().find(|n| n.account_id == a.id);
                rows.push(Row {
                    organization: a
                        .organization_id
                        .and_then(|id| orgs.iter().find(|o| o.id == id))
                        .map(|o| o.name.clone())
                        .unwrap_or_default(),
                    notice_deadline: notice.map(|n| n.deadline),
                    missing: m,
                    account: a,
                });
                if rows.len() >= want {
                    let last = rows_last(&rows);
                    return Ok((rows, Some(last)));
                }
            }
        }
        if scanned < 200 {
            return Ok((rows, None));
        }
        cursor = last;
    }
}

fn rows_last(rows: &[Row]) -> i64 {
    rows.last().map(|r| r.account.id).unwrap_or_default()
}

/// Quote a CSV field when needed; a leading `=`, `+`, `-`, `@`, tab or carriage return is
/// neutralised so that a spreadsheet never runs partner-typed text as a formula.
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// Send "provide the missing data by <deadline> or the account is suspended" to each account
/// that still lacks data and has no open notice. Returns how many were notified.
pub async fn notify(app: &App, actor: &Actor, account_ids: &[i64], days: i64) -> Result<usize> {
    if !actor.has(Permission::ProposeSuspension) {
        return Err(Error::Forbidden);
    }
    if !(1..=365).contains(&days) {
        return Err(Error::field("days", Problem::new("err-number-range").with("min", 1).with("max", 365)));
    }
    if account_ids.is_empty() {
        return Err(Error::field("accounts", Problem::new("err-choose-at-least-one")));
    }
    let scope = reader_scope(actor, None)?;
    let now = app.now();
    let deadline = now + Duration::days(days);
    let txn = app.db.begin().await?;
    let mut found = Vec::new();
    for id in account_ids {
        if let Some(a) = accounts::find(&txn, scope, *id).await?
            && CHECKED.contains(&a.status)
        {
            found.push(a);
        }
    }
    let missing = missing_of(&txn, &found).await?;
    let mut sent = 0;
    for (a, m) in found.iter().zip(missing) {
        if !m.is_empty() && send_notice(&txn, app, actor, a, &m, deadline).await? {
            sent += 1;
        }
    }
    txn.commit().await?;
    Ok(sent)
}

/// Tell the account's people what it lacks and by when, unless a notice is open already;
/// true when sent. The caller has checked the account is one the actor may notify.
pub(crate) async fn send_notice<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    a: &Account,
    missing: &[Missing],
    deadline: DateTime<Utc>,
) -> Result<bool> {
    if notices::open_notice(txn, a.id).await?.is_some() {
        return Ok(false);
    }
    let now = app.now();
    let keys: Vec<String> = missing.iter().map(|x| x.key()).collect();
    notices::insert_notice(txn, a.id, &keys.join(","), deadline, actor.user.id, now).await?;
    let org = match a.organization_id {
        Some(id) => ctpat_store::orgs::org(txn, id).await?.map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    };
    let to = super::notices::recipients(txn, a.id).await?;
    let theirs = crate::mail::accounts_langs(txn, &[a.id]).await?.remove(&a.id).unwrap_or_default();
    let langs = crate::mail::readers_langs(txn, &to).await?;
    for addr in to {
        let lang = langs.get(&addr).cloned().unwrap_or_else(|| theirs.clone());
        let list: Vec<String> = keys.iter().map(|k| format!("- {}", lang.t(&format!("missing-{k}")))).collect();
        crate::mail::enqueue(
            txn,
            app,
            &addr,
            &lang,
            crate::mail::MailKind::MissingData,
            &[
                ("organization", org.clone()),
                ("account", a.id.to_string()),
                ("missing", list.join("\n")),
                ("date", deadline.format("%Y-%m-%d").to_string()),
            ],
        )
        .await?;
    }
    ctpat_store::audit::append(
        txn,
        for_account(audit::by(actor, now, "compliance.notice_sent", Outcome::Ok), a.id)
            .object("account", a.id)
            .after(json!({"missing": keys, "deadline": ctpat_domain::audit::canonical_time(deadline)})),
    )
    .await?;
    Ok(true)
}

/// `send_notice` for many accounts at once (an import's thousands): a few queries per 500
/// accounts instead of several per account. `list` holds each account with what it lacks and
/// its organization's name. Returns the ids of the accounts noticed (those without an open
/// notice), and of those among them with no contact to tell.
pub(crate) async fn send_notices<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    list: &[(&Account, &[Missing], &str)],
    deadline: DateTime<Utc>,
) -> Result<(Vec<i64>, Vec<i64>)> {
    let now = app.now();
    let mut noticed = Vec::new();
    let mut unheard = Vec::new();
    for chunk in list.chunks(500) {
        let ids: Vec<i64> = chunk.iter().map(|(a, _, _)| a.id).collect();
        let open: std::collections::HashSet<i64> =
            notices::open_notices_of(txn, &ids).await?.into_iter().map(|n| n.account_id).collect();
        let todo: Vec<&(&Account, &[Missing], &str)> = chunk.iter().filter(|(a, _, _)| !open.contains(&a.id)).collect();
        let rows: Vec<(i64, String)> =
            todo.iter().map(|(a, m, _)| (a.id, m.iter().map(|x| x.key()).collect::<Vec<_>>().join(","))).collect();
        notices::insert_notices(txn, &rows, deadline, actor.user.id, now).await?;
        let contacts = account_data::contacts_of(txn, &ids).await?;
        let addresses: Vec<String> = contacts.iter().map(|c| c.email.clone()).collect();
        let langs = crate::mail::readers_langs(txn, &addresses).await?;
        let theirs = crate::mail::accounts_langs(txn, &ids).await?;
        let mut events = Vec::with_capacity(todo.len());
        for (a, missing, org) in todo {
            let keys: Vec<String> = missing.iter().map(|x| x.key()).collect();
            let of_account: Vec<_> = contacts.iter().filter(|c| c.account_id == a.id).collect();
            let mut to: Vec<&str> = of_account
                .iter()
                .filter(|c| c.is_primary || c.role.as_deref() == Some(ctpat_domain::AccountRole::Officer.key()))
                .map(|c| c.email.as_str())
                .collect();
            // Without a primary contact or an Officer (what imported accounts often lack),
            // every contact is told rather than no one.
            if to.is_empty() {
                to = of_account.iter().map(|c| c.email.as_str()).collect();
            }
            to.sort();
            to.dedup();
            if to.is_empty() {
                unheard.push(a.id);
            }
            for addr in to {
                // A login's own choice, else the language of the account's people.
                let lang = langs.get(addr).or(theirs.get(&a.id)).cloned().unwrap_or_default();
                let list: Vec<String> = keys.iter().map(|k| format!("- {}", lang.t(&format!("missing-{k}")))).collect();
                crate::mail::enqueue(
                    txn,
                    app,
                    addr,
                    &lang,
                    crate::mail::MailKind::MissingData,
                    &[
                        ("organization", org.to_string()),
                        ("account", a.id.to_string()),
                        ("missing", list.join("\n")),
                        ("date", deadline.format("%Y-%m-%d").to_string()),
                    ],
                )
                .await?;
            }
            events.push(
                for_account(audit::by(actor, now, "compliance.notice_sent", Outcome::Ok), a.id)
                    .object("account", a.id)
                    .after(json!({"missing": keys, "deadline": ctpat_domain::audit::canonical_time(deadline)})),
            );
            noticed.push(a.id);
        }
        ctpat_store::audit::append_many(txn, events).await?;
    }
    Ok((noticed, unheard))
}

/// At each notice's deadline: suspend the account if data is still missing, otherwise close
/// the notice as resolved. Safe on several servers (notices close once; versions guard the
/// account). Returns (suspended, resolved).
pub async fn sweep_notices(app: &App, now: DateTime<Utc>) -> Result<(usize, usize)> {
    let conn = app.db.conn();
    let (mut suspended, mut resolved) = (0, 0);
    for notice in notices::due_notices(conn, now, 500).await? {
        let Some(account) = accounts::find(conn, accounts::Scope::Program, notice.account_id).await? else { continue };
        let still = missing_of(conn, std::slice::from_ref(&account)).await?.pop().unwrap_or_default();
        let txn = app.db.begin().await?;
        if still.is_empty() || !CHECKED[..4].contains(&account.status) {
            if notices::close_notice(&txn, notice.id, false, now).await? {
                let e = audit::system(&crate::RequestMeta::default(), now, "compliance.notice_resolved", "scheduler");
                ctpat_store::audit::append(&txn, for_account(e, account.id).object("account", account.id)).await?;
                resolved += 1;
            }
            txn.commit().await?;
            continue;
        }
        let t = &app.timers();
        let (s, _) = lifecycle::snapshot(&txn, account.id, t).await?;
        let system = ctpat_domain::partner::lifecycle::Actor { id: 0, role: ActorRole::System };
        let cmd = Command::SuspendAfterNotice { noticed_by: notice.created_by };
        let Ok(event) = ctpat_domain::partner::lifecycle::decide(&s, &cmd, &system, now, t) else { continue };
        if !notices::close_notice(&txn, notice.id, true, now).await? {
            continue;
        }
        match lifecycle::record(&txn, app, &account, &event, None, now).await {
            Ok(_) => {
                let e = audit::system(&crate::RequestMeta::default(), now, "account.suspended", "scheduler");
                let missing: Vec<String> = still.iter().map(|m| m.key()).collect();
                ctpat_store::audit::append(
                    &txn,
                    for_account(e, account.id)
                        .object("account", account.id)
                        .after(json!({"reason": "missing_mandatory_data", "missing": missing, "notice": notice.id})),
                )
                .await?;
                txn.commit().await?;
                suspended += 1;
            }
            Err(Error::ChangedMeanwhile) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok((suspended, resolved))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_cell_a_spreadsheet_would_run_is_neutralised() {
        for raw in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
            assert!(super::csv_field(raw).trim_start_matches('"').starts_with('\''), "{raw:?}");
        }
        assert_eq!(super::csv_field("Acme, Inc."), "\"Acme, Inc.\"");
        assert_eq!(super::csv_field("plain"), "plain");
    }
}
