//! The Public Library: HQ publishes documents (title, category, version, effective date) that
//! every signed-in person reads. A new version supersedes the current one of its document; the
//! earlier versions stay listed and readable. Every partner is told of an addition through the
//! notification centre, by a job, so that publishing does not wait on thousands of notices.

use crate::App;
use crate::actor::{Can, CurateLibrary};
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use crate::files::{Incoming, Slot};
use crate::notifications::{Notice, tell};
use crate::scheduler::{self, Kind, Ran};
use chrono::{DateTime, NaiveDate, Utc};
use ctpat_domain::Problem;
use ctpat_domain::audit::Outcome;
use ctpat_domain::library::{Category, Publication};
use ctpat_domain::notice::NoticeKind;
use ctpat_store::ConnectionTrait;
use ctpat_store::library::{self as store, DocumentRow};
use serde_json::json;
use std::path::PathBuf;

/// A library document as lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: i64,
    pub title: String,
    pub category: Category,
    pub version: String,
    pub effective_on: NaiveDate,
    pub note: Option<String>,
    pub file_name: String,
    pub content_type: String,
    pub size: i64,
    pub added_at: DateTime<Utc>,
    pub current: bool,
}

fn view(d: DocumentRow) -> Result<Document> {
    let category = Category::from_key(&d.category)
        .ok_or_else(|| Error::Internal(format!("library document {} category {}", d.id, d.category)))?;
    Ok(Document {
        id: d.id,
        title: d.title,
        category,
        version: d.version,
        effective_on: d.effective_on,
        note: d.note,
        file_name: d.original_name,
        content_type: d.content_type,
        size: d.size,
        added_at: d.added_at,
        current: d.superseded_by.is_none(),
    })
}

/// The current documents, by category then title (for everyone signed in).
pub async fn shelves(app: &App) -> Result<Vec<(Category, Vec<Document>)>> {
    let docs: Vec<Document> = store::current(app.db.conn()).await?.into_iter().map(view).collect::<Result<_>>()?;
    Ok(Category::ALL
        .into_iter()
        .map(|c| (c, docs.iter().filter(|d| d.category == c).cloned().collect::<Vec<_>>()))
        .filter(|(_, d)| !d.is_empty())
        .collect())
}

/// One document with every version of it, newest first.
pub async fn versions(app: &App, id: i64) -> Result<(Document, Vec<Document>)> {
    let conn = app.db.conn();
    let d = store::find(conn, id).await?.ok_or(Error::NotFound)?;
    let all = store::series(conn, &d.series).await?.into_iter().map(view).collect::<Result<_>>()?;
    Ok((view(d)?, all))
}

/// A document's file, to serve.
pub async fn download(app: &App, id: i64) -> Result<(Document, PathBuf)> {
    let d = store::find(app.db.conn(), id).await?.ok_or(Error::NotFound)?;
    let path = crate::files::stored_path(app, &d.storage_key);
    Ok((view(d)?, path))
}

/// Leave to stream a document's file, given once its description was checked (nothing is read
/// of a file whose description is refused) and an upload slot of the person is free.
pub struct LibraryPermit {
    publication: Publication,
    /// The document this one is a new version of.
    replaces: Option<DocumentRow>,
    _slot: Slot,
}

impl crate::files::sealed::Sealed for LibraryPermit {}
impl crate::files::UploadPermit for LibraryPermit {}

/// What HQ typed about the document, before its file.
#[derive(Debug, Default, Clone)]
pub struct Described {
    pub title: String,
    pub category: String,
    pub version: String,
    pub effective_on: String,
    pub note: String,
    /// The id of the current document this is a new version of (empty: a new document).
    pub replaces: String,
}

