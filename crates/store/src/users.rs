//! People who log in, and their MFA recovery codes.

use crate::entity::app_user::{self, Entity as AppUser};
use crate::entity::recovery_code::{self, Entity as RecoveryCode};
use crate::error::{Result, StoreError};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr, ExprTrait};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

pub use app_user::Model as User;

pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: Option<String>,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub staff_role: Option<&'a str>,
    pub now: DateTime<Utc>,
}

/// Insert a person; a taken e-mail is `StoreError::Unique`.
pub async fn insert<C: ConnectionTrait>(conn: &C, u: NewUser<'_>) -> Result<User> {
    app_user::ActiveModel {
        email: Set(u.email.to_string()),
        name: Set(u.name.to_string()),
        password_hash: Set(u.password_hash),
        email_verified_at: Set(u.email_verified_at),
        staff_role: Set(u.staff_role.map(str::to_string)),
        locale: Set(None),
        field_office_id: Set(None),
        totp_secret: Set(None),
        totp_enabled_at: Set(None),
        failed_logins: Set(0),
        failed_codes: Set(0),
        locked_until: Set(None),
        disabled_at: Set(None),
        created_at: Set(u.now),
        updated_at: Set(u.now),
        version: Set(0),
        ..Default::default()
    }
    .insert(conn)
    .await
    .map_err(StoreError::from_db)
}

pub async fn find<C: ConnectionTrait>(conn: &C, id: i64) -> Result<Option<User>> {
    Ok(AppUser::find_by_id(id).one(conn).await?)
}

pub async fn find_by_email<C: ConnectionTrait>(conn: &C, email: &str) -> Result<Option<User>> {
    Ok(AppUser::find().filter(app_user::Column::Email.eq(email)).one(conn).await?)
}

/// The language each person among `emails` (lower-case, as stored) chose, for those with a
/// login who chose one.
pub async fn locales_by_email<C: ConnectionTrait>(
    conn: &C,
    emails: &[String],
) -> Result<std::collections::HashMap<String, String>> {
    let mut out = std::collections::HashMap::new();
    for chunk in emails.chunks(500) {
        let rows = AppUser::find()
            .filter(app_user::Column::Email.is_in(chunk.iter().cloned()))
            .filter(app_user::Column::Locale.is_not_null())
            .all(conn)
            .await?;
        out.extend(rows.into_iter().filter_map(|u| Some((u.email, u.locale?))));
    }
    Ok(out)
}

pub async fn list_staff<C: ConnectionTrait>(conn: &C) -> Result<Vec<User>> {
    Ok(AppUser::find()
        .filter(app_user::Column::StaffRole.is_not_null())
        .order_by_asc(app_user::Column::Name)
        .all(conn)
        .await?)
}

/// Apply `change` to the user's row and bump its version.
async fn update<C: ConnectionTrait>(
    conn: &C,
    user: &User,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut app_user::ActiveModel),
) -> Result<User> {
    let mut am: app_user::ActiveModel = user.clone().into();
    change(&mut am);
    am.updated_at = Set(now);
    am.version = Set(user.version + 1);
    am.update(conn).await.map_err(StoreError::from_db)
}

/// A new TOTP secret (sealed) waits for its first code.
pub async fn begin_totp<C: ConnectionTrait>(conn: &C, user: &User, sealed: String, now: DateTime<Utc>) -> Result<User> {
    update(conn, user, now, |u| u.totp_secret = Set(Some(sealed))).await
}

/// The pending secret's first code was right: the second factor is on.
pub async fn enable_totp<C: ConnectionTrait>(conn: &C, user: &User, now: DateTime<Utc>) -> Result<User> {
    update(conn, user, now, |u| u.totp_enabled_at = Set(Some(now))).await
}

/// The second factor is off and its secret gone.
pub async fn disable_totp<C: ConnectionTrait>(conn: &C, user: &User, now: DateTime<Utc>) -> Result<User> {
    update(conn, user, now, |u| {
        u.totp_secret = Set(None);
        u.totp_enabled_at = Set(None);
    })
    .await
}

/// The language the person reads the portal and its e-mails in.
pub async fn set_locale<C: ConnectionTrait>(conn: &C, user: &User, locale: &str, now: DateTime<Utc>) -> Result<User> {
    update(conn, user, now, |u| u.locale = Set(Some(locale.to_string()))).await
}

/// The person proved they read their mailbox.
pub async fn mark_email_verified<C: ConnectionTrait>(conn: &C, user: &User, now: DateTime<Utc>) -> Result<User> {
    update(conn, user, now, |u| u.email_verified_at = Set(Some(now))).await
}

