//! The corrective action plan (answering a suspension) and the appeal (against a removal): the
//! partner drafts the text and attaches evidence, an Officer (or, for a plan, an Account admin)
//! sends it; sending is the lifecycle command itself, in the same transaction, and the text is
//! frozen from then on. Staff who reach the account read what was sent before they decide.

use super::lifecycle::{drafting_statement as drafting, statement_command as command};
use super::{Reach, lifecycle, reach};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::files::StoredFile;
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::lifecycle::{self as lc, ActorRole, Command};
use ctpat_domain::partner::statement::{MAX_CHARS, StatementKind};
use ctpat_domain::{Permission, Problem};
use ctpat_store::statements::{self as store, StatementRow};
use serde_json::json;

/// A plan or appeal as pages show it.
#[derive(Debug, Clone)]
pub struct Statement {
    pub id: i64,
    pub body: String,
    /// When it was sent, and by whom (a person's name); `None` while it is a draft.
    pub sent: Option<(DateTime<Utc>, String)>,
    pub files: Vec<StoredFile>,
}

/// Everything the statement page needs.
pub struct StatementPage {
    pub reach: Reach,
    pub kind: StatementKind,
    /// The text being drafted (partner side only).
    pub draft: Option<Statement>,
    /// What the account sent before, newest first.
    pub sent: Vec<Statement>,
    /// The partner may write and attach now (the window is open and the role edits company data).
    pub can_draft: bool,
    /// The viewer may send it now (the lifecycle accepts it from them).
    pub can_send: bool,
    /// When the window to send closes.
    pub deadline: Option<DateTime<Utc>>,
    /// The account version the send form carries.
    pub version: i32,
}

/// The statement a lifecycle action sends, if it is one.
pub fn of_command(cmd: &Command) -> Option<StatementKind> {
    match cmd {
        Command::SubmitCorrectiveActionPlan => Some(StatementKind::CorrectiveActionPlan),
        Command::FileAppeal => Some(StatementKind::Appeal),
        _ => None,
    }
}

async fn with_files<C: ctpat_store::ConnectionTrait>(conn: &C, rows: Vec<StatementRow>) -> Result<Vec<Statement>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let files = store::files_of(conn, &ids).await?;
    let senders: Vec<i64> = rows.iter().filter_map(|r| r.submitted_by).collect();
    let people = ctpat_store::users::by_ids(conn, &senders).await?;
    Ok(rows
        .into_iter()
        .map(|r| Statement {
            sent: r.submitted_at.map(|at| {
                let who = r.submitted_by.and_then(|id| people.iter().find(|u| u.id == id));
                (at, who.map(|u| u.name.clone()).unwrap_or_default())
            }),
            files: files.iter().filter(|(s, _)| *s == r.id).map(|(_, f)| StoredFile::from(f.clone())).collect(),
            id: r.id,
            body: r.body,
        })
        .collect())
}

/// The statement page of an account: staff who reach it read; its partner drafts and sends.
pub async fn page(app: &App, actor: &Actor, account_id: i64, kind: StatementKind) -> Result<StatementPage> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let t = &app.timers();
    let (s, _) = lifecycle::snapshot(conn, account_id, t).await?;
    let now = app.now();
    // The window is open when an Officer could send it now.
    let officer = lc::Actor { id: actor.user.id, role: ActorRole::Officer };
    let open = lc::decide(&s, &command(kind), &officer, now, t).is_ok();
    let can_draft = open && !r.is_staff() && r.can(Permission::EditCompanyData);
    let can_send = can_draft
        && lifecycle::domain_actor(actor, r.standing)
            .is_some_and(|who| lc::decide(&s, &command(kind), &who, now, t).is_ok());
    let draft = if r.is_staff() {
        None
    } else {
        match store::draft(conn, account_id, kind.key()).await? {
            Some(d) => with_files(conn, vec![d]).await?.pop(),
            None => None,
        }
    };
    let sent = with_files(conn, store::sent(conn, account_id, kind.key()).await?).await?;
    let deadline = match kind {
        StatementKind::CorrectiveActionPlan => s.response_deadline(t),
        StatementKind::Appeal => s.appeal_deadline(t),
    };
    Ok(StatementPage { version: r.account.version, reach: r, kind, draft, sent, can_draft, can_send, deadline })
}

fn checked_body(body: &str, required: bool) -> Result<String> {
    let body = body.trim();
    if required && body.is_empty() {
        return Err(Error::field("body", Problem::new("err-required")));
    }
    if body.chars().count() > MAX_CHARS {
        return Err(Error::field("body", Problem::new("err-too-long").with("max", MAX_CHARS)));
    }
    Ok(body.to_string())
}

/// Keep the draft's text (an Account admin prepares what an Officer sends).
pub async fn save(app: &App, actor: &Actor, account_id: i64, kind: StatementKind, body: &str) -> Result<()> {
    let body = checked_body(body, false)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    drafting(&txn, app, actor, account_id, kind).await?;
    let d = store::open_draft(&txn, account_id, kind.key(), actor.user.id, now).await?;
    store::set_body(&txn, d.id, &body, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "statement.drafted", Outcome::Ok), account_id)
            .object("statement", d.id)
            .after(json!({"kind": kind.key(), "chars": body.chars().count()})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Send the plan or the appeal: the lifecycle command and the frozen text, in one transaction.
/// `version` is the account version the page showed.
pub async fn send(
    app: &App,
    actor: &Actor,
    account_id: i64,
    kind: StatementKind,
    body: &str,
    version: Option<i32>,
) -> Result<()> {
    let body = checked_body(body, true)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = drafting(&txn, app, actor, account_id, kind).await?;
    let d = store::open_draft(&txn, account_id, kind.key(), actor.user.id, now).await?;
    lifecycle::run_in(&txn, app, actor, &r, command(kind), version).await?;
    store::submit(&txn, d.id, &body, actor.user.id, now).await?;
    let files = store::files_of(&txn, &[d.id]).await?;
    // The deciders' side hears of it: the SCSS of a plan, HQ of an appeal.
    let org = ctpat_store::orgs::name_of(&txn, r.account.organization_id).await?;
    let notice = crate::notifications::Notice {
        kind: ctpat_domain::notice::NoticeKind::Statement,
        account_id: Some(account_id),
        message: "centre-statement",
        args: vec![("organization", org)],
        refs: vec![("what", format!("statement-{}", kind.key()))],
        link: format!("/accounts/{account_id}/statements/{}", kind.key()),
    };
    let to: Vec<i64> = match kind {
        StatementKind::CorrectiveActionPlan => r.account.assigned_scss_id.into_iter().collect(),
        StatementKind::Appeal => ctpat_store::users::list_staff(&txn)
            .await?
            .into_iter()
            .filter(|u| u.staff_role.as_deref() == Some(ctpat_domain::StaffRole::Hq.key()) && u.disabled_at.is_none())
            .map(|u| u.id)
            .collect(),
    };
    for user in to {
        crate::notifications::tell(&txn, app, user, &notice).await?;
    }
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "statement.sent", Outcome::Ok), account_id).object("statement", d.id).after(
            json!({
                "kind": kind.key(),
                "text": body,
                "files": files.iter().map(|(_, f)| f.id).collect::<Vec<_>>(),
            }),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
