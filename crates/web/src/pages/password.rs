//! Forgotten password (reset by e-mail) and password change.

use super::signup::{SetPasswordInput, SetPasswordPage, TokenQuery};
use super::{Meta, redirect_with_cookie};
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{MessagePage, PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::{Viewer, set_session_cookie};
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::Error;
use ctpat_app::auth::password;
use serde::Deserialize;

#[derive(Template)]
#[template(path = "forgot.html")]
pub struct ForgotPage {
    ctx: PageCtx,
    form: FormView,
}

pub async fn forgot_form(ctx: PageCtx) -> Response {
    render(&ForgotPage { ctx, form: FormView::default() })
}

#[derive(Deserialize)]
pub struct EmailInput {
    #[serde(default)]
    email: String,
}

pub async fn forgot_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Meta(meta): Meta,
    Form(input): Form<EmailInput>,
) -> Result<Response, WebError> {
    match password::forgot(&state.app, &input.email, &meta).await {
        Ok(()) => Ok(render(&MessagePage::new(ctx, "forgot-done-title", "forgot-done-body", None))),
        Err(Error::Invalid(errs)) => {
            let form = FormView::with_values([("email", input.email.as_str())]).with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &ForgotPage { ctx, form }))
        }
        Err(e) => Err(WebError::from(e)),
    }
}

fn reset_page(ctx: PageCtx, form: FormView) -> SetPasswordPage {
    SetPasswordPage {
        title: ctx.t("reset-title"),
        intro: ctx.t("reset-intro"),
        action: "/password/reset",
        ask_current: false,
        form,
        ctx,
    }
}

fn link_invalid(ctx: PageCtx) -> Response {
    render_status(
        StatusCode::BAD_REQUEST,
        &MessagePage::new(
            ctx,
            "link-invalid-title",
            "reset-link-invalid-body",
            Some(("/password/forgot", "forgot-title")),
        ),
    )
}

pub async fn reset_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    if !password::reset_link_valid(&state.app, &q.token).await? {
        return Ok(link_invalid(ctx));
    }
    Ok(render(&reset_page(ctx, FormView::with_values([("token", q.token.as_str())]))))
}

pub async fn reset_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Meta(meta): Meta,
    Form(input): Form<SetPasswordInput>,
) -> Result<Response, WebError> {
    match password::reset(&state.app, &input.token, &input.password, &input.password_confirm, &meta).await {
        Ok(()) => Ok(Redirect::to("/login?notice=password-reset").into_response()),
        Err(Error::Invalid(errs)) => {
            let form = FormView::with_values([("token", input.token.as_str())]).with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &reset_page(ctx, form)))
        }
        Err(Error::Refused(_)) => Ok(link_invalid(ctx)),
        Err(e) => Err(WebError::from(e)),
    }
}

fn change_page(ctx: PageCtx, form: FormView) -> SetPasswordPage {
    SetPasswordPage {
        title: ctx.t("change-password-title"),
        intro: ctx.t("change-password-intro"),
        action: "/account/password",
        ask_current: true,
        form,
        ctx,
    }
}

pub async fn change_form(ctx: PageCtx) -> Response {
    render(&change_page(ctx, FormView::default()))
}

pub async fn change_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<SetPasswordInput>,
) -> Result<Response, WebError> {
    match password::change(&state.app, &viewer.actor, &input.current_password, &input.password, &input.password_confirm)
        .await
    {
        Ok(token) => Ok(redirect_with_cookie("/account?notice=password-changed", set_session_cookie(&token))),
        Err(Error::Invalid(errs)) => {
            let form = FormView::default().with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &change_page(ctx, form)))
        }
        Err(e) => Err(WebError::from(e)),
    }
}
