//! The program's timers as deployment policy: the deployment's settings give the defaults (the
//! program's published values), HQ changes them on the policies page (audited), and every
//! server reads the current values from the database at start and with each sweep.

use crate::App;
use crate::actor::Can;
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use crate::partner::bond::EditPolicy;
use chrono::Duration;
use ctpat_domain::Problem;
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::lifecycle::Timers;
use serde_json::json;

/// One timer HQ can change: its key, its unit, and how to read and write it.
pub struct Timer {
    pub key: &'static str,
    /// `days` or `years`.
    pub unit: &'static str,
    get: fn(&Timers) -> i64,
    set: fn(&mut Timers, i64),
}

fn days(d: Duration) -> i64 {
    d.num_days()
}

/// The timers HQ may change, in the order the page lists them.
pub const EDITABLE: [Timer; 13] = [
    Timer {
        key: "certification_target",
        unit: "days",
        get: |t| days(t.certification_target),
        set: |t, v| t.certification_target = Duration::days(v),
    },
    Timer {
        key: "first_validation_within",
        unit: "days",
        get: |t| days(t.first_validation_within),
        set: |t, v| t.first_validation_within = Duration::days(v),
    },
    Timer {
        key: "revalidation_years",
        unit: "years",
        get: |t| i64::from(t.revalidation_years),
        set: |t, v| t.revalidation_years = v as i32,
    },
    Timer {
        key: "validation_notice",
        unit: "days",
        get: |t| days(t.validation_notice),
        set: |t, v| t.validation_notice = Duration::days(v),
    },
    Timer {
        key: "finding_response",
        unit: "days",
        get: |t| days(t.finding_response),
        set: |t, v| t.finding_response = Duration::days(v),
    },
    Timer {
        key: "annual_review_window",
        unit: "days",
        get: |t| days(t.annual_review_window),
        set: |t, v| t.annual_review_window = Duration::days(v),
    },
    Timer {
        key: "suspension_response",
        unit: "days",
        get: |t| days(t.suspension_response),
        set: |t, v| t.suspension_response = Duration::days(v),
    },
    Timer {
        key: "reapply_bar",
        unit: "days",
        get: |t| days(t.reapply_bar),
        set: |t, v| t.reapply_bar = Duration::days(v),
    },
    Timer {
        key: "appeal_window",
        unit: "days",
        get: |t| days(t.appeal_window),
        set: |t, v| t.appeal_window = Duration::days(v),
    },
    Timer {
        key: "appeal_window_false_information",
        unit: "days",
        get: |t| days(t.appeal_window_false_information),
        set: |t, v| t.appeal_window_false_information = Duration::days(v),
    },
    Timer {
        key: "appeal_decision_within",
        unit: "days",
        get: |t| days(t.appeal_decision_within),
        set: |t, v| t.appeal_decision_within = Duration::days(v),
    },
    Timer {
        key: "reminder_first",
        unit: "days",
        get: |t| days(t.reminder_first),
        set: |t, v| t.reminder_first = Duration::days(v),
    },
    Timer {
        key: "reminder_second",
        unit: "days",
        get: |t| days(t.reminder_second),
        set: |t, v| t.reminder_second = Duration::days(v),
    },
];

fn policy_key(key: &str) -> String {
    format!("timer.{key}")
}

/// The range a timer may take: 1 to 3,650 days, or 1 to 10 years.
fn range(unit: &str) -> (i64, i64) {
    if unit == "years" { (1, 10) } else { (1, 3650) }
}

/// Read the timers HQ has set (the deployment's values for the rest) into the running app.
pub async fn load(app: &App) -> Result<()> {
    let mut t = app.settings.timers;
    for timer in &EDITABLE {
        if let Some(v) = ctpat_store::policies::policy(app.db.conn(), &policy_key(timer.key)).await? {
            let (lo, hi) = range(timer.unit);
            match v.parse::<i64>() {
                Ok(n) if (lo..=hi).contains(&n) => (timer.set)(&mut t, n),
                _ => tracing::error!(timer = timer.key, value = %v, "ignoring a stored timer out of range"),
            }
        }
    }
    app.set_timers(t);
    Ok(())
}

/// A timer as the policies page shows it: its key, unit, current value and the default.
pub fn list(app: &App) -> Vec<(&'static str, &'static str, i64, i64)> {
    let now = app.timers();
    EDITABLE.iter().map(|t| (t.key, t.unit, (t.get)(&now), (t.get)(&app.settings.timers))).collect()
}

/// HQ sets timers (key → typed value); every value is checked first and nothing is written
/// unless all are valid. Returns how many changed.
pub async fn set(app: &App, can: &Can<'_, EditPolicy>, typed: &[(String, String)]) -> Result<usize> {
    let before = app.timers();
    let mut after = before;
    let mut errors = Vec::new();
    for timer in &EDITABLE {
        let Some((_, raw)) = typed.iter().find(|(k, _)| k == timer.key) else { continue };
        let (lo, hi) = range(timer.unit);
        match raw.trim().parse::<i64>() {
            Ok(n) if (lo..=hi).contains(&n) => (timer.set)(&mut after, n),
            _ => errors.push(Problem::new("err-timer-range").with("min", lo).with("max", hi).on(timer.key)),
        }
    }
    // The second reminder comes after the first, closer to the deadline.
    if errors.is_empty() && after.reminder_second >= after.reminder_first {
        errors.push(Problem::new("err-reminder-order").on("reminder_second"));
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    let mut changed = 0;
    for timer in &EDITABLE {
        let (old, new) = ((timer.get)(&before), (timer.get)(&after));
        if old == new {
            continue;
        }
        ctpat_store::policies::set_policy(&txn, &policy_key(timer.key), &new.to_string(), can.actor.user.id, now)
            .await?;
        ctpat_store::audit::append(
            &txn,
            audit::by(can.actor, now, "policy.timer_changed", Outcome::Ok)
                .object("program_policy", 0)
                .before(json!({"timer": timer.key, "value": old}))
                .after(json!({"timer": timer.key, "value": new})),
        )
        .await?;
        changed += 1;
    }
    txn.commit().await?;
    app.set_timers(after);
    Ok(changed)
}
