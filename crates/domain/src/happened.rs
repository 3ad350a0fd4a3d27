//! What happened in the program, as the reactions to it (notices, monitoring, webhooks, the
//! notification centre) need to know it. Recorded by the use case that made it happen, in its
//! transaction.

use crate::partner::Account;
use crate::partner::lifecycle::{Event, Snapshot, Status};

/// Something that happened, as the reactions need to know it.
#[derive(Debug, Clone, Copy)]
pub enum Happened<'a> {
    /// A lifecycle event was recorded on an account: `account` and `snapshot` as it left it,
    /// `previous` the status before.
    Lifecycle { account: &'a Account, snapshot: &'a Snapshot, event: &'a Event, previous: Status },
    /// The SCSS finished a review round of the account's Security Profile: every answer
    /// accepted (`approved`), or `returned` criteria sent back to the partner.
    ProfileReviewed { account_id: i64, approved: bool, returned: usize },
    /// A validation was scheduled, moved or called off: the people of every account it covers
    /// are told, with the dates and, for a change, the reason.
    ValidationNotice {
        validation: &'a crate::validation::Validation,
        accounts: &'a [i64],
        what: Notice,
        reason: &'a str,
    },
    /// A finding of a validation was recorded, answered, closed or reopened: the accounts it
    /// concerns hear of what the SCSS did.
    FindingChanged { finding: &'a crate::validation::Finding, accounts: &'a [i64], what: FindingChange },
}

/// What happened to a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingChange {
    Recorded,
    Answered,
    Closed,
    Reopened,
}

impl FindingChange {
    pub fn key(self) -> &'static str {
        match self {
            FindingChange::Recorded => "recorded",
            FindingChange::Answered => "answered",
            FindingChange::Closed => "closed",
            FindingChange::Reopened => "reopened",
        }
    }
}

/// What a validation notice announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    Scheduled,
    Rescheduled,
    Cancelled,
}

impl Notice {
    pub fn key(self) -> &'static str {
        match self {
            Notice::Scheduled => "scheduled",
            Notice::Rescheduled => "rescheduled",
            Notice::Cancelled => "cancelled",
        }
    }
}
