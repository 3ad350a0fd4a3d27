//! The scheduler's board for the system administrator: pending, running and failed jobs, and
//! a button that runs a failed one again.

use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::jobs::{self, OperateJobs};

pub struct JobRow {
    pub id: i64,
    pub kind: String,
    pub key: String,
    pub status: String,
    pub failed: bool,
    pub run_at: String,
    pub attempts: String,
    pub error: String,
}

#[derive(Template)]
#[template(path = "jobs.html")]
pub struct JobsPage {
    ctx: PageCtx,
    form: FormView,
    counts: Vec<(String, i64)>,
    jobs: Vec<JobRow>,
}

async fn page(state: &AppState, ctx: PageCtx, viewer: &Viewer, form: FormView) -> Result<JobsPage, WebError> {
    let can = viewer.actor.can::<OperateJobs>()?;
    let board = jobs::board_for(&state.app, &can, 500).await?;
    Ok(JobsPage {
        counts: board.counts.into_iter().map(|(s, n)| (ctx.t(&format!("job-status-{s}")), n)).collect(),
        jobs: board
            .jobs
            .into_iter()
            .map(|j| JobRow {
                kind: ctx.t(&format!("job-{}", j.kind.replace('.', "-"))),
                failed: j.status == "failed",
                status: ctx.t(&format!("job-status-{}", j.status)),
                run_at: j.run_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                attempts: format!("{}/{}", j.attempts, j.max_attempts),
                error: j.last_error.unwrap_or_default(),
                key: j.key,
                id: j.id,
            })
            .collect(),
        form,
        ctx,
    })
}

pub async fn list(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    Ok(render(&page(&state, ctx, &viewer, FormView::default()).await?))
}

pub async fn retry(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<OperateJobs>()?;
    match jobs::retry(&state.app, &can, id).await {
        Ok(()) => Ok(Redirect::to("/admin/jobs?notice=job-retried").into_response()),
        Err(e) => rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, &viewer, form)).await,
    }
}
