//! The Document Exchange: either side of an account — its people, or the program staff who
//! work it — sends the other a file with a note (the profile's upload rules apply), the other
//! side is told through the notification centre, and the list shows when the other side first
//! opened each. Nothing exchanged is edited or withdrawn.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
// Who sends a document is who may write in the account's conversation.
use crate::messages::may_post as may_send;
use crate::notifications::{Contacts, Notice};
use crate::partner::{Reach, reach};
use crate::stored_file::StoredFile;
use chrono::{DateTime, Utc};
use ctpat_domain::Problem;
use ctpat_domain::audit::Outcome;
use ctpat_domain::notice::NoticeKind;
use ctpat_store::ConnectionTrait;
use ctpat_store::exchange as store;
use serde_json::json;

/// The longest note kept with a document (characters).
pub const MAX_NOTE: usize = 2000;
/// Documents one person may send in an hour.
pub const PER_HOUR: u64 = 30;
const LIST: u64 = 200;

/// A document as the exchange lists it.
#[derive(Debug, Clone)]
pub struct ExchangeDoc {
    pub id: i64,
    pub file: StoredFile,
    pub note: String,
    /// Sent by the viewer's own side.
    pub ours: bool,
    pub sender: String,
    pub sent_at: DateTime<Utc>,
    /// When the receiving side first opened it.
    pub opened_at: Option<DateTime<Utc>>,
}

pub struct ExchangePage {
    pub reach: Reach,
    pub docs: Vec<ExchangeDoc>,
    pub can_send: bool,
}

fn side(r: &Reach) -> &'static str {
    if r.is_staff() { "staff" } else { "partner" }
}

pub async fn page(app: &App, actor: &Actor, account_id: i64) -> Result<ExchangePage> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let rows = store::of_account(conn, account_id, LIST).await?;
    let files =
        ctpat_store::files::files_by_ids(conn, account_id, &rows.iter().map(|d| d.file_id).collect::<Vec<_>>()).await?;
    let people = ctpat_store::users::by_ids(conn, &rows.iter().map(|d| d.sent_by).collect::<Vec<_>>()).await?;
    let docs = rows
        .into_iter()
        .filter_map(|d| {
            let file = files.iter().find(|f| f.id == d.file_id)?.clone();
            Some(ExchangeDoc {
                id: d.id,
                file: StoredFile::from(file),
                ours: d.side == side(&r),
                sender: people.iter().find(|u| u.id == d.sent_by).map(|u| u.name.clone()).unwrap_or_default(),
                note: d.note,
                sent_at: d.sent_at,
                opened_at: d.opened_at,
            })
        })
        .collect();
    Ok(ExchangePage { can_send: may_send(&r), reach: r, docs })
}

/// Whether the person may send a document now (checked before the upload is read).
pub(crate) async fn may_attach(app: &App, actor: &Actor, account_id: i64) -> Result<Reach> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    if !may_send(&r) {
        return Err(Error::Forbidden);
    }
    Ok(r)
}

/// The note as kept: trimmed, refused when too long.
pub(crate) fn checked_note(note: &str) -> Result<String> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE {
        return Err(Error::field("note", Problem::new("err-too-long").with("max", MAX_NOTE)));
    }
    Ok(note.to_string())
}

/// Record a stored file as sent through the exchange, and tell the other side (in the storing
/// transaction).
pub(crate) async fn record_in<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    r: &Reach,
    file_id: i64,
    name: &str,
    note: &str,
) -> Result<i64> {
    let now = app.now();
    if store::count_by_since(txn, actor.user.id, now - chrono::Duration::hours(1)).await? >= PER_HOUR {
        return Err(Error::field("file", Problem::new("err-too-many-documents").with("max", PER_HOUR)));
    }
    let d = store::insert(txn, r.account.id, file_id, note, side(r), actor.user.id, now).await?;
    ctpat_store::audit::append(
        txn,
        for_account(audit::by(actor, now, "exchange.sent", Outcome::Ok), r.account.id)
            .object("exchange_document", d.id)
            .after(json!({"file": file_id, "name": name, "side": side(r), "note": note})),
    )
    .await?;
    let org = ctpat_store::orgs::name_of(txn, r.account.organization_id).await?;
    let notice = Notice {
        kind: NoticeKind::Exchange,
        account_id: Some(r.account.id),
        message: "centre-exchange",
        args: vec![("organization", org), ("name", name.to_string()), ("author", actor.user.name.clone())],
        refs: Vec::new(),
        link: format!("/accounts/{}/exchange", r.account.id),
    };
    if r.is_staff() {
        crate::notifications::tell_account(txn, app, r.account.id, Contacts::Deciders, &notice).await?;
    } else if let Some(scss) = r.account.assigned_scss_id {
        crate::notifications::tell(txn, app, scss, &notice).await?;
    }
    Ok(d.id)
}

/// Record the first opening of an exchanged document by the side it was sent to (in the
/// download's transaction); any other file, or the sender's own side, changes nothing.
pub(crate) async fn opened_in<C: ConnectionTrait>(
    txn: &C,
    actor: &Actor,
    r: &Reach,
    file_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(d) = store::by_file(txn, r.account.id, file_id).await? else { return Ok(()) };
    if d.side == side(r) || d.opened_at.is_some() {
        return Ok(());
    }
    store::mark_opened(txn, d.id, actor.user.id, now).await?;
    ctpat_store::audit::append(
        txn,
        for_account(audit::by(actor, now, "exchange.opened", Outcome::Ok), r.account.id)
            .object("exchange_document", d.id),
    )
    .await?;
    Ok(())
}
