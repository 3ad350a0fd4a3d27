//! A person's own sessions: list them, end one, end all others.

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt};
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;
use ctpat_store::sessions::{self, SessionRow};

/// The person's live sessions, as the account page lists them.
pub async fn list(app: &App, actor: &Actor) -> Result<Vec<SessionView>> {
    Ok(sessions::list_live(app.db.conn(), actor.user.id, app.now()).await?.into_iter().map(SessionView::from).collect())
}

/// End one of the actor's sessions. Someone else's session id is "not found".
pub async fn end(app: &App, actor: &Actor, session_id: i64) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    if !sessions::revoke(&txn, actor.user.id, session_id, now).await? {
        return Err(Error::NotFound);
    }
    ctpat_store::audit::append(&txn, audit::by(actor, now, "session.ended", Outcome::Ok).object("session", session_id))
        .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn end_others(app: &App, actor: &Actor) -> Result<u64> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let n = sessions::revoke_all(&txn, actor.user.id, actor.session_id, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "session.ended_others", Outcome::Ok)
            .object("user", actor.user.id)
            .after(serde_json::json!({"sessions_ended": n})),
    )
    .await?;
    txn.commit().await?;
    Ok(n)
}

/// One of the person's live sessions (never its token).
#[derive(Debug, Clone, PartialEq)]
pub struct SessionView {
    pub id: i64,
    pub user_id: i64,
    /// `full`, `mfa` (password ok, second factor pending) or `enrol` (must enrol MFA first).
    pub stage: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub last_seen_at: chrono::DateTime<chrono::Utc>,
    pub expires_at: chrono::DateTime<chrono::Utc>,
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl From<SessionRow> for SessionView {
    fn from(m: SessionRow) -> Self {
        SessionView {
            id: m.id,
            user_id: m.user_id,
            stage: m.stage,
            created_at: m.created_at,
            last_seen_at: m.last_seen_at,
            expires_at: m.expires_at,
            revoked_at: m.revoked_at,
            ip: m.ip,
            user_agent: m.user_agent,
        }
    }
}
