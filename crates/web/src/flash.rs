//! Post/redirect/get for forms that come back with problems. A browser's form submission that
//! is answered with the form again (422) would leave a POST in the history, and Back or Reload
//! would ask to "confirm form resubmission". Instead the page, as rendered with what was typed
//! and the messages, is kept on the server for a few minutes under a random key bound to the
//! visitor's cookie, and the browser is sent (303) to the form's own address with `?form=key`,
//! where the kept page is shown. Back, Forward and Reload then only ever repeat a GET.
//!
//! Only top-level navigations of a browser (`Sec-Fetch-Mode: navigate`) are redirected: scripts,
//! the API and older browsers get the 422 page directly, as before. Pages are kept in this
//! process's memory: behind a load balancer without sticky sessions a kept page may be missing
//! on the next request, and the visitor sees the form's page without the messages.

use crate::policy::RouteInfo;
use axum::body::{Body, to_bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The query parameter that names a kept page.
pub const PARAM: &str = "form";
/// How long a kept page can be shown again (Reload, Back and Forward within a sitting).
const KEEP: Duration = Duration::from_secs(15 * 60);
/// At most this many bytes of kept pages in all; the oldest go first.
const MAX_BYTES: usize = 64 * 1024 * 1024;
/// A page larger than this is answered directly (422) rather than kept.
const MAX_PAGE: usize = 2 * 1024 * 1024;

struct Kept {
    /// Whose it is: the session cookie, or the CSRF cookie before signing in.
    owner: String,
    path: String,
    status: StatusCode,
    body: axum::body::Bytes,
    at: Instant,
}

#[derive(Default)]
struct Store {
    pages: HashMap<String, Kept>,
    order: VecDeque<String>,
    bytes: usize,
}

impl Store {
    fn forget_old(&mut self, now: Instant) {
        while let Some(key) = self.order.front() {
            let stale = match self.pages.get(key) {
                Some(k) => now.duration_since(k.at) > KEEP || self.bytes > MAX_BYTES,
                None => true,
            };
            if !stale {
                break;
            }
            if let Some(k) = self.order.pop_front().and_then(|key| self.pages.remove(&key)) {
                self.bytes -= k.body.len();
            }
        }
    }
}

/// The kept pages, and the route paths that show a page (a form's own address is used when it
/// has one).
#[derive(Clone)]
pub struct Flashes {
    store: Arc<Mutex<Store>>,
    pages: Arc<HashSet<&'static str>>,
}

impl Flashes {
    pub fn new(table: &[RouteInfo]) -> Flashes {
        Flashes {
            store: Arc::default(),
            pages: Arc::new(table.iter().filter(|r| r.method == Method::GET).map(|r| r.path).collect()),
        }
    }

    fn keep(&self, kept: Kept) -> String {
        let key = ctpat_app::secret::random_code(22);
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        store.bytes += kept.body.len();
        store.order.push_back(key.clone());
        store.pages.insert(key.clone(), kept);
        store.forget_old(Instant::now());
        key
    }

    fn take(&self, key: &str, owner: &str, path: &str) -> Option<(StatusCode, axum::body::Bytes)> {
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        store.forget_old(Instant::now());
        store.pages.get(key).filter(|k| k.owner == owner && k.path == path).map(|k| (k.status, k.body.clone()))
    }
}

fn owner(headers: &HeaderMap) -> Option<String> {
    crate::page::cookie(headers, crate::session::SESSION_COOKIE)
        .or_else(|| crate::page::cookie(headers, crate::csrf::CSRF_COOKIE))
        .map(str::to_string)
}

/// The query string without our parameter.
fn query_without_key(query: Option<&str>) -> Vec<(String, String)> {
    query
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().filter(|(k, _)| k != PARAM).collect())
        .unwrap_or_default()
}

fn address(path: &str, query: &[(String, String)]) -> String {
    if query.is_empty() {
        return path.to_string();
    }
    let q = form_urlencoded::Serializer::new(String::new()).extend_pairs(query).finish();
    format!("{path}?{q}")
}

/// The page a form was on: its own address when that shows a page, otherwise the page that
/// sent it (the `Referer`, only when it is one of ours).
fn form_page(req: &Request, flashes: &Flashes) -> Option<(String, Vec<(String, String)>)> {
    let matched = req.extensions().get::<MatchedPath>()?.as_str();
    if flashes.pages.contains(matched) {
        return Some((req.uri().path().to_string(), query_without_key(req.uri().query())));
    }
    let referer = req.headers().get(header::REFERER)?.to_str().ok()?;
    let host = req.headers().get(header::HOST)?.to_str().ok()?;
    let url = url::Url::parse(referer).ok()?;
    let origin_host = match url.port() {
        Some(p) => format!("{}:{p}", url.host_str()?),
        None => url.host_str()?.to_string(),
    };
    if origin_host != host || !url.path().starts_with('/') || url.path().starts_with("//") {
        return None;
    }
    Some((url.path().to_string(), query_without_key(url.query())))
}

pub async fn prg(State(flashes): State<Flashes>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if path.starts_with("/api/") {
        return next.run(req).await;
    }
    if req.method() == Method::GET {
        let key = req
            .uri()
            .query()
            .and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == PARAM).map(|(_, v)| v.into_owned()));
        let Some(key) = key else { return next.run(req).await };
        let found = owner(req.headers()).and_then(|o| flashes.take(&key, &o, &path));
        return match found {
            Some((status, body)) => {
                let mut res = (status, body).into_response();
                res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
                res
            }
            // Gone (or not this visitor's): the page itself, without the messages.
            None => Redirect::to(&address(&path, &query_without_key(req.uri().query()))).into_response(),
        };
    }
    let navigates = req.method() == Method::POST
        && req.headers().get("sec-fetch-mode").is_some_and(|v| v.as_bytes() == b"navigate");
    if !navigates {
        return next.run(req).await;
    }
    let target = form_page(&req, &flashes);
    let owner = owner(req.headers());
    let res = next.run(req).await;
    let (Some((page, query)), Some(owner)) = (target, owner) else { return res };
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let small = axum::body::HttpBody::size_hint(res.body()).upper().is_some_and(|n| n <= MAX_PAGE as u64);
    if res.status() != StatusCode::UNPROCESSABLE_ENTITY || !html || !small {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(body) = to_bytes(body, MAX_PAGE).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "page could not be kept").into_response();
    };
    let key = flashes.keep(Kept { owner, path: page.clone(), status: parts.status, body, at: Instant::now() });
    let mut query = query;
    query.push((PARAM.to_string(), key));
    let mut redirect = Response::new(Body::empty());
    *redirect.status_mut() = StatusCode::SEE_OTHER;
    if let Ok(v) = HeaderValue::from_str(&address(&page, &query)) {
        redirect.headers_mut().insert(header::LOCATION, v);
    }
    // Cookies set while answering (a new session, a remembered device) still reach the browser.
    for cookie in parts.headers.get_all(header::SET_COOKIE) {
        redirect.headers_mut().append(header::SET_COOKIE, cookie.clone());
    }
    redirect
}
