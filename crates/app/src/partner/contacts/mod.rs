//! Contacts and account users: contacts are edited one at a
//! time, invitations add a login with a role, and an account never loses its last Officer.

use super::views::Contact;
use super::{Reach, reach};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::contacts::{self as rules, ContactFacts};
use ctpat_domain::partner::lifecycle::Status;
use ctpat_domain::text::PersonName;
use ctpat_domain::{AccountRole, Email, FieldError, Permission, Problem};
use ctpat_store::account_data::{self, ContactRow, NewContact};
use ctpat_store::{ConnectionTrait, accounts};
use serde_json::json;

mod invitations;
mod members;

pub use invitations::*;
pub use members::*;

/// The set-level problems of an account's contacts.
pub(crate) fn set_problems(entity: EntityType, rows: &[ContactRow]) -> Vec<FieldError> {
    let facts: Vec<ContactFacts> = rows
        .iter()
        .map(|c| ContactFacts {
            email: &c.email,
            role: c.role.as_deref().and_then(AccountRole::from_key),
            primary: c.is_primary,
            alternate: c.is_alternate,
        })
        .collect();
    rules::check(entity, &facts)
}

#[derive(Debug, Clone, Default)]
pub struct ContactInput {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub title: String,
    /// An account role key, or empty for a contact without a portal role.
    pub role: String,
    pub primary: bool,
    pub alternate: bool,
}

fn parse(input: &ContactInput) -> std::result::Result<NewContact, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = PersonName::parse(&input.name).map_err(|p| errors.push(p.on("name"))).ok();
    let email = Email::parse(&input.email).map_err(|p| errors.push(p.on("email"))).ok();
    let phone = {
        let t = input.phone.trim();
        let digits = t.chars().filter(char::is_ascii_digit).count();
        if t.is_empty() {
            None
        } else if (7..=15).contains(&digits) && t.chars().all(|c| c.is_ascii_digit() || " +-().x".contains(c)) {
            Some(t.to_string())
        } else {
            errors.push(Problem::new("err-phone").on("phone"));
            None
        }
    };
    let title = {
        let t = input.title.trim();
        if t.chars().count() > 100 {
            errors.push(Problem::new("err-too-long").with("max", 100).on("title"));
        }
        (!t.is_empty()).then(|| t.to_string())
    };
    let role = match input.role.trim() {
        "" => None,
        key => match AccountRole::from_key(key) {
            Some(r) => Some(r),
            None => {
                errors.push(Problem::new("err-choose-one").on("role"));
                None
            }
        },
    };
    if input.primary && role != Some(AccountRole::Officer) {
        errors.push(Problem::new("err-contacts-primary-officer").on("primary"));
    }
    if input.primary && input.alternate {
        errors.push(Problem::new("err-contact-primary-not-alternate").on("alternate"));
    }
    match (name, email) {
        (Some(n), Some(e)) if errors.is_empty() => Ok(NewContact {
            name: n.as_str().to_string(),
            email: e.as_str().to_string(),
            phone,
            title,
            role: role.map(|r| r.key().to_string()),
            is_primary: input.primary,
            is_alternate: input.alternate,
        }),
        _ => Err(errors),
    }
}

fn snapshot(c: &ContactRow) -> serde_json::Value {
    json!({"name": c.name, "email": c.email, "role": c.role, "primary": c.is_primary, "alternate": c.is_alternate})
}

/// Accounts whose contacts may still change (not ended).
fn editable(r: &Reach) -> Result<()> {
    if r.account.status.is_closed() { Err(Error::Refused(Problem::new("err-account-closed"))) } else { Ok(()) }
}

/// After the application, every change must leave a valid set of contacts.
fn enforce_set(r: &Reach, rows: &[ContactRow]) -> Result<()> {
    if r.account.status == Status::Draft {
        return Ok(());
    }
    let problems = set_problems(r.entity, rows);
    if problems.is_empty() { Ok(()) } else { Err(Error::Refused(problems[0].problem.clone())) }
}

