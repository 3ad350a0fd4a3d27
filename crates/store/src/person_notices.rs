//! Notifications addressed to a person, and each person's choice of channel per kind. Every
//! read and write is keyed by the person: nobody reads or marks another's notifications.

use crate::entity::notification_preference::{self, Entity as Preference};
use crate::entity::person_notification::{self, Entity as Notice};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};

pub use person_notification::Model as NoticeRow;

pub struct NewNotice<'a> {
    pub user_id: i64,
    pub account_id: Option<i64>,
    pub kind: &'a str,
    pub message: &'a str,
    pub args: &'a str,
    pub link: &'a str,
    pub channel: &'a str,
    pub now: DateTime<Utc>,
}

pub async fn insert<C: ConnectionTrait>(conn: &C, n: NewNotice<'_>) -> Result<NoticeRow> {
    Ok(person_notification::ActiveModel {
        user_id: Set(n.user_id),
        account_id: Set(n.account_id),
        kind: Set(n.kind.to_string()),
        message: Set(n.message.to_string()),
        args: Set(n.args.to_string()),
        link: Set(n.link.to_string()),
        channel: Set(n.channel.to_string()),
        created_at: Set(n.now),
        read_at: Set(None),
        digested_at: Set(None),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

/// A person's notifications, newest first, below `before_id` when given.
pub async fn list<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    before_id: Option<i64>,
    limit: u64,
) -> Result<Vec<NoticeRow>> {
    let mut q = Notice::find().filter(person_notification::Column::UserId.eq(user_id));
    if let Some(b) = before_id {
        q = q.filter(person_notification::Column::Id.lt(b));
    }
    Ok(q.order_by_desc(person_notification::Column::Id).limit(limit).all(conn).await?)
}

/// Delete a person's notifications about one account (when they leave it); returns how many.
pub async fn remove_about_account<C: ConnectionTrait>(conn: &C, user_id: i64, account_id: i64) -> Result<u64> {
    Ok(Notice::delete_many()
        .filter(person_notification::Column::UserId.eq(user_id))
        .filter(person_notification::Column::AccountId.eq(account_id))
        .exec(conn)
        .await?
        .rows_affected)
}

pub async fn unread_count<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<u64> {
    Ok(Notice::find()
        .filter(person_notification::Column::UserId.eq(user_id))
        .filter(person_notification::Column::ReadAt.is_null())
        .count(conn)
        .await?)
}

/// Mark one of the person's notifications read; false when it is not theirs.
pub async fn mark_read<C: ConnectionTrait>(conn: &C, user_id: i64, id: i64, now: DateTime<Utc>) -> Result<bool> {
    let found = Notice::find()
        .filter(person_notification::Column::Id.eq(id))
        .filter(person_notification::Column::UserId.eq(user_id))
        .one(conn)
        .await?
        .is_some();
    if found {
        Notice::update_many()
            .col_expr(person_notification::Column::ReadAt, Expr::value(Some(now)))
            .filter(person_notification::Column::Id.eq(id))
            .filter(person_notification::Column::UserId.eq(user_id))
            .filter(person_notification::Column::ReadAt.is_null())
            .exec(conn)
            .await?;
    }
    Ok(found)
}

pub async fn mark_all_read<C: ConnectionTrait>(conn: &C, user_id: i64, now: DateTime<Utc>) -> Result<u64> {
    Ok(Notice::update_many()
        .col_expr(person_notification::Column::ReadAt, Expr::value(Some(now)))
        .filter(person_notification::Column::UserId.eq(user_id))
        .filter(person_notification::Column::ReadAt.is_null())
        .exec(conn)
        .await?
        .rows_affected)
}

/// The person's chosen channels, as (kind, channel) keys.
pub async fn preferences<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<Vec<(String, String)>> {
    Ok(Preference::find()
        .filter(notification_preference::Column::UserId.eq(user_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.kind, p.channel))
        .collect())
}

pub async fn set_preference<C: ConnectionTrait>(conn: &C, user_id: i64, kind: &str, channel: &str) -> Result<()> {
    use sea_orm::sea_query::OnConflict;
    // One row per person and kind, whatever two requests at once do.
    let row = notification_preference::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind.to_string()),
        channel: Set(channel.to_string()),
        ..Default::default()
    };
    Preference::insert(row)
        .on_conflict(
            OnConflict::columns([notification_preference::Column::UserId, notification_preference::Column::Kind])
                .update_column(notification_preference::Column::Channel)
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// The people with notifications waiting for their digest, each once.
pub async fn waiting_for_digest<C: ConnectionTrait>(conn: &C, limit: u64) -> Result<Vec<i64>> {
    let ids: Vec<i64> = Notice::find()
        .select_only()
        .column(person_notification::Column::UserId)
        .filter(person_notification::Column::Channel.eq("digest"))
        .filter(person_notification::Column::DigestedAt.is_null())
        .group_by(person_notification::Column::UserId)
        .limit(limit)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(ids)
}

/// One person's notifications waiting for their digest, oldest first.
pub async fn digest_of<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<Vec<NoticeRow>> {
    Ok(Notice::find()
        .filter(person_notification::Column::UserId.eq(user_id))
        .filter(person_notification::Column::Channel.eq("digest"))
        .filter(person_notification::Column::DigestedAt.is_null())
        .order_by_asc(person_notification::Column::Id)
        .all(conn)
        .await?)
}

pub async fn mark_digested<C: ConnectionTrait>(conn: &C, ids: &[i64], now: DateTime<Utc>) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    Notice::update_many()
        .col_expr(person_notification::Column::DigestedAt, Expr::value(Some(now)))
        .filter(person_notification::Column::Id.is_in(ids.to_vec()))
        .exec(conn)
        .await?;
    Ok(())
}
