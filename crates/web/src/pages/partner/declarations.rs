//! The company's eligibility declarations after its application: read by everyone who reaches
//! the account, changed by an Officer or Account admin.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, pairs, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::partner::declarations;
use ctpat_domain::partner::eligibility::Declaration;

pub struct LineView {
    pub name: String,
    pub label: String,
    pub declared: String,
}

#[derive(Template)]
#[template(path = "declarations.html")]
pub struct DeclarationsPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    lines: Vec<LineView>,
    editable: bool,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: Option<FormView>,
) -> Result<DeclarationsPage, WebError> {
    let p = declarations::page(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    // The page opens with what is declared; a refused form comes back as it was sent.
    let form = form.unwrap_or_else(|| {
        let on: Vec<(String, String)> = p
            .lines
            .iter()
            .filter(|l| l.declared.is_some())
            .map(|l| (format!("declare_{}", l.declaration.key()), "on".to_string()))
            .collect();
        FormView::with_values(on.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    Ok(DeclarationsPage {
        lines: p
            .lines
            .iter()
            .map(|l| LineView {
                name: format!("declare_{}", l.declaration.key()),
                label: ctx.t(&format!("field-declare_{}", l.declaration.key())),
                declared: match &l.declared {
                    Some((at, who)) => ctx.ta("declared-by", "who", &format!("{who}, {}", ctx.date(at))),
                    None => ctx.t("declared-not"),
                },
            })
            .collect(),
        editable: p.editable,
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
    Ok(render(&page(&state, ctx, &viewer, id, None).await?))
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let sent = pairs(&body);
    let declared: Vec<Declaration> = Declaration::ALL
        .into_iter()
        .filter(|d| sent.iter().any(|(k, v)| *k == format!("declare_{}", d.key()) && v == "on"))
        .collect();
    match declarations::save(&state.app, &viewer.actor, id, &declared).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/declarations?notice=declarations-saved")).into_response()),
        Err(e) => {
            let typed = FormView::with_values(sent.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            rerender(ctx, typed, e, |ctx, form| page(&state, ctx, &viewer, id, Some(form))).await
        }
    }
}
