//! The bond page of an account, the SCSS's list of pending bond change requests, and the HQ
//! program-policy page.

use super::AccountHead;
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::Error;
use ctpat_app::partner::application::{BOND_TYPES, BondInput};
use ctpat_app::partner::bond::{self, BondRight, EditPolicy};
use ctpat_app::partner::views::BondRequest;
use ctpat_domain::partner::bond::BondRequestStatus;
use std::collections::HashMap;

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
        requested_at: r.requested_at.format("%Y-%m-%d").to_string(),
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

fn errors_form(ctx: &PageCtx, values: HashMap<String, String>, e: Error) -> Result<FormView, Error> {
    let mut kept = values;
    kept.remove("csrf");
    FormView { values: kept, ..Default::default() }.with_error(ctx, e)
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let g = |k: &str| values.get(k).cloned().unwrap_or_default();
    let input = BondInput {
        number: g("bond_number"),
        bond_type: g("bond_type"),
        surety: g("bond_surety"),
        effective_on: g("bond_effective_on"),
    };
    match bond::save(&state.app, &viewer.actor, id, &input).await {
        Ok(true) => Ok(Redirect::to(&format!("/accounts/{id}/bond?notice=bond-requested")).into_response()),
        Ok(false) => Ok(Redirect::to(&format!("/accounts/{id}/bond?notice=bond-saved")).into_response()),
        Err(e) => {
            let form = errors_form(&ctx, values, e)?;
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &bond_page(&state, ctx, &viewer, id, form).await?))
        }
    }
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, rid)): Path<(i64, i64)>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let approve = values.get("decision").map(String::as_str) == Some("yes");
    let note = values.get("note").cloned().unwrap_or_default();
    match bond::decide(&state.app, &viewer.actor, id, rid, approve, &note).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/bond?notice=bond-decided")).into_response()),
        Err(e) => {
            let form = errors_form(&ctx, values, e)?;
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &bond_page(&state, ctx, &viewer, id, form).await?))
        }
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
    partners_may_edit_bond: bool,
}

pub async fn policies(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, WebError> {
    let on = bond::partners_may_edit(&state.app).await?;
    Ok(render(&PoliciesPage { ctx, partners_may_edit_bond: on }))
}

pub async fn set_policies(
    State(state): State<AppState>,
    viewer: Viewer,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<EditPolicy>()?;
    let on = values.get("partners_may_edit_bond").map(String::as_str) == Some("on");
    bond::set_partners_may_edit(&state.app, &can, on).await?;
    Ok(Redirect::to("/program/policies?notice=policy-saved").into_response())
}
