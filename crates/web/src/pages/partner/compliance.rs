//! The mandatory-data compliance report, its CSV export, the bulk notice, and validation
//! groups.

use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::Error;
use ctpat_app::partner::compliance::{self, Filter};
use ctpat_app::partner::groups;
use ctpat_domain::partner::EntityType;
use serde::Deserialize;

pub struct RowView {
    pub id: i64,
    pub href: String,
    pub organization: String,
    pub entity: String,
    pub status: String,
    pub missing: Vec<String>,
    pub notice: String,
}

#[derive(Template)]
#[template(path = "compliance.html")]
pub struct CompliancePage {
    ctx: PageCtx,
    form: FormView,
    rows: Vec<RowView>,
    entity_options: Vec<(String, String)>,
    missing_options: Vec<(String, String)>,
    entity: String,
    missing: String,
    /// HQ narrows the report to a field office.
    office_options: Option<Vec<(String, String)>>,
    office: String,
    query: String,
    next: Option<String>,
    can_notify: bool,
    /// HQ: the newest imports of legacy records, with their data-quality reports.
    imports: Vec<ImportRow>,
}

pub struct ImportRow {
    pub id: i64,
    pub at: String,
    pub files: String,
    pub counts: String,
    pub lacking: i32,
    pub choice: String,
}

#[derive(Deserialize, Default)]
pub struct ReportQuery {
    #[serde(default)]
    entity: String,
    #[serde(default)]
    missing: String,
    #[serde(default)]
    office: String,
    after: Option<i64>,
}

const MISSING_KEYS: [&str; 9] = [
    "bond",
    "hq_address",
    "contacts",
    "primary_officer",
    "alternate_contact",
    "office_us_ca",
    "office_us",
    "id_ior",
    "id_ein_or_duns",
];

fn filter_of(q: &ReportQuery) -> Filter {
    Filter {
        entity_type: EntityType::from_key(&q.entity),
        missing: (!q.missing.is_empty()).then(|| q.missing.clone()),
        office: ctpat_app::offices::filter_of(&q.office),
    }
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    q: &ReportQuery,
    form: FormView,
) -> Result<CompliancePage, WebError> {
    let (rows, next) = compliance::report(&state.app, &viewer.actor, &filter_of(q), q.after, 100).await?;
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("entity", &q.entity)
        .append_pair("missing", &q.missing)
        .append_pair("office", &q.office)
        .finish();
    let rows = rows
        .into_iter()
        .map(|r| RowView {
            id: r.account.id,
            href: format!("/accounts/{}", r.account.id),
            organization: r.organization,
            entity: ctx.t(&format!("entity-{}", r.account.entity_type)),
            status: ctx.t(&format!("status-{}", r.account.status)),
            missing: r.missing.iter().map(|m| ctx.t(&format!("missing-{}", m.key()))).collect(),
            notice: r.notice_deadline.map(|d| ctx.date(d)).unwrap_or_default(),
        })
        .collect();
    let mut entity_options = vec![(String::new(), ctx.t("filter-any"))];
    entity_options.extend(EntityType::ALL.iter().map(|e| (e.key().to_string(), ctx.t(&format!("entity-{}", e.key())))));
    let mut missing_options = vec![(String::new(), ctx.t("filter-any"))];
    missing_options.extend(MISSING_KEYS.iter().map(|k| (k.to_string(), ctx.t(&format!("missing-{k}")))));
    let office_options = crate::pages::offices::filter_options(state, &ctx, viewer).await?;
    let imports = ctpat_app::import::runs(&state.app, &viewer.actor)
        .await?
        .into_iter()
        .map(|r| ImportRow {
            id: r.id,
            at: ctx.datetime(r.at),
            files: r.files.join(", "),
            counts: ctx.lang.t_args(
                "imports-counts",
                &[
                    ("created", r.created.to_string()),
                    ("updated", r.updated.to_string()),
                    ("unchanged", r.unchanged.to_string()),
                ],
            ),
            lacking: r.lacking,
            choice: ctx.t(&format!("imports-choice-{}", r.missing_data)),
        })
        .collect();
    Ok(CompliancePage {
        imports,
        office_options,
        office: q.office.clone(),
        rows,
        entity_options,
        missing_options,
        entity: q.entity.clone(),
        missing: q.missing.clone(),
        next: next.map(|n| format!("{query}&after={n}")),
        query,
        can_notify: viewer.actor.has(ctpat_domain::Permission::ProposeSuspension),
        form,
        ctx,
    })
}

pub async fn report(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    let form = FormView::with_values([("days", "30")]);
    Ok(render(&page(&state, ctx, &viewer, &q, form).await?))
}

pub async fn csv(
    State(state): State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
) -> Result<Response, WebError> {
    let f = crate::pages::exports::FormatQuery::default();
    export(State(state), ctx, viewer, Query(q), Query(f)).await
}

