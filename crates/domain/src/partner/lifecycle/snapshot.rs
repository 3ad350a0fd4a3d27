//! The account as its events make it: `Snapshot::apply` folds each recorded event, and every
//! date the portal shows is derived here from them.

use super::*;

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

pub(super) fn add_years(t: DateTime<Utc>, years: i32) -> DateTime<Utc> {
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
