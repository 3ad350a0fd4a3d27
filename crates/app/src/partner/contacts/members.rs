//! The people with a login on an account: changing a member's role or removing them, and who
//! may give or take the Officer role (only an Officer, who re-authenticates).

use super::*;

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
pub(crate) async fn may_name_officer<C: ConnectionTrait>(conn: &C, r: &Reach, email: Option<&str>) -> Result<bool> {
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
    // Nor do they keep reading about the account: its notifications go with the membership.
    let notifications = ctpat_store::person_notices::remove_about_account(&txn, target.user_id, account_id).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "account.user_removed", Outcome::Ok), account_id)
            .object("user", target.user_id)
            .before(json!({"role": target.role}))
            .after(json!({
                "invitations_ended": invitations, "api_tokens_revoked": tokens, "webhooks_removed": webhooks,
                "notifications_removed": notifications,
            })),
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
