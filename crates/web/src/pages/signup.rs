//! Sign-up, e-mail verification and staff invitations.

use super::Meta;
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{MessagePage, PageCtx, render, render_status};
use crate::server::AppState;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::Error;
use ctpat_app::auth::signup::{self, SignupForm};
use serde::Deserialize;

#[derive(Template)]
#[template(path = "signup.html")]
pub struct SignupPage {
    ctx: PageCtx,
    form: FormView,
}

pub async fn signup_form(ctx: PageCtx) -> Response {
    render(&SignupPage { ctx, form: FormView::default() })
}

#[derive(Deserialize)]
pub struct SignupInput {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

pub async fn signup_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Meta(meta): Meta,
    Form(input): Form<SignupInput>,
) -> Result<Response, WebError> {
    let form = SignupForm {
        name: &input.name,
        email: &input.email,
        password: &input.password,
        password_confirm: &input.password_confirm,
    };
    match signup::signup(&state.app, form, &ctx.lang, &meta).await {
        Ok(()) => Ok(render(&MessagePage::new(ctx, "signup-done-title", "signup-done-body", None))),
        Err(Error::Invalid(errs)) => {
            let form = FormView::with_values([("name", input.name.as_str()), ("email", input.email.as_str())])
                .with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &SignupPage { ctx, form }))
        }
        Err(e) => Err(WebError::from(e)),
    }
}

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

/// A link's page that asks for a click before acting: a GET changes nothing (mail scanners
/// and link previews open links), the button's POST does.
#[derive(Template)]
#[template(path = "confirm_link.html")]
pub struct ConfirmLinkPage {
    pub ctx: PageCtx,
    pub title: String,
    pub body: String,
    pub action: &'static str,
    pub token: String,
    pub button: String,
}

pub async fn verify_email_page(ctx: PageCtx, Query(q): Query<TokenQuery>) -> Response {
    render(&ConfirmLinkPage {
        title: ctx.t("verify-title"),
        body: ctx.t("verify-body"),
        action: "/verify-email",
        token: q.token,
        button: ctx.t("verify-submit"),
        ctx,
    })
}

pub async fn verify_email(
    State(state): State<AppState>,
    ctx: PageCtx,
    Meta(meta): Meta,
    Form(q): Form<TokenQuery>,
) -> Result<Response, WebError> {
    match signup::verify_email(&state.app, &q.token, &meta).await {
        Ok(()) => Ok(Redirect::to("/login?notice=email-verified").into_response()),
        Err(Error::Refused(_)) => Ok(render_status(
            StatusCode::BAD_REQUEST,
            &MessagePage::new(ctx, "link-invalid-title", "verify-link-invalid-body", Some(("/login", "nav-login"))),
        )),
        Err(e) => Err(WebError::from(e)),
    }
}

#[derive(Template)]
#[template(path = "set_password.html")]
pub struct SetPasswordPage {
    pub ctx: PageCtx,
    pub form: FormView,
    pub title: String,
    pub intro: String,
    pub action: &'static str,
    pub ask_current: bool,
}

fn invitation_page(ctx: PageCtx, form: FormView) -> SetPasswordPage {
    SetPasswordPage {
        title: ctx.t("invitation-title"),
        intro: ctx.t("invitation-intro"),
        action: "/invitation",
        ask_current: false,
        form,
        ctx,
    }
}

pub async fn invitation_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let valid = ctpat_app::staff::invitation_valid(&state.app, &q.token).await?;
    if !valid {
        return Ok(render_status(
            StatusCode::BAD_REQUEST,
            &MessagePage::new(ctx, "link-invalid-title", "invitation-link-invalid-body", None),
        ));
    }
    Ok(render(&invitation_page(ctx, FormView::with_values([("token", q.token.as_str())]))))
}

#[derive(Deserialize)]
pub struct SetPasswordInput {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub current_password: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub password_confirm: String,
}

pub async fn invitation_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    Meta(meta): Meta,
    Form(input): Form<SetPasswordInput>,
) -> Result<Response, WebError> {
    match ctpat_app::staff::accept_invitation(&state.app, &input.token, &input.password, &input.password_confirm, &meta)
        .await
    {
        Ok(()) => Ok(Redirect::to("/login?notice=password-set").into_response()),
        Err(Error::Invalid(errs)) => {
            let form = FormView::with_values([("token", input.token.as_str())]).with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &invitation_page(ctx, form)))
        }
        Err(Error::Refused(_)) => Ok(render_status(
            StatusCode::BAD_REQUEST,
            &MessagePage::new(ctx, "link-invalid-title", "invitation-link-invalid-body", None),
        )),
        Err(e) => Err(WebError::from(e)),
    }
}
