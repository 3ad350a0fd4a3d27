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

/// Invite a contact to log in with their contact role (single use, expiring link).
pub async fn invite(app: &App, actor: &Actor, account_id: i64, contact_id: i64) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    r.require(Permission::ManageAccountUsers)?;
    editable(&r)?;
    let contact = account_data::contacts(&txn, account_id)
        .await?
        .into_iter()
        .find(|c| c.id == contact_id)
        .ok_or(Error::NotFound)?;
    let Some(role) = contact.role.clone() else {
        return Err(Error::Refused(Problem::new("err-invite-needs-role")));
    };
    // An invitation gives its role when accepted: the Officer role comes from an Officer,
    // except for the company's first one, or one of its Officers already, whom the Admin
    // preparing an application invites to sign.
    if role == AccountRole::Officer.key() && !may_name_officer(&txn, &r, Some(&contact.email)).await? {
        return Err(Error::Refused(Problem::new("err-officer-role-needs-officer")));
    }
    if contact.user_id.is_some() {
        return Err(Error::Refused(Problem::new("err-already-a-user")));
    }
    let (token, hash) = crate::secret::new_token();
    account_data::insert_invitation(
        &txn,
        account_data::NewInvitation {
            account_id,
            contact_id: Some(contact.id),
            email: &contact.email,
            role: &role,
            token_hash: &hash,
            invited_by: actor.user.id,
            now,
            expires_at: now + app.settings.account_invite_ttl,
        },
    )
    .await?;
    let org = match r.account.organization_id {
        Some(id) => ctpat_store::orgs::org(&txn, id).await?.map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    };
    let link = format!("{}/join?token={token}", app.settings.public_url);
    crate::mail::enqueue_by(
        &txn,
        app,
        actor,
        &contact.email,
        &crate::i18n::Lang::default(),
        crate::mail::MailKind::AccountInvitation,
        &[
            ("name", contact.name.clone()),
            ("inviter", actor.user.name.clone()),
            ("organization", org),
            // The role's name, as the portal shows it ("Account admin", not `admin`).
            (
                "role",
                AccountRole::from_key(&role)
                    .map(|r| crate::i18n::Lang::default().t(&format!("role-{}", ctpat_domain::Role::Account(r).key())))
                    .unwrap_or_else(|| role.clone()),
            ),
            ("link", link),
            ("days", app.settings.account_invite_ttl.num_days().to_string()),
        ],
    )
    .await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "account.user_invited", Outcome::Ok), account_id)
            .object("contact", contact.id)
            .after(json!({"email": contact.email, "role": role})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// What an invitation link offers, for the page that accepts it.
pub struct Offer {
    pub account_id: i64,
    pub email: String,
    pub role: String,
    pub organization: Option<String>,
}

pub async fn offer(app: &App, token: &str) -> Result<Option<Offer>> {
    let Some(inv) = account_data::live_invitation(app.db.conn(), &crate::secret::token_hash(token), app.now()).await?
    else {
        return Ok(None);
    };
    let account =
        accounts::find(app.db.conn(), accounts::Scope::Program, inv.account_id).await?.ok_or(Error::NotFound)?;
    let organization = match account.organization_id {
        Some(id) => ctpat_store::orgs::org(app.db.conn(), id).await?.map(|o| o.name),
        None => None,
    };
    Ok(Some(Offer { account_id: inv.account_id, email: inv.email, role: inv.role, organization }))
}

/// Accept an invitation as the signed-in person: they join the account with the role.
pub async fn accept(app: &App, actor: &Actor, token: &str) -> Result<i64> {
    // Program staff review partners; they never become one of a company's people.
    if actor.staff_role().is_some() {
        return Err(Error::Refused(Problem::new("err-staff-cannot-join")));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    let Some(inv) = account_data::live_invitation(&txn, &crate::secret::token_hash(token), now).await? else {
        return Err(Error::Refused(Problem::new("err-link-invalid")));
    };
    if !inv.email.eq_ignore_ascii_case(&actor.user.email) {
        return Err(Error::Refused(Problem::new("err-invitation-other-email").with("email", inv.email.clone())));
    }
    if !account_data::use_invitation(&txn, inv.id, now).await? {
        return Err(Error::Refused(Problem::new("err-link-invalid")));
    }
    // The Officer role is taken only from someone who may still give it: an Officer of the
    // company, or anyone while it has none (or for one of its Officers already).
    if inv.role == AccountRole::Officer.key() {
        let account = accounts::find(&txn, accounts::Scope::Program, inv.account_id).await?.ok_or(Error::NotFound)?;
        let officers = company_officers(&txn, &account).await?;
        let inviter = ctpat_store::users::find(&txn, inv.invited_by).await?.map(|u| u.email.to_lowercase());
        if !officers.is_empty()
            && !officers.contains(&actor.user.email.to_lowercase())
            && !inviter.is_some_and(|i| officers.contains(&i))
        {
            return Err(Error::Refused(Problem::new("err-link-invalid")));
        }
    }
    if accounts::member_role(&txn, inv.account_id, actor.user.id).await?.is_none() {
        accounts::add_member(&txn, inv.account_id, actor.user.id, &inv.role, now).await?;
    }
    if let Some(cid) = inv.contact_id {
        account_data::link_contact_user(&txn, cid, actor.user.id).await?;
    }
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "account.user_joined", Outcome::Ok), inv.account_id)
            .object("account", inv.account_id)
            .after(json!({"role": inv.role})),
    )
    .await?;
    txn.commit().await?;
    Ok(inv.account_id)
}

