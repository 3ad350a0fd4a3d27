//! Notices to an account's own people: its members through the notification centre, and its
//! primary contact and Officers without a login by e-mail, hear of the decisions about it, as a
//! reaction to the lifecycle event that recorded them.

use crate::App;
use crate::error::Result;
use crate::notifications::{Contacts, Notice};
use ctpat_domain::AccountRole;
use ctpat_domain::happened::Happened;
use ctpat_domain::notice::NoticeKind;
use ctpat_domain::partner::lifecycle::Event;
use ctpat_store::ConnectionTrait;

/// When the SCSS finishes a review round, the account's people hear it: a notification on the
/// account, and an e-mail to the primary contact and Officers.
pub(crate) async fn on_profile_reviewed<C: ConnectionTrait>(conn: &C, app: &App, happened: Happened<'_>) -> Result<()> {
    let Happened::ProfileReviewed { account_id, approved, returned } = happened else { return Ok(()) };
    let (kind, status) = if approved { ("profile-approved", "approved") } else { ("profile-returned", "returned") };
    let data = serde_json::json!({"count": returned.to_string()}).to_string();
    ctpat_store::svi::notify(conn, account_id, kind, None, &data, app.now()).await?;
    let org = org_of(conn, account_id).await?;
    let notice = Notice {
        kind: NoticeKind::Profile,
        account_id: Some(account_id),
        message: "centre-profile",
        args: vec![("organization", org)],
        refs: vec![("status", format!("profile-status-{status}")), ("details", format!("notify-{kind}"))],
        link: format!("/accounts/{account_id}/profile"),
    };
    crate::notifications::tell_account(conn, app, account_id, Contacts::Deciders, &notice).await
}

/// A decision about the account reaches its primary contact and Officers by e-mail.
pub(crate) async fn on_lifecycle<C: ConnectionTrait>(conn: &C, app: &App, happened: Happened<'_>) -> Result<()> {
    let Happened::Lifecycle { account, snapshot: s, event, .. } = happened else { return Ok(()) };
    let detail_id = match event {
        Event::ScssAssigned { .. } => "notify-scss-assigned",
        Event::Certified { .. } => "notify-certified",
        Event::Validated { .. } => "notify-validated",
        Event::Rejected { .. } | Event::DeclaredIneligible { .. } => "notify-decided",
        Event::Suspended { .. } => "notify-suspended",
        Event::Reinstated { .. } => "notify-reinstated",
        Event::SuspensionExpired => "notify-expired",
        Event::Removed { .. } => "notify-removed",
        Event::AppealDecided { .. } => "notify-appeal-decided",
        Event::Withdrawn { .. } => "notify-withdrawn",
        _ => return Ok(()),
    };
    let t = &app.timers();
    let reason = match event {
        Event::Rejected { reason, .. } | Event::DeclaredIneligible { reason, .. } => {
            format!("decision-reason-{}", reason.key())
        }
        Event::Suspended { reason, .. } => format!("suspension-reason-{}", reason.key()),
        Event::Removed { reason, .. } => format!("removal-reason-{}", reason.key()),
        _ => String::new(),
    };
    let deadline =
        s.response_deadline(t).or(s.appeal_deadline(t)).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let org = org_of(conn, account.id).await?;
    let notice = Notice {
        kind: NoticeKind::Status,
        account_id: Some(account.id),
        message: "centre-status",
        args: vec![("organization", org), ("date", deadline)],
        refs: [("status", format!("status-{}", account.status.key())), ("details", detail_id.to_string())]
            .into_iter()
            .chain((!reason.is_empty()).then(|| ("reason", reason.clone())))
            .collect(),
        link: format!("/accounts/{}", account.id),
    };
    crate::notifications::tell_account(conn, app, account.id, Contacts::Deciders, &notice).await
}

async fn org_of<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<String> {
    let Some(a) = ctpat_store::accounts::find(conn, ctpat_store::accounts::Scope::Program, account_id).await? else {
        return Ok(String::new());
    };
    Ok(ctpat_store::orgs::name_of(conn, a.organization_id).await?)
}

/// Who receives notices about an account: its primary contact and its Officers.
pub(crate) async fn recipients<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Vec<String>> {
    let mut to: Vec<String> = ctpat_store::account_data::contacts(conn, account_id)
        .await?
        .into_iter()
        .filter(|c| c.is_primary || c.role.as_deref() == Some(AccountRole::Officer.key()))
        .map(|c| c.email)
        .collect();
    to.sort();
    to.dedup();
    Ok(to)
}
