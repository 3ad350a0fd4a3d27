//! Enrolling in the TOTP second factor, turning it off, and recovery codes (stored hashed).

use super::Stage;
use super::throttle::Attempt;
use super::totp::{CodeCheck, accept_code, code_problem, recovery_hash, totp};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use ctpat_domain::Problem;
use ctpat_domain::audit::Outcome;
use ctpat_store::{sessions, users};
use rand::RngExt;

const RECOVERY_CODES: usize = 10;

/// What the enrolment page shows: the key to type, and the `otpauth://` link for QR/apps.
pub struct Enrolment {
    pub secret_base32: String,
    pub otpauth_url: String,
}

fn enrolment_of(secret_hex: &str, account: &str) -> Option<Enrolment> {
    let url = totp(secret_hex, account)?.to_url().ok()?;
    let secret = url.split(['?', '&']).find_map(|p| p.strip_prefix("secret="))?.to_string();
    Some(Enrolment { secret_base32: secret, otpauth_url: url })
}

/// Start enrolment, after the password: a new pending secret (replacing any earlier one) that
/// a code must confirm. Nothing is created by opening a page, and a stolen session alone can
/// neither read nor replace the key.
pub async fn begin_enrolment(app: &App, actor: &Actor, password: &str) -> Result<Enrolment> {
    let user = users::find(app.db.conn(), actor.user.id).await?.ok_or(Error::NotFound)?;
    if user.totp_enabled_at.is_some() {
        return Err(Error::Refused(Problem::new("err-mfa-already-enrolled")));
    }
    super::reauth::confirm_password(app, actor, password, "password").await.map_err(|e| Error::Invalid(vec![e]))?;
    let mut bytes = [0u8; 20];
    rand::rng().fill(&mut bytes);
    let secret = hex::encode(bytes);
    let now = app.now();
    let txn = app.db.begin().await?;
    let sealed = app.seal(&secret)?;
    users::begin_totp(&txn, &user, sealed, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "mfa.enrolment_started", Outcome::Ok).object("user", user.id),
    )
    .await?;
    txn.commit().await?;
    enrolment_of(&secret, &user.email).ok_or_else(|| Error::Internal("bad TOTP secret".into()))
}

/// Whether an enrolment was started and waits for its code.
pub async fn enrolment_pending(app: &App, actor: &Actor) -> Result<bool> {
    let user = users::find(app.db.conn(), actor.user.id).await?.ok_or(Error::NotFound)?;
    Ok(user.totp_secret.is_some() && user.totp_enabled_at.is_none())
}

/// Confirm enrolment with a code from the app. Returns the recovery codes (shown once) and,
/// when the session was waiting for enrolment, a new session token for the full session.
pub async fn confirm_enrolment(app: &App, actor: &Actor, code: &str) -> Result<(Vec<String>, Option<String>)> {
    let user = users::find(app.db.conn(), actor.user.id).await?.ok_or(Error::NotFound)?;
    if user.totp_secret.is_none() || user.totp_enabled_at.is_some() {
        return Err(Error::Refused(Problem::new("err-mfa-no-pending")));
    }
    let now = app.now();
    // Codes guessed here count toward the lock like any other: a stolen session with an
    // unfinished enrolment cannot try codes without end.
    let check = accept_code(app, app.db.conn(), &user, code, now).await?;
    if check != CodeCheck::Accepted || !super::throttle::success(app.db.conn(), user.id, Attempt::Code, now).await? {
        let txn = app.db.begin().await?;
        let judged = match check {
            CodeCheck::Accepted => super::throttle::Failure::Locked,
            _ => super::throttle::failure(app, &txn, user.id, Attempt::Code, now).await?,
        };
        ctpat_store::audit::append(
            &txn,
            audit::by(actor, now, "mfa.enrolment_failed", Outcome::Failed)
                .object("user", user.id)
                .after(judged.detail("wrong_code", "failed_codes")),
        )
        .await?;
        txn.commit().await?;
        return Err(Error::field(
            "code",
            if judged.locks() { Problem::new("err-reauth-locked") } else { code_problem(check) },
        ));
    }
    let codes: Vec<String> = (0..RECOVERY_CODES)
        .map(|_| {
            let c = crate::secret::random_code(10);
            format!("{}-{}", &c[..5], &c[5..])
        })
        .collect();
    let hashes: Vec<String> = codes.iter().map(|c| recovery_hash(c)).collect();
    let txn = app.db.begin().await?;
    users::enable_totp(&txn, &user, now).await?;
    users::replace_recovery_codes(&txn, user.id, &hashes).await?;
    let mut new_token = None;
    let mut keep = actor.session_id;
    if let Some(sid) = actor.session_id
        && let Some(s) = sessions::list_live(&txn, user.id, now).await?.into_iter().find(|s| s.id == sid)
        && s.stage == Stage::Enrol.key()
    {
        sessions::revoke(&txn, user.id, sid, now).await?;
        let (token, id) = super::open_session(&txn, app, user.id, Stage::Full, &actor.meta, now).await?;
        new_token = Some(token);
        keep = Some(id);
    }
    // Sessions opened before the second factor existed end: from now on every session has
    // passed it.
    let ended = sessions::revoke_all(&txn, user.id, keep, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "mfa.enrolled", Outcome::Ok)
            .object("user", user.id)
            .after(serde_json::json!({"method": "totp", "recovery_codes": RECOVERY_CODES, "sessions_ended": ended})),
    )
    .await?;
    txn.commit().await?;
    Ok((codes, new_token))
}

/// Turn MFA off (password re-entered, counted like a login). Refused for staff where the deployment requires MFA.
pub async fn disable(app: &App, actor: &Actor, password: &str) -> Result<()> {
    let user = users::find(app.db.conn(), actor.user.id).await?.ok_or(Error::NotFound)?;
    if user.staff_role.is_some() && app.settings.require_staff_mfa {
        return Err(Error::Refused(Problem::new("err-mfa-required-for-staff")));
    }
    super::reauth::confirm_password(app, actor, password, "password").await.map_err(|e| Error::Invalid(vec![e]))?;
    let now = app.now();
    let txn = app.db.begin().await?;
    users::disable_totp(&txn, &user, now).await?;
    users::replace_recovery_codes(&txn, user.id, &[]).await?;
    // Whoever else is signed in as this person loses the session along with the factor.
    let ended = sessions::revoke_all(&txn, user.id, actor.session_id, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "mfa.disabled", Outcome::Ok)
            .object("user", user.id)
            .after(serde_json::json!({"sessions_ended": ended})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Where the person stands with the second factor, read fresh (the session's copy may
/// predate an MFA change), and what they may do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MfaStatus {
    pub enabled: bool,
    /// An enrolment was started and waits for its code.
    pub pending: bool,
    /// Staff where the deployment requires MFA may not turn it off.
    pub can_disable: bool,
    pub recovery_codes_left: u64,
}

pub async fn status(app: &App, actor: &Actor) -> Result<MfaStatus> {
    let conn = app.db.conn();
    let user = users::find(conn, actor.user.id).await?.ok_or(Error::NotFound)?;
    let enabled = user.totp_enabled_at.is_some();
    Ok(MfaStatus {
        enabled,
        pending: !enabled && user.totp_secret.is_some(),
        can_disable: !(user.staff_role.is_some() && app.settings.require_staff_mfa),
        recovery_codes_left: if enabled { users::unused_recovery_codes(conn, user.id).await? } else { 0 },
    })
}
