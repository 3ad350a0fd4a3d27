//! Program staff accounts, created by a system admin (page) or on the host (`ctpat user
//! create`). A staff member without a password gets an invitation link to set one.

use crate::App;
use crate::actor::{Actor, Can, ManageStaff, RequestMeta};
use crate::audit::{self, EventExt};
use crate::auth::lang_of;
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;
use ctpat_domain::text::PersonName;
use ctpat_domain::{Email, NewPassword, Problem, StaffRole};
use ctpat_store::{tokens, users};
use serde_json::json;

pub const INVITE: &str = "invitation";

/// Who is creating the staff member: an admin through the pages, or an operator on the host.
pub enum Creator<'a> {
    Admin(Can<'a, ManageStaff>),
    /// Whoever can run `ctpat` against the database already controls the deployment.
    HostOperator(RequestMeta),
}

pub struct NewStaff<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: &'a str,
    /// The field office's id, or empty for none.
    pub office: &'a str,
    /// Set now, or `None` to e-mail an invitation link.
    pub password: Option<&'a str>,
}

pub struct Created {
    pub user: StaffMember,
    pub invited: bool,
}

pub async fn create(app: &App, by: Creator<'_>, s: NewStaff<'_>) -> Result<Created> {
    let mut errors = Vec::new();
    let email = Email::parse(s.email).map_err(|p| errors.push(p.on("email"))).ok();
    let name = PersonName::parse(s.name).map_err(|p| errors.push(p.on("name"))).ok();
    let role = StaffRole::from_key(s.role.trim());
    if role.is_none() {
        errors.push(Problem::new("err-staff-role").on("role"));
    }
    let password = match s.password {
        Some(pw) => NewPassword::parse(pw, app.settings.password_policy, &[s.email, s.name])
            .map_err(|p| errors.push(p.on("password")))
            .ok(),
        None => None,
    };
    let office = match crate::offices::office_choice(app.db.conn(), s.office).await {
        Ok(o) => o,
        Err(Error::Invalid(mut e)) => {
            errors.append(&mut e);
            None
        }
        Err(e) => return Err(e),
    };
    let (Some(email), Some(name), Some(role)) = (email, name, role) else {
        return Err(Error::Invalid(errors));
    };
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let phc = match &password {
        Some(p) => Some(app.hasher.hash(p.expose()).await),
        None => None,
    };
    let now = app.now();
    let txn = app.db.begin().await?;
    let user = users::insert(
        &txn,
        users::NewUser {
            email: email.as_str(),
            name: name.as_str(),
            password_hash: phc,
            // The creator vouches for the address; an invitation proves it again.
            email_verified_at: Some(now),
            staff_role: Some(role.key()),
            now,
        },
    )
    .await
    .map_err(|e| {
        if e.is_unique_on("email") { Error::field("email", Problem::new("err-email-taken")) } else { e.into() }
    })?;
    if let Some(o) = &office {
        ctpat_store::offices::set_staff_office(&txn, user.id, Some(o.id), now).await?;
    }
    let invited = password.is_none();
    if invited {
        send_invitation(&txn, app, &user).await?;
    }
    let event = match &by {
        Creator::Admin(can) => audit::by(can.actor, now, "staff.created", Outcome::Ok),
        Creator::HostOperator(meta) => audit::system(meta, now, "staff.created", "host-operator (ctpat user create)"),
    };
    ctpat_store::audit::append(
        &txn,
        event.object("user", user.id).after(json!({
            "email": user.email,
            "name": user.name,
            "role": role.key(),
            "office": office.as_ref().map(|o| o.code.clone()),
            "invited": invited,
        })),
    )
    .await?;
    txn.commit().await?;
    let mut member = StaffMember::of(&user);
    member.field_office_id = office.map(|o| o.id);
    Ok(Created { user: member, invited })
}

