//! Partner accounts: reaching an account (tenant scope), the application wizard, contacts and
//! users, and lifecycle commands.

pub mod application;
pub mod bond;
pub mod company_changes;
pub mod compliance;
pub mod contacts;
pub mod declarations;
pub mod groups;
pub mod lifecycle;
pub mod notices;
pub mod overview;
pub mod people;
pub mod program;
pub mod reminders;
pub mod reports;
pub mod statements;
pub mod today;
pub mod views;

use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use ctpat_domain::partner::Account;
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::{AccountRole, Permission, StaffRole};
use ctpat_store::accounts::{self, Scope};

/// How the actor reaches an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// A member of the account, with their role on it.
    Member(AccountRole),
    /// Program staff, seeing the partner's pages read-only plus staff panels.
    Staff(StaffRole),
}

/// An account the actor may see, and how.
#[derive(Debug, Clone)]
pub struct Reach {
    pub account: Account,
    pub standing: Standing,
    pub entity: EntityType,
}

impl Reach {
    pub fn role(&self) -> Option<AccountRole> {
        match self.standing {
            Standing::Member(r) => Some(r),
            Standing::Staff(_) => None,
        }
    }

    /// Whether the actor holds `p` on this account (members by their account role).
    pub fn can(&self, p: Permission) -> bool {
        match self.standing {
            Standing::Member(r) => p.granted_to(ctpat_domain::Role::Account(r)),
            Standing::Staff(r) => p.granted_to(ctpat_domain::Role::Staff(r)),
        }
    }

    pub fn is_staff(&self) -> bool {
        matches!(self.standing, Standing::Staff(_))
    }

    pub fn require(&self, p: Permission) -> Result<()> {
        if self.can(p) { Ok(()) } else { Err(Error::Forbidden) }
    }
}

/// The scope of program staff: an SCSS works the accounts assigned to them in their office, a
/// Supervisor their field office's (one without an office: the accounts not placed yet), HQ the program.
pub(crate) fn staff_scope(actor: &Actor) -> Option<Scope> {
    match actor.staff_role()? {
        StaffRole::Scss => Some(Scope::Assigned(actor.user.id, actor.user.field_office_id)),
        StaffRole::Supervisor => Some(Scope::Office(actor.user.field_office_id)),
        StaffRole::Hq => Some(Scope::Program),
        StaffRole::Admin => None,
    }
}

/// The staff scope, narrowed for HQ to one field office when asked (`Some(None)`: accounts
/// placed in none); everyone else's scope is one office or their assignments already.
pub(crate) fn narrowed(actor: &Actor, office: Option<Option<i64>>) -> Option<Scope> {
    match (staff_scope(actor)?, office) {
        (Scope::Program, Some(o)) => Some(Scope::Office(o)),
        (s, _) => Some(s),
    }
}

/// Resolve an account for the actor. Not a member and not staff who may see it: not found.
pub(crate) async fn reach<C: ctpat_store::ConnectionTrait>(conn: &C, actor: &Actor, account_id: i64) -> Result<Reach> {
    if let Some(role) = accounts::member_role(conn, account_id, actor.user.id).await? {
        let account = accounts::find(conn, Scope::Member(actor.user.id), account_id).await?.ok_or(Error::NotFound)?;
        let role = AccountRole::from_key(&role).ok_or_else(|| Error::Internal(format!("bad role {role}")))?;
        let entity = account.entity_type;
        return Ok(Reach { account, standing: Standing::Member(role), entity });
    }
    let (Some(scope), Some(staff)) = (staff_scope(actor), actor.staff_role()) else { return Err(Error::NotFound) };
    let account = accounts::find(conn, scope, account_id).await?.ok_or(Error::NotFound)?;
    // Staff never see an application before it is submitted.
    if account.status == Status::Draft {
        return Err(Error::NotFound);
    }
    let entity = account.entity_type;
    Ok(Reach { account, standing: Standing::Staff(staff), entity })
}

pub async fn reach_app(app: &App, actor: &Actor, account_id: i64) -> Result<Reach> {
    reach(app.db.conn(), actor, account_id).await
}

/// The accounts of the signed-in person, with their role, for the switcher and home page.
pub async fn my_accounts(app: &App, actor: &Actor) -> Result<Vec<(Account, AccountRole, Option<String>)>> {
    let rows = accounts::of_member(app.db.conn(), actor.user.id).await?;
    let mut out = Vec::with_capacity(rows.len());
    let mut names: std::collections::HashMap<i64, String> = Default::default();
    for (a, role) in rows {
        let org_name = match a.organization_id {
            Some(id) => match names.get(&id) {
                Some(n) => Some(n.clone()),
                None => {
                    let n = ctpat_store::orgs::org(app.db.conn(), id).await?.map(|o| o.name);
                    if let Some(n) = &n {
                        names.insert(id, n.clone());
                    }
                    n
                }
            },
            None => None,
        };
        if let Some(r) = AccountRole::from_key(&role) {
            out.push((a, r, org_name));
        }
    }
    Ok(out)
}
