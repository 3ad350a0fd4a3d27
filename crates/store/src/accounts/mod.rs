//! Organizations and partner accounts, read through a `Scope` so that a partner only ever
//! reaches accounts they are a member of (anything else is "not found").

use crate::entity::account_event::{self, Entity as AccountEvent};
use crate::entity::account_member;
use crate::entity::partner_account::{self, Entity as PartnerAccount};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, NullOrdering};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, Order, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

mod counts;
mod members;

pub use crate::orgs::Org;
pub use account_event::Model as EventRow;
pub use account_member::Model as Member;
pub use counts::*;
pub use ctpat_domain::partner::Account;
use ctpat_domain::partner::account::Projection;
use ctpat_domain::partner::{EntityType, lifecycle::Status};
pub use members::*;

/// Read a row as the domain's account: a status or entity type the program does not know is a
/// corrupt row, refused rather than shown as something else.
pub(crate) fn to_account(m: partner_account::Model) -> Result<Account> {
    let entity_type = EntityType::from_key(&m.entity_type)
        .ok_or_else(|| StoreError::Corrupt(format!("account {} entity type {}", m.id, m.entity_type)))?;
    let status = Status::from_key(&m.status)
        .ok_or_else(|| StoreError::Corrupt(format!("account {} status {}", m.id, m.status)))?;
    Ok(Account {
        id: m.id,
        organization_id: m.organization_id,
        entity_type,
        status,
        tier: m.tier,
        svi_number: m.svi_number,
        assigned_scss_id: m.assigned_scss_id,
        field_office_id: m.field_office_id,
        wizard_step: m.wizard_step,
        created_by: m.created_by,
        created_at: m.created_at,
        updated_at: m.updated_at,
        applied_on: m.applied_on,
        certified_on: m.certified_on,
        validated_on: m.validated_on,
        next_validation_due: m.next_validation_due,
        annual_review_due: m.annual_review_due,
        next_deadline: m.next_deadline,
        response_due: m.response_due,
        pending_decision: m.pending_decision,
        event_count: m.event_count,
        version: m.version,
    })
}

pub(crate) fn to_accounts(rows: Vec<partner_account::Model>) -> Result<Vec<Account>> {
    rows.into_iter().map(to_account).collect()
}

fn keys(statuses: &[Status]) -> Vec<String> {
    statuses.iter().map(|s| s.key().to_string()).collect()
}

/// Whose accounts a read may reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Accounts this person is a member of.
    Member(i64),
    /// Accounts assigned to this SCSS (the first) in their field office (the second; none:
    /// accounts placed in none). An account moved to another office leaves its SCSS's reach.
    Assigned(i64, Option<i64>),
    /// Accounts placed in this field office, or accounts placed in none (`None`): a
    /// Supervisor's reach.
    Office(Option<i64>),
    /// Every account (HQ, the system).
    Program,
}

fn scoped(scope: Scope) -> Condition {
    match scope {
        Scope::Member(user) => Condition::all().add(
            partner_account::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(account_member::Column::AccountId)
                    .from(account_member::Entity)
                    .and_where(account_member::Column::UserId.eq(user))
                    .to_owned(),
            ),
        ),
        Scope::Assigned(scss, office) => {
            Condition::all().add(partner_account::Column::AssignedScssId.eq(scss)).add(office_is(office))
        }
        Scope::Office(office) => Condition::all().add(office_is(office)),
        Scope::Program => Condition::all(),
    }
}

fn office_is(office: Option<i64>) -> sea_orm::sea_query::SimpleExpr {
    match office {
        Some(o) => partner_account::Column::FieldOfficeId.eq(o),
        None => partner_account::Column::FieldOfficeId.is_null(),
    }
}

/// The condition of a scope on the account id column of another table.
pub(crate) fn account_ids_in(scope: Scope) -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(partner_account::Column::Id)
        .from(PartnerAccount)
        .cond_where(scoped(scope))
        .to_owned()
}

pub async fn find<C: ConnectionTrait>(conn: &C, scope: Scope, id: i64) -> Result<Option<Account>> {
    PartnerAccount::find_by_id(id).filter(scoped(scope)).one(conn).await?.map(to_account).transpose()
}

/// Lock the account's row until the transaction ends (PostgreSQL `FOR UPDATE`; SQLite write
/// transactions are serialised already), so that a count-then-insert under a cap cannot be
/// raced past it.
pub async fn lock<C: ConnectionTrait>(conn: &C, id: i64) -> Result<()> {
    use sea_orm::QuerySelect;
    let mut q = PartnerAccount::find_by_id(id);
    if conn.get_database_backend() == sea_orm::DbBackend::Postgres {
        q = q.lock_exclusive();
    }
    q.one(conn).await?;
    Ok(())
}

