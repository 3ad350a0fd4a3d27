//! `/program/reports`: the program in numbers for staff — accounts by status, entity type and
//! field office, and each SCSS's workload — as charts drawn on the server with their tables.

use crate::charts;
use crate::error::WebError;
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use ctpat_app::partner::reports;
use serde::Deserialize;

pub struct Section {
    pub id: &'static str,
    pub title: String,
    pub chart: String,
    pub head: String,
    pub rows: Vec<(String, i64)>,
}

#[derive(Template)]
#[template(path = "reports.html")]
pub struct ReportsPage {
    ctx: PageCtx,
    sections: Vec<Section>,
    office_options: Option<Vec<(String, String)>>,
    office: String,
}

#[derive(Deserialize, Default)]
pub struct ReportQuery {
    #[serde(default)]
    office: String,
}

fn section(ctx: &PageCtx, id: &'static str, head: &str, rows: Vec<(String, i64)>) -> Section {
    let title = ctx.t(&format!("report-{id}-title"));
    let desc = ctx.t(&format!("report-{id}-desc"));
    Section { chart: charts::bars(id, &title, &desc, &rows), title, head: ctx.t(head), rows, id }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    let r = reports::program_report(&state.app, &viewer.actor, ctpat_app::offices::filter_of(&q.office)).await?;
    let status = r.by_status.iter().map(|(s, n)| (ctx.t(&format!("status-{}", s.key())), *n)).collect();
    let entity = r.by_entity.iter().map(|(e, n)| (ctx.t(&format!("entity-{}", e.key())), *n)).collect();
    let office = r
        .by_office
        .iter()
        .map(|(o, n)| (o.as_ref().map(|o| o.label()).unwrap_or_else(|| ctx.t("office-none")), *n))
        .collect();
    let workload =
        r.workload.iter().map(|(name, n)| (name.clone().unwrap_or_else(|| ctx.t("dashboard-scss-none")), *n)).collect();
    let sections = vec![
        section(&ctx, "status", "dashboard-status", status),
        section(&ctx, "entity", "home-entity", entity),
        section(&ctx, "office", "office-label", office),
        section(&ctx, "workload", "dashboard-scss", workload),
    ];
    let office_options = crate::pages::offices::filter_options(&state, &ctx, &viewer).await?;
    Ok(render(&ReportsPage { sections, office_options, office: q.office, ctx }))
}
