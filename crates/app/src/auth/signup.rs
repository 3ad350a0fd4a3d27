//! Sign-up and e-mail verification. Signing up with an address that already has an account
//! reveals nothing on the page: the owner of the address gets an e-mail instead.

use super::lang_of;
use crate::App;
use crate::actor::RequestMeta;
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use ctpat_domain::audit::Outcome;
use ctpat_domain::text::PersonName;
use ctpat_domain::{Email, FieldError, NewPassword, Problem};
use ctpat_store::{ConnectionTrait, tokens, users};
use serde_json::json;

pub const VERIFY: &str = "verify_email";

pub struct SignupForm<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub password_confirm: &'a str,
}

/// Validate every field and report every problem at once.
pub fn validate(
    app: &App,
    f: &SignupForm<'_>,
) -> std::result::Result<(PersonName, Email, NewPassword), Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = PersonName::parse(f.name).map_err(|p| errors.push(p.on("name"))).ok();
    let email = Email::parse(f.email).map_err(|p| errors.push(p.on("email"))).ok();
    let context: Vec<&str> =
        [Some(f.email), Some(f.name), email.as_ref().map(|e| e.local_part())].into_iter().flatten().collect();
    let password = NewPassword::parse(f.password, app.settings.password_policy, &context)
        .map_err(|p| errors.push(p.on("password")))
        .ok();
    if password.is_some() && f.password != f.password_confirm {
        errors.push(Problem::new("err-password-mismatch").on("password_confirm"));
    }
    match (name, email, password) {
        (Some(n), Some(e), Some(p)) if errors.is_empty() => Ok((n, e, p)),
        _ => Err(errors),
    }
}

pub async fn signup(app: &App, form: SignupForm<'_>, lang: &Lang, meta: &RequestMeta) -> Result<()> {
    let (name, email, password) = validate(app, &form).map_err(Error::Invalid)?;
    let hash = app.hasher.hash(password.expose()).await;
    let now = app.now();
    let txn = app.db.begin().await?;
    if let Some(existing) = users::find_by_email(&txn, email.as_str()).await? {
        crate::mail::enqueue(
            &txn,
            app,
            existing.email.as_str(),
            &lang_of(&existing),
            crate::mail::MailKind::SignupExisting,
            &[],
        )
        .await?;
        ctpat_store::audit::append(
            &txn,
            audit::anonymous(meta, now, "user.signup_duplicate", Outcome::Denied).object("user", existing.id),
        )
        .await?;
        txn.commit().await?;
        return Ok(());
    }
    let user = users::insert(
        &txn,
        users::NewUser {
            email: email.as_str(),
            name: name.as_str(),
            password_hash: Some(hash),
            email_verified_at: None,
            staff_role: None,
            now,
        },
    )
    .await?;
    let user = users::set_locale(&txn, &user, &lang.code(), now).await?;
    send_verification(&txn, app, &user).await?;
    ctpat_store::audit::append(
        &txn,
        audit::anonymous(meta, now, "user.signed_up", Outcome::Ok)
            .person(user.id, &user.email, None)
            .object("user", user.id)
            .after(json!({"email": user.email, "name": user.name})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Replace any earlier verification link with a new one and e-mail it.
pub(crate) async fn send_verification<C: ConnectionTrait>(conn: &C, app: &App, user: &users::User) -> Result<()> {
    // Requests for one person queue here, so the cap and the token are decided together: at
    // the cap, the link sent last stays the valid one and no new token replaces it unseen.
    users::lock_row(conn, user.id).await?;
    if crate::mail::at_cap(conn, app, &user.email, crate::mail::MailKind::VerifyEmail).await? {
        return Ok(());
    }
    let now = app.now();
    tokens::spend_all(conn, user.id, VERIFY, now).await?;
    let (token, hash) = crate::secret::new_token();
    tokens::insert(conn, user.id, VERIFY, &hash, now, now + app.settings.verify_ttl).await?;
    let link = format!("{}/verify-email?token={token}", app.settings.public_url);
    crate::mail::enqueue(
        conn,
        app,
        &user.email,
        &lang_of(user),
        crate::mail::MailKind::VerifyEmail,
        &[("name", user.name.clone()), ("link", link)],
    )
    .await?;
    Ok(())
}

pub async fn verify_email(app: &App, token: &str, meta: &RequestMeta) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let Some(row) = tokens::consume(&txn, VERIFY, &crate::secret::token_hash(token), now).await? else {
        return Err(Error::Refused(Problem::new("err-link-invalid")));
    };
    let user = users::find(&txn, row.user_id).await?.ok_or(Error::NotFound)?;
    if user.email_verified_at.is_none() {
        users::mark_email_verified(&txn, &user, now).await?;
    }
    ctpat_store::audit::append(
        &txn,
        audit::anonymous(meta, now, "user.email_verified", Outcome::Ok)
            .person(user.id, &user.email, None)
            .object("user", user.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
