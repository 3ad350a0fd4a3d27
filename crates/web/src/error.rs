//! One error type for handlers. It maps to a status and a page and never shows internals: a
//! 500 shows a reference id, and the log line with the detail carries the same id.

use crate::page::{ErrorPage, PageCtx, render};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Debug)]
pub enum WebError {
    NotFound(PageCtx),
    Forbidden(PageCtx),
    SignIn,
    Internal(PageCtx, String),
    /// The object changed since the form was shown.
    ChangedMeanwhile(PageCtx),
}

impl WebError {
    /// Map a use-case error that has no form to re-render.
    pub fn from_app(ctx: &PageCtx, e: ctpat_app::Error) -> WebError {
        use ctpat_app::Error as E;
        match e {
            E::NotFound => WebError::NotFound(ctx.clone()),
            E::Forbidden => WebError::Forbidden(ctx.clone()),
            E::Unauthenticated => WebError::SignIn,
            E::ChangedMeanwhile => WebError::ChangedMeanwhile(ctx.clone()),
            E::Invalid(errs) => WebError::Internal(ctx.clone(), format!("unhandled invalid input: {errs:?}")),
            E::Refused(p) => WebError::Internal(ctx.clone(), format!("unhandled refusal: {p}")),
            E::Internal(msg) => WebError::Internal(ctx.clone(), msg),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        match self {
            WebError::NotFound(ctx) => {
                let mut res = error_page(ctx, StatusCode::NOT_FOUND, "error-404-title", "error-404-body", None);
                res.extensions_mut().insert(crate::policy::UseCaseRefusal("not_found"));
                res
            }
            WebError::Forbidden(ctx) => {
                let mut res = error_page(ctx, StatusCode::FORBIDDEN, "error-403-title", "error-403-body", None);
                res.extensions_mut().insert(crate::policy::UseCaseRefusal("forbidden"));
                res
            }
            WebError::ChangedMeanwhile(ctx) => {
                error_page(ctx, StatusCode::CONFLICT, "error-409-title", "error-409-body", None)
            }
            WebError::SignIn => Redirect::to("/login").into_response(),
            WebError::Internal(ctx, detail) => {
                let reference = ctx.request_id.clone();
                tracing::error!(reference = %reference, error = %detail, "internal error");
                error_page(ctx, StatusCode::INTERNAL_SERVER_ERROR, "error-500-title", "error-500-body", Some(reference))
            }
        }
    }
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

impl From<(PageCtx, ctpat_app::Error)> for WebError {
    fn from((ctx, e): (PageCtx, ctpat_app::Error)) -> Self {
        WebError::from_app(&ctx, e)
    }
}
