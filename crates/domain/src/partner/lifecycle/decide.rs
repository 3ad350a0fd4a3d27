//! Deciding a command against an account's snapshot: who may run it, from which status, and
//! the event it records (with the dates its timers give).

use super::*;

fn role_in(actor: &Actor, roles: &[ActorRole]) -> Result<(), Refusal> {
    if roles.contains(&actor.role) { Ok(()) } else { Err(Refusal::WrongRole) }
}

fn status_in(s: &Snapshot, allowed: &[Status]) -> Result<(), Refusal> {
    if allowed.contains(&s.status) { Ok(()) } else { Err(Refusal::NotAllowedInStatus) }
}

const ACTIVE: [Status; 4] = [Status::Applicant, Status::UnderReview, Status::Certified, Status::Validated];

/// Decide a command: the event to record, or why not.
pub fn decide(s: &Snapshot, cmd: &Command, actor: &Actor, now: DateTime<Utc>, t: &Timers) -> Result<Event, Refusal> {
    use ActorRole::*;
    let by = actor.id;
    match cmd {
        Command::SubmitApplication => {
            role_in(actor, &[Officer])?;
            status_in(s, &[Status::Draft])?;
            if s.reapply_barred_until.is_some_and(|until| now < until) {
                return Err(Refusal::ReapplicationBarred);
            }
            Ok(Event::ApplicationSubmitted { by })
        }
        Command::AssignScss { scss } => {
            role_in(actor, &[Supervisor])?;
            status_in(
                s,
                &[Status::Applicant, Status::UnderReview, Status::Certified, Status::Validated, Status::Suspended],
            )?;
            if s.scss == Some(*scss) {
                return Err(Refusal::AlreadyAssigned);
            }
            Ok(Event::ScssAssigned { scss: *scss, by })
        }
        Command::RecommendCertification => {
            role_in(actor, &[Scss, Supervisor])?;
            status_in(s, &[Status::UnderReview])?;
            if actor.role == Scss && s.scss != Some(by) {
                return Err(Refusal::NotTheAssignedScss);
            }
            Ok(Event::CertificationRecommended { by })
        }
        Command::Certify => {
            role_in(actor, &[Supervisor])?;
            status_in(s, &[Status::UnderReview])?;
            let recommended_by = s.recommended_by.ok_or(Refusal::NoRecommendation)?;
            if recommended_by == by {
                return Err(Refusal::OwnProposal);
            }
            Ok(Event::Certified { by, recommended_by })
        }
        Command::Reject { reason } => {
            role_in(actor, &[Supervisor])?;
            status_in(s, &[Status::Applicant, Status::UnderReview])?;
            Ok(Event::Rejected { by, reason: *reason })
        }
        Command::DeclareIneligible { reason } => {
            role_in(actor, &[Supervisor])?;
            status_in(s, &[Status::Applicant, Status::UnderReview])?;
            Ok(Event::DeclaredIneligible { by, reason: *reason })
        }
        Command::ApproveValidation { report_author, tier_three } => {
            role_in(actor, &[Supervisor])?;
            status_in(s, &[Status::Certified, Status::Validated])?;
            if *report_author == by {
                return Err(Refusal::OwnProposal);
            }
            Ok(Event::Validated { by, report_author: *report_author, tier_three: *tier_three })
        }
        Command::ApproveAnnualReview => {
            role_in(actor, &[Scss, Supervisor])?;
            status_in(s, &[Status::Certified, Status::Validated])?;
            Ok(Event::AnnualReviewApproved { by })
        }
        Command::ProposeSuspension { reason } => {
            role_in(actor, &[Scss, Supervisor])?;
            status_in(s, &ACTIVE)?;
            if s.proposal.is_some() {
                return Err(Refusal::ProposalPending);
            }
            Ok(Event::SuspensionProposed { by, reason: *reason })
        }
        Command::DecideSuspension { approve } => {
            role_in(actor, &[Supervisor])?;
            status_in(s, &ACTIVE)?;
            let p = s.proposal.as_ref().ok_or(Refusal::NoProposal)?;
            if p.by == by {
                return Err(Refusal::OwnProposal);
            }
            Ok(if *approve {
                Event::Suspended { by, proposed_by: p.by, reason: p.reason }
            } else {
                Event::SuspensionProposalDeclined { by }
            })
        }
        Command::SuspendAfterNotice { noticed_by } => {
            role_in(actor, &[System])?;
            status_in(s, &ACTIVE)?;
            Ok(Event::Suspended { by, proposed_by: *noticed_by, reason: SuspensionReason::MissingMandatoryData })
        }
        Command::SubmitCorrectiveActionPlan => {
            role_in(actor, &[Officer, AccountAdmin])?;
            status_in(s, &[Status::Suspended])?;
            let sus = s.suspension.as_ref().ok_or(Refusal::NotAllowedInStatus)?;
            if sus.cap_submitted_on.is_some() {
                return Err(Refusal::CorrectiveActionPlanAlreadySubmitted);
            }
            if now > sus.at + t.suspension_response {
                return Err(Refusal::DeadlinePassed);
            }
            Ok(Event::CorrectiveActionPlanSubmitted { by })
        }
        Command::Reinstate => {
            role_in(actor, &[Supervisor])?;
            status_in(s, &[Status::Suspended])?;
            let sus = s.suspension.as_ref().ok_or(Refusal::NotAllowedInStatus)?;
            if sus.cap_submitted_on.is_none() {
                return Err(Refusal::NoCorrectiveActionPlan);
            }
            Ok(Event::Reinstated { by })
        }
        Command::ExpireSuspension => {
            role_in(actor, &[System])?;
            status_in(s, &[Status::Suspended])?;
            let sus = s.suspension.as_ref().ok_or(Refusal::NotAllowedInStatus)?;
            if sus.cap_submitted_on.is_some() {
                return Err(Refusal::CorrectiveActionPlanAlreadySubmitted);
            }
            if now < sus.at + t.suspension_response {
                return Err(Refusal::DeadlineNotReached);
            }
            Ok(Event::SuspensionExpired)
        }
        Command::Remove { reason } => {
            role_in(actor, &[Hq])?;
            status_in(
                s,
                &[Status::Applicant, Status::UnderReview, Status::Certified, Status::Validated, Status::Suspended],
            )?;
            Ok(Event::Removed { by, reason: *reason })
        }
        Command::FileAppeal => {
            role_in(actor, &[Officer])?;
            status_in(s, &[Status::Removed])?;
            let r = s.removal.as_ref().ok_or(Refusal::NotAllowedInStatus)?;
            if r.appeal_filed_on.is_some() {
                return Err(Refusal::AppealAlreadyFiled);
            }
            if s.appeal_deadline(t).is_some_and(|d| now > d) {
                return Err(Refusal::DeadlinePassed);
            }
            Ok(Event::AppealFiled { by })
        }
        Command::DecideAppeal { grant } => {
            role_in(actor, &[Hq])?;
            status_in(s, &[Status::Removed])?;
            let r = s.removal.as_ref().ok_or(Refusal::NotAllowedInStatus)?;
            if r.appeal_filed_on.is_none() || r.appeal_denied {
                return Err(Refusal::NoAppeal);
            }
            if r.by == by {
                return Err(Refusal::OwnProposal);
            }
            Ok(Event::AppealDecided { by, granted: *grant })
        }
        Command::Withdraw => {
            role_in(actor, &[Officer])?;
            status_in(s, &ACTIVE)?;
            Ok(Event::Withdrawn { by })
        }
    }
}
