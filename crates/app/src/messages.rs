//! Messages: one conversation space per account between its people and program staff, in
//! threads by subject. A message is only ever added (never edited or deleted), is audited, and
//! tells the other side through the notification centre. Each person has their own read state;
//! a partner sees the threads of their accounts, an SCSS those of the accounts assigned to them,
//! Supervisors and HQ the program's. Files go through the profile's upload rules.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::notifications::{Contacts, Notice};
use crate::partner::{Reach, reach};
use crate::stored_file::StoredFile;
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::notice::NoticeKind;
use ctpat_domain::{AccountRole, Permission, Problem, Role};
use ctpat_store::ConnectionTrait;
use ctpat_store::messages::{self as store, MessageRow, NewMessage, ThreadRow};
use serde_json::json;

/// The longest subject and message kept (characters).
const MAX_SUBJECT: usize = 200;
const MAX_BODY: usize = 10_000;
/// Threads listed at once.
const LIST: u64 = 100;
/// Messages one person may write in an hour: a conversation, not a flood of mail to the SCSS.
pub const PER_HOUR: u64 = 60;

/// Which side of the conversation wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Partner,
    Staff,
}

impl Side {
    fn key(self) -> &'static str {
        match self {
            Side::Partner => "partner",
            Side::Staff => "staff",
        }
    }
}

/// A thread in a list.
#[derive(Debug, Clone)]
pub struct ThreadSummary {
    pub id: i64,
    pub account_id: i64,
    pub organization: String,
    pub subject: String,
    pub last_at: DateTime<Utc>,
    pub unread: i64,
}

/// A message as the thread shows it.
#[derive(Debug, Clone)]
pub struct MessageView {
    pub id: i64,
    pub author: String,
    pub side: Side,
    /// The catalogue id of the author's role (`role-officer`, `role-scss`…).
    pub role_id: String,
    /// Written by a consultant: labelled so on every screen.
    pub consultant: bool,
    pub body: String,
    pub file: Option<StoredFile>,
    pub at: DateTime<Utc>,
}

pub struct AccountMessages {
    pub reach: Reach,
    pub threads: Vec<ThreadSummary>,
    pub can_post: bool,
}

pub struct ThreadPage {
    pub reach: Reach,
    pub thread: ThreadSummary,
    pub messages: Vec<MessageView>,
    pub can_post: bool,
}

/// Whether the person writes in the account's conversation: its people who message their SCSS,
/// or staff who message partners.
pub(crate) fn may_post(r: &Reach) -> bool {
    if r.is_staff() { r.can(Permission::MessagePartners) } else { r.can(Permission::MessageScss) }
}

async fn summaries<C: ConnectionTrait>(conn: &C, actor: &Actor, rows: Vec<ThreadRow>) -> Result<Vec<ThreadSummary>> {
    let ids: Vec<i64> = rows.iter().map(|t| t.id).collect();
    let marks = store::read_marks(conn, actor.user.id, &ids).await?;
    let unread = store::unread_counts(conn, actor.user.id, &marks, &ids).await?;
    let account_ids: Vec<i64> = rows.iter().map(|t| t.account_id).collect();
    let accounts = ctpat_store::accounts::by_ids(conn, &account_ids).await?;
    let org_ids: Vec<i64> = accounts.iter().filter_map(|a| a.organization_id).collect();
    let orgs = ctpat_store::orgs::orgs_by_ids(conn, &org_ids).await?;
    Ok(rows
        .into_iter()
        .map(|t| {
            let org = accounts
                .iter()
                .find(|a| a.id == t.account_id)
                .and_then(|a| a.organization_id)
                .and_then(|o| orgs.iter().find(|x| x.id == o))
                .map(|o| o.name.clone())
                .unwrap_or_default();
            ThreadSummary {
                unread: unread.iter().find(|(id, _)| *id == t.id).map(|(_, n)| *n).unwrap_or(0),
                id: t.id,
                account_id: t.account_id,
                organization: org,
                subject: t.subject,
                last_at: t.last_message_at,
            }
        })
        .collect())
}

