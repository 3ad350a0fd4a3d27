//! Demo validations, through the same use cases as the pages: a completed validation with an
//! approved Tier III report, one under way with findings (one answered, one overdue), and one
//! scheduled for a validation group of two linked accounts.

use crate::App;
use crate::actor::{Actor, RequestMeta};
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::validations::findings::{self, FindingInput};
use crate::validations::report::{self, DecisionInput, ReportInput};
use crate::validations::{self, ScheduleInput};
use ctpat_domain::audit::Outcome as AuditOutcome;

fn day(app: &App, days: i64) -> String {
    (app.now() + chrono::Duration::days(days)).format("%Y-%m-%d").to_string()
}

/// A validation held today (a Supervisor's short notice, with the reason), as the demo's past.
async fn held_today(app: &App, supervisor: &Actor, account_id: i64, site: &str) -> Result<i64> {
    validations::schedule(
        app,
        supervisor,
        account_id,
        &ScheduleInput {
            start: day(app, 0),
            end: day(app, 0),
            sites: vec![("domestic".into(), site.into())],
            short_notice_reason: "Demo data: a validation held on the day the demo was loaded.".into(),
            ..Default::default()
        },
    )
    .await
}

async fn version(app: &App, actor: &Actor, account_id: i64, validation_id: i64) -> Result<String> {
    Ok(validations::find(app, actor, account_id, validation_id).await?.1.validation.version.to_string())
}

/// Validate an account through a validation and its report: a best practice found, the report
/// proposing Tier III by the SCSS, approved by the Supervisor with the reason.
pub(super) async fn validated_tier_three(app: &App, scss: &Actor, supervisor: &Actor, account_id: i64) -> Result<()> {
    let vid = held_today(app, supervisor, account_id, "Northwind distribution centre, Baltimore").await?;
    findings::record(
        app,
        scss,
        account_id,
        vid,
        &FindingInput {
            kind: "best_practice".into(),
            criteria: "1.1".into(),
            text: "Demo: the security program is reviewed by the board every quarter, with minutes.".into(),
            ..Default::default()
        },
    )
    .await?;
    report::submit(
        app,
        scss,
        account_id,
        vid,
        &ReportInput {
            summary: "Demo: every criterion seen in practice; seal control and staff training exceed the criteria."
                .into(),
            outcome: "tier_three".into(),
            version: version(app, scss, account_id, vid).await?,
            ..Default::default()
        },
    )
    .await?;
    report::decide(
        app,
        supervisor,
        account_id,
        vid,
        &DecisionInput {
            decision: "approve".into(),
            comment: "Demo: best practices in security vision and seal control.".into(),
            version: version(app, supervisor, account_id, vid).await?,
        },
    )
    .await
}

/// A validation under way with two required actions: one answered by the partner, one whose
/// answer is late.
pub(super) async fn in_progress(
    app: &App,
    officer: &Actor,
    scss: &Actor,
    supervisor: &Actor,
    account_id: i64,
) -> Result<()> {
    let vid = held_today(app, supervisor, account_id, "Pacific Crest terminal, Long Beach").await?;
    let answered = findings::record(
        app,
        scss,
        account_id,
        vid,
        &FindingInput {
            kind: "required_action".into(),
            criteria: "1.1".into(),
            text: "Demo: the seal log misses the verifier's name on 12 entries.".into(),
            ..Default::default()
        },
    )
    .await?;
    findings::answer(
        app,
        officer,
        account_id,
        vid,
        answered,
        "Demo: the seal log now has a required 'verified by' column; the 12 entries were completed.",
    )
    .await?;
    let late = findings::record(
        app,
        scss,
        account_id,
        vid,
        &FindingInput {
            kind: "required_action".into(),
            criteria: "1.2".into(),
            text: "Demo: no written procedure for reporting suspicious activity to CBP.".into(),
            ..Default::default()
        },
    )
    .await?;
    // A required action due in a month: its first reminder is planned as a job (`ctpat jobs`).
    findings::record(
        app,
        scss,
        account_id,
        vid,
        &FindingInput {
            kind: "required_action".into(),
            criteria: "1.3".into(),
            text: "Demo: the security program review has no written record.".into(),
            due: (app.now() + chrono::Duration::days(31)).format("%Y-%m-%d").to_string(),
            ..Default::default()
        },
    )
    .await?;
    // The demo shows a late answer at once: its day is moved back, and the trail says so.
    let now = app.now();
    let txn = app.db.begin().await?;
    ctpat_store::findings::set_due(&txn, late, (now - chrono::Duration::days(3)).date_naive()).await?;
    let mut e = audit::anonymous(&RequestMeta::cli(), now, "demo.finding_due_moved", AuditOutcome::Ok);
    e.actor = Some("demo loader".into());
    ctpat_store::audit::append(&txn, for_account(e, account_id).object("validation_finding", late)).await?;
    txn.commit().await?;
    Ok(())
}

/// A validation of the whole group, scheduled with the notice the program gives.
pub(super) async fn scheduled_for_group(app: &App, scss: &Actor, account_id: i64) -> Result<()> {
    validations::schedule(
        app,
        scss,
        account_id,
        &ScheduleInput {
            start: day(app, 45),
            end: day(app, 46),
            sites: vec![
                ("domestic".into(), "Northwind Imports head office, Baltimore".into()),
                ("virtual".into(), "Video review of the export documentation".into()),
            ],
            whole_group: true,
            ..Default::default()
        },
    )
    .await
    .map(|_| ())
    .map_err(|e| match e {
        Error::Invalid(p) => Error::Internal(format!("demo group validation: {p:?}")),
        e => e,
    })
}
