//! The annual review: its window opens 90 days before the certification anniversary;
//! only changes made inside the window count; an Officer signs it; the SCSS approves it, which
//! moves the next due date a year on. Reminders go out when the window opens and 30 and 14 days
//! before the due date; once overdue, the assigned SCSS is prompted to propose suspension.

use super::{ProfileView, view};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::lifecycle;
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::lifecycle::Command;
use ctpat_domain::{Permission, Problem};
use ctpat_store::profiles;
use serde_json::json;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Window {
    /// No annual review applies (not certified).
    None,
    NotOpen {
        opens: DateTime<Utc>,
        due: DateTime<Utc>,
    },
    Open {
        opens: DateTime<Utc>,
        due: DateTime<Utc>,
    },
    Overdue {
        opens: DateTime<Utc>,
        due: DateTime<Utc>,
    },
    /// Signed and waiting for the SCSS.
    Submitted {
        due: DateTime<Utc>,
        number: i32,
    },
}

pub struct Annual {
    pub window: Window,
    /// Criteria whose answers changed inside the window — what counts for this review.
    pub changed_in_window: Vec<String>,
}

fn window_of(app: &App, due: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Window {
    let Some(due) = due else { return Window::None };
    let opens = due - app.timers().annual_review_window;
    if now < opens {
        Window::NotOpen { opens, due }
    } else if now <= due {
        Window::Open { opens, due }
    } else {
        Window::Overdue { opens, due }
    }
}

impl Annual {
    /// The annual review is open for the partner's signature.
    pub fn open(&self) -> bool {
        matches!(self.window, Window::Open { .. } | Window::Overdue { .. })
    }

    /// The viewer may sign the annual review now (the account's Officer, window open).
    pub fn can_sign(&self, v: &ProfileView) -> bool {
        self.open() && !v.reach.is_staff() && v.reach.can(Permission::Sign)
    }

    /// The viewer may approve the signed annual review (program staff who review profiles).
    pub fn can_approve(&self, v: &ProfileView) -> bool {
        matches!(self.window, Window::Submitted { .. }) && v.reach.is_staff() && v.reach.can(Permission::ReviewProfiles)
    }
}

pub async fn status(app: &App, v: &ProfileView) -> Result<Annual> {
    let now = app.now();
    let (s, _) = lifecycle::snapshot(app.db.conn(), v.reach.account.id, &app.timers()).await?;
    let due = s.annual_review_due(&app.timers());
    let mut window = window_of(app, due, now);
    if let (Some(p), Some(due)) = (&v.profile, due)
        && let Some(pending) = profiles::pending_annual(app.db.conn(), p.id).await?
    {
        window = Window::Submitted { due, number: pending.number };
    }
    let opens = match window {
        Window::Open { opens, .. } | Window::Overdue { opens, .. } => Some(opens),
        _ => None,
    };
    let changed_in_window = match opens {
        Some(o) => {
            let mut ids: Vec<String> =
                v.answers.values().filter(|a| a.updated_at >= o).map(|a| a.criterion_id.clone()).collect();
            ids.sort_by_key(|id| ctpat_domain::catalog::order_of(id).unwrap_or((u32::MAX, u32::MAX)));
            ids
        }
        None => Vec::new(),
    };
    Ok(Annual { window, changed_in_window })
}

/// The Officer signs the annual review while its window is open (or overdue).
pub async fn sign(
    app: &App,
    actor: &Actor,
    account_id: i64,
    confirmed: bool,
    password: &str,
    code: &str,
) -> Result<i32> {
    let v = view(app, actor, account_id).await?;
    if v.reach.is_staff() || !v.reach.can(Permission::Sign) {
        return Err(Error::Refused(Problem::new("err-profile-only-officer-signs")));
    }
    let a = status(app, &v).await?;
    let (Window::Open { .. } | Window::Overdue { .. }) = a.window else {
        return Err(Error::Refused(Problem::new("err-annual-not-open")));
    };
    let Some(p) = v.profile.clone() else { return Err(Error::Refused(Problem::new("err-profile-not-started"))) };
    let gaps = v.gaps();
    if !gaps.is_empty() {
        return Err(Error::Refused(Problem::new("err-profile-incomplete").with("count", gaps.len())));
    }
    let mut errors = Vec::new();
    if !confirmed {
        errors.push(Problem::new("err-profile-must-confirm").on("confirm"));
    }
    let method = crate::auth::reauth::confirm(app, actor, password, code).await.map_err(|e| errors.push(e)).ok();
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let now = app.now();
    let number = p.submissions + 1;
    let mut snap = super::review::snapshot(&v);
    snap["changed_in_window"] = json!(a.changed_in_window);
    let txn = app.db.begin().await?;
    let p = profiles::count_signed(&txn, &p, number, now).await?;
    profiles::insert_version(
        &txn,
        profiles::NewVersion {
            profile_id: p.id,
            number,
            kind: ctpat_domain::profile::VersionKind::AnnualReview,
            catalog_version_id: p.catalog_version_id,
            signed_by: actor.user.id,
            now,
            snapshot: &snap.to_string(),
        },
    )
    .await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "annual_review.signed", Outcome::Ok), account_id)
            .object("profile", p.id)
            .after(json!({"version": number, "changed_in_window": a.changed_in_window, "signed_with": method})),
    )
    .await?;
    txn.commit().await?;
    Ok(number)
}

