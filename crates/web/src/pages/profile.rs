//! Security Profile pages: overview with progress, one page per category, the risk
//! assessment, submission, the SCSS's review, versions and their comparison. Partners and
//! staff see the same pages; staff get review controls instead of inputs.

use super::partner::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::profile::annual::{self, Window};
use ctpat_app::profile::review::{self, Decision, ReviewOutcome};
use ctpat_app::profile::{self, AnswerInput, ProfileView};
use ctpat_domain::catalog::Level;
use ctpat_domain::profile::{Compliance, RISK_STEPS, field};
use std::collections::HashMap;

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
    flagged: Vec<Gap>,
    gaps: Vec<Gap>,
    can_sign: bool,
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
    let d = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d").to_string();
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
            (total > 0).then(|| CategoryRow { number: c.number, name: c.name.clone(), answered, total })
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
            message: format!("{} — {}", c.id, c.statement),
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
        flagged,
        gaps,
        can_sign: v.can_sign(),
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

pub struct CriterionView {
    pub id: String,
    pub anchor: String,
    pub statement: String,
    pub guidance: String,
    pub must: bool,
    pub answer_name: String,
    pub justification_name: String,
    pub narrative_name: String,
    pub decision_name: String,
    pub comment_name: String,
    pub answer: String,
    pub justification: String,
    pub narrative: String,
    pub answer_label: String,
    pub review: String,
    pub review_comment: String,
    pub errors: Vec<String>,
    pub evidence_href: String,
    pub evidence_count: i64,
    /// New or changed in the catalog version the profile moved to.
    pub flagged: bool,
}

#[derive(Template)]
#[template(path = "profile_category.html")]
pub struct CategoryPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    number: u8,
    name: String,
    criteria: Vec<CriterionView>,
    answers: Vec<(String, String)>,
    editable: bool,
    reviewing: bool,
    next: Option<u8>,
}

async fn category_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    number: u8,
    form: FormView,
) -> Result<CategoryPage, WebError> {
    let v = profile::view(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &v.reach).await?;
    let Some(cat) = v.catalog.categories.iter().find(|c| c.number == number) else {
        return Err(WebError::NotFound);
    };
    let typed = !form.values.is_empty();
    let criteria: Vec<CriterionView> = v
        .criteria()
        .into_iter()
        .filter(|c| c.category == number)
        .map(|c| {
            let saved = v.answers.get(&c.id);
            let pick = |kind: &str, stored: Option<&str>| {
                let name = field(kind, &c.id);
                if typed { form.value(&name).to_string() } else { stored.unwrap_or_default().to_string() }
            };
            let answer = pick("answer", saved.and_then(|a| a.answer).map(Compliance::key));
            let names = ["answer", "justification", "narrative", "decision", "comment"].map(|k| field(k, &c.id));
            CriterionView {
                anchor: format!("c-{}", c.id.replace('.', "-")),
                statement: c.statement.clone(),
                guidance: c.guidance.clone(),
                must: c.level == Level::Must,
                justification: pick("justification", saved.and_then(|a| a.justification.as_deref())),
                narrative: pick("narrative", saved.and_then(|a| a.narrative.as_deref())),
                answer_label: if answer.is_empty() {
                    ctx.t("profile-unanswered")
                } else {
                    ctx.t(&format!("compliance-{answer}"))
                },
                answer,
                review: saved.and_then(|a| a.review).map(|r| r.key().to_string()).unwrap_or_default(),
                review_comment: saved.and_then(|a| a.review_comment.clone()).unwrap_or_default(),
                errors: names.iter().filter_map(|n| form.error(n).map(str::to_string)).collect(),
                evidence_href: format!("/accounts/{id}/profile/evidence/{}", c.id),
                evidence_count: v.evidence.get(&c.id).copied().unwrap_or(0),
                flagged: v.flagged().contains(&c.id.as_str()),
                answer_name: names[0].clone(),
                justification_name: names[1].clone(),
                narrative_name: names[2].clone(),
                decision_name: names[3].clone(),
                comment_name: names[4].clone(),
                id: c.id.clone(),
            }
        })
        .collect();
    if criteria.is_empty() {
        return Err(WebError::NotFound);
    }
    let next = v.catalog.categories.iter().map(|c| c.number).filter(|n| *n > number).find(|n| v.progress(*n).1 > 0);
    Ok(CategoryPage {
        answers: Compliance::ALL
            .iter()
            .map(|c| (c.key().to_string(), ctx.t(&format!("compliance-{}", c.key()))))
            .collect(),
        editable: v.editable(),
        reviewing: v.reviewing(),
        name: cat.name.clone(),
        number,
        criteria,
        next,
        head,
        form,
        ctx,
    })
}

pub async fn category(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, n)): Path<(i64, u8)>,
) -> Result<Response, WebError> {
    Ok(render(&category_page(&state, ctx, &viewer, id, n, FormView::default()).await?))
}

fn pairs_to_map(pairs: &[(String, String)]) -> HashMap<String, String> {
    pairs.iter().filter(|(k, _)| k != "csrf").map(|(k, v)| (k.clone(), v.clone())).collect()
}

