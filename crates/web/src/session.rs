//! The session cookie. A middleware resolves it once per request and puts the `Viewer` in the
//! request extensions; the route policy and the pages read it from there.

use crate::server::{AppState, RequestId};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use ctpat_app::auth::Stage;
use ctpat_app::{Actor, RequestMeta};
use std::net::SocketAddr;

#[derive(Debug, Clone)]
pub struct Viewer {
    pub actor: Actor,
    pub stage: Stage,
}

/// The cookie's name: `__Host-` binds it to this exact origin (Secure, Path=/, no Domain).
pub const SESSION_COOKIE: &str = "__Host-ctpat-session";

pub fn meta_of(req: &Request) -> RequestMeta {
    RequestMeta {
        request_id: req.extensions().get::<RequestId>().map(|r| r.0.clone()),
        ip: req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()),
        user_agent: req.headers().get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_string),
    }
}

pub async fn resolve_session(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let token = crate::page::cookie(req.headers(), SESSION_COOKIE).map(str::to_string);
    if let Some(token) = token {
        let meta = meta_of(&req);
        match ctpat_app::auth::login::resolve(&state.app, &token, meta).await {
            Ok(Some((actor, stage))) => {
                req.extensions_mut().insert(Viewer { actor, stage });
            }
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "session lookup failed"),
        }
    }
    next.run(req).await
}

/// `Set-Cookie` for a new session token (no `Max-Age`: the server enforces the lifetimes).
pub fn set_session_cookie(token: &str) -> HeaderValue {
    HeaderValue::from_str(&format!("{SESSION_COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Lax"))
        .expect("cookie header")
}

/// The cookie of a known device (see `ctpat_app::auth::devices`), kept a year.
pub const DEVICE_COOKIE: &str = "__Host-ctpat-device";

pub fn set_device_cookie(token: &str) -> HeaderValue {
    let max_age = ctpat_app::auth::devices::REMEMBERED_DAYS * 24 * 3600;
    HeaderValue::from_str(&format!(
        "{DEVICE_COOKIE}={token}; Path=/; Max-Age={max_age}; Secure; HttpOnly; SameSite=Lax"
    ))
    .expect("cookie header")
}

pub fn clear_session_cookie() -> HeaderValue {
    HeaderValue::from_static("__Host-ctpat-session=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0")
}
