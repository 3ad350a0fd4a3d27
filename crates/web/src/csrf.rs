//! CSRF protection for every state-changing request: a same-origin check on `Origin` /
//! `Sec-Fetch-Site`, and a token that must match the `__Host-` cookie (double submit; the
//! prefix stops a sibling domain from planting the cookie). The token comes from the form
//! field `csrf` (the first field of a multipart upload), or the `x-csrf-token` header.

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
    let content_type =
        req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let is_form = content_type.starts_with("application/x-www-form-urlencoded");
    let boundary = content_type
        .strip_prefix("multipart/form-data")
        .and_then(|rest| rest.split(';').find_map(|p| p.trim().strip_prefix("boundary=")))
        .map(|b| b.trim_matches('"').to_string());

    let (req, submitted) = match from_header {
        Some(t) => (req, Some(t)),
        // An upload carries the token as its first field, so that it is checked before the
        // file streams on (and never travels in the address, where logs and history keep it).
        None if boundary.is_some() => {
            let (parts, body) = req.into_parts();
            let (body, token) = first_field_token(body, boundary.as_deref().unwrap_or_default()).await;
            (Request::from_parts(parts, body), token)
        }
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

/// How much of a multipart body is read to find its first field.
const MULTIPART_PEEK: usize = 8 * 1024;

/// Read the first field of a multipart body, if it is `csrf`; the bytes read are put back in
/// front of the rest, which keeps streaming.
async fn first_field_token(body: Body, boundary: &str) -> (Body, Option<String>) {
    use futures_util::StreamExt;
    let mut stream = body.into_data_stream();
    let mut head: Vec<u8> = Vec::new();
    let mut token = None;
    while head.len() < MULTIPART_PEEK {
        match stream.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            _ => break,
        }
        match csrf_field(&head, boundary) {
            Peek::Token(t) => {
                token = Some(t);
                break;
            }
            Peek::Other => break,
            Peek::More => {}
        }
    }
    let first = futures_util::stream::once(async move { Ok::<_, axum::Error>(axum::body::Bytes::from(head)) });
    (Body::from_stream(first.chain(stream)), token)
}

enum Peek {
    Token(String),
    /// The first field is something else: no token.
    Other,
    More,
}

/// The value of the first part of a multipart body when it is the field `csrf`.
fn csrf_field(head: &[u8], boundary: &str) -> Peek {
    let opening = format!("--{boundary}\r\n");
    let Some(rest) = head.strip_prefix(opening.as_bytes()) else {
        return if head.len() < opening.len() { Peek::More } else { Peek::Other };
    };
    let Some(end_of_headers) = rest.windows(4).position(|w| w == b"\r\n\r\n") else { return Peek::More };
    let headers = String::from_utf8_lossy(&rest[..end_of_headers]).to_ascii_lowercase();
    let named_csrf = headers
        .lines()
        .any(|l| l.starts_with("content-disposition:") && l.contains("form-data") && l.contains("name=\"csrf\""));
    if !named_csrf {
        return Peek::Other;
    }
    let value = &rest[end_of_headers + 4..];
    let closing = format!("\r\n--{boundary}");
    match value.windows(closing.len()).position(|w| w == closing.as_bytes()) {
        Some(end) => Peek::Token(String::from_utf8_lossy(&value[..end]).into_owned()),
        None => Peek::More,
    }
}

async fn refuse(state: &AppState, req: Request, why: &str) -> Response {
    tracing::warn!(path = %req.uri().path(), reason = why, "request refused by CSRF protection");
    crate::policy::deny(state, req, why).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_read_from_an_upload_whose_first_field_is_csrf() {
        let body = b"--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc123\r\n--B\r\nContent-Disposition: form-data; name=\"file\"";
        assert!(matches!(csrf_field(body, "B"), Peek::Token(t) if t == "abc123"));
    }

    #[test]
    fn an_upload_whose_first_field_is_another_has_no_token() {
        let body = b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n%PDF";
        assert!(matches!(csrf_field(body, "B"), Peek::Other));
    }

    #[test]
    fn a_first_field_cut_short_asks_for_more() {
        assert!(matches!(csrf_field(b"--B\r\nContent-Disposition: form-da", "B"), Peek::More));
        assert!(matches!(
            csrf_field(b"--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc", "B"),
            Peek::More
        ));
    }
}
