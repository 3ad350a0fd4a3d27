//! Re-authentication before signing: the TOTP code when the person enrolled, otherwise their
//! password. The field error names the input that was wrong.

use crate::App;
use ctpat_domain::{FieldError, Problem};
use ctpat_store::users::User;

/// Confirm it is `user` again. Returns how (`totp` or `password`).
pub async fn confirm(app: &App, user: &User, password: &str, code: &str) -> Result<&'static str, FieldError> {
    match (&user.totp_secret, user.totp_enabled_at) {
        (Some(_), Some(_)) => {
            // The step is claimed at once, outside the signing transaction: a code is good once
            // even if the signature then fails for another reason.
            match super::mfa::accept_code(app, app.db.conn(), user, code, app.now()).await {
                Ok(super::mfa::CodeCheck::Accepted) => Ok("totp"),
                Ok(other) => Err(super::mfa::code_problem(other).on("code")),
                Err(e) => {
                    tracing::error!(error = %e, "could not record the TOTP step");
                    Err(Problem::new("err-mfa-code").on("code"))
                }
            }
        }
        _ => {
            if app.hasher.verify(password, user.password_hash.as_deref()).await {
                Ok("password")
            } else {
                Err(Problem::new("err-password-wrong").on("password"))
            }
        }
    }
}
