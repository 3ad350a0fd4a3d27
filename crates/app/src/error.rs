//! What a use case can answer besides success. The web layer maps each to a page or status;
//! nothing here carries internal detail to the user.

use ctpat_domain::{FieldError, Problem};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input: one message per field; the form is shown again with what was typed.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// Refused as a whole (not tied to a field), with a message for the user.
    #[error("refused: {0}")]
    Refused(Problem),
    /// Not found — also the answer for another tenant's object.
    #[error("not found")]
    NotFound,
    /// Signed in, but the permission matrix says no.
    #[error("forbidden")]
    Forbidden,
    #[error("not signed in")]
    Unauthenticated,
    /// Someone else changed the object since it was read.
    #[error("changed meanwhile")]
    ChangedMeanwhile,
    #[error("internal: {0}")]
    Internal(String),
}

impl Error {
    pub fn field(field: &'static str, problem: Problem) -> Error {
        Error::Invalid(vec![problem.on(field)])
    }
}

impl From<ctpat_store::StoreError> for Error {
    fn from(e: ctpat_store::StoreError) -> Self {
        match e {
            ctpat_store::StoreError::ChangedMeanwhile => Error::ChangedMeanwhile,
            other => Error::Internal(other.to_string()),
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

impl From<ctpat_store::DbErr> for Error {
    fn from(e: ctpat_store::DbErr) -> Self {
        Error::Internal(e.to_string())
    }
}
