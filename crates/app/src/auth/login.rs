//! Login, the second factor, session resolution and logout.
//!
//! An unknown e-mail, a wrong password and a locked account all get the same answer, and cost
//! the same argon2 work. Failed attempts are counted on the user's row, so the throttle holds
//! across several app servers.

use super::throttle::{self, Attempt};
use super::totp;
use super::{Stage, open_session};
use crate::App;
use crate::actor::{Actor, RequestMeta};
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;
use ctpat_domain::{Email, Problem};
use ctpat_store::{sessions, users};
use serde_json::json;

pub struct LoginOk {
    pub token: String,
    pub stage: Stage,
    /// A device cookie to set: the person fully signed in from a browser not known yet.
    pub device: Option<String>,
}

pub(crate) fn login_failed() -> Error {
    Error::Refused(Problem::new("err-login-failed"))
}

pub async fn login(
    app: &App,
    email: &str,
    password: &str,
    meta: &RequestMeta,
    previous_token: Option<&str>,
    device: Option<&str>,
) -> Result<LoginOk> {
    let mut missing = Vec::new();
    if email.trim().is_empty() {
        missing.push(Problem::new("err-required").on("email"));
    }
    if password.is_empty() {
        missing.push(Problem::new("err-required").on("password"));
    }
    if !missing.is_empty() {
        return Err(Error::Invalid(missing));
    }
    let parsed = Email::parse(email).ok();
    let user = match &parsed {
        Some(e) => users::find_by_email(app.db.conn(), e.as_str()).await?,
        None => None,
    };
    let verdict = app.hasher.check(password, user.as_ref().and_then(|u| u.password_hash.as_deref())).await;
    let password_ok = verdict.ok;
    // A hash made with older parameters is replaced now that the password is at hand (hashed
    // before the transaction, which must not wait on argon2).
    let rehashed = match verdict.rehash {
        true => Some(app.hasher.hash(password).await),
        false => None,
    };
    let now = app.now();

    let txn = app.db.begin().await?;
    let Some(user) = user else {
        let attempted: String = email.trim().chars().take(254).collect();
        ctpat_store::audit::append(
            &txn,
            audit::anonymous(meta, now, "login.failed", Outcome::Failed)
                .after(json!({"email": attempted, "reason": "unknown_email"})),
        )
        .await?;
        txn.commit().await?;
        return Err(login_failed());
    };
    let role = user
        .staff_role
        .as_deref()
        .and_then(ctpat_domain::StaffRole::from_key)
        .map(|r| ctpat_domain::Role::Staff(r).key());
    // The lock is decided here, after hashing and inside the transaction that records the
    // attempt: of a burst of parallel guesses, only those that find the account unlocked at
    // that moment are judged as passwords.
    // A browser the person fully signed in with before is judged on its own count.
    let known = super::devices::known(&txn, user.id, device).await?;
    let refused = if user.disabled_at.is_some() {
        Some(json!({"reason": "disabled"}))
    } else if !password_ok {
        let detail = match &known {
            Some(d) => {
                let mut detail = throttle::device_failure(app, &txn, d.id, user.id, now)
                    .await?
                    .detail("wrong_password", "device_failed_logins");
                detail["device"] = json!(d.id);
                detail
            }
            None => throttle::failure(app, &txn, user.id, Attempt::Password, now)
                .await?
                .detail("wrong_password", "failed_logins"),
        };
        Some(detail)
    } else if !match &known {
        Some(d) => throttle::device_success(&txn, d.id, user.id, now).await?,
        None => throttle::success(&txn, user.id, Attempt::Password, now).await?,
    } {
        Some(json!({"reason": "locked", "device": known.as_ref().map(|d| d.id)}))
    } else {
        None
    };
    if let Some(detail) = refused {
        ctpat_store::audit::append(
            &txn,
            audit::anonymous(meta, now, "login.failed", Outcome::Failed)
                .person(user.id, &user.email, role)
                .object("user", user.id)
                .after(detail),
        )
        .await?;
        txn.commit().await?;
        return Err(login_failed());
    }
    if user.email_verified_at.is_none() {
        super::signup::send_verification(&txn, app, &user).await?;
        ctpat_store::audit::append(
            &txn,
            audit::anonymous(meta, now, "login.refused", Outcome::Denied)
                .person(user.id, &user.email, role)
                .object("user", user.id)
                .after(json!({"reason": "email_not_verified"})),
        )
        .await?;
        txn.commit().await?;
        return Err(Error::Refused(Problem::new("err-login-unverified")));
    }

    if let Some(phc) = &rehashed {
        users::set_password_hash(&txn, user.id, phc, now).await?;
    }
    let stage = if user.totp_enabled_at.is_some() {
        Stage::Mfa
    } else if user.staff_role.is_some() && app.settings.require_staff_mfa {
        Stage::Enrol
    } else {
        Stage::Full
    };
    if let Some(old) = previous_token {
        let hash = crate::secret::token_hash(old);
        if let Some((s, u)) = sessions::find_live(&txn, &hash, now).await? {
            sessions::revoke(&txn, u.id, s.id, now).await?;
        }
    }
    let (token, session_id) = open_session(&txn, app, user.id, stage, meta, now).await?;
    let new_device = match (stage, &known) {
        (Stage::Full, None) => Some(super::devices::remember(&txn, user.id, now).await?),
        _ => None,
    };
    let action = if stage == Stage::Full { "login.ok" } else { "login.password_ok" };
    ctpat_store::audit::append(
        &txn,
        audit::anonymous(meta, now, action, Outcome::Ok)
            .person(user.id, &user.email, role)
            .object("session", session_id)
            .after(json!({"stage": stage.key(), "password_rehashed": rehashed.is_some()})),
    )
    .await?;
    txn.commit().await?;
    Ok(LoginOk { token, stage, device: new_device })
}

