//! Password reset by e-mail (single-use link, 30 minutes) and password change. Both end every
//! session of the person; a change keeps them signed in on a fresh session.

use super::{Stage, lang_of, open_session};
use crate::App;
use crate::actor::{Actor, RequestMeta};
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;
use ctpat_domain::{Email, NewPassword, Problem};
use ctpat_store::{sessions, tokens, users};

pub const RESET: &str = "reset_password";

/// Always answers the same, whether or not the address has an account.
pub async fn forgot(app: &App, email: &str, meta: &RequestMeta) -> Result<()> {
    let email = Email::parse(email).map_err(|p| Error::field("email", p))?;
    let Some(user) = users::find_by_email(app.db.conn(), email.as_str()).await? else {
        return Ok(());
    };
    if user.disabled_at.is_some() {
        return Ok(());
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    // Requests for one person queue here, so the cap and the token are decided together: at
    // the cap, the link sent last stays the valid one and no new token replaces it unseen.
    users::lock_row(&txn, user.id).await?;
    if crate::mail::at_cap(&txn, app, &user.email, crate::mail::MailKind::PasswordReset).await? {
        return Ok(());
    }
    tokens::spend_all(&txn, user.id, RESET, now).await?;
    let (token, hash) = crate::secret::new_token();
    tokens::insert(&txn, user.id, RESET, &hash, now, now + app.settings.reset_ttl).await?;
    let link = format!("{}/password/reset?token={token}", app.settings.public_url);
    let minutes = app.settings.reset_ttl.num_minutes().to_string();
    crate::mail::enqueue(
        &txn,
        app,
        &user.email,
        &lang_of(&user),
        crate::mail::MailKind::PasswordReset,
        &[("name", user.name.clone()), ("link", link), ("minutes", minutes)],
    )
    .await?;
    ctpat_store::audit::append(
        &txn,
        audit::anonymous(meta, now, "password.reset_requested", Outcome::Ok)
            .person(user.id, &user.email, None)
            .object("user", user.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Whether a reset link is still usable (to show the form, or explain that it is not).
pub async fn reset_link_valid(app: &App, token: &str) -> Result<bool> {
    Ok(tokens::peek(app.db.conn(), RESET, &crate::secret::token_hash(token), app.now()).await?.is_some())
}

pub async fn reset(app: &App, token: &str, new_password: &str, confirm: &str, meta: &RequestMeta) -> Result<()> {
    let hash = crate::secret::token_hash(token);
    let Some(row) = tokens::peek(app.db.conn(), RESET, &hash, app.now()).await? else {
        return Err(Error::Refused(Problem::new("err-link-invalid")));
    };
    let user = users::find(app.db.conn(), row.user_id).await?.ok_or(Error::NotFound)?;
    let password = check_new(app, &user, new_password, confirm)?;
    let phc = app.hasher.hash(password.expose()).await;
    let now = app.now();
    let txn = app.db.begin().await?;
    if tokens::consume(&txn, RESET, &hash, now).await?.is_none() {
        return Err(Error::Refused(Problem::new("err-link-invalid")));
    }
    // The link proves the mailbox: the lock of wrong passwords goes, a lock earned by wrong
    // codes (the second factor) stays until it expires.
    users::set_password_by_link(&txn, &user, phc, now).await?;
    let ended = sessions::revoke_all(&txn, user.id, None, now).await?;
    // Browsers remembered under the old password are strangers now.
    ctpat_store::devices::forget_all(&txn, user.id).await?;
    crate::mail::enqueue(
        &txn,
        app,
        &user.email,
        &lang_of(&user),
        crate::mail::MailKind::PasswordChanged,
        &[("name", user.name.clone())],
    )
    .await?;
    ctpat_store::audit::append(
        &txn,
        audit::anonymous(meta, now, "password.reset", Outcome::Ok)
            .person(user.id, &user.email, None)
            .object("user", user.id)
            .after(serde_json::json!({"sessions_ended": ended})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn check_new(app: &App, user: &users::User, new_password: &str, confirm: &str) -> Result<NewPassword> {
    let local = user.email.split('@').next().unwrap_or_default();
    let password = NewPassword::parse(new_password, app.settings.password_policy, &[&user.email, &user.name, local])
        .map_err(|p| Error::field("password", p))?;
    if new_password != confirm {
        return Err(Error::field("password_confirm", Problem::new("err-password-mismatch")));
    }
    Ok(password)
}

/// Change the password of the signed-in person. Returns the token of their new session.
pub async fn change(app: &App, actor: &Actor, current: &str, new_password: &str, confirm: &str) -> Result<String> {
    let user = users::find(app.db.conn(), actor.user.id).await?.ok_or(Error::NotFound)?;
    // Wrong current passwords count toward the lock and are audited (`reauth.failed`).
    super::reauth::confirm_password(app, actor, current, "current_password")
        .await
        .map_err(|e| Error::Invalid(vec![e]))?;
    let password = check_new(app, &user, new_password, confirm)?;
    let phc = app.hasher.hash(password.expose()).await;
    let now = app.now();
    let txn = app.db.begin().await?;
    users::set_password(&txn, &user, phc, now).await?;
    let ended = sessions::revoke_all(&txn, user.id, None, now).await?;
    // Browsers remembered under the old password are strangers now.
    ctpat_store::devices::forget_all(&txn, user.id).await?;
    let (token, _) = open_session(&txn, app, user.id, Stage::Full, &actor.meta, now).await?;
    crate::mail::enqueue(
        &txn,
        app,
        &user.email,
        &lang_of(&user),
        crate::mail::MailKind::PasswordChanged,
        &[("name", user.name.clone())],
    )
    .await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "password.changed", Outcome::Ok)
            .object("user", user.id)
            .after(serde_json::json!({"sessions_ended": ended})),
    )
    .await?;
    txn.commit().await?;
    Ok(token)
}
