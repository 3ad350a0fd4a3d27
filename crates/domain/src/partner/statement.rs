//! What a partner writes to the program when its standing is at stake: the corrective action
//! plan that answers a suspension, and the appeal against a removal. Each carries text and
//! evidence files, is drafted until it is sent, and is never changed once sent.

/// The two written answers a partner gives to an enforcement decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatementKind {
    /// Answers a suspension; the Supervisor reinstates on it.
    CorrectiveActionPlan,
    /// Contests a removal; HQ decides it.
    Appeal,
}

impl StatementKind {
    pub const ALL: [StatementKind; 2] = [StatementKind::CorrectiveActionPlan, StatementKind::Appeal];

    /// Stable key, used in addresses (`/accounts/{id}/statements/<key>`) and the message
    /// catalogue (`statement-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            StatementKind::CorrectiveActionPlan => "corrective-action-plan",
            StatementKind::Appeal => "appeal",
        }
    }

    pub fn from_key(s: &str) -> Option<StatementKind> {
        Self::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// The longest statement kept (characters): several pages of plan, not a book.
pub const MAX_CHARS: usize = 20_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for k in StatementKind::ALL {
            assert_eq!(StatementKind::from_key(k.key()), Some(k));
        }
        assert_eq!(StatementKind::from_key("letter"), None);
    }
}