/// The e-mail addresses (lower case) of the people who sign for the company: the Officers of
/// every account of the account's organization, or of this account while it has none.
pub(crate) async fn company_officers<C: ConnectionTrait>(conn: &C, account: &accounts::Account) -> Result<Vec<String>> {
    let ids: Vec<i64> = match account.organization_id {
        Some(org) => accounts::accounts_of_org(conn, org).await?.into_iter().map(|a| a.id).collect(),
        None => vec![account.id],
    };
    let mut officers = Vec::new();
    for id in ids {
        officers.extend(
            accounts::members(conn, id)
                .await?
                .into_iter()
                .filter(|m| m.role == AccountRole::Officer.key())
                .map(|m| m.user_id),
        );
    }
    Ok(ctpat_store::users::by_ids(conn, &officers).await?.into_iter().map(|u| u.email.to_lowercase()).collect())
}

/// Whether the actor may name someone (with `email`, when known) the company's Officer or
/// primary contact: an Officer of the account (or program staff) may; others only while the
/// company has no Officer yet, or for a person who is one of its Officers already.
pub(super) async fn may_name_officer<C: ConnectionTrait>(conn: &C, r: &Reach, email: Option<&str>) -> Result<bool> {
    if r.is_staff() || r.role() == Some(AccountRole::Officer) {
        return Ok(true);
    }
    let officers = company_officers(conn, &r.account).await?;
    Ok(officers.is_empty() || email.is_some_and(|e| officers.contains(&e.to_lowercase())))
}

/// Whether the actor may name the company's Officer contacts at all (for the page's choices).
/// Check a role change of `member_id` (to `to`, or removal) before its transaction: whether
/// it involves the Officer role, and then the actor's re-authentication (which records its own
/// attempts, so it cannot run inside the change's transaction).
async fn officer_gate(
    app: &App,
    actor: &Actor,
    account_id: i64,
    member_id: i64,
    to: Option<AccountRole>,
    reauth: &str,
) -> Result<()> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    r.require(Permission::ManageAccountUsers)?;
    let members = accounts::members(app.db.conn(), account_id).await?;
    let target = members.iter().find(|m| m.id == member_id).ok_or(Error::NotFound)?;
    let needs_reauth = role_gate(&r, actor, target, to)?;
    // The last-Officer rule first: no point asking for a password to be refused anyway.
    rules::keep_an_officer(officers_after(&members, member_id, to)).map_err(Error::Refused)?;
    if needs_reauth {
        // The forms sit in table rows: the answer is a message at the top of the page.
        if reauth.is_empty() {
            return Err(Error::Refused(Problem::new("err-officer-change-reauth")));
        }
        crate::auth::reauth::confirm(app, actor, reauth, reauth).await.map_err(|e| Error::Refused(e.problem))?;
    }
    Ok(())
}

