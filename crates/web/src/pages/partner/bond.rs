//! The bond page of an account, the SCSS's list of pending bond change requests, and the HQ
//! program-policy page.

use super::AccountHead;
use crate::error::WebError;
use crate::form::FormView;
use crate::form::rerender;
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::partner::application::{BOND_TYPES, BondInput};
use ctpat_app::partner::bond::{self, BondRight, EditPolicy};
use ctpat_app::partner::views::BondRequest;
use ctpat_domain::partner::bond::BondRequestStatus;
use serde::{Deserialize, Serialize};

pub struct RequestView {
    pub id: i64,
    pub number: String,
    pub bond_type: String,
    pub surety: String,
    pub effective_on: String,
    pub status: String,
    pub pending: bool,
    pub requested_at: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "bond.html")]
pub struct BondPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    current: Option<(String, String, String, String)>,
    requests: Vec<RequestView>,
    can_edit: bool,
    can_request: bool,
    can_decide: bool,
    bond_options: Vec<(String, String)>,
}

fn request_view(ctx: &PageCtx, r: &BondRequest) -> RequestView {
    RequestView {
        id: r.id,
        number: r.number.clone(),
        bond_type: ctx.t(&format!("bond-type-{}", r.bond_type)),
        surety: r.surety.clone().unwrap_or_default(),
        effective_on: r.effective_on.clone().unwrap_or_default(),
        status: ctx.t(&format!("bond-request-{}", r.status)),
        pending: r.status == BondRequestStatus::Pending,
        requested_at: ctx.date(r.requested_at),
        note: r.decision_note.clone().unwrap_or_default(),
    }
}

async fn bond_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<BondPage, WebError> {
    let p = bond::page(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    let mut options = vec![(String::new(), ctx.t("choose"))];
    options.extend(BOND_TYPES.iter().map(|k| (k.to_string(), ctx.t(&format!("bond-type-{k}")))));
    Ok(BondPage {
        current: p.bond.as_ref().map(|b| {
            (
                b.number.clone(),
                ctx.t(&format!("bond-type-{}", b.bond_type)),
                b.surety.clone().unwrap_or_default(),
                b.effective_on.clone().unwrap_or_default(),
            )
        }),
        requests: p.requests.iter().map(|r| request_view(&ctx, r)).collect(),
        can_edit: p.right == BondRight::Edit,
        can_request: p.right == BondRight::Request,
        can_decide: p.can_decide,
        bond_options: options,
        head,
        form,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&bond_page(&state, ctx, &viewer, id, FormView::default()).await?))
}

/// A bond as typed on the bond page.
#[derive(Deserialize, Serialize)]
pub struct BondForm {
    #[serde(default)]
    bond_number: String,
    #[serde(default)]
    bond_type: String,
    #[serde(default)]
    bond_surety: String,
    #[serde(default)]
    bond_effective_on: String,
}

/// A decision on a bond change request.
#[derive(Deserialize, Serialize)]
pub struct DecisionForm {
    /// `yes` approves.
    #[serde(default)]
    decision: String,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
pub struct BondPolicyForm {
    #[serde(default, deserialize_with = "crate::form::checkbox")]
    partners_may_edit_bond: bool,
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<BondForm>,
) -> Result<Response, WebError> {
    let input = BondInput {
        number: f.bond_number.clone(),
        bond_type: f.bond_type.clone(),
        surety: f.bond_surety.clone(),
        effective_on: f.bond_effective_on.clone(),
    };
    match bond::save(&state.app, &viewer.actor, id, &input).await {
        Ok(true) => Ok(Redirect::to(&format!("/accounts/{id}/bond?notice=bond-requested")).into_response()),
        Ok(false) => Ok(Redirect::to(&format!("/accounts/{id}/bond?notice=bond-saved")).into_response()),
        Err(e) => rerender(ctx, FormView::of(&f), e, |ctx, form| bond_page(&state, ctx, &viewer, id, form)).await,
    }
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, rid)): Path<(i64, i64)>,
    Form(f): Form<DecisionForm>,
) -> Result<Response, WebError> {
    match bond::decide(&state.app, &viewer.actor, id, rid, f.decision == "yes", &f.note).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/bond?notice=bond-decided")).into_response()),
        Err(e) => rerender(ctx, FormView::of(&f), e, |ctx, form| bond_page(&state, ctx, &viewer, id, form)).await,
    }
}

#[derive(Template)]
#[template(path = "bond_requests.html")]
pub struct PendingPage {
    ctx: PageCtx,
    rows: Vec<(String, RequestView)>,
}

pub async fn pending(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    let rows = bond::pending(&state.app, &viewer.actor).await?;
    let rows = rows.iter().map(|r| (format!("/accounts/{}/bond", r.account_id), request_view(&ctx, r))).collect();
    Ok(render(&PendingPage { ctx, rows }))
}

#[derive(Template)]
#[template(path = "policies.html")]
pub struct PoliciesPage {
    ctx: PageCtx,
    form: FormView,
    partners_may_edit_bond: bool,
    /// (key, label, unit label, default in words) of each timer.
    timers: Vec<(String, String, String, String)>,
}

async fn policies_page(state: &AppState, ctx: PageCtx, form: FormView) -> Result<PoliciesPage, WebError> {
    let on = bond::partners_may_edit(&state.app).await?;
    let mut form = form;
    let timers = ctpat_app::timers::list(&state.app)
        .into_iter()
        .map(|(key, unit, value, default)| {
            form.values.entry(key.to_string()).or_insert_with(|| value.to_string());
            (
                key.to_string(),
                ctx.t(&format!("timer-{}", key.replace('_', "-"))),
                ctx.t(&format!("timer-unit-{unit}")),
                ctx.ta("timer-default", "value", &default.to_string()),
            )
        })
        .collect();
    Ok(PoliciesPage { ctx, form, partners_may_edit_bond: on, timers })
}

pub async fn policies(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, WebError> {
    Ok(render(&policies_page(&state, ctx, FormView::default()).await?))
}

/// HQ changes the program's timers.
pub async fn set_timers(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<EditPolicy>()?;
    let typed = crate::form::pairs(&body);
    match ctpat_app::timers::set(&state.app, &can, &typed).await {
        Ok(_) => Ok(Redirect::to("/program/policies?notice=timers-saved").into_response()),
        Err(e) => {
            let form = FormView { values: typed.into_iter().collect(), ..Default::default() };
            rerender(ctx, form, e, |ctx, form| policies_page(&state, ctx, form)).await
        }
    }
}

pub async fn set_policies(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(f): Form<BondPolicyForm>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<EditPolicy>()?;
    bond::set_partners_may_edit(&state.app, &can, f.partners_may_edit_bond).await?;
    Ok(Redirect::to("/program/policies?notice=policy-saved").into_response())
}