pub async fn begin(app: &App, can: &Can<'_, CurateLibrary>, d: &Described) -> Result<LibraryPermit> {
    let mut errors = Vec::new();
    let publication =
        Publication::parse(&d.title, &d.category, &d.version, &d.effective_on, &d.note).map_err(|e| errors = e).ok();
    let replaces = match d.replaces.trim() {
        "" => None,
        typed => {
            let found = match typed.parse::<i64>() {
                Ok(id) => store::find(app.db.conn(), id).await?.filter(|r| r.superseded_by.is_none()),
                Err(_) => None,
            };
            if found.is_none() {
                errors.push(Problem::new("err-choose-one").on("replaces"));
            }
            found
        }
    };
    let Some(publication) = publication.filter(|_| errors.is_empty()) else { return Err(Error::Invalid(errors)) };
    let slot = app.uploads.take(can.actor.user.id, app.settings.uploads_per_person).ok_or_else(|| {
        Error::field("file", Problem::new("err-upload-busy").with("max", app.settings.uploads_per_person))
    })?;
    Ok(LibraryPermit { publication, replaces, _slot: slot })
}

/// Store the received file as the permit's document (superseding the version it replaces),
/// audited, and plan the notice to every partner. Returns the document's id.
pub async fn publish(
    app: &App,
    can: &Can<'_, CurateLibrary>,
    permit: LibraryPermit,
    name: &str,
    up: Incoming,
) -> Result<i64> {
    let kept = crate::files::keep(app, name, up).await?;
    let p = &permit.publication;
    let now = app.now();
    let stored: Result<i64> = async {
        let txn = app.db.begin().await?;
        let series = match &permit.replaces {
            Some(r) => r.series.clone(),
            None => crate::secret::random_code(16).to_lowercase(),
        };
        let doc = store::insert(
            &txn,
            store::NewDocument {
                series: &series,
                title: &p.title,
                category: p.category.key(),
                version: &p.version,
                effective_on: p.effective_on,
                note: p.note.as_deref(),
                storage_key: &kept.key,
                original_name: &kept.name,
                content_type: kept.content_type,
                size: kept.size,
                sha256: &kept.sha256,
                added_by: can.actor.user.id,
                now,
            },
        )
        .await?;
        if let Some(r) = &permit.replaces {
            // Two new versions of one document at once: the second finds it superseded.
            if !store::supersede(&txn, r.id, doc.id).await? {
                return Err(Error::field("replaces", Problem::new("err-library-superseded")));
            }
        }
        ctpat_store::audit::append(
            &txn,
            audit::by(can.actor, now, "library.published", Outcome::Ok).object("library_document", doc.id).after(
                json!({
                    "title": doc.title,
                    "category": doc.category,
                    "version": doc.version,
                    "effective_on": doc.effective_on.to_string(),
                    "file": {"name": doc.original_name, "size": doc.size, "sha256": doc.sha256},
                    "supersedes": permit.replaces.as_ref().map(|r| r.id),
                }),
            ),
        )
        .await?;
        scheduler::schedule(
            &txn,
            Kind::LibraryNotice,
            &format!("library:{}", doc.id),
            now,
            json!({"document": doc.id}),
            now,
        )
        .await?;
        txn.commit().await?;
        Ok(doc.id)
    }
    .await;
    if stored.is_err() {
        kept.discard().await;
    }
    stored
}

/// Tell every partner of a published document (the job's work, in its transaction).
pub(crate) async fn announce<C: ConnectionTrait>(txn: &C, app: &App, payload: &serde_json::Value) -> Result<Ran> {
    let Some(id) = payload["document"].as_i64() else {
        return Err(Error::Internal(format!("bad library notice payload {payload}")));
    };
    let Some(d) = store::find(txn, id).await? else { return Ok(Ran::Skipped) };
    let notice = Notice {
        kind: NoticeKind::Library,
        account_id: None,
        message: "centre-library-published",
        args: vec![("title", d.title.clone()), ("version", d.version.clone()), ("date", d.effective_on.to_string())],
        refs: Vec::new(),
        link: format!("/library/{}", d.id),
    };
    for user in ctpat_store::accounts::member_user_ids(txn).await? {
        tell(txn, app, user, &notice).await?;
    }
    Ok(Ran::Done)
}

/// The current documents HQ may publish a new version of: (id, "title — version").
pub async fn replaceable(app: &App, _can: &Can<'_, CurateLibrary>) -> Result<Vec<(i64, String)>> {
    Ok(store::current(app.db.conn())
        .await?
        .into_iter()
        .map(|d| (d.id, format!("{} — {}", d.title, d.version)))
        .collect())
}
