//! The notification centre. Every event that concerns a person reaches them in the portal (a
//! bell with their unread count on every page, a list they mark read) and by e-mail as they
//! chose for its kind: at once, in a daily digest, or not at all. Texts are stored as catalogue
//! ids with their arguments, so each person reads them — and receives the e-mail — in their own
//! language. Contacts of an account who have no login hear by e-mail, as before.

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::scheduler::{self, Kind, Ran};
use chrono::{DateTime, Duration, NaiveTime, Utc};
use ctpat_domain::AccountRole;
use ctpat_domain::notice::{Channel, NoticeKind};
use ctpat_store::ConnectionTrait;
use ctpat_store::person_notices::{self as store, NewNotice, NoticeRow};
use serde_json::json;

/// Something to tell: its kind, the account it is about, its text (a catalogue id, its text
/// arguments, and the arguments that are themselves catalogue messages — a status, a reason —
/// rendered in the reader's language) and the page it points to. Text arguments are never read
/// as message ids, whatever they contain.
pub(crate) struct Notice {
    pub kind: NoticeKind,
    pub account_id: Option<i64>,
    pub message: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub refs: Vec<(&'static str, String)>,
    pub link: String,
}

fn map_of(pairs: &[(&'static str, String)]) -> serde_json::Value {
    serde_json::Value::Object(pairs.iter().map(|(k, v)| (k.to_string(), json!(v))).collect())
}

impl Notice {
    fn args_json(&self) -> String {
        json!({"text": map_of(&self.args), "refs": map_of(&self.refs)}).to_string()
    }

    fn text(&self, lang: &Lang) -> String {
        let own = |v: &[(&'static str, String)]| v.iter().map(|(k, v)| (k.to_string(), v.clone())).collect::<Vec<_>>();
        render(lang, self.message, &own(&self.args), &own(&self.refs))
    }
}

/// The text of a notification in `lang`: its message-valued arguments are rendered first (with
/// the text arguments, then once more with each other, so "Reason: { $reason }" gets its reason),
/// then the message itself.
fn render(lang: &Lang, message: &str, text: &[(String, String)], refs: &[(String, String)]) -> String {
    let with = |known: &[(String, String)]| -> Vec<(String, String)> {
        let args: Vec<(&str, String)> = known.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        refs.iter().map(|(k, id)| (k.clone(), lang.t_args(id, &args))).collect()
    };
    let first: Vec<(String, String)> = text.iter().cloned().chain(with(text)).collect();
    let all: Vec<(String, String)> = text.iter().cloned().chain(with(&first)).collect();
    let args: Vec<(&str, String)> = all.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    lang.t_args(message, &args)
}

/// Which contacts without a login of the account hear by e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Contacts {
    /// The primary contact and the Officers (decisions about the account).
    Deciders,
    /// Every contact (a validation visit everyone must know of).
    Everyone,
}

async fn channel_of<C: ConnectionTrait>(conn: &C, user_id: i64, kind: NoticeKind) -> Result<Channel> {
    let chosen = store::preferences(conn, user_id).await?;
    Ok(chosen
        .iter()
        .find(|(k, _)| k == kind.key())
        .and_then(|(_, c)| Channel::from_key(c))
        .unwrap_or_else(|| kind.default_channel()))
}

fn mail_args(app: &App, lang: &Lang, n: &Notice) -> Vec<(&'static str, String)> {
    vec![("text", n.text(lang)), ("link", format!("{}{}", app.settings.public_url, n.link))]
}

/// Tell one person (in the caller's transaction).
pub(crate) async fn tell<C: ConnectionTrait>(conn: &C, app: &App, user_id: i64, n: &Notice) -> Result<()> {
    let Some(user) = ctpat_store::users::find(conn, user_id).await? else { return Ok(()) };
    if user.disabled_at.is_some() {
        return Ok(());
    }
    let channel = channel_of(conn, user_id, n.kind).await?;
    store::insert(
        conn,
        NewNotice {
            user_id,
            account_id: n.account_id,
            kind: n.kind.key(),
            message: n.message,
            args: &n.args_json(),
            link: &n.link,
            channel: channel.key(),
            now: app.now(),
        },
    )
    .await?;
    if channel == Channel::Email {
        let lang = Lang::negotiate(user.locale.as_deref(), None, None);
        crate::mail::enqueue(
            conn,
            app,
            &user.email,
            &lang,
            crate::mail::MailKind::Notification,
            &mail_args(app, &lang, n),
        )
        .await?;
    }
    Ok(())
}

/// Tell every member of an account (in the portal, and by e-mail as each chose); contacts
/// without a login are not written to.
pub(crate) async fn tell_members<C: ConnectionTrait>(conn: &C, app: &App, account_id: i64, n: &Notice) -> Result<()> {
    for m in ctpat_store::accounts::members(conn, account_id).await? {
        tell(conn, app, m.user_id, n).await?;
    }
    Ok(())
}

/// Tell the people of an account: every member in the portal (and by e-mail as each chose),
/// and the contacts `contacts` selects who are not members by e-mail.
pub(crate) async fn tell_account<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    account_id: i64,
    contacts: Contacts,
    n: &Notice,
) -> Result<()> {
    let members = ctpat_store::accounts::members(conn, account_id).await?;
    let people = ctpat_store::users::by_ids(conn, &members.iter().map(|m| m.user_id).collect::<Vec<_>>()).await?;
    for u in &people {
        tell(conn, app, u.id, n).await?;
    }
    let known: Vec<String> = people.iter().map(|u| u.email.to_lowercase()).collect();
    let mut sent: Vec<String> = Vec::new();
    // A contact without a login is written to in the language the account's people chose
    // (the first who chose one), unless their address has a login of its own.
    let their_people_lang =
        crate::mail::accounts_langs(conn, &[account_id]).await?.remove(&account_id).unwrap_or_default();
    let list = ctpat_store::account_data::contacts(conn, account_id).await?;
    let addresses: Vec<String> = list.iter().map(|c| c.email.clone()).collect();
    let langs = crate::mail::readers_langs(conn, &addresses).await?;
    for c in list {
        let wanted = match contacts {
            Contacts::Deciders => c.is_primary || c.role.as_deref() == Some(AccountRole::Officer.key()),
            Contacts::Everyone => true,
        };
        let addr = c.email.to_lowercase();
        if !wanted || known.contains(&addr) || sent.contains(&addr) {
            continue;
        }
        let lang = langs.get(&c.email).cloned().unwrap_or_else(|| their_people_lang.clone());
        crate::mail::enqueue(
            conn,
            app,
            &c.email,
            &lang,
            crate::mail::MailKind::Notification,
            &mail_args(app, &lang, n),
        )
        .await?;
        sent.push(addr);
    }
    Ok(())
}

/// A notification as the list shows it, in the reader's language.
#[derive(Debug, Clone)]
pub struct NoticeView {
    pub id: i64,
    pub kind: NoticeKind,
    pub text: String,
    pub link: String,
    pub at: DateTime<Utc>,
    pub read: bool,
}

fn view(lang: &Lang, r: &NoticeRow) -> NoticeView {
    let stored: serde_json::Value = serde_json::from_str(&r.args).unwrap_or_default();
    let pairs = |key: &str| -> Vec<(String, String)> {
        stored[key]
            .as_object()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect())
            .unwrap_or_default()
    };
    NoticeView {
        id: r.id,
        kind: NoticeKind::from_key(&r.kind).unwrap_or(NoticeKind::Status),
        text: render(lang, &r.message, &pairs("text"), &pairs("refs")),
        link: r.link.clone(),
        at: r.created_at,
        read: r.read_at.is_some(),
    }
}

/// The signed-in person's unread count (the bell on every page).
pub async fn unread(app: &App, actor: &Actor) -> Result<u64> {
    Ok(store::unread_count(app.db.conn(), actor.user.id).await?)
}

/// One page of the person's notifications, newest first, and the cursor of the next.
pub async fn page(
    app: &App,
    actor: &Actor,
    lang: &Lang,
    before_id: Option<i64>,
    limit: u64,
) -> Result<(Vec<NoticeView>, Option<i64>)> {
    let rows = store::list(app.db.conn(), actor.user.id, before_id, limit + 1).await?;
    let more = rows.len() as u64 > limit;
    let views: Vec<NoticeView> = rows.iter().take(limit as usize).map(|r| view(lang, r)).collect();
    let next = if more { views.last().map(|v| v.id) } else { None };
    Ok((views, next))
}

/// Mark one of the person's notifications read (another's is not found); returns its link.
pub async fn mark_read(app: &App, actor: &Actor, id: i64) -> Result<()> {
    if !store::mark_read(app.db.conn(), actor.user.id, id, app.now()).await? {
        return Err(Error::NotFound);
    }
    Ok(())
}

pub async fn mark_all_read(app: &App, actor: &Actor) -> Result<u64> {
    Ok(store::mark_all_read(app.db.conn(), actor.user.id, app.now()).await?)
}

/// The person's channel for each kind (their choice, or the default).
pub async fn preferences(app: &App, actor: &Actor) -> Result<Vec<(NoticeKind, Channel)>> {
    let mut out = Vec::new();
    for k in NoticeKind::ALL {
        out.push((k, channel_of(app.db.conn(), actor.user.id, k).await?));
    }
    Ok(out)
}

/// Set the person's channels from the form (`kind key → channel key`); every value is checked
/// before anything is written.
pub async fn set_preferences(app: &App, actor: &Actor, typed: &[(String, String)]) -> Result<()> {
    let mut chosen = Vec::new();
    let mut errors = Vec::new();
    for k in NoticeKind::ALL {
        let Some((_, raw)) = typed.iter().find(|(name, _)| name == k.key()) else { continue };
        match Channel::from_key(raw.trim()) {
            Some(c) => chosen.push((k, c)),
            None => errors.push(ctpat_domain::Problem::new("err-choose-one").on(k.key())),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    for (k, c) in &chosen {
        store::set_preference(&txn, actor.user.id, k.key(), c.key()).await?;
    }
    use crate::audit::EventExt;
    ctpat_store::audit::append(
        &txn,
        crate::audit::by(actor, now, "notifications.preferences_changed", ctpat_domain::audit::Outcome::Ok)
            .object("app_user", actor.user.id)
            .after(json!(chosen.iter().map(|(k, c)| (k.key(), c.key())).collect::<std::collections::BTreeMap<_, _>>())),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The hour (UTC) digests go out.
const DIGEST_AT: u32 = 6;

/// The next digest time after `now`.
fn next_digest(now: DateTime<Utc>) -> DateTime<Utc> {
    let at = NaiveTime::from_hms_opt(DIGEST_AT, 0, 0).unwrap_or_default();
    let today = now.date_naive().and_time(at).and_utc();
    if today > now { today } else { today + Duration::days(1) }
}

/// Schedule the daily digest of everyone with notifications waiting for one (one job per
/// person and day).
pub(crate) async fn plan_digests(app: &App, now: DateTime<Utc>) -> Result<usize> {
    let conn = app.db.conn();
    let at = next_digest(now);
    let mut planned = 0;
    for user_id in store::waiting_for_digest(conn, 1000).await? {
        let key = format!("digest:{user_id}:{}", at.date_naive());
        if scheduler::schedule(conn, Kind::Digest, &key, at, json!({"user": user_id}), now).await? {
            planned += 1;
        }
    }
    Ok(planned)
}

/// Send one person's digest, in the job's transaction: every notification waiting for it, in
/// their language, then marked as sent.
pub(crate) async fn deliver_digest<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<Ran> {
    let Some(user_id) = payload["user"].as_i64() else {
        return Err(Error::Internal(format!("bad digest payload {payload}")));
    };
    let Some(user) = ctpat_store::users::find(txn, user_id).await? else { return Ok(Ran::Skipped) };
    let rows = store::digest_of(txn, user_id).await?;
    if rows.is_empty() {
        return Ok(Ran::Skipped);
    }
    if user.disabled_at.is_some() {
        // Nothing is sent to a disabled login; its waiting notices are not planned again.
        store::mark_digested(txn, &rows.iter().map(|r| r.id).collect::<Vec<_>>(), now).await?;
        return Ok(Ran::Skipped);
    }
    let lang = Lang::negotiate(user.locale.as_deref(), None, None);
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            let v = view(&lang, r);
            format!("- {} ({}{})", v.text, app.settings.public_url, v.link)
        })
        .collect();
    let args = [
        ("count", rows.len().to_string()),
        ("items", items.join("\n")),
        ("link", format!("{}/notifications", app.settings.public_url)),
    ];
    crate::mail::enqueue(txn, app, &user.email, &lang, crate::mail::MailKind::Digest, &args).await?;
    store::mark_digested(txn, &rows.iter().map(|r| r.id).collect::<Vec<_>>(), now).await?;
    Ok(Ran::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_goes_out_at_six_the_same_day_or_the_next() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        assert_eq!(next_digest(at("2026-11-30T05:00:00Z")), at("2026-11-30T06:00:00Z"));
        assert_eq!(next_digest(at("2026-11-30T06:00:00Z")), at("2026-12-01T06:00:00Z"));
        assert_eq!(next_digest(at("2026-11-30T23:59:00Z")), at("2026-12-01T06:00:00Z"));
    }
}
