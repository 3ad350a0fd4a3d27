//! HQ's catalog page: the loaded MSC catalog versions, what the current one asks of each entity
//! type and which of its criteria HQ still has to verify, loading a new version from a file
//! (every problem is listed with its line; open profiles move to the new version), and loading
//! the version shipped with this release when the database started on an earlier one.

use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::catalog::{self, EditCatalog, Loader};

#[derive(Template)]
#[template(path = "catalog.html")]
pub struct CatalogPage {
    ctx: PageCtx,
    form: FormView,
    versions: Vec<(String, String, String)>,
    issues: Vec<String>,
    /// The shipped catalog's version when it is not loaded yet.
    shipped: Option<String>,
    /// (entity type, must, should) of the current version.
    coverage: Vec<(String, usize, usize)>,
    /// (id, statement) of the current version's criteria that rest on recall.
    to_verify: Vec<(String, String)>,
}

async fn page(state: &AppState, ctx: PageCtx, form: FormView, issues: Vec<String>) -> Result<CatalogPage, WebError> {
    let versions = catalog::versions(&state.app).await?;
    let (_, current) = catalog::current(&state.app).await?;
    let shipped = catalog::shipped_not_loaded(&state.app).await?;
    Ok(CatalogPage {
        versions: versions.into_iter().map(|(_, v, t, at)| (v, t, ctx.date(at))).collect(),
        issues,
        shipped,
        coverage: current
            .coverage()
            .into_iter()
            .map(|(e, m, s)| (ctx.t(&format!("entity-{}", e.key())), m, s))
            .collect(),
        to_verify: current.to_verify().map(|c| (c.id.clone(), c.statement.clone())).collect(),
        form,
        ctx,
    })
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, WebError> {
    Ok(render(&page(&state, ctx, FormView::default(), Vec::new()).await?))
}

pub async fn load(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<EditCatalog>()?;
    let mut text = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("file") {
            text = field.bytes().await.ok().map(|b| String::from_utf8_lossy(&b).into_owned());
        }
    }
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        let form = FormView::default().with_errors(&ctx, &[ctpat_domain::Problem::new("err-file-missing").on("file")]);
        return Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, ctx, form, Vec::new()).await?));
    };
    if let Err(issues) = catalog::parse(&text) {
        let lines =
            issues.iter().map(|i| ctx.ta("catalog-issue", "line", &i.line.to_string()) + " " + &i.message).collect();
        let form = FormView::default().with_banner(ctx.t("catalog-invalid"));
        return Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page(&state, ctx, form, lines).await?));
    }
    match catalog::load(&state.app, Loader::Hq(can), &text).await {
        Ok(_) => Ok(Redirect::to("/program/catalog?notice=catalog-loaded").into_response()),
        Err(e) => rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, form, Vec::new())).await,
    }
}

/// HQ loads the catalog shipped with this release (offered only while it is not loaded).
pub async fn load_shipped(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    let can = viewer.actor.can::<EditCatalog>()?;
    match catalog::load_shipped(&state.app, Loader::Hq(can)).await {
        Ok(_) => Ok(Redirect::to("/program/catalog?notice=catalog-loaded").into_response()),
        Err(e) => rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, form, Vec::new())).await,
    }
}
