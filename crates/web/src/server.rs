//! Router assembly, the middleware stack, and serving with a graceful drain.

use crate::policy::{Policy, RouteInfo, Routes};
use crate::{assets, csrf, headers, pages, session};
use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::{Next, from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use ctpat_app::App;
use std::collections::HashSet;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

#[derive(Clone)]
pub struct AppState {
    pub app: App,
    pub api: crate::api::ApiRuntime,
    pub limits: crate::limit::PageLimits,
}

impl AppState {
    /// The state of a running server (starts the API call log; needs a Tokio runtime).
    pub fn new(app: App) -> AppState {
        AppState { api: crate::api::ApiRuntime::new(&app), limits: crate::limit::PageLimits::new(&app.settings), app }
    }
}

/// The id of this request: in the `x-request-id` header, the log, the audit trail and on
/// error pages, so one reference ties them together.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

const BODY_LIMIT: usize = 2 * 1024 * 1024;

async fn request_id(mut req: Request, next: Next) -> Response {
    let id = ctpat_app::secret::random_code(12);
    req.extensions_mut().insert(RequestId(id.clone()));
    let span = tracing::info_span!("request", id = %id, method = %req.method(), path = %req.uri().path());
    let _ = span.enter();
    let mut res = next.run(req).await;
    if let Ok(v) = HeaderValue::from_str(&id) {
        res.headers_mut().insert("x-request-id", v);
    }
    res
}

/// A panic becomes a 500 page with a reference id that is in the log.
pub fn panic_response(err: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let detail = err
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| err.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panic".into());
    let reference = ctpat_app::secret::random_code(12);
    tracing::error!(reference = %reference, panic = %detail, "handler panicked");
    // In the request's language, as far as the request said it (cookie, Accept-Language).
    let en = crate::page::request_lang();
    let reference = format!("{} <code class=\"reference\">{reference}</code>", en.t("error-reference"));
    crate::page::bare_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        "error-500-title",
        &[en.t("error-500-body"), reference],
        false,
    )
}

/// Readiness for a load balancer: 200 when the database answers with this release's schema,
/// 503 with the reason otherwise (no detail of the database in it).
async fn ready(axum::extract::State(state): axum::extract::State<AppState>) -> axum::response::Response {
    use axum::response::IntoResponse;
    match state.app.ready().await {
        Ok(()) => "ready".into_response(),
        Err(why) => (axum::http::StatusCode::SERVICE_UNAVAILABLE, format!("not ready: {why}")).into_response(),
    }
}

/// The full route table, with each route's policy.
pub fn routes(state: AppState) -> Routes {
    let r = Routes::new(state)
        .get("/healthz", Policy::Public, || async { "ok" })
        .get("/readyz", Policy::Public, ready)
        .get("/assets/app.css", Policy::Public, assets::css)
        .get("/assets/app.js", Policy::Public, assets::js);
    crate::api::routes(pages::register(r))
}

pub fn build_router(state: AppState) -> (Router, Vec<RouteInfo>) {
    let (router, table) = routes(state.clone()).finish();
    // One view of which routes take uploads, for the time limit and the announced-size check.
    let deadlines = Deadlines::new(&state, &table);
    let router = router
        .layer(from_fn(crate::policy::guard))
        .fallback(pages::not_found)
        .layer(from_fn(crate::error::error_pages))
        .layer(from_fn_with_state(crate::flash::Flashes::new(&table), crate::flash::prg))
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(from_fn_with_state(state.clone(), session::resolve_session))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(from_fn_with_state(crate::limit::ClientLimit::new(&state.app.settings), crate::limit::per_client))
        .layer(from_fn_with_state(deadlines.clone(), deadline))
        .layer(from_fn_with_state(deadlines, announced_size))
        .layer(from_fn_with_state(crate::methods::Allowed::new(&table), crate::methods::filter))
        .layer(from_fn_with_state(state.clone(), headers::security_headers))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(from_fn(crate::page::with_request_lang))
        // Paths only: query strings can hold one-time tokens and never reach the log.
        .layer(TraceLayer::new_for_http().make_span_with(
            |req: &Request| tracing::info_span!("http", method = %req.method(), path = %req.uri().path()),
        ))
        .layer(from_fn(request_id))
        .with_state(state);
    (router, table)
}

/// Request time limits: the general one, and the longer one of the routes that receive files
/// (recognised by their matched route, so a long limit never reaches other routes).
#[derive(Clone)]
struct Deadlines {
    general: Duration,
    upload: Duration,
    upload_paths: Arc<HashSet<&'static str>>,
}

impl Deadlines {
    fn new(state: &AppState, table: &[RouteInfo]) -> Deadlines {
        let s = &state.app.settings;
        Deadlines {
            general: s.request_timeout,
            upload: s.upload_timeout,
            upload_paths: Arc::new(table.iter().filter(|r| r.upload).map(|r| r.path).collect()),
        }
    }
}

/// An API body announced larger than the general limit is answered 413 at once (upload routes
/// have their own, larger limit and check), not after waiting for it to arrive. Pages keep
/// reading up to the limit: a browser still sending its form would see the connection cut
/// instead of the page that explains.
async fn announced_size(State(d): State<Deadlines>, req: Request, next: Next) -> Response {
    let upload = req.extensions().get::<MatchedPath>().is_some_and(|p| d.upload_paths.contains(p.as_str()));
    let announced = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if !upload && req.uri().path().starts_with("/api/") && announced.is_some_and(|n| n > BODY_LIMIT as u64) {
        return crate::api::ApiProblem::new(StatusCode::PAYLOAD_TOO_LARGE, "too-large").into_response();
    }
    next.run(req).await
}

async fn deadline(State(d): State<Deadlines>, req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/api/") {
        // API calls get their limit inside `api::authorize`, which records them.
        return next.run(req).await;
    }
    let upload = req.method() == axum::http::Method::POST
        && req.extensions().get::<MatchedPath>().is_some_and(|p| d.upload_paths.contains(p.as_str()));
    match tokio::time::timeout(if upload { d.upload } else { d.general }, next.run(req)).await {
        Ok(res) => res,
        Err(_) => timeout_page(),
    }
}

/// The page of a request stopped by its time limit (its transaction, if any, was rolled back
/// unless it had already committed, hence "check").
fn timeout_page() -> Response {
    let text = crate::page::request_lang().t("error-408-body");
    crate::page::bare_page(StatusCode::REQUEST_TIMEOUT, "error-408-title", &[text], true)
}

/// Serve until `shutdown` resolves, then let in-flight requests finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (router, _) = build_router(state);
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(shutdown)
        .await
}
