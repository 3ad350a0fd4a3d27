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

/// The account as its events make it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub status: Status,
    pub applied_on: Option<DateTime<Utc>>,
    pub scss: Option<PersonId>,
    pub recommended_by: Option<PersonId>,
    pub certified_on: Option<DateTime<Utc>>,
    pub validated_on: Option<DateTime<Utc>>,
    pub tier_three: bool,
    pub last_annual_review: Option<DateTime<Utc>>,
    pub proposal: Option<Proposal>,
    pub suspension: Option<Suspension>,
    pub removal: Option<Removal>,
    pub decision_reason: Option<DecisionReason>,
    pub reapply_barred_until: Option<DateTime<Utc>>,
}

impl Default for Snapshot {
    fn default() -> Self {
        Snapshot {
            status: Status::Draft,
            applied_on: None,
            scss: None,
            recommended_by: None,
            certified_on: None,
            validated_on: None,
            tier_three: false,
            last_annual_review: None,
            proposal: None,
            suspension: None,
            removal: None,
            decision_reason: None,
            reapply_barred_until: None,
        }
    }
}

/// The tier shown to partners: I when certified, II when validated, III for best practices.
pub fn tier(s: &Snapshot) -> Option<u8> {
    let standing = match s.status {
        Status::Suspended => s.suspension.as_ref().map(|x| x.resume),
        other => Some(other),
    };
    match standing {
        Some(Status::Validated) => Some(if s.tier_three { 3 } else { 2 }),
        Some(Status::Certified) => Some(1),
        _ => None,
    }
}

fn add_years(t: DateTime<Utc>, years: i32) -> DateTime<Utc> {
    let date = t.date_naive();
    let target = date
        .with_year(date.year() + years)
        .or_else(|| date.with_day(28).and_then(|d| d.with_year(date.year() + years)))
        .unwrap_or(date);
    Utc.from_utc_datetime(&target.and_time(t.time()))
}

impl Snapshot {
    /// Fold one event into the snapshot. Only `decide` produces events, so this trusts them.
    pub fn apply(&mut self, event: &Event, at: DateTime<Utc>, timers: &Timers) {
        match event {
            Event::ApplicationSubmitted { .. } => {
                self.status = Status::Applicant;
                self.applied_on = Some(at);
                self.decision_reason = None;
            }
            Event::ScssAssigned { scss, .. } => {
                self.scss = Some(*scss);
                if self.status == Status::Applicant {
                    self.status = Status::UnderReview;
                }
            }
            Event::CertificationRecommended { by } => self.recommended_by = Some(*by),
            Event::Certified { .. } => {
                self.status = Status::Certified;
                self.certified_on = Some(at);
            }
            Event::Rejected { reason, .. } => {
                self.status = Status::Rejected;
                self.decision_reason = Some(*reason);
            }
            Event::DeclaredIneligible { reason, .. } => {
                self.status = Status::Ineligible;
                self.decision_reason = Some(*reason);
            }
            Event::Validated { tier_three, .. } => {
                self.status = Status::Validated;
                self.validated_on = Some(at);
                self.tier_three = *tier_three;
            }
            Event::AnnualReviewApproved { .. } => self.last_annual_review = Some(at),
            Event::SuspensionProposed { by, reason } => self.proposal = Some(Proposal { by: *by, reason: *reason, at }),
            Event::SuspensionProposalDeclined { .. } => self.proposal = None,
            Event::Suspended { reason, .. } => {
                self.suspension = Some(Suspension { reason: *reason, at, cap_submitted_on: None, resume: self.status });
                self.status = Status::Suspended;
                self.proposal = None;
            }
            Event::CorrectiveActionPlanSubmitted { .. } => {
                if let Some(s) = &mut self.suspension {
                    s.cap_submitted_on = Some(at);
                }
            }
            Event::Reinstated { .. } => {
                if let Some(s) = self.suspension.take() {
                    self.status = s.resume;
                }
            }
            Event::SuspensionExpired => {
                self.status = Status::Withdrawn;
                self.suspension = None;
                self.reapply_barred_until = Some(at + timers.reapply_bar);
            }
            Event::Removed { by, reason } => {
                let resume = if self.status == Status::Suspended {
                    self.suspension.as_ref().map(|s| s.resume).unwrap_or(self.status)
                } else {
                    self.status
                };
                self.removal =
                    Some(Removal { by: *by, reason: *reason, at, resume, appeal_filed_on: None, appeal_denied: false });
                self.status = Status::Removed;
                self.suspension = None;
                self.proposal = None;
            }
            Event::AppealFiled { .. } => {
                if let Some(r) = &mut self.removal {
                    r.appeal_filed_on = Some(at);
                }
            }
            Event::AppealDecided { granted, .. } => {
                if *granted {
                    if let Some(r) = self.removal.take() {
                        self.status = r.resume;
                    }
                } else if let Some(r) = &mut self.removal {
                    r.appeal_denied = true;
                }
            }
            Event::Withdrawn { .. } => {
                self.status = Status::Withdrawn;
                self.proposal = None;
            }
        }
    }

