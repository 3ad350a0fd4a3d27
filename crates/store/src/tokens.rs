//! Single-use tokens sent by e-mail. Only their SHA-256 is stored.

use crate::entity::user_token::{self, Entity as UserToken};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

pub use user_token::Model as TokenRow;

pub async fn insert<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    purpose: &str,
    token_hash: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<TokenRow> {
    Ok(user_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.to_string()),
        token_hash: Set(token_hash.to_string()),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// A live token of this purpose, without spending it (to show the form it opens).
pub async fn peek<C: ConnectionTrait>(
    conn: &C,
    purpose: &str,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<TokenRow>> {
    Ok(UserToken::find()
        .filter(user_token::Column::TokenHash.eq(token_hash))
        .filter(user_token::Column::Purpose.eq(purpose))
        .filter(user_token::Column::UsedAt.is_null())
        .filter(user_token::Column::ExpiresAt.gt(now))
        .one(conn)
        .await?)
}

/// Spend a live token. The conditional update makes a second use fail even when two
/// requests race.
pub async fn consume<C: ConnectionTrait>(
    conn: &C,
    purpose: &str,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<TokenRow>> {
    let Some(row) = peek(conn, purpose, token_hash, now).await? else {
        return Ok(None);
    };
    let res = UserToken::update_many()
        .col_expr(user_token::Column::UsedAt, Expr::value(Some(now)))
        .filter(user_token::Column::Id.eq(row.id))
        .filter(user_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok((res.rows_affected == 1).then_some(row))
}

/// Spend every live token of a purpose for a user (a new one replaces them).
pub async fn spend_all<C: ConnectionTrait>(conn: &C, user_id: i64, purpose: &str, now: DateTime<Utc>) -> Result<()> {
    UserToken::update_many()
        .col_expr(user_token::Column::UsedAt, Expr::value(Some(now)))
        .filter(user_token::Column::UserId.eq(user_id))
        .filter(user_token::Column::Purpose.eq(purpose))
        .filter(user_token::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(())
}