pub async fn accounts_of_org<C: ConnectionTrait>(conn: &C, org_id: i64) -> Result<Vec<Account>> {
    to_accounts(
        PartnerAccount::find()
            .filter(partner_account::Column::OrganizationId.eq(org_id))
            .order_by_asc(partner_account::Column::Id)
            .all(conn)
            .await?,
    )
}

pub async fn insert_account<C: ConnectionTrait>(
    conn: &C,
    entity_type: EntityType,
    wizard_step: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<Account> {
    to_account(
        partner_account::ActiveModel {
            organization_id: Set(None),
            entity_type: Set(entity_type.key().to_string()),
            status: Set(Status::Draft.key().to_string()),
            tier: Set(None),
            svi_number: Set(None),
            assigned_scss_id: Set(None),
            field_office_id: Set(None),
            wizard_step: Set(wizard_step.to_string()),
            created_by: Set(by),
            created_at: Set(now),
            updated_at: Set(now),
            applied_on: Set(None),
            certified_on: Set(None),
            validated_on: Set(None),
            next_validation_due: Set(None),
            annual_review_due: Set(None),
            next_deadline: Set(None),
            pending_decision: Set(None),
            event_count: Set(0),
            version: Set(0),
            ..Default::default()
        }
        .insert(conn)
        .await?,
    )
}

/// Change an account row if nobody changed it since `account.version` was read; otherwise
/// `ChangedMeanwhile`. Every workflow write goes through this optimistic lock.
async fn update_checked<C: ConnectionTrait>(
    conn: &C,
    account: &Account,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut partner_account::ActiveModel),
) -> Result<Account> {
    let mut am = partner_account::ActiveModel { id: sea_orm::ActiveValue::Unchanged(account.id), ..Default::default() };
    change(&mut am);
    am.updated_at = Set(now);
    am.version = Set(account.version + 1);
    crate::versioned::update(
        conn,
        am,
        partner_account::Column::Id,
        account.id,
        partner_account::Column::Version,
        account.version,
    )
    .await?;
    to_account(PartnerAccount::find_by_id(account.id).one(conn).await?.ok_or(StoreError::ChangedMeanwhile)?)
}

/// Record the furthest wizard step the applicant reached.
pub async fn set_wizard_step<C: ConnectionTrait>(
    conn: &C,
    account: &Account,
    step: &str,
    now: DateTime<Utc>,
) -> Result<Account> {
    update_checked(conn, account, now, |a| a.wizard_step = Set(step.to_string())).await
}

/// File a draft account under its organization.
pub async fn attach_to_org<C: ConnectionTrait>(
    conn: &C,
    account: &Account,
    org_id: i64,
    now: DateTime<Utc>,
) -> Result<Account> {
    update_checked(conn, account, now, |a| a.organization_id = Set(Some(org_id))).await
}

/// Write what the lifecycle's events make of the account (status, tier, dates, pending
/// decision), under the account's version.
pub async fn project<C: ConnectionTrait>(
    conn: &C,
    account: &Account,
    p: Projection,
    now: DateTime<Utc>,
) -> Result<Account> {
    update_checked(conn, account, now, |a| {
        if let Some(n) = p.new_svi_number {
            a.svi_number = Set(Some(n));
        }
        a.status = Set(p.status.key().to_string());
        a.tier = Set(p.tier);
        a.assigned_scss_id = Set(p.assigned_scss_id);
        a.applied_on = Set(p.applied_on);
        a.certified_on = Set(p.certified_on);
        a.validated_on = Set(p.validated_on);
        a.next_validation_due = Set(p.next_validation_due);
        a.annual_review_due = Set(p.annual_review_due);
        a.next_deadline = Set(p.next_deadline);
        a.response_due = Set(p.response_due);
        a.pending_decision = Set(p.pending_decision);
        a.event_count = Set(p.event_count);
    })
    .await
}

pub async fn events<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<EventRow>> {
    Ok(AccountEvent::find()
        .filter(account_event::Column::AccountId.eq(account_id))
        .order_by_asc(account_event::Column::Seq)
        .all(conn)
        .await?)
}

/// Append a lifecycle event as number `seq` (the unique key refuses a second writer).
pub async fn append_event<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    seq: i32,
    kind: &str,
    data: &str,
    at: DateTime<Utc>,
    actor_id: Option<i64>,
) -> Result<()> {
    account_event::ActiveModel {
        account_id: Set(account_id),
        seq: Set(seq),
        kind: Set(kind.to_string()),
        data: Set(data.to_string()),
        at: Set(at),
        actor_id: Set(actor_id),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(|e| match StoreError::from_db(e) {
        StoreError::Unique(_) => StoreError::ChangedMeanwhile,
        other => other,
    })?;
    Ok(())
}

/// A page of accounts for program lists, keyset-paginated on id (newest first).
pub struct ListFilter<'a> {
    pub scope: Scope,
    /// Statuses to leave out (closed accounts, unless asked for).
    pub exclude_statuses: &'a [Status],
    pub pending_decision: bool,
    pub status: Option<Status>,
    pub entity_type: Option<EntityType>,
    pub assigned_to: Option<i64>,
    pub unassigned: bool,
    /// Only accounts of this office (`Some(None)`: placed in none).
    pub office: Option<Option<i64>>,
    pub order: ListOrder,
    pub limit: u64,
}

