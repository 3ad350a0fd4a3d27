//! Bond change requests: a partner asks, the SCSS (or a Supervisor) decides.

use crate::accounts::Scope;
use crate::entity::bond_change_request::{self, Entity as BondRequest};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use bond_change_request::Model as BondRequestRow;
use ctpat_domain::partner::bond::BondRequestStatus;

pub struct NewBondRequest<'a> {
    pub account_id: i64,
    pub number: &'a str,
    pub bond_type: &'a str,
    pub surety: Option<&'a str>,
    pub effective_on: Option<&'a str>,
    pub requested_by: i64,
    pub now: DateTime<Utc>,
}

pub async fn insert_bond_request<C: ConnectionTrait>(conn: &C, r: NewBondRequest<'_>) -> Result<BondRequestRow> {
    Ok(bond_change_request::ActiveModel {
        account_id: Set(r.account_id),
        number: Set(r.number.to_string()),
        bond_type: Set(r.bond_type.to_string()),
        surety: Set(r.surety.map(str::to_string)),
        effective_on: Set(r.effective_on.map(str::to_string)),
        status: Set(BondRequestStatus::Pending.key().to_string()),
        requested_by: Set(r.requested_by),
        requested_at: Set(r.now),
        decided_by: Set(None),
        decided_at: Set(None),
        decision_note: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

pub async fn bond_requests<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<BondRequestRow>> {
    Ok(BondRequest::find()
        .filter(bond_change_request::Column::AccountId.eq(account_id))
        .order_by_desc(bond_change_request::Column::Id)
        .all(conn)
        .await?)
}

/// How many requests on accounts in `scope` wait for a decision.
pub async fn count_pending<C: ConnectionTrait>(conn: &C, scope: Scope) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    let q = BondRequest::find().filter(bond_change_request::Column::Status.eq(BondRequestStatus::Pending.key()));
    let q = match scope {
        Scope::Member(_) => return Ok(0),
        Scope::Program => q,
        s => q.filter(bond_change_request::Column::AccountId.in_subquery(crate::accounts::account_ids_in(s))),
    };
    Ok(q.count(conn).await?)
}

/// Pending requests on accounts in `scope`, oldest first.
pub async fn pending_bond_requests<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    limit: u64,
) -> Result<Vec<BondRequestRow>> {
    let mut q = BondRequest::find().filter(bond_change_request::Column::Status.eq(BondRequestStatus::Pending.key()));
    match scope {
        Scope::Member(_) => return Ok(Vec::new()),
        Scope::Program => {}
        s => q = q.filter(bond_change_request::Column::AccountId.in_subquery(crate::accounts::account_ids_in(s))),
    }
    Ok(q.order_by_asc(bond_change_request::Column::Id).limit(limit).all(conn).await?)
}

/// Decide a pending request; false when it was decided meanwhile.
pub async fn decide_bond_request<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    status: BondRequestStatus,
    by: i64,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let res = BondRequest::update_many()
        .col_expr(bond_change_request::Column::Status, Expr::value(status.key()))
        .col_expr(bond_change_request::Column::DecidedBy, Expr::value(Some(by)))
        .col_expr(bond_change_request::Column::DecidedAt, Expr::value(Some(now)))
        .col_expr(bond_change_request::Column::DecisionNote, Expr::value(note.map(str::to_string)))
        .filter(bond_change_request::Column::Id.eq(id))
        .filter(bond_change_request::Column::Status.eq(BondRequestStatus::Pending.key()))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}