/// The account's threads for someone who reaches it.
pub async fn account_threads(app: &App, actor: &Actor, account_id: i64) -> Result<AccountMessages> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let rows = store::threads_of(conn, account_id, LIST).await?;
    Ok(AccountMessages { threads: summaries(conn, actor, rows).await?, can_post: may_post(&r), reach: r })
}

/// The staff inbox: threads of the accounts the person works, latest activity first.
pub async fn inbox(app: &App, actor: &Actor) -> Result<Vec<ThreadSummary>> {
    inbox_of(app, actor, None).await
}

/// The staff inbox, for HQ narrowed to one field office (`Some(None)`: accounts placed in
/// none); anyone else's inbox is their scope already.
pub async fn inbox_of(app: &App, actor: &Actor, office: Option<Option<i64>>) -> Result<Vec<ThreadSummary>> {
    let conn = app.db.conn();
    let scope = crate::partner::narrowed(actor, office).ok_or(Error::Forbidden)?;
    let rows = match scope {
        ctpat_store::accounts::Scope::Program => store::threads_of_accounts(conn, None, LIST).await?,
        s => {
            let ids = ctpat_store::accounts::ids_in(conn, s).await?;
            store::threads_of_accounts(conn, Some(&ids), LIST).await?
        }
    };
    summaries(conn, actor, rows).await
}

/// How many messages wait for the person across the threads they see (their accounts, or the
/// accounts they work).
pub async fn unread_total(app: &App, actor: &Actor, account_id: Option<i64>) -> Result<i64> {
    let threads = match account_id {
        Some(id) => account_threads(app, actor, id).await?.threads,
        None => inbox(app, actor).await?,
    };
    Ok(threads.iter().map(|t| t.unread).sum())
}

fn view(m: MessageRow, people: &[ctpat_store::users::User], files: &[ctpat_store::files::FileRow]) -> MessageView {
    let side = if m.side == "staff" { Side::Staff } else { Side::Partner };
    let role_id = match side {
        Side::Staff => format!(
            "role-{}",
            Role::Staff(ctpat_domain::StaffRole::from_key(&m.role).unwrap_or(ctpat_domain::StaffRole::Scss)).key()
        ),
        Side::Partner => format!("role-{}", m.role),
    };
    MessageView {
        id: m.id,
        author: people.iter().find(|u| u.id == m.author_id).map(|u| u.name.clone()).unwrap_or_default(),
        consultant: side == Side::Partner && m.role == AccountRole::Consultant.key(),
        side,
        role_id,
        file: m.file_id.and_then(|f| files.iter().find(|x| x.id == f)).map(|f| StoredFile::from(f.clone())),
        body: m.body,
        at: m.created_at,
    }
}

/// A thread with its messages, oldest first; opening it marks it read for the person.
pub async fn open_thread(app: &App, actor: &Actor, account_id: i64, thread_id: i64) -> Result<ThreadPage> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let t = store::thread(conn, account_id, thread_id).await?.ok_or(Error::NotFound)?;
    let rows = store::messages_of(conn, t.id).await?;
    let people = ctpat_store::users::by_ids(conn, &rows.iter().map(|m| m.author_id).collect::<Vec<_>>()).await?;
    let file_ids: Vec<i64> = rows.iter().filter_map(|m| m.file_id).collect();
    let files = ctpat_store::files::files_by_ids(conn, account_id, &file_ids).await?;
    if let Some(last) = rows.last() {
        store::mark_read(conn, t.id, actor.user.id, last.id).await?;
    }
    let summary = ThreadSummary {
        id: t.id,
        account_id,
        organization: ctpat_store::orgs::name_of(conn, r.account.organization_id).await?,
        subject: t.subject,
        last_at: t.last_message_at,
        unread: 0,
    };
    Ok(ThreadPage {
        messages: rows.into_iter().map(|m| view(m, &people, &files)).collect(),
        can_post: may_post(&r),
        thread: summary,
        reach: r,
    })
}

fn checked(field: &'static str, text: &str, max: usize) -> std::result::Result<String, ctpat_domain::FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::new("err-required").on(field));
    }
    if text.chars().count() > max {
        return Err(Problem::new("err-too-long").with("max", max).on(field));
    }
    Ok(text.to_string())
}

