//! A category of the profile: the partner answers its criteria; the SCSS reviews them.

use super::fields::ProfileForm;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render, render_status};
use crate::pages::criterion_text::CriterionText;
use crate::pages::partner::AccountHead;
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::profile::review::{self, ReviewOutcome};
use ctpat_app::profile::{self};
use ctpat_domain::catalog::Level;
use ctpat_domain::profile::{Compliance, Review, field};
pub struct CriterionView {
    pub id: String,
    pub anchor: String,
    pub text: CriterionText,
    pub must: bool,
    pub answer_name: String,
    pub justification_name: String,
    pub narrative_name: String,
    pub decision_name: String,
    pub comment_name: String,
    pub answer: String,
    pub justification: String,
    pub narrative: String,
    pub plan_name: String,
    pub plan_due_name: String,
    /// The plan's day as the reader's language writes it (the form field keeps ISO).
    pub plan_due_shown: String,
    pub plan: String,
    pub plan_due: String,
    /// The answer (as typed or stored) is "partially" or "does not meet": the narrative says
    /// what the company does today, and the corrective plan is asked for.
    pub needs_plan: bool,
    pub answer_label: String,
    pub review: String,
    pub review_comment: String,
    /// The reviewer's choice (`accept`, `return` or none) and comment: as posted when the
    /// review is shown again, else as recorded.
    pub decision: String,
    pub comment: String,
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
    // What was posted wins over what is stored, field by field: a refused review shows the
    // partner's answers as stored and the reviewer's choices as posted.
    let typed = |name: &str| form.values.contains_key(name);
    let criteria: Vec<CriterionView> = v
        .criteria()
        .into_iter()
        .filter(|c| c.category == number)
        .map(|c| {
            let saved = v.answers.get(&c.id);
            let pick = |kind: &str, stored: Option<&str>| {
                let name = field(kind, &c.id);
                if typed(&name) { form.value(&name).to_string() } else { stored.unwrap_or_default().to_string() }
            };
            let recorded = saved.and_then(|a| a.review).and_then(|r| match r {
                Review::Accepted => Some("accept"),
                Review::Returned => Some("return"),
                Review::Revised => None,
            });
            let recorded_comment =
                saved.filter(|a| a.review == Some(Review::Returned)).and_then(|a| a.review_comment.as_deref());
            let answer = pick("answer", saved.and_then(|a| a.answer).map(Compliance::key));
            let names = ["answer", "justification", "narrative", "decision", "comment", "plan", "plan_due"]
                .map(|k| field(k, &c.id));
            let due = saved.and_then(|a| a.plan_due).map(|d| d.format("%Y-%m-%d").to_string());
            CriterionView {
                anchor: format!("c-{}", c.id.replace('.', "-")),
                text: CriterionText::of(c, &ctx),
                must: c.level == Level::Must,
                justification: pick("justification", saved.and_then(|a| a.justification.as_deref())),
                narrative: pick("narrative", saved.and_then(|a| a.narrative.as_deref())),
                plan: pick("plan", saved.and_then(|a| a.plan.as_deref())),
                plan_due_shown: saved.and_then(|a| a.plan_due).map(|d| ctx.date(d)).unwrap_or_default(),
                plan_due: pick("plan_due", due.as_deref()),
                needs_plan: Compliance::from_key(&answer).is_some_and(Compliance::needs_plan),
                answer_label: if answer.is_empty() {
                    ctx.t("profile-unanswered")
                } else {
                    ctx.t(&format!("compliance-{answer}"))
                },
                answer,
                review: saved.and_then(|a| a.review).map(|r| r.key().to_string()).unwrap_or_default(),
                review_comment: saved.and_then(|a| a.review_comment.clone()).unwrap_or_default(),
                decision: pick("decision", recorded),
                comment: pick("comment", recorded_comment),
                errors: names.iter().filter_map(|n| form.error(n).map(str::to_string)).collect(),
                evidence_href: format!("/accounts/{id}/profile/evidence/{}", c.id),
                evidence_count: v.evidence.get(&c.id).copied().unwrap_or(0),
                flagged: v.flagged().contains(&c.id.as_str()),
                answer_name: names[0].clone(),
                justification_name: names[1].clone(),
                narrative_name: names[2].clone(),
                decision_name: names[3].clone(),
                comment_name: names[4].clone(),
                plan_name: names[5].clone(),
                plan_due_name: names[6].clone(),
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
        name: cat.name_in(&ctx.lang_code).to_string(),
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

pub async fn save_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    headers: HeaderMap,
    Path((id, n)): Path<(i64, u8)>,
    Form(f): Form<ProfileForm>,
) -> Result<Response, WebError> {
    let inputs = f.answers();
    let autosave = headers.contains_key("x-autosave");
    match profile::save_category(&state.app, &viewer.actor, id, n, &inputs).await {
        Ok(problems) if autosave => {
            Ok(if problems.is_empty() { StatusCode::NO_CONTENT } else { StatusCode::UNPROCESSABLE_ENTITY }
                .into_response())
        }
        Ok(problems) if problems.is_empty() => {
            // The next category is a number; anything else stays on this one.
            Ok(Redirect::to(&match f.next() {
                Some(nx) => format!("/accounts/{id}/profile/category/{nx}?notice=profile-saved"),
                None => format!("/accounts/{id}/profile/category/{n}?notice=profile-saved"),
            })
            .into_response())
        }
        Ok(problems) => {
            let form = f.typed().with_errors(&ctx, &problems).with_banner(ctx.t("profile-saved-with-problems"));
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &category_page(&state, ctx, &viewer, id, n, form).await?,
            ))
        }
        Err(e) if autosave => Err(WebError::from(e)),
        Err(e) => rerender(ctx, f.typed(), e, |ctx, form| category_page(&state, ctx, &viewer, id, n, form)).await,
    }
}

pub async fn review_category(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, n)): Path<(i64, u8)>,
    Form(f): Form<ProfileForm>,
) -> Result<Response, WebError> {
    match review::review(&state.app, &viewer.actor, id, &f.decisions()).await {
        Ok(done) => {
            let notice = match done.outcome {
                ReviewOutcome::InReview => "profile-review-saved",
                ReviewOutcome::Approved => "profile-approved",
                ReviewOutcome::Returned => "profile-returned",
            };
            let (a, r) = (done.accepted, done.returned);
            Ok(Redirect::to(&format!("/accounts/{id}/profile?notice={notice}&accepted={a}&returned={r}"))
                .into_response())
        }
        Err(e) => rerender(ctx, f.typed(), e, |ctx, form| category_page(&state, ctx, &viewer, id, n, form)).await,
    }
}
