//! The profile's overview page: progress by category, what is returned or missing, the
//! signature, and the annual review.

use crate::error::WebError;
use crate::form::SignatureForm;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::pages::partner::AccountHead;
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::profile::annual::{self, Window};
use ctpat_app::profile::review::{self};
use ctpat_app::profile::{self, ProfileView};
pub struct CategoryRow {
    pub number: u8,
    pub name: String,
    pub answered: usize,
    pub total: usize,
}

pub struct Gap {
    pub href: String,
    pub message: String,
}

#[derive(Template)]
#[template(path = "profile.html")]
pub struct OverviewPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    status: String,
    catalog: String,
    categories: Vec<CategoryRow>,
    returned: Vec<Gap>,
    /// The SCSS is still reviewing: returned criteria open for changes when the round ends.
    round_open: bool,
    flagged: Vec<Gap>,
    gaps: Vec<Gap>,
    can_sign: bool,
    /// Submitted by the application's signature (the account is a draft): where to sign.
    with_application: Option<String>,
    uses_totp: bool,
    editable: bool,
    submissions: i32,
    /// Annual review: the sentence describing its window, and what may be done now.
    annual: Option<String>,
    annual_can_sign: bool,
    annual_can_approve: bool,
    annual_changed: Vec<String>,
}

fn status_label(ctx: &PageCtx, v: &ProfileView) -> String {
    ctx.t(&format!("profile-status-{}", v.status_key()))
}

fn category_of(id: &str) -> u32 {
    ctpat_domain::catalog::order_of(id).map(|(c, _)| c).unwrap_or(0)
}

async fn overview_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<OverviewPage, WebError> {
    let v = profile::view(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &v.reach).await?;
    let a = annual::status(&state.app, &v).await?;
    let d = |t: chrono::DateTime<chrono::Utc>| ctx.date(t);
    let annual_text = match &a.window {
        Window::None => None,
        Window::NotOpen { opens, due } => {
            Some(ctx.lang.t_args("annual-not-open", &[("opens", d(*opens)), ("due", d(*due))]))
        }
        Window::Open { due, .. } => Some(ctx.ta("annual-open", "due", &d(*due))),
        Window::Overdue { due, .. } => Some(ctx.ta("annual-overdue", "due", &d(*due))),
        Window::Submitted { number, .. } => Some(ctx.ta("annual-submitted", "number", &number.to_string())),
    };
    let annual_can_sign = a.can_sign(&v);
    let annual_can_approve = a.can_approve(&v);
    let annual_changed = a.changed_in_window.clone();
    let categories = v
        .catalog
        .categories
        .iter()
        .filter_map(|c| {
            let (answered, total) = v.progress(c.number);
            (total > 0).then(|| CategoryRow {
                number: c.number,
                name: c.name_in(&ctx.lang_code).to_string(),
                answered,
                total,
            })
        })
        .collect();
    let returned = v
        .returned()
        .into_iter()
        .map(|(c, comment)| Gap {
            href: format!("/accounts/{id}/profile/category/{}#c-{}", c.category, c.id.replace('.', "-")),
            message: format!("{} — {comment}", c.id),
        })
        .collect();
    let flagged = v
        .criteria()
        .iter()
        .filter(|c| v.flagged().contains(&c.id.as_str()))
        .map(|c| Gap {
            href: format!("/accounts/{id}/profile/category/{}#c-{}", c.category, c.id.replace('.', "-")),
            message: format!("{} — {}", c.id, c.statement_in(&ctx.lang_code)),
        })
        .collect();
    let gaps = v
        .gaps()
        .into_iter()
        .map(|g| {
            let cid = g.field.split_once('-').map(|(_, c)| c.to_string()).unwrap_or_default();
            Gap {
                href: format!("/accounts/{id}/profile/category/{}#f-{}", category_of(&cid), g.field),
                message: ctx.problem(&g.problem),
            }
        })
        .collect();
    Ok(OverviewPage {
        status: status_label(&ctx, &v),
        catalog: v.catalog.title.clone() + " · " + &v.catalog.version,
        categories,
        returned,
        round_open: v.status() == Some(ctpat_domain::profile::ProfileStatus::Submitted),
        flagged,
        gaps,
        can_sign: v.can_sign(),
        with_application: v.with_application().then(|| format!("/accounts/{id}/apply/agreement")),
        uses_totp: viewer.actor.user.mfa_enabled,
        editable: v.editable(),
        submissions: v.profile.as_ref().map(|p| p.submissions).unwrap_or(0),
        annual: annual_text,
        annual_can_sign,
        annual_can_approve,
        annual_changed,
        head,
        form,
        ctx,
    })
}

pub async fn overview(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&overview_page(&state, ctx, &viewer, id, FormView::default()).await?))
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<SignatureForm>,
) -> Result<Response, WebError> {
    match review::submit(&state.app, &viewer.actor, id, f.confirm, &f.password, &f.code).await {
        Ok(n) => {
            Ok(Redirect::to(&format!("/accounts/{id}/profile?notice=profile-submitted&version={n}")).into_response())
        }
        Err(e) => {
            rerender(ctx, FormView::default(), e, |ctx, form| overview_page(&state, ctx, &viewer, id, form)).await
        }
    }
}

pub async fn annual_sign(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<SignatureForm>,
) -> Result<Response, WebError> {
    match annual::sign(&state.app, &viewer.actor, id, f.confirm, &f.password, &f.code).await {
        Ok(_) => Ok(Redirect::to(&format!("/accounts/{id}/profile?notice=annual-signed")).into_response()),
        Err(e) => {
            rerender(ctx, FormView::default(), e, |ctx, form| overview_page(&state, ctx, &viewer, id, form)).await
        }
    }
}

pub async fn annual_approve(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    match annual::approve(&state.app, &viewer.actor, id).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/profile?notice=annual-approved")).into_response()),
        Err(e) => {
            rerender(ctx, FormView::default(), e, |ctx, form| overview_page(&state, ctx, &viewer, id, form)).await
        }
    }
}