    /// Replay a history from the start.
    pub fn replay<'a>(events: impl IntoIterator<Item = (&'a Event, DateTime<Utc>)>, timers: &Timers) -> Snapshot {
        let mut s = Snapshot::default();
        for (e, at) in events {
            s.apply(e, at, timers);
        }
        s
    }

    /// Target date for the certification decision (90 days from application).
    pub fn certification_target(&self, t: &Timers) -> Option<DateTime<Utc>> {
        matches!(self.status, Status::Applicant | Status::UnderReview)
            .then_some(self.applied_on)
            .flatten()
            .map(|a| a + t.certification_target)
    }

    /// First validation within a year of certification; then every 4 years.
    pub fn next_validation_due(&self, t: &Timers) -> Option<DateTime<Utc>> {
        let standing = match self.status {
            Status::Suspended => self.suspension.as_ref().map(|s| s.resume)?,
            s => s,
        };
        match (standing, self.validated_on, self.certified_on) {
            (Status::Validated, Some(v), _) => Some(add_years(v, t.revalidation_years)),
            (Status::Certified, _, Some(c)) => Some(c + t.first_validation_within),
            _ => None,
        }
    }

    /// The certification anniversary the next annual review is for: the first one not yet
    /// covered by an approved review (a review approved inside an anniversary's window, which
    /// opens 90 days before it, covers that anniversary).
    pub fn annual_review_due(&self, t: &Timers) -> Option<DateTime<Utc>> {
        let certified = self.certified_on?;
        if !(self.status.is_certified() || self.status == Status::Suspended) {
            return None;
        }
        let mut due = add_years(certified, 1);
        if let Some(last) = self.last_annual_review {
            let mut n = 1;
            while due - t.annual_review_window <= last {
                n += 1;
                due = add_years(certified, n);
            }
        }
        Some(due)
    }

    /// The date the partner must answer a suspension by (a corrective action plan).
    pub fn response_deadline(&self, t: &Timers) -> Option<DateTime<Utc>> {
        self.suspension.as_ref().filter(|s| s.cap_submitted_on.is_none()).map(|s| s.at + t.suspension_response)
    }

    pub fn appeal_deadline(&self, t: &Timers) -> Option<DateTime<Utc>> {
        let r = self.removal.as_ref().filter(|r| r.appeal_filed_on.is_none())?;
        Some(
            r.at + if r.reason == RemovalReason::FalseInformation {
                t.appeal_window_false_information
            } else {
                t.appeal_window
            },
        )
    }

    /// The decision a Supervisor or HQ owes this account, if any.
    pub fn pending_decision(&self) -> Option<&'static str> {
        match self.status {
            Status::UnderReview if self.recommended_by.is_some() => Some("certification"),
            Status::Suspended if self.suspension.as_ref().is_some_and(|s| s.cap_submitted_on.is_some()) => {
                Some("reinstatement")
            }
            Status::Removed
                if self.removal.as_ref().is_some_and(|r| r.appeal_filed_on.is_some() && !r.appeal_denied) =>
            {
                Some("appeal")
            }
            _ if self.proposal.is_some() => Some("suspension"),
            Status::Applicant => Some("assignment"),
            _ => None,
        }
    }

    pub fn appeal_decision_due(&self, t: &Timers) -> Option<DateTime<Utc>> {
        let r = self.removal.as_ref().filter(|r| !r.appeal_denied)?;
        r.appeal_filed_on.map(|f| f + t.appeal_decision_within)
    }
}

/// The revalidation date a validation group shares: the earliest of its members' own dates,
/// so no member becomes late by joining. Unlinking simply stops applying it.
pub fn aligned_due(own: impl IntoIterator<Item = Option<DateTime<Utc>>>) -> Option<DateTime<Utc>> {
    own.into_iter().flatten().min()
}

mod decide;
pub use decide::decide;

#[cfg(test)]
mod tests;