/// How a list is ordered, with the keyset cursor of the page to continue from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOrder {
    /// Newest account first; continue below this id.
    Newest { before_id: Option<i64> },
    /// Nearest deadline first (accounts without one last), then by id; continue after this
    /// (deadline, id). Served by the (next_deadline, id) index.
    Deadline { after: Option<(Option<DateTime<Utc>>, i64)> },
}

pub async fn list<C: ConnectionTrait>(conn: &C, f: ListFilter<'_>) -> Result<Vec<Account>> {
    let mut q = PartnerAccount::find().filter(scoped(f.scope));
    if let Some(s) = f.status {
        q = q.filter(partner_account::Column::Status.eq(s.key()));
    }
    if !f.exclude_statuses.is_empty() {
        q = q.filter(partner_account::Column::Status.is_not_in(keys(f.exclude_statuses)));
    }
    if let Some(e) = f.entity_type {
        q = q.filter(partner_account::Column::EntityType.eq(e.key()));
    }
    if let Some(a) = f.assigned_to {
        q = q.filter(partner_account::Column::AssignedScssId.eq(a));
    }
    if f.pending_decision {
        q = q.filter(partner_account::Column::PendingDecision.is_not_null());
    }
    if f.unassigned {
        q = q.filter(partner_account::Column::AssignedScssId.is_null());
    }
    if let Some(o) = f.office {
        q = q.filter(office_is(o));
    }
    use partner_account::Column as A;
    let q = match f.order {
        ListOrder::Newest { before_id } => {
            let q = if let Some(b) = before_id { q.filter(A::Id.lt(b)) } else { q };
            q.order_by_desc(A::Id)
        }
        ListOrder::Deadline { after } => {
            let q = match after {
                None => q,
                Some((Some(d), id)) => q.filter(
                    Condition::any()
                        .add(A::NextDeadline.gt(d))
                        .add(Condition::all().add(A::NextDeadline.eq(d)).add(A::Id.gt(id)))
                        .add(A::NextDeadline.is_null()),
                ),
                Some((None, id)) => q.filter(A::NextDeadline.is_null()).filter(A::Id.gt(id)),
            };
            q.order_by_with_nulls(A::NextDeadline, Order::Asc, NullOrdering::Last).order_by_asc(A::Id)
        }
    };
    to_accounts(q.limit(f.limit).all(conn).await?)
}

/// Certified and validated accounts in `scope` whose next validation is due by `until`
/// (overdue ones first: nearest due date first), served by the (next_validation_due, id) index.
pub async fn validations_due<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    until: DateTime<Utc>,
    entity_type: Option<EntityType>,
    assigned_to: Option<i64>,
    after: Option<(DateTime<Utc>, i64)>,
    limit: u64,
) -> Result<Vec<Account>> {
    use partner_account::Column as A;
    let mut q = PartnerAccount::find()
        .filter(scoped(scope))
        .filter(A::NextValidationDue.lte(until))
        .filter(A::Status.is_in(keys(&[Status::Certified, Status::Validated])));
    if let Some(e) = entity_type {
        q = q.filter(A::EntityType.eq(e.key()));
    }
    if let Some(a) = assigned_to {
        q = q.filter(A::AssignedScssId.eq(a));
    }
    if let Some((due, id)) = after {
        q = q.filter(
            Condition::any().add(A::NextValidationDue.gt(due)).add(A::NextValidationDue.eq(due).and(A::Id.gt(id))),
        );
    }
    to_accounts(q.order_by_asc(A::NextValidationDue).order_by_asc(A::Id).limit(limit).all(conn).await?)
}

/// Accounts in `scope` whose status is one of `statuses`, by id after `after_id` (ascending;
/// reports walk the whole program this way).
pub async fn walk<C: ConnectionTrait>(
    conn: &C,
    scope: Scope,
    statuses: &[Status],
    entity_type: Option<EntityType>,
    after_id: Option<i64>,
    limit: u64,
) -> Result<Vec<Account>> {
    let mut q =
        PartnerAccount::find().filter(scoped(scope)).filter(partner_account::Column::Status.is_in(keys(statuses)));
    if let Some(e) = entity_type {
        q = q.filter(partner_account::Column::EntityType.eq(e.key()));
    }
    if let Some(a) = after_id {
        q = q.filter(partner_account::Column::Id.gt(a));
    }
    to_accounts(q.order_by_asc(partner_account::Column::Id).limit(limit).all(conn).await?)
}