async fn send_invitation<C: ctpat_store::ConnectionTrait>(conn: &C, app: &App, user: &users::User) -> Result<()> {
    let now = app.now();
    tokens::spend_all(conn, user.id, INVITE, now).await?;
    let (token, hash) = crate::secret::new_token();
    tokens::insert(conn, user.id, INVITE, &hash, now, now + app.settings.invite_ttl).await?;
    let link = format!("{}/invitation?token={token}", app.settings.public_url);
    let days = app.settings.invite_ttl.num_days().to_string();
    crate::mail::enqueue(
        conn,
        app,
        &user.email,
        &lang_of(user),
        crate::mail::MailKind::Invitation,
        &[("name", user.name.clone()), ("link", link), ("days", days)],
    )
    .await?;
    Ok(())
}

pub async fn list(app: &App, _can: &Can<'_, ManageStaff>) -> Result<Vec<StaffMember>> {
    Ok(users::list_staff(app.db.conn()).await?.iter().map(StaffMember::of).collect())
}

/// Whether an invitation link is still usable.
pub async fn invitation_valid(app: &App, token: &str) -> Result<bool> {
    Ok(tokens::peek(app.db.conn(), INVITE, &crate::secret::token_hash(token), app.now()).await?.is_some())
}

/// Set the password from an invitation link.
pub async fn accept_invitation(
    app: &App,
    token: &str,
    password: &str,
    confirm: &str,
    meta: &RequestMeta,
) -> Result<()> {
    let hash = crate::secret::token_hash(token);
    let Some(row) = tokens::peek(app.db.conn(), INVITE, &hash, app.now()).await? else {
        return Err(Error::Refused(Problem::new("err-link-invalid")));
    };
    let user = users::find(app.db.conn(), row.user_id).await?.ok_or(Error::NotFound)?;
    let pw = NewPassword::parse(password, app.settings.password_policy, &[&user.email, &user.name])
        .map_err(|p| Error::field("password", p))?;
    if password != confirm {
        return Err(Error::field("password_confirm", Problem::new("err-password-mismatch")));
    }
    let phc = app.hasher.hash(pw.expose()).await;
    let now = app.now();
    let txn = app.db.begin().await?;
    if tokens::consume(&txn, INVITE, &hash, now).await?.is_none() {
        return Err(Error::Refused(Problem::new("err-link-invalid")));
    }
    users::set_password_by_link(&txn, &user, phc, now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::anonymous(meta, now, "invitation.accepted", Outcome::Ok)
            .person(user.id, &user.email, user.staff_role.as_deref())
            .object("user", user.id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Save the interface language a person chose.
pub async fn set_locale(app: &App, actor: &Actor, code: &str) -> Result<()> {
    let lang = crate::i18n::Lang::from_code(code).ok_or_else(|| Error::field("lang", Problem::new("err-language")))?;
    let user = users::find(app.db.conn(), actor.user.id).await?.ok_or(Error::NotFound)?;
    let now = app.now();
    let txn = app.db.begin().await?;
    users::set_locale(&txn, &user, &lang.code(), now).await?;
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "user.locale_changed", Outcome::Ok)
            .object("user", user.id)
            .before(json!({"locale": user.locale}))
            .after(json!({"locale": lang.code()})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A member of program staff as the staff list shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Option<StaffRole>,
    pub mfa_enabled: bool,
    /// Invited and not signed in yet (no password set).
    pub invited: bool,
    pub disabled: bool,
    pub field_office_id: Option<i64>,
}

impl StaffMember {
    pub(crate) fn of(u: &users::User) -> StaffMember {
        StaffMember {
            id: u.id,
            email: u.email.clone(),
            name: u.name.clone(),
            role: u.staff_role.as_deref().and_then(StaffRole::from_key),
            mfa_enabled: u.totp_enabled_at.is_some(),
            invited: u.password_hash.is_none(),
            disabled: u.disabled_at.is_some(),
            field_office_id: u.field_office_id,
        }
    }
}
