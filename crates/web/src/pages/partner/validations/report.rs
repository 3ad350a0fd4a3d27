//! The validation report: submitted by the SCSS, decided by a Supervisor, and the Validation
//! summary the partner reads.

use super::*;
use crate::form::pairs;

pub async fn submit_report(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let input = validations::report::ReportInput {
        summary: get(&p, "report_summary"),
        outcome: get(&p, "report_outcome"),
        follow_up_due: get(&p, "report_follow_up_due"),
        version: get(&p, "version"),
    };
    let result = validations::report::submit(&state.app, &viewer.actor, id, vid, &input).await;
    after(&state, ctx, &viewer, (id, vid), p, result, "report-submitted").await
}

pub async fn decide_report(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let input = validations::report::DecisionInput {
        decision: get(&p, "report_decision"),
        comment: get(&p, "report_comment"),
        version: get(&p, "version"),
    };
    let result = validations::report::decide(&state.app, &viewer.actor, id, vid, &input).await;
    let notice = if input.decision == "approve" { "report-approved" } else { "report-returned" };
    after(&state, ctx, &viewer, (id, vid), p, result, notice).await
}

#[derive(Template)]
#[template(path = "validation_summary.html")]
pub struct SummaryPage {
    ctx: PageCtx,
    head: AccountHead,
    v: Row,
}

/// The Validation summary: the approved report with its outcome and findings, for the partner
/// (and staff), printable.
pub async fn summary(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let (r, v) = validations::find(&state.app, &viewer.actor, id, vid).await?;
    if v.validation.status != ctpat_domain::validation::ValidationStatus::Approved {
        return Err(WebError::NotFound);
    }
    let head = AccountHead::build(&state, &ctx, &viewer, &r).await?;
    let v = row(&ctx, id, &v);
    Ok(render(&SummaryPage { ctx, head, v }))
}
