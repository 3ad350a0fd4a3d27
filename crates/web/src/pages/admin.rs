//! Program administration: staff users (system admin) and the audit trail (HQ, admin).

use crate::error::WebError;
use crate::form::FormView;
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::Error;
use ctpat_app::actor::{ManageStaff, ReadAudit};
use ctpat_app::staff::{self, Creator, NewStaff};
use ctpat_domain::{Role, StaffRole};
use serde::Deserialize;

pub struct StaffRow {
    id: i64,
    office: String,
    name: String,
    email: String,
    role: String,
    mfa: String,
    status: String,
}

#[derive(Template)]
#[template(path = "staff.html")]
pub struct StaffPage {
    ctx: PageCtx,
    staff: Vec<StaffRow>,
    form: FormView,
    role_options: Vec<(String, String)>,
    /// (id, label), the first "no office".
    office_options: Vec<(String, String)>,
}

fn role_label(ctx: &PageCtx, role: Option<StaffRole>) -> String {
    role.map(|r| ctx.t(&format!("role-{}", Role::Staff(r).key()))).unwrap_or_default()
}

async fn staff_page(state: &AppState, ctx: PageCtx, viewer: &Viewer, form: FormView) -> Result<StaffPage, WebError> {
    let can = viewer.actor.can::<ManageStaff>()?;
    let users = staff::list(&state.app, &can).await?;
    let offices = ctpat_app::offices::all(&state.app, &viewer.actor).await?;
    let mut office_options = vec![(String::new(), ctx.t("office-none"))];
    office_options.extend(offices.iter().map(|o| (o.id.to_string(), o.label())));
    let staff = users
        .into_iter()
        .map(|u| StaffRow {
            id: u.id,
            office: u.field_office_id.map(|o| o.to_string()).unwrap_or_default(),
            role: role_label(&ctx, u.role),
            mfa: ctx.t(if u.mfa_enabled { "staff-mfa-on" } else { "staff-mfa-off" }),
            status: ctx.t(if u.invited { "staff-invited" } else { "staff-active" }),
            name: u.name,
            email: u.email,
        })
        .collect();
    let role_options = StaffRole::ALL
        .iter()
        .map(|r| (r.key().to_string(), ctx.t(&format!("role-{}", Role::Staff(*r).key()))))
        .collect();
    Ok(StaffPage { ctx, staff, form, role_options, office_options })
}

pub async fn staff_list(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    Ok(render(&staff_page(&state, ctx, &viewer, FormView::default()).await?))
}

#[derive(Deserialize)]
pub struct StaffInput {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    office: String,
}

pub async fn staff_create(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<StaffInput>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<ManageStaff>()?;
    let result = staff::create(
        &state.app,
        Creator::Admin(can),
        NewStaff { email: &input.email, name: &input.name, role: &input.role, office: &input.office, password: None },
    )
    .await;
    match result {
        Ok(_) => Ok(Redirect::to("/admin/staff?notice=staff-invited").into_response()),
        Err(Error::Invalid(errs)) => {
            let form = FormView::with_values([
                ("name", input.name.as_str()),
                ("email", input.email.as_str()),
                ("role", input.role.as_str()),
                ("office", input.office.as_str()),
            ])
            .with_errors(&ctx, &errs);
            let page = staff_page(&state, ctx, &viewer, form).await?;
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(WebError::from(e)),
    }
}

#[derive(Deserialize)]
pub struct OfficeInput {
    #[serde(default)]
    office: String,
}

/// Put a staff member in a field office (or none).
pub async fn staff_office(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    axum::extract::Path(id): axum::extract::Path<i64>,
    Form(input): Form<OfficeInput>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<ManageStaff>()?;
    match ctpat_app::offices::set_staff_office(&state.app, &can, id, &input.office).await {
        Ok(()) => Ok(Redirect::to("/admin/staff?notice=staff-office-changed").into_response()),
        Err(Error::Invalid(errs)) => {
            let form =
                FormView::default().with_banner(errs.first().map(|e| ctx.problem(&e.problem)).unwrap_or_default());
            let page = staff_page(&state, ctx, &viewer, form).await?;
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
        Err(e) => Err(WebError::from(e)),
    }
}

pub struct EventRow {
    seq: i64,
    at: String,
    actor: String,
    action: String,
    object: String,
    outcome: String,
    request_id: String,
    /// Client address, with the user agent as its title.
    ip: String,
    user_agent: String,
}

#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    ctx: PageCtx,
    events: Vec<EventRow>,
    next: Option<i64>,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    before: Option<i64>,
}

const AUDIT_PAGE: u64 = 50;

/// The whole audit trail, newest first, as CSV or XLSX.
pub async fn audit_export(
    State(state): State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    Query(f): Query<crate::pages::exports::FormatQuery>,
) -> Result<Response, WebError> {
    let e = ctpat_app::export::audit_trail(&viewer.actor.can::<ReadAudit>()?);
    crate::pages::exports::send(&state, &ctx, &viewer, e, f.format(), serde_json::json!({})).await
}

pub async fn audit_trail(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Query(q): Query<AuditQuery>,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<ReadAudit>()?;
    let rows = ctpat_app::audit::recent(&state.app, &can, q.before, AUDIT_PAGE).await?;
    let next = (rows.len() as u64 == AUDIT_PAGE).then(|| rows.last().map(|r| r.seq)).flatten();
    let events = rows
        .into_iter()
        .map(|e| EventRow {
            seq: e.seq,
            at: ctpat_domain::audit::canonical_time(e.at),
            actor: [e.actor.unwrap_or_else(|| "—".into()), e.role.map(|r| format!("({r})")).unwrap_or_default()]
                .join(" "),
            object: match (e.object_type, e.object_id) {
                (Some(t), Some(i)) => format!("{t} {i}"),
                _ => String::new(),
            },
            action: e.action,
            outcome: e.outcome,
            request_id: e.request_id.unwrap_or_default(),
            ip: e.ip.unwrap_or_default(),
            user_agent: e.user_agent.unwrap_or_default(),
        })
        .collect();
    Ok(render(&AuditPage { ctx, events, next }))
}
