//! Login sessions. Every read is scoped by the owner's user id.

use crate::entity::app_user::{self, Entity as AppUser};
use crate::entity::session::{self, Entity as Session};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use session::Model as SessionRow;

pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub user_id: i64,
    pub stage: &'a str,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

pub async fn insert<C: ConnectionTrait>(conn: &C, s: NewSession<'_>) -> Result<SessionRow> {
    Ok(session::ActiveModel {
        token_hash: Set(s.token_hash.to_string()),
        user_id: Set(s.user_id),
        stage: Set(s.stage.to_string()),
        created_at: Set(s.now),
        last_seen_at: Set(s.now),
        expires_at: Set(s.expires_at),
        revoked_at: Set(None),
        ip: Set(s.ip),
        user_agent: Set(s.user_agent),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// The unrevoked, unexpired session with this token hash, and its user.
pub async fn find_live<C: ConnectionTrait>(
    conn: &C,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<(SessionRow, app_user::Model)>> {
    let found = Session::find()
        .filter(session::Column::TokenHash.eq(token_hash))
        .filter(session::Column::RevokedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
        .one(conn)
        .await?;
    let Some(s) = found else { return Ok(None) };
    let Some(u) = AppUser::find_by_id(s.user_id).one(conn).await? else {
        return Ok(None);
    };
    Ok(Some((s, u)))
}

pub async fn touch<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>) -> Result<()> {
    Session::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(now))
        .filter(session::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

pub async fn set_stage<C: ConnectionTrait>(conn: &C, id: i64, stage: &str) -> Result<()> {
    Session::update_many()
        .col_expr(session::Column::Stage, Expr::value(stage))
        .filter(session::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Revoke one session of `user_id`; false when it is not theirs or already ended.
pub async fn revoke<C: ConnectionTrait>(conn: &C, user_id: i64, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let res = Session::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Some(now)))
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Revoke every live session of a user, except `keep` when given. Returns how many.
pub async fn revoke_all<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    keep: Option<i64>,
    now: DateTime<Utc>,
) -> Result<u64> {
    let mut q = Session::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(Some(now)))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null());
    if let Some(k) = keep {
        q = q.filter(session::Column::Id.ne(k));
    }
    Ok(q.exec(conn).await?.rows_affected)
}

/// A user's live sessions, newest first.
pub async fn list_live<C: ConnectionTrait>(conn: &C, user_id: i64, now: DateTime<Utc>) -> Result<Vec<SessionRow>> {
    Ok(Session::find()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .filter(session::Column::ExpiresAt.gt(now))
        .order_by_desc(session::Column::LastSeenAt)
        .all(conn)
        .await?)
}
