//! The program's validations: those due a window ahead, and those scheduled or under way.

use super::*;

/// One line of the "validations due" list.
pub struct DueLine {
    pub href: String,
    pub organization: String,
    pub entity: String,
    pub scss: String,
    pub due: String,
    pub overdue: bool,
    pub kind: String,
    pub group: String,
    pub scheduled: String,
}

#[derive(Template)]
#[template(path = "program_validations.html")]
pub struct ProgramPage {
    ctx: PageCtx,
    rows: Vec<(String, String, String, String, usize)>,
    due: Vec<DueLine>,
    days: String,
    entity: String,
    scss: String,
    day_options: Vec<(String, String)>,
    entity_options: Vec<(String, String)>,
    scss_options: Vec<(String, String)>,
    /// HQ narrows the list to a field office.
    office_options: Option<Vec<(String, String)>>,
    office: String,
}

#[derive(serde::Deserialize, Default)]
pub struct DueQuery {
    #[serde(default)]
    days: String,
    #[serde(default)]
    entity: String,
    #[serde(default)]
    scss: String,
    #[serde(default)]
    office: String,
}

/// Validations due within the page's window and filters, as CSV or XLSX.
pub async fn due_export(
    State(state): State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<DueQuery>,
    axum::extract::Query(f): axum::extract::Query<crate::pages::exports::FormatQuery>,
) -> Result<Response, WebError> {
    let filter = validations::DueFilter {
        days: q.days.parse().unwrap_or(180),
        entity: ctpat_domain::partner::EntityType::from_key(&q.entity),
        scss: q.scss.parse().ok(),
        office: ctpat_app::offices::filter_of(&q.office),
    };
    let filters = serde_json::json!({"days": q.days, "entity": q.entity, "scss": q.scss, "office": q.office});
    let e = ctpat_app::export::validations_due(&viewer.actor, filter)?;
    crate::pages::exports::send(&state, &ctx, &viewer, e, f.format(), filters).await
}

pub async fn program(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<DueQuery>,
) -> Result<Response, WebError> {
    let list = validations::open(&state.app, &viewer.actor, ctpat_app::offices::filter_of(&q.office)).await?;
    let rows = list
        .iter()
        .map(|r| {
            let v = &r.validation;
            (
                format!("/accounts/{}/validations/{}", r.account_id, v.id),
                r.organization.clone(),
                format!("{} – {}", ctx.date(v.start_on), ctx.date(v.end_on)),
                ctx.t(&format!("validation-status-{}", v.status.key())),
                r.accounts,
            )
        })
        .collect();
    let filter = validations::DueFilter {
        days: q.days.parse().unwrap_or(180),
        entity: ctpat_domain::partner::EntityType::from_key(&q.entity),
        scss: q.scss.parse().ok(),
        office: ctpat_app::offices::filter_of(&q.office),
    };
    let due = validations::due(&state.app, &viewer.actor, &filter)
        .await?
        .into_iter()
        .map(|d| DueLine {
            href: format!("/accounts/{}/validations", d.account_id),
            organization: d.organization,
            entity: ctx.t(&format!("entity-{}", d.entity.key())),
            scss: d.scss.unwrap_or_default(),
            due: ctx.date(d.due),
            overdue: d.overdue,
            kind: ctx.t(if d.first { "validation-kind-first" } else { "validation-kind-revalidation" }),
            group: d.group.unwrap_or_default(),
            scheduled: d.scheduled.map(|s| ctx.date(s)).unwrap_or_default(),
        })
        .collect();
    let day_options = validations::WINDOWS
        .iter()
        .map(|d| (d.to_string(), ctx.ta("validations-due-days", "count", &d.to_string())))
        .collect();
    let mut entity_options = vec![(String::new(), ctx.t("filter-any"))];
    entity_options.extend(
        ctpat_domain::partner::EntityType::ALL
            .iter()
            .map(|e| (e.key().to_string(), ctx.t(&format!("entity-{}", e.key())))),
    );
    let mut scss_options = vec![(String::new(), ctx.t("filter-any"))];
    scss_options.extend(
        ctpat_app::partner::program::specialists(&state.app).await?.into_iter().map(|s| (s.id.to_string(), s.name)),
    );
    let office_options = crate::pages::offices::filter_options(&state, &ctx, &viewer).await?;
    Ok(render(&ProgramPage {
        office_options,
        office: q.office.clone(),
        rows,
        due,
        days: filter.days.to_string(),
        entity: filter.entity.map(|e| e.key().to_string()).unwrap_or_default(),
        scss: filter.scss.map(|s| s.to_string()).unwrap_or_default(),
        day_options,
        entity_options,
        scss_options,
        ctx,
    }))
}
