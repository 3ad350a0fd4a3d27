//! The five steps of the risk assessment.

use super::fields::ProfileForm;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::pages::partner::AccountHead;
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::profile::{self};
use ctpat_domain::profile::RISK_STEPS;
#[derive(Template)]
#[template(path = "profile_risk.html")]
pub struct RiskPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    steps: Vec<(String, String, String, String)>,
    editable: bool,
}

async fn risk_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<RiskPage, WebError> {
    let v = profile::view(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &v.reach).await?;
    let typed = !form.values.is_empty();
    let steps = RISK_STEPS
        .iter()
        .map(|n| {
            let name = format!("risk-{n}");
            let saved = v.risk.iter().find(|r| r.step == i32::from(*n)).map(|r| r.content.clone()).unwrap_or_default();
            let content = if typed { form.value(&name).to_string() } else { saved };
            (name, ctx.t(&format!("risk-step-{n}")), ctx.t(&format!("risk-step-{n}-hint")), content)
        })
        .collect();
    Ok(RiskPage { editable: v.editable(), steps, head, form, ctx })
}

pub async fn risk(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&risk_page(&state, ctx, &viewer, id, FormView::default()).await?))
}

pub async fn save_risk(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(f): Form<ProfileForm>,
) -> Result<Response, WebError> {
    match profile::save_risk(&state.app, &viewer.actor, id, &f.risk_steps()).await {
        Ok(()) if headers.contains_key("x-autosave") => Ok(StatusCode::NO_CONTENT.into_response()),
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/profile/risk?notice=profile-saved")).into_response()),
        Err(e) => rerender(ctx, f.typed(), e, |ctx, form| risk_page(&state, ctx, &viewer, id, form)).await,
    }
}
