use sea_orm::{DbErr, RuntimeErr};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    /// A unique constraint refused the write; carries the constraint or column text so the
    /// caller can turn it into a field error.
    #[error("unique constraint: {0}")]
    Unique(String),
    /// An optimistic-concurrency check failed: the row changed since it was read.
    #[error("changed meanwhile")]
    ChangedMeanwhile,
    #[error("{0}")]
    Connect(String),
    /// A stored value the program does not know (a status or type key written by hand).
    #[error("corrupt row: {0}")]
    Corrupt(String),
}

impl StoreError {
    /// Classify a database error: unique violations become `Unique`.
    pub fn from_db(err: DbErr) -> StoreError {
        let text = err.to_string();
        let unique = matches!(&err, DbErr::Exec(RuntimeErr::SqlxError(_)) | DbErr::Query(RuntimeErr::SqlxError(_)))
            && (text.contains("UNIQUE constraint failed")
                || text.contains("duplicate key value violates unique constraint"));
        if unique { StoreError::Unique(text) } else { StoreError::Db(err) }
    }

    pub fn is_unique_on(&self, needle: &str) -> bool {
        matches!(self, StoreError::Unique(t) if t.contains(needle))
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;
