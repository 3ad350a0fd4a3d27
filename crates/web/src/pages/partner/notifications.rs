//! An account's notifications: the list, and marking them read.

use super::AccountHead;
use crate::error::WebError;
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::svi::{self};

pub struct NoteRow {
    pub at: String,
    pub text: String,
    pub unread: bool,
    /// Where to act on it, with the link's words.
    pub action: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "notifications.html")]
pub struct NotificationsPage {
    ctx: PageCtx,
    head: AccountHead,
    rows: Vec<NoteRow>,
    any_unread: bool,
}

pub async fn notifications(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (r, list) = svi::notifications(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(&state, &ctx, &viewer, &r).await?;
    let rows = list
        .iter()
        .map(|n| {
            let s = |k: &str| n.data.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
            let args = [
                ("name", s("name")),
                ("svi", s("svi")),
                (
                    "status",
                    if s("status").is_empty() { String::new() } else { ctx.t(&format!("status-{}", s("status"))) },
                ),
                (
                    "previous",
                    if s("previous").is_empty() { String::new() } else { ctx.t(&format!("status-{}", s("previous"))) },
                ),
                ("count", s("count")),
                ("start", s("start")),
                ("end", s("end")),
                ("reason", s("reason")),
                ("criteria", s("criteria")),
                (
                    "kind",
                    if s("kind").is_empty() { String::new() } else { ctx.t(&format!("finding-kind-{}", s("kind"))) },
                ),
            ];
            NoteRow {
                at: ctx.datetime(n.created_at),
                text: ctx.lang.t_args(&format!("note-{}", n.kind), &args),
                unread: n.read_at.is_none(),
                action: match n.kind.as_str() {
                    "profile-returned" | "profile-approved" => {
                        Some((format!("/accounts/{id}/profile"), ctx.t("note-open-profile")))
                    }
                    "svi-request" | "svi-accepted" | "svi-connected" => {
                        Some((format!("/accounts/{id}/svi"), ctx.t("note-open-svi")))
                    }
                    k if k.starts_with("validation-") || k.starts_with("finding-") => {
                        Some((format!("/accounts/{id}/validations"), ctx.t("note-open-validations")))
                    }
                    _ => None,
                },
            }
        })
        .collect();
    let any_unread = !head.is_staff && list.iter().any(|n| n.read_at.is_none());
    Ok(render(&NotificationsPage { ctx, head, rows, any_unread }))
}

pub async fn notifications_read(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    svi::mark_notifications_read(&state.app, &viewer.actor, id).await?;
    Ok(Redirect::to(&format!("/accounts/{id}/notifications")).into_response())
}
