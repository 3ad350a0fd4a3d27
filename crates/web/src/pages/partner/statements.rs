//! The corrective action plan and the appeal: drafted and sent by the partner with evidence
//! files, read by staff before they decide.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::partner::statements::{self, Statement};
use ctpat_domain::filetype::ACCEPTED;
use ctpat_domain::partner::statement::StatementKind;
use serde::Deserialize;

pub struct FileLink {
    pub href: String,
    pub name: String,
}

pub struct Words {
    pub title: String,
    pub intro: String,
    pub label: String,
    pub hint: String,
    pub send: String,
    pub who_sends: String,
}

impl Words {
    fn of(ctx: &PageCtx, kind: StatementKind) -> Words {
        let k = kind.key();
        Words {
            title: ctx.t(&format!("statement-{k}")),
            intro: ctx.t(&format!("statement-{k}-intro")),
            label: ctx.t(&format!("field-statement-{k}")),
            hint: ctx.t(&format!("hint-statement-{k}")),
            send: ctx.t(&format!("statement-send-{k}")),
            who_sends: ctx.t(&format!("statement-officer-sends-{k}")),
        }
    }
}

pub struct StatementView {
    pub body: String,
    pub sent: String,
    pub files: Vec<FileLink>,
}

#[derive(Template)]
#[template(path = "statement.html")]
pub struct StatementPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    kind: &'static str,
    /// The kind's words: title, intro, label and hint of the text, send button, who sends.
    words: Words,
    draft_files: Vec<FileLink>,
    sent: Vec<StatementView>,
    can_draft: bool,
    can_send: bool,
    deadline: String,
    version: i32,
    accepted: &'static str,
    max_mb: u64,
}

fn links(id: i64, s: &Statement) -> Vec<FileLink> {
    s.files
        .iter()
        .map(|f| FileLink { href: format!("/accounts/{id}/files/{}", f.id), name: f.original_name.clone() })
        .collect()
}

fn kind_of(raw: &str) -> Result<StatementKind, WebError> {
    StatementKind::from_key(raw).ok_or(WebError::NotFound)
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    kind: StatementKind,
    form: FormView,
) -> Result<StatementPage, WebError> {
    let p = statements::page(&state.app, &viewer.actor, id, kind).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    // What was typed comes back on a refused form; otherwise the saved draft.
    let mut form = form;
    if form.value("body").is_empty()
        && let Some(d) = &p.draft
    {
        form.values.insert("body".into(), d.body.clone());
    }
    Ok(StatementPage {
        draft_files: p.draft.as_ref().map(|d| links(id, d)).unwrap_or_default(),
        sent: p
            .sent
            .iter()
            .map(|s| StatementView {
                body: s.body.clone(),
                sent: s
                    .sent
                    .as_ref()
                    .map(|(at, who)| ctx.ta("statement-sent-by", "who", &format!("{who}, {}", ctx.date(at))))
                    .unwrap_or_default(),
                files: links(id, s),
            })
            .collect(),
        kind: kind.key(),
        words: Words::of(&ctx, kind),
        can_draft: p.can_draft,
        can_send: p.can_send,
        deadline: p.deadline.map(|d| ctx.date(d)).unwrap_or_default(),
        version: p.version,
        accepted: ACCEPTED,
        max_mb: state.app.settings.upload_max_bytes / (1024 * 1024),
        head,
        form,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, kind)): Path<(i64, String)>,
) -> Result<Response, WebError> {
    let kind = kind_of(&kind)?;
    Ok(render(&page(&state, ctx, &viewer, id, kind, FormView::default()).await?))
}

#[derive(Deserialize)]
pub struct StatementForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    version: String,
    /// `send` sends it; anything else keeps the draft.
    #[serde(default)]
    intent: String,
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, kind)): Path<(i64, String)>,
    Form(f): Form<StatementForm>,
) -> Result<Response, WebError> {
    let kind = kind_of(&kind)?;
    let done = match f.intent.as_str() {
        "send" => statements::send(&state.app, &viewer.actor, id, kind, &f.body, f.version.trim().parse().ok())
            .await
            .map(|_| format!("/accounts/{id}?notice=statement-sent-{}", kind.key())),
        _ => statements::save(&state.app, &viewer.actor, id, kind, &f.body)
            .await
            .map(|_| format!("/accounts/{id}/statements/{}?notice=statement-saved", kind.key())),
    };
    match done {
        Ok(to) => Ok(Redirect::to(&to).into_response()),
        Err(e) => {
            let typed = FormView::with_values([("body", f.body.as_str())]);
            rerender(ctx, typed, e, |ctx, form| page(&state, ctx, &viewer, id, kind, form)).await
        }
    }
}

pub async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, kind)): Path<(i64, String)>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    use crate::pages::evidence::{Upload, upload_to};
    let kind = kind_of(&kind)?;
    // Who may send a file here is decided before a byte of it is read.
    let permit = ctpat_app::files::begin_statement_file(&state.app, &viewer.actor, id, kind).await;
    match upload_to(&state, permit, &mut multipart, &viewer).await? {
        Upload::Stored => {
            Ok(Redirect::to(&format!("/accounts/{id}/statements/{}?notice=file-uploaded", kind.key())).into_response())
        }
        Upload::Refused(e) => {
            rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, &viewer, id, kind, form)).await
        }
        Upload::Failed(how) => Ok(how.page(ctx)),
    }
}
