//! Scheduling a validation, moving it and calling it off.

use super::*;
use crate::form::pairs;
use ctpat_app::validations::{ChangeInput, ScheduleInput};
use ctpat_domain::validation::SiteKind;

#[derive(Template)]
#[template(path = "validation_new.html")]
pub struct NewPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    refusal: Option<String>,
    group: Option<(String, Vec<String>)>,
    specialists: Vec<(String, String, bool)>,
    needs_foreign_site: bool,
    may_shorten_notice: bool,
    notice_days: i64,
    site_rows: Vec<usize>,
    site_kinds: Vec<(String, String)>,
}

async fn new_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<NewPage, WebError> {
    let f = validations::schedule_form(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &f.reach).await?;
    let mut site_kinds = vec![(String::new(), ctx.t("choose"))];
    site_kinds.extend(SiteKind::ALL.iter().map(|k| (k.key().to_string(), ctx.t(&format!("site-kind-{}", k.key())))));
    let ticked: Vec<&str> = form.values.get("team").map(|t| t.split(',').collect()).unwrap_or_default();
    Ok(NewPage {
        specialists: f
            .specialists
            .iter()
            .map(|(sid, name)| (sid.to_string(), name.clone(), ticked.contains(&sid.to_string().as_str())))
            .collect(),
        refusal: f.refusal.as_ref().map(|p| ctx.problem(p)),
        group: f.group,
        needs_foreign_site: f.needs_foreign_site,
        may_shorten_notice: f.may_shorten_notice,
        notice_days: f.notice_days,
        site_rows: (1..=f.site_rows).collect(),
        site_kinds,
        head,
        form,
        ctx,
    })
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&new_page(&state, ctx, &viewer, id, FormView::default()).await?))
}

pub async fn schedule(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let team: Vec<String> = p.iter().filter(|(k, _)| k == "team").map(|(_, v)| v.clone()).collect();
    let input = ScheduleInput {
        start: get(&p, "start"),
        end: get(&p, "end"),
        sites: (1..=validations::schedule::SITE_ROWS)
            .map(|n| (get(&p, &format!("site_kind-{n}")), get(&p, &format!("site_name-{n}"))))
            .collect(),
        team: team.clone(),
        whole_group: get(&p, "whole_group") == "on",
        short_notice_reason: get(&p, "short_notice_reason"),
    };
    match validations::schedule(&state.app, &viewer.actor, id, &input).await {
        Ok(vid) => {
            Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=validation-scheduled")).into_response())
        }
        Err(e) => {
            let mut typed =
                FormView { values: p.into_iter().filter(|(k, _)| k != "team").collect(), ..Default::default() };
            typed.values.insert("team".into(), team.join(","));
            rerender(ctx, typed, e, |ctx, form| new_page(&state, ctx, &viewer, id, form)).await
        }
    }
}

fn change_input(p: &[(String, String)]) -> ChangeInput {
    ChangeInput {
        start: get(p, "start"),
        end: get(p, "end"),
        reason: get(p, "change_reason"),
        short_notice_reason: get(p, "short_notice_reason"),
        version: get(p, "version"),
    }
}

pub async fn reschedule(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let result = validations::reschedule(&state.app, &viewer.actor, id, vid, &change_input(&p)).await.map(|_| ());
    after(&state, ctx, &viewer, (id, vid), p, result, "validation-rescheduled").await
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let result = validations::cancel(&state.app, &viewer.actor, id, vid, &change_input(&p)).await.map(|_| ());
    after(&state, ctx, &viewer, (id, vid), p, result, "validation-cancelled").await
}
