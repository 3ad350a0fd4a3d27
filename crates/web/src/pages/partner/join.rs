//! Accepting an invitation to a partner account.

use crate::error::WebError;
use crate::page::{MessagePage, PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use ctpat_app::Error;
use ctpat_app::partner::contacts;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "join.html")]
pub struct JoinPage {
    ctx: PageCtx,
    token: String,
    organization: String,
    role: String,
    email: String,
    signed_in: bool,
    next: String,
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

fn invalid(ctx: PageCtx) -> Response {
    render_status(StatusCode::BAD_REQUEST, &MessagePage::new(ctx, "link-invalid-title", "join-link-invalid-body", None))
}

pub async fn offer(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Option<Extension<Viewer>>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let Some(o) = contacts::offer(&state.app, &q.token).await? else {
        return Ok(invalid(ctx));
    };
    let next: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("next", &format!("/join?token={}", q.token))
        .finish();
    Ok(render(&JoinPage {
        token: q.token,
        organization: o.organization.unwrap_or_default(),
        role: ctx.t(&format!(
            "role-{}",
            ctpat_domain::AccountRole::from_key(&o.role)
                .map(|r| ctpat_domain::Role::Account(r).key())
                .unwrap_or("user")
        )),
        email: o.email,
        signed_in: viewer.is_some_and(|v| v.stage == ctpat_app::auth::Stage::Full),
        next,
        ctx,
    }))
}

#[derive(Deserialize)]
pub struct TokenInput {
    #[serde(default)]
    token: String,
}

pub async fn accept(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<TokenInput>,
) -> Result<Response, WebError> {
    match contacts::accept(&state.app, &viewer.actor, &input.token).await {
        Ok(account_id) => Ok(Redirect::to(&format!("/accounts/{account_id}?notice=joined")).into_response()),
        Err(Error::Refused(p)) => {
            let body = ctx.problem(&p);
            let mut page = MessagePage::new(ctx, "link-invalid-title", "join-link-invalid-body", None);
            page.body = body;
            Ok(render_status(StatusCode::BAD_REQUEST, &page))
        }
        Err(e) => Err(WebError::from(e)),
    }
}
