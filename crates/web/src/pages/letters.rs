//! A letter of the program to a company, as a page to print (A4 or Letter) and as a PDF.

use crate::error::WebError;
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use ctpat_app::letters::{self, Letter};

#[derive(Template)]
#[template(path = "letter.html")]
pub struct LetterPage {
    ctx: PageCtx,
    letter: Letter,
    pdf: String,
    back: String,
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, eid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let letter = letters::letter(&state.app, &viewer.actor, id, eid, &ctx.lang).await?;
    Ok(render(&LetterPage {
        letter,
        pdf: format!("/accounts/{id}/letters/{eid}/pdf"),
        back: format!("/accounts/{id}/library"),
        ctx,
    }))
}

pub async fn pdf(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, eid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let letter = letters::letter(&state.app, &viewer.actor, id, eid, &ctx.lang).await?;
    let bytes = letters::pdf(&letter);
    let name = format!("{}-{}.pdf", letter.kind.key(), letter.reference);
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/pdf"));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(res)
}
