//! Errors of the API as RFC 9457 problem documents (`application/problem+json`), with the
//! offending fields named. Internals never leak: an unexpected failure is a 500 with the
//! request id only.

use crate::page::request_lang;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// One field's problem.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FieldIssue {
    /// The field, as a JSON pointer-like path (`svi_numbers[3]`).
    pub field: String,
    /// A stable code (`err-svi-format`, `unknown-field`, …).
    pub code: String,
    pub message: String,
}

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ProblemDoc {
    /// A URI reference naming the kind of problem.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldIssue>,
    /// Why a command was refused, as a stable code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ApiProblem {
    pub status: StatusCode,
    pub code: &'static str,
    pub detail: Option<String>,
    pub errors: Vec<FieldIssue>,
    /// Why a command was refused (a stable code such as `err-svi-blocked`).
    pub reason: Option<String>,
    pub retry_after: Option<u64>,
    pub request_id: Option<String>,
}

impl ApiProblem {
    pub fn new(status: StatusCode, code: &'static str) -> ApiProblem {
        ApiProblem { status, code, detail: None, errors: vec![], reason: None, retry_after: None, request_id: None }
    }

    pub fn detail(mut self, d: impl Into<String>) -> ApiProblem {
        self.detail = Some(d.into());
        self
    }

    pub fn field(mut self, field: impl Into<String>, code: &str, message: impl Into<String>) -> ApiProblem {
        self.errors.push(FieldIssue { field: field.into(), code: code.to_string(), message: message.into() });
        self
    }

    /// A domain problem on a field, worded from the message catalogue.
    pub fn invalid(field: &str, p: &ctpat_domain::Problem) -> ApiProblem {
        ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-field").field(
            field,
            p.code,
            request_lang().problem(p),
        )
    }

    pub fn doc(&self) -> ProblemDoc {
        let lang = request_lang();
        ProblemDoc {
            kind: format!("/api/v1/problems/{}", self.code),
            title: lang.t(&format!("api-problem-{}", self.code)),
            status: self.status.as_u16(),
            detail: self.detail.clone(),
            instance: self.request_id.as_ref().map(|r| format!("urn:ctpat:request:{r}")),
            errors: self.errors.clone(),
            reason: self.reason.clone(),
        }
    }
}

/// Use-case errors as problems.
impl From<ctpat_app::Error> for ApiProblem {
    fn from(e: ctpat_app::Error) -> ApiProblem {
        use ctpat_app::Error as E;
        let lang = request_lang();
        match e {
            E::Invalid(errs) => {
                let mut p = ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-field");
                for fe in errs {
                    p = p.field(fe.field.to_string(), fe.problem.code, lang.problem(&fe.problem));
                }
                p
            }
            E::Refused(pr) => {
                let mut p = ApiProblem::new(StatusCode::CONFLICT, "refused").detail(lang.problem(&pr));
                p.reason = Some(pr.code.to_string());
                p
            }
            E::NotFound => ApiProblem::new(StatusCode::NOT_FOUND, "not-found"),
            E::Forbidden => ApiProblem::new(StatusCode::FORBIDDEN, "forbidden"),
            E::Unauthenticated => ApiProblem::new(StatusCode::UNAUTHORIZED, "unauthenticated"),
            E::ChangedMeanwhile => ApiProblem::new(StatusCode::CONFLICT, "changed-meanwhile"),
            E::Internal(msg) => {
                tracing::error!(error = %msg, "API call failed");
                ApiProblem::new(StatusCode::INTERNAL_SERVER_ERROR, "internal")
            }
        }
    }
}

impl IntoResponse for ApiProblem {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.doc()).unwrap_or_default();
        let mut res = (self.status, body).into_response();
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        // Title, detail and messages are in this language; `type`, `code` and `reason` never change.
        if let Ok(v) = HeaderValue::from_str(&request_lang().code()) {
            res.headers_mut().insert(header::CONTENT_LANGUAGE, v);
        }
        if self.status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"ctpat\""));
        }
        if let Some(s) = self.retry_after {
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(s));
        }
        res
    }
}
