//! One error type for handlers. It maps to a status and a page and never shows internals: a
//! 500 shows a reference id, and the log line with the detail carries the same id.

use crate::page::{ErrorPage, PageCtx, render};
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// What went wrong in a handler. It carries no page context: `?` turns a use case's error into
/// it, and `error_pages` renders the page around the request that failed (its language, its
/// signed-in person), so a handler never builds an error page itself.
#[derive(Debug)]
pub enum WebError {
    NotFound,
    Forbidden,
    SignIn,
    Internal(String),
    /// The object changed since the form was shown.
    ChangedMeanwhile,
}

/// A use-case error that has no form to re-render. (A form's own errors — `Invalid`,
/// `Refused` — are re-rendered by `form::rerender`; reaching here they are a bug: 500.)
impl From<ctpat_app::Error> for WebError {
    fn from(e: ctpat_app::Error) -> WebError {
        use ctpat_app::Error as E;
        match e {
            E::NotFound => WebError::NotFound,
            E::Forbidden => WebError::Forbidden,
            E::Unauthenticated => WebError::SignIn,
            E::ChangedMeanwhile => WebError::ChangedMeanwhile,
            E::Invalid(errs) => WebError::Internal(format!("unhandled invalid input: {errs:?}")),
            E::Refused(p) => WebError::Internal(format!("unhandled refusal: {p}")),
            E::Internal(msg) => WebError::Internal(msg),
        }
    }
}

/// The page `error_pages` renders for a response: its status says which.
#[derive(Debug, Clone)]
struct ErrorPageWanted {
    /// The detail of a 500, for the log line (never the page).
    detail: Option<String>,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, detail, refusal) = match self {
            WebError::SignIn => return Redirect::to("/login").into_response(),
            WebError::NotFound => (StatusCode::NOT_FOUND, None, Some("not_found")),
            WebError::Forbidden => (StatusCode::FORBIDDEN, None, Some("forbidden")),
            WebError::ChangedMeanwhile => (StatusCode::CONFLICT, None, None),
            WebError::Internal(detail) => (StatusCode::INTERNAL_SERVER_ERROR, Some(detail), None),
        };
        let mut res = status.into_response();
        res.extensions_mut().insert(ErrorPageWanted { detail });
        if let Some(reason) = refusal {
            res.extensions_mut().insert(crate::policy::UseCaseRefusal(reason));
        }
        res
    }
}

/// Render the error page a handler asked for, in the context of the request that failed.
/// (The API answers problems of its own and is left alone.)
pub async fn error_pages(req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let ctx = PageCtx::from_parts(&parts);
    let res = next.run(Request::from_parts(parts, body)).await;
    let Some(wanted) = res.extensions().get::<ErrorPageWanted>().cloned() else { return res };
    let refusal = res.extensions().get::<crate::policy::UseCaseRefusal>().copied();
    let status = res.status();
    let (title, body, reference) = match status {
        StatusCode::NOT_FOUND => ("error-404-title", "error-404-body", None),
        StatusCode::FORBIDDEN => ("error-403-title", "error-403-body", None),
        StatusCode::CONFLICT => ("error-409-title", "error-409-body", None),
        _ => {
            let reference = ctx.request_id.clone();
            tracing::error!(reference = %reference, error = %wanted.detail.unwrap_or_default(), "internal error");
            ("error-500-title", "error-500-body", Some(reference))
        }
    };
    let mut page = error_page(ctx, status, title, body, reference);
    if let Some(r) = refusal {
        page.extensions_mut().insert(r);
    }
    page
}

pub fn error_page(
    ctx: PageCtx,
    status: StatusCode,
    title: &'static str,
    body: &'static str,
    reference: Option<String>,
) -> Response {
    let page = ErrorPage { title: ctx.t(title), body: ctx.t(body), reference, ctx };
    (status, render(&page)).into_response()
}
