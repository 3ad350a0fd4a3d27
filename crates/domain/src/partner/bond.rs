//! Bond change requests: a partner asks for a change of its bond, a specialist decides.

/// Where a bond change request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BondRequestStatus {
    /// Waiting for the SCSS (or a Supervisor); it blocks nothing else on the account.
    Pending,
    /// The new bond is on the account.
    Approved,
    /// Refused, with the decider's note.
    Rejected,
}

impl BondRequestStatus {
    pub const ALL: [BondRequestStatus; 3] =
        [BondRequestStatus::Pending, BondRequestStatus::Approved, BondRequestStatus::Rejected];

    pub fn key(self) -> &'static str {
        match self {
            BondRequestStatus::Pending => "pending",
            BondRequestStatus::Approved => "approved",
            BondRequestStatus::Rejected => "rejected",
        }
    }

    pub fn from_key(s: &str) -> Option<BondRequestStatus> {
        Self::ALL.into_iter().find(|x| x.key() == s)
    }

    /// The decision on a pending request.
    pub fn decided(approve: bool) -> BondRequestStatus {
        if approve { BondRequestStatus::Approved } else { BondRequestStatus::Rejected }
    }
}

impl std::fmt::Display for BondRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_reads_back_from_its_key() {
        for s in BondRequestStatus::ALL {
            assert_eq!(BondRequestStatus::from_key(s.key()), Some(s));
        }
    }

    #[test]
    fn a_decision_approves_or_rejects() {
        assert_eq!(BondRequestStatus::decided(true), BondRequestStatus::Approved);
        assert_eq!(BondRequestStatus::decided(false), BondRequestStatus::Rejected);
    }
}
