//! Program reports for staff: the accounts by status, entity type and field office, and each
//! SCSS's workload — counted within the reader's reach (HQ may narrow to one office).

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use ctpat_domain::Permission;
use ctpat_domain::office::FieldOffice;
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::lifecycle::Status;
use ctpat_store::accounts;

/// The counts of one report page.
#[derive(Debug, Clone)]
pub struct ProgramReport {
    /// Every status but drafts (a draft is the company's own business), in the program's order.
    pub by_status: Vec<(Status, i64)>,
    /// Open accounts by entity type, largest first.
    pub by_entity: Vec<(EntityType, i64)>,
    /// Open accounts by field office (none: not placed), largest first.
    pub by_office: Vec<(Option<FieldOffice>, i64)>,
    /// Open accounts by SCSS (their name; none: not assigned), largest first.
    pub workload: Vec<(Option<String>, i64)>,
}

pub async fn program_report(app: &App, actor: &Actor, office: Option<Option<i64>>) -> Result<ProgramReport> {
    if !(actor.has(Permission::WorkAssignedAccounts) || actor.has(Permission::ReadAllAccounts)) {
        return Err(Error::Forbidden);
    }
    let scope = super::narrowed(actor, office).ok_or(Error::Forbidden)?;
    let conn = app.db.conn();
    let counted = accounts::count_by_status(conn, scope).await?;
    let by_status = Status::ALL
        .into_iter()
        .filter(|s| *s != Status::Draft)
        .map(|s| (s, counted.iter().find(|(c, _)| *c == s).map_or(0, |(_, n)| *n)))
        .collect();
    let by_entity = accounts::count_by_entity(conn, scope).await?;
    let offices = ctpat_store::offices::list(conn).await?;
    let by_office = accounts::count_by_office(conn, scope)
        .await?
        .into_iter()
        .map(|(id, n)| (id.and_then(|id| offices.iter().find(|o| o.id == id).cloned()), n))
        .collect();
    let per_scss = accounts::count_by_scss(conn, scope).await?;
    let ids: Vec<i64> = per_scss.iter().filter_map(|(id, _)| *id).collect();
    let people = ctpat_store::users::by_ids(conn, &ids).await?;
    let workload = per_scss
        .into_iter()
        .map(|(id, n)| (id.and_then(|id| people.iter().find(|u| u.id == id)).map(|u| u.name.clone()), n))
        .collect();
    Ok(ProgramReport { by_status, by_entity, by_office, workload })
}
