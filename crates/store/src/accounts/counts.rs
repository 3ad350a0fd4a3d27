//! Counting accounts for reports and a staff member's day: by status, entity type, field
//! office, SCSS; by due-date window; how long certification took; decisions by reason.

use super::{EventRow, Scope, account_ids_in, keys, scoped};
use crate::entity::account_event::{self, Entity as AccountEvent};
use crate::entity::partner_account::{self, Entity as PartnerAccount};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use ctpat_domain::partner::{EntityType, lifecycle::Status};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

/// Count accounts per status (the program dashboard).
pub async fn count_by_status<C: ConnectionTrait>(conn: &C, scope: Scope) -> Result<Vec<(Status, i64)>> {
    let rows: Vec<(String, i64)> = PartnerAccount::find()
        .select_only()
        .column(partner_account::Column::Status)
        .column_as(Expr::col(partner_account::Column::Id).count(), "n")
        .filter(scoped(scope))
        .group_by(partner_account::Column::Status)
        .into_tuple()
        .all(conn)
        .await?;
    rows.into_iter()
        .map(|(s, n)| Status::from_key(&s).map(|s| (s, n)).ok_or_else(|| StoreError::Corrupt(format!("status {s}"))))
        .collect()
}

/// Open accounts in `scope` counted by a column (entity type, field office, SCSS): the
/// column's value (none for a null) and its count, largest first.
async fn count_open_by<C: ConnectionTrait, T>(
    conn: &C,
    scope: Scope,
    column: partner_account::Column,
) -> Result<Vec<(Option<T>, i64)>>
where
    T: sea_orm::TryGetable,
{
    let closed = keys(&[Status::Draft, Status::Withdrawn, Status::Rejected, Status::Ineligible]);
    let mut rows: Vec<(Option<T>, i64)> = PartnerAccount::find()
        .select_only()
        .column(column)
        .column_as(Expr::col(partner_account::Column::Id).count(), "n")
        .filter(scoped(scope))
        .filter(partner_account::Column::Status.is_not_in(closed))
        .group_by(column)
        .into_tuple()
        .all(conn)
        .await?;
    rows.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    Ok(rows)
}

/// Open accounts in `scope` by entity type.
pub async fn count_by_entity<C: ConnectionTrait>(conn: &C, scope: Scope) -> Result<Vec<(EntityType, i64)>> {
    count_open_by::<_, String>(conn, scope, partner_account::Column::EntityType)
        .await?
        .into_iter()
        .map(|(e, n)| {
            let e = e.unwrap_or_default();
            EntityType::from_key(&e).map(|e| (e, n)).ok_or_else(|| StoreError::Corrupt(format!("entity type {e}")))
        })
        .collect()
}

/// Open accounts in `scope` by field office (none: not placed).
pub async fn count_by_office<C: ConnectionTrait>(conn: &C, scope: Scope) -> Result<Vec<(Option<i64>, i64)>> {
    count_open_by::<_, i64>(conn, scope, partner_account::Column::FieldOfficeId).await
}

/// Open accounts in `scope` by assigned SCSS (none: not assigned): each SCSS's workload.
pub async fn count_by_scss<C: ConnectionTrait>(conn: &C, scope: Scope) -> Result<Vec<(Option<i64>, i64)>> {
    count_open_by::<_, i64>(conn, scope, partner_account::Column::AssignedScssId).await
}

/// Which date of an account a count looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOf {
    NextValidation,
    AnnualReview,
}

/// How many open accounts in `scope` have that date in `window`.
pub async fn count_dated<C: ConnectionTrait>(conn: &C, scope: Scope, date: DateOf, window: Window) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    let column = match date {
        DateOf::NextValidation => partner_account::Column::NextValidationDue,
        DateOf::AnnualReview => partner_account::Column::AnnualReviewDue,
    };
    let closed = keys(&[Status::Draft, Status::Withdrawn, Status::Rejected, Status::Ineligible, Status::Removed]);
    let mut q = PartnerAccount::find()
        .filter(scoped(scope))
        .filter(partner_account::Column::Status.is_not_in(closed))
        .filter(column.is_not_null());
    if let Some(f) = window.from {
        q = q.filter(column.gte(f));
    }
    if let Some(t) = window.to {
        q = q.filter(column.lt(t));
    }
    Ok(q.count(conn).await?)
}

/// (applied on, certified on) of the accounts in `scope` ever certified: how long
/// certification took.
pub async fn certification_spans<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
) -> Result<Vec<(DateTime<Utc>, DateTime<Utc>)>> {
    type Span = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);
    let rows: Vec<Span> = PartnerAccount::find()
        .select_only()
        .column(partner_account::Column::AppliedOn)
        .column(partner_account::Column::CertifiedOn)
        .filter(scoped(scope))
        .filter(partner_account::Column::AppliedOn.is_not_null())
        .filter(partner_account::Column::CertifiedOn.is_not_null())
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().filter_map(|(a, c)| Some((a?, c?))).collect())
}

/// The recorded events of these kinds of the accounts in `scope` (suspensions, removals…).
pub async fn events_of_kinds<C: ConnectionTrait>(conn: &C, scope: Scope, kinds: &[&str]) -> Result<Vec<EventRow>> {
    Ok(AccountEvent::find()
        .filter(account_event::Column::Kind.is_in(kinds.iter().copied()))
        .filter(account_event::Column::AccountId.in_subquery(account_ids_in(scope)))
        .order_by_asc(account_event::Column::Id)
        .all(conn)
        .await?)
}

/// A span of time with either end open: from (inclusive) to (exclusive).
#[derive(Debug, Clone, Copy, Default)]
pub struct Window {
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// How many accounts in `scope`, open in the program (not drafts nor closed), owe one of the
/// `pending` decisions (any when empty) and have their nearest deadline in `deadline`.
pub async fn count_open<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    pending: &[&str],
    deadline: Option<Window>,
) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    let closed = keys(&[Status::Draft, Status::Withdrawn, Status::Rejected, Status::Ineligible]);
    let mut q = PartnerAccount::find().filter(scoped(scope)).filter(partner_account::Column::Status.is_not_in(closed));
    if !pending.is_empty() {
        q = q.filter(partner_account::Column::PendingDecision.is_in(pending.iter().copied()));
    }
    if let Some(Window { from, to }) = deadline {
        q = q.filter(partner_account::Column::NextDeadline.is_not_null());
        if let Some(f) = from {
            q = q.filter(partner_account::Column::NextDeadline.gte(f));
        }
        if let Some(t) = to {
            q = q.filter(partner_account::Column::NextDeadline.lt(t));
        }
    }
    Ok(q.count(conn).await?)
}

/// Accounts in `scope` (drafts left out) counted by entity type and status together.
pub async fn count_by_entity_and_status<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
) -> Result<Vec<(EntityType, Status, i64)>> {
    let rows: Vec<(String, String, i64)> = PartnerAccount::find()
        .select_only()
        .column(partner_account::Column::EntityType)
        .column(partner_account::Column::Status)
        .column_as(Expr::col(partner_account::Column::Id).count(), "n")
        .filter(scoped(scope))
        .filter(partner_account::Column::Status.ne(Status::Draft.key()))
        .group_by(partner_account::Column::EntityType)
        .group_by(partner_account::Column::Status)
        .into_tuple()
        .all(conn)
        .await?;
    rows.into_iter()
        .map(|(e, s, n)| match (EntityType::from_key(&e), Status::from_key(&s)) {
            (Some(e), Some(s)) => Ok((e, s, n)),
            _ => Err(StoreError::Corrupt(format!("entity type {e} / status {s}"))),
        })
        .collect()
}
