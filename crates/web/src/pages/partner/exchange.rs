//! The Document Exchange of an account: what each side sent the other, with its note and when
//! the other side opened it, and the form that sends a document.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::exchange;
use ctpat_domain::filetype::ACCEPTED;

pub struct DocLine {
    pub open: String,
    pub name: String,
    pub note: String,
    pub sender: String,
    pub ours: bool,
    /// Sent by the other side and not opened yet by this one.
    pub waiting: bool,
    pub sent: String,
    pub opened: String,
}

#[derive(Template)]
#[template(path = "exchange.html")]
pub struct ExchangePage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    docs: Vec<DocLine>,
    can_send: bool,
    accepted: &'static str,
    max_mb: u64,
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<ExchangePage, WebError> {
    let p = exchange::page(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    Ok(ExchangePage {
        docs: p
            .docs
            .iter()
            .map(|d| DocLine {
                open: format!("/accounts/{id}/files/{}", d.file.id),
                name: d.file.original_name.clone(),
                note: d.note.clone(),
                sender: d.sender.clone(),
                ours: d.ours,
                waiting: !d.ours && d.opened_at.is_none(),
                sent: ctx.datetime(d.sent_at),
                opened: match d.opened_at {
                    Some(at) => ctx.ta("exchange-opened-on", "date", &ctx.date(at)),
                    None => ctx.t("exchange-not-opened"),
                },
            })
            .collect(),
        can_send: p.can_send,
        accepted: ACCEPTED,
        max_mb: state.app.settings.upload_max_bytes / (1024 * 1024),
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
    Ok(render(&page(&state, ctx, &viewer, id, FormView::default()).await?))
}

pub async fn send(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    use crate::pages::evidence::{Upload, upload_to};
    // Who may send a document here is decided before a byte of it is read.
    let permit = ctpat_app::files::begin_exchange_file(&state.app, &viewer.actor, id).await;
    match upload_to(&state, permit, &mut multipart, &viewer).await? {
        Upload::Stored => Ok(Redirect::to(&format!("/accounts/{id}/exchange?notice=exchange-sent")).into_response()),
        Upload::Refused(e) => {
            rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, &viewer, id, form)).await
        }
        Upload::Failed(how) => Ok(how.page(ctx)),
    }
}
