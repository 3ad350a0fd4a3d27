//! Findings of a validation: recorded by the SCSS, answered (with files) by the partner, closed
//! or reopened by the SCSS.

use super::*;
use crate::form::pairs;

pub async fn record_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let input = validations::FindingInput {
        kind: get(&p, "finding_kind"),
        criteria: get(&p, "finding_criteria"),
        site: get(&p, "finding_site"),
        text: get(&p, "finding_text"),
        due: get(&p, "finding_due"),
    };
    match validations::findings::record(&state.app, &viewer.actor, id, vid, &input).await {
        Ok(fid) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=finding-recorded#finding-{fid}"))
            .into_response()),
        Err(e) => {
            again(
                &state,
                ctx,
                &viewer,
                (id, vid),
                FormView { values: p.into_iter().collect(), ..Default::default() },
                e,
            )
            .await
        }
    }
}

pub async fn answer_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid, fid)): Path<(i64, i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    match validations::findings::answer(&state.app, &viewer.actor, id, vid, fid, &get(&p, "response")).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=finding-answered#finding-{fid}"))
            .into_response()),
        Err(e) => {
            let mut typed = FormView { values: p.into_iter().collect(), ..Default::default() };
            typed.values.insert("finding".into(), fid.to_string());
            again(&state, ctx, &viewer, (id, vid), typed, e).await
        }
    }
}

async fn decide_finding(
    state: AppState,
    ctx: PageCtx,
    viewer: Viewer,
    (id, vid, fid): (i64, i64, i64),
    body: axum::body::Bytes,
    close: bool,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let done = validations::findings::decide(
        &state.app,
        &viewer.actor,
        id,
        vid,
        fid,
        close,
        &get(&p, "comment"),
        &get(&p, "version"),
    )
    .await;
    match done {
        Ok(()) => {
            let notice = if close { "finding-closed" } else { "finding-reopened" };
            Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice={notice}#finding-{fid}")).into_response())
        }
        Err(e) => {
            let mut typed = FormView { values: p.into_iter().collect(), ..Default::default() };
            typed.values.insert("finding".into(), fid.to_string());
            again(&state, ctx, &viewer, (id, vid), typed, e).await
        }
    }
}

pub async fn close_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(ids): Path<(i64, i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    decide_finding(state, ctx, viewer, ids, body, true).await
}

pub async fn reopen_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(ids): Path<(i64, i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    decide_finding(state, ctx, viewer, ids, body, false).await
}

/// A file for the answer to a finding: streamed under the same rules as the profile's evidence.
pub async fn upload_finding_file(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid, fid)): Path<(i64, i64, i64)>,
    mut multipart: axum::extract::Multipart,
) -> Result<Response, WebError> {
    use crate::pages::evidence::{Received, receive};
    // Who may send a file here is decided before a byte of it is read.
    let permit = match ctpat_app::files::begin_finding_file(&state.app, &viewer.actor, id, vid, fid).await {
        Ok(p) => p,
        Err(e @ (ctpat_app::Error::Invalid(_) | ctpat_app::Error::Refused(_))) => {
            let typed = FormView::with_values([("finding", fid.to_string().as_str())]);
            return again(&state, ctx, &viewer, (id, vid), typed, e).await;
        }
        Err(e) => return Err(e.into()),
    };
    let stored = match receive(&state, permit, &mut multipart, &viewer).await {
        Received::Stored(r) => r,
        Received::NoFile => {
            Err(ctpat_app::Error::Invalid(vec![ctpat_domain::Problem::new("err-file-missing").on("file")]))
        }
        Received::Failed(how) => return Ok(how.page(ctx)),
    };
    match stored {
        Ok(_) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=file-uploaded#finding-{fid}"))
            .into_response()),
        Err(e) => {
            let typed = FormView::with_values([("finding", fid.to_string().as_str())]);
            again(&state, ctx, &viewer, (id, vid), typed, e).await
        }
    }
}
