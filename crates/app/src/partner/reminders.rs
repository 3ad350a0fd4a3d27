//! Reminders of the program's deadlines, at the two offsets HQ sets (30 and 14 days before each
//! by default), planned as scheduler jobs and each sent in its job's transaction, once per account, kind and
//! date, whichever server runs the sweep: the 90-day certification target and the validation
//! due date to the assigned SCSS, the suspension response and the appeal window to the
//! partner, the appeal decision to HQ. (The annual review and findings have their own.)

use super::lifecycle;
use crate::App;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::notifications::{Contacts, Notice};
use crate::scheduler::{self, HORIZON, Kind, Ran};
use chrono::{DateTime, Utc};
use ctpat_domain::StaffRole;
use ctpat_domain::notice::NoticeKind;
use ctpat_domain::partner::Account;
use ctpat_domain::partner::lifecycle::Timers;
use serde_json::json;

/// Who hears of a deadline.
enum To {
    Partner,
    Scss,
    Hq,
}

/// The staff users who hear of a deadline (the account's people are told through the centre).
async fn recipients<C: ctpat_store::ConnectionTrait>(conn: &C, a: &Account, to: &To) -> Result<Vec<i64>> {
    Ok(match to {
        To::Partner => Vec::new(),
        To::Scss => a.assigned_scss_id.into_iter().collect(),
        To::Hq => ctpat_store::users::list_staff(conn)
            .await?
            .into_iter()
            .filter(|u| u.staff_role.as_deref() == Some(StaffRole::Hq.key()) && u.disabled_at.is_none())
            .map(|u| u.id)
            .collect(),
    })
}

/// The deadlines of an account that are reminded, with who hears of them.
fn deadlines(
    s: &ctpat_domain::partner::lifecycle::Snapshot,
    t: &Timers,
) -> [(&'static str, Option<DateTime<Utc>>, To); 5] {
    [
        ("certification_target", s.certification_target(t), To::Scss),
        ("response", s.response_deadline(t), To::Partner),
        ("appeal", s.appeal_deadline(t), To::Partner),
        ("appeal_decision", s.appeal_decision_due(t), To::Hq),
        ("validation", s.next_validation_due(t), To::Scss),
    ]
}

/// Schedule, as jobs, the reminders of deadlines whose time comes within the horizon (each
/// once: its key names the account, the deadline, its date and the offset).
pub(crate) async fn plan(app: &App, now: DateTime<Utc>) -> Result<usize> {
    let conn = app.db.conn();
    let t = &app.timers();
    let mut planned = 0;
    for a in ctpat_store::accounts::deadlines_by(conn, now + t.reminder_first + HORIZON, 500).await? {
        let (s, _) = lifecycle::snapshot(conn, a.id, t).await?;
        for (kind, due, _) in deadlines(&s, t) {
            let Some(due) = due.filter(|d| *d >= now) else { continue };
            for offset in [t.reminder_first, t.reminder_second] {
                let run_at = due - offset;
                // Not yet in sight; or already past the next (nearer) reminder's time.
                if run_at > now + HORIZON || (offset == t.reminder_first && now >= due - t.reminder_second) {
                    continue;
                }
                let days = offset.num_days();
                let key = format!("reminder:{}:{kind}:{}:{days}", a.id, due.timestamp());
                let payload = json!({"account": a.id, "kind": kind, "due": due.to_rfc3339(), "offset": days});
                if scheduler::schedule(conn, Kind::DeadlineReminder, &key, run_at, payload, now).await? {
                    planned += 1;
                }
            }
        }
    }
    Ok(planned)
}

/// Send one planned reminder, in the job's transaction, if its deadline still stands and this
/// is still its reminder's time (HQ may have moved the offsets; the account may have moved on).
pub(crate) async fn deliver<C: ctpat_store::ConnectionTrait>(
    txn: &C,
    app: &App,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<Ran> {
    let t = &app.timers();
    let (Some(id), Some(kind), Some(due), Some(days)) = (
        payload["account"].as_i64(),
        payload["kind"].as_str(),
        payload["due"].as_str().and_then(|d| DateTime::parse_from_rfc3339(d).ok()).map(|d| d.with_timezone(&Utc)),
        payload["offset"].as_i64(),
    ) else {
        return Err(Error::Internal(format!("bad reminder payload {payload}")));
    };
    let Some(a) = ctpat_store::accounts::find(txn, ctpat_store::accounts::Scope::Program, id).await? else {
        return Ok(Ran::Skipped);
    };
    let (s, _) = lifecycle::snapshot(txn, a.id, t).await?;
    let Some((_, _, to)) = deadlines(&s, t).into_iter().find(|(k, d, _)| *k == kind && *d == Some(due)) else {
        return Ok(Ran::Skipped);
    };
    if t.reminder_offset(due - now) != Some(days) {
        return Ok(Ran::Skipped);
    }
    // Once per account, deadline and offset, even against reminders sent before jobs existed.
    if !ctpat_store::profiles::claim_reminder(txn, a.id, &format!("{kind}_{days}"), due, now).await? {
        return Ok(Ran::Skipped);
    }
    let org = ctpat_store::orgs::name_of(txn, a.organization_id).await?;
    let notice = Notice {
        kind: NoticeKind::Deadline,
        account_id: Some(a.id),
        message: "centre-deadline",
        args: vec![("organization", org), ("date", due.format("%Y-%m-%d").to_string())],
        refs: vec![("what", format!("deadline-reminder-{}", kind.replace('_', "-")))],
        link: format!("/accounts/{}", a.id),
    };
    match to {
        To::Partner => crate::notifications::tell_account(txn, app, a.id, Contacts::Deciders, &notice).await?,
        To::Scss | To::Hq => {
            for user in recipients(txn, &a, &to).await? {
                crate::notifications::tell(txn, app, user, &notice).await?;
            }
        }
    }
    let e = audit::system(&crate::RequestMeta::default(), now, "deadline.reminder_sent", "scheduler");
    ctpat_store::audit::append(
        txn,
        for_account(e, a.id)
            .object("account", a.id)
            .after(json!({"kind": kind, "offset": days, "due": ctpat_domain::audit::canonical_time(due)})),
    )
    .await?;
    Ok(Ran::Done)
}
