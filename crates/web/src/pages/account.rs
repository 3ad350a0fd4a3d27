//! The signed-in person's own settings: profile, sessions, MFA, language.

use super::{redirect_with_cookie, safe_next};
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{LANG_COOKIE, PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::{Viewer, set_session_cookie};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use ctpat_app::Error;
use ctpat_app::auth::{Stage, mfa, sessions};
use ctpat_domain::Role;
use serde::Deserialize;

pub struct SessionView {
    pub id: i64,
    pub started: String,
    pub last_seen: String,
    pub from: String,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    ctx: PageCtx,
    name: String,
    email: String,
    role: Option<String>,
    mfa_on: bool,
    sessions: Vec<SessionView>,
    /// Browsers that remember the person (their own count of wrong passwords).
    devices: u64,
}

pub async fn overview(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    let rows = sessions::list(&state.app, &viewer.actor).await?;
    let sessions = rows
        .into_iter()
        .map(|s| SessionView {
            id: s.id,
            started: ctx.datetime(s.created_at),
            last_seen: ctx.datetime(s.last_seen_at),
            from: [s.ip.unwrap_or_default(), s.user_agent.map(|u| u.chars().take(60).collect()).unwrap_or_default()]
                .into_iter()
                .filter(|x: &String| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            current: Some(s.id) == viewer.actor.session_id,
        })
        .collect();
    let devices = ctpat_app::auth::devices::count(&state.app, &viewer.actor).await?;
    let user = &viewer.actor.user;
    Ok(render(&AccountPage {
        name: user.name.clone(),
        email: user.email.clone(),
        role: viewer.actor.staff_role().map(|r| ctx.t(&format!("role-{}", Role::Staff(r).key()))),
        mfa_on: user.mfa_enabled,
        sessions,
        devices,
        ctx,
    }))
}

/// Forget every browser that remembers the person.
pub async fn forget_devices(State(state): State<AppState>, viewer: Viewer) -> Result<Response, WebError> {
    ctpat_app::auth::devices::forget_all(&state.app, &viewer.actor).await?;
    Ok(Redirect::to("/account?notice=devices-forgotten").into_response())
}

pub async fn end_session(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    sessions::end(&state.app, &viewer.actor, id).await?;
    Ok(Redirect::to("/account?notice=session-ended").into_response())
}

pub async fn end_other_sessions(State(state): State<AppState>, viewer: Viewer) -> Result<Response, WebError> {
    sessions::end_others(&state.app, &viewer.actor).await?;
    Ok(Redirect::to("/account?notice=sessions-ended").into_response())
}

#[derive(Template)]
#[template(path = "mfa.html")]
pub struct MfaPage {
    ctx: PageCtx,
    form: FormView,
    required: bool,
    enabled: bool,
    can_disable: bool,
    codes_left: u64,
    /// (key to type, otpauth link): shown once, right after the password started enrolment.
    enrolment: Option<(String, String)>,
    /// An enrolment was started and waits for its code.
    pending: bool,
}

#[derive(Template)]
#[template(path = "mfa_codes.html")]
pub struct CodesPage {
    ctx: PageCtx,
    codes: Vec<String>,
}

async fn mfa_view(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    form: FormView,
    enrolment: Option<mfa::Enrolment>,
) -> Result<MfaPage, WebError> {
    let status = mfa::status(&state.app, &viewer.actor).await?;
    // The key in groups of four, easier to type (authenticator apps ignore the spaces).
    let enrolment = enrolment.map(|e| {
        let chars: Vec<char> = e.secret_base32.chars().collect();
        let grouped = chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ");
        (grouped, e.otpauth_url)
    });
    Ok(MfaPage {
        required: viewer.stage == Stage::Enrol,
        enabled: status.enabled,
        can_disable: status.can_disable,
        codes_left: status.recovery_codes_left,
        enrolment,
        pending: status.pending,
        form,
        ctx,
    })
}

pub async fn mfa_page(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    let page = mfa_view(&state, ctx, &viewer, FormView::default(), None).await?;
    Ok(render(&page))
}

/// The password starts enrolment; the answer shows the new key once.
pub async fn mfa_start(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<PasswordInput>,
) -> Result<Response, WebError> {
    match mfa::begin_enrolment(&state.app, &viewer.actor, &input.password).await {
        Ok(e) => Ok(render(&mfa_view(&state, ctx, &viewer, FormView::default(), Some(e)).await?)),
        Err(e) => mfa_refused(&state, ctx, &viewer, e).await,
    }
}

/// The MFA page again with the refusal on it (or the error page for anything else).
async fn mfa_refused(state: &AppState, ctx: PageCtx, viewer: &Viewer, e: Error) -> Result<Response, WebError> {
    let form = match e {
        Error::Invalid(errs) => FormView::default().with_errors(&ctx, &errs),
        Error::Refused(p) => FormView::default().with_banner(ctx.problem(&p)),
        e => return Err(WebError::from(e)),
    };
    let page = mfa_view(state, ctx, viewer, form, None).await?;
    Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
}

#[derive(Deserialize)]
pub struct CodeInput {
    #[serde(default)]
    code: String,
}

pub async fn mfa_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<CodeInput>,
) -> Result<Response, WebError> {
    match mfa::confirm_enrolment(&state.app, &viewer.actor, &input.code).await {
        Ok((codes, new_token)) => {
            let mut res = render(&CodesPage { ctx, codes });
            if let Some(token) = new_token {
                res.headers_mut().append(axum::http::header::SET_COOKIE, set_session_cookie(&token));
            }
            Ok(res)
        }
        Err(e) => mfa_refused(&state, ctx, &viewer, e).await,
    }
}

#[derive(Deserialize)]
pub struct PasswordInput {
    #[serde(default)]
    password: String,
}

pub async fn mfa_disable(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<PasswordInput>,
) -> Result<Response, WebError> {
    match mfa::disable(&state.app, &viewer.actor, &input.password).await {
        Ok(()) => Ok(Redirect::to("/account?notice=mfa-disabled").into_response()),
        Err(e) => mfa_refused(&state, ctx, &viewer, e).await,
    }
}

#[derive(Deserialize)]
pub struct LanguageInput {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// Remember the chosen language in a cookie, and on the person's profile when signed in.
pub async fn set_language(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Option<Extension<Viewer>>,
    Form(input): Form<LanguageInput>,
) -> Result<Response, WebError> {
    let Some(lang) = ctpat_app::i18n::Lang::from_code(&input.lang) else {
        return Ok(render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &crate::page::MessagePage::new(ctx, "error-language-title", "err-language", Some(("/", "back-home"))),
        ));
    };
    if let Some(Extension(v)) = viewer.filter(|v| v.stage == Stage::Full) {
        ctpat_app::staff::set_locale(&state.app, &v.actor, &lang.code()).await?;
    }
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; Secure", lang.code());
    let cookie = HeaderValue::from_str(&cookie).map_err(|e| WebError::Internal(e.to_string()))?;
    Ok(redirect_with_cookie(safe_next(&input.back), cookie))
}
