//! The facts of eligibility a company declares (imported in the last 12 months, the fleet
//! crosses the border…), after its application too: declaring a missing one is how a company
//! suspended for missing data supplies it. Every change is in the account's history, so the
//! SCSS sees what was declared, by whom and when.

use super::{Reach, reach};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::eligibility::Declaration;
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::{Permission, Problem};
use ctpat_store::account_data;
use serde_json::json;

/// One declaration the entity type asks for, and whether (when, by whom) it was made.
pub struct Line {
    pub declaration: Declaration,
    pub declared: Option<(DateTime<Utc>, String)>,
}

pub struct DeclarationsPage {
    pub reach: Reach,
    pub lines: Vec<Line>,
    pub editable: bool,
}

/// A closed account declares nothing more; a draft declares in the wizard.
fn open_for_declaring(status: Status) -> bool {
    !matches!(status, Status::Draft | Status::Withdrawn | Status::Rejected | Status::Ineligible | Status::Removed)
}

pub async fn page(app: &App, actor: &Actor, account_id: i64) -> Result<DeclarationsPage> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let rows = account_data::declarations(conn, account_id).await?;
    let people = ctpat_store::users::by_ids(conn, &rows.iter().map(|d| d.declared_by).collect::<Vec<_>>()).await?;
    let lines = Declaration::required_of(r.entity)
        .iter()
        .map(|d| Line {
            declaration: *d,
            declared: rows.iter().find(|x| x.declaration == d.key()).map(|x| {
                let who = people.iter().find(|u| u.id == x.declared_by).map(|u| u.name.clone()).unwrap_or_default();
                (x.declared_at, who)
            }),
        })
        .collect();
    let editable = !r.is_staff() && r.can(Permission::EditCompanyData) && open_for_declaring(r.account.status);
    Ok(DeclarationsPage { reach: r, lines, editable })
}

/// Make `declared` what the company declares (an Officer or Account admin).
pub async fn save(app: &App, actor: &Actor, account_id: i64, declared: &[Declaration]) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if r.is_staff() || !r.can(Permission::EditCompanyData) {
        return Err(Error::Forbidden);
    }
    if !open_for_declaring(r.account.status) {
        return Err(Error::Refused(Problem::new("refusal-not-allowed-in-status")));
    }
    let before: Vec<String> =
        account_data::declarations(&txn, account_id).await?.into_iter().map(|d| d.declaration).collect();
    let keys = super::application::declared_keys(r.entity, declared);
    account_data::set_declarations(&txn, account_id, &keys, actor.user.id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "account.declarations_changed", Outcome::Ok), account_id)
            .object("account", account_id)
            .before(json!({"declarations": before}))
            .after(json!({"declarations": keys})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
