//! What every page knows about its request (language, viewer, CSRF token, navigation), and
//! rendering a template into a response.

use crate::csrf::CsrfToken;
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use ctpat_app::auth::Stage;
use ctpat_app::i18n::Lang;
use ctpat_domain::{Permission, Role};
use std::convert::Infallible;

pub const LANG_COOKIE: &str = "ctpat-lang";

tokio::task_local! {
    static REQUEST_LANG: Lang;
}

/// The language of the request being answered, for what is written without a page context
/// (API problem documents, the bare pages of a refusal or a panic): the language cookie, then
/// `Accept-Language`, then English.
pub fn request_lang() -> Lang {
    REQUEST_LANG.try_with(Clone::clone).unwrap_or_default()
}

/// Middleware: answer the request with its language known to `request_lang`.
pub async fn with_request_lang(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let lang = Lang::negotiate(
        None,
        cookie(req.headers(), LANG_COOKIE),
        req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
    );
    REQUEST_LANG.scope(lang, next.run(req)).await
}

#[derive(Debug, Clone)]
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

#[derive(Debug, Clone)]
pub struct ViewerInfo {
    pub name: String,
    pub email: String,
    /// Localised staff-role name, for the header.
    pub role_label: Option<String>,
    pub signed_in: bool,
}

#[derive(Debug, Clone)]
pub struct PageCtx {
    pub lang: Lang,
    pub lang_code: String,
    pub languages: Vec<(String, String)>,
    pub request_id: String,
    pub csrf: String,
    pub viewer: Option<ViewerInfo>,
    pub nav: Vec<NavItem>,
    pub path: String,
    pub notice: Option<String>,
    /// The signed-in person's unread notifications (the bell in the header).
    pub unread: u64,
}

impl PageCtx {
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    pub fn ta(&self, id: &str, name: &str, value: &str) -> String {
        self.lang.t_args(id, &[(name, value.to_string())])
    }

    pub fn problem(&self, p: &ctpat_domain::Problem) -> String {
        self.lang.problem(p)
    }

    /// A calendar day as the reader's language writes it.
    pub fn date(&self, d: impl ShownAsDay) -> String {
        self.lang.date(d.day())
    }

    /// A moment (UTC) as the reader's language writes it.
    pub fn datetime(&self, t: chrono::DateTime<chrono::Utc>) -> String {
        self.lang.datetime(t)
    }

    /// A count with the reader's language's digit grouping.
    pub fn number<N: TryInto<i64>>(&self, n: N) -> String {
        self.lang.number(n.try_into().unwrap_or(i64::MAX))
    }

    pub fn signed_in(&self) -> bool {
        self.viewer.as_ref().is_some_and(|v| v.signed_in)
    }
}

/// What can be shown as a calendar day: a day, or a moment (its UTC day).
pub trait ShownAsDay {
    fn day(self) -> chrono::NaiveDate;
}

impl ShownAsDay for chrono::NaiveDate {
    fn day(self) -> chrono::NaiveDate {
        self
    }
}

impl<T: ShownAsDay + Copy> ShownAsDay for &T {
    fn day(self) -> chrono::NaiveDate {
        (*self).day()
    }
}

