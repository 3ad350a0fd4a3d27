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
    /// Accounts by entity type (rows, in the program's order, only those with accounts) and
    /// status (columns: `statuses()`).
    pub by_entity_status: Vec<(EntityType, Vec<i64>)>,
    /// Open accounts by field office (none: not placed), largest first.
    pub by_office: Vec<(Option<FieldOffice>, i64)>,
    /// Open accounts by SCSS (their name; none: not assigned), largest first.
    pub workload: Vec<(Option<String>, i64)>,
    /// Validations due: overdue, then within 90, 180 and 365 days (each window includes the
    /// shorter ones).
    pub validations_due: [u64; 4],
    /// Annual reviews past their due date.
    pub annual_overdue: u64,
    pub certification: Certification,
    /// Suspensions and removals by reason: (event kind, reason key, count), largest first.
    pub by_reason: Vec<(&'static str, String, i64)>,
}

/// Record that the reader exported the reports (the rows are theirs to take away; who took
/// what is kept).
pub async fn exported(app: &App, actor: &Actor, office: Option<Option<i64>>, rows: usize) -> Result<()> {
    use crate::audit::EventExt;
    if !(actor.has(Permission::WorkAssignedAccounts) || actor.has(Permission::ReadAllAccounts)) {
        return Err(Error::Forbidden);
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    ctpat_store::audit::append(
        &txn,
        crate::audit::by(actor, now, "reports.exported", ctpat_domain::audit::Outcome::Ok)
            .after(serde_json::json!({"rows": rows, "office": office.map(|o| o.map_or("none".to_string(), |i| i.to_string()))})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// How long certification took, against the program's target.
#[derive(Debug, Clone, Default)]
pub struct Certification {
    pub count: usize,
    pub median_days: Option<i64>,
    pub p90_days: Option<i64>,
    pub target_days: i64,
    pub within_target: usize,
    /// By month of certification (`YYYY-MM`, oldest first): (month, count, median days).
    pub by_month: Vec<(String, usize, i64)>,
}

/// The value below which `p` (0–1) of the sorted values fall (nearest rank).
fn percentile(sorted: &[i64], p: f64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

fn certification(
    spans: &[(chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>)],
    target: i64,
) -> Certification {
    let mut days: Vec<i64> = spans.iter().map(|(a, c)| (*c - *a).num_days()).collect();
    days.sort_unstable();
    let mut months: std::collections::BTreeMap<String, Vec<i64>> = Default::default();
    for (a, c) in spans {
        months.entry(c.format("%Y-%m").to_string()).or_default().push((*c - *a).num_days());
    }
    let by_month = months
        .into_iter()
        .map(|(m, mut d)| {
            d.sort_unstable();
            let median = percentile(&d, 0.5).unwrap_or(0);
            (m, d.len(), median)
        })
        .collect();
    Certification {
        count: days.len(),
        median_days: percentile(&days, 0.5),
        p90_days: percentile(&days, 0.9),
        target_days: target,
        within_target: days.iter().filter(|d| **d <= target).count(),
        by_month,
    }
}

/// The columns of the cross-table: every status but draft, in the program's order.
pub fn statuses() -> impl Iterator<Item = Status> {
    Status::ALL.into_iter().filter(|s| *s != Status::Draft)
}

pub async fn program_report(app: &App, actor: &Actor, office: Option<Option<i64>>) -> Result<ProgramReport> {
    if !(actor.has(Permission::WorkAssignedAccounts) || actor.has(Permission::ReadAllAccounts)) {
        return Err(Error::Forbidden);
    }
    let scope = super::narrowed(actor, office).ok_or(Error::Forbidden)?;
    let conn = app.db.conn();
    let counted = accounts::count_by_status(conn, scope).await?;
    let by_status = statuses().map(|s| (s, counted.iter().find(|(c, _)| *c == s).map_or(0, |(_, n)| *n))).collect();
    let by_entity = accounts::count_by_entity(conn, scope).await?;
    let cells = accounts::count_by_entity_and_status(conn, scope).await?;
    let by_entity_status = EntityType::ALL
        .into_iter()
        .filter(|e| cells.iter().any(|(x, _, _)| x == e))
        .map(|e| {
            let row = statuses()
                .map(|s| cells.iter().find(|(x, y, _)| *x == e && *y == s).map_or(0, |(_, _, n)| *n))
                .collect();
            (e, row)
        })
        .collect();
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
    let now = app.now();
    let t = app.timers();
    let window = |to: Option<chrono::DateTime<chrono::Utc>>, from| accounts::Window { from, to };
    let due = |w| accounts::count_dated(conn, scope, accounts::DateOf::NextValidation, w);
    let validations_due = [
        due(window(Some(now), None)).await?,
        due(window(Some(now + chrono::Duration::days(90)), Some(now))).await?,
        due(window(Some(now + chrono::Duration::days(180)), Some(now))).await?,
        due(window(Some(now + chrono::Duration::days(365)), Some(now))).await?,
    ];
    let annual_overdue =
        accounts::count_dated(conn, scope, accounts::DateOf::AnnualReview, window(Some(now), None)).await?;
    let spans = accounts::certification_spans(conn, scope).await?;
    let certification = certification(&spans, t.certification_target.num_days());
    let mut reasons: Vec<(&'static str, String, i64)> = Vec::new();
    for e in accounts::events_of_kinds(conn, scope, &["suspended", "removed"]).await? {
        let event: ctpat_domain::partner::lifecycle::Event =
            serde_json::from_str(&e.data).map_err(|err| Error::Internal(format!("bad event {}: {err}", e.id)))?;
        let (kind, reason) = match event {
            ctpat_domain::partner::lifecycle::Event::Suspended { reason, .. } => ("suspended", reason.key()),
            ctpat_domain::partner::lifecycle::Event::Removed { reason, .. } => ("removed", reason.key()),
            _ => continue,
        };
        match reasons.iter_mut().find(|(k, r, _)| *k == kind && r == reason) {
            Some(row) => row.2 += 1,
            None => reasons.push((kind, reason.to_string(), 1)),
        }
    }
    reasons.sort_by_key(|(_, _, n)| std::cmp::Reverse(*n));
    Ok(ProgramReport {
        by_entity_status,
        by_status,
        by_entity,
        by_office,
        workload,
        validations_due,
        annual_overdue,
        certification,
        by_reason: reasons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&v, 0.5), Some(5));
        assert_eq!(percentile(&v, 0.9), Some(9));
        assert_eq!(percentile(&[42], 0.9), Some(42));
        assert_eq!(percentile(&[], 0.5), None);
    }
}
