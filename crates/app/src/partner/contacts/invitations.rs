//! Inviting a contact to log in, and the invitation's acceptance: single use, expiring, and
//! honoured only while its sender may still give its role.

use super::*;

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
    // The invitee's own language if they already have a login; otherwise the inviter's.
    let lang = crate::mail::readers_langs(&txn, std::slice::from_ref(&contact.email))
        .await?
        .remove(&contact.email)
        .unwrap_or_else(|| crate::auth::lang_of_person(&actor.user));
    crate::mail::enqueue_by(
        &txn,
        app,
        actor,
        &contact.email,
        &lang,
        crate::mail::MailKind::AccountInvitation,
        &[
            ("name", contact.name.clone()),
            ("inviter", actor.user.name.clone()),
            ("organization", org),
            // The role's name, as the portal shows it ("Account admin", not `admin`).
            (
                "role",
                AccountRole::from_key(&role)
                    .map(|r| lang.t(&format!("role-{}", ctpat_domain::Role::Account(r).key())))
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
