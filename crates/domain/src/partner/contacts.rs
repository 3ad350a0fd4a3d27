//! Contact rules: at least two contacts, exactly one primary who is an Officer,
//! unique e-mails, an alternate contact for exporters; and the last Officer of an account
//! cannot be removed.

use super::EntityType;
use crate::problem::{FieldError, Problem};
use crate::role::AccountRole;

/// What the rules need to know about one contact.
#[derive(Debug, Clone)]
pub struct ContactFacts<'a> {
    pub email: &'a str,
    pub role: Option<AccountRole>,
    pub primary: bool,
    pub alternate: bool,
}

/// Problems with the set of contacts as a whole (field `contacts`), and per contact
/// (field `contact-<index>`).
pub fn check(entity: EntityType, contacts: &[ContactFacts<'_>]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if contacts.len() < 2 {
        errors.push(Problem::new("err-contacts-min").with("min", 2).on("contacts"));
    }
    let primaries: Vec<&ContactFacts> = contacts.iter().filter(|c| c.primary).collect();
    match primaries.as_slice() {
        [] => errors.push(Problem::new("err-contacts-no-primary").on("contacts")),
        [p] if p.role != Some(AccountRole::Officer) => {
            errors.push(Problem::new("err-contacts-primary-officer").on("contacts"))
        }
        [_] => {}
        _ => errors.push(Problem::new("err-contacts-one-primary").on("contacts")),
    }
    for (i, c) in contacts.iter().enumerate() {
        if contacts[..i].iter().any(|o| o.email.eq_ignore_ascii_case(c.email)) {
            errors.push(Problem::new("err-contacts-unique-email").with("email", c.email).on("contacts"));
        }
    }
    if entity.needs_alternate_contact() && !contacts.iter().any(|c| c.alternate && !c.primary) {
        errors.push(Problem::new("err-contacts-exporter-alternate").on("contacts"));
    }
    errors
}

/// Refuse a change that would leave an account without an Officer. `officers_after` counts
/// the Officers the account would have.
pub fn keep_an_officer(officers_after: usize) -> Result<(), Problem> {
    if officers_after == 0 { Err(Problem::new("err-last-officer")) } else { Ok(()) }
}

/// Whether `actor` may move a person from role `from` to `to` (`None`: take their access
/// away), and whether the actor must then confirm it is them. Nobody changes their own role
/// (leaving is allowed); the Officer role — the one that signs for the company — is given and
/// taken away only by an Officer, who re-authenticates to do it.
pub fn role_change(actor: AccountRole, own: bool, from: AccountRole, to: Option<AccountRole>) -> Result<bool, Problem> {
    if own && to.is_some() {
        return Err(Problem::new("err-own-role"));
    }
    let officer_involved = from == AccountRole::Officer || to == Some(AccountRole::Officer);
    if officer_involved && actor != AccountRole::Officer {
        return Err(Problem::new("err-officer-role-needs-officer"));
    }
    Ok(officer_involved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nobody_changes_their_own_role_and_only_an_officer_touches_the_officer_role() {
        use AccountRole::*;
        assert_eq!(role_change(Admin, true, Admin, Some(Officer)).unwrap_err().code, "err-own-role");
        assert_eq!(role_change(Officer, true, Officer, Some(Admin)).unwrap_err().code, "err-own-role");
        assert_eq!(role_change(Admin, false, User, Some(Officer)).unwrap_err().code, "err-officer-role-needs-officer");
        assert_eq!(role_change(Admin, false, Officer, None).unwrap_err().code, "err-officer-role-needs-officer");
        assert_eq!(role_change(Admin, false, User, Some(Consultant)), Ok(false));
        assert_eq!(role_change(Admin, true, Admin, None), Ok(false));
        assert_eq!(role_change(Officer, false, User, Some(Officer)), Ok(true));
        assert_eq!(role_change(Officer, true, Officer, None), Ok(true));
    }

    fn c(email: &str, role: Option<AccountRole>, primary: bool, alternate: bool) -> ContactFacts<'_> {
        ContactFacts { email, role, primary, alternate }
    }

    fn codes(errs: Vec<FieldError>) -> Vec<&'static str> {
        errs.into_iter().map(|e| e.problem.code).collect()
    }

    #[test]
    fn rules() {
        let officer = c("o@x.com", Some(AccountRole::Officer), true, false);
        let user = c("u@x.com", Some(AccountRole::User), false, true);
        assert!(check(EntityType::Importer, &[officer.clone(), user.clone()]).is_empty());
        assert!(check(EntityType::Exporter, &[officer.clone(), user.clone()]).is_empty());
        assert_eq!(codes(check(EntityType::Importer, std::slice::from_ref(&officer))), ["err-contacts-min"]);
        assert_eq!(
            codes(check(
                EntityType::Importer,
                &[c("o@x.com", Some(AccountRole::Consultant), true, false), user.clone()]
            )),
            ["err-contacts-primary-officer"]
        );
        assert_eq!(
            codes(check(
                EntityType::Importer,
                &[officer.clone(), c("o2@x.com", Some(AccountRole::Officer), true, false)]
            )),
            ["err-contacts-one-primary"]
        );
        assert_eq!(
            codes(check(EntityType::Importer, &[officer.clone(), c("O@X.com", None, false, false)])),
            ["err-contacts-unique-email"]
        );
        assert_eq!(
            codes(check(EntityType::Exporter, &[officer.clone(), c("u@x.com", None, false, false)])),
            ["err-contacts-exporter-alternate"]
        );
        assert_eq!(keep_an_officer(0).unwrap_err().code, "err-last-officer");
        assert!(keep_an_officer(1).is_ok());
    }
}
