//! Program-side records: bond change requests, program policies, validation groups and
//! compliance notices.

use crate::accounts::Scope;
use crate::entity::bond_change_request::{self, Entity as BondRequest};
use crate::entity::compliance_notice::{self, Entity as Notice};
use crate::entity::partner_account::{self, Entity as PartnerAccount};
use crate::entity::program_policy::{self, Entity as Policy};
use crate::entity::validation_group::{self, Entity as Group};
use crate::entity::validation_group_member::{self, Entity as GroupMember};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use bond_change_request::Model as BondRequestRow;
pub use compliance_notice::Model as NoticeRow;
pub use validation_group::Model as GroupRow;
pub use validation_group_member::Model as GroupMemberRow;

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
        status: Set("pending".into()),
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

/// Pending requests on accounts in `scope`, oldest first.
pub async fn pending_bond_requests<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    limit: u64,
) -> Result<Vec<BondRequestRow>> {
    let mut q = BondRequest::find().filter(bond_change_request::Column::Status.eq("pending"));
    match scope {
        Scope::Assigned(scss) => {
            q = q.filter(
                bond_change_request::Column::AccountId.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(partner_account::Column::Id)
                        .from(PartnerAccount)
                        .and_where(partner_account::Column::AssignedScssId.eq(scss))
                        .to_owned(),
                ),
            )
        }
        Scope::Member(_) => return Ok(Vec::new()),
        Scope::Program => {}
    }
    Ok(q.order_by_asc(bond_change_request::Column::Id).limit(limit).all(conn).await?)
}

/// Decide a pending request; false when it was decided meanwhile.
pub async fn decide_bond_request<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    status: &str,
    by: i64,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let res = BondRequest::update_many()
        .col_expr(bond_change_request::Column::Status, Expr::value(status))
        .col_expr(bond_change_request::Column::DecidedBy, Expr::value(Some(by)))
        .col_expr(bond_change_request::Column::DecidedAt, Expr::value(Some(now)))
        .col_expr(bond_change_request::Column::DecisionNote, Expr::value(note.map(str::to_string)))
        .filter(bond_change_request::Column::Id.eq(id))
        .filter(bond_change_request::Column::Status.eq("pending"))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn policy<C: ConnectionTrait>(conn: &C, key: &str) -> Result<Option<String>> {
    Ok(Policy::find().filter(program_policy::Column::Key.eq(key)).one(conn).await?.map(|p| p.value))
}

pub async fn set_policy<C: ConnectionTrait>(
    conn: &C,
    key: &str,
    value: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    match Policy::find().filter(program_policy::Column::Key.eq(key)).one(conn).await? {
        Some(p) => {
            let mut am: program_policy::ActiveModel = p.into();
            am.value = Set(value.to_string());
            am.updated_at = Set(now);
            am.updated_by = Set(Some(by));
            am.update(conn).await?;
        }
        None => {
            program_policy::ActiveModel {
                key: Set(key.to_string()),
                value: Set(value.to_string()),
                updated_at: Set(now),
                updated_by: Set(Some(by)),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    Ok(())
}

pub async fn insert_group<C: ConnectionTrait>(conn: &C, name: &str, by: i64, now: DateTime<Utc>) -> Result<GroupRow> {
    Ok(validation_group::ActiveModel {
        name: Set(name.to_string()),
        created_by: Set(by),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

pub async fn groups<C: ConnectionTrait>(conn: &C) -> Result<Vec<GroupRow>> {
    Ok(Group::find().order_by_asc(validation_group::Column::Name).all(conn).await?)
}

pub async fn group<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<GroupRow>> {
    Ok(Group::find_by_id(id).one(conn).await?)
}

pub async fn group_members<C: ConnectionTrait>(conn: &C, group_id: i64) -> Result<Vec<GroupMemberRow>> {
    Ok(GroupMember::find()
        .filter(validation_group_member::Column::GroupId.eq(group_id))
        .order_by_asc(validation_group_member::Column::Id)
        .all(conn)
        .await?)
}

pub async fn group_of<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<GroupMemberRow>> {
    Ok(GroupMember::find().filter(validation_group_member::Column::AccountId.eq(account_id)).one(conn).await?)
}

/// Link an account to a group; an account already in a group is `Unique`.
pub async fn link<C: ConnectionTrait>(
    conn: &C,
    group_id: i64,
    account_id: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    validation_group_member::ActiveModel {
        group_id: Set(group_id),
        account_id: Set(account_id),
        added_by: Set(by),
        added_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(StoreError::from_db)?;
    Ok(())
}

pub async fn unlink<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<bool> {
    let res =
        GroupMember::delete_many().filter(validation_group_member::Column::AccountId.eq(account_id)).exec(conn).await?;
    Ok(res.rows_affected > 0)
}

pub async fn insert_notice<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    missing: &str,
    deadline: DateTime<Utc>,
    by: i64,
    now: DateTime<Utc>,
) -> Result<NoticeRow> {
    Ok(compliance_notice::ActiveModel {
        account_id: Set(account_id),
        missing: Set(missing.to_string()),
        deadline: Set(deadline),
        created_by: Set(by),
        created_at: Set(now),
        resolved_at: Set(None),
        suspended_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// The open notice of an account (not resolved, not acted on), if any.
pub async fn open_notice<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<NoticeRow>> {
    Ok(Notice::find()
        .filter(compliance_notice::Column::AccountId.eq(account_id))
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .order_by_desc(compliance_notice::Column::Id)
        .one(conn)
        .await?)
}

/// Open notices whose deadline has passed (the sweep's work).
pub async fn due_notices<C: ConnectionTrait>(conn: &C, now: DateTime<Utc>, limit: u64) -> Result<Vec<NoticeRow>> {
    Ok(Notice::find()
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .filter(compliance_notice::Column::Deadline.lte(now))
        .order_by_asc(compliance_notice::Column::Deadline)
        .limit(limit)
        .all(conn)
        .await?)
}

/// Close a notice as resolved or acted on; false when another server did it first.
pub async fn close_notice<C: ConnectionTrait>(conn: &C, id: i64, suspended: bool, now: DateTime<Utc>) -> Result<bool> {
    let col = if suspended { compliance_notice::Column::SuspendedAt } else { compliance_notice::Column::ResolvedAt };
    let res = Notice::update_many()
        .col_expr(col, Expr::value(Some(now)))
        .filter(compliance_notice::Column::Id.eq(id))
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

/// The open notices of these accounts.
pub async fn open_notices_of<C: ConnectionTrait>(conn: &C, account_ids: &[i64]) -> Result<Vec<NoticeRow>> {
    Ok(Notice::find()
        .filter(compliance_notice::Column::AccountId.is_in(account_ids.to_vec()))
        .filter(compliance_notice::Column::ResolvedAt.is_null())
        .filter(compliance_notice::Column::SuspendedAt.is_null())
        .all(conn)
        .await?)
}