/// The SCSS approves the signed annual review; the next one falls due a year later.
pub async fn approve(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    let v = view(app, actor, account_id).await?;
    if !(v.reach.is_staff() && v.reach.can(Permission::ReviewProfiles)) {
        return Err(Error::Forbidden);
    }
    let p = v.profile.clone().ok_or(Error::NotFound)?;
    let Some(pending) = profiles::pending_annual(app.db.conn(), p.id).await? else {
        return Err(Error::Refused(Problem::new("err-annual-nothing-to-approve")));
    };
    let now = app.now();
    let txn = app.db.begin().await?;
    lifecycle::run_in(&txn, app, actor, &v.reach, Command::ApproveAnnualReview, None).await?;
    profiles::approve_version(&txn, p.id, pending.number, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "annual_review.approved", Outcome::Ok), account_id)
            .object("profile", p.id)
            .after(json!({"version": pending.number})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The step of an annual review due at `due` that `now` is in: its window open, the first and
/// second reminders, overdue.
fn stage(now: DateTime<Utc>, due: DateTime<Utc>, t: &ctpat_domain::partner::lifecycle::Timers) -> &'static str {
    if now > due {
        "annual_overdue"
    } else if now >= due - t.reminder_second {
        "annual_14"
    } else if now >= due - t.reminder_first {
        "annual_30"
    } else {
        "annual_open"
    }
}

/// Schedule, as jobs, the steps of annual reviews whose time comes within the horizon: the
/// window opening, the two reminders (to the partner) and the overdue prompt (to the SCSS).
pub(crate) async fn plan_reminders(app: &App, now: DateTime<Utc>) -> Result<usize> {
    use crate::scheduler::{HORIZON, Kind, schedule};
    let conn = app.db.conn();
    let t = app.timers();
    let accounts =
        ctpat_store::accounts::annual_reviews_due_before(conn, now + t.annual_review_window + HORIZON, 500).await?;
    let mut planned = 0;
    for a in accounts {
        let Some(due) = a.annual_review_due else { continue };
        let steps = [
            ("annual_open", due - t.annual_review_window),
            ("annual_30", due - t.reminder_first),
            ("annual_14", due - t.reminder_second),
            ("annual_overdue", due + chrono::Duration::seconds(1)),
        ];
        for (i, (step, at)) in steps.iter().enumerate() {
            // Not yet in sight; or a later step's time has come already (only the latest goes).
            if *at > now + HORIZON || steps.get(i + 1).is_some_and(|(_, next)| *next <= now) {
                continue;
            }
            let key = format!("annual:{}:{}:{step}", a.id, due.timestamp());
            let payload = json!({"account": a.id, "due": due.to_rfc3339(), "step": step});
            if schedule(conn, Kind::AnnualReminder, &key, *at, payload, now).await? {
                planned += 1;
            }
        }
    }
    Ok(planned)
}

/// Send one planned annual-review step, in the job's transaction, while the review is still
/// due that day and `now` is still in that step.
pub(crate) async fn deliver_reminder<C: ctpat_store::ConnectionTrait>(
    txn: &C,
    app: &App,
    payload: &serde_json::Value,
    now: DateTime<Utc>,
) -> Result<crate::scheduler::Ran> {
    use crate::scheduler::Ran;
    let (Some(id), Some(due), Some(step)) = (
        payload["account"].as_i64(),
        payload["due"].as_str().and_then(|d| DateTime::parse_from_rfc3339(d).ok()).map(|d| d.with_timezone(&Utc)),
        payload["step"].as_str(),
    ) else {
        return Err(Error::Internal(format!("bad annual reminder payload {payload}")));
    };
    let t = app.timers();
    let Some(a) = ctpat_store::accounts::find(txn, ctpat_store::accounts::Scope::Program, id).await? else {
        return Ok(Ran::Skipped);
    };
    if a.annual_review_due != Some(due) || !a.status.is_certified() || stage(now, due, &t) != step {
        return Ok(Ran::Skipped);
    }
    // Once per account, due date and step, even against reminders sent before jobs existed.
    if !profiles::claim_reminder(txn, a.id, step, due, now).await? {
        return Ok(Ran::Skipped);
    }
    let kind = step;
    let org = ctpat_store::orgs::name_of(txn, a.organization_id).await?;
    let notice = crate::notifications::Notice {
        kind: ctpat_domain::notice::NoticeKind::Deadline,
        account_id: Some(a.id),
        message: match kind {
            "annual_overdue" => "centre-annual-overdue",
            "annual_open" => "centre-annual-open",
            _ => "centre-annual-due",
        },
        args: vec![("organization", org), ("date", due.format("%Y-%m-%d").to_string())],
        refs: Vec::new(),
        link: format!("/accounts/{}/profile", a.id),
    };
    if kind == "annual_overdue" {
        // The SCSS is prompted to propose a suspension.
        if let Some(scss) = a.assigned_scss_id {
            crate::notifications::tell(txn, app, scss, &notice).await?;
        }
    } else {
        crate::notifications::tell_account(txn, app, a.id, crate::notifications::Contacts::Deciders, &notice).await?;
    }
    let e = audit::system(&crate::RequestMeta::default(), now, "annual_review.reminder_sent", "scheduler");
    ctpat_store::audit::append(
        txn,
        for_account(e, a.id)
            .object("account", a.id)
            .after(json!({"kind": kind, "due": ctpat_domain::audit::canonical_time(due)})),
    )
    .await?;
    Ok(Ran::Done)
}