/// The person behind a session cookie, if the session is live. An idle session is ended here.
pub async fn resolve(app: &App, token: &str, meta: RequestMeta) -> Result<Option<(Actor, Stage)>> {
    let now = app.now();
    let hash = crate::secret::token_hash(token);
    let Some((session, user)) = sessions::find_live(app.db.conn(), &hash, now).await? else {
        return Ok(None);
    };
    if now - session.last_seen_at > app.settings.session_idle || user.disabled_at.is_some() {
        sessions::revoke(app.db.conn(), user.id, session.id, now).await?;
        return Ok(None);
    }
    // Write the last-seen time at most once a minute: a read must not cost a write.
    if now - session.last_seen_at > chrono::Duration::seconds(60) {
        sessions::touch(app.db.conn(), session.id, now).await?;
    }
    let stage = Stage::from_key(&session.stage).unwrap_or(Stage::Mfa);
    Ok(Some((Actor { user: crate::actor::Person::of(&user), session_id: Some(session.id), meta }, stage)))
}

/// What passing the second factor gives: the new session, and a device cookie to set when the
/// browser was not known yet.
pub struct SecondFactorOk {
    pub token: String,
    pub device: Option<String>,
}

/// Second step of login: a TOTP code or a recovery code. Success rotates the session.
pub async fn verify_second_factor(
    app: &App,
    actor: &Actor,
    code: &str,
    device: Option<&str>,
) -> Result<SecondFactorOk> {
    let code = code.trim();
    if code.is_empty() {
        return Err(Error::field("code", Problem::new("err-required")));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    let user = &users::find(&txn, actor.user.id).await?.ok_or(Error::Unauthenticated)?;
    let totp = totp::accept_code(app, &txn, user, code, now).await?;
    let recovery = totp::recovery_hash(code);
    let method = if totp == totp::CodeCheck::Accepted {
        Some("totp")
    } else if users::has_recovery_code(&txn, user.id, &recovery).await? {
        Some("recovery_code")
    } else {
        None
    };
    // A right code on a locked account is refused like a wrong one: the lock holds until it
    // expires, whatever is guessed meanwhile (and a recovery code is not spent on it).
    let refused = match method {
        None => Some(throttle::failure(app, &txn, user.id, Attempt::Code, now).await?),
        Some(_) if !throttle::success(&txn, user.id, Attempt::Code, now).await? => Some(throttle::Failure::Locked),
        // Spent by a parallel request meanwhile.
        Some("recovery_code") if !users::use_recovery_code(&txn, user.id, &recovery, now).await? => {
            Some(throttle::failure(app, &txn, user.id, Attempt::Code, now).await?)
        }
        Some(_) => None,
    };
    if let Some(judged) = refused {
        // A lock ends this half-signed-in session: the next try starts again at the password.
        if judged.locks()
            && let Some(sid) = actor.session_id
        {
            sessions::revoke(&txn, user.id, sid, now).await?;
        }
        let detail = judged.detail("wrong_code", "failed_codes");
        ctpat_store::audit::append(
            &txn,
            audit::by(actor, now, "mfa.failed", Outcome::Failed).object("user", user.id).after(detail),
        )
        .await?;
        txn.commit().await?;
        return Err(if judged.locks() {
            Error::Unauthenticated
        } else {
            Error::field("code", totp::code_problem(totp))
        });
    };
    if let Some(sid) = actor.session_id {
        sessions::revoke(&txn, user.id, sid, now).await?;
    }
    let (token, session_id) = open_session(&txn, app, user.id, Stage::Full, &actor.meta, now).await?;
    let device = match super::devices::known(&txn, user.id, device).await? {
        Some(_) => None,
        None => Some(super::devices::remember(&txn, user.id, now).await?),
    };
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "login.ok", Outcome::Ok)
            .object("session", session_id)
            .after(json!({"stage": "full", "second_factor": method})),
    )
    .await?;
    txn.commit().await?;
    Ok(SecondFactorOk { token, device })
}

pub async fn logout(app: &App, actor: &Actor) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    if let Some(sid) = actor.session_id {
        sessions::revoke(&txn, actor.user.id, sid, now).await?;
    }
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "logout", Outcome::Ok).object("session", actor.session_id.unwrap_or_default()),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
