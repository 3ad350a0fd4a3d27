//! A stored file as pages list and serve it — below the features that attach files, so each
//! can show its files without depending on the upload path.

use ctpat_store::files::FileRow;

/// A stored file as pages list and serve it (never its storage key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    pub id: i64,
    /// The account it belongs to (its downloads are that account's).
    pub account_id: i64,
    pub original_name: String,
    pub content_type: String,
    pub size: i64,
    pub uploaded_at: chrono::DateTime<chrono::Utc>,
}

impl From<FileRow> for StoredFile {
    fn from(f: FileRow) -> Self {
        StoredFile {
            id: f.id,
            account_id: f.account_id,
            original_name: f.original_name,
            content_type: f.content_type,
            size: f.size,
            uploaded_at: f.uploaded_at,
        }
    }
}
