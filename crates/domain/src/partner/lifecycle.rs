//! The account lifecycle as a pure state machine: `decide(snapshot, command,
//! actor, now)` answers with the event to record or a typed refusal, and `Snapshot::apply`
//! folds events. Every date the portal shows (certified on, validated on, next validation due,
//! annual review due, response and appeal deadlines) is derived here from recorded events —
//! never typed in, the fault that corrupted the real portal's dates.

use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use serde::{Deserialize, Serialize};

pub type PersonId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Applicant,
    UnderReview,
    Certified,
    Validated,
    Suspended,
    Removed,
    Withdrawn,
    Rejected,
    Ineligible,
}

impl Status {
    pub const ALL: [Status; 10] = [
        Status::Draft,
        Status::Applicant,
        Status::UnderReview,
        Status::Certified,
        Status::Validated,
        Status::Suspended,
        Status::Removed,
        Status::Withdrawn,
        Status::Rejected,
        Status::Ineligible,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Applicant => "applicant",
            Status::UnderReview => "under_review",
            Status::Certified => "certified",
            Status::Validated => "validated",
            Status::Suspended => "suspended",
            Status::Removed => "removed",
            Status::Withdrawn => "withdrawn",
            Status::Rejected => "rejected",
            Status::Ineligible => "ineligible",
        }
    }

    pub fn from_key(s: &str) -> Option<Status> {
        Self::ALL.into_iter().find(|x| x.key() == s)
    }

    /// In the program and in good standing (the program's "active" states).
    pub fn is_active(self) -> bool {
        matches!(self, Status::Applicant | Status::UnderReview | Status::Certified | Status::Validated)
    }

    /// Out of the program for good: nothing of the account works any more (contacts frozen,
    /// API tokens dead) until a new application.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Removed | Status::Withdrawn | Status::Rejected | Status::Ineligible)
    }

    /// A member whose status partners may rely on (SVI "certified").
    pub fn is_certified(self) -> bool {
        matches!(self, Status::Certified | Status::Validated)
    }
}

/// Shown as its key (the message catalogue's `status-<key>`).
impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// Why an account is suspended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuspensionReason {
    MissingMandatoryData,
    FailedValidation,
    SecurityIncident,
    OverdueAnnualReview,
    FalseInformation,
}

/// Why an application is rejected or found ineligible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionReason {
    EligibilityNotMet,
    IncompleteApplication,
    SecurityProfileDeficient,
    DerogatoryInformation,
    FalseInformation,
}

/// Why HQ removes an account. False information shortens the appeal window to 30 days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    FalseInformation,
    SecurityIncident,
    RepeatedNonCompliance,
    FailedValidation,
    Other,
}

macro_rules! keyed {
    ($t:ty, $($v:ident => $k:literal),+ $(,)?) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            pub fn key(self) -> &'static str {
                match self { $(<$t>::$v => $k),+ }
            }
            pub fn from_key(s: &str) -> Option<$t> {
                Self::ALL.iter().copied().find(|x| x.key() == s)
            }
        }
    };
}

keyed!(SuspensionReason, MissingMandatoryData => "missing_mandatory_data", FailedValidation => "failed_validation",
    SecurityIncident => "security_incident", OverdueAnnualReview => "overdue_annual_review", FalseInformation => "false_information");
keyed!(DecisionReason, EligibilityNotMet => "eligibility_not_met", IncompleteApplication => "incomplete_application",
    SecurityProfileDeficient => "security_profile_deficient", DerogatoryInformation => "derogatory_information",
    FalseInformation => "false_information");
keyed!(RemovalReason, FalseInformation => "false_information", SecurityIncident => "security_incident",
    RepeatedNonCompliance => "repeated_non_compliance", FailedValidation => "failed_validation", Other => "other");

