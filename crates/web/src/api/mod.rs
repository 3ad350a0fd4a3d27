//! The REST API `/api/v1`: bearer tokens of a partner account, checked in the route's policy
//! (with the token's scope and rate limit) before any handler runs; JSON in and out; errors
//! as problem documents; an OpenAPI document generated from the same types.

pub mod doc;
pub mod problem;
pub mod svi;

use crate::policy::{Policy, Routes};
use crate::server::{AppState, RequestId};
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ctpat_app::api_tokens::{ApiScope, CallLog, CallRecord, Caller};
pub use problem::ApiProblem;
use serde_json::{Map, Value};

/// What the API keeps between calls: the rate limiter, the call log, and recently seen tokens.
#[derive(Clone)]
pub struct ApiRuntime {
    pub limiter: crate::limit::Limiter,
    pub calls: CallLog,
    pub tokens: TokenCache,
}

impl ApiRuntime {
    pub fn new(app: &ctpat_app::App) -> ApiRuntime {
        ApiRuntime {
            limiter: crate::limit::Limiter::new(app.settings.api_rate_per_second, app.settings.api_burst),
            calls: CallLog::spawn(app.clone()),
            tokens: TokenCache::default(),
        }
    }
}

/// Tokens authenticated in the last few seconds, by hash, so a busy integration does not cost
/// two reads and a write per call. A revocation on this server clears it at once; on another
/// server it takes effect within `TTL`.
#[derive(Clone, Default)]
pub struct TokenCache {
    map: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, (Caller, std::time::Instant)>>>,
}

impl TokenCache {
    const TTL: std::time::Duration = std::time::Duration::from_secs(5);

    fn get(&self, hash: &str) -> Option<Caller> {
        let map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        map.get(hash).filter(|(_, at)| at.elapsed() < Self::TTL).map(|(c, _)| c.clone())
    }

    fn put(&self, hash: String, caller: Caller) {
        let mut map = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > 10_000 {
            map.clear();
        }
        map.insert(hash, (caller, std::time::Instant::now()));
    }

