//! Messages between an account's people and program staff: the account's threads, a thread
//! (replies and files), and the staff inbox across the accounts a person works.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, pairs, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::messages::{self, Side, ThreadSummary};
use ctpat_domain::filetype::ACCEPTED;

pub struct ThreadLine {
    pub href: String,
    pub subject: String,
    pub organization: String,
    pub last: String,
    pub unread: i64,
}

fn line(ctx: &PageCtx, t: &ThreadSummary) -> ThreadLine {
    ThreadLine {
        href: format!("/accounts/{}/messages/{}", t.account_id, t.id),
        subject: t.subject.clone(),
        organization: t.organization.clone(),
        last: ctx.datetime(t.last_at),
        unread: t.unread,
    }
}

#[derive(Template)]
#[template(path = "messages.html")]
pub struct MessagesPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    threads: Vec<ThreadLine>,
    can_post: bool,
}

async fn list_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<MessagesPage, WebError> {
    let m = messages::account_threads(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &m.reach).await?;
    Ok(MessagesPage {
        threads: m.threads.iter().map(|t| line(&ctx, t)).collect(),
        can_post: m.can_post,
        head,
        form,
        ctx,
    })
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&list_page(&state, ctx, &viewer, id, FormView::default()).await?))
}

fn field(p: &[(String, String)], k: &str) -> String {
    p.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default()
}

pub async fn start(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let (subject, text) = (field(&p, "subject"), field(&p, "body"));
    match messages::start_thread(&state.app, &viewer.actor, id, &subject, &text).await {
        Ok(tid) => Ok(Redirect::to(&format!("/accounts/{id}/messages/{tid}?notice=message-sent")).into_response()),
        Err(e) => {
            let typed = FormView::with_values([("subject", subject.as_str()), ("body", text.as_str())]);
            rerender(ctx, typed, e, |ctx, form| list_page(&state, ctx, &viewer, id, form)).await
        }
    }
}

pub struct MessageLine {
    pub id: i64,
    pub author: String,
    pub staff: bool,
    pub role: String,
    pub consultant: bool,
    pub body: String,
    pub file: Option<(String, String)>,
    pub at: String,
}

#[derive(Template)]
#[template(path = "thread.html")]
pub struct ThreadPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    subject: String,
    href: String,
    messages: Vec<MessageLine>,
    can_post: bool,
    accepted: &'static str,
    max_mb: u64,
}

async fn thread_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    (id, tid): (i64, i64),
    form: FormView,
) -> Result<ThreadPage, WebError> {
    let t = messages::open_thread(&state.app, &viewer.actor, id, tid).await?;
    let head = AccountHead::build(state, &ctx, viewer, &t.reach).await?;
    Ok(ThreadPage {
        messages: t
            .messages
            .iter()
            .map(|m| MessageLine {
                id: m.id,
                author: m.author.clone(),
                staff: m.side == Side::Staff,
                role: ctx.t(&m.role_id),
                consultant: m.consultant,
                body: m.body.clone(),
                file: m.file.as_ref().map(|f| (format!("/accounts/{id}/files/{}", f.id), f.original_name.clone())),
                at: ctx.datetime(m.at),
            })
            .collect(),
        subject: t.thread.subject.clone(),
        href: format!("/accounts/{id}/messages/{tid}"),
        can_post: t.can_post,
        accepted: ACCEPTED,
        max_mb: state.app.settings.upload_max_bytes / (1024 * 1024),
        head,
        form,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, tid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    Ok(render(&thread_page(&state, ctx, &viewer, (id, tid), FormView::default()).await?))
}

pub async fn reply(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, tid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let text = field(&pairs(&body), "body");
    match messages::reply(&state.app, &viewer.actor, id, tid, &text).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/messages/{tid}?notice=message-sent#end")).into_response()),
        Err(e) => {
            let typed = FormView::with_values([("body", text.as_str())]);
            rerender(ctx, typed, e, |ctx, form| thread_page(&state, ctx, &viewer, (id, tid), form)).await
        }
    }
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, tid)): Path<(i64, i64)>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    use crate::pages::evidence::{Upload, upload_to};
    // Who may send a file here is decided before a byte of it is read.
    let permit = ctpat_app::files::begin_message_file(&state.app, &viewer.actor, id, tid).await;
    match upload_to(&state, permit, &mut multipart, &viewer).await? {
        Upload::Stored => {
            Ok(Redirect::to(&format!("/accounts/{id}/messages/{tid}?notice=file-uploaded#end")).into_response())
        }
        Upload::Refused(e) => {
            rerender(ctx, FormView::default(), e, |ctx, form| thread_page(&state, ctx, &viewer, (id, tid), form)).await
        }
        Upload::Failed(how) => Ok(how.page(ctx)),
    }
}

#[derive(Template)]
#[template(path = "inbox.html")]
pub struct InboxPage {
    ctx: PageCtx,
    threads: Vec<ThreadLine>,
    /// HQ narrows the inbox to a field office.
    office_options: Option<Vec<(String, String)>>,
    office: String,
}

#[derive(serde::Deserialize, Default)]
pub struct InboxQuery {
    #[serde(default)]
    office: String,
}

pub async fn inbox(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<InboxQuery>,
) -> Result<Response, WebError> {
    let threads = messages::inbox_of(&state.app, &viewer.actor, ctpat_app::offices::filter_of(&q.office)).await?;
    let office_options = crate::pages::offices::filter_options(&state, &ctx, &viewer).await?;
    Ok(render(&InboxPage {
        threads: threads.iter().map(|t| line(&ctx, t)).collect(),
        office_options,
        office: q.office,
        ctx,
    }))
}
