//! Validation pages: an account's validations (upcoming, in progress, history), one validation
//! with its accounts, sites, team, changes, findings and report, the SCSS's schedule form, the
//! Validation summary, and the program's lists. The page of one validation is here; the forms
//! that act on it are in the submodules.

mod findings;
mod findings_list;
mod program;
mod report;
mod rows;
mod schedule;

pub use findings::{answer_finding, close_finding, record_finding, reopen_finding, upload_finding_file};
pub use findings_list::{findings_export, findings_list};
pub use program::{due_export, program};
pub use report::{decide_report, submit_report, summary};
pub use schedule::{cancel, new_form, reschedule, schedule};

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::validations;
use rows::{Row, row};

#[derive(Template)]
#[template(path = "validations.html")]
pub struct ListPage {
    ctx: PageCtx,
    head: AccountHead,
    /// (heading id, heading message, rows): upcoming, in progress, history.
    sections: Vec<(&'static str, &'static str, Vec<Row>)>,
    can_schedule: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (r, all) = validations::of_account(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(&state, &ctx, &viewer, &r).await?;
    let today = state.app.now().date_naive();
    let pick = |phase: &str| all.iter().filter(|v| v.phase(today) == phase).map(|v| row(&ctx, id, v)).collect();
    let page = ListPage {
        sections: vec![
            ("h-upcoming", "validations-upcoming", pick("upcoming")),
            ("h-in-progress", "validations-in-progress", pick("in_progress")),
            ("h-history", "validations-history", pick("history")),
        ],
        can_schedule: validations::schedule_form(&state.app, &viewer.actor, id)
            .await
            .is_ok_and(|f| f.refusal.is_none()),
        head,
        ctx,
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "validation.html")]
pub struct OnePage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    v: Row,
    may_shorten_notice: bool,
    kind_options: Vec<(String, String)>,
    outcome_options: Vec<(String, String)>,
}

async fn one_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    vid: i64,
    form: FormView,
) -> Result<OnePage, WebError> {
    let (r, v) = validations::find(&state.app, &viewer.actor, id, vid).await?;
    let head = AccountHead::build(state, &ctx, viewer, &r).await?;
    let v = row(&ctx, id, &v);
    // The reschedule form starts from the dates as they are.
    let mut form = form;
    if !form.values.contains_key("start") {
        form.values.insert("start".into(), v.start.clone());
        form.values.insert("end".into(), v.end.clone());
    }
    let mut kind_options = vec![(String::new(), ctx.t("choose"))];
    kind_options.extend(
        ctpat_domain::validation::FindingKind::ALL
            .iter()
            .map(|k| (k.key().to_string(), ctx.t(&format!("finding-kind-{}", k.key())))),
    );
    let mut outcome_options = vec![(String::new(), ctx.t("choose"))];
    outcome_options.extend(
        ctpat_domain::validation::Outcome::ALL
            .iter()
            .map(|o| (o.key().to_string(), ctx.t(&format!("report-outcome-{}", o.key())))),
    );
    Ok(OnePage {
        outcome_options,
        kind_options,
        v,
        may_shorten_notice: viewer.actor.staff_role() == Some(ctpat_domain::StaffRole::Supervisor),
        head,
        form,
        ctx,
    })
}

/// The validation's page again, with what was posted and the use case's refusal on it.
async fn again(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    (id, vid): (i64, i64),
    typed: FormView,
    e: ctpat_app::Error,
) -> Result<Response, WebError> {
    rerender(ctx, typed, e, |ctx, form| one_page(state, ctx, viewer, id, vid, form)).await
}

/// After a command on the validation: its page with the notice, or the page again with what
/// was posted and the refusal.
async fn after(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    (id, vid): (i64, i64),
    posted: Vec<(String, String)>,
    result: ctpat_app::Result<()>,
    notice: &str,
) -> Result<Response, WebError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice={notice}")).into_response()),
        Err(e) => {
            again(
                state,
                ctx,
                viewer,
                (id, vid),
                FormView { values: posted.into_iter().collect(), ..Default::default() },
                e,
            )
            .await
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    Ok(render(&one_page(&state, ctx, &viewer, id, vid, FormView::default()).await?))
}

fn get(p: &[(String, String)], k: &str) -> String {
    p.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default()
}
