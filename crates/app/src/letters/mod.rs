//! The program's letters to a company — certification, suspension, reinstatement, removal —
//! written from the lifecycle event that decided each, in the reader's language, as a page to
//! print and as a PDF. They are filed in the account's Partner Library.

mod pdf;

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::partner::reach;
use chrono::{DateTime, Utc};
use ctpat_domain::partner::letter::LetterKind;
use ctpat_domain::partner::lifecycle::{Event, Snapshot};
use ctpat_store::accounts;

pub use pdf::{document as pdf_document, render as pdf};

/// A letter of an account, to list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterRef {
    pub event_id: i64,
    pub kind: LetterKind,
    pub at: DateTime<Utc>,
}

/// A letter, composed: every line in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    pub title: String,
    pub letterhead: String,
    pub reference: String,
    pub date: String,
    pub recipient: Vec<String>,
    pub subject: String,
    pub salutation: String,
    pub paragraphs: Vec<String>,
    pub closing: String,
    pub signer: Vec<String>,
}

async fn history<C: ctpat_store::ConnectionTrait>(
    conn: &C,
    account_id: i64,
) -> Result<Vec<(i64, Event, DateTime<Utc>, Option<i64>)>> {
    accounts::events(conn, account_id)
        .await?
        .into_iter()
        .map(|r| {
            let e: Event =
                serde_json::from_str(&r.data).map_err(|e| Error::Internal(format!("bad event {}: {e}", r.id)))?;
            Ok((r.id, e, r.at, r.actor_id))
        })
        .collect()
}

/// The account's letters, oldest first (the account's members and the staff who reach it).
pub async fn list(app: &App, actor: &Actor, account_id: i64) -> Result<Vec<LetterRef>> {
    let conn = app.db.conn();
    reach(conn, actor, account_id).await?;
    Ok(history(conn, account_id)
        .await?
        .into_iter()
        .filter_map(|(id, e, at, _)| LetterKind::of_event(&e).map(|kind| LetterRef { event_id: id, kind, at }))
        .collect())
}

fn day(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

/// One letter, composed in `lang`. Another account's event, or an event without a letter, is
/// not found.
pub async fn letter(app: &App, actor: &Actor, account_id: i64, event_id: i64, lang: &Lang) -> Result<Letter> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let events = history(conn, account_id).await?;
    let pos = events.iter().position(|(id, ..)| *id == event_id).ok_or(Error::NotFound)?;
    let (_, event, at, by) = &events[pos];
    let kind = LetterKind::of_event(event).ok_or(Error::NotFound)?;
    let t = app.timers();
    // The account as the decision left it: its tier, its next dates.
    let s = Snapshot::replay(events[..=pos].iter().map(|(_, e, at, _)| (e, *at)), &t);
    let organization = ctpat_store::orgs::name_of(conn, r.account.organization_id).await?;
    let entity = lang.t(&format!("entity-{}", r.account.entity_type.key()));
    let mut recipient = vec![organization.clone()];
    if let Some(hq) = ctpat_store::account_data::addresses(conn, account_id).await?.into_iter().find(|a| a.kind == "hq")
    {
        recipient.push(hq.line1.clone());
        if let Some(l2) = hq.line2.filter(|l| !l.is_empty()) {
            recipient.push(l2);
        }
        let place: Vec<String> =
            [Some(hq.city), hq.region, hq.postal_code].into_iter().flatten().filter(|s| !s.is_empty()).collect();
        recipient.push(format!("{} {}", place.join(", "), hq.country));
    }
    let svi = r.account.svi_number.clone().unwrap_or_default();
    let mut args: Vec<(&str, String)> =
        vec![("organization", organization.clone()), ("entity", entity), ("date", day(*at)), ("svi", svi)];
    let reason = match event {
        Event::Suspended { reason, .. } => Some(lang.t(&format!("suspension-reason-{}", reason.key()))),
        Event::Removed { reason, .. } => Some(lang.t(&format!("removal-reason-{}", reason.key()))),
        _ => None,
    };
    if let Some(reason) = reason {
        args.push(("reason", reason));
    }
    let due = match kind {
        LetterKind::Certification => s.annual_review_due(&t),
        LetterKind::Suspension => s.response_deadline(&t),
        LetterKind::Removal => s.appeal_deadline(&t),
        LetterKind::Reinstatement => s.annual_review_due(&t),
    };
    args.push(("due", due.map(day).unwrap_or_default()));
    args.push(("tier", ctpat_domain::partner::lifecycle::tier(&s).map(|t| t.to_string()).unwrap_or_default()));
    args.push(("validation", s.next_validation_due(&t).map(day).unwrap_or_default()));
    let k = kind.key();
    let paragraphs = (1..=3)
        .map(|n| format!("letter-{k}-body-{n}"))
        .filter(|id| lang.has(id))
        .map(|id| lang.t_args(&id, &args))
        .collect();
    let signer_name = match by {
        Some(id) => ctpat_store::users::find(conn, *id).await?.map(|u| u.name),
        None => None,
    };
    let mut signer: Vec<String> = signer_name.into_iter().collect();
    signer.push(lang.t(&format!("letter-{k}-signer")));
    Ok(Letter {
        kind,
        title: lang.t(&format!("letter-{k}-title")),
        letterhead: lang.t("letter-letterhead"),
        reference: format!("CTPAT-{account_id}-{event_id}"),
        date: lang.date(at.date_naive()),
        recipient,
        subject: lang.t_args(&format!("letter-{k}-subject"), &args),
        salutation: lang.t("letter-salutation"),
        paragraphs,
        closing: lang.t("letter-closing"),
        signer,
    })
}
