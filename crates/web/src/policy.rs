//! Route authorization. Routes are added only through `Routes`, which requires a `Policy` and
//! records it in the route table (shown in tests and docs). A guard layer fails closed: a
//! matched route whose response did not pass through a policy check becomes a 500.

use crate::page::{PageCtx, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::handler::Handler;
use axum::http::{Method, StatusCode};
use axum::middleware::{Next, from_fn_with_state};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{MethodFilter, on};
use ctpat_app::auth::Stage;
use ctpat_domain::Permission;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Anyone, signed in or not.
    Public,
    /// Any session, even one still in a login step (e.g. logout).
    AnySession,
    /// A session whose password step passed and whose second factor is due.
    SecondFactor,
    /// Signed in, or required to enrol in MFA before anything else.
    MfaEnrolment,
    /// Fully signed in.
    SignedIn,
    /// Fully signed in with a program permission from the matrix.
    Staff(Permission),
    /// Fully signed in with at least one of these program permissions.
    StaffAnyOf(&'static [Permission]),
    /// An API call with a live token of a partner account holding this scope (no session).
    Api(ctpat_app::api_tokens::ApiScope),
}

impl Policy {
    pub fn describe(self) -> String {
        match self {
            Policy::Staff(p) => format!("staff:{}", p.key()),
            Policy::StaffAnyOf(ps) => format!("staff:{}", ps.iter().map(|p| p.key()).collect::<Vec<_>>().join("|")),
            Policy::Api(scope) => format!("api:{}", scope.key()),
            other => format!("{other:?}").to_lowercase(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RouteInfo {
    pub method: Method,
    pub path: &'static str,
    pub policy: Policy,
    /// Receives a file: no general body limit, the longer upload timeout.
    pub upload: bool,
}

/// Set on a response when a use case refused the request (an object of another company is
/// "not found", an action the person's role does not allow "forbidden"): the policy layer
/// audits it like a refusal of the route itself.
#[derive(Debug, Clone, Copy)]
pub struct UseCaseRefusal(pub &'static str);

/// Inserted into every response that went through a policy check.
#[derive(Debug, Clone, Copy)]
pub struct PolicyApplied(pub Policy);

pub struct Routes {
    state: AppState,
    router: Router<AppState>,
    table: Vec<RouteInfo>,
}

enum Decision {
    Allow,
    SignIn,
    SecondFactor,
    Enrol,
    Home,
    Deny,
}

fn decide(policy: Policy, viewer: Option<&Viewer>) -> Decision {
    let stage = viewer.map(|v| v.stage);
    let full_or = |stage: Option<Stage>| match stage {
        None => Decision::SignIn,
        Some(Stage::Mfa) => Decision::SecondFactor,
        Some(Stage::Enrol) => Decision::Enrol,
        Some(Stage::Full) => Decision::Allow,
    };
    match policy {
        Policy::Public => Decision::Allow,
        Policy::AnySession => {
            if viewer.is_some() {
                Decision::Allow
            } else {
                Decision::SignIn
            }
        }
        Policy::SecondFactor => match stage {
            Some(Stage::Mfa) => Decision::Allow,
            Some(Stage::Full) => Decision::Home,
            Some(Stage::Enrol) => Decision::Enrol,
            None => Decision::SignIn,
        },
        Policy::MfaEnrolment => match stage {
            Some(Stage::Enrol) => Decision::Allow,
            other => full_or(other),
        },
        Policy::SignedIn => full_or(stage),
        Policy::Staff(p) => match full_or(stage) {
            Decision::Allow if viewer.is_some_and(|v| v.actor.has(p)) => Decision::Allow,
            Decision::Allow => Decision::Deny,
            other => other,
        },
        // Checked by `api::authorize` before `decide` is reached.
        Policy::Api(_) => Decision::Deny,
        Policy::StaffAnyOf(ps) => match full_or(stage) {
            Decision::Allow if viewer.is_some_and(|v| ps.iter().any(|p| v.actor.has(*p))) => Decision::Allow,
            Decision::Allow => Decision::Deny,
            other => other,
        },
    }
}

async fn enforce(State((state, policy)): State<(AppState, Policy)>, req: Request, next: Next) -> Response {
    if let Policy::Api(scope) = policy {
        let mut res = crate::api::authorize(&state, req, next, scope).await;
        res.extensions_mut().insert(PolicyApplied(policy));
        return res;
    }
    let viewer = req.extensions().get::<Viewer>().cloned();
    let mut res = match decide(policy, viewer.as_ref()) {
        Decision::Allow => {
            let (meta, target) = (crate::session::meta_of(&req), format!("{} {}", req.method(), req.uri().path()));
            let res = next.run(req).await;
            if let Some(UseCaseRefusal(reason)) = res.extensions().get::<UseCaseRefusal>().copied() {
                let actor = viewer.as_ref().map(|v| &v.actor);
                if let Err(e) = ctpat_app::audit::access_denied(&state.app, actor, &meta, &target, reason).await {
                    tracing::error!(error = %e, "could not audit a refusal");
                }
            }
            res
        }
        Decision::SignIn => {
            let next_path = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            if req.method() == Method::GET && next_path != "/" {
                let q: String = form_urlencoded::Serializer::new(String::new()).append_pair("next", next_path).finish();
                Redirect::to(&format!("/login?{q}")).into_response()
            } else {
                Redirect::to("/login").into_response()
            }
        }
        Decision::SecondFactor => Redirect::to("/login/mfa").into_response(),
        Decision::Enrol => Redirect::to("/account/mfa").into_response(),
        Decision::Home => Redirect::to("/").into_response(),
        Decision::Deny => deny(&state, req, "permission").await,
    };
    res.extensions_mut().insert(PolicyApplied(policy));
    res
}

/// An upload whose announced length is over the route's limit is answered 413 at once, before
/// its policy runs or a byte of it is read.
async fn announced_too_large(State(limit): State<usize>, req: Request, next: Next) -> Response {
    let announced = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > limit as u64) {
        let ctx = PageCtx::from_parts(&req.into_parts().0);
        let mut res = crate::error::error_page(
            ctx,
            StatusCode::PAYLOAD_TOO_LARGE,
            "error-413-title",
            "error-upload-too-large",
            None,
        );
        // Answered before the policy layer, which is the point: mark it as checked.
        res.extensions_mut().insert(PolicyApplied(Policy::Public));
        return res;
    }
    next.run(req).await
}

/// Refuse a request: audit "access.denied" and show the 403 page.
pub async fn deny(state: &AppState, req: Request, reason: &str) -> Response {
    let (parts, _) = req.into_parts();
    let ctx = PageCtx::from_parts(&parts);
    let viewer = parts.extensions.get::<Viewer>();
    let meta = ctpat_app::RequestMeta {
        request_id: Some(ctx.request_id.clone()),
        ip: parts.extensions.get::<axum::extract::ConnectInfo<std::net::SocketAddr>>().map(|c| c.0.ip().to_string()),
        user_agent: parts.headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_string),
    };
    if let Err(e) = ctpat_app::audit::access_denied(
        &state.app,
        viewer.map(|v| &v.actor),
        &meta,
        &format!("{} {}", parts.method, parts.uri.path()),
        reason,
    )
    .await
    {
        tracing::error!(error = %e, "could not audit a denied access");
    }
    let page =
        crate::page::ErrorPage { title: ctx.t("error-403-title"), body: ctx.t("error-403-body"), reference: None, ctx };
    render_status(StatusCode::FORBIDDEN, &page)
}

/// Outermost per-route layer: a matched route that skipped its policy check fails closed.
pub async fn guard(req: Request, next: Next) -> Response {
    let matched = req.extensions().get::<MatchedPath>().map(|m| m.as_str().to_string());
    let res = next.run(req).await;
    if let Some(path) = matched
        && res.extensions().get::<PolicyApplied>().is_none()
    {
        tracing::error!(route = %path, "route without an authorization policy");
        return (StatusCode::INTERNAL_SERVER_ERROR, "route without an authorization policy").into_response();
    }
    res
}

impl Routes {
    pub fn settings(&self) -> &ctpat_app::Settings {
        &self.state.app.settings
    }

    pub fn new(state: AppState) -> Routes {
        Routes { state, router: Router::new(), table: Vec::new() }
    }

    pub fn get<H, T>(self, path: &'static str, policy: Policy, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::GET, path, policy, handler)
    }

    pub fn post<H, T>(self, path: &'static str, policy: Policy, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.add(Method::POST, path, policy, handler)
    }

    /// A POST that receives a file of at most `max_file` bytes: the general body limit gives way
    /// to one that fits the file and the form around it (the handler counts the file's own bytes
    /// while they stream in, to answer with a clear page first).
    pub fn post_upload<H, T>(mut self, path: &'static str, policy: Policy, max_file: u64, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        const FORM_AROUND: u64 = 64 * 1024;
        let limit = usize::try_from(max_file.saturating_add(FORM_AROUND)).unwrap_or(usize::MAX);
        let layer = from_fn_with_state((self.state.clone(), policy), enforce);
        let route = on(MethodFilter::POST, handler)
            .layer(axum::extract::DefaultBodyLimit::max(limit))
            .route_layer(layer)
            .route_layer(from_fn_with_state(limit, announced_too_large));
        self.router = self.router.route(path, route);
        self.table.push(RouteInfo { method: Method::POST, path, policy, upload: true });
        self
    }

    fn add<H, T>(mut self, method: Method, path: &'static str, policy: Policy, handler: H) -> Routes
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        let filter = MethodFilter::try_from(method.clone()).expect("supported method");
        let layer = from_fn_with_state((self.state.clone(), policy), enforce);
        self.router = self.router.route(path, on(filter, handler).route_layer(layer));
        self.table.push(RouteInfo { method, path, policy, upload: false });
        self
    }

    pub fn finish(self) -> (Router<AppState>, Vec<RouteInfo>) {
        (self.router, self.table)
    }
}
