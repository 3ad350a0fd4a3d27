//! The program's findings: every finding of the validations the staff member reaches, newest
//! first, with filters, paging and downloads.

use super::*;
use ctpat_app::validations::FindingsFilter;
use ctpat_domain::validation::{FindingKind, FindingStatus};

const PAGE: u64 = 50;

pub struct FindingRow {
    pub href: String,
    pub organization: String,
    pub kind: String,
    pub criteria: String,
    pub text: String,
    pub due: String,
    pub late: bool,
    pub status: String,
}

#[derive(Template)]
#[template(path = "program_findings.html")]
pub struct FindingsPage {
    ctx: PageCtx,
    rows: Vec<FindingRow>,
    status_options: Vec<(String, String)>,
    kind_options: Vec<(String, String)>,
    status: String,
    kind: String,
    late: bool,
    office_options: Option<Vec<(String, String)>>,
    office: String,
    query: String,
    next: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct FindingsQuery {
    #[serde(default)]
    status: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    late: String,
    #[serde(default)]
    office: String,
    before: Option<i64>,
}

fn filter_of(q: &FindingsQuery) -> FindingsFilter {
    FindingsFilter {
        status: FindingStatus::from_key(&q.status),
        kind: FindingKind::from_key(&q.kind),
        late_only: q.late == "on",
        office: ctpat_app::offices::filter_of(&q.office),
    }
}

fn query_of(q: &FindingsQuery) -> String {
    form_urlencoded::Serializer::new(String::new())
        .append_pair("status", &q.status)
        .append_pair("kind", &q.kind)
        .append_pair("late", &q.late)
        .append_pair("office", &q.office)
        .finish()
}

pub async fn findings_list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<FindingsQuery>,
) -> Result<Response, WebError> {
    let list =
        ctpat_app::validations::program_findings::findings(&state.app, &viewer.actor, &filter_of(&q), q.before, PAGE)
            .await?;
    let query = query_of(&q);
    let next = (list.len() as u64 == PAGE).then(|| list.last().map(|r| format!("{query}&before={}", r.id))).flatten();
    let rows = list
        .into_iter()
        .map(|r| FindingRow {
            href: format!("/accounts/{}/validations/{}", r.account_id, r.validation_id),
            organization: r.organization,
            kind: ctx.t(&format!("finding-kind-{}", r.kind.key())),
            criteria: r.criteria.join(", "),
            text: r.text,
            due: r.due.map(|d| ctx.date(d)).unwrap_or_default(),
            late: r.late,
            status: ctx.t(&format!("finding-status-{}", r.status.key())),
        })
        .collect();
    let mut status_options = vec![(String::new(), ctx.t("filter-any"))];
    status_options.extend(
        [FindingStatus::Open, FindingStatus::Answered, FindingStatus::Closed]
            .iter()
            .map(|s| (s.key().to_string(), ctx.t(&format!("finding-status-{}", s.key())))),
    );
    let mut kind_options = vec![(String::new(), ctx.t("filter-any"))];
    kind_options.extend(
        [FindingKind::RequiredAction, FindingKind::Recommendation, FindingKind::BestPractice]
            .iter()
            .map(|k| (k.key().to_string(), ctx.t(&format!("finding-kind-{}", k.key())))),
    );
    let office_options = crate::pages::offices::filter_options(&state, &ctx, &viewer).await?;
    Ok(render(&FindingsPage {
        rows,
        status_options,
        kind_options,
        status: q.status,
        kind: q.kind,
        late: q.late == "on",
        office_options,
        office: q.office,
        query,
        next,
        ctx,
    }))
}

/// The whole list with the page's filters, as CSV or XLSX.
pub async fn findings_export(
    State(state): State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    axum::extract::Query(mut q): axum::extract::Query<FindingsQuery>,
    axum::extract::Query(f): axum::extract::Query<crate::pages::exports::FormatQuery>,
) -> Result<Response, WebError> {
    q.before = None;
    let filters = serde_json::json!({"status": q.status, "kind": q.kind, "late": q.late, "office": q.office});
    let e = ctpat_app::export::findings(&viewer.actor, filter_of(&q))?;
    crate::pages::exports::send(&state, &ctx, &viewer, e, f.format(), filters).await
}
