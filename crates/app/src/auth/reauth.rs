//! Re-authentication before signing: the TOTP code when the person enrolled, otherwise their
//! password. The field error names the input that was wrong.

use crate::App;
use ctpat_domain::{FieldError, Problem};
use ctpat_store::users::User;

/// Confirm it is `user` again. Returns how (`totp` or `password`).
pub async fn confirm(app: &App, user: &User, password: &str, code: &str) -> Result<&'static str, FieldError> {
    match (&user.totp_secret, user.totp_enabled_at) {
        (Some(secret), Some(_)) => {
            if super::mfa::check_code(secret, &user.email, code, app.now()) {
                Ok("totp")
            } else {
                Err(Problem::new("err-mfa-code").on("code"))
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
