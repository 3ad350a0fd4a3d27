//! Accounts of people: sign-up, e-mail verification, login with throttling, TOTP, sessions,
//! password reset and change. Every change and security event is audited in its transaction.

pub mod devices;
pub mod login;
pub mod mfa;
pub mod password;
pub mod reauth;
pub mod sessions;
pub mod signup;
pub mod throttle;
pub mod totp;

use crate::App;
use crate::actor::RequestMeta;
use chrono::{DateTime, Utc};
use ctpat_store::ConnectionTrait;

/// How far a session has got through login.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Signed in.
    Full,
    /// Password accepted; the second factor is still due.
    Mfa,
    /// Password accepted; this person must enrol in MFA before anything else.
    Enrol,
}

impl Stage {
    pub fn key(self) -> &'static str {
        match self {
            Stage::Full => "full",
            Stage::Mfa => "mfa",
            Stage::Enrol => "enrol",
        }
    }

    pub fn from_key(s: &str) -> Option<Stage> {
        [Stage::Full, Stage::Mfa, Stage::Enrol].into_iter().find(|st| st.key() == s)
    }
}

/// Open a new session (a fresh token — sessions are never reused across a login step).
/// Returns the cookie token; only its hash is stored.
pub(crate) async fn open_session<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    user_id: i64,
    stage: Stage,
    meta: &RequestMeta,
    now: DateTime<Utc>,
) -> crate::Result<(String, i64)> {
    let (token, hash) = crate::secret::new_token();
    let row = ctpat_store::sessions::insert(
        conn,
        ctpat_store::sessions::NewSession {
            token_hash: &hash,
            user_id,
            stage: stage.key(),
            now,
            expires_at: now + app.settings.session_absolute,
            ip: meta.ip.clone(),
            user_agent: meta.user_agent.as_ref().map(|s| s.chars().take(300).collect()),
        },
    )
    .await?;
    Ok((token, row.id))
}

/// The language to write to this person in.
pub(crate) fn lang_of(user: &ctpat_store::users::User) -> crate::i18n::Lang {
    crate::i18n::Lang::negotiate(user.locale.as_deref(), None, None)
}

/// The language an actor chose (English when they chose none).
pub(crate) fn lang_of_person(p: &crate::actor::Person) -> crate::i18n::Lang {
    crate::i18n::Lang::negotiate(p.locale.as_deref(), None, None)
}

/// The person with this e-mail as an actor outside any session (the command line, scripted
/// set-up): they act with their own rights, no more.
pub async fn actor_by_email(app: &App, email: &str, meta: RequestMeta) -> crate::Result<crate::Actor> {
    let user = ctpat_store::users::find_by_email(app.db.conn(), email).await?.ok_or(crate::Error::NotFound)?;
    Ok(crate::Actor { user: crate::actor::Person::of(&user), session_id: None, meta })
}