/// Program timers, per deployment (the program's published values as defaults).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timers {
    pub certification_target: Duration,
    pub first_validation_within: Duration,
    pub revalidation_years: i32,
    pub suspension_response: Duration,
    pub reapply_bar: Duration,
    pub appeal_window: Duration,
    pub appeal_window_false_information: Duration,
    pub appeal_decision_within: Duration,
    pub annual_review_window: Duration,
    /// The written notice a partner gets before a validation.
    pub validation_notice: Duration,
    /// The time a partner has to answer a required action found at a validation.
    pub finding_response: Duration,
    /// How long before a deadline the first reminder goes out.
    pub reminder_first: Duration,
    /// How long before a deadline the second (last) reminder goes out.
    pub reminder_second: Duration,
}

impl Timers {
    /// Which reminder a deadline `left` away is due for, by its offset in days: the second
    /// once inside it, the first once inside that, none before it or once the deadline passed.
    pub fn reminder_offset(&self, left: Duration) -> Option<i64> {
        if left < Duration::zero() || left > self.reminder_first {
            None
        } else if left <= self.reminder_second {
            Some(self.reminder_second.num_days())
        } else {
            Some(self.reminder_first.num_days())
        }
    }
}

impl Default for Timers {
    fn default() -> Self {
        Timers {
            certification_target: Duration::days(90),
            first_validation_within: Duration::days(365),
            revalidation_years: 4,
            suspension_response: Duration::days(90),
            reapply_bar: Duration::days(365),
            appeal_window: Duration::days(90),
            appeal_window_false_information: Duration::days(30),
            appeal_decision_within: Duration::days(180),
            annual_review_window: Duration::days(90),
            validation_notice: Duration::days(30),
            finding_response: Duration::days(90),
            reminder_first: Duration::days(30),
            reminder_second: Duration::days(14),
        }
    }
}

/// Who runs a command, in the role that matters for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorRole {
    Officer,
    AccountAdmin,
    Scss,
    Supervisor,
    Hq,
    System,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub id: PersonId,
    pub role: ActorRole,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    SubmitApplication,
    AssignScss {
        scss: PersonId,
    },
    RecommendCertification,
    Certify,
    Reject {
        reason: DecisionReason,
    },
    DeclareIneligible {
        reason: DecisionReason,
    },
    ApproveValidation {
        report_author: PersonId,
        tier_three: bool,
    },
    ApproveAnnualReview,
    ProposeSuspension {
        reason: SuspensionReason,
    },
    DecideSuspension {
        approve: bool,
    },
    /// The scheduler, when a "provide the missing data by" notice expired unanswered.
    SuspendAfterNotice {
        noticed_by: PersonId,
    },
    SubmitCorrectiveActionPlan,
    Reinstate,
    ExpireSuspension,
    Remove {
        reason: RemovalReason,
    },
    FileAppeal,
    DecideAppeal {
        grant: bool,
    },
    Withdraw,
}

/// What happened, as recorded (JSON in `account_event.data`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    ApplicationSubmitted { by: PersonId },
    ScssAssigned { scss: PersonId, by: PersonId },
    CertificationRecommended { by: PersonId },
    Certified { by: PersonId, recommended_by: PersonId },
    Rejected { by: PersonId, reason: DecisionReason },
    DeclaredIneligible { by: PersonId, reason: DecisionReason },
    Validated { by: PersonId, report_author: PersonId, tier_three: bool },
    AnnualReviewApproved { by: PersonId },
    SuspensionProposed { by: PersonId, reason: SuspensionReason },
    SuspensionProposalDeclined { by: PersonId },
    Suspended { by: PersonId, proposed_by: PersonId, reason: SuspensionReason },
    CorrectiveActionPlanSubmitted { by: PersonId },
    Reinstated { by: PersonId },
    SuspensionExpired,
    Removed { by: PersonId, reason: RemovalReason },
    AppealFiled { by: PersonId },
    AppealDecided { by: PersonId, granted: bool },
    Withdrawn { by: PersonId },
}

