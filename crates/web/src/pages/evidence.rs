//! Evidence files of a criterion: list, upload (multipart, size counted while streaming),
//! remove, and downloads served as attachments that a browser never renders.

use super::partner::AccountHead;
use crate::error::{WebError, error_page};
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render, render_status};
use crate::pages::criterion_text::CriterionText;
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::files::{self, Incoming, UploadError};
use ctpat_app::profile;
use ctpat_domain::filetype::ACCEPTED;

pub struct FileView {
    pub evidence_id: i64,
    pub href: String,
    pub name: String,
    pub size: String,
    pub uploaded: String,
}

#[derive(Template)]
#[template(path = "evidence.html")]
pub struct EvidencePage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    criterion: String,
    text: CriterionText,
    category: u8,
    files: Vec<FileView>,
    editable: bool,
    accepted: &'static str,
    max_mb: u64,
}

fn size(n: i64) -> String {
    if n >= 1024 * 1024 { format!("{:.1} MB", n as f64 / 1048576.0) } else { format!("{} KB", (n + 1023) / 1024) }
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    criterion: &str,
    form: FormView,
) -> Result<EvidencePage, WebError> {
    let v = profile::view(&state.app, &viewer.actor, id).await?;
    let Some(c) = v.criteria().into_iter().find(|c| c.id == criterion).cloned() else {
        return Err(WebError::NotFound);
    };
    let head = AccountHead::build(state, &ctx, viewer, &v.reach).await?;
    let rows = files::evidence(&state.app, &viewer.actor, id, criterion).await?;
    Ok(EvidencePage {
        files: rows
            .into_iter()
            .map(|e| FileView {
                evidence_id: e.id,
                href: format!("/accounts/{id}/files/{}", e.file.id),
                name: e.file.original_name,
                size: size(e.file.size),
                uploaded: ctx.date(e.file.uploaded_at),
            })
            .collect(),
        editable: v.editable(),
        criterion: c.id.clone(),
        text: CriterionText::of(&c, &ctx),
        category: c.category,
        accepted: ACCEPTED,
        max_mb: state.app.settings.upload_max_bytes / (1024 * 1024),
        head,
        form,
        ctx,
    })
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, criterion)): Path<(i64, String)>,
) -> Result<Response, WebError> {
    Ok(render(&page(&state, ctx, &viewer, id, &criterion, FormView::default()).await?))
}

/// Fields an evidence form sends besides the file (the CSRF token); more is not a form of ours.
const MAX_FIELDS: usize = 4;

pub async fn upload(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, criterion)): Path<(i64, String)>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    // Who may send a file here is decided before a byte of it is read.
    let permit = match files::begin_evidence(&state.app, &viewer.actor, id, &criterion).await {
        Ok(p) => p,
        // Every upload slot of the person is taken.
        Err(e @ ctpat_app::Error::Invalid(_)) => {
            let form = FormView::default().with_error(&ctx, e)?;
            return Ok(render_status(
                StatusCode::TOO_MANY_REQUESTS,
                &page(&state, ctx, &viewer, id, &criterion, form).await?,
            ));
        }
        Err(e @ ctpat_app::Error::Refused(_)) => {
            return rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, &viewer, id, &criterion, form))
                .await;
        }
        Err(e) => return Err(e.into()),
    };
    let stored = match receive(&state, permit, &mut multipart, &viewer).await {
        Received::Stored(r) => Some(r),
        Received::NoFile => None,
        Received::Failed(how) => return Ok(how.page(ctx)),
    };
    match stored {
        Some(Ok(_)) => {
            Ok(Redirect::to(&format!("/accounts/{id}/profile/evidence/{criterion}?notice=file-uploaded"))
                .into_response())
        }
        Some(Err(e)) => {
            rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, &viewer, id, &criterion, form)).await
        }
        None => {
            let form =
                FormView::default().with_errors(&ctx, &[ctpat_domain::Problem::new("err-file-missing").on("file")]);
            Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &page(&state, ctx, &viewer, id, &criterion, form).await?,
            ))
        }
    }
}

/// How an upload to one of the account's targets ended, for its page to answer.
pub(crate) enum Upload {
    Stored,
    /// Refused with reasons for the form (a field, a banner).
    Refused(ctpat_app::Error),
    /// Cut off, too large or broken: an error page.
    Failed(Failure),
}

/// Stream an upload under the permit a use case gave (or refused) and store it: the one path of
/// every upload form of the account pages.
pub(crate) async fn upload_to(
    state: &AppState,
    permit: ctpat_app::Result<files::EvidencePermit>,
    multipart: &mut Multipart,
    viewer: &Viewer,
) -> Result<Upload, WebError> {
    let permit = match permit {
        Ok(p) => p,
        Err(e @ (ctpat_app::Error::Invalid(_) | ctpat_app::Error::Refused(_))) => return Ok(Upload::Refused(e)),
        Err(e) => return Err(e.into()),
    };
    Ok(match receive(state, permit, multipart, viewer).await {
        Received::Stored(Ok(_)) => Upload::Stored,
        Received::Stored(Err(e)) => Upload::Refused(e),
        Received::NoFile => {
            Upload::Refused(ctpat_app::Error::Invalid(vec![ctpat_domain::Problem::new("err-file-missing").on("file")]))
        }
        Received::Failed(how) => Upload::Failed(how),
    })
}

