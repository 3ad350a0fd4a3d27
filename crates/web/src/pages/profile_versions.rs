//! Frozen versions of a Security Profile: the list, one version, two compared side by side,
//! and the partner library where approved versions are filed.

use super::partner::AccountHead;
use crate::error::WebError;
use crate::page::{PageCtx, render};
use crate::pages::criterion_text::CriterionText;
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use ctpat_app::profile::{self, versions};
use serde::Deserialize;

pub struct VersionView {
    pub number: i32,
    pub href: String,
    pub signed_at: String,
    pub kind: String,
}

#[derive(Template)]
#[template(path = "profile_versions.html")]
pub struct VersionsPage {
    ctx: PageCtx,
    head: AccountHead,
    versions: Vec<VersionView>,
}

pub async fn list_versions(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (v, rows) = versions::list(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(&state, &ctx, &viewer, &v.reach).await?;
    let versions = rows
        .iter()
        .map(|r| VersionView {
            number: r.number,
            href: format!("/accounts/{id}/profile/versions/{}", r.number),
            signed_at: ctx.datetime(r.signed_at),
            kind: ctx.t(&format!("profile-version-{}", r.kind.key())),
        })
        .collect();
    Ok(render(&VersionsPage { ctx, head, versions }))
}

pub struct FrozenView {
    pub id: String,
    pub text: CriterionText,
    pub answer: String,
    pub justification: String,
    pub narrative: String,
}

#[derive(Template)]
#[template(path = "profile_version.html")]
pub struct VersionPage {
    ctx: PageCtx,
    head: AccountHead,
    number: i32,
    signed_at: String,
    rows: Vec<FrozenView>,
}

pub async fn show_version(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, number)): Path<(i64, i32)>,
) -> Result<Response, WebError> {
    let (v, rows) = versions::list(&state.app, &viewer.actor, id).await?;
    let Some(row) = rows.iter().find(|r| r.number == number) else { return Err(WebError::NotFound) };
    let head = AccountHead::build(&state, &ctx, &viewer, &v.reach).await?;
    let frozen = row.answers();
    let rows = v
        .criteria()
        .iter()
        .filter_map(|c| {
            let f = frozen.get(&c.id)?;
            Some(FrozenView {
                id: c.id.clone(),
                text: CriterionText::of(c, &ctx),
                answer: f
                    .answer
                    .as_deref()
                    .map(|a| ctx.t(&format!("compliance-{a}")))
                    .unwrap_or_else(|| ctx.t("profile-unanswered")),
                justification: f.justification.clone().unwrap_or_default(),
                narrative: f.narrative.clone().unwrap_or_default(),
            })
        })
        .collect();
    Ok(render(&VersionPage { signed_at: ctx.datetime(row.signed_at), number, rows, head, ctx }))
}

#[derive(Deserialize)]
pub struct CompareQuery {
    a: i32,
    b: i32,
}

#[derive(Template)]
#[template(path = "profile_compare.html")]
pub struct ComparePage {
    ctx: PageCtx,
    head: AccountHead,
    a: i32,
    b: i32,
    rows: Vec<(String, bool, String, String, String, String)>,
}

pub async fn compare(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Query(q): Query<CompareQuery>,
) -> Result<Response, WebError> {
    let (_, _, diff) = versions::diff(&state.app, &viewer.actor, id, q.a, q.b).await?;
    let v = profile::view(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(&state, &ctx, &viewer, &v.reach).await?;
    let label = |a: &Option<String>| {
        a.as_deref().map(|a| ctx.t(&format!("compliance-{a}"))).unwrap_or_else(|| ctx.t("profile-unanswered"))
    };
    let rows = diff
        .into_iter()
        .map(|d| {
            (
                d.criterion_id,
                d.changed,
                label(&d.left.answer),
                d.left.narrative.unwrap_or_default(),
                label(&d.right.answer),
                d.right.narrative.unwrap_or_default(),
            )
        })
        .collect();
    Ok(render(&ComparePage { a: q.a, b: q.b, rows, head, ctx }))
}

#[derive(Template)]
#[template(path = "library.html")]
pub struct LibraryPage {
    ctx: PageCtx,
    head: AccountHead,
    documents: Vec<(String, String, String)>,
}

/// The account's library: approved profile versions (validation reports and letters join it
/// with their features).
pub async fn library(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (v, rows) = versions::list(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(&state, &ctx, &viewer, &v.reach).await?;
    // (link, title, when): sorted on the moment, shown in the reader's language.
    let mut documents: Vec<(String, String, chrono::DateTime<chrono::Utc>)> = rows
        .iter()
        .filter_map(|r| {
            let approved = r.approved_at?;
            Some((
                format!("/accounts/{id}/profile/versions/{}", r.number),
                ctx.ta("library-profile", "number", &r.number.to_string()),
                approved,
            ))
        })
        .collect();
    // Approved validation reports are filed here as their Validation summary.
    let (_, validations) = ctpat_app::validations::of_account(&state.app, &viewer.actor, id).await?;
    for v in validations {
        let (Some(report), ctpat_domain::validation::ValidationStatus::Approved) = (&v.report, v.validation.status)
        else {
            continue;
        };
        let Some(at) = report.report.decided_at else { continue };
        documents.push((
            format!("/accounts/{id}/validations/{}/summary", v.validation.id),
            ctx.ta("library-validation", "date", &ctx.date(v.validation.start_on)),
            at,
        ));
    }
    // The program's letters: certification, suspension, reinstatement, removal.
    for l in ctpat_app::letters::list(&state.app, &viewer.actor, id).await? {
        documents.push((
            format!("/accounts/{id}/letters/{}", l.event_id),
            ctx.t(&format!("letter-{}-title", l.kind.key())),
            l.at,
        ));
    }
    documents.sort_by_key(|d| std::cmp::Reverse(d.2));
    let documents = documents.into_iter().map(|(href, title, at)| (href, title, ctx.date(at))).collect();
    Ok(render(&LibraryPage { ctx, head, documents }))
}