/// A new password (its PHC hash), changed by the signed-in person.
pub async fn set_password<C: ConnectionTrait>(conn: &C, user: &User, phc: String, now: DateTime<Utc>) -> Result<User> {
    update(conn, user, now, |u| u.password_hash = Set(Some(phc))).await
}

/// A password set through an e-mailed link (a reset or an invitation): the link proves the
/// mailbox, so the address is verified and the lock of wrong passwords ends (a lock earned by
/// wrong codes stays until it expires).
pub async fn set_password_by_link<C: ConnectionTrait>(
    conn: &C,
    user: &User,
    phc: String,
    now: DateTime<Utc>,
) -> Result<User> {
    update(conn, user, now, |u| {
        u.password_hash = Set(Some(phc));
        u.failed_logins = Set(0);
        u.locked_until = Set(None);
        if user.email_verified_at.is_none() {
            u.email_verified_at = Set(Some(now));
        }
    })
    .await
}

/// Lock the person's row until the transaction ends (PostgreSQL `FOR UPDATE`; SQLite write
/// transactions are serialised already): requests for the same person queue behind it.
pub async fn lock_row<C: ConnectionTrait>(conn: &C, id: i64) -> Result<()> {
    use sea_orm::QuerySelect;
    let mut q = AppUser::find_by_id(id);
    if conn.get_database_backend() == sea_orm::DbBackend::Postgres {
        q = q.lock_exclusive();
    }
    q.one(conn).await?;
    Ok(())
}

/// Replace the stored password hash (same password, new parameters).
pub async fn set_password_hash<C: ConnectionTrait>(conn: &C, id: i64, phc: &str, now: DateTime<Utc>) -> Result<()> {
    AppUser::update_many()
        .col_expr(app_user::Column::PasswordHash, Expr::value(Some(phc.to_string())))
        .col_expr(app_user::Column::UpdatedAt, Expr::value(now))
        .filter(app_user::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// What a failed attempt was: a password given to sign in, or a second factor (a code, or the
/// password of someone already signed in confirming it is them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Password,
    Code,
}

impl Attempt {
    fn counter(self) -> app_user::Column {
        match self {
            Attempt::Password => app_user::Column::FailedLogins,
            Attempt::Code => app_user::Column::FailedCodes,
        }
    }

    fn lock(self) -> app_user::Column {
        match self {
            Attempt::Password => app_user::Column::LockedUntil,
            Attempt::Code => app_user::Column::CodesLockedUntil,
        }
    }
}

fn unlocked(lock: app_user::Column, now: DateTime<Utc>) -> Condition {
    Condition::any().add(lock.is_null()).add(lock.lte(now))
}

/// Count one failed attempt, unless its kind is locked at `now`: the new count, or `None`
/// when the lock refused the attempt. One conditional update, so parallel attempts all count
/// and none is judged against a lock state another has already changed.
pub async fn count_failure<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    attempt: Attempt,
    now: DateTime<Utc>,
) -> Result<Option<i32>> {
    let col = attempt.counter();
    let res = AppUser::update_many()
        .col_expr(col, Expr::col(col).add(1))
        .filter(app_user::Column::Id.eq(id))
        .filter(unlocked(attempt.lock(), now))
        .exec(conn)
        .await?;
    if res.rows_affected == 0 {
        return Ok(None);
    }
    let Some(user) = AppUser::find_by_id(id).one(conn).await? else { return Ok(None) };
    Ok(Some(match attempt {
        Attempt::Password => user.failed_logins,
        Attempt::Code => user.failed_codes,
    }))
}

