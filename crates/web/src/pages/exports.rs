//! Sending an export: CSV as each page of the list is read, XLSX once written to disk; both as
//! attachments, audited with the page's filters before the first byte.

use crate::error::WebError;
use crate::server::AppState;
use crate::session::Viewer;
use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use ctpat_app::export::{self, Export, Format};
use serde::Deserialize;

/// `?format=csv` (the default) or `?format=xlsx`.
#[derive(Deserialize, Default)]
pub struct FormatQuery {
    #[serde(default)]
    pub format: String,
}

impl FormatQuery {
    pub fn format(&self) -> Format {
        if self.format == "xlsx" { Format::Xlsx } else { Format::Csv }
    }
}

fn attachment(name: &str, format: Format) -> [(header::HeaderName, String); 2] {
    [
        (header::CONTENT_TYPE, format.content_type().to_string()),
        (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.{}\"", format.key())),
    ]
}

pub async fn send(
    state: &AppState,
    ctx: &crate::page::PageCtx,
    viewer: &Viewer,
    e: Export,
    format: Format,
    filters: serde_json::Value,
) -> Result<Response, WebError> {
    // Headers in the reader's language; the cells keep the program's codes (status, entity
    // type), which filters and formulas rely on.
    let e = e.in_language(ctx.lang.clone());
    export::audited(&state.app, &viewer.actor, &e, format, filters).await?;
    let name = e.name;
    match format {
        Format::Xlsx => {
            let file = export::xlsx(&state.app, &viewer.actor, e).await?;
            let stream = tokio_util::io::ReaderStream::new(tokio::fs::File::from_std(file));
            Ok((attachment(name, format), Body::from_stream(stream)).into_response())
        }
        Format::Csv => {
            let header = e.csv_header();
            let (app, actor) = (state.app.clone(), viewer.actor.clone());
            // Header first, then a chunk per page; an error midway ends the download short (a
            // client sees a truncated file, never another company's rows).
            let stream =
                futures_util::stream::unfold((Some(header), e, app, actor), |(first, mut e, app, actor)| async move {
                    if let Some(h) = first {
                        return Some((Ok::<_, std::io::Error>(h.into_bytes()), (None, e, app, actor)));
                    }
                    match e.next_page(&app, &actor).await {
                        Ok(Some(rows)) => {
                            let chunk: String = rows.into_iter().map(export::csv_line).collect();
                            Some((Ok(chunk.into_bytes()), (None, e, app, actor)))
                        }
                        Ok(None) => None,
                        Err(err) => {
                            tracing::error!(error = %err, "export stopped");
                            Some((Err(std::io::Error::other("export stopped")), (None, e, app, actor)))
                        }
                    }
                });
            Ok((attachment(name, format), Body::from_stream(stream)).into_response())
        }
    }
}

/// What a partner exports of their own account: `contacts`, `svi` (connections) or `profile`.
pub async fn account_export(
    axum::extract::State(state): axum::extract::State<AppState>,
    ctx: crate::page::PageCtx,
    viewer: Viewer,
    axum::extract::Path((id, what)): axum::extract::Path<(i64, String)>,
    axum::extract::Query(f): axum::extract::Query<FormatQuery>,
) -> Result<Response, WebError> {
    let app = &state.app;
    let e = match what.as_str() {
        "contacts" => export::contacts(app, &viewer.actor, id).await?,
        "svi" => export::connections(app, &viewer.actor, id).await?,
        "profile" => export::profile(app, &viewer.actor, id, &ctx.lang).await?,
        _ => return Err(ctpat_app::Error::NotFound.into()),
    };
    send(&state, &ctx, &viewer, e, f.format(), serde_json::json!({"account": id})).await
}