    pub fn clear(&self) {
        self.map.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

pub fn routes(r: Routes) -> Routes {
    use ApiScope::*;
    r.get("/api/v1/openapi.json", Policy::Public, doc::openapi_json)
        .get("/api/v1/svi/{number}", Policy::Api(SviRead), svi::lookup)
        .post("/api/v1/svi/verify", Policy::Api(SviRead), svi::verify)
        .get("/api/v1/connections", Policy::Api(SviRead), svi::list_connections)
        .post("/api/v1/connections", Policy::Api(SviWrite), svi::request)
        .post("/api/v1/connections/{id}/accept", Policy::Api(SviWrite), svi::accept)
        .post("/api/v1/connections/{id}/decline", Policy::Api(SviWrite), svi::decline)
}

/// The policy of an API route: a live token with `scope`, within its rate limit.
pub async fn authorize(state: &AppState, mut req: Request, next: Next, scope: ApiScope) -> Response {
    let request_id = req.extensions().get::<RequestId>().map(|r| r.0.clone());
    let with_id = |mut p: ApiProblem| {
        p.request_id = request_id.clone();
        p.into_response()
    };
    let secret = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .map(str::to_string);
    let Some(secret) = secret else {
        return with_id(
            ApiProblem::new(StatusCode::UNAUTHORIZED, "unauthenticated")
                .detail(crate::page::request_lang().t("api-detail-bearer")),
        );
    };
    let hash = ctpat_app::api_tokens::hash(&secret);
    let caller = match state.api.tokens.get(&hash) {
        Some(c) => c,
        None => match ctpat_app::api_tokens::authenticate(&state.app, &secret).await {
            Ok(Some(c)) => {
                state.api.tokens.put(hash, c.clone());
                c
            }
            Ok(None) => return with_id(ApiProblem::new(StatusCode::UNAUTHORIZED, "unauthenticated")),
            Err(e) => return with_id(ApiProblem::from(e)),
        },
    };
    let endpoint = format!("{} {}", req.method(), req.uri().path());
    let ip = req.extensions().get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip().to_string());
    let res = if !caller.has(scope) {
        with_id(
            ApiProblem::new(StatusCode::FORBIDDEN, "forbidden")
                .detail(crate::page::request_lang().t_args("api-detail-scope", &[("scope", scope.key().to_string())])),
        )
    } else if !json_or_empty(&req) {
        with_id(
            ApiProblem::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type")
                .detail(crate::page::request_lang().t("api-detail-json-type")),
        )
    } else if let Err(wait) = state.api.limiter.check(caller.token.id, caller.account.id) {
        let mut p = ApiProblem::new(StatusCode::TOO_MANY_REQUESTS, "rate-limited");
        p.retry_after = Some(wait);
        with_id(p)
    } else {
        req.extensions_mut().insert(caller.clone());
        // The API's time limit is applied here rather than around the whole stack, so that a
        // call stopped by it is recorded like any other.
        match tokio::time::timeout(state.app.settings.request_timeout, next.run(req)).await {
            Ok(res) => res,
            Err(_) => with_id(ApiProblem::new(StatusCode::REQUEST_TIMEOUT, "timeout")),
        }
    };
    // Every call of a known token is in the audit trail before it is answered (group commit);
    // changes are also audited by their own use case, in their own transaction.
    let record = CallRecord {
        token_id: caller.token.id,
        token_name: caller.token.name.clone(),
        account_id: caller.account.id,
        endpoint,
        subject: res.status().as_u16().to_string(),
        request_id: request_id.clone(),
        ip,
    };
    match state.api.calls.record(record).await {
        Ok(()) => res,
        Err(e) => with_id(ApiProblem::from(e)),
    }
}

/// Whether the request has no body, or a JSON one: the only bodies the API reads.
fn json_or_empty(req: &Request) -> bool {
    let headers = req.headers();
    let has_body = headers.contains_key(header::TRANSFER_ENCODING)
        || headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .is_some_and(|n| n > 0);
    if !has_body {
        return true;
    }
    let Some(ct) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else { return false };
    let essence = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    essence == "application/json" || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// A positive whole-number id in the path; anything else is a problem document naming it
/// (axum's own rejection is plain text).
pub struct PathId(pub i64);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for PathId {
    type Rejection = ApiProblem;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, Self::Rejection> {
        let bad = || {
            let p = ctpat_domain::Problem::new("err-path-id");
            ApiProblem::new(StatusCode::BAD_REQUEST, "invalid-path").field(
                "id",
                p.code,
                crate::page::request_lang().problem(&p),
            )
        };
        let axum::extract::Path(raw) =
            axum::extract::Path::<String>::from_request_parts(parts, state).await.map_err(|_| bad())?;
        raw.parse::<i64>().ok().filter(|n| *n > 0).map(PathId).ok_or_else(bad)
    }
}

/// A text path parameter (the SVI number) that is valid UTF-8; anything else is a problem
/// document naming it.
pub struct PathText(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for PathText {
    type Rejection = ApiProblem;

    async fn from_request_parts(parts: &mut axum::http::request::Parts, state: &S) -> Result<Self, Self::Rejection> {
        axum::extract::Path::<String>::from_request_parts(parts, state).await.map(|p| PathText(p.0)).map_err(|_| {
            let p = ctpat_domain::Problem::new("err-svi-format");
            ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-field").field(
                "number",
                p.code,
                crate::page::request_lang().problem(&p),
            )
        })
    }
}

/// The request id of a call, for the audit trail.
pub fn request_id(req_id: &Option<axum::Extension<RequestId>>) -> Option<String> {
    req_id.as_ref().map(|r| r.0.0.clone())
}

/// A JSON object body with only the `allowed` members: anything else is refused by name.
pub fn body_object(bytes: &[u8], allowed: &[&str]) -> Result<Map<String, Value>, ApiProblem> {
    let bad = |detail: String| ApiProblem::new(StatusCode::BAD_REQUEST, "malformed-body").detail(detail);
    let lang = crate::page::request_lang();
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|e| bad(lang.t_args("api-detail-not-json", &[("error", e.to_string())])))?;
    let Value::Object(map) = value else { return Err(bad(lang.t("api-detail-not-object"))) };
    let unknown: Vec<&String> = map.keys().filter(|k| !allowed.contains(&k.as_str())).collect();
    if !unknown.is_empty() {
        let mut p = ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown-field");
        for k in unknown {
            p = p.field(k.clone(), "unknown-field", lang.t_args("api-detail-unknown-field", &[("field", k.clone())]));
        }
        return Err(p);
    }
    Ok(map)
}
