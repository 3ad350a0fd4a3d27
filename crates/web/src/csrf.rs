//! CSRF protection for every state-changing request: a same-origin check on `Origin` /
//! `Sec-Fetch-Site`, and a token that must match the `__Host-` cookie (double submit; the
//! prefix stops a sibling domain from planting the cookie). The token comes from the form
//! field `csrf`, the `x-csrf-token` header, or the `csrf` query parameter (multipart forms).

use crate::server::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;

pub const CSRF_COOKIE: &str = "__Host-ctpat-csrf";
const FORM_LIMIT: usize = 1024 * 1024;

/// The token to put in this page's forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

fn new_token() -> String {
    ctpat_app::secret::new_token().0
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Whether the request comes from our own pages.
fn same_origin(req: &Request, public_url: &str) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return false;
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin == "null" {
        return false;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let origin_host = origin.split_once("://").map(|(_, h)| h).unwrap_or(origin);
    origin_host == host || origin.trim_end_matches('/') == public_url.trim_end_matches('/')
}

pub async fn protect(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let cookie = crate::page::cookie(req.headers(), CSRF_COOKIE).map(str::to_string);
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || req.uri().path().starts_with("/api/") {
        let (token, fresh) = match cookie {
            Some(c) if c.len() >= 32 => (c, false),
            _ => (new_token(), true),
        };
        let mut req = req;
        req.extensions_mut().insert(CsrfToken(token.clone()));
        let mut res = next.run(req).await;
        if fresh {
            let value = format!("{CSRF_COOKIE}={token}; Path=/; Secure; HttpOnly; SameSite=Strict");
            if let Ok(v) = HeaderValue::from_str(&value) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
        }
        return res;
    }

    if !same_origin(&req, &state.app.settings.public_url) {
        return refuse(&state, req, "cross-origin request").await;
    }
    let Some(expected) = cookie else {
        return refuse(&state, req, "no CSRF cookie").await;
    };

    let from_header = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_string);
    let from_query = req
        .uri()
        .query()
        .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == "csrf").map(|(_, v)| v.into_owned()));
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));

    let (req, submitted) = match from_header.or(from_query) {
        Some(t) => (req, Some(t)),
        None if is_form => {
            let (parts, body) = req.into_parts();
            let Ok(bytes) = axum::body::to_bytes(body, FORM_LIMIT).await else {
                let ctx = crate::page::PageCtx::from_parts(&parts);
                return crate::error::error_page(
                    ctx,
                    StatusCode::PAYLOAD_TOO_LARGE,
                    "error-413-title",
                    "error-413-body",
                    None,
                );
            };
            let token = form_urlencoded::parse(&bytes).find(|(k, _)| k == "csrf").map(|(_, v)| v.into_owned());
            (Request::from_parts(parts, Body::from(bytes)), token)
        }
        None => (req, None),
    };
    match submitted {
        Some(t) if constant_time_eq(t.as_bytes(), expected.as_bytes()) => {
            let mut req = req;
            req.extensions_mut().insert(CsrfToken(expected));
            next.run(req).await
        }
        _ => refuse(&state, req, "missing or wrong CSRF token").await,
    }
}

async fn refuse(state: &AppState, req: Request, why: &str) -> Response {
    tracing::warn!(path = %req.uri().path(), reason = why, "request refused by CSRF protection");
    crate::policy::deny(state, req, why).await
}
