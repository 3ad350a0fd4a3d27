//! Threads and messages of an account, and read state per person. Messages are only inserted.

use crate::entity::message::{self, Entity as Message};
use crate::entity::message_thread::{self, Entity as Thread};
use crate::entity::thread_read::{self, Entity as ThreadRead};
use crate::error::Result;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

pub use message::Model as MessageRow;
pub use message_thread::Model as ThreadRow;

pub async fn insert_thread<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    subject: &str,
    by: i64,
    now: DateTime<Utc>,
) -> Result<ThreadRow> {
    Ok(message_thread::ActiveModel {
        account_id: Set(account_id),
        subject: Set(subject.to_string()),
        created_by: Set(by),
        created_at: Set(now),
        last_message_id: Set(0),
        last_message_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?)
}

pub struct NewMessage<'a> {
    pub thread_id: i64,
    pub author_id: i64,
    pub side: &'a str,
    pub role: &'a str,
    pub body: &'a str,
    pub file_id: Option<i64>,
    pub now: DateTime<Utc>,
}

/// Add a message and move its thread's last activity.
pub async fn add<C: ConnectionTrait>(conn: &C, m: NewMessage<'_>) -> Result<MessageRow> {
    let row = message::ActiveModel {
        thread_id: Set(m.thread_id),
        author_id: Set(m.author_id),
        side: Set(m.side.to_string()),
        role: Set(m.role.to_string()),
        body: Set(m.body.to_string()),
        file_id: Set(m.file_id),
        created_at: Set(m.now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Thread::update_many()
        .col_expr(message_thread::Column::LastMessageId, Expr::value(row.id))
        .col_expr(message_thread::Column::LastMessageAt, Expr::value(m.now))
        .filter(message_thread::Column::Id.eq(m.thread_id))
        .exec(conn)
        .await?;
    Ok(row)
}

/// A thread of this account (another account's is not found).
pub async fn thread<C: ConnectionTrait>(conn: &C, account_id: i64, id: i64) -> Result<Option<ThreadRow>> {
    Ok(Thread::find()
        .filter(message_thread::Column::Id.eq(id))
        .filter(message_thread::Column::AccountId.eq(account_id))
        .one(conn)
        .await?)
}

/// The account's threads, latest activity first.
pub async fn threads_of<C: ConnectionTrait>(conn: &C, account_id: i64, limit: u64) -> Result<Vec<ThreadRow>> {
    Ok(Thread::find()
        .filter(message_thread::Column::AccountId.eq(account_id))
        .order_by_desc(message_thread::Column::LastMessageAt)
        .order_by_desc(message_thread::Column::Id)
        .limit(limit)
        .all(conn)
        .await?)
}

/// Threads of these accounts (every submitted account when `None`: a draft's threads are its
/// company's own until the application is signed), latest activity first.
pub async fn threads_of_accounts<C: ConnectionTrait>(
    conn: &C,
    accounts: Option<&[i64]>,
    limit: u64,
) -> Result<Vec<ThreadRow>> {
    use crate::entity::partner_account;
    use sea_orm::sea_query::Query;
    let mut q = Thread::find();
    match accounts {
        Some([]) => return Ok(Vec::new()),
        Some(ids) => q = q.filter(message_thread::Column::AccountId.is_in(ids.to_vec())),
        None => {
            let submitted = Query::select()
                .column(partner_account::Column::Id)
                .from(partner_account::Entity)
                .and_where(partner_account::Column::Status.ne("draft"))
                .to_owned();
            q = q.filter(message_thread::Column::AccountId.in_subquery(submitted));
        }
    }
    Ok(q.order_by_desc(message_thread::Column::LastMessageAt)
        .order_by_desc(message_thread::Column::Id)
        .limit(limit)
        .all(conn)
        .await?)
}

/// A thread's messages, oldest first.
pub async fn messages_of<C: ConnectionTrait>(conn: &C, thread_id: i64) -> Result<Vec<MessageRow>> {
    Ok(Message::find()
        .filter(message::Column::ThreadId.eq(thread_id))
        .order_by_asc(message::Column::Id)
        .all(conn)
        .await?)
}

/// How far the person has read each of these threads (thread id → last read message id).
pub async fn read_marks<C: ConnectionTrait>(conn: &C, user_id: i64, threads: &[i64]) -> Result<Vec<(i64, i64)>> {
    if threads.is_empty() {
        return Ok(Vec::new());
    }
    Ok(ThreadRead::find()
        .filter(thread_read::Column::UserId.eq(user_id))
        .filter(thread_read::Column::ThreadId.is_in(threads.to_vec()))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.thread_id, r.last_read_id))
        .collect())
}

/// Messages of these threads after `after` (per thread) not written by the person, counted per
/// thread: (thread id, unread).
pub async fn unread_counts<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    marks: &[(i64, i64)],
    threads: &[i64],
) -> Result<Vec<(i64, i64)>> {
    if threads.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, i64)> = Message::find()
        .select_only()
        .column(message::Column::ThreadId)
        .column(message::Column::Id)
        .filter(message::Column::ThreadId.is_in(threads.to_vec()))
        .filter(message::Column::AuthorId.ne(user_id))
        .into_tuple()
        .all(conn)
        .await?;
    let mut out: Vec<(i64, i64)> = threads.iter().map(|t| (*t, 0)).collect();
    for (thread, id) in rows {
        let read = marks.iter().find(|(t, _)| *t == thread).map(|(_, r)| *r).unwrap_or(0);
        if id > read
            && let Some(slot) = out.iter_mut().find(|(t, _)| *t == thread)
        {
            slot.1 += 1;
        }
    }
    Ok(out)
}

/// The person has read the thread up to `last_id` (never moved back; safe from two tabs).
pub async fn mark_read<C: ConnectionTrait>(conn: &C, thread_id: i64, user_id: i64, last_id: i64) -> Result<()> {
    use sea_orm::sea_query::OnConflict;
    let row = thread_read::ActiveModel {
        thread_id: Set(thread_id),
        user_id: Set(user_id),
        last_read_id: Set(last_id),
        ..Default::default()
    };
    ThreadRead::insert(row)
        .on_conflict(
            OnConflict::columns([thread_read::Column::ThreadId, thread_read::Column::UserId]).do_nothing().to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    ThreadRead::update_many()
        .col_expr(thread_read::Column::LastReadId, Expr::value(last_id))
        .filter(thread_read::Column::ThreadId.eq(thread_id))
        .filter(thread_read::Column::UserId.eq(user_id))
        .filter(thread_read::Column::LastReadId.lt(last_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Messages a person wrote since `since` (a person cannot flood a conversation).
pub async fn count_by_since<C: ConnectionTrait>(conn: &C, author_id: i64, since: DateTime<Utc>) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(Message::find()
        .filter(message::Column::AuthorId.eq(author_id))
        .filter(message::Column::CreatedAt.gte(since))
        .count(conn)
        .await?)
}