/// Lock attempts of this kind until `until`.
pub async fn lock<C: ConnectionTrait>(conn: &C, id: i64, attempt: Attempt, until: DateTime<Utc>) -> Result<()> {
    AppUser::update_many()
        .col_expr(attempt.lock(), Expr::value(Some(until)))
        .filter(app_user::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// After a successful attempt, clear the counters and expired locks of `attempts`; false
/// (nothing changed) while a lock of `required` holds at `now`, so a success cannot lift a lock.
pub async fn clear_failures<C: ConnectionTrait>(
    conn: &C,
    id: i64,
    attempts: &[Attempt],
    required: &[Attempt],
    now: DateTime<Utc>,
) -> Result<bool> {
    let mut q = AppUser::update_many().filter(app_user::Column::Id.eq(id));
    for r in required {
        q = q.filter(unlocked(r.lock(), now));
    }
    for a in attempts {
        q = q.col_expr(a.counter(), Expr::value(0)).col_expr(a.lock(), Expr::value(Option::<DateTime<Utc>>::None));
    }
    if attempts.is_empty() {
        // Nothing to clear: only whether the person is unlocked.
        q = q.col_expr(app_user::Column::Id, Expr::col(app_user::Column::Id));
    }
    Ok(q.exec(conn).await?.rows_affected > 0)
}

/// Whether the second-factor lock is off at `now` (sign-in from a known device still needs it).
pub async fn codes_unlocked<C: ConnectionTrait>(conn: &C, id: i64, now: DateTime<Utc>) -> Result<bool> {
    use sea_orm::PaginatorTrait;
    Ok(AppUser::find()
        .filter(app_user::Column::Id.eq(id))
        .filter(unlocked(Attempt::Code.lock(), now))
        .count(conn)
        .await?
        > 0)
}

/// Replace a user's recovery codes with new hashes.
pub async fn replace_recovery_codes<C: ConnectionTrait>(conn: &C, user_id: i64, hashes: &[String]) -> Result<()> {
    RecoveryCode::delete_many().filter(recovery_code::Column::UserId.eq(user_id)).exec(conn).await?;
    if hashes.is_empty() {
        return Ok(());
    }
    RecoveryCode::insert_many(hashes.iter().map(|h| recovery_code::ActiveModel {
        user_id: Set(user_id),
        code_hash: Set(h.clone()),
        used_at: Set(None),
        ..Default::default()
    }))
    .exec(conn)
    .await?;
    Ok(())
}

/// Whether an unused recovery code has this hash.
pub async fn has_recovery_code<C: ConnectionTrait>(conn: &C, user_id: i64, hash: &str) -> Result<bool> {
    use sea_orm::PaginatorTrait;
    Ok(RecoveryCode::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::CodeHash.eq(hash))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(conn)
        .await?
        > 0)
}

/// Spend one unused recovery code; false when none matches.
pub async fn use_recovery_code<C: ConnectionTrait>(
    conn: &C,
    user_id: i64,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let res = RecoveryCode::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(Some(now)))
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::CodeHash.eq(hash))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Accept TOTP step `step` for the user unless it (or a later one) was accepted before; true when
/// it was claimed now. One conditional update, so two requests with the same code never both win.
pub async fn claim_totp_step<C: ConnectionTrait>(conn: &C, user_id: i64, step: i64) -> Result<bool> {
    let res = AppUser::update_many()
        .col_expr(app_user::Column::TotpLastStep, Expr::value(Some(step)))
        .filter(app_user::Column::Id.eq(user_id))
        .filter(
            Condition::any().add(app_user::Column::TotpLastStep.is_null()).add(app_user::Column::TotpLastStep.lt(step)),
        )
        .exec(conn)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Stored TOTP secrets, all or only those not starting with `unless_prefix`: (user id, value).
pub async fn totp_secrets<C: ConnectionTrait>(conn: &C, unless_prefix: Option<&str>) -> Result<Vec<(i64, String)>> {
    let mut q = AppUser::find().filter(app_user::Column::TotpSecret.is_not_null());
    if let Some(p) = unless_prefix {
        q = q.filter(app_user::Column::TotpSecret.not_like(format!("{p}%")));
    }
    Ok(q.all(conn).await?.into_iter().filter_map(|u| u.totp_secret.map(|s| (u.id, s))).collect())
}

/// Replace a stored TOTP secret (only if it is still `old`, so a concurrent change wins).
pub async fn reseal_totp<C: ConnectionTrait>(conn: &C, id: i64, old: &str, sealed: &str) -> Result<bool> {
    let res = AppUser::update_many()
        .col_expr(app_user::Column::TotpSecret, Expr::value(Some(sealed.to_string())))
        .filter(app_user::Column::Id.eq(id))
        .filter(app_user::Column::TotpSecret.eq(old))
        .exec(conn)
        .await?;
    Ok(res.rows_affected > 0)
}

pub async fn unused_recovery_codes<C: ConnectionTrait>(conn: &C, user_id: i64) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(RecoveryCode::find()
        .filter(recovery_code::Column::UserId.eq(user_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(conn)
        .await?)
}

pub async fn by_ids<C: ConnectionTrait>(conn: &C, ids: &[i64]) -> Result<Vec<User>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(AppUser::find().filter(app_user::Column::Id.is_in(ids.to_vec())).all(conn).await?)
}
