//! Reminders of the program's deadlines, at the two offsets HQ sets (30 and 14 days before each
//! by default), once per account, kind and
//! date, whichever server runs the sweep: the 90-day certification target and the validation
//! due date to the assigned SCSS, the suspension response and the appeal window to the
//! partner, the appeal decision to HQ. (The annual review and findings have their own.)

use super::lifecycle;
use crate::App;
use crate::audit::{self, EventExt, for_account};
use crate::error::Result;
use crate::i18n::Lang;
use chrono::{DateTime, Utc};
use ctpat_domain::StaffRole;
use ctpat_domain::partner::Account;
use serde_json::json;

/// Who hears of a deadline.
enum To {
    Partner,
    Scss,
    Hq,
}

async fn recipients<C: ctpat_store::ConnectionTrait>(conn: &C, a: &Account, to: &To) -> Result<Vec<String>> {
    Ok(match to {
        To::Partner => super::notices::recipients(conn, a.id).await?,
        To::Scss => match a.assigned_scss_id {
            Some(id) => ctpat_store::users::find(conn, id).await?.map(|u| vec![u.email]).unwrap_or_default(),
            None => Vec::new(),
        },
        To::Hq => ctpat_store::users::list_staff(conn)
            .await?
            .into_iter()
            .filter(|u| u.staff_role.as_deref() == Some(StaffRole::Hq.key()) && u.disabled_at.is_none())
            .map(|u| u.email)
            .collect(),
    })
}

/// Send the deadline reminders that are due now. Returns how many were sent (one per account,
/// deadline and offset).
pub async fn send(app: &App, now: DateTime<Utc>) -> Result<usize> {
    let conn = app.db.conn();
    let t = &app.timers();
    let mut sent = 0;
    for a in ctpat_store::accounts::deadlines_by(conn, now + t.reminder_first, 500).await? {
        let (s, _) = lifecycle::snapshot(conn, a.id, t).await?;
        let deadlines = [
            ("certification_target", s.certification_target(t), To::Scss),
            ("response", s.response_deadline(t), To::Partner),
            ("appeal", s.appeal_deadline(t), To::Partner),
            ("appeal_decision", s.appeal_decision_due(t), To::Hq),
            ("validation", s.next_validation_due(t), To::Scss),
        ];
        for (kind, due, to) in deadlines {
            let Some(due) = due else { continue };
            let Some(offset) = t.reminder_offset(due - now) else { continue };
            let txn = app.db.begin().await?;
            let key = format!("{kind}_{offset}");
            if !ctpat_store::profiles::claim_reminder(&txn, a.id, &key, due, now).await? {
                continue;
            }
            let lang = Lang::default();
            let args = [
                ("account", a.id.to_string()),
                ("what", lang.t(&format!("deadline-reminder-{}", kind.replace('_', "-")))),
                ("date", due.format("%Y-%m-%d").to_string()),
            ];
            for addr in recipients(&txn, &a, &to).await? {
                crate::mail::enqueue(&txn, app, &addr, &lang, crate::mail::MailKind::DeadlineReminder, &args).await?;
            }
            let e = audit::system(&crate::RequestMeta::default(), now, "deadline.reminder_sent", "scheduler");
            ctpat_store::audit::append(
                &txn,
                for_account(e, a.id)
                    .object("account", a.id)
                    .after(json!({"kind": kind, "offset": offset, "due": ctpat_domain::audit::canonical_time(due)})),
            )
            .await?;
            txn.commit().await?;
            sent += 1;
        }
    }
    Ok(sent)
}
