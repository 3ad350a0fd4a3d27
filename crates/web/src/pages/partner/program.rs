//! Program pages: the work queue, and lifecycle actions posted from account pages.

use crate::error::WebError;
use crate::form::FormView;
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::partner::program::{self, Action, ActionInput, QueueFilter, QueueOrder};
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::lifecycle::Status;
use serde::Deserialize;
use std::collections::HashMap;

pub struct QueueView {
    pub href: String,
    pub organization: String,
    pub entity: String,
    pub status: String,
    pub scss: String,
    pub office: String,
    pub pending: String,
    pub deadline: String,
    pub days: String,
    pub late: bool,
    pub target: String,
    pub overdue_finding: bool,
    pub overdue_appeal: bool,
}

#[derive(Template)]
#[template(path = "queue.html")]
pub struct QueuePage {
    ctx: PageCtx,
    rows: Vec<QueueView>,
    status_options: Vec<(String, String)>,
    entity_options: Vec<(String, String)>,
    status: String,
    entity: String,
    pending: bool,
    unassigned: bool,
    /// The viewer may look for accounts without an SCSS (not an SCSS).
    offer_unassigned: bool,
    /// HQ chooses a field office (`""`: any, `none`: placed in none, or an office id).
    office_options: Option<Vec<(String, String)>>,
    office: String,
    /// `deadline` (nearest first, the default) or `newest`.
    sort: String,
    next: Option<String>,
    /// The filters, for the download links.
    export_query: String,
}

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    entity: String,
    #[serde(default)]
    pending: String,
    #[serde(default)]
    unassigned: String,
    #[serde(default)]
    office: String,
    #[serde(default)]
    sort: String,
    /// Newest first: continue below this account id.
    before: Option<i64>,
    /// Nearest deadline first: continue after this `deadline_id` (deadline empty when none).
    after: Option<String>,
}

/// `2026-12-01T10:00:00.5Z_42`, or `_42` for an account without a deadline.
fn deadline_cursor(deadline: Option<chrono::DateTime<chrono::Utc>>, id: i64) -> String {
    let d = deadline.map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)).unwrap_or_default();
    format!("{d}_{id}")
}

/// A cursor that does not parse starts from the top rather than failing the page.
fn parse_deadline_cursor(s: &str) -> Option<(Option<chrono::DateTime<chrono::Utc>>, i64)> {
    let (d, id) = s.rsplit_once('_')?;
    let id = id.parse().ok()?;
    if d.is_empty() {
        return Some((None, id));
    }
    Some((Some(chrono::DateTime::parse_from_rfc3339(d).ok()?.with_timezone(&chrono::Utc)), id))
}

const PAGE: u64 = 50;

fn filter_of(q: &QueueQuery) -> QueueFilter {
    QueueFilter {
        status: Status::from_key(&q.status),
        entity_type: EntityType::from_key(&q.entity),
        pending_decision: q.pending == "on",
        unassigned: q.unassigned == "on",
        office: ctpat_app::offices::filter_of(&q.office),
        order: if q.sort == "newest" {
            QueueOrder::Newest { before_id: q.before }
        } else {
            QueueOrder::Deadline { after: q.after.as_deref().and_then(parse_deadline_cursor) }
        },
    }
}

/// The whole queue with the page's filters (from the first row, whatever page was shown).
pub async fn queue_export(
    State(state): State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    Query(mut q): Query<QueueQuery>,
    Query(f): Query<crate::pages::exports::FormatQuery>,
) -> Result<Response, WebError> {
    (q.before, q.after) = (None, None);
    let filters = serde_json::json!({
        "status": q.status, "entity": q.entity, "pending": q.pending, "unassigned": q.unassigned,
        "office": q.office, "sort": q.sort,
    });
    let e = ctpat_app::export::queue(&viewer.actor, filter_of(&q))?;
    crate::pages::exports::send(&state, &ctx, &viewer, e, f.format(), filters).await
}

