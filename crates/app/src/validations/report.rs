//! The validation report: the SCSS submits a summary with the proposed outcome (the findings
//! are already on the validation); a Supervisor who did not write it approves it — and the
//! outcome applies to every account covered, each through its lifecycle — or returns it with a
//! comment.

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use crate::partner::{lifecycle, reach};
use chrono::NaiveDate;
use ctpat_domain::partner::lifecycle::{Command, SuspensionReason};
use ctpat_domain::validation::{Outcome, Validation, ValidationStatus};
use ctpat_domain::{Permission, Problem};
use ctpat_store::ConnectionTrait;
use ctpat_store::validations as store;
use serde_json::json;

const SUMMARY_MAX: usize = 20_000;

/// The report as the SCSS types it.
#[derive(Debug, Clone, Default)]
pub struct ReportInput {
    pub summary: String,
    /// One of the outcome keys.
    pub outcome: String,
    /// For a follow-up: the day the required actions are due (`YYYY-MM-DD`).
    pub follow_up_due: String,
    pub version: String,
}

async fn covered<C: ConnectionTrait>(
    conn: &C,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    version: &str,
) -> Result<(Validation, Vec<i64>)> {
    let r = reach(conn, actor, account_id).await?;
    let v = store::find(conn, validation_id).await?.ok_or(Error::NotFound)?;
    let accounts = store::accounts_of(conn, v.id).await?;
    if !accounts.contains(&account_id) || !r.is_staff() {
        return Err(Error::NotFound);
    }
    if version.trim().parse::<i32>().ok() != Some(v.version) {
        return Err(Error::ChangedMeanwhile);
    }
    Ok((v, accounts))
}

/// The SCSS submits the report for a Supervisor's decision.
pub async fn submit(app: &App, actor: &Actor, account_id: i64, validation_id: i64, input: &ReportInput) -> Result<()> {
    if !actor.has(Permission::ScheduleValidations) {
        return Err(Error::Forbidden);
    }
    let now = app.now();
    let mut errors = Vec::new();
    let summary = input.summary.trim();
    if summary.is_empty() {
        errors.push(Problem::new("err-required").on("report_summary"));
    } else if summary.chars().count() > SUMMARY_MAX {
        errors.push(Problem::new("err-too-long").with("max", SUMMARY_MAX).on("report_summary"));
    }
    let outcome = Outcome::from_key(input.outcome.trim());
    if outcome.is_none() {
        errors.push(Problem::new("err-choose-one").on("report_outcome"));
    }
    let follow_up_due = match (outcome, input.follow_up_due.trim()) {
        (Some(Outcome::FollowUp), raw) => match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            Ok(d) if d > now.date_naive() => Some(d),
            Ok(_) => {
                errors.push(Problem::new("err-date-past").on("report_follow_up_due"));
                None
            }
            Err(_) => {
                errors.push(Problem::new("err-date").on("report_follow_up_due"));
                None
            }
        },
        _ => None,
    };
    let txn = app.db.begin().await?;
    let (v, accounts) = covered(&txn, actor, account_id, validation_id, &input.version).await?;
    if v.status != ValidationStatus::Scheduled {
        return Err(Error::Refused(Problem::new("err-report-not-open")));
    }
    let (Some(outcome), true) = (outcome, errors.is_empty()) else { return Err(Error::Invalid(errors)) };
    let v = store::submit_report(&txn, &v, summary, outcome, follow_up_due, actor.user.id, now).await?;
    let after = json!({"outcome": outcome.key(), "follow_up_due": follow_up_due});
    super::audit_covered(&txn, actor, now, "validation.report_submitted", &accounts, ("validation", v.id), after)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// A Supervisor's decision on the report.
#[derive(Debug, Clone, Default)]
pub struct DecisionInput {
    /// `approve` or `return`.
    pub decision: String,
    /// Why it goes back (returning), or why Tier III (approving that outcome).
    pub comment: String,
    pub version: String,
}

/// A Supervisor who did not write the report approves it — the outcome applies to every account
/// covered in this one transaction — or returns it to its author with a comment.
pub async fn decide(
    app: &App,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    input: &DecisionInput,
) -> Result<()> {
    if !actor.has(Permission::ApproveValidationReports) {
        return Err(Error::Forbidden);
    }
    let now = app.now();
    let comment = input.comment.trim();
    let txn = app.db.begin().await?;
    let (v, accounts) = covered(&txn, actor, account_id, validation_id, &input.version).await?;
    let Some(report) = v.report.clone().filter(|_| v.status == ValidationStatus::ReportSubmitted) else {
        return Err(Error::Refused(Problem::new("err-report-not-submitted")));
    };
    if report.author == actor.user.id {
        return Err(Error::Refused(Problem::new("refusal-own-proposal")));
    }
    let approve = match input.decision.trim() {
        "approve" => true,
        "return" => false,
        _ => return Err(Error::Invalid(vec![Problem::new("err-choose-one").on("report_decision")])),
    };
    let needs_comment = !approve || report.outcome == Outcome::TierThree;
    if needs_comment && comment.is_empty() {
        let code = if approve { "err-report-tier-three-reason" } else { "err-report-return-comment" };
        return Err(Error::Invalid(vec![Problem::new(code).on("report_comment")]));
    }
    let (back, tier_reason) = match (approve, report.outcome) {
        (false, _) => (Some(comment.to_string()), None),
        (true, Outcome::TierThree) => (None, Some(comment.to_string())),
        (true, _) => (None, None),
    };
    let decided = store::decide_report(&txn, &v, approve, back, tier_reason, actor.user.id, now).await?;
    if approve {
        // The outcome, on every account the validation covers, through its lifecycle.
        for id in &accounts {
            let r = reach(&txn, actor, *id).await?;
            let cmd = match report.outcome {
                Outcome::Validated => {
                    Some(Command::ApproveValidation { report_author: report.author, tier_three: false })
                }
                Outcome::TierThree => {
                    Some(Command::ApproveValidation { report_author: report.author, tier_three: true })
                }
                Outcome::Suspension => Some(Command::ProposeSuspension { reason: SuspensionReason::FailedValidation }),
                Outcome::FollowUp => None,
            };
            if let Some(cmd) = cmd {
                lifecycle::run_in(&txn, app, actor, &r, cmd, None).await?;
            }
        }
    }
    let action = if approve { "validation.report_approved" } else { "validation.report_returned" };
    let after = json!({"outcome": report.outcome.key(), "comment": comment});
    super::audit_covered(&txn, actor, now, action, &accounts, ("validation", decided.id), after).await?;
    txn.commit().await?;
    Ok(())
}
