//! Uploads and downloads. Who may upload is decided before a byte is read (`begin_evidence`),
//! and each person streams at most a few uploads at once. An upload streams into a temporary
//! file while its size is counted (the limit holds before the whole body has arrived); the
//! file is removed whenever the upload does not complete — refused, broken, or cut by its time
//! limit — and leftovers of a crash are swept at start-up. Its kind is decided from its content
//! and checked against its name; it is stored under a server-generated key outside any served
//! folder, counted against the account's quota inside the storing transaction, and audited.
//! Downloads are audited too; a removed file is neither served nor counted.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::{Reach, reach};
use ctpat_domain::audit::Outcome;
use ctpat_domain::filetype;
use ctpat_domain::{Permission, Problem};
use ctpat_store::files;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use tokio::io::AsyncWriteExt;

/// Why an upload stopped before it was stored.
#[derive(Debug)]
pub enum UploadError {
    TooLarge { max: u64 },
    App(Error),
}

impl From<Error> for UploadError {
    fn from(e: Error) -> Self {
        UploadError::App(e)
    }
}

/// Uploads in progress per person: a few at once, so one person cannot tie up the server's
/// connections and disk with parallel uploads.
#[derive(Clone, Default)]
pub struct Slots(std::sync::Arc<std::sync::Mutex<std::collections::HashMap<i64, u32>>>);

/// One upload slot of a person, given back when dropped.
pub struct Slot {
    slots: Slots,
    user_id: i64,
}

impl Slots {
    pub(crate) fn take(&self, user_id: i64, max: u32) -> Option<Slot> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = map.entry(user_id).or_insert(0);
        if *n >= max {
            return None;
        }
        *n += 1;
        Some(Slot { slots: self.clone(), user_id })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut map = self.slots.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = map.get_mut(&self.user_id) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                map.remove(&self.user_id);
            }
        }
    }
}

/// Leave to stream one evidence file for a criterion of an account, given before the body is
/// read: the account is reached, the role may edit the profile, the criterion is the
/// account's, and the person has an upload slot free.
pub struct EvidencePermit {
    reach: Reach,
    target: Target,
    _slot: Slot,
}

/// What a file is attached to.
enum Target {
    /// A criterion of the account's Security Profile.
    Criterion(String),
    /// The partner's answer to a finding of a validation.
    Finding(i64),
    /// The draft of a corrective action plan or an appeal.
    Statement(ctpat_domain::partner::statement::StatementKind),
    /// A message of its own in a thread of the account's conversation.
    Message(i64),
    /// A document sent through the Document Exchange, with its note.
    Exchange(String),
}

impl EvidencePermit {
    /// The note sent with the file, read from the form before the file (kept for a document of
    /// the exchange; other uploads have none).
    pub fn set_note(&mut self, note: &str) -> Result<()> {
        if let Target::Exchange(n) = &mut self.target {
            *n = crate::exchange::checked_note(note)?;
        }
        Ok(())
    }
}

/// Proof that an upload was allowed before its body was read: only the permits of this crate
/// are (the accounts' uploads here, the Public Library's in its module).
pub trait UploadPermit: sealed::Sealed {}
impl UploadPermit for EvidencePermit {}

pub(crate) mod sealed {
    pub trait Sealed {}
    impl Sealed for super::EvidencePermit {}
}

/// A finished upload moved to its storage place under a new key, its kind decided from its
/// content and checked against its name.
pub(crate) struct Kept {
    pub key: String,
    pub name: String,
    pub content_type: &'static str,
    pub size: i64,
    pub sha256: String,
    pub path: PathBuf,
}

impl Kept {
    /// Remove the stored file again (what it was stored for was refused).
    pub(crate) async fn discard(self) {
        let _ = tokio::fs::remove_file(&self.path).await;
    }
}

pub(crate) async fn keep(app: &App, name: &str, mut up: Incoming) -> Result<Kept> {
    let kind = filetype::detect(name, &up.head).map_err(|p| Error::field("file", p))?;
    if let Some(f) = up.file.as_mut() {
        f.flush().await.map_err(|e| Error::Internal(e.to_string()))?;
    }
    let key = crate::secret::random_code(32).to_lowercase();
    let path = stored_path(app, &key);
    let name = filetype::clean_name(name);
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let sha256 = hex::encode(up.hash.clone().finalize());
    let size = up.written as i64;
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await.map_err(|e| Error::Internal(e.to_string()))?;
    }
    drop(up.file.take());
    tokio::fs::rename(&up.tmp, &path).await.map_err(|e| Error::Internal(format!("cannot store upload: {e}")))?;
    up.kept = true;
    Ok(Kept { key, content_type: kind.content_type(&ext), name, size, sha256, path })
}