async fn save<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    r: &Reach,
    existing: Option<&ContactRow>,
    input: &ContactInput,
) -> Result<ContactRow> {
    let c = parse(input).map_err(Error::Invalid)?;
    let now = app.now();
    // A contact's role is the role its invitation gives: once the account has an Officer, only
    // an Officer puts the Officer role on a contact or takes it off.
    // The Officer and primary contacts speak for the company (its mail, what partners see):
    // once it has an Officer, only an Officer names them, changes their address or takes the
    // designation off — the Admin preparing a first application names the first one.
    let officer = Some(AccountRole::Officer.key());
    let speaks = |role: Option<&str>, primary: bool| role == officer || primary;
    let was = existing.is_some_and(|e| speaks(e.role.as_deref(), e.is_primary));
    let will = speaks(c.role.as_deref(), c.is_primary);
    let changed = existing
        .is_none_or(|e| e.role != c.role || e.is_primary != c.is_primary || !e.email.eq_ignore_ascii_case(&c.email));
    if (was || will) && changed && !may_name_officer(txn, r, will.then_some(c.email.as_str())).await? {
        return Err(Error::field("role", Problem::new("err-officer-role-needs-officer")));
    }
    let rows = account_data::contacts(txn, r.account.id).await?;
    if rows.iter().any(|o| o.email == c.email && Some(o.id) != existing.map(|e| e.id)) {
        return Err(Error::field("email", Problem::new("err-contact-email-taken")));
    }
    // One primary contact: choosing a new one demotes the old.
    if c.is_primary {
        for other in rows.iter().filter(|o| o.is_primary && Some(o.id) != existing.map(|e| e.id)) {
            let demoted = NewContact {
                name: other.name.clone(),
                email: other.email.clone(),
                phone: other.phone.clone(),
                title: other.title.clone(),
                role: other.role.clone(),
                is_primary: false,
                is_alternate: other.is_alternate,
            };
            account_data::update_contact(txn, other, &demoted, now).await?;
        }
    }
    // An invitation sent for the contact as it was (address, role) no longer stands.
    if let Some(e) = existing
        && (e.role != c.role || !e.email.eq_ignore_ascii_case(&c.email))
    {
        account_data::end_invitations_of_contact(txn, e.id, now).await?;
    }
    let row = match existing {
        Some(e) => account_data::update_contact(txn, e, &c, now).await,
        None => account_data::insert_contact(txn, r.account.id, &c, now).await,
    }
    .map_err(|e| {
        if e.is_unique_on("contact") || e.is_unique_on("email") {
            Error::field("email", Problem::new("err-contact-email-taken"))
        } else {
            e.into()
        }
    })?;
    enforce_set(r, &account_data::contacts(txn, r.account.id).await?)?;
    let event = match existing {
        Some(e) => audit::by(actor, now, "contact.updated", Outcome::Ok).before(snapshot(e)),
        None => audit::by(actor, now, "contact.added", Outcome::Ok),
    };
    ctpat_store::audit::append(txn, for_account(event, r.account.id).object("contact", row.id).after(snapshot(&row)))
        .await?;
    Ok(row)
}

pub async fn add(app: &App, actor: &Actor, account_id: i64, input: &ContactInput) -> Result<Contact> {
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    r.require(Permission::ManageAccountUsers)?;
    editable(&r)?;
    let row = save(&txn, app, actor, &r, None, input).await?;
    txn.commit().await?;
    Ok(row.into())
}

pub async fn update(
    app: &App,
    actor: &Actor,
    account_id: i64,
    contact_id: i64,
    input: &ContactInput,
) -> Result<Contact> {
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    r.require(Permission::ManageAccountUsers)?;
    editable(&r)?;
    let existing = account_data::contacts(&txn, account_id)
        .await?
        .into_iter()
        .find(|c| c.id == contact_id)
        .ok_or(Error::NotFound)?;
    let row = save(&txn, app, actor, &r, Some(&existing), input).await?;
    txn.commit().await?;
    Ok(row.into())
}

pub async fn remove(app: &App, actor: &Actor, account_id: i64, contact_id: i64) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    r.require(Permission::ManageAccountUsers)?;
    editable(&r)?;
    let rows = account_data::contacts(&txn, account_id).await?;
    let existing = rows.iter().find(|c| c.id == contact_id).ok_or(Error::NotFound)?.clone();
    let speaks = existing.role.as_deref() == Some(AccountRole::Officer.key()) || existing.is_primary;
    if speaks && !may_name_officer(&txn, &r, None).await? {
        return Err(Error::Refused(Problem::new("err-officer-role-needs-officer")));
    }
    account_data::end_invitations_of_contact(&txn, contact_id, now).await?;
    account_data::delete_contact(&txn, account_id, contact_id).await?;
    enforce_set(&r, &account_data::contacts(&txn, account_id).await?)?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "contact.removed", Outcome::Ok), account_id)
            .object("contact", contact_id)
            .before(snapshot(&existing)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
