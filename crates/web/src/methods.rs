//! A matched path asked with a method it does not serve gets 405 with `Allow` (a problem
//! document under `/api/`, a page elsewhere), before sessions, CSRF checks or policies run: a
//! `TRACE` or `PUT` is neither a refusal (403) nor a server fault (500).

use crate::policy::RouteInfo;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::sync::Arc;

/// The methods each route path serves.
#[derive(Clone)]
pub struct Allowed(Arc<HashMap<&'static str, Vec<Method>>>);

impl Allowed {
    pub fn new(table: &[RouteInfo]) -> Allowed {
        let mut map: HashMap<&'static str, Vec<Method>> = HashMap::new();
        for r in table {
            let methods = map.entry(r.path).or_default();
            methods.push(r.method.clone());
            // HEAD is answered wherever GET is.
            if r.method == Method::GET {
                methods.push(Method::HEAD);
            }
        }
        Allowed(Arc::new(map))
    }
}

pub async fn filter(State(allowed): State<Allowed>, req: Request, next: Next) -> Response {
    let Some(methods) = req.extensions().get::<MatchedPath>().and_then(|p| allowed.0.get(p.as_str())) else {
        return next.run(req).await;
    };
    if methods.contains(req.method()) {
        return next.run(req).await;
    }
    let allow = methods.iter().map(Method::as_str).collect::<Vec<_>>().join(", ");
    let mut res = if req.uri().path().starts_with("/api/") {
        crate::api::ApiProblem::new(StatusCode::METHOD_NOT_ALLOWED, "method-not-allowed")
            .detail(crate::page::request_lang().t_args("api-detail-methods", &[("methods", allow.clone())]))
            .into_response()
    } else {
        let text = crate::page::request_lang().t("error-405-body");
        crate::page::bare_page(StatusCode::METHOD_NOT_ALLOWED, "error-405-title", &[text], true)
    };
    if let Ok(v) = HeaderValue::from_str(&allow) {
        res.headers_mut().insert(header::ALLOW, v);
    }
    res
}
