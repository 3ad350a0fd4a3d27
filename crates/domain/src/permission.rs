//! The published permission matrix: one table in code, rendered at
//! `/help/permissions` and into `docs/permissions.md`. Every check in the portal asks this
//! table; there are no role comparisons scattered elsewhere.

use crate::role::{AccountRole as A, Role, StaffRole as S};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    // Partner side, on one account.
    ViewAccount,
    EditCompanyData,
    ManageAccountUsers,
    EditProfileDraft,
    AnswerFindings,
    MessageScss,
    Sign,
    BePrimaryContact,
    ManageSvi,
    ManageApiTokens,
    // Program side.
    WorkAssignedAccounts,
    ReviewProfiles,
    EditBond,
    ScheduleValidations,
    ProposeSuspension,
    AssignAccounts,
    DecideCertification,
    DecideSuspension,
    ApproveValidationReports,
    MessagePartners,
    ReadAllAccounts,
    DecideRemoval,
    DecideAppeals,
    PlaceAccountsInOffices,
    ManageFieldOffices,
    CurateLibrary,
    ImportLegacyRecords,
    EditProgramPolicy,
    EditMscCatalog,
    ManageStaffUsers,
    OperateScheduler,
    ReadAuditTrail,
}

/// (permission, roles that hold it). Order is the order shown to users.
pub const MATRIX: &[(Permission, &[Role])] = {
    use Permission::*;
    const OFFICER: Role = Role::Account(A::Officer);
    const ADMIN: Role = Role::Account(A::Admin);
    const USER: Role = Role::Account(A::User);
    const CONSULTANT: Role = Role::Account(A::Consultant);
    const SCSS: Role = Role::Staff(S::Scss);
    const SUPERVISOR: Role = Role::Staff(S::Supervisor);
    const HQ: Role = Role::Staff(S::Hq);
    const SYSADMIN: Role = Role::Staff(S::Admin);
    &[
        (ViewAccount, &[OFFICER, ADMIN, USER, CONSULTANT]),
        (EditCompanyData, &[OFFICER, ADMIN]),
        (ManageAccountUsers, &[OFFICER, ADMIN]),
        (EditProfileDraft, &[OFFICER, ADMIN, USER, CONSULTANT]),
        (AnswerFindings, &[OFFICER, ADMIN]),
        (MessageScss, &[OFFICER, ADMIN, USER, CONSULTANT]),
        (Sign, &[OFFICER]),
        (BePrimaryContact, &[OFFICER]),
        (ManageSvi, &[OFFICER, ADMIN]),
        (ManageApiTokens, &[OFFICER, ADMIN]),
        (WorkAssignedAccounts, &[SCSS, SUPERVISOR]),
        (ReviewProfiles, &[SCSS, SUPERVISOR]),
        (EditBond, &[SCSS, SUPERVISOR]),
        (ScheduleValidations, &[SCSS, SUPERVISOR]),
        (ProposeSuspension, &[SCSS, SUPERVISOR]),
        (AssignAccounts, &[SUPERVISOR]),
        (DecideCertification, &[SUPERVISOR]),
        (DecideSuspension, &[SUPERVISOR]),
        (ApproveValidationReports, &[SUPERVISOR]),
        (MessagePartners, &[SCSS, SUPERVISOR, HQ]),
        (ReadAllAccounts, &[HQ]),
        (DecideRemoval, &[HQ]),
        (DecideAppeals, &[HQ]),
        (PlaceAccountsInOffices, &[HQ]),
        (ManageFieldOffices, &[HQ]),
        (CurateLibrary, &[HQ]),
        (ImportLegacyRecords, &[HQ]),
        (EditProgramPolicy, &[HQ]),
        (EditMscCatalog, &[HQ]),
        (ManageStaffUsers, &[SYSADMIN]),
        (OperateScheduler, &[SYSADMIN]),
        (ReadAuditTrail, &[HQ, SYSADMIN]),
    ]
};

impl Permission {
    /// Stable key; the message catalogue holds `perm-<key>` for its description.
    pub fn key(self) -> &'static str {
        use Permission::*;
        match self {
            ViewAccount => "view-account",
            EditCompanyData => "edit-company-data",
            ManageAccountUsers => "manage-account-users",
            EditProfileDraft => "edit-profile-draft",
            AnswerFindings => "answer-findings",
            MessageScss => "message-scss",
            Sign => "sign",
            BePrimaryContact => "be-primary-contact",
            ManageSvi => "manage-svi",
            ManageApiTokens => "manage-api-tokens",
            WorkAssignedAccounts => "work-assigned-accounts",
            ReviewProfiles => "review-profiles",
            EditBond => "edit-bond",
            ScheduleValidations => "schedule-validations",
            ProposeSuspension => "propose-suspension",
            AssignAccounts => "assign-accounts",
            DecideCertification => "decide-certification",
            DecideSuspension => "decide-suspension",
            ApproveValidationReports => "approve-validation-reports",
            MessagePartners => "message-partners",
            ReadAllAccounts => "read-all-accounts",
            DecideRemoval => "decide-removal",
            DecideAppeals => "decide-appeals",
            PlaceAccountsInOffices => "place-accounts-in-offices",
            ManageFieldOffices => "manage-field-offices",
            CurateLibrary => "curate-library",
            ImportLegacyRecords => "import-legacy-records",
            EditProgramPolicy => "edit-program-policy",
            EditMscCatalog => "edit-msc-catalog",
            ManageStaffUsers => "manage-staff-users",
            OperateScheduler => "operate-scheduler",
            ReadAuditTrail => "read-audit-trail",
        }
    }

    pub fn holders(self) -> &'static [Role] {
        MATRIX.iter().find(|(p, _)| *p == self).map(|(_, r)| *r).unwrap_or(&[])
    }

    pub fn granted_to(self, role: Role) -> bool {
        self.holders().contains(&role)
    }
}

/// Which accounts a staff role's permissions apply to; the catalogue holds `reach-<key>`.
/// Partner roles reach the accounts they are members of.
pub fn reach_key(role: S) -> &'static str {
    match role {
        S::Scss => "assigned",
        S::Supervisor => "office",
        S::Hq => "program",
        S::Admin => "none",
    }
}

/// Whether any of `roles` holds `permission`.
pub fn allows(roles: &[Role], permission: Permission) -> bool {
    roles.iter().any(|r| permission.granted_to(*r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_permission_listed_once_with_a_holder() {
        let mut seen = std::collections::HashSet::new();
        for (p, roles) in MATRIX {
            assert!(seen.insert(p.key()), "{} twice", p.key());
            assert!(!roles.is_empty(), "{} has no holder", p.key());
        }
    }

    #[test]
    fn segregation_highlights() {
        assert!(Permission::Sign.granted_to(Role::Account(A::Officer)));
        assert!(!Permission::Sign.granted_to(Role::Account(A::Consultant)));
        assert!(!Permission::Sign.granted_to(Role::Account(A::Admin)));
        // A system admin manages staff but has no partner-data reach beyond HQ's.
        assert!(!Permission::ReadAllAccounts.granted_to(Role::Staff(S::Admin)));
        assert!(!Permission::DecideCertification.granted_to(Role::Staff(S::Scss)));
    }
}
