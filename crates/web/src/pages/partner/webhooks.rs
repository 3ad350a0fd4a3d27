//! The webhooks page of an account: register an endpoint (the signing secret is shown once),
//! remove it, and see every delivery with its result.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::webhooks;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub struct HookRow {
    pub id: i64,
    pub url: String,
    pub created: String,
}

pub struct DeliveryRow {
    pub at: String,
    pub url: String,
    pub event: String,
    pub attempts: i32,
    pub result: String,
    pub ok: bool,
    pub next: String,
}

#[derive(Template)]
#[template(path = "webhooks.html")]
pub struct WebhooksPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    hooks: Vec<HookRow>,
    deliveries: Vec<DeliveryRow>,
    can_manage: bool,
    created: Option<String>,
}

fn when(d: chrono::DateTime<chrono::Utc>) -> String {
    d.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

async fn webhooks_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
    created: Option<String>,
) -> Result<WebhooksPage, WebError> {
    let p = webhooks::page(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    let urls: HashMap<i64, String> = p.hooks.iter().map(|h| (h.id, h.url.clone())).collect();
    let deliveries = p
        .deliveries
        .iter()
        .map(|d| {
            let result = if d.delivered_at.is_some() {
                ctx.ta("webhook-delivered", "status", &d.last_status.unwrap_or_default().to_string())
            } else if d.failed_at.is_some() {
                ctx.ta("webhook-gave-up", "error", d.last_error.as_deref().unwrap_or(""))
            } else if d.attempts == 0 {
                ctx.t("webhook-queued")
            } else {
                ctx.ta("webhook-retrying", "error", d.last_error.as_deref().unwrap_or(""))
            };
            DeliveryRow {
                at: when(d.created_at),
                url: urls.get(&d.webhook_id).cloned().unwrap_or_else(|| ctx.t("webhook-removed-url")),
                event: d.event.clone(),
                attempts: d.attempts,
                ok: d.delivered_at.is_some(),
                next: if d.delivered_at.is_none() && d.failed_at.is_none() {
                    when(d.next_attempt_at)
                } else {
                    String::new()
                },
                result,
            }
        })
        .collect();
    Ok(WebhooksPage {
        hooks: p.hooks.iter().map(|h| HookRow { id: h.id, url: h.url.clone(), created: when(h.created_at) }).collect(),
        deliveries,
        can_manage: p.can_manage,
        created,
        head,
        form,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&webhooks_page(&state, ctx, &viewer, id, FormView::default(), None).await?))
}

/// The endpoint to register.
#[derive(Deserialize, Serialize)]
pub struct WebhookForm {
    #[serde(default)]
    url: String,
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<WebhookForm>,
) -> Result<Response, WebError> {
    match webhooks::create(&state.app, &viewer.actor, id, &f.url).await {
        Ok((_, secret)) => {
            Ok(render(&webhooks_page(&state, ctx, &viewer, id, FormView::default(), Some(secret)).await?))
        }
        Err(e) => {
            rerender(ctx, FormView::of(&f), e, |ctx, form| webhooks_page(&state, ctx, &viewer, id, form, None)).await
        }
    }
}

pub async fn remove(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, wid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    webhooks::remove(&state.app, &viewer.actor, id, wid).await?;
    Ok(Redirect::to(&format!("/accounts/{id}/webhooks?notice=webhook-removed")).into_response())
}
