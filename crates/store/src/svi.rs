//! SVI settings, connections, blocks and notifications. Connections are stored once per pair
//! (`low_id`, `high_id`), so "is A connected to B" is one indexed lookup in either direction.

use crate::entity::notification::{self, Entity as Notification};
use crate::entity::organization::{self};
use crate::entity::partner_account::{self, Entity as PartnerAccount};
use crate::entity::svi_block::{self, Entity as SviBlock};
use crate::entity::svi_connection::{self, Entity as SviConnection};
use crate::entity::svi_scope::{self, Entity as SviScope};
use crate::entity::svi_settings::{self, Entity as SviSettings};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait, Func, Query};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use ctpat_domain::svi::Connection as ConnectionRow;
use ctpat_domain::svi::ConnectionStatus;
pub use notification::Model as NotificationRow;
pub use svi_block::Model as BlockRow;

fn to_connection(m: svi_connection::Model) -> Result<ConnectionRow> {
    Ok(ConnectionRow {
        status: ConnectionStatus::from_key(&m.status)
            .ok_or_else(|| crate::StoreError::Corrupt(format!("connection {} status {}", m.id, m.status)))?,
        id: m.id,
        requester_id: m.requester_id,
        target_id: m.target_id,
        requested_at: m.requested_at,
        requested_by: m.requested_by,
        accepted_at: m.accepted_at,
        accepted_by: m.accepted_by,
    })
}
pub use svi_settings::Model as SettingsRow;

pub async fn settings<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Option<SettingsRow>> {
    Ok(SviSettings::find_by_id(account_id).one(conn).await?)
}

/// Settings of many accounts at once (absent ones have no row).
pub async fn settings_of<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<SettingsRow>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        out.extend(SviSettings::find().filter(svi_settings::Column::AccountId.is_in(chunk.to_vec())).all(conn).await?);
    }
    Ok(out)
}

pub async fn save_settings<C: ConnectionTrait>(conn: &C, row: SettingsRow) -> Result<()> {
    let exists = SviSettings::find_by_id(row.account_id).one(conn).await?.is_some();
    let am = svi_settings::ActiveModel {
        account_id: Set(row.account_id),
        participates: Set(row.participates),
        auto_accept: Set(row.auto_accept),
        share_more: Set(row.share_more),
        scope_all: Set(row.scope_all),
        updated_at: Set(row.updated_at),
        updated_by: Set(row.updated_by),
    };
    if exists {
        am.update(conn).await?;
    } else {
        am.insert(conn).await?;
    }
    Ok(())
}

/// The sister accounts chosen to be seen through this account's connections.
pub async fn scope_ids<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<i64>> {
    Ok(SviScope::find()
        .select_only()
        .column(svi_scope::Column::SharedAccountId)
        .filter(svi_scope::Column::AccountId.eq(account_id))
        .order_by_asc(svi_scope::Column::SharedAccountId)
        .into_tuple()
        .all(conn)
        .await?)
}

pub async fn set_scope<C: ConnectionTrait>(conn: &C, account_id: i64, ids: &[i64]) -> Result<()> {
    SviScope::delete_many().filter(svi_scope::Column::AccountId.eq(account_id)).exec(conn).await?;
    for id in ids {
        svi_scope::ActiveModel { account_id: Set(account_id), shared_account_id: Set(*id), ..Default::default() }
            .insert(conn)
            .await?;
    }
    Ok(())
}

pub async fn between<C: ConnectionTrait>(conn: &C, a: i64, b: i64) -> Result<Option<ConnectionRow>> {
    SviConnection::find()
        .filter(svi_connection::Column::LowId.eq(std::cmp::min(a, b)))
        .filter(svi_connection::Column::HighId.eq(std::cmp::max(a, b)))
        .one(conn)
        .await?
        .map(to_connection)
        .transpose()
}