/// The whole report with the page's filters, as CSV or XLSX.
pub async fn export(
    State(state): State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    Query(q): Query<ReportQuery>,
    Query(f): Query<crate::pages::exports::FormatQuery>,
) -> Result<Response, WebError> {
    let filters = serde_json::json!({"entity": q.entity, "missing": q.missing, "office": q.office});
    let e = ctpat_app::export::compliance(&viewer.actor, filter_of(&q))?;
    crate::pages::exports::send(&state, &ctx, &viewer, e, f.format(), filters).await
}

/// One import run's data-quality report (HQ).
pub async fn import_quality(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let body = ctpat_app::import::quality_csv(&state.app, &viewer.actor, id).await?;
    let name = format!("attachment; filename=\"import-{id}-data-quality.csv\"");
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, name)], body)
        .into_response())
}

pub async fn notify(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let ids: Vec<i64> = pairs.iter().filter(|(k, _)| k == "accounts").filter_map(|(_, v)| v.parse().ok()).collect();
    let days_raw = pairs.iter().find(|(k, _)| k == "days").map(|(_, v)| v.clone()).unwrap_or_default();
    let days = days_raw.trim().parse::<i64>().unwrap_or(0);
    match compliance::notify(&state.app, &viewer.actor, &ids, days).await {
        Ok(n) => Ok(Redirect::to(&format!("/program/compliance?notice=compliance-notified&sent={n}")).into_response()),
        Err(e) => {
            let typed = FormView::with_values([("days", days_raw.as_str())]);
            let query = ReportQuery::default();
            rerender(ctx, typed, e, |ctx, form| page(&state, ctx, &viewer, &query, form)).await
        }
    }
}

pub struct GroupRowView {
    pub id: i64,
    pub name: String,
    pub aligned: String,
    pub members: Vec<(String, String, String, String)>,
}

#[derive(Template)]
#[template(path = "groups.html")]
pub struct GroupsPage {
    ctx: PageCtx,
    form: FormView,
    groups: Vec<GroupRowView>,
    can_create: bool,
}

async fn groups_page(state: &AppState, ctx: PageCtx, viewer: &Viewer, form: FormView) -> Result<GroupsPage, WebError> {
    let list = groups::list(&state.app, &viewer.actor).await?;
    Ok(GroupsPage {
        groups: list
            .into_iter()
            .map(|g| GroupRowView {
                id: g.group.id,
                name: g.group.name.clone(),
                aligned: g.aligned_due.map(|d| ctx.date(d)).unwrap_or_default(),
                members: g
                    .members
                    .iter()
                    .map(|(a, org)| {
                        (
                            format!("/accounts/{}", a.id),
                            org.clone(),
                            ctx.t(&format!("entity-{}", a.entity_type)),
                            a.next_validation_due.map(|d| ctx.date(d)).unwrap_or_default(),
                        )
                    })
                    .collect(),
            })
            .collect(),
        can_create: viewer.actor.has(ctpat_domain::Permission::ScheduleValidations),
        form,
        ctx,
    })
}

pub async fn list_groups(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    Ok(render(&groups_page(&state, ctx, &viewer, FormView::default()).await?))
}

#[derive(Deserialize)]
pub struct GroupInput {
    #[serde(default)]
    name: String,
    #[serde(default)]
    account: String,
    #[serde(default)]
    group: String,
}

pub async fn create_group(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<GroupInput>,
) -> Result<Response, WebError> {
    match groups::create(&state.app, &viewer.actor, &input.name, &input.account).await {
        Ok(_) => Ok(Redirect::to("/program/groups?notice=group-created").into_response()),
        Err(Error::Invalid(errs)) => {
            let form = FormView::with_values([("name", input.name.as_str()), ("account", input.account.as_str())])
                .with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &groups_page(&state, ctx, &viewer, form).await?))
        }
        Err(e) => Err(WebError::from(e)),
    }
}

pub async fn link(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(input): Form<GroupInput>,
) -> Result<Response, WebError> {
    let group: i64 = input.group.trim().parse().unwrap_or(0);
    match groups::link(&state.app, &viewer.actor, group, id).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}?notice=group-linked")).into_response()),
        Err(e) => {
            let form = FormView::default().with_error(&ctx, e)?;
            super::dashboard::show_with(&state, ctx, &viewer, id, form, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub async fn unlink(State(state): State<AppState>, viewer: Viewer, Path(id): Path<i64>) -> Result<Response, WebError> {
    groups::unlink(&state.app, &viewer.actor, id).await?;
    Ok(Redirect::to(&format!("/accounts/{id}?notice=group-unlinked")).into_response())
}

#[derive(serde::Deserialize, serde::Serialize)]
pub struct ParentInput {
    #[serde(default)]
    parent: String,
}

/// Record the parent company of the account's company (staff who validate).
pub async fn set_parent(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(input): Form<ParentInput>,
) -> Result<Response, WebError> {
    match groups::set_parent(&state.app, &viewer.actor, id, &input.parent).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}?notice=parent-set")).into_response()),
        Err(e) => {
            let form = FormView::of(&input).with_error(&ctx, e)?;
            super::dashboard::show_with(&state, ctx, &viewer, id, form, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}
