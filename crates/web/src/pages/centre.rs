//! The notification centre: the signed-in person's notifications (newest first, marked read by
//! POST) and their choice of how to hear of each kind.

use crate::error::WebError;
use crate::form::{FormView, pairs, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::notifications;
use ctpat_domain::notice::{Channel, NoticeKind};
use serde::Deserialize;

/// Notifications per page.
const PAGE: u64 = 50;

pub struct NoticeLine {
    pub id: i64,
    pub text: String,
    pub link: String,
    pub at: String,
    pub read: bool,
}

#[derive(Template)]
#[template(path = "centre.html")]
pub struct CentrePage {
    ctx: PageCtx,
    lines: Vec<NoticeLine>,
    older: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct PageQuery {
    before: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    let before = q.before.as_deref().and_then(|b| b.parse::<i64>().ok());
    let (views, next) = notifications::page(&state.app, &viewer.actor, &ctx.lang, before, PAGE).await?;
    let lines = views
        .into_iter()
        .map(|v| NoticeLine { id: v.id, text: v.text, link: v.link, at: ctx.datetime(v.at), read: v.read })
        .collect();
    Ok(render(&CentrePage { lines, older: next.map(|id| format!("/notifications?before={id}")), ctx }))
}

/// Mark one read and go where it points (a link of the portal's own).
pub async fn open(State(state): State<AppState>, viewer: Viewer, Path(id): Path<i64>) -> Result<Response, WebError> {
    notifications::mark_read(&state.app, &viewer.actor, id).await?;
    Ok(Redirect::to("/notifications?notice=centre-read").into_response())
}

pub async fn read_all(State(state): State<AppState>, viewer: Viewer) -> Result<Response, WebError> {
    notifications::mark_all_read(&state.app, &viewer.actor).await?;
    Ok(Redirect::to("/notifications?notice=centre-all-read").into_response())
}

pub struct KindLine {
    pub key: &'static str,
    pub label: String,
    pub options: Vec<(&'static str, String, bool)>,
}

#[derive(Template)]
#[template(path = "prefs.html")]
pub struct PrefsPage {
    ctx: PageCtx,
    form: FormView,
    kinds: Vec<KindLine>,
}

async fn prefs_page(state: &AppState, ctx: PageCtx, viewer: &Viewer, form: FormView) -> Result<PrefsPage, WebError> {
    let current = notifications::preferences(&state.app, &viewer.actor).await?;
    let kinds = current
        .into_iter()
        .map(|(k, c)| {
            // What was sent comes back on a refused form; otherwise the saved choice.
            let chosen = match form.value(k.key()) {
                "" => c.key(),
                typed => Channel::from_key(typed).map(Channel::key).unwrap_or(""),
            };
            KindLine {
                key: k.key(),
                label: ctx.t(&format!("notice-kind-{}", k.key())),
                options: Channel::ALL
                    .into_iter()
                    .map(|ch| (ch.key(), ctx.t(&format!("channel-{}", ch.key())), ch.key() == chosen))
                    .collect(),
            }
        })
        .collect();
    Ok(PrefsPage { ctx, form, kinds })
}

pub async fn prefs(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    Ok(render(&prefs_page(&state, ctx, &viewer, FormView::default()).await?))
}

pub async fn save_prefs(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let sent = pairs(&body);
    let typed: Vec<(String, String)> =
        sent.iter().filter(|(k, _)| NoticeKind::from_key(k).is_some()).cloned().collect();
    match notifications::set_preferences(&state.app, &viewer.actor, &typed).await {
        Ok(()) => Ok(Redirect::to("/account/notifications?notice=prefs-saved").into_response()),
        Err(e) => {
            let form = FormView::with_values(typed.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            rerender(ctx, form, e, |ctx, form| prefs_page(&state, ctx, &viewer, form)).await
        }
    }
}
