//! Wrong passwords and second-factor codes slow a person's account down. The first
//! `lock_after` failures in a row cost nothing; each one after that locks the account for
//! twice as long as the one before, from `lock_base` up to `lock_max`. A short first lock
//! means that someone who types another person's address a few times costs them a minute, not
//! a morning; a sustained guesser (also held back per client address) gets a few dozen tries
//! a day.
//!
//! Passwords and codes have their own counters and locks on the person's row. A correct
//! password clears only the password counter, so a guesser who knows the password cannot
//! reset the count of code guesses by signing in again. Re-authentication of someone already
//! signed in counts as a code: it is the second barrier. Wrong passwords from unknown browsers
//! lock only unknown browsers; a browser the person fully signed in with before counts its own
//! (`device_failure`), so a stranger who knows the address cannot lock its owner out. Every decision is made inside the transaction that
//! records it, with a conditional update: parallel attempts all count, and none is judged
//! against a lock state another attempt has already changed.

use crate::{App, Settings};
use chrono::{DateTime, Duration, Utc};
use ctpat_store::ConnectionTrait;
pub(crate) use ctpat_store::users::Attempt;

/// How a failed attempt was judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Counted; `locked_for` when this failure locked the account.
    Counted { failures: i32, locked_for: Option<Duration> },
    /// Refused unchecked: the account was locked already.
    Locked,
}

impl Failure {
    /// The reason recorded in the audit trail.
    pub fn reason(self, counted: &'static str) -> &'static str {
        match self {
            Failure::Counted { .. } => counted,
            Failure::Locked => "locked",
        }
    }

    /// What the audit trail records of the attempt: the reason (`counted` when it was judged),
    /// the failures in a row under `counter`, and the lock it set.
    pub fn detail(self, counted: &'static str, counter: &str) -> serde_json::Value {
        let mut d = serde_json::json!({"reason": self.reason(counted)});
        if let Failure::Counted { failures, locked_for } = self {
            d[counter] = serde_json::json!(failures);
            if let Some(l) = locked_for {
                d["locked_seconds"] = serde_json::json!(l.num_seconds());
            }
        }
        d
    }

    /// Whether the account is locked after this attempt.
    pub fn locks(self) -> bool {
        matches!(self, Failure::Locked | Failure::Counted { locked_for: Some(_), .. })
    }
}

/// The lock that the `failures`-th failure in a row sets, if any.
pub fn lock_delay(s: &Settings, failures: i32) -> Option<Duration> {
    if failures < s.lock_after {
        return None;
    }
    let doublings = (failures - s.lock_after).clamp(0, 16) as u32;
    Some((s.lock_base * 2i32.pow(doublings)).min(s.lock_max))
}

/// Record one failed attempt for `user_id` at `now`.
pub(crate) async fn failure<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    user_id: i64,
    attempt: Attempt,
    now: DateTime<Utc>,
) -> crate::Result<Failure> {
    let Some(failures) = ctpat_store::users::count_failure(conn, user_id, attempt, now).await? else {
        return Ok(Failure::Locked);
    };
    let locked_for = lock_delay(&app.settings, failures);
    if let Some(d) = locked_for {
        ctpat_store::users::lock(conn, user_id, attempt, now + d).await?;
        notify_lock(app, conn, user_id, attempt, d).await?;
    }
    Ok(Failure::Counted { failures, locked_for })
}

/// Tell the person their sign-in is paused: they know why it waits, and that someone may be
/// trying their password.
async fn notify_lock<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    user_id: i64,
    attempt: Attempt,
    d: Duration,
) -> crate::Result<()> {
    let Some(user) = ctpat_store::users::find(conn, user_id).await? else { return Ok(()) };
    let minutes = ((d.num_seconds() + 59) / 60).to_string();
    let what = match attempt {
        Attempt::Password => "password",
        Attempt::Code => "code",
    };
    crate::mail::enqueue(
        conn,
        app,
        &user.email,
        &super::lang_of(&user),
        crate::mail::MailKind::AccountLocked,
        &[("name", user.name.clone()), ("minutes", minutes), ("what", what.to_string())],
    )
    .await
}

/// Record a successful attempt of one kind: its counter goes back to zero. False when it is
/// locked, in which case the success must be refused (a lock is never lifted by guessing
/// right). A password from an unknown browser also waits for the second-factor lock.
pub(crate) async fn success<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    attempt: Attempt,
    now: DateTime<Utc>,
) -> crate::Result<bool> {
    let required: &[Attempt] = match attempt {
        Attempt::Password => &[Attempt::Password, Attempt::Code],
        Attempt::Code => &[Attempt::Code],
    };
    Ok(ctpat_store::users::clear_failures(conn, user_id, &[attempt], required, now).await?)
}

/// A wrong password given in a known device: counted on that device alone (see
/// `super::devices`), so that strangers' guesses never lock its owner out.
pub(crate) async fn device_failure<C: ConnectionTrait>(
    app: &App,
    conn: &C,
    device_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> crate::Result<Failure> {
    let Some(failures) = ctpat_store::devices::count_failure(conn, device_id, now).await? else {
        return Ok(Failure::Locked);
    };
    let locked_for = lock_delay(&app.settings, failures);
    if let Some(d) = locked_for {
        ctpat_store::devices::lock(conn, device_id, now + d).await?;
        notify_lock(app, conn, user_id, Attempt::Password, d).await?;
    }
    Ok(Failure::Counted { failures, locked_for })
}

/// The right password in a known device: false while the device's own lock or the person's
/// second-factor lock holds (wrong codes lock every browser).
pub(crate) async fn device_success<C: ConnectionTrait>(
    conn: &C,
    device_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> crate::Result<bool> {
    Ok(ctpat_store::users::codes_unlocked(conn, user_id, now).await?
        && ctpat_store::devices::clear(conn, device_id, now).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_doubles_after_the_free_attempts_up_to_its_ceiling() {
        let s = &Settings::default();
        assert_eq!(lock_delay(s, s.lock_after - 1), None);
        assert_eq!(lock_delay(s, s.lock_after), Some(s.lock_base));
        assert_eq!(lock_delay(s, s.lock_after + 1), Some(s.lock_base * 2));
        assert_eq!(lock_delay(s, s.lock_after + 2), Some(s.lock_base * 4));
        assert_eq!(lock_delay(s, s.lock_after + 40), Some(s.lock_max));
    }
}
