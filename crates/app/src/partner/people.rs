//! The people of an account as its contacts page shows them: contacts (who speaks for the
//! company) and members (who has a login), each with what the viewer may do about it.

use super::Reach;
use super::contacts::may_name_officer;
use super::views::Contact;
use crate::App;
use crate::actor::Actor;
use crate::error::Result;
use ctpat_domain::{AccountRole, Permission};
use ctpat_store::{accounts, users};

/// A contact line, and whether the viewer may invite it to log in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactLine {
    pub contact: Contact,
    pub can_invite: bool,
}

/// A person with a login on the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLine {
    /// The membership's id (role changes and removal address it).
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Option<AccountRole>,
    /// The viewer may change this member's role or remove them.
    pub manageable: bool,
    /// This is the viewer.
    pub own: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct People {
    pub contacts: Vec<ContactLine>,
    pub members: Vec<MemberLine>,
    /// The viewer manages the account's users and contacts.
    pub can_manage: bool,
    /// The viewer is the account's Officer: Officer changes ask them to confirm it is them.
    pub viewer_officer: bool,
    /// The viewer may give the Officer role (only an Officer may, once the account has one;
    /// the first is named by the Admin who prepared the application).
    pub officer_grantable: bool,
}

impl People {
    /// The roles the viewer may give a contact (the one being edited keeps an Officer role
    /// it already has).
    pub fn contact_roles(&self, editing: Option<i64>) -> Vec<AccountRole> {
        let editing_officer = editing.is_some_and(|id| {
            self.contacts.iter().any(|c| c.contact.id == id && c.contact.role == Some(AccountRole::Officer))
        });
        AccountRole::ALL
            .into_iter()
            .filter(|r| *r != AccountRole::Officer || self.officer_grantable || editing_officer)
            .collect()
    }

    /// The roles the viewer may give a member.
    pub fn member_roles(&self) -> Vec<AccountRole> {
        AccountRole::ALL.into_iter().filter(|r| *r != AccountRole::Officer || self.viewer_officer).collect()
    }
}

pub async fn people(app: &App, actor: &Actor, r: &Reach) -> Result<People> {
    let conn = app.db.conn();
    let can_manage = r.can(Permission::ManageAccountUsers);
    let officer_grantable = may_name_officer(conn, r, None).await?;
    let rows = accounts::members(conn, r.account.id).await?;
    let people = users::by_ids(conn, &rows.iter().map(|m| m.user_id).collect::<Vec<_>>()).await?;
    // A contact whose address is a member's has a login, linked or not: nobody is invited
    // to an account they are already in.
    let member_emails: Vec<String> = people.iter().map(|u| u.email.to_lowercase()).collect();
    let contacts = ctpat_store::account_data::contacts(conn, r.account.id)
        .await?
        .into_iter()
        .map(|row| {
            let mut contact = Contact::from(row);
            contact.has_login |= member_emails.contains(&contact.email.to_lowercase());
            let can_invite = can_manage
                && !contact.has_login
                && contact.role.is_some_and(|role| officer_grantable || role != AccountRole::Officer);
            ContactLine { contact, can_invite }
        })
        .collect();
    let members = rows
        .into_iter()
        .filter_map(|m| {
            let u = people.iter().find(|u| u.id == m.user_id)?;
            let role = AccountRole::from_key(&m.role);
            let own = u.id == actor.user.id;
            let manageable = can_manage
                && !own
                && r.role().is_some_and(|me| {
                    ctpat_domain::partner::contacts::role_change(me, false, role.unwrap_or(AccountRole::User), None)
                        .is_ok()
                });
            Some(MemberLine { id: m.id, name: u.name.clone(), email: u.email.clone(), role, manageable, own })
        })
        .collect();
    Ok(People {
        contacts,
        members,
        can_manage,
        viewer_officer: r.role() == Some(AccountRole::Officer),
        officer_grantable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(viewer_officer: bool, officer_grantable: bool, officer_contact: bool) -> People {
        let contact = Contact {
            id: 7,
            name: "Ana".into(),
            email: "ana@acme.example".into(),
            phone: None,
            title: None,
            role: officer_contact.then_some(AccountRole::Officer),
            is_primary: true,
            is_alternate: false,
            has_login: true,
        };
        People {
            contacts: vec![ContactLine { contact, can_invite: false }],
            members: Vec::new(),
            can_manage: true,
            viewer_officer,
            officer_grantable,
        }
    }

    #[test]
    fn an_admin_who_may_not_name_an_officer_is_not_offered_the_officer_role() {
        let p = people(false, false, false);
        assert!(!p.contact_roles(None).contains(&AccountRole::Officer));
        assert!(!p.member_roles().contains(&AccountRole::Officer));
    }

    #[test]
    fn the_officer_contact_being_edited_keeps_its_role_on_offer() {
        let p = people(false, false, true);
        assert!(p.contact_roles(Some(7)).contains(&AccountRole::Officer));
        assert!(!p.contact_roles(Some(8)).contains(&AccountRole::Officer));
    }

    #[test]
    fn an_officer_may_give_every_role() {
        let p = people(true, true, false);
        assert_eq!(p.contact_roles(None), AccountRole::ALL.to_vec());
        assert_eq!(p.member_roles(), AccountRole::ALL.to_vec());
    }
}
