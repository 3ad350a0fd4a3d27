//! Sign in (password, then the second factor where enrolled) and sign out.

use super::{Meta, redirect_with_cookie, safe_next};
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::{
    DEVICE_COOKIE, SESSION_COOKIE, Viewer, clear_session_cookie, set_device_cookie, set_session_cookie,
};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use ctpat_app::Error;
use ctpat_app::auth::{Stage, login};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    ctx: PageCtx,
    form: FormView,
}

#[derive(Deserialize, Default)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

pub async fn login_form(ctx: PageCtx, Query(q): Query<NextQuery>) -> Response {
    let form = FormView::with_values([("next", safe_next(&q.next))]);
    render(&LoginPage { ctx, form })
}

#[derive(Deserialize)]
pub struct LoginInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn login_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Meta(meta): Meta,
    headers: HeaderMap,
    Form(input): Form<LoginInput>,
) -> Result<Response, WebError> {
    let previous = crate::page::cookie(&headers, SESSION_COOKIE);
    let device = crate::page::cookie(&headers, DEVICE_COOKIE);
    match login::login(&state.app, &input.email, &input.password, &meta, previous, device).await {
        Ok(ok) => {
            let to = match ok.stage {
                Stage::Full => safe_next(&input.next).to_string(),
                Stage::Mfa => "/login/mfa".into(),
                Stage::Enrol => "/account/mfa".into(),
            };
            let mut res = redirect_with_cookie(&to, set_session_cookie(&ok.token));
            if let Some(d) = ok.device {
                res.headers_mut().append(axum::http::header::SET_COOKIE, set_device_cookie(&d));
            }
            Ok(res)
        }
        Err(e) => {
            let form = FormView::with_values([("email", input.email.as_str()), ("next", safe_next(&input.next))]);
            let form = match e {
                Error::Invalid(errs) => form.with_errors(&ctx, &errs),
                Error::Refused(p) => form.with_banner(ctx.problem(&p)),
                other => return Err(WebError::from(other)),
            };
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &LoginPage { ctx, form }))
        }
    }
}

#[derive(Template)]
#[template(path = "login_mfa.html")]
pub struct MfaLoginPage {
    ctx: PageCtx,
    form: FormView,
}

pub async fn mfa_form(ctx: PageCtx) -> Response {
    render(&MfaLoginPage { ctx, form: FormView::default() })
}

#[derive(Deserialize)]
pub struct CodeInput {
    #[serde(default)]
    code: String,
}

pub async fn mfa_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    headers: HeaderMap,
    Form(input): Form<CodeInput>,
) -> Result<Response, WebError> {
    let device = crate::page::cookie(&headers, DEVICE_COOKIE);
    match login::verify_second_factor(&state.app, &viewer.actor, &input.code, device).await {
        Ok(ok) => {
            let mut res = redirect_with_cookie("/", set_session_cookie(&ok.token));
            if let Some(d) = ok.device {
                res.headers_mut().append(axum::http::header::SET_COOKIE, set_device_cookie(&d));
            }
            Ok(res)
        }
        Err(Error::Invalid(errs)) => {
            let form = FormView::default().with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &MfaLoginPage { ctx, form }))
        }
        // Too many wrong codes: the session was ended; start again.
        Err(Error::Unauthenticated) => Ok(redirect_with_cookie("/login", clear_session_cookie())),
        Err(e) => Err(WebError::from(e)),
    }
}

pub async fn logout(State(state): State<AppState>, viewer: Viewer) -> Result<Response, WebError> {
    login::logout(&state.app, &viewer.actor).await?;
    Ok(redirect_with_cookie("/?notice=signed-out", clear_session_cookie()))
}
