//! TOTP codes (RFC 6238, 6 digits, 30 s, ±1 step): checking one, each accepted once, and the
//! recovery-code hash.

use crate::App;
use crate::error::Result;
use chrono::{DateTime, Utc};
use ctpat_domain::Problem;
use ctpat_store::users;
use sha2::{Digest, Sha256};
use totp_rs::{Builder, Totp};

const ISSUER: &str = "C-TPAT Portal";

pub(super) fn totp(secret_hex: &str, account: &str) -> Option<Totp> {
    let bytes = hex::decode(secret_hex).ok()?;
    Builder::new().with_secret(bytes).with_account_name(account).with_issuer(Some(ISSUER)).build().ok()
}

/// The time step `code` belongs to, when it is valid for the secret at `now`.
fn matched_step(secret_hex: &str, account: &str, code: &str, now: DateTime<Utc>) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 {
        return None;
    }
    totp(secret_hex, account)?.check(&code, now.timestamp().max(0) as u64).and_then(|s| i64::try_from(s).ok())
}

/// How a TOTP code fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeCheck {
    Accepted,
    Wrong,
    /// Right, but its time step (or a later one) was already used: a code is good once.
    Reused,
}

/// Check `code` for `user` at `now` and, when it matches, claim its time step so that it is
/// accepted once (RFC 6238 §5.2), also when two requests bring it at the same moment.
pub(crate) async fn accept_code<C: ctpat_store::ConnectionTrait>(
    app: &App,
    conn: &C,
    user: &users::User,
    code: &str,
    now: DateTime<Utc>,
) -> Result<CodeCheck> {
    let Some(stored) = user.totp_secret.as_deref() else { return Ok(CodeCheck::Wrong) };
    let Some(step) = matched_step(&app.open(stored)?, &user.email, code, now) else {
        return Ok(CodeCheck::Wrong);
    };
    Ok(if users::claim_totp_step(conn, user.id, step).await? { CodeCheck::Accepted } else { CodeCheck::Reused })
}

/// The problem to show for a code that was not accepted.
pub fn code_problem(check: CodeCheck) -> Problem {
    Problem::new(if check == CodeCheck::Reused { "err-mfa-code-used" } else { "err-mfa-code" })
}

/// The current code of a person's authenticator (the authenticator app's side, for tests and
/// scripted set-up; the server never shows it).
pub async fn current_code(app: &App, email: &str, now: DateTime<Utc>) -> Option<String> {
    let user = users::find_by_email(app.db.conn(), email).await.ok()??;
    let secret = app.open(user.totp_secret.as_deref()?).ok()?;
    totp(&secret, &user.email).map(|t| t.generate(now.timestamp().max(0) as u64).to_string())
}

pub fn recovery_hash(code: &str) -> String {
    let normalised: String =
        code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    hex::encode(Sha256::digest(normalised.as_bytes()))
}
