//! SVI pages of an account: connections, requests, blocks, settings, the name search, and
//! e-mailing the status to a non-member. (Bulk verification: `svi_verify`; notifications:
//! `notifications`.)

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::svi::{self, Seen, SettingsInput};
use serde::Deserialize;

/// A partner as a table row.
pub struct SeenRow {
    pub name: String,
    pub entity: String,
    pub svi: String,
    pub certified: String,
    pub tier: String,
    pub contact: String,
}

fn seen_row(ctx: &PageCtx, s: &Seen) -> SeenRow {
    SeenRow {
        name: s.view.name.clone(),
        entity: ctx.t(&format!("entity-{}", s.entity_type)),
        svi: s.svi_number.clone().unwrap_or_default(),
        certified: ctx.t(if s.view.certified { "svi-certified" } else { "svi-not-certified" }),
        tier: s.view.tier.map(|t| t.to_string()).unwrap_or_else(|| ctx.t("svi-not-shared")),
        contact: s
            .view
            .primary_contact
            .as_ref()
            .map(|(n, e)| format!("{n} <{e}>"))
            .unwrap_or_else(|| ctx.t("svi-not-shared")),
    }
}

pub struct PartnerRow {
    pub connection_id: i64,
    pub since: String,
    pub row: SeenRow,
    pub also: Vec<SeenRow>,
}

pub struct RequestRow {
    pub connection_id: i64,
    pub at: String,
    pub row: SeenRow,
}

pub struct HitRow {
    pub account_id: i64,
    pub name: String,
    pub entity: String,
    pub svi: String,
    pub state: String,
    pub can_request: bool,
}

#[derive(Template)]
#[template(path = "svi.html")]
pub struct SviPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    svi_number: Option<String>,
    eligible: bool,
    participates: bool,
    can_manage: bool,
    auto_accept: bool,
    share_more: bool,
    scope_all: bool,
    sisters: Vec<(i64, String, bool)>,
    partners: Vec<PartnerRow>,
    incoming: Vec<RequestRow>,
    outgoing: Vec<RequestRow>,
    blocks: Vec<(i64, String, SeenRow)>,
    query: String,
    hits: Option<Vec<HitRow>>,
}

#[derive(Deserialize, Default)]
pub struct SearchQuery {
    #[serde(default)]
    q: Option<String>,
}