/// The poster's side and role key, refused when they may not write here.
fn author(r: &Reach) -> Result<(Side, &'static str)> {
    if !may_post(r) {
        return Err(Error::Forbidden);
    }
    Ok(match r.standing {
        crate::partner::Standing::Member(role) => (Side::Partner, role.key()),
        crate::partner::Standing::Staff(role) => (Side::Staff, role.key()),
    })
}

/// Add a message (the thread's first, a reply, or a file) and tell the other side, in the
/// caller's transaction.
pub(crate) async fn post_in<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    r: &Reach,
    t: &ThreadRow,
    body: &str,
    file_id: Option<i64>,
) -> Result<i64> {
    let (side, role) = author(r)?;
    let now = app.now();
    if store::count_by_since(txn, actor.user.id, now - chrono::Duration::hours(1)).await? >= PER_HOUR {
        let field = if file_id.is_some() { "file" } else { "body" };
        return Err(Error::field(field, Problem::new("err-too-many-messages").with("max", PER_HOUR)));
    }
    let m = store::add(
        txn,
        NewMessage { thread_id: t.id, author_id: actor.user.id, side: side.key(), role, body, file_id, now },
    )
    .await?;
    // The writer has read what they wrote.
    store::mark_read(txn, t.id, actor.user.id, m.id).await?;
    ctpat_store::audit::append(
        txn,
        for_account(audit::by(actor, now, "message.sent", Outcome::Ok), r.account.id)
            .object("message", m.id)
            .after(json!({"thread": t.id, "subject": t.subject, "side": side.key(), "chars": body.chars().count(), "file": file_id})),
    )
    .await?;
    let notice = Notice {
        kind: NoticeKind::Message,
        account_id: Some(r.account.id),
        message: "centre-message",
        args: vec![
            ("organization", ctpat_store::orgs::name_of(txn, r.account.organization_id).await?),
            ("subject", t.subject.clone()),
            ("author", actor.user.name.clone()),
        ],
        refs: Vec::new(),
        link: format!("/accounts/{}/messages/{}", r.account.id, t.id),
    };
    match side {
        // The company's people hear of the program's message; the SCSS of the company's.
        Side::Staff => crate::notifications::tell_account(txn, app, r.account.id, Contacts::Deciders, &notice).await?,
        Side::Partner => {
            if let Some(scss) = r.account.assigned_scss_id {
                crate::notifications::tell(txn, app, scss, &notice).await?;
            }
        }
    }
    Ok(m.id)
}

/// Start a thread with its first message. Returns the thread's id.
pub async fn start_thread(app: &App, actor: &Actor, account_id: i64, subject: &str, body: &str) -> Result<i64> {
    let mut errors = Vec::new();
    let subject = checked("subject", subject, MAX_SUBJECT).map_err(|e| errors.push(e)).ok();
    let body = checked("body", body, MAX_BODY).map_err(|e| errors.push(e)).ok();
    let (Some(subject), Some(body)) = (subject, body) else { return Err(Error::Invalid(errors)) };
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    author(&r)?;
    let t = store::insert_thread(&txn, account_id, &subject, actor.user.id, app.now()).await?;
    post_in(&txn, app, actor, &r, &t, &body, None).await?;
    txn.commit().await?;
    Ok(t.id)
}

/// Reply in a thread.
pub async fn reply(app: &App, actor: &Actor, account_id: i64, thread_id: i64, body: &str) -> Result<()> {
    let body = checked("body", body, MAX_BODY).map_err(|e| Error::Invalid(vec![e]))?;
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    let t = store::thread(&txn, account_id, thread_id).await?.ok_or(Error::NotFound)?;
    post_in(&txn, app, actor, &r, &t, &body, None).await?;
    txn.commit().await?;
    Ok(())
}

/// The thread a file may be sent in, checked before the upload is read.
pub(crate) async fn may_attach(app: &App, actor: &Actor, account_id: i64, thread_id: i64) -> Result<Reach> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    store::thread(conn, account_id, thread_id).await?.ok_or(Error::NotFound)?;
    author(&r)?;
    Ok(r)
}