/// The folder uploads stream into before they are stored.
fn incoming_dir(app: &App) -> PathBuf {
    app.settings.files_dir().join("incoming")
}

/// Remove what uploads left in the incoming folder when the server stopped mid-upload: files
/// older than the upload time limit, which no running upload can still be writing (another
/// server sharing the folder may be receiving younger ones). Returns how many were removed.
pub async fn sweep_incoming(app: &App) -> Result<usize> {
    let dir = incoming_dir(app);
    let Ok(mut entries) = tokio::fs::read_dir(&dir).await else { return Ok(0) };
    let older_than = app.settings.upload_timeout + std::time::Duration::from_secs(60);
    let mut removed = 0;
    while let Ok(Some(e)) = entries.next_entry().await {
        let stale = e
            .metadata()
            .await
            .ok()
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > older_than);
        if stale && tokio::fs::remove_file(e.path()).await.is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

/// An upload in progress: bytes go to a temporary file while they are counted and hashed. The
/// temporary file is removed when this is dropped without having been stored — whatever
/// stopped the upload, including the request being cut off by its time limit.
pub struct Incoming {
    tmp: PathBuf,
    file: Option<tokio::fs::File>,
    written: u64,
    max: u64,
    head: Vec<u8>,
    hash: Sha256,
    kept: bool,
}

impl Drop for Incoming {
    fn drop(&mut self) {
        if !self.kept {
            drop(self.file.take());
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

impl Incoming {
    /// Start receiving, under a permit given before the body was read.
    pub async fn start(app: &App, _permit: &impl UploadPermit) -> Result<Incoming> {
        let dir = incoming_dir(app);
        tokio::fs::create_dir_all(&dir)
            .await
            .map_err(|e| Error::Internal(format!("cannot create {}: {e}", dir.display())))?;
        let tmp = dir.join(crate::secret::random_code(24));
        let file = tokio::fs::File::create(&tmp)
            .await
            .map_err(|e| Error::Internal(format!("cannot create upload file: {e}")))?;
        Ok(Incoming {
            tmp,
            file: Some(file),
            written: 0,
            max: app.settings.upload_max_bytes,
            head: Vec::new(),
            hash: Sha256::new(),
            kept: false,
        })
    }

    /// Add a chunk; past the limit the upload is abandoned at once.
    pub async fn write(&mut self, chunk: &[u8]) -> std::result::Result<(), UploadError> {
        self.written += chunk.len() as u64;
        if self.written > self.max {
            return Err(UploadError::TooLarge { max: self.max });
        }
        if self.head.len() < 512 {
            let take = (512 - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        self.hash.update(chunk);
        let file = self.file.as_mut().ok_or_else(|| UploadError::App(Error::Internal("upload closed".into())))?;
        file.write_all(chunk)
            .await
            .map_err(|e| UploadError::App(Error::Internal(format!("cannot write upload: {e}"))))?;
        Ok(())
    }

    /// Give up the upload: its temporary file goes.
    pub fn discard(self) {}
}
/// Leave to stream one file to `target` of an account, given before the body is read: the
/// target's own rule (`allowed`), and an upload slot of the person free.
async fn begin(app: &App, actor: &Actor, account_id: i64, target: Target) -> Result<EvidencePermit> {
    let reach = allowed(app, actor, account_id, &target).await?;
    let slot = app.uploads.take(actor.user.id, app.settings.uploads_per_person).ok_or_else(|| {
        Error::field("file", Problem::new("err-upload-busy").with("max", app.settings.uploads_per_person))
    })?;
    Ok(EvidencePermit { reach, target, _slot: slot })
}

/// Evidence of a criterion: a person of the account who edits the profile, while the SCSS is
/// not reviewing a submission.
pub async fn begin_evidence(app: &App, actor: &Actor, account_id: i64, criterion_id: &str) -> Result<EvidencePermit> {
    begin(app, actor, account_id, Target::Criterion(criterion_id.to_string())).await
}

/// A file for the partner's answer to a finding (Officers and Account admins, while the finding
/// is not closed and the validation open); the finding must be of that validation.
pub async fn begin_finding_file(
    app: &App,
    actor: &Actor,
    account_id: i64,
    validation_id: i64,
    finding_id: i64,
) -> Result<EvidencePermit> {
    let f = ctpat_store::findings::find(app.db.conn(), finding_id).await?;
    if f.is_none_or(|f| f.validation_id != validation_id) {
        return Err(Error::NotFound);
    }
    begin(app, actor, account_id, Target::Finding(finding_id)).await
}

/// A file for the draft of a corrective action plan or an appeal, while its window is open.
pub async fn begin_statement_file(
    app: &App,
    actor: &Actor,
    account_id: i64,
    kind: ctpat_domain::partner::statement::StatementKind,
) -> Result<EvidencePermit> {
    begin(app, actor, account_id, Target::Statement(kind)).await
}

/// A file sent as a message in a thread (whoever may write there).
pub async fn begin_message_file(app: &App, actor: &Actor, account_id: i64, thread_id: i64) -> Result<EvidencePermit> {
    begin(app, actor, account_id, Target::Message(thread_id)).await
}

/// A document for the account's Document Exchange (either side).
pub async fn begin_exchange_file(app: &App, actor: &Actor, account_id: i64) -> Result<EvidencePermit> {
    begin(app, actor, account_id, Target::Exchange(String::new())).await
}

/// Whether the person may send a file to `target` now: asked before the body is read and again
/// before the file is stored (an upload may take minutes).
async fn allowed(app: &App, actor: &Actor, account_id: i64, target: &Target) -> Result<Reach> {
    match target {
        Target::Criterion(criterion_id) => {
            let v = crate::profile::view(app, actor, account_id).await?;
            if v.reach.is_staff() || !v.reach.can(Permission::EditProfileDraft) {
                return Err(Error::Forbidden);
            }
            // Evidence changes with the answers: not while the SCSS reviews a submission.
            if !v.editable() {
                return Err(Error::Refused(Problem::new("err-profile-under-review")));
            }
            if !v.criteria().iter().any(|c| &c.id == criterion_id) {
                return Err(Error::NotFound);
            }
            Ok(v.reach)
        }
        Target::Finding(finding_id) => {
            let conn = app.db.conn();
            let r = reach(conn, actor, account_id).await?;
            let f = ctpat_store::findings::find(conn, *finding_id).await?.ok_or(Error::NotFound)?;
            let v = ctpat_store::validations::find(conn, f.validation_id).await?.ok_or(Error::NotFound)?;
            if !ctpat_store::validations::accounts_of(conn, v.id).await?.contains(&account_id) {
                return Err(Error::NotFound);
            }
            if r.is_staff() || !r.can(Permission::AnswerFindings) {
                return Err(Error::Forbidden);
            }
            if f.status == ctpat_domain::validation::FindingStatus::Closed
                || v.status != ctpat_domain::validation::ValidationStatus::Scheduled
            {
                return Err(Error::Refused(Problem::new("err-finding-closed")));
            }
            Ok(r)
        }
        Target::Statement(kind) => {
            crate::partner::lifecycle::drafting_statement(app.db.conn(), app, actor, account_id, *kind).await
        }
        Target::Message(thread_id) => crate::messages::may_attach(app, actor, account_id, *thread_id).await,
        Target::Exchange(_) => crate::exchange::may_attach(app, actor, account_id).await,
    }
}

pub(crate) fn stored_path(app: &App, key: &str) -> PathBuf {
    app.settings.files_dir().join(&key[..2]).join(key)
}

/// Store a finished upload as evidence for the permit's criterion.
pub async fn add_evidence(app: &App, actor: &Actor, permit: EvidencePermit, name: &str, up: Incoming) -> Result<i64> {
    let kept = keep(app, name, up).await?;
    let stored =
        store_rows(app, actor, &permit, &kept.key, &kept.name, kept.content_type, kept.size, &kept.sha256).await;
    if stored.is_err() {
        kept.discard().await;
    }
    stored
}

#[allow(clippy::too_many_arguments)]
async fn store_rows(
    app: &App,
    actor: &Actor,
    permit: &EvidencePermit,
    key: &str,
    name: &str,
    content_type: &str,
    size: i64,
    sha: &str,
) -> Result<i64> {
    // An upload may take minutes: what allowed it is asked again before anything is stored (the
    // person may have left the account, the finding closed, the window of a plan ended).
    let fresh = allowed(app, actor, permit.reach.account.id, &permit.target).await?;
    let r = &fresh;
    let now = app.now();
    let txn = app.db.begin().await?;
    // The quota is judged inside the storing transaction, with the account's row locked, so
    // that parallel uploads cannot each see room for themselves.
    ctpat_store::accounts::lock(&txn, r.account.id).await?;
    let used = files::used_bytes(&txn, r.account.id).await? as u64;
    if used + size as u64 > app.settings.account_quota_bytes {
        return Err(Error::field(
            "file",
            Problem::new("err-file-quota").with("mb", app.settings.account_quota_bytes / (1024 * 1024)),
        ));
    }
    let file = files::insert_file(
        &txn,
        files::NewFile {
            account_id: r.account.id,
            storage_key: key,
            original_name: name,
            content_type,
            size,
            sha256: sha,
            uploaded_by: actor.user.id,
            now,
        },
    )
    .await?;
    let (id, attached) = match &permit.target {
        Target::Criterion(criterion_id) => {
            let v = crate::profile::view(app, actor, r.account.id).await?;
            let profile = match v.profile {
                Some(p) => p,
                None => {
                    let (version_id, _) = crate::catalog::current(app).await?;
                    ctpat_store::profiles::insert(&txn, r.account.id, version_id, now).await?
                }
            };
            let ev = files::insert_evidence(&txn, profile.id, criterion_id, file.id, actor.user.id, now).await?;
            (ev.id, json!({"criterion": criterion_id}))
        }
        Target::Finding(finding_id) => {
            ctpat_store::findings::attach_file(&txn, *finding_id, file.id, actor.user.id, now).await?;
            (file.id, json!({"finding": finding_id}))
        }
        Target::Statement(kind) => {
            let d = ctpat_store::statements::open_draft(&txn, r.account.id, kind.key(), actor.user.id, now).await?;
            ctpat_store::statements::attach_file(&txn, d.id, file.id, actor.user.id, now).await?;
            (file.id, json!({"statement": d.id, "kind": kind.key()}))
        }
        Target::Message(thread_id) => {
            let t = ctpat_store::messages::thread(&txn, r.account.id, *thread_id).await?.ok_or(Error::NotFound)?;
            let m = crate::messages::post_in(&txn, app, actor, r, &t, name, Some(file.id)).await?;
            (file.id, json!({"message": m}))
        }
        Target::Exchange(note) => {
            let d = crate::exchange::record_in(&txn, app, actor, r, file.id, name, note).await?;
            (file.id, json!({"exchange": d}))
        }
    };
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "file.uploaded", Outcome::Ok), r.account.id)
            .object("file", file.id)
            .after(json!({"name": name, "size": size, "sha256": sha, "type": content_type, "attached_to": attached})),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// The evidence files of one criterion.
pub async fn evidence(app: &App, actor: &Actor, account_id: i64, criterion_id: &str) -> Result<Vec<Evidence>> {
    let v = crate::profile::view(app, actor, account_id).await?;
    match v.profile {
        Some(p) => Ok(files::evidence_of(app.db.conn(), p.id, criterion_id)
            .await?
            .into_iter()
            .map(|(e, f)| Evidence { id: e.id, file: f.into() })
            .collect()),
        None => Ok(Vec::new()),
    }
}

pub async fn remove_evidence(app: &App, actor: &Actor, account_id: i64, evidence_id: i64) -> Result<()> {
    let v = crate::profile::view(app, actor, account_id).await?;
    if !v.editable() {
        return Err(Error::Forbidden);
    }
    let p = v.profile.ok_or(Error::NotFound)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let row = files::delete_evidence(&txn, p.id, evidence_id).await?.ok_or(Error::NotFound)?;
    // One file backs one piece of evidence: it goes with it (no longer served nor counted).
    let file = files::mark_removed(&txn, account_id, row.file_id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "evidence.removed", Outcome::Ok), account_id)
            .object("file", row.file_id)
            .before(json!({"criterion": row.criterion_id})),
    )
    .await?;
    txn.commit().await?;
    if let Some(f) = file {
        let _ = tokio::fs::remove_file(stored_path(app, &f.storage_key)).await;
    }
    Ok(())
}

/// A file to send back, after checking the actor reaches its account; the download is audited.
pub async fn download(app: &App, actor: &Actor, account_id: i64, file_id: i64) -> Result<(StoredFile, PathBuf)> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    let row = files::file(app.db.conn(), r.account.id, file_id).await?.ok_or(Error::NotFound)?;
    // The evidence of a plan or appeal not sent yet is the company's own.
    if r.is_staff() && ctpat_store::statements::is_draft_file(app.db.conn(), row.id).await? {
        return Err(Error::NotFound);
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    // A document of the exchange opened by the side it was sent to: its receipt.
    crate::exchange::opened_in(&txn, actor, &r, row.id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "file.downloaded", Outcome::Ok), account_id)
            .object("file", row.id)
            .after(json!({"name": row.original_name})),
    )
    .await?;
    txn.commit().await?;
    let path = stored_path(app, &row.storage_key);
    Ok((row.into(), path))
}

pub use crate::stored_file::StoredFile;

/// A piece of evidence: a file attached to one criterion of the profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub id: i64,
    pub file: StoredFile,
}