/// Suspended accounts whose response window closed at or before `now` (the sweep's work).
pub async fn suspensions_unanswered_by<C: ConnectionTrait>(
    conn: &C,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Account>> {
    to_accounts(
        PartnerAccount::find()
            .filter(partner_account::Column::Status.eq(Status::Suspended.key()))
            .filter(partner_account::Column::ResponseDue.lte(now))
            .order_by_asc(partner_account::Column::ResponseDue)
            .order_by_asc(partner_account::Column::Id)
            .limit(limit)
            .all(conn)
            .await?,
    )
}

/// Suspended accounts whose response window is not recorded yet (databases from before the
/// column existed): the start-up backfill's work, by id after `after_id`.
pub async fn suspended_without_response_due<C: ConnectionTrait>(
    conn: &C,
    after_id: i64,
    limit: u64,
) -> Result<Vec<Account>> {
    to_accounts(
        PartnerAccount::find()
            .filter(partner_account::Column::Status.eq(Status::Suspended.key()))
            .filter(partner_account::Column::ResponseDue.is_null())
            .filter(partner_account::Column::Id.gt(after_id))
            .order_by_asc(partner_account::Column::Id)
            .limit(limit)
            .all(conn)
            .await?,
    )
}

/// Record an account's response window (backfill; the lifecycle projection keeps it current).
pub async fn set_response_due<C: ConnectionTrait>(conn: &C, id: i64, due: Option<DateTime<Utc>>) -> Result<()> {
    PartnerAccount::update_many()
        .col_expr(partner_account::Column::ResponseDue, Expr::value(due))
        .filter(partner_account::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Certified or validated accounts whose annual review falls due before `until` (the
/// reminder sweep's work), oldest due first.
pub async fn annual_reviews_due_before<C: ConnectionTrait>(
    conn: &C,
    until: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Account>> {
    to_accounts(
        PartnerAccount::find()
            .filter(partner_account::Column::Status.is_in([Status::Certified.key(), Status::Validated.key()]))
            .filter(partner_account::Column::AnnualReviewDue.lte(until))
            .order_by_asc(partner_account::Column::AnnualReviewDue)
            .limit(limit)
            .all(conn)
            .await?,
    )
}

/// Accounts whose nearest running deadline falls by `until` (the reminder sweep then reads which
/// of their deadlines it is), nearest first, served by the (next_deadline, id) index.
pub async fn deadlines_by<C: ConnectionTrait>(conn: &C, until: DateTime<Utc>, limit: u64) -> Result<Vec<Account>> {
    to_accounts(
        PartnerAccount::find()
            .filter(partner_account::Column::NextDeadline.lte(until))
            .order_by_asc(partner_account::Column::NextDeadline)
            .order_by_asc(partner_account::Column::Id)
            .limit(limit)
            .all(conn)
            .await?,
    )
}

/// The account with this SVI number (any status), if any.
pub async fn by_svi<C: ConnectionTrait>(conn: &C, svi: &str) -> Result<Option<Account>> {
    PartnerAccount::find()
        .filter(partner_account::Column::SviNumber.eq(svi))
        .one(conn)
        .await?
        .map(to_account)
        .transpose()
}

/// The ids of the accounts in a scope, excluding drafts (a staff inbox reads their threads).
pub async fn ids_in<C: ConnectionTrait>(conn: &C, scope: Scope) -> Result<Vec<i64>> {
    Ok(PartnerAccount::find()
        .select_only()
        .column(partner_account::Column::Id)
        .filter(scoped(scope))
        .filter(partner_account::Column::Status.ne(Status::Draft.key()))
        .into_tuple()
        .all(conn)
        .await?)
}

/// Place the account in a field office (or none).
pub async fn set_office<C: ConnectionTrait>(conn: &C, id: i64, office: Option<i64>, now: DateTime<Utc>) -> Result<()> {
    // A new version: a form shown before the move (an assignment in the old office) is stale.
    PartnerAccount::update_many()
        .col_expr(partner_account::Column::FieldOfficeId, Expr::value(office))
        .col_expr(partner_account::Column::UpdatedAt, Expr::value(now))
        .col_expr(partner_account::Column::Version, Expr::col(partner_account::Column::Version).add(1))
        .filter(partner_account::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The accounts among `ids` (for lists that name each row's company).
pub async fn by_ids<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<Account>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    to_accounts(PartnerAccount::find().filter(partner_account::Column::Id.is_in(ids.to_vec())).all(conn).await?)
}
