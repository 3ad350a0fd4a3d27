//! Who is asking. Authorization is carried in types: an operation that needs a permission
//! takes a `Can<P>`, which only `Actor::can` hands out after asking the permission matrix.

use crate::error::{Error, Result};
use ctpat_domain::{Permission, Role, StaffRole};
use std::marker::PhantomData;

/// The signed-in person as a request needs them: who, how they are addressed, their staff
/// role. Secrets (password hash, TOTP key) stay in the store; a use case that judges them
/// reads the person's row in its own transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub staff_role: Option<StaffRole>,
    pub locale: Option<String>,
    pub mfa_enabled: bool,
    /// The field office a staff member works in.
    pub field_office_id: Option<i64>,
}

impl Person {
    pub(crate) fn of(u: &ctpat_store::users::User) -> Person {
        Person {
            id: u.id,
            email: u.email.clone(),
            name: u.name.clone(),
            staff_role: u.staff_role.as_deref().and_then(StaffRole::from_key),
            locale: u.locale.clone(),
            mfa_enabled: u.totp_enabled_at.is_some(),
            field_office_id: u.field_office_id,
        }
    }
}

/// Facts about the HTTP request (or CLI call) that the audit trail records.
#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    pub request_id: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

impl RequestMeta {
    pub fn cli() -> RequestMeta {
        RequestMeta { request_id: Some(format!("cli-{}", std::process::id())), ..Default::default() }
    }
}

/// A signed-in person on one request.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: Person,
    pub session_id: Option<i64>,
    pub meta: RequestMeta,
}

impl Actor {
    /// The person named on the command line (`--as EMAIL`), for commands the operator runs
    /// on someone's authority; audited with the CLI's process as the request.
    pub async fn from_cli(app: &crate::App, email: &str) -> Result<Actor> {
        let user = ctpat_store::users::find_by_email(app.db.conn(), &email.trim().to_lowercase())
            .await?
            .filter(|u| u.disabled_at.is_none())
            .ok_or(Error::NotFound)?;
        Ok(Actor { user: Person::of(&user), session_id: None, meta: RequestMeta::cli() })
    }

    pub fn staff_role(&self) -> Option<StaffRole> {
        self.user.staff_role
    }

    /// The role key recorded in the audit trail for program-wide actions.
    pub fn role_key(&self) -> Option<&'static str> {
        self.staff_role().map(|r| Role::Staff(r).key())
    }

    /// Program-wide permission (staff roles). Account roles are checked per account.
    pub fn has(&self, permission: Permission) -> bool {
        self.staff_role().is_some_and(|r| permission.granted_to(Role::Staff(r)))
    }

    pub fn can<P: Perm>(&self) -> Result<Can<'_, P>> {
        if self.has(P::PERMISSION) { Ok(Can { actor: self, _p: PhantomData }) } else { Err(Error::Forbidden) }
    }
}

/// A permission as a type, so that signatures can demand proof of it.
pub trait Perm {
    const PERMISSION: Permission;
}

pub struct ManageStaff;
impl Perm for ManageStaff {
    const PERMISSION: Permission = Permission::ManageStaffUsers;
}

pub struct ManageOffices;
impl Perm for ManageOffices {
    const PERMISSION: Permission = Permission::ManageFieldOffices;
}

pub struct PlaceAccounts;
impl Perm for PlaceAccounts {
    const PERMISSION: Permission = Permission::PlaceAccountsInOffices;
}

pub struct CurateLibrary;
impl Perm for CurateLibrary {
    const PERMISSION: Permission = Permission::CurateLibrary;
}

pub struct ImportLegacy;
impl Perm for ImportLegacy {
    const PERMISSION: Permission = Permission::ImportLegacyRecords;
}

pub struct ReadAudit;
impl Perm for ReadAudit {
    const PERMISSION: Permission = Permission::ReadAuditTrail;
}

/// Proof that `actor` holds `P`.
pub struct Can<'a, P: Perm> {
    pub actor: &'a Actor,
    _p: PhantomData<P>,
}