pub async fn save_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    headers: HeaderMap,
    Path((id, n)): Path<(i64, u8)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let values = pairs_to_map(&pairs);
    let mut ids: Vec<String> = values
        .keys()
        .filter_map(|k| k.strip_prefix("answer-").or(k.strip_prefix("narrative-")).map(str::to_string))
        .collect();
    ids.sort();
    ids.dedup();
    let get = |k: String| values.get(&k).cloned().unwrap_or_default();
    let inputs: Vec<AnswerInput> = ids
        .iter()
        .map(|c| AnswerInput {
            criterion_id: c.clone(),
            answer: get(field("answer", c)),
            justification: get(field("justification", c)),
            narrative: get(field("narrative", c)),
        })
        .collect();
    let autosave = headers.contains_key("x-autosave");
    match profile::save_category(&state.app, &viewer.actor, id, n, &inputs).await {
        Ok(problems) if autosave => {
            Ok(if problems.is_empty() { StatusCode::NO_CONTENT } else { StatusCode::UNPROCESSABLE_ENTITY }
                .into_response())
        }
        Ok(problems) if problems.is_empty() => {
            // The next category is a number; anything else stays on this one.
            let next = values.get("next").and_then(|v| v.parse::<u8>().ok());
            Ok(Redirect::to(&match next {
                Some(nx) => format!("/accounts/{id}/profile/category/{nx}?notice=profile-saved"),
                None => format!("/accounts/{id}/profile/category/{n}?notice=profile-saved"),
            })
            .into_response())
        }
        Ok(problems) => {
            let form = FormView { values, ..Default::default() }
                .with_errors(&ctx, &problems)
                .with_banner(ctx.t("profile-saved-with-problems"));
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &category_page(&state, ctx, &viewer, id, n, form).await?,
            ))
        }
        Err(e) if autosave => Err(WebError::from(e)),
        Err(e) => {
            rerender(ctx, FormView { values, ..Default::default() }, e, |ctx, form| {
                category_page(&state, ctx, &viewer, id, n, form)
            })
            .await
        }
    }
}

pub async fn review_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, n)): Path<(i64, u8)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let values = pairs_to_map(&pairs);
    let decisions: Vec<Decision> = values
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("decision-").map(|c| (c.to_string(), v.clone())))
        .map(|(c, d)| Decision {
            comment: values.get(&field("comment", &c)).cloned().unwrap_or_default(),
            criterion_id: c,
            decision: d,
        })
        .collect();
    match review::review(&state.app, &viewer.actor, id, &decisions).await {
        Ok(outcome) => {
            let notice = match outcome {
                ReviewOutcome::InReview => "profile-review-saved",
                ReviewOutcome::Approved => "profile-approved",
                ReviewOutcome::Returned => "profile-returned",
            };
            Ok(Redirect::to(&format!("/accounts/{id}/profile?notice={notice}")).into_response())
        }
        Err(e) => {
            rerender(ctx, FormView { values, ..Default::default() }, e, |ctx, form| {
                category_page(&state, ctx, &viewer, id, n, form)
            })
            .await
        }
    }
}

pub async fn submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let g = |k: &str| values.get(k).cloned().unwrap_or_default();
    match review::submit(&state.app, &viewer.actor, id, g("confirm") == "on", &g("password"), &g("code")).await {
        Ok(n) => {
            Ok(Redirect::to(&format!("/accounts/{id}/profile?notice=profile-submitted&version={n}")).into_response())
        }
        Err(e) => {
            rerender(ctx, FormView::default(), e, |ctx, form| overview_page(&state, ctx, &viewer, id, form)).await
        }
    }
}

#[derive(Template)]
#[template(path = "profile_risk.html")]
pub struct RiskPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    steps: Vec<(String, String, String, String)>,
    editable: bool,
}

async fn risk_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<RiskPage, WebError> {
    let v = profile::view(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &v.reach).await?;
    let typed = !form.values.is_empty();
    let steps = RISK_STEPS
        .iter()
        .map(|n| {
            let name = format!("risk-{n}");
            let saved = v.risk.iter().find(|r| r.step == i32::from(*n)).map(|r| r.content.clone()).unwrap_or_default();
            let content = if typed { form.value(&name).to_string() } else { saved };
            (name, ctx.t(&format!("risk-step-{n}")), ctx.t(&format!("risk-step-{n}-hint")), content)
        })
        .collect();
    Ok(RiskPage { editable: v.editable(), steps, head, form, ctx })
}

pub async fn risk(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&risk_page(&state, ctx, &viewer, id, FormView::default()).await?))
}

pub async fn save_risk(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    headers: HeaderMap,
    Path(id): Path<i64>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let steps: Vec<(u8, String)> =
        RISK_STEPS.iter().map(|n| (*n, values.get(&format!("risk-{n}")).cloned().unwrap_or_default())).collect();
    match profile::save_risk(&state.app, &viewer.actor, id, &steps).await {
        Ok(()) if headers.contains_key("x-autosave") => Ok(StatusCode::NO_CONTENT.into_response()),
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/profile/risk?notice=profile-saved")).into_response()),
        Err(e) => {
            let mut kept = values;
            kept.remove("csrf");
            rerender(ctx, FormView { values: kept, ..Default::default() }, e, |ctx, form| {
                risk_page(&state, ctx, &viewer, id, form)
            })
            .await
        }
    }
}

pub async fn annual_sign(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let g = |k: &str| values.get(k).cloned().unwrap_or_default();
    match annual::sign(&state.app, &viewer.actor, id, g("confirm") == "on", &g("password"), &g("code")).await {
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
