//! Post/redirect/get for forms that come back with problems. A browser's form submission that
//! is answered with the form again (422) would leave a POST in the history, and Back or Reload
//! would ask to "confirm form resubmission". Instead the page, as rendered with what was typed
//! and the messages, is kept on the server for a few minutes under a random key bound to the
//! visitor, and the browser is sent (303) to the form's page with `?form=key`, where the kept
//! page is shown. Back, Forward and Reload then only ever repeat a GET.
//!
//! The form's page is found from the route table alone (the POST's own address when it shows a
//! page, else the nearest address above it that does), never from what the request says. A kept
//! page is shown only in place of a page the route itself has just answered with success for
//! the same visitor — so the route's policy and a live session are checked as for any GET — and
//! a visitor's kept pages are forgotten when their session starts or ends.
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
use axum::response::{IntoResponse, Response};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The query parameter that names a kept page.
pub const PARAM: &str = "form";
/// How long a kept page can be shown again (Reload, Back and Forward within a sitting).
const KEEP: Duration = Duration::from_secs(15 * 60);
/// At most this many bytes of kept pages in all, and this many pages; the oldest go first.
const MAX_BYTES: usize = 64 * 1024 * 1024;
const MAX_PAGES: usize = 10_000;
/// At most this many pages per visitor (a visitor needs one; Back may reach a few).
const PER_OWNER: usize = 5;
/// A page larger than this, or an address longer, is answered directly (422) rather than kept.
const MAX_PAGE: usize = 2 * 1024 * 1024;
const MAX_ADDRESS: usize = 2048;

struct Kept {
    /// Whose it is: a digest of the session cookie, or of the CSRF cookie before signing in.
    owner: String,
    path: String,
    status: StatusCode,
    body: axum::body::Bytes,
    at: Instant,
}

impl Kept {
    fn size(&self, key: &str) -> usize {
        self.body.len() + self.path.len() + self.owner.len() + key.len()
    }
}

#[derive(Default)]
struct Store {
    pages: HashMap<String, Kept>,
    order: VecDeque<String>,
    bytes: usize,
}

impl Store {
    fn remove(&mut self, key: &str) {
        if let Some(k) = self.pages.remove(key) {
            self.bytes -= k.size(key);
        }
    }

    fn forget_old(&mut self, now: Instant) {
        while let Some(key) = self.order.front().cloned() {
            let stale = match self.pages.get(&key) {
                Some(k) => now.duration_since(k.at) > KEEP || self.bytes > MAX_BYTES || self.pages.len() > MAX_PAGES,
                None => true,
            };
            if !stale {
                break;
            }
            self.order.pop_front();
            self.remove(&key);
        }
    }
}

/// The kept pages, and where each form's page is.
#[derive(Clone)]
pub struct Flashes {
    store: Arc<Mutex<Store>>,
    /// Route paths that show a page (GET).
    pages: Arc<HashSet<&'static str>>,
    /// For each POST route, how many trailing segments to drop to reach its page.
    up_to_page: Arc<HashMap<&'static str, usize>>,
}

impl Flashes {
    pub fn new(table: &[RouteInfo]) -> Flashes {
        let pages: HashSet<&'static str> = table.iter().filter(|r| r.method == Method::GET).map(|r| r.path).collect();
        let mut up_to_page = HashMap::new();
        for r in table.iter().filter(|r| r.method == Method::POST && !r.path.starts_with("/api/")) {
            let mut path = r.path.to_string();
            for up in 0..=3 {
                if pages.contains(path.as_str()) {
                    up_to_page.insert(r.path, up);
                    break;
                }
                match path.rfind('/') {
                    Some(i) if i > 0 => path.truncate(i),
                    _ => break,
                }
            }
        }
        Flashes { store: Arc::default(), pages: Arc::new(pages), up_to_page: Arc::new(up_to_page) }
    }

