//! The Public Library: every signed-in person reads HQ's documents by category, with their
//! earlier versions; HQ publishes a document, or a new version of one, from the same page.

use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::pages::evidence::Failure;
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::actor::CurateLibrary;
use ctpat_app::files::{Incoming, UploadError};
use ctpat_app::library::{self, Described, Document};
use ctpat_domain::filetype::ACCEPTED;
use ctpat_domain::library::Category;

pub struct DocLine {
    pub href: String,
    pub file: String,
    pub title: String,
    pub version: String,
    pub effective: String,
    pub note: String,
    pub current: bool,
    pub size: String,
}

fn line(ctx: &PageCtx, d: &Document) -> DocLine {
    DocLine {
        href: format!("/library/{}", d.id),
        file: format!("/library/{}/file", d.id),
        title: d.title.clone(),
        version: d.version.clone(),
        effective: ctx.date(d.effective_on),
        note: d.note.clone().unwrap_or_default(),
        current: d.current,
        size: format!("{} KB", (d.size + 1023) / 1024),
    }
}

#[derive(Template)]
#[template(path = "public_library.html")]
pub struct LibraryPage {
    ctx: PageCtx,
    shelves: Vec<(String, Vec<DocLine>)>,
    /// HQ publishes: the form and its choices.
    can_publish: bool,
    form: FormView,
    categories: Vec<(String, String)>,
    replaceable: Vec<(String, String)>,
    accepted: &'static str,
    max_mb: u64,
}

async fn page(state: &AppState, ctx: PageCtx, viewer: &Viewer, form: FormView) -> Result<LibraryPage, WebError> {
    let shelves = library::shelves(&state.app)
        .await?
        .into_iter()
        .map(|(c, docs)| {
            (ctx.t(&format!("library-category-{}", c.key())), docs.iter().map(|d| line(&ctx, d)).collect())
        })
        .collect();
    let (can_publish, replaceable) = match viewer.actor.can::<CurateLibrary>() {
        Ok(can) => {
            let mut v = vec![(String::new(), ctx.t("library-replaces-none"))];
            v.extend(library::replaceable(&state.app, &can).await?.into_iter().map(|(id, l)| (id.to_string(), l)));
            (true, v)
        }
        Err(_) => (false, Vec::new()),
    };
    let mut categories = vec![(String::new(), ctx.t("choose"))];
    categories
        .extend(Category::ALL.iter().map(|c| (c.key().to_string(), ctx.t(&format!("library-category-{}", c.key())))));
    Ok(LibraryPage {
        shelves,
        can_publish,
        form,
        categories,
        replaceable,
        accepted: ACCEPTED,
        max_mb: state.app.settings.upload_max_bytes / (1024 * 1024),
        ctx,
    })
}

pub async fn list(State(state): State<AppState>, ctx: PageCtx, viewer: Viewer) -> Result<Response, WebError> {
    Ok(render(&page(&state, ctx, &viewer, FormView::default()).await?))
}

#[derive(Template)]
#[template(path = "library_document.html")]
pub struct DocumentPage {
    ctx: PageCtx,
    doc: DocLine,
    category: String,
    versions: Vec<DocLine>,
}

pub async fn show(State(state): State<AppState>, ctx: PageCtx, Path(id): Path<i64>) -> Result<Response, WebError> {
    let (d, all) = library::versions(&state.app, id).await?;
    Ok(render(&DocumentPage {
        category: ctx.t(&format!("library-category-{}", d.category.key())),
        doc: line(&ctx, &d),
        versions: all.iter().map(|d| line(&ctx, d)).collect(),
        ctx,
    }))
}

/// A library file, as an attachment (never rendered in the portal's origin).
pub async fn file(State(state): State<AppState>, Path(id): Path<i64>) -> Result<Response, WebError> {
    let (d, path) = library::download(&state.app, id).await?;
    crate::pages::evidence::attachment(&path, &d.content_type, &d.file_name, d.size as u64).await
}

/// At most this many bytes of a text field of the form (its own rule is judged after).
const MAX_TEXT: usize = 8 * 1024;
const MAX_FIELDS: usize = 16;

/// HQ publishes: the description is read and checked first; the file is read only once it
/// passed.
pub async fn publish(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let can = viewer.actor.can::<CurateLibrary>()?;
    let mut d = Described::default();
    let mut fields = 0;
    let refuse = |d: &Described, e: ctpat_app::Error| {
        let form = FormView::with_values([
            ("library_title", d.title.as_str()),
            ("library_category", d.category.as_str()),
            ("library_version", d.version.as_str()),
            ("effective_on", d.effective_on.as_str()),
            ("library_note", d.note.as_str()),
            ("replaces", d.replaces.as_str()),
        ]);
        (form, e)
    };
    while let Ok(Some(mut field)) = multipart.next_field().await {
        fields += 1;
        if fields > MAX_FIELDS {
            return Ok(Failure::Broken.page(ctx));
        }
        let name = field.name().unwrap_or("").to_string();
        if name != "file" {
            let mut buf = Vec::new();
            loop {
                match field.chunk().await {
                    Ok(Some(c)) if buf.len() + c.len() <= MAX_TEXT => buf.extend_from_slice(&c),
                    Ok(Some(_)) => return Ok(Failure::TooLarge.page(ctx)),
                    Ok(None) => break,
                    Err(_) => return Ok(Failure::Broken.page(ctx)),
                }
            }
            let text = String::from_utf8_lossy(&buf).into_owned();
            match name.as_str() {
                "library_title" => d.title = text,
                "library_category" => d.category = text,
                "library_version" => d.version = text,
                "effective_on" => d.effective_on = text,
                "library_note" => d.note = text,
                "replaces" => d.replaces = text,
                _ => {}
            }
            continue;
        }
        let file_name = field.file_name().unwrap_or("").to_string();
        let permit = match library::begin(&state.app, &can, &d).await {
            Ok(p) => p,
            Err(e) => {
                let (form, e) = refuse(&d, e);
                return rerender(ctx, form, e, |ctx, form| page(&state, ctx, &viewer, form)).await;
            }
        };
        if file_name.is_empty() {
            break;
        }
        let mut up = Incoming::start(&state.app, &permit).await?;
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if let Err(e) = up.write(&chunk).await {
                        return Ok(match e {
                            UploadError::TooLarge { .. } => Failure::TooLarge,
                            UploadError::App(e) => Failure::App(e),
                        }
                        .page(ctx));
                    }
                }
                Ok(None) => break,
                Err(_) => return Ok(Failure::Broken.page(ctx)),
            }
        }
        return match library::publish(&state.app, &can, permit, &file_name, up).await {
            Ok(id) => Ok(Redirect::to(&format!("/library/{id}?notice=library-published")).into_response()),
            Err(e) => {
                let (form, e) = refuse(&d, e);
                rerender(ctx, form, e, |ctx, form| page(&state, ctx, &viewer, form)).await
            }
        };
    }
    // No file came: the description's problems and the missing file, together.
    let mut problems = match library::begin(&state.app, &can, &d).await {
        Err(ctpat_app::Error::Invalid(p)) => p,
        _ => Vec::new(),
    };
    problems.push(ctpat_domain::Problem::new("err-file-missing").on("file"));
    let (form, e) = refuse(&d, ctpat_app::Error::Invalid(problems));
    rerender(ctx, form, e, |ctx, form| page(&state, ctx, &viewer, form)).await
}
