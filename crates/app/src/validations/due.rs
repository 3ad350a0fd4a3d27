//! Validations due: first validations (within a year of certification) and revalidations
//! (four years after the last one; a validation group's accounts share the earliest date of
//! the group), a window ahead, nearest first, overdue ones flagged.

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::lifecycle::{Status, aligned_due};
use ctpat_store::validations as store;
use std::collections::HashMap;

/// The windows the list offers, in days; 180 by default.
pub const WINDOWS: [i64; 3] = [90, 180, 365];

#[derive(Debug, Clone, Default)]
pub struct DueFilter {
    /// Days ahead (one of [`WINDOWS`]).
    pub days: i64,
    pub entity: Option<EntityType>,
    /// Accounts assigned to this SCSS.
    pub scss: Option<i64>,
    /// HQ's choice of field office.
    pub office: Option<Option<i64>>,
}

/// One account whose validation is due.
#[derive(Debug, Clone)]
pub struct DueRow {
    pub account_id: i64,
    pub organization: String,
    pub entity: EntityType,
    pub scss: Option<String>,
    pub due: DateTime<Utc>,
    pub overdue: bool,
    /// The first validation after certification (else a revalidation).
    pub first: bool,
    /// The validation group whose shared date this is.
    pub group: Option<String>,
    /// The first day of a validation already scheduled.
    pub scheduled: Option<NaiveDate>,
}

pub async fn due(app: &App, actor: &Actor, f: &DueFilter) -> Result<Vec<DueRow>> {
    Ok(due_page(app, actor, f, None, 500).await?.0)
}

/// Where a page of validations due ends: the last account's own due date and id.
pub type DueCursor = (DateTime<Utc>, i64);

/// One page of `due`, after `after`; with the cursor of the next page when there may be one.
pub async fn due_page(
    app: &App,
    actor: &Actor,
    f: &DueFilter,
    after: Option<DueCursor>,
    limit: u64,
) -> Result<(Vec<DueRow>, Option<DueCursor>)> {
    let conn = app.db.conn();
    let scope = crate::partner::narrowed(actor, f.office).ok_or(Error::Forbidden)?;
    let now = app.now();
    let days = if WINDOWS.contains(&f.days) { f.days } else { 180 };
    let accounts =
        ctpat_store::accounts::validations_due(conn, scope, now + Duration::days(days), f.entity, f.scss, after, limit)
            .await?;
    let next = (accounts.len() as u64 == limit)
        .then(|| accounts.last().and_then(|a| a.next_validation_due.map(|d| (d, a.id))))
        .flatten();
    let mut names: HashMap<i64, String> = HashMap::new();
    let mut out = Vec::with_capacity(accounts.len());
    for a in accounts {
        let Some(own) = a.next_validation_due else { continue };
        // A linked account is validated with its group, on the group's shared date.
        let (due, group) = match ctpat_store::groups::group_of(conn, a.id).await? {
            Some(link) => {
                let mut dates = Vec::new();
                for m in ctpat_store::groups::group_members(conn, link.group_id).await? {
                    if let Some(x) =
                        ctpat_store::accounts::find(conn, ctpat_store::accounts::Scope::Program, m.account_id).await?
                    {
                        dates.push(x.next_validation_due);
                    }
                }
                let name = ctpat_store::groups::group(conn, link.group_id).await?.map(|g| g.name);
                (aligned_due(dates).unwrap_or(own), name)
            }
            None => (own, None),
        };
        let scss = match a.assigned_scss_id {
            Some(id) => match names.get(&id) {
                Some(n) => Some(n.clone()),
                None => {
                    let n = ctpat_store::users::find(conn, id).await?.map(|u| u.name).unwrap_or_default();
                    names.insert(id, n.clone());
                    Some(n)
                }
            },
            None => None,
        };
        let scheduled =
            store::of_account(conn, a.id).await?.into_iter().filter(|v| v.status.is_open()).map(|v| v.start_on).min();
        out.push(DueRow {
            organization: super::org_of(conn, a.organization_id).await?,
            entity: a.entity_type,
            first: a.status == Status::Certified,
            overdue: due < now,
            account_id: a.id,
            scss,
            due,
            group,
            scheduled,
        });
    }
    out.sort_by_key(|r| (r.due, r.account_id));
    Ok((out, next))
}
