//! API tokens: stored by hash, listed per account, revoked (never deleted, for the audit).

use crate::entity::api_token::{self, Entity as ApiToken};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use api_token::Model as TokenRow;

pub struct NewToken<'a> {
    pub account_id: i64,
    pub name: &'a str,
    pub prefix: &'a str,
    pub hash: &'a str,
    pub scopes: &'a str,
    pub by: Option<i64>,
    pub now: DateTime<Utc>,
}

pub async fn insert<C: ConnectionTrait>(conn: &C, t: NewToken<'_>) -> Result<TokenRow> {
    Ok(api_token::ActiveModel {
        account_id: Set(t.account_id),
        name: Set(t.name.to_string()),
        prefix: Set(t.prefix.to_string()),
        hash: Set(t.hash.to_string()),
        scopes: Set(t.scopes.to_string()),
        created_at: Set(t.now),
        created_by: Set(t.by),
        last_used_at: Set(None),
        revoked_at: Set(None),
        revoked_by: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// A live (not revoked) token by hash.
pub async fn by_hash<C: ConnectionTrait>(conn: &C, hash: &str) -> Result<Option<TokenRow>> {
    Ok(ApiToken::find()
        .filter(api_token::Column::Hash.eq(hash))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(conn)
        .await?)
}

pub async fn of_account<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<TokenRow>> {
    Ok(ApiToken::find()
        .filter(api_token::Column::AccountId.eq(account_id))
        .order_by_desc(api_token::Column::Id)
        .all(conn)
        .await?)
}

/// Revoke a live token of the account; false when there is none.
pub async fn revoke<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    id: i64,
    by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let res = ApiToken::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(Some(now)))
        .col_expr(api_token::Column::RevokedBy, Expr::value(by))
        .filter(api_token::Column::Id.eq(id))
        .filter(api_token::Column::AccountId.eq(account_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Revoke the account's live tokens that `creator` made; how many.
pub async fn revoke_made_by<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    creator: i64,
    by: i64,
    now: DateTime<Utc>,
) -> Result<u64> {
    Ok(ApiToken::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(Some(now)))
        .col_expr(api_token::Column::RevokedBy, Expr::value(Some(by)))
        .filter(api_token::Column::AccountId.eq(account_id))
        .filter(api_token::Column::CreatedBy.eq(creator))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// Record the token's use at `now` unless it was recorded after `stale` already (so that
/// parallel calls write once).
pub async fn touch<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>, stale: DateTime<Utc>) -> Result<()> {
    ApiToken::update_many()
        .col_expr(api_token::Column::LastUsedAt, Expr::value(Some(now)))
        .filter(api_token::Column::Id.eq(id))
        .filter(
            sea_orm::Condition::any()
                .add(api_token::Column::LastUsedAt.is_null())
                .add(api_token::Column::LastUsedAt.lt(stale)),
        )
        .exec(conn)
        .await?;
    Ok(())
}
