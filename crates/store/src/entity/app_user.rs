use sea_orm::entity::prelude::*;

/// A person who can log in: a partner user or program staff (`staff_role` set).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "app_user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// PHC string of an argon2id hash; `None` until an invited user sets a password.
    pub password_hash: Option<String>,
    pub email_verified_at: Option<DateTimeUtc>,
    pub staff_role: Option<String>,
    pub locale: Option<String>,
    /// The field office a staff member works in (none for HQ and system admins).
    pub field_office_id: Option<i64>,
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<DateTimeUtc>,
    /// The last TOTP time step accepted: a code is good once.
    pub totp_last_step: Option<i64>,
    /// Consecutive wrong passwords, and consecutive wrong second-factor codes: each feeds
    /// the lock; a correct password clears only its own.
    pub failed_logins: i32,
    pub failed_codes: i32,
    /// Sign-in from unknown browsers is locked until then (wrong passwords).
    pub locked_until: Option<DateTimeUtc>,
    /// Every sign-in and re-authentication is locked until then (wrong codes, or wrong
    /// passwords of someone already signed in).
    pub codes_locked_until: Option<DateTimeUtc>,
    pub disabled_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
