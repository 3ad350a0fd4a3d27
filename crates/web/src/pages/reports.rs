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
    cross: CrossTable,
    office_options: Option<Vec<(String, String)>>,
    office: String,
    /// The CSV of every report, with the same filter.
    export: String,
    export_xlsx: String,
    workload_export: String,
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

/// Every report's rows as CSV (report, label, count), with the page's office filter; audited.
pub async fn csv(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    use axum::response::IntoResponse;
    use ctpat_app::partner::compliance::csv_field;
    let b = build(&state, &ctx, &viewer, &q).await?;
    let mut out = format!(
        "{}{},{},{}\n",
        ctpat_app::export::CSV_BOM,
        ctx.t("reports-csv-report"),
        ctx.t("reports-csv-label"),
        ctx.t("reports-accounts")
    );
    let mut rows = 0;
    for s in &b.sections {
        for (label, n) in &s.rows {
            out.push_str(&format!("{},{},{n}\n", csv_field(&s.title), csv_field(label)));
            rows += 1;
        }
    }
    for (entity, counts) in &b.cross.rows {
        for (status, n) in b.cross.columns.iter().zip(counts) {
            out.push_str(&format!(
                "{},{},{n}\n",
                csv_field(&b.cross.title),
                csv_field(&format!("{entity} — {status}"))
            ));
            rows += 1;
        }
    }
    reports::exported(&state.app, &viewer.actor, ctpat_app::offices::filter_of(&q.office), rows).await?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"program-reports.csv\""),
        ],
        out,
    )
        .into_response())
}

/// Every report as a workbook: one sheet per report, the numbers of its table.
pub async fn xlsx(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    use axum::response::IntoResponse;
    let b = build(&state, &ctx, &viewer, &q).await?;
    let head = vec![ctx.t("reports-csv-label"), ctx.t("reports-accounts")];
    let mut sheets: Vec<ctpat_app::export::SheetData> = b
        .sections
        .iter()
        .map(|s| (s.title.clone(), head.clone(), s.rows.iter().map(|(l, n)| vec![l.clone(), n.to_string()]).collect()))
        .collect();
    let mut cross_head = vec![ctx.t("home-entity")];
    cross_head.extend(b.cross.columns.iter().cloned());
    let cross_rows = b
        .cross
        .rows
        .iter()
        .map(|(e, v)| std::iter::once(e.clone()).chain(v.iter().map(|n| n.to_string())).collect())
        .collect();
    sheets.insert(0, (b.cross.title.clone(), cross_head, cross_rows));
    let rows = b.sections.iter().map(|s| s.rows.len()).sum::<usize>() + b.cross.rows.len();
    reports::exported(&state.app, &viewer.actor, ctpat_app::offices::filter_of(&q.office), rows).await?;
    let body = ctpat_app::export::workbook(&sheets)?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, ctpat_app::export::Format::Xlsx.content_type()),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"program-reports.xlsx\""),
        ],
        body,
    )
        .into_response())
}

/// The SCSS workload as a list of its own.
pub async fn workload_export(
    State(state): State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
    Query(f): Query<crate::pages::exports::FormatQuery>,
) -> Result<Response, WebError> {
    let office = ctpat_app::offices::filter_of(&q.office);
    let e = ctpat_app::export::scss_workload(&state.app, &viewer.actor, office).await?;
    crate::pages::exports::send(&state, &ctx, &viewer, e, f.format(), serde_json::json!({"office": q.office})).await
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    let Built { sections, certification, annual_overdue, cross } = build(&state, &ctx, &viewer, &q).await?;
    let office_options = crate::pages::offices::filter_options(&state, &ctx, &viewer).await?;
    let query = form_urlencoded::Serializer::new(String::new()).append_pair("office", &q.office).finish();
    let export = format!("/program/reports/csv?{query}");
    let export_xlsx = format!("/program/reports/xlsx?{query}");
    let workload_export = format!("/program/reports/workload/export?{query}&format=xlsx");
    Ok(render(&ReportsPage {
        sections,
        certification,
        annual_overdue,
        cross,
        office_options,
        office: q.office,
        export,
        export_xlsx,
        workload_export,
        ctx,
    }))
}

/// Accounts by entity type (rows) and status (columns).
pub struct CrossTable {
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<(String, Vec<i64>)>,
    pub totals: Vec<i64>,
}

struct Built {
    sections: Vec<Section>,
    certification: Vec<(String, String)>,
    annual_overdue: u64,
    cross: CrossTable,
}

async fn build(state: &AppState, ctx: &PageCtx, viewer: &Viewer, q: &ReportQuery) -> Result<Built, WebError> {
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
        (ctx.t("report-cert-count"), ctx.number(c.count as i64)),
        (ctx.t("report-cert-median"), days(c.median_days)),
        (ctx.t("report-cert-p90"), days(c.p90_days)),
        (ctx.t("report-cert-target"), days(Some(c.target_days))),
        (
            ctx.t("report-cert-within"),
            format!("{} / {}", ctx.number(c.within_target as i64), ctx.number(c.count as i64)),
        ),
    ];
    let trend = c
        .by_month
        .iter()
        .map(|(m, n, median)| {
            // "2026-11" → "November 2026" in the reader's language.
            let month = m
                .split_once('-')
                .and_then(|(y, mo)| {
                    let name = ctx.t(&format!("month-{}", mo.parse::<u32>().ok()?));
                    Some(ctx.lang.t_args("month-year", &[("month", name), ("year", y.to_string())]))
                })
                .unwrap_or_else(|| m.clone());
            (ctx.lang.t_args("report-trend-month", &[("month", month), ("count", n.to_string())]), *median)
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
        section(ctx, "status", "dashboard-status", status),
        section(ctx, "entity", "home-entity", entity),
        section(ctx, "office", "office-label", office),
        section(ctx, "workload", "dashboard-scss", workload),
        section(ctx, "due", "report-due-when", due),
        section(ctx, "trend", "report-trend-head", trend),
        section(ctx, "reasons", "report-reasons-head", reasons),
    ];
    let columns: Vec<String> = reports::statuses().map(|s| ctx.t(&format!("status-{}", s.key()))).collect();
    let totals = (0..columns.len()).map(|i| r.by_entity_status.iter().map(|(_, v)| v[i]).sum()).collect();
    let cross = CrossTable {
        title: ctx.t("report-cross-title"),
        columns,
        rows: r.by_entity_status.iter().map(|(e, v)| (ctx.t(&format!("entity-{}", e.key())), v.clone())).collect(),
        totals,
    };
    Ok(Built { sections, certification, annual_overdue: r.annual_overdue, cross })
}