pub async fn queue(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<QueueQuery>,
) -> Result<Response, WebError> {
    let newest = q.sort == "newest";
    let filter = filter_of(&q);
    let rows = program::queue(&state.app, &viewer.actor, &filter, PAGE).await?;
    let now = state.app.now();
    let t = state.app.timers();
    let next = (rows.len() as u64 == PAGE).then(|| rows.last().map(|r| &r.account)).flatten().map(|last| {
        let mut s = form_urlencoded::Serializer::new(String::new());
        s.append_pair("status", &q.status)
            .append_pair("entity", &q.entity)
            .append_pair("pending", &q.pending)
            .append_pair("unassigned", &q.unassigned)
            .append_pair("office", &q.office)
            .append_pair("sort", if newest { "newest" } else { "deadline" });
        if newest {
            s.append_pair("before", &last.id.to_string());
        } else {
            s.append_pair("after", &deadline_cursor(last.next_deadline, last.id));
        }
        s.finish()
    });
    let rows = rows
        .into_iter()
        .map(|r| {
            let a = &r.account;
            let days = a.next_deadline.map(|d| (d - now).num_days());
            let target = match (a.status, a.applied_on) {
                (Status::Applicant | Status::UnderReview, Some(applied)) => {
                    let left = (applied + t.certification_target - now).num_days();
                    if left >= 0 {
                        ctx.ta("days-left", "days", &left.to_string())
                    } else {
                        ctx.ta("days-overdue", "days", &(-left).to_string())
                    }
                }
                _ => String::new(),
            };
            QueueView {
                href: format!("/accounts/{}", a.id),
                organization: r.organization.clone(),
                entity: ctx.t(&format!("entity-{}", a.entity_type)),
                status: ctx.t(&format!("status-{}", a.status)),
                scss: r.scss.clone().unwrap_or_else(|| ctx.t("dashboard-scss-none")),
                office: r.office.clone().unwrap_or_else(|| ctx.t("office-none-short")),
                pending: a.pending_decision.as_deref().map(|p| ctx.t(&format!("pending-{p}"))).unwrap_or_default(),
                overdue_finding: r.overdue_finding,
                overdue_appeal: r.overdue_appeal,
                deadline: a.next_deadline.map(|d| ctx.date(d)).unwrap_or_default(),
                days: match days {
                    Some(d) if d >= 0 => ctx.ta("days-left", "days", &d.to_string()),
                    Some(d) => ctx.ta("days-overdue", "days", &(-d).to_string()),
                    None => String::new(),
                },
                late: days.is_some_and(|d| d < 0),
                target,
            }
        })
        .collect();
    let mut status_options = vec![(String::new(), ctx.t("filter-any"))];
    status_options.extend(
        Status::ALL
            .iter()
            .filter(|s| **s != Status::Draft)
            .map(|s| (s.key().to_string(), ctx.t(&format!("status-{}", s.key())))),
    );
    let mut entity_options = vec![(String::new(), ctx.t("filter-any"))];
    entity_options.extend(EntityType::ALL.iter().map(|e| (e.key().to_string(), ctx.t(&format!("entity-{}", e.key())))));
    let office_options = crate::pages::offices::filter_options(&state, &ctx, &viewer).await?;
    Ok(render(&QueuePage {
        export_query: form_urlencoded::Serializer::new(String::new())
            .append_pair("status", &q.status)
            .append_pair("entity", &q.entity)
            .append_pair("pending", &q.pending)
            .append_pair("unassigned", &q.unassigned)
            .append_pair("office", &q.office)
            .append_pair("sort", &q.sort)
            .finish(),
        office_options,
        office: q.office,
        rows,
        status_options,
        entity_options,
        status: q.status,
        entity: q.entity,
        pending: q.pending == "on",
        unassigned: q.unassigned == "on",
        offer_unassigned: program::sees_unassigned(&viewer.actor),
        sort: if newest { "newest".into() } else { "deadline".into() },
        next,
        ctx,
    }))
}

/// A lifecycle action posted from the account page.
#[derive(Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    scss: String,
    #[serde(default)]
    decision: String,
    /// The account's version the page showed (someone acting meanwhile is caught).
    #[serde(default)]
    version: String,
    #[serde(default, deserialize_with = "crate::form::checkbox")]
    confirm: bool,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

pub async fn act(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, action)): Path<(i64, String)>,
    Form(f): Form<ActionForm>,
) -> Result<Response, WebError> {
    if Action::from_key(&action).is_none() {
        return Err(WebError::NotFound);
    }
    let input = ActionInput {
        reason: f.reason,
        scss: f.scss,
        decision: f.decision,
        version: f.version,
        confirm: f.confirm,
        password: f.password,
        code: f.code,
    };
    match program::act(&state.app, &viewer.actor, id, &action, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/accounts/{id}?notice=action-{action}")).into_response()),
        Err(e) => {
            let form =
                FormView { values: HashMap::from([("action".to_string(), action.clone())]), ..Default::default() };
            let form = form.with_error(&ctx, e)?;
            super::dashboard::show_with(&state, ctx, &viewer, id, form, axum::http::StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
    }
}
