//! Re-authentication of a signed-in person (before signing, changing the password, turning
//! two-step verification off): the TOTP code when the person enrolled, otherwise their
//! password. Wrong answers count toward the same lock as the login, so a stolen session
//! cannot be used to guess the password or the code; each one is audited. The field error
//! names the input that was wrong.

use super::throttle::{self, Attempt};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt};
use ctpat_domain::audit::Outcome;
use ctpat_domain::{FieldError, Problem};
use ctpat_store::users;

/// What a signed-in person must give to confirm it is them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Proof {
    /// The TOTP code when enrolled, else the password (signatures).
    CodeOrPassword,
    /// The password, whatever else is enrolled (password change, MFA changes).
    Password,
}

/// Confirm it is the actor again. Returns how (`totp` or `password`).
pub async fn confirm(app: &App, actor: &Actor, password: &str, code: &str) -> Result<&'static str, FieldError> {
    check(app, actor, Proof::CodeOrPassword, password, code, "password").await
}

/// Confirm the actor's password, reporting a wrong one on `field`.
pub async fn confirm_password(app: &App, actor: &Actor, password: &str, field: &'static str) -> Result<(), FieldError> {
    check(app, actor, Proof::Password, password, "", field).await.map(|_| ())
}

async fn check(
    app: &App,
    actor: &Actor,
    proof: Proof,
    password: &str,
    code: &str,
    password_field: &'static str,
) -> Result<&'static str, FieldError> {
    match judge(app, actor, proof, password, code, password_field).await {
        Ok(r) => r,
        Err(e) => {
            tracing::error!(error = %e, "could not record a re-authentication");
            Err(Problem::new("err-reauth-unavailable").on(password_field))
        }
    }
}

async fn judge(
    app: &App,
    actor: &Actor,
    proof: Proof,
    password: &str,
    code: &str,
    password_field: &'static str,
) -> crate::Result<Result<&'static str, FieldError>> {
    let user = users::find(app.db.conn(), actor.user.id).await?.ok_or(crate::Error::NotFound)?;
    let now = app.now();
    let enrolled = user.totp_secret.is_some() && user.totp_enabled_at.is_some();
    let (attempt, field, method, wrong) = if enrolled && proof == Proof::CodeOrPassword {
        // The step is claimed at once, outside any signing transaction: a code is good once
        // even if the signature then fails for another reason.
        let check = super::totp::accept_code(app, app.db.conn(), &user, code, now).await?;
        let ok = check == super::totp::CodeCheck::Accepted;
        (Attempt::Code, "code", ok.then_some("totp"), super::totp::code_problem(check))
    } else {
        // Someone already signed in confirming it is them: the second barrier, counted with
        // the codes (so strangers' guesses at the sign-in page never block a signature).
        let ok = app.hasher.verify(password, user.password_hash.as_deref()).await;
        (Attempt::Code, password_field, ok.then_some("password"), Problem::new("err-password-wrong"))
    };
    let txn = app.db.begin().await?;
    let judged = match method {
        Some(_) if throttle::success(&txn, user.id, attempt, now).await? => None,
        Some(_) => Some(throttle::Failure::Locked),
        None => Some(throttle::failure(app, &txn, user.id, attempt, now).await?),
    };
    let Some(judged) = judged else {
        txn.commit().await?;
        return Ok(Ok(method.unwrap_or("password")));
    };
    let detail = judged.detail(if field == "code" { "wrong_code" } else { "wrong_password" }, "failures");
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "reauth.failed", Outcome::Failed).object("user", user.id).after(detail),
    )
    .await?;
    txn.commit().await?;
    Ok(Err(if judged.locks() { Problem::new("err-reauth-locked") } else { wrong }.on(field)))
}
