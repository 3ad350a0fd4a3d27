//! The people of an account: who is a member, with which role.

use super::{Member, to_accounts};
use crate::entity::account_member::{self, Entity as AccountMember};
use crate::entity::partner_account::{self, Entity as PartnerAccount};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use ctpat_domain::partner::Account;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

/// Accounts a person belongs to, with their role on each, newest first.
pub async fn of_member<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<Vec<(Account, String)>> {
    let members = AccountMember::find().filter(account_member::Column::UserId.eq(user_id)).all(conn).await?;
    let ids: Vec<i64> = members.iter().map(|m| m.account_id).collect();
    let accounts = PartnerAccount::find()
        .filter(partner_account::Column::Id.is_in(ids))
        .order_by_desc(partner_account::Column::Id)
        .all(conn)
        .await?;
    to_accounts(accounts)?
        .into_iter()
        .filter_map(|a| {
            let role = members.iter().find(|m| m.account_id == a.id)?.role.clone();
            Some(Ok((a, role)))
        })
        .collect()
}

pub async fn member_role<C: ConnectionTrait>(conn: &C, account_id: i64, user_id: i64) -> Result<Option<String>> {
    Ok(AccountMember::find()
        .filter(account_member::Column::AccountId.eq(account_id))
        .filter(account_member::Column::UserId.eq(user_id))
        .one(conn)
        .await?
        .map(|m| m.role))
}

pub async fn members<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<Member>> {
    Ok(AccountMember::find()
        .filter(account_member::Column::AccountId.eq(account_id))
        .order_by_asc(account_member::Column::Id)
        .all(conn)
        .await?)
}

pub async fn add_member<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    user_id: i64,
    role: &str,
    now: DateTime<Utc>,
) -> Result<Member> {
    account_member::ActiveModel {
        account_id: Set(account_id),
        user_id: Set(user_id),
        role: Set(role.to_string()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(StoreError::from_db)
}

pub async fn set_member_role<C: ConnectionTrait>(conn: &C, member_id: i64, role: &str) -> Result<()> {
    AccountMember::update_many()
        .col_expr(account_member::Column::Role, Expr::value(role))
        .filter(account_member::Column::Id.eq(member_id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn remove_member<C: ConnectionTrait>(conn: &C, member_id: i64) -> Result<()> {
    AccountMember::delete_by_id(member_id).exec(conn).await?;
    Ok(())
}

/// Every person who is a member of an account, once each (whom program-wide news reaches).
pub async fn member_user_ids<C: ConnectionTrait>(conn: &C) -> Result<Vec<i64>> {
    Ok(AccountMember::find()
        .select_only()
        .column(account_member::Column::UserId)
        .distinct()
        .order_by_asc(account_member::Column::UserId)
        .into_tuple()
        .all(conn)
        .await?)
}

/// For each of `account_ids`, the language its people use: that of its earliest member who
/// chose one. Contacts without a login are written to in it.
pub async fn people_locales<C: ConnectionTrait>(
    conn: &C,
    account_ids: &[i64],
) -> Result<std::collections::HashMap<i64, String>> {
    let mut out = std::collections::HashMap::new();
    let b = conn.get_database_backend();
    for chunk in account_ids.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(", ");
        let sql = format!(
            "SELECT m.account_id, u.locale FROM account_member m JOIN app_user u ON u.id = m.user_id \
             WHERE m.account_id IN ({marks}) AND u.locale IS NOT NULL ORDER BY m.account_id, m.id"
        );
        let rows = conn.query_all_raw(crate::raw::stmt(b, &sql, chunk.iter().map(|id| (*id).into()).collect())).await?;
        for r in rows {
            let id: i64 = r.try_get("", "account_id")?;
            let locale: String = r.try_get("", "locale")?;
            out.entry(id).or_insert(locale);
        }
    }
    Ok(out)
}