/// How streaming an upload ended.
pub(crate) enum Received {
    /// The file was stored (or the use case refused it).
    Stored(ctpat_app::Result<i64>),
    /// The form held no file.
    NoFile,
    Failed(Failure),
}

pub(crate) enum Failure {
    TooLarge,
    Broken,
    App(ctpat_app::Error),
}

impl Failure {
    pub(crate) fn page(self, ctx: PageCtx) -> Response {
        match self {
            Failure::TooLarge => {
                error_page(ctx, StatusCode::PAYLOAD_TOO_LARGE, "error-413-title", "error-upload-too-large", None)
            }
            Failure::Broken => {
                error_page(ctx, StatusCode::BAD_REQUEST, "error-upload-title", "error-upload-broken", None)
            }
            Failure::App(e) => WebError::from(e).into_response(),
        }
    }
}

/// Stream the `file` field of a multipart form under `permit`, counting its bytes as they come
/// (the limit stops it at once), and store it. The same rules for every upload of the portal.
pub(crate) async fn receive(
    state: &AppState,
    mut permit: files::EvidencePermit,
    multipart: &mut Multipart,
    viewer: &Viewer,
) -> Received {
    let mut fields = 0;
    while let Ok(Some(mut field)) = multipart.next_field().await {
        fields += 1;
        if fields > MAX_FIELDS {
            return Received::Failed(Failure::Broken);
        }
        // A note sent before the file goes with it (the Document Exchange); its length is
        // bounded by the field's own limit before it is judged.
        if field.name() == Some("note") {
            let mut note = Vec::new();
            loop {
                match field.chunk().await {
                    Ok(Some(c)) if note.len() + c.len() <= 4 * ctpat_app::exchange::MAX_NOTE => {
                        note.extend_from_slice(&c)
                    }
                    Ok(Some(_)) => {
                        return Received::Stored(Err(ctpat_app::Error::field(
                            "note",
                            ctpat_domain::Problem::new("err-too-long").with("max", ctpat_app::exchange::MAX_NOTE),
                        )));
                    }
                    Ok(None) => break,
                    Err(_) => return Received::Failed(Failure::Broken),
                }
            }
            if let Err(e) = permit.set_note(&String::from_utf8_lossy(&note)) {
                return Received::Stored(Err(e));
            }
            continue;
        }
        if field.name() != Some("file") {
            continue;
        }
        let name = field.file_name().unwrap_or("").to_string();
        if name.is_empty() {
            return Received::NoFile;
        }
        let mut up = match Incoming::start(&state.app, &permit).await {
            Ok(up) => up,
            Err(e) => return Received::Failed(Failure::App(e)),
        };
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    if let Err(e) = up.write(&chunk).await {
                        return Received::Failed(match e {
                            UploadError::TooLarge { .. } => Failure::TooLarge,
                            UploadError::App(e) => Failure::App(e),
                        });
                    }
                }
                Ok(None) => break,
                Err(_) => return Received::Failed(Failure::Broken),
            }
        }
        return Received::Stored(files::add_evidence(&state.app, &viewer.actor, permit, &name, up).await);
    }
    Received::NoFile
}

pub async fn remove(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, criterion, eid)): Path<(i64, String, i64)>,
) -> Result<Response, WebError> {
    files::remove_evidence(&state.app, &viewer.actor, id, eid).await?;
    Ok(Redirect::to(&format!("/accounts/{id}/profile/evidence/{criterion}?notice=file-removed")).into_response())
}

/// A stored file, as an attachment: never rendered by the browser, never sniffed, sandboxed.
pub async fn download(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, fid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let (row, path) = files::download(&state.app, &viewer.actor, id, fid).await?;
    attachment(&path, &row.content_type, &row.original_name, row.size as u64).await
}

/// A stored file as an attachment: its type, an ASCII name, its length, and the strict
/// download sandbox (never rendered in the portal's origin). Every download path serves this way.
pub(crate) async fn attachment(
    path: &std::path::Path,
    content_type: &str,
    name: &str,
    size: u64,
) -> Result<Response, WebError> {
    let file =
        tokio::fs::File::open(path).await.map_err(|e| WebError::Internal(format!("stored file missing: {e}")))?;
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(file));
    let mut res = Response::new(body);
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_ ".contains(c) { c } else { '_' }).collect();
    let disposition = format!("attachment; filename=\"{ascii}\"");
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(size));
    // The page-wide security headers are added outside; this one must be the strict sandbox.
    h.insert("x-download-csp", HeaderValue::from_static("sandbox; default-src 'none'"));
    Ok(res)
}