    fn keep(&self, kept: Kept) -> String {
        let key = ctpat_app::secret::random_code(22);
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        // One visitor holds a few pages at most: their oldest goes first.
        let mine: Vec<String> = store
            .order
            .iter()
            .filter(|k| store.pages.get(*k).is_some_and(|p| p.owner == kept.owner))
            .cloned()
            .collect();
        if mine.len() >= PER_OWNER {
            for k in &mine[..=mine.len() - PER_OWNER] {
                store.remove(k);
            }
        }
        store.bytes += kept.size(&key);
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

    /// Forget every page of these visitors (their session started or ended).
    fn forget(&self, owners: &[String]) {
        let mut store = self.store.lock().unwrap_or_else(|p| p.into_inner());
        let gone: Vec<String> =
            store.pages.iter().filter(|(_, k)| owners.contains(&k.owner)).map(|(key, _)| key.clone()).collect();
        for key in gone {
            store.remove(&key);
        }
    }
}

/// The visitor's identities: their session (when signed in) and their CSRF cookie, as digests,
/// never the cookie values themselves.
fn owners(headers: &HeaderMap) -> (Option<String>, Option<String>) {
    let digest =
        |name: &str| crate::page::cookie(headers, name).filter(|c| c.len() <= 256).map(ctpat_app::secret::token_hash);
    (digest(crate::session::SESSION_COOKIE), digest(crate::csrf::CSRF_COOKIE))
}

fn key_in(query: Option<&str>) -> Option<String> {
    query.and_then(|q| form_urlencoded::parse(q.as_bytes()).find(|(k, _)| k == PARAM).map(|(_, v)| v.into_owned()))
}

/// The page a form was on, from the route table: the POST's own address, or the nearest address
/// above it that shows a page (the review of a category returns to the category).
fn form_page(req: &Request, flashes: &Flashes) -> Option<String> {
    let matched = req.extensions().get::<MatchedPath>()?.as_str();
    let up = *flashes.up_to_page.get(matched)?;
    let path = req.uri().path();
    let mut segments: Vec<&str> = path.split('/').collect();
    segments.truncate(segments.len().checked_sub(up)?);
    let page = segments.join("/");
    (page.starts_with('/') && !page.starts_with("//") && page.len() <= MAX_ADDRESS).then_some(page)
}

fn is_html(res: &Response) -> bool {
    res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"))
}

/// Whether the response starts or ends a session (sets or clears the session cookie).
fn session_changed(res: &Response) -> bool {
    res.headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|c| c.as_bytes().starts_with(crate::session::SESSION_COOKIE.as_bytes()))
}

pub async fn prg(State(flashes): State<Flashes>, req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let (session, csrf) = owners(req.headers());
    let owner = session.clone().or(csrf.clone());
    let is_page = req.extensions().get::<MatchedPath>().is_some_and(|p| flashes.pages.contains(p.as_str()));
    if req.method() == Method::GET
        && is_page
        && let Some(key) = key_in(req.uri().query())
    {
        // The route answers first, with its policy and the live session: the kept page only
        // ever stands in for a page this visitor may see now.
        let path = req.uri().path().to_string();
        let res = next.run(req).await;
        if !res.status().is_success() || !is_html(&res) {
            return res;
        }
        let Some((status, body)) = owner.and_then(|o| flashes.take(&key, &o, &path)) else { return res };
        let (mut parts, _) = res.into_parts();
        parts.status = status;
        return Response::from_parts(parts, Body::from(body));
    }
    let navigates = req.method() == Method::POST
        && req.headers().get("sec-fetch-mode").is_some_and(|v| v.as_bytes() == b"navigate");
    let target = if navigates { form_page(&req, &flashes) } else { None };
    let res = next.run(req).await;
    if session_changed(&res) {
        flashes.forget(&[session, csrf].into_iter().flatten().collect::<Vec<_>>());
        return res;
    }
    let (Some(page), Some(owner)) = (target, owner) else { return res };
    let small = axum::body::HttpBody::size_hint(res.body()).upper().is_some_and(|n| n <= MAX_PAGE as u64);
    if res.status() != StatusCode::UNPROCESSABLE_ENTITY || !is_html(&res) || !small {
        return res;
    }
    let (parts, body) = res.into_parts();
    let Ok(body) = to_bytes(body, MAX_PAGE).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "page could not be kept").into_response();
    };
    let key = flashes.keep(Kept { owner, path: page.clone(), status: parts.status, body, at: Instant::now() });
    let mut redirect = Response::new(Body::empty());
    *redirect.status_mut() = StatusCode::SEE_OTHER;
    let location = format!("{page}?{PARAM}={key}");
    if let Ok(v) = HeaderValue::from_str(&location) {
        redirect.headers_mut().insert(header::LOCATION, v);
    }
    // Cookies set while answering still reach the browser.
    for cookie in parts.headers.get_all(header::SET_COOKIE) {
        redirect.headers_mut().append(header::SET_COOKIE, cookie.clone());
    }
    redirect
}
