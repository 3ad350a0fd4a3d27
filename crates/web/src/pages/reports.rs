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
    /// How long certification took: (label, value) facts.
    certification: Vec<(String, String)>,
    annual_overdue: u64,
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
    let [overdue, d90, d180, d365] = r.validations_due;
    let due = vec![
        (ctx.t("report-due-overdue"), overdue as i64),
        (ctx.ta("report-due-within", "days", "90"), d90 as i64),
        (ctx.ta("report-due-within", "days", "180"), d180 as i64),
        (ctx.ta("report-due-within", "days", "365"), d365 as i64),
    ];
    let c = &r.certification;
    let days = |d: Option<i64>| d.map(|d| ctx.ta("report-days", "days", &d.to_string())).unwrap_or_else(|| "—".into());
    let certification = vec![
        (ctx.t("report-cert-count"), c.count.to_string()),
        (ctx.t("report-cert-median"), days(c.median_days)),
        (ctx.t("report-cert-p90"), days(c.p90_days)),
        (ctx.t("report-cert-target"), days(Some(c.target_days))),
        (ctx.t("report-cert-within"), format!("{} / {}", c.within_target, c.count)),
    ];
    let trend = c
        .by_month
        .iter()
        .map(|(m, n, median)| {
            (ctx.lang.t_args("report-trend-month", &[("month", m.clone()), ("count", n.to_string())]), *median)
        })
        .collect();
    let reasons = r
        .by_reason
        .iter()
        .map(|(kind, reason, n)| {
            let reason = match *kind {
                "suspended" => ctx.t(&format!("suspension-reason-{reason}")),
                _ => ctx.t(&format!("removal-reason-{reason}")),
            };
            (ctx.lang.t_args(&format!("report-reason-{kind}"), &[("reason", reason)]), *n)
        })
        .collect();
    let sections = vec![
        section(&ctx, "status", "dashboard-status", status),
        section(&ctx, "entity", "home-entity", entity),
        section(&ctx, "office", "office-label", office),
        section(&ctx, "workload", "dashboard-scss", workload),
        section(&ctx, "due", "report-due-when", due),
        section(&ctx, "trend", "report-trend-head", trend),
        section(&ctx, "reasons", "report-reasons-head", reasons),
    ];
    let office_options = crate::pages::offices::filter_options(&state, &ctx, &viewer).await?;
    Ok(render(&ReportsPage {
        sections,
        certification,
        annual_overdue: r.annual_overdue,
        office_options,
        office: q.office,
        ctx,
    }))
}
