//! The program's list of findings: every finding of the validations a staff member reaches,
//! newest first, narrowed by status, kind or lateness (and by office for HQ).

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use chrono::NaiveDate;
use ctpat_domain::validation::{FindingKind, FindingStatus};
use ctpat_store::findings::ProgramFilter;

#[derive(Debug, Clone, Default)]
pub struct FindingsFilter {
    pub status: Option<FindingStatus>,
    pub kind: Option<FindingKind>,
    /// Only required actions whose answer is late.
    pub late_only: bool,
    /// HQ's choice of field office.
    pub office: Option<Option<i64>>,
}

pub struct FindingLine {
    pub id: i64,
    pub account_id: i64,
    pub organization: String,
    pub validation_id: i64,
    pub validation_start: NaiveDate,
    pub kind: FindingKind,
    pub criteria: Vec<String>,
    pub text: String,
    pub due: Option<NaiveDate>,
    pub status: FindingStatus,
    pub late: bool,
}

/// One page of findings below `before_id` (a finding id).
pub async fn findings(
    app: &App,
    actor: &Actor,
    f: &FindingsFilter,
    before_id: Option<i64>,
    limit: u64,
) -> Result<Vec<FindingLine>> {
    let scope = crate::partner::narrowed(actor, f.office).ok_or(Error::Forbidden)?;
    let conn = app.db.conn();
    let today = app.now().date_naive();
    let filter = ProgramFilter { status: f.status, kind: f.kind, late_before: f.late_only.then_some(today) };
    let rows = ctpat_store::findings::program_page(conn, scope, &filter, before_id, limit).await?;
    let lead_ids: Vec<i64> = rows.iter().map(|(_, v)| v.lead_account_id).collect();
    let accounts = ctpat_store::accounts::by_ids(conn, &lead_ids).await?;
    let org_ids: Vec<i64> = accounts.iter().filter_map(|a| a.organization_id).collect();
    let orgs = ctpat_store::orgs::orgs_by_ids(conn, &org_ids).await?;
    Ok(rows
        .into_iter()
        .map(|(x, v)| {
            let organization = accounts
                .iter()
                .find(|a| a.id == v.lead_account_id)
                .and_then(|a| a.organization_id)
                .and_then(|o| orgs.iter().find(|g| g.id == o))
                .map(|o| o.name.clone())
                .unwrap_or_default();
            FindingLine {
                late: x.kind == FindingKind::RequiredAction
                    && x.status == FindingStatus::Open
                    && x.response_due.is_some_and(|d| d < today),
                id: x.id,
                account_id: v.lead_account_id,
                organization,
                validation_id: v.id,
                validation_start: v.start_on,
                kind: x.kind,
                criteria: x.criteria,
                text: x.text,
                due: x.response_due,
                status: x.status,
            }
        })
        .collect())
}