/// What an SVI lookup needs about the account holding `number`, as seen by `viewer`: the
/// account, its organization's name, its SVI settings row, the connection between the two,
/// and its primary contact — one query, because lookups are the API's hottest call.
#[derive(Debug, Clone)]
pub struct LookupRow {
    pub account: crate::accounts::Account,
    pub org_name: Option<String>,
    pub settings: Option<SettingsRow>,
    pub connection_status: Option<ConnectionStatus>,
    /// (name, e-mail) of the primary contact.
    pub primary_contact: Option<(String, String)>,
}

pub async fn lookup_row<C: ConnectionTrait>(conn: &C, viewer: i64, number: &str) -> Result<Option<LookupRow>> {
    use sea_orm::FromQueryResult;
    let sql = "SELECT a.*, o.name AS lk_org, c.status AS lk_connection, p.name AS lk_pc_name, p.email AS lk_pc_email, \
               s.account_id AS s_account_id, s.participates AS s_participates, s.auto_accept AS s_auto_accept, \
               s.share_more AS s_share_more, s.scope_all AS s_scope_all, s.updated_at AS s_updated_at, \
               s.updated_by AS s_updated_by \
               FROM partner_account a \
               LEFT JOIN organization o ON o.id = a.organization_id \
               LEFT JOIN svi_settings s ON s.account_id = a.id \
               LEFT JOIN svi_connection c ON c.low_id = CASE WHEN a.id < ? THEN a.id ELSE ? END \
                 AND c.high_id = CASE WHEN a.id < ? THEN ? ELSE a.id END \
               LEFT JOIN contact p ON p.account_id = a.id AND p.is_primary = ? \
               WHERE a.svi_number = ? ORDER BY p.id LIMIT 1";
    let values = vec![viewer.into(), viewer.into(), viewer.into(), viewer.into(), true.into(), number.into()];
    let Some(row) = conn.query_one_raw(crate::raw::stmt(conn.get_database_backend(), sql, values)).await? else {
        return Ok(None);
    };
    let name: Option<String> = row.try_get("", "lk_pc_name")?;
    let email: Option<String> = row.try_get("", "lk_pc_email")?;
    Ok(Some(LookupRow {
        account: crate::accounts::to_account(partner_account::Model::from_query_result(&row, "")?)?,
        org_name: row.try_get("", "lk_org")?,
        // Absent when the account never saved settings (the left join gives nulls).
        settings: SettingsRow::from_query_result_optional(&row, "s_")?,
        connection_status: row
            .try_get::<Option<String>>("", "lk_connection")?
            .map(|s| {
                ConnectionStatus::from_key(&s)
                    .ok_or_else(|| crate::StoreError::Corrupt(format!("connection status {s}")))
            })
            .transpose()?,
        primary_contact: name.zip(email),
    }))
}

pub async fn connection<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<ConnectionRow>> {
    SviConnection::find_by_id(id).one(conn).await?.map(to_connection).transpose()
}