impl ShownAsDay for chrono::DateTime<chrono::Utc> {
    fn day(self) -> chrono::NaiveDate {
        self.date_naive()
    }
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

fn nav_for(lang: &Lang, viewer: Option<&Viewer>, path: &str) -> Vec<NavItem> {
    let mut items: Vec<(&'static str, &'static str)> = vec![("/", "nav-home")];
    match viewer {
        Some(v) if v.stage == Stage::Full => {
            if v.actor.has(Permission::WorkAssignedAccounts) || v.actor.has(Permission::ReadAllAccounts) {
                items.push(("/program", "nav-queue"));
            }
            if v.actor.has(Permission::WorkAssignedAccounts) || v.actor.has(Permission::ReadAllAccounts) {
                items.push(("/program/compliance", "nav-compliance"));
                items.push(("/program/validations", "nav-validations"));
                items.push(("/program/groups", "nav-groups"));
                items.push(("/program/reports", "nav-reports"));
            }
            if v.actor.has(Permission::MessagePartners) {
                items.push(("/program/messages", "nav-inbox"));
            }
            if v.actor.has(Permission::EditBond) {
                items.push(("/program/bond-requests", "nav-bond-requests"));
            }
            if v.actor.has(Permission::ManageFieldOffices) {
                items.push(("/program/offices", "nav-offices"));
            }
            if v.actor.has(Permission::EditProgramPolicy) {
                items.push(("/program/policies", "nav-policies"));
            }
            if v.actor.has(Permission::EditMscCatalog) {
                items.push(("/program/catalog", "nav-catalog"));
            }
            if v.actor.has(Permission::ReadAuditTrail) {
                items.push(("/program/audit", "nav-audit"));
            }
            if v.actor.has(Permission::ManageStaffUsers) {
                items.push(("/admin/staff", "nav-staff"));
            }
            if v.actor.has(Permission::OperateScheduler) {
                items.push(("/admin/jobs", "nav-jobs"));
            }
            items.push(("/library", "nav-library"));
            items.push(("/account", "nav-account"));
        }
        Some(_) => {}
        None => {
            items.push(("/login", "nav-login"));
            items.push(("/signup", "nav-signup"));
        }
    }
    items.push(("/help/permissions", "nav-permissions"));
    let under = |href: &str| path == href || (href != "/" && path.starts_with(&format!("{href}/")));
    // Only the most specific item is current: /program/catalog is not also the work queue.
    let best = items.iter().filter(|(h, _)| under(h)).map(|(h, _)| h.len()).max();
    items
        .into_iter()
        .map(|(href, key)| NavItem { href, label: lang.t(key), current: under(href) && Some(href.len()) == best })
        .collect()
}

/// The counts a notice may name.
const NOTICE_COUNTS: [&str; 6] = ["accepted", "connected", "returned", "sent", "skipped", "version"];

impl PageCtx {
    pub fn from_parts(parts: &Parts) -> PageCtx {
        let viewer = parts.extensions.get::<Viewer>();
        let lang = Lang::negotiate(
            viewer.and_then(|v| v.actor.user.locale.as_deref()),
            cookie(&parts.headers, LANG_COOKIE),
            parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()),
        );
        let path = parts.uri.path().to_string();
        // A notice is a catalogue id; the counts it names (`accepted=2`…) come along as
        // arguments, whole numbers only, so an address cannot put words on the page.
        let query: Vec<(String, String)> =
            parts.uri.query().map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect()).unwrap_or_default();
        let counts: Vec<(&str, String)> = query
            .iter()
            .filter(|(k, v)| {
                NOTICE_COUNTS.contains(&k.as_str())
                    && !v.is_empty()
                    && v.len() < 8
                    && v.bytes().all(|b| b.is_ascii_digit())
            })
            .filter_map(|(k, v)| NOTICE_COUNTS.iter().find(|c| **c == k).map(|c| (*c, v.clone())))
            .collect();
        let notice = query
            .iter()
            .find(|(k, _)| k == "notice")
            .map(|(_, v)| format!("notice-{v}"))
            .filter(|id| lang.has(id))
            .map(|id| lang.t_args(&id, &counts));
        PageCtx {
            lang_code: lang.code(),
            languages: ctpat_app::i18n::available(),
            request_id: parts.extensions.get::<crate::server::RequestId>().map(|r| r.0.clone()).unwrap_or_default(),
            csrf: parts.extensions.get::<CsrfToken>().map(|c| c.0.clone()).unwrap_or_default(),
            viewer: viewer.map(|v| ViewerInfo {
                name: v.actor.user.name.clone(),
                email: v.actor.user.email.clone(),
                role_label: v.actor.staff_role().map(|r| lang.t(&format!("role-{}", Role::Staff(r).key()))),
                signed_in: v.stage == Stage::Full,
            }),
            nav: nav_for(&lang, viewer, &path),
            path,
            notice,
            lang,
            unread: 0,
        }
    }
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let mut ctx = PageCtx::from_parts(parts);
        if let Some(v) = parts.extensions.get::<Viewer>().filter(|v| v.stage == Stage::Full) {
            // The bell on every page: one indexed count; a failure only hides the number.
            ctx.unread = ctpat_app::notifications::unread(&state.app, &v.actor).await.unwrap_or(0);
        }
        Ok(ctx)
    }
}

/// Render a template; a template error is a 500 with a reference id.
/// A page given outside a handler, without the request's context (language, session, CSRF): a
/// panic, a time limit, a method or rate refusal. In the default language; `paragraphs` are
/// catalogue text (trusted), each in its own `<p>`.
pub fn bare_page(status: StatusCode, title_id: &str, paragraphs: &[String], home_link: bool) -> Response {
    let en = request_lang();
    let title = en.t(title_id);
    let mut body = format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body><main class=\"container main\">\
         <h1>{title}</h1>",
        lang = en.code()
    );
    for p in paragraphs {
        body.push_str(&format!("<p>{p}</p>"));
    }
    if home_link {
        body.push_str(&format!("<p><a href=\"/\">{}</a></p>", en.t("nav-home")));
    }
    body.push_str("</main></body></html>");
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

pub fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response()
        }
    }
}

pub fn render_status<T: Template>(status: StatusCode, t: &T) -> Response {
    let mut r = render(t);
    if r.status() == StatusCode::OK {
        *r.status_mut() = status;
    }
    r
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub ctx: PageCtx,
    pub title: String,
    pub body: String,
    pub reference: Option<String>,
}

/// A page with a title, a paragraph and a link onward (e.g. "check your e-mail").
#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub ctx: PageCtx,
    pub title: String,
    pub body: String,
    pub link: Option<(String, String)>,
}

impl MessagePage {
    pub fn new(ctx: PageCtx, title: &str, body: &str, link: Option<(&str, &str)>) -> MessagePage {
        MessagePage {
            title: ctx.t(title),
            body: ctx.t(body),
            link: link.map(|(href, label)| (href.to_string(), ctx.t(label))),
            ctx,
        }
    }
}