/// How many Officers the account keeps when `member_id` moves to `to` (`None`: leaves).
fn officers_after(members: &[accounts::Member], member_id: i64, to: Option<AccountRole>) -> usize {
    members
        .iter()
        .filter(
            |m| if m.id == member_id { to == Some(AccountRole::Officer) } else { m.role == AccountRole::Officer.key() },
        )
        .count()
}

/// The rule of `rules::role_change` for this actor and target; true when re-authentication
/// is needed.
fn role_gate(r: &Reach, actor: &Actor, target: &accounts::Member, to: Option<AccountRole>) -> Result<bool> {
    let actor_role = r.role().ok_or(Error::Forbidden)?;
    let from = AccountRole::from_key(&target.role).unwrap_or(AccountRole::User);
    rules::role_change(actor_role, target.user_id == actor.user.id, from, to).map_err(Error::Refused)
}

/// Remove a person's access to the account; the last Officer cannot be removed, and only an
/// Officer (re-authenticated with `reauth`) removes an Officer.
pub async fn remove_member(app: &App, actor: &Actor, account_id: i64, member_id: i64, reauth: &str) -> Result<()> {
    officer_gate(app, actor, account_id, member_id, None, reauth).await?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    r.require(Permission::ManageAccountUsers)?;
    let members = accounts::members(&txn, account_id).await?;
    let target = members.iter().find(|m| m.id == member_id).ok_or(Error::NotFound)?.clone();
    if role_gate(&r, actor, &target, None)? && reauth.is_empty() {
        return Err(Error::ChangedMeanwhile);
    }
    rules::keep_an_officer(officers_after(&members, member_id, None)).map_err(Error::Refused)?;
    accounts::remove_member(&txn, member_id).await?;
    // What the person set up for the account leaves with them: an invitation they sent could
    // bring them back under another address, one addressed to them would bring them back
    // as they were, and a token or webhook of theirs keeps their systems connected.
    let removed = ctpat_store::users::find(&txn, target.user_id).await?.ok_or(Error::NotFound)?;
    let invitations = account_data::end_invitations_by(&txn, account_id, target.user_id, now).await?
        + account_data::end_invitations_to(&txn, account_id, &removed.email, now).await?;
    let tokens = ctpat_store::api_tokens::revoke_made_by(&txn, account_id, target.user_id, actor.user.id, now).await?;
    let webhooks = ctpat_store::webhooks::remove_made_by(&txn, account_id, target.user_id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "account.user_removed", Outcome::Ok), account_id)
            .object("user", target.user_id)
            .before(json!({"role": target.role}))
            .after(
                json!({"invitations_ended": invitations, "api_tokens_revoked": tokens, "webhooks_removed": webhooks}),
            ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Change a person's role on the account, keeping at least one Officer. Nobody changes their
/// own role; giving or taking away the Officer role needs an Officer, re-authenticated with
/// `reauth` (their TOTP code, or password without one).
pub async fn set_member_role(
    app: &App,
    actor: &Actor,
    account_id: i64,
    member_id: i64,
    role: &str,
    reauth: &str,
) -> Result<()> {
    let role = AccountRole::from_key(role).ok_or_else(|| Error::field("role", Problem::new("err-choose-one")))?;
    officer_gate(app, actor, account_id, member_id, Some(role), reauth).await?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    r.require(Permission::ManageAccountUsers)?;
    let members = accounts::members(&txn, account_id).await?;
    let target = members.iter().find(|m| m.id == member_id).ok_or(Error::NotFound)?.clone();
    // Re-checked in the transaction: the target may have become an Officer meanwhile.
    if role_gate(&r, actor, &target, Some(role))? && reauth.is_empty() {
        return Err(Error::ChangedMeanwhile);
    }
    rules::keep_an_officer(officers_after(&members, member_id, Some(role))).map_err(Error::Refused)?;
    accounts::set_member_role(&txn, member_id, role.key()).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "account.user_role_changed", Outcome::Ok), account_id)
            .object("user", target.user_id)
            .before(json!({"role": target.role}))
            .after(json!({"role": role.key()})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
