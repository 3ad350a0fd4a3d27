//! Uploads and downloads. An upload streams into a temporary file while its size is counted
//! (the limit holds before the whole body has arrived); its kind is decided from its content
//! and checked against its name; it is stored under a server-generated key outside any served
//! folder, counted against the account's quota, and audited. Downloads are audited too.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::{Reach, reach};
use ctpat_domain::audit::Outcome;
use ctpat_domain::filetype;
use ctpat_domain::{Permission, Problem};
use ctpat_store::files::{self, EvidenceRow, FileRow};
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

/// An upload in progress: bytes go to a temporary file while they are counted and hashed.
pub struct Incoming {
    tmp: PathBuf,
    file: tokio::fs::File,
    written: u64,
    max: u64,
    head: Vec<u8>,
    hash: Sha256,
}

impl Incoming {
    pub async fn start(app: &App) -> Result<Incoming> {
        let dir = app.settings.files_dir().join("incoming");
        tokio::fs::create_dir_all(&dir)
            .await
            .map_err(|e| Error::Internal(format!("cannot create {}: {e}", dir.display())))?;
        let tmp = dir.join(crate::secret::random_code(24));
        let file = tokio::fs::File::create(&tmp)
            .await
            .map_err(|e| Error::Internal(format!("cannot create upload file: {e}")))?;
        Ok(Incoming {
            tmp,
            file,
            written: 0,
            max: app.settings.upload_max_bytes,
            head: Vec::new(),
            hash: Sha256::new(),
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
        self.file
            .write_all(chunk)
            .await
            .map_err(|e| UploadError::App(Error::Internal(format!("cannot write upload: {e}"))))?;
        Ok(())
    }

    /// Remove the temporary file (after an error, or when the upload was refused).
    pub async fn discard(self) {
        drop(self.file);
        let _ = tokio::fs::remove_file(&self.tmp).await;
    }
}

fn stored_path(app: &App, key: &str) -> PathBuf {
    app.settings.files_dir().join(&key[..2]).join(key)
}

/// Store a finished upload as evidence for one criterion of the account's profile.
pub async fn add_evidence(
    app: &App,
    actor: &Actor,
    account_id: i64,
    criterion_id: &str,
    name: &str,
    mut up: Incoming,
) -> Result<i64> {
    let refuse = |p: Problem| Error::field("file", p);
    let result = async {
        let r = reach(app.db.conn(), actor, account_id).await?;
        if r.is_staff() || !r.can(Permission::EditProfileDraft) {
            return Err(Error::Forbidden);
        }
        let kind = filetype::detect(name, &up.head).map_err(refuse)?;
        let used = files::used_bytes(app.db.conn(), account_id).await? as u64;
        if used + up.written > app.settings.account_quota_bytes {
            return Err(refuse(
                Problem::new("err-file-quota").with("mb", app.settings.account_quota_bytes / (1024 * 1024)),
            ));
        }
        up.file.flush().await.map_err(|e| Error::Internal(e.to_string()))?;
        Ok((r, kind))
    }
    .await;
    let (r, kind) = match result {
        Ok(x) => x,
        Err(e) => {
            up.discard().await;
            return Err(e);
        }
    };
    let key = crate::secret::random_code(32).to_lowercase();
    let path = stored_path(app, &key);
    let name = filetype::clean_name(name);
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    let sha = hex::encode(up.hash.clone().finalize());
    let size = up.written as i64;
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await.map_err(|e| Error::Internal(e.to_string()))?;
    }
    let Incoming { tmp, file, .. } = up;
    drop(file);
    tokio::fs::rename(&tmp, &path).await.map_err(|e| Error::Internal(format!("cannot store upload: {e}")))?;
    let stored = store_rows(app, actor, &r, criterion_id, &key, &name, kind.content_type(&ext), size, &sha).await;
    if stored.is_err() {
        let _ = tokio::fs::remove_file(&path).await;
    }
    stored
}

#[allow(clippy::too_many_arguments)]
async fn store_rows(
    app: &App,
    actor: &Actor,
    r: &Reach,
    criterion_id: &str,
    key: &str,
    name: &str,
    content_type: &str,
    size: i64,
    sha: &str,
) -> Result<i64> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let v = crate::profile::view(app, actor, r.account.id).await?;
    if !v.criteria().iter().any(|c| c.id == criterion_id) {
        return Err(Error::NotFound);
    }
    let profile = match v.profile {
        Some(p) => p,
        None => {
            let (version_id, _) = crate::catalog::current(app).await?;
            ctpat_store::profiles::insert(&txn, r.account.id, version_id, now).await?
        }
    };
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
    let ev = files::insert_evidence(&txn, profile.id, criterion_id, file.id, actor.user.id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "file.uploaded", Outcome::Ok), r.account.id)
            .object("file", file.id)
            .after(json!({"name": name, "size": size, "sha256": sha, "type": content_type, "criterion": criterion_id})),
    )
    .await?;
    txn.commit().await?;
    Ok(ev.id)
}

/// The evidence files of one criterion.
pub async fn evidence(
    app: &App,
    actor: &Actor,
    account_id: i64,
    criterion_id: &str,
) -> Result<Vec<(EvidenceRow, FileRow)>> {
    let v = crate::profile::view(app, actor, account_id).await?;
    match v.profile {
        Some(p) => Ok(files::evidence_of(app.db.conn(), p.id, criterion_id).await?),
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
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "evidence.removed", Outcome::Ok), account_id)
            .object("file", row.file_id)
            .before(json!({"criterion": row.criterion_id})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A file to send back, after checking the actor reaches its account; the download is audited.
pub async fn download(app: &App, actor: &Actor, account_id: i64, file_id: i64) -> Result<(FileRow, PathBuf)> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    let row = files::file(app.db.conn(), r.account.id, file_id).await?.ok_or(Error::NotFound)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "file.downloaded", Outcome::Ok), account_id)
            .object("file", row.id)
            .after(json!({"name": row.original_name})),
    )
    .await?;
    txn.commit().await?;
    let path = stored_path(app, &row.storage_key);
    Ok((row, path))
}