impl Event {
    /// Every kind of event, as `kind` names them.
    pub const KINDS: [&'static str; 18] = [
        "application_submitted",
        "scss_assigned",
        "certification_recommended",
        "certified",
        "rejected",
        "declared_ineligible",
        "validated",
        "annual_review_approved",
        "suspension_proposed",
        "suspension_proposal_declined",
        "suspended",
        "corrective_action_plan_submitted",
        "reinstated",
        "suspension_expired",
        "removed",
        "appeal_filed",
        "appeal_decided",
        "withdrawn",
    ];

    pub fn kind(&self) -> &'static str {
        match self {
            Event::ApplicationSubmitted { .. } => "application_submitted",
            Event::ScssAssigned { .. } => "scss_assigned",
            Event::CertificationRecommended { .. } => "certification_recommended",
            Event::Certified { .. } => "certified",
            Event::Rejected { .. } => "rejected",
            Event::DeclaredIneligible { .. } => "declared_ineligible",
            Event::Validated { .. } => "validated",
            Event::AnnualReviewApproved { .. } => "annual_review_approved",
            Event::SuspensionProposed { .. } => "suspension_proposed",
            Event::SuspensionProposalDeclined { .. } => "suspension_proposal_declined",
            Event::Suspended { .. } => "suspended",
            Event::CorrectiveActionPlanSubmitted { .. } => "corrective_action_plan_submitted",
            Event::Reinstated { .. } => "reinstated",
            Event::SuspensionExpired => "suspension_expired",
            Event::Removed { .. } => "removed",
            Event::AppealFiled { .. } => "appeal_filed",
            Event::AppealDecided { .. } => "appeal_decided",
            Event::Withdrawn { .. } => "withdrawn",
        }
    }
}

/// Why a command cannot run (each has a catalogue message `refusal-<key>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotAllowedInStatus,
    WrongRole,
    NotTheAssignedScss,
    NoRecommendation,
    OwnProposal,
    ProposalPending,
    NoProposal,
    NoCorrectiveActionPlan,
    CorrectiveActionPlanAlreadySubmitted,
    DeadlineNotReached,
    DeadlinePassed,
    AppealAlreadyFiled,
    NoAppeal,
    ReapplicationBarred,
    AlreadyAssigned,
}

impl Refusal {
    pub fn key(self) -> &'static str {
        match self {
            Refusal::NotAllowedInStatus => "not-allowed-in-status",
            Refusal::WrongRole => "wrong-role",
            Refusal::NotTheAssignedScss => "not-the-assigned-scss",
            Refusal::NoRecommendation => "no-recommendation",
            Refusal::OwnProposal => "own-proposal",
            Refusal::ProposalPending => "proposal-pending",
            Refusal::NoProposal => "no-proposal",
            Refusal::NoCorrectiveActionPlan => "no-corrective-action-plan",
            Refusal::CorrectiveActionPlanAlreadySubmitted => "cap-already-submitted",
            Refusal::DeadlineNotReached => "deadline-not-reached",
            Refusal::DeadlinePassed => "deadline-passed",
            Refusal::AppealAlreadyFiled => "appeal-already-filed",
            Refusal::NoAppeal => "no-appeal",
            Refusal::ReapplicationBarred => "reapplication-barred",
            Refusal::AlreadyAssigned => "already-assigned",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub by: PersonId,
    pub reason: SuspensionReason,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suspension {
    pub reason: SuspensionReason,
    pub at: DateTime<Utc>,
    pub cap_submitted_on: Option<DateTime<Utc>>,
    /// The status reinstatement returns to.
    pub resume: Status,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    pub by: PersonId,
    pub reason: RemovalReason,
    pub at: DateTime<Utc>,
    pub resume: Status,
    pub appeal_filed_on: Option<DateTime<Utc>>,
    pub appeal_denied: bool,
}

mod decide;
mod snapshot;
pub use decide::decide;
#[cfg(test)]
use snapshot::add_years;
pub use snapshot::{Snapshot, aligned_due, tier};

#[cfg(test)]
mod tests;
