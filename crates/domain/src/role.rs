//! The roles of the program: a person's role on a partner account, or a program-staff role.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountRole {
    Officer,
    Admin,
    User,
    Consultant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    Scss,
    Supervisor,
    Hq,
    Admin,
}

/// Any role that appears as a column of the permission matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Account(AccountRole),
    Staff(StaffRole),
}

impl AccountRole {
    /// Who may open another account for an organization: its Officers and Admins. A User or
    /// Consultant works for the company but does not speak for it.
    pub const SPEAKS_FOR_COMPANY: [AccountRole; 2] = [AccountRole::Officer, AccountRole::Admin];

    pub const ALL: [AccountRole; 4] =
        [AccountRole::Officer, AccountRole::Admin, AccountRole::User, AccountRole::Consultant];

    pub fn key(self) -> &'static str {
        match self {
            AccountRole::Officer => "officer",
            AccountRole::Admin => "admin",
            AccountRole::User => "user",
            AccountRole::Consultant => "consultant",
        }
    }

    pub fn from_key(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == s)
    }
}

impl StaffRole {
    pub const ALL: [StaffRole; 4] = [StaffRole::Scss, StaffRole::Supervisor, StaffRole::Hq, StaffRole::Admin];

    pub fn key(self) -> &'static str {
        match self {
            StaffRole::Scss => "scss",
            StaffRole::Supervisor => "supervisor",
            StaffRole::Hq => "hq",
            StaffRole::Admin => "admin",
        }
    }

    pub fn from_key(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.key() == s)
    }
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Account(AccountRole::Officer),
        Role::Account(AccountRole::Admin),
        Role::Account(AccountRole::User),
        Role::Account(AccountRole::Consultant),
        Role::Staff(StaffRole::Scss),
        Role::Staff(StaffRole::Supervisor),
        Role::Staff(StaffRole::Hq),
        Role::Staff(StaffRole::Admin),
    ];

    /// Stable key used in the audit trail and the message catalogue (`role-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Role::Account(r) => match r {
                AccountRole::Officer => "officer",
                AccountRole::Admin => "account_admin",
                AccountRole::User => "user",
                AccountRole::Consultant => "consultant",
            },
            Role::Staff(r) => match r {
                StaffRole::Admin => "system_admin",
                other => other.key(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for r in AccountRole::ALL {
            assert_eq!(AccountRole::from_key(r.key()), Some(r));
        }
        for r in StaffRole::ALL {
            assert_eq!(StaffRole::from_key(r.key()), Some(r));
        }
        let keys: std::collections::HashSet<_> = Role::ALL.iter().map(|r| r.key()).collect();
        assert_eq!(keys.len(), Role::ALL.len());
    }
}