pub async fn insert_connection<C: ConnectionTrait>(
    conn: &C,
    requester: i64,
    target: i64,
    accepted: bool,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<ConnectionRow> {
    to_connection(
        svi_connection::ActiveModel {
            requester_id: Set(requester),
            target_id: Set(target),
            low_id: Set(std::cmp::min(requester, target)),
            high_id: Set(std::cmp::max(requester, target)),
            status: Set(if accepted { ConnectionStatus::Accepted } else { ConnectionStatus::Pending }
                .key()
                .to_string()),
            requested_at: Set(now),
            requested_by: Set(by),
            accepted_at: Set(accepted.then_some(now)),
            accepted_by: Set(if accepted { by } else { None }),
            ..Default::default()
        }
        .insert(conn)
        .await?,
    )
}

/// Accept a pending request; false when it was no longer pending.
pub async fn accept<C: ConnectionTrait>(conn: &C, id: i64, by: Option<i64>, now: DateTime<Utc>) -> Result<bool> {
    let res = SviConnection::update_many()
        .col_expr(svi_connection::Column::Status, Expr::value(ConnectionStatus::Accepted.key()))
        .col_expr(svi_connection::Column::AcceptedAt, Expr::value(Some(now)))
        .col_expr(svi_connection::Column::AcceptedBy, Expr::value(by))
        .filter(svi_connection::Column::Id.eq(id))
        .filter(svi_connection::Column::Status.eq(ConnectionStatus::Pending.key()))
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

pub async fn delete_connection<C: ConnectionTrait>(conn: &C, id: i64) -> Result<bool> {
    Ok(SviConnection::delete_by_id(id).exec(conn).await?.rows_affected == 1)
}

fn touching(account_id: i64) -> Condition {
    Condition::any()
        .add(svi_connection::Column::RequesterId.eq(account_id))
        .add(svi_connection::Column::TargetId.eq(account_id))
}

/// Every connection and request the account is part of, newest first.
pub async fn connections_of<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<ConnectionRow>> {
    SviConnection::find()
        .filter(touching(account_id))
        .order_by_desc(svi_connection::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_connection)
        .collect()
}

/// Break every connection and request of the account; returns the rows removed.
pub async fn delete_all_of<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<ConnectionRow>> {
    let rows = connections_of(conn, account_id).await?;
    SviConnection::delete_many().filter(touching(account_id)).exec(conn).await?;
    Ok(rows)
}

/// The accounts connected (accepted) to this one.
pub async fn partner_ids<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<i64>> {
    Ok(connections_of(conn, account_id)
        .await?
        .into_iter()
        .filter(|c| c.is_accepted())
        .map(|c| c.other(account_id))
        .collect())
}

pub async fn is_blocked<C: ConnectionTrait>(conn: &C, blocker: i64, blocked: i64) -> Result<bool> {
    Ok(SviBlock::find()
        .filter(svi_block::Column::BlockerId.eq(blocker))
        .filter(svi_block::Column::BlockedId.eq(blocked))
        .one(conn)
        .await?
        .is_some())
}

pub async fn insert_block<C: ConnectionTrait>(
    conn: &C,
    blocker: i64,
    blocked: i64,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    if is_blocked(conn, blocker, blocked).await? {
        return Ok(());
    }
    svi_block::ActiveModel {
        blocker_id: Set(blocker),
        blocked_id: Set(blocked),
        created_at: Set(now),
        created_by: Set(by),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

pub async fn delete_block<C: ConnectionTrait>(conn: &C, blocker: i64, blocked: i64) -> Result<bool> {
    Ok(SviBlock::delete_many()
        .filter(svi_block::Column::BlockerId.eq(blocker))
        .filter(svi_block::Column::BlockedId.eq(blocked))
        .exec(conn)
        .await?
        .rows_affected
        > 0)
}

pub async fn blocks_by<C: ConnectionTrait>(conn: &C, blocker: i64) -> Result<Vec<BlockRow>> {
    Ok(SviBlock::find()
        .filter(svi_block::Column::BlockerId.eq(blocker))
        .order_by_desc(svi_block::Column::Id)
        .all(conn)
        .await?)
}

/// Accounts with an SVI number, in one of `statuses`, participating in SVI, whose organization
/// name contains `needle` (case-insensitive), at most `limit`.
pub async fn search<C: ConnectionTrait>(
    conn: &C,
    needle: &str,
    statuses: &[ctpat_domain::partner::lifecycle::Status],
    limit: u64,
) -> Result<Vec<crate::accounts::Account>> {
    let pattern = format!("%{}%", needle.to_lowercase().replace(['\\', '%', '_'], ""));
    let orgs = Query::select()
        .column(organization::Column::Id)
        .from(organization::Entity)
        .and_where(Func::lower(Expr::col(organization::Column::Name)).like(pattern))
        .to_owned();
    let left = Query::select()
        .column(svi_settings::Column::AccountId)
        .from(SviSettings)
        .and_where(svi_settings::Column::Participates.eq(false))
        .to_owned();
    crate::accounts::to_accounts(
        PartnerAccount::find()
            .filter(partner_account::Column::OrganizationId.in_subquery(orgs))
            .filter(partner_account::Column::Id.not_in_subquery(left))
            .filter(partner_account::Column::SviNumber.is_not_null())
            .filter(partner_account::Column::Status.is_in(statuses.iter().map(|s| s.key())))
            .order_by_asc(partner_account::Column::Id)
            .limit(limit)
            .all(conn)
            .await?,
    )
}

/// Accounts by SVI number, for bulk verification (chunked to stay under parameter limits).
pub async fn accounts_by_numbers<C: ConnectionTrait>(
    conn: &C,
    numbers: &[String],
) -> Result<Vec<crate::accounts::Account>> {
    let mut out = Vec::with_capacity(numbers.len());
    for chunk in numbers.chunks(500) {
        out.extend(
            PartnerAccount::find().filter(partner_account::Column::SviNumber.is_in(chunk.to_vec())).all(conn).await?,
        );
    }
    crate::accounts::to_accounts(out)
}

pub async fn notify<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    kind: &str,
    about: Option<i64>,
    data: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    notification::ActiveModel {
        account_id: Set(account_id),
        kind: Set(kind.to_string()),
        about_account_id: Set(about),
        data: Set(data.to_string()),
        created_at: Set(now),
        read_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

pub async fn notifications<C: ConnectionTrait>(conn: &C, account_id: i64, limit: u64) -> Result<Vec<NotificationRow>> {
    Ok(Notification::find()
        .filter(notification::Column::AccountId.eq(account_id))
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(conn)
        .await?)
}

pub async fn unread_count<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(Notification::find()
        .filter(notification::Column::AccountId.eq(account_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(conn)
        .await?)
}

pub async fn mark_all_read<C: ConnectionTrait>(conn: &C, account_id: i64, now: DateTime<Utc>) -> Result<u64> {
    Ok(Notification::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Some(now)))
        .filter(notification::Column::AccountId.eq(account_id))
        .filter(notification::Column::ReadAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// Primary contacts of many accounts at once.
pub async fn primary_contacts<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<crate::entity::contact::Model>> {
    use crate::entity::contact::{self, Entity as Contact};
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        out.extend(
            Contact::find()
                .filter(contact::Column::AccountId.is_in(chunk.to_vec()))
                .filter(contact::Column::IsPrimary.eq(true))
                .all(conn)
                .await?,
        );
    }
    Ok(out)
}

/// Accounts by id, many at once.
pub async fn accounts_by_ids<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<crate::accounts::Account>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        out.extend(PartnerAccount::find().filter(partner_account::Column::Id.is_in(chunk.to_vec())).all(conn).await?);
    }
    crate::accounts::to_accounts(out)
}

/// All accounts of these organizations.
pub async fn accounts_of_orgs<C: ConnectionTrait>(conn: &C, org_ids: &[i64]) -> Result<Vec<crate::accounts::Account>> {
    let mut out = Vec::new();
    for chunk in org_ids.chunks(500) {
        out.extend(
            PartnerAccount::find()
                .filter(partner_account::Column::OrganizationId.is_in(chunk.to_vec()))
                .order_by_asc(partner_account::Column::Id)
                .all(conn)
                .await?,
        );
    }
    crate::accounts::to_accounts(out)
}

/// Chosen-scope rows (`account_id`, `shared_account_id`) of many accounts.
pub async fn scope_rows_of<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<(i64, i64)>> {
    let mut out = Vec::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(i64, i64)> = SviScope::find()
            .select_only()
            .column(svi_scope::Column::AccountId)
            .column(svi_scope::Column::SharedAccountId)
            .filter(svi_scope::Column::AccountId.is_in(chunk.to_vec()))
            .into_tuple()
            .all(conn)
            .await?;
        out.extend(rows);
    }
    Ok(out)
}

/// The accounts that have blocked `blocked` (one query for a whole search page).
pub async fn blockers_of<C: ConnectionTrait>(conn: &C, blocked: i64) -> Result<Vec<i64>> {
    Ok(SviBlock::find()
        .select_only()
        .column(svi_block::Column::BlockerId)
        .filter(svi_block::Column::BlockedId.eq(blocked))
        .into_tuple()
        .all(conn)
        .await?)
}