pub(super) async fn svi_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    mut form: FormView,
    query: Option<String>,
) -> Result<SviPage, WebError> {
    let p = svi::page(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    let hits = match &query {
        Some(_) if let Err(wait) = state.limits.svi_search.check(&viewer.actor.user.id) => {
            let p = ctpat_domain::Problem::new("err-svi-search-rate").with("seconds", wait);
            form = form.with_error(&ctx, ctpat_app::Error::Refused(p))?;
            None
        }
        Some(q) => match svi::search(&state.app, &viewer.actor, id, q).await {
            Ok(hits) => Some(
                hits.into_iter()
                    .map(|h| HitRow {
                        account_id: h.account_id,
                        name: h.name,
                        entity: ctx.t(&format!("entity-{}", h.entity_type)),
                        svi: h.svi_number,
                        state: if h.state.is_empty() {
                            String::new()
                        } else {
                            ctx.t(&format!("svi-state-{}", h.state))
                        },
                        can_request: h.state.is_empty() && p.can_manage && p.eligible && p.settings.participates,
                    })
                    .collect(),
            ),
            Err(e) => {
                form = form.with_error(&ctx, e)?;
                None
            }
        },
        None => None,
    };
    Ok(SviPage {
        svi_number: p.reach.account.svi_number.clone(),
        eligible: p.eligible,
        participates: p.settings.participates,
        can_manage: p.can_manage,
        auto_accept: p.settings.auto_accept,
        share_more: p.settings.share_more,
        scope_all: p.settings.scope_all,
        sisters: p
            .sisters
            .iter()
            .map(|(a, chosen)| (a.id, ctx.t(&format!("entity-{}", a.entity_type)), *chosen))
            .collect(),
        partners: p
            .partners
            .iter()
            .map(|l| PartnerRow {
                connection_id: l.connection_id,
                since: l.since.map(|d| ctx.date(d)).unwrap_or_default(),
                row: seen_row(&ctx, &l.partner),
                also: l.also.iter().map(|s| seen_row(&ctx, s)).collect(),
            })
            .collect(),
        incoming: p
            .incoming
            .iter()
            .map(|r| RequestRow { connection_id: r.connection_id, at: ctx.date(r.at), row: seen_row(&ctx, &r.other) })
            .collect(),
        outgoing: p
            .outgoing
            .iter()
            .map(|r| RequestRow { connection_id: r.connection_id, at: ctx.date(r.at), row: seen_row(&ctx, &r.other) })
            .collect(),
        blocks: p.blocks.iter().map(|b| (b.account_id, ctx.date(b.at), seen_row(&ctx, &b.other))).collect(),
        query: query.unwrap_or_default(),
        hits,
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
    Query(q): Query<SearchQuery>,
) -> Result<Response, WebError> {
    Ok(render(&svi_page(&state, ctx, &viewer, id, FormView::default(), q.q).await?))
}

use crate::form::pairs;

fn get(pairs: &[(String, String)], k: &str) -> String {
    pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default()
}

/// After a command: back to the page with a notice, or the page again with the problem shown
/// and what was typed kept.
async fn answer(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    pairs: Vec<(String, String)>,
    result: ctpat_app::Result<()>,
    notice: &str,
) -> Result<Response, WebError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/svi?notice={notice}")).into_response()),
        Err(e) => {
            let values = pairs.into_iter().collect();
            rerender(ctx, FormView { values, ..Default::default() }, e, |ctx, form| {
                svi_page(state, ctx, viewer, id, form, None)
            })
            .await
        }
    }
}

pub async fn request(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let target = get(&p, "target");
    let result = if target.is_empty() {
        svi::request_by_number(&state.app, &viewer.actor, id, &get(&p, "svi_number")).await
    } else {
        match target.parse::<i64>() {
            Ok(t) => svi::request_by_id(&state.app, &viewer.actor, id, t).await,
            Err(_) => Err(ctpat_app::Error::NotFound),
        }
    };
    let notice = match &result {
        Ok(c) if c.is_accepted() => "svi-connected",
        _ => "svi-requested",
    };
    answer(&state, ctx, &viewer, id, p, result.map(|_| ()), notice).await
}

pub async fn connection(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, cid, what)): Path<(i64, i64, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let (result, notice) = match what.as_str() {
        "accept" => (svi::accept(&state.app, &viewer.actor, id, cid).await, "svi-accepted"),
        "decline" => (svi::decline(&state.app, &viewer.actor, id, cid).await, "svi-declined"),
        "remove" => (svi::remove(&state.app, &viewer.actor, id, cid).await, "svi-removed"),
        _ => return Err(WebError::NotFound),
    };
    answer(&state, ctx, &viewer, id, p, result, notice).await
}

pub async fn unblock(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, other)): Path<(i64, i64)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let result = svi::unblock(&state.app, &viewer.actor, id, other).await;
    answer(&state, ctx, &viewer, id, pairs(&body), result, "svi-unblocked").await
}

pub async fn settings(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let input = SettingsInput {
        auto_accept: p.iter().any(|(k, _)| k == "auto_accept").then(|| "on".into()),
        share_more: p.iter().any(|(k, _)| k == "share_more").then(|| "on".into()),
        scope: get(&p, "scope"),
        accounts: p.iter().filter(|(k, _)| k == "accounts").filter_map(|(_, v)| v.parse().ok()).collect(),
    };
    let result = svi::save_settings(&state.app, &viewer.actor, id, &input).await;
    answer(&state, ctx, &viewer, id, p, result, "svi-settings-saved").await
}

pub async fn participation(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, what)): Path<(i64, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let (result, notice) = match what.as_str() {
        "leave" => (svi::leave(&state.app, &viewer.actor, id).await.map(|_| ()), "svi-left"),
        "join" => (svi::rejoin(&state.app, &viewer.actor, id).await, "svi-joined"),
        _ => return Err(WebError::NotFound),
    };
    answer(&state, ctx, &viewer, id, pairs(&body), result, notice).await
}

pub async fn email_status(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let result = svi::email_status(&state.app, &viewer.actor, id, &get(&p, "email")).await;
    answer(&state, ctx, &viewer, id, p, result, "svi-status-emailed").await
}
