//! Field offices: HQ's list with what each holds, creating and renaming offices, and placing
//! an account in an office (a system admin puts staff in offices from the staff page).

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
use ctpat_app::actor::{ManageOffices, PlaceAccounts};
use ctpat_app::offices;
use serde::Deserialize;
use std::collections::HashMap;

/// The office filter of a program list, for HQ (who sees every office): "any", "not placed",
/// then each office. `None` for anyone else, whose list is their scope.
pub(crate) async fn filter_options(
    state: &AppState,
    ctx: &PageCtx,
    viewer: &Viewer,
) -> Result<Option<Vec<(String, String)>>, WebError> {
    if !ctpat_app::partner::program::sees_offices(&viewer.actor) {
        return Ok(None);
    }
    let mut v = vec![(String::new(), ctx.t("filter-any")), ("none".to_string(), ctx.t("office-none"))];
    v.extend(offices::all(&state.app, &viewer.actor).await?.into_iter().map(|o| (o.id.to_string(), o.label())));
    Ok(Some(v))
}

pub struct OfficeRow {
    code: String,
    name: String,
    accounts: i64,
    staff: i64,
}

#[derive(Template)]
#[template(path = "offices.html")]
pub struct OfficesPage {
    ctx: PageCtx,
    rows: Vec<OfficeRow>,
    unplaced_accounts: i64,
    staff_without_office: i64,
    /// The form that failed, by its `form` value (`create` or `rename`).
    failed: String,
    form: FormView,
    office_options: Vec<(String, String)>,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    failed: &str,
    form: FormView,
) -> Result<OfficesPage, WebError> {
    let can = viewer.actor.can::<ManageOffices>()?;
    let o = offices::overview(&state.app, &can).await?;
    let mut office_options = vec![(String::new(), ctx.t("choose"))];
    office_options.extend(o.offices.iter().map(|s| (s.office.id.to_string(), s.office.label())));
    let rows = o
        .offices
        .into_iter()
        .map(|s| OfficeRow { code: s.office.code, name: s.office.name, accounts: s.accounts, staff: s.staff })
        .collect();
    Ok(OfficesPage {
        ctx,
        rows,
        unplaced_accounts: o.unplaced_accounts,
        staff_without_office: o.staff_without_office,
        failed: failed.to_string(),
        form,
        office_options,
    })
}

pub async fn list(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    Ok(render(&page(&state, ctx, &viewer, "", FormView::default()).await?))
}

#[derive(Deserialize)]
pub struct OfficeInput {
    #[serde(default)]
    office_code: String,
    #[serde(default)]
    office_name: String,
    #[serde(default)]
    office: String,
}

async fn refused(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    which: &str,
    values: &[(&str, &str)],
    e: ctpat_app::Error,
) -> Result<Response, WebError> {
    let form = FormView::with_values(values.iter().copied()).with_error(&ctx, e)?;
    let page = page(state, ctx, viewer, which, form).await?;
    Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(f): Form<OfficeInput>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<ManageOffices>()?;
    match offices::create(&state.app, &can, &f.office_code, &f.office_name).await {
        Ok(_) => Ok(Redirect::to("/program/offices?notice=office-created").into_response()),
        Err(e) => {
            refused(
                &state,
                ctx,
                &viewer,
                "create",
                &[("office_code", &f.office_code), ("office_name", &f.office_name)],
                e,
            )
            .await
        }
    }
}

pub async fn rename(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(f): Form<OfficeInput>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<ManageOffices>()?;
    let Ok(id) = f.office.trim().parse::<i64>() else {
        let e = ctpat_app::Error::field("office", ctpat_domain::Problem::new("err-choose-one"));
        return refused(&state, ctx, &viewer, "rename", &[("office", &f.office), ("office_name", &f.office_name)], e)
            .await;
    };
    match offices::rename(&state.app, &can, id, &f.office_name).await {
        Ok(()) => Ok(Redirect::to("/program/offices?notice=office-renamed").into_response()),
        Err(ctpat_app::Error::NotFound) => {
            let e = ctpat_app::Error::field("office", ctpat_domain::Problem::new("err-choose-one"));
            refused(&state, ctx, &viewer, "rename", &[("office", &f.office), ("office_name", &f.office_name)], e).await
        }
        Err(e) => {
            refused(&state, ctx, &viewer, "rename", &[("office", &f.office), ("office_name", &f.office_name)], e).await
        }
    }
}

#[derive(Deserialize)]
pub struct PlaceInput {
    #[serde(default)]
    office: String,
}

/// HQ places the account in a field office (from the account page).
pub async fn place(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<PlaceInput>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<PlaceAccounts>()?;
    match offices::place_account(&state.app, &can, id, &f.office).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}?notice=office-placed")).into_response()),
        Err(e) => {
            let form = FormView {
                values: HashMap::from([("action".to_string(), "office".to_string()), ("office".to_string(), f.office)]),
                ..Default::default()
            }
            .with_error(&ctx, e)?;
            super::partner::dashboard::show_with(&state, ctx, &viewer, id, form, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}
