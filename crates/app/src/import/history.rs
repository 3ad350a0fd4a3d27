//! A legacy status and its dates, as the lifecycle events that would have made them. Dates
//! the portal derives (next validation, annual review, deadlines) then come from these events
//! like any other account's: nothing derived is copied from the legacy file.

use super::records::History;
use chrono::{DateTime, Utc};
use ctpat_domain::partner::lifecycle::{Event, PersonId, Snapshot, Status, Timers};

/// A history's problem: the column to point at and the rule broken.
pub type Fault = (&'static str, String);

/// The events, oldest first, checked against the story the row tells: replayed, they must give
/// the row's status; every date the row gives must be a step of that story; a suspension whose
/// response window closed before the import must say whether a plan was filed. `by` is the
/// person running the import, `scss` the legacy SCSS.
pub fn events(
    h: &History,
    by: PersonId,
    scss: Option<PersonId>,
    t: &Timers,
    now: DateTime<Utc>,
) -> Result<Vec<(Event, DateTime<Utc>)>, Fault> {
    let out = build(h, by, scss)?;
    let Some(status) = h.status else { return Err(("status", "is required".into())) };
    let s = Snapshot::replay(out.iter().map(|(e, at)| (e, *at)), t);
    if s.status != status {
        let (col, why) = match (status, s.status) {
            (Status::Applicant, Status::UnderReview) => {
                ("scss_email", "is given, and an application with its SCSS is under_review")
            }
            (Status::Certified, Status::Validated) => {
                ("validated_on", "is given, and a validated account's status is validated")
            }
            _ => ("status", "does not match the dates given"),
        };
        return Err((col, format!("{why} (the row says {}, its dates make it {})", status.key(), s.status.key())));
    }
    let used: Vec<&str> = out.iter().map(|(e, _)| column_of(e)).collect();
    let given = [
        ("applied_on", h.applied_on),
        ("certified_on", h.certified_on),
        ("validated_on", h.validated_on),
        ("last_annual_review_on", h.last_annual_review_on),
        ("suspended_on", h.suspended_on),
        ("cap_submitted_on", h.cap_submitted_on),
        ("removed_on", h.removed_on),
        ("withdrawn_on", h.withdrawn_on),
        ("decided_on", h.decided_on),
    ];
    if let Some((col, _)) = given.iter().find(|(c, d)| d.is_some() && !used.contains(c)) {
        return Err((col, format!("is given, but the history of a {} account has no such step", status.key())));
    }
    if let Some(due) = s.response_deadline(t)
        && due < now
    {
        return Err((
            "cap_submitted_on",
            format!(
                "is required: the suspension's response window closed on {} before this import (give the day a corrective action plan was filed, or import the account as withdrawn)",
                due.format("%Y-%m-%d")
            ),
        ));
    }
    Ok(out)
}

fn build(h: &History, by: PersonId, scss: Option<PersonId>) -> Result<Vec<(Event, DateTime<Utc>)>, Fault> {
    let Some(status) = h.status else { return Err(("status", "is required".into())) };
    let need = |col: &'static str, v: Option<DateTime<Utc>>| {
        v.ok_or((col, format!("is required for an account whose status is {}", status.key())))
    };
    let mut out: Vec<(Event, DateTime<Utc>)> = Vec::new();
    if status == Status::Draft {
        return Ok(out);
    }
    // What the account was before a side state (suspended, removed, withdrawn).
    let certified = h.certified_on.is_some() || matches!(status, Status::Certified | Status::Validated);
    let validated = h.validated_on.is_some() || status == Status::Validated;
    let certified_on = if certified { Some(need("certified_on", h.certified_on)?) } else { None };
    let applied = h.applied_on.or(certified_on).ok_or((
        "applied_on",
        format!("is required for an account whose status is {} (or give certified_on)", status.key()),
    ))?;
    out.push((Event::ApplicationSubmitted { by }, applied));
    if let Some(s) = scss {
        out.push((Event::ScssAssigned { scss: s, by }, applied));
    } else if status == Status::UnderReview {
        return Err(("scss_email", "is required for an account under review (the SCSS reviewing it)".into()));
    }
    match status {
        Status::Rejected | Status::Ineligible => {
            let at = need("decided_on", h.decided_on)?;
            let reason = h
                .decision_reason
                .ok_or(("decision_reason", "is required for a rejected or ineligible account".to_string()))?;
            out.push((
                if status == Status::Rejected {
                    Event::Rejected { by, reason }
                } else {
                    Event::DeclaredIneligible { by, reason }
                },
                at,
            ));
            return ordered(out);
        }
        Status::Applicant | Status::UnderReview if certified => {
            return Err(("certified_on", format!("is given but the status is {}", status.key())));
        }
        _ => {}
    }
    if let Some(c) = certified_on {
        out.push((Event::Certified { by, recommended_by: scss.unwrap_or(by) }, c));
    }
    if validated {
        let v = need("validated_on", h.validated_on)?;
        if certified_on.is_none() {
            return Err(("certified_on", "is required when validated_on is given".into()));
        }
        out.push((Event::Validated { by, report_author: scss.unwrap_or(by), tier_three: h.tier_three }, v));
    }
    if let Some(r) = h.last_annual_review_on {
        if certified_on.is_none() {
            return Err(("last_annual_review_on", "is given for an account never certified".into()));
        }
        out.push((Event::AnnualReviewApproved { by }, r));
    }
    match status {
        Status::Suspended => {
            let at = need("suspended_on", h.suspended_on)?;
            if certified_on.is_none() {
                return Err((
                    "certified_on",
                    "is required for a suspended account (only a certified one is suspended)".into(),
                ));
            }
            let reason =
                h.suspension_reason.ok_or(("suspension_reason", "is required for a suspended account".to_string()))?;
            out.push((Event::Suspended { by, proposed_by: by, reason }, at));
            if let Some(cap) = h.cap_submitted_on {
                if cap < at {
                    return Err(("cap_submitted_on", "is earlier than suspended_on".into()));
                }
                out.push((Event::CorrectiveActionPlanSubmitted { by }, cap));
            }
        }
        Status::Removed => {
            let at = need("removed_on", h.removed_on)?;
            let reason = h.removal_reason.ok_or(("removal_reason", "is required for a removed account".to_string()))?;
            out.push((Event::Removed { by, reason }, at));
        }
        Status::Withdrawn => {
            let at = need("withdrawn_on", h.withdrawn_on)?;
            out.push((Event::Withdrawn { by }, at));
        }
        _ => {}
    }
    ordered(out)
}

/// Put the events in the order of their dates, and refuse dates that contradict the story:
/// a certification before its application, a validation before its certification, anything
/// after the step that ended the account's standing.
fn ordered(mut out: Vec<(Event, DateTime<Utc>)>) -> Result<Vec<(Event, DateTime<Utc>)>, Fault> {
    let rank = |e: &Event| match e {
        Event::ApplicationSubmitted { .. } => 0,
        Event::ScssAssigned { .. } => 1,
        Event::Certified { .. } => 2,
        Event::Validated { .. } => 3,
        Event::AnnualReviewApproved { .. } => 3,
        _ => 9,
    };
    for w in out.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if rank(&b.0) > rank(&a.0) && rank(&b.0) != 3 && b.1 < a.1 {
            return Err((column_of(&b.0), format!("is earlier than {}", column_of(&a.0))));
        }
    }
    if let (Some(c), Some(v)) = (at_of(&out, "certified"), at_of(&out, "validated"))
        && v < c
    {
        return Err(("validated_on", "is earlier than certified_on".into()));
    }
    if let Some(c) = at_of(&out, "certified")
        && at_of(&out, "annual_review_approved").is_some_and(|r| r < c)
    {
        return Err(("last_annual_review_on", "is earlier than certified_on".into()));
    }
    if let Some((end, at)) = out.iter().find(|(e, _)| rank(e) == 9)
        && let Some((before, _)) = out.iter().filter(|(e, _)| rank(e) != 9).find(|(_, t)| t > at)
    {
        return Err((column_of(end), format!("is earlier than {}", column_of(before))));
    }
    out.sort_by_key(|(e, at)| (rank(e) == 9, *at, rank(e)));
    Ok(out)
}

fn at_of(out: &[(Event, DateTime<Utc>)], kind: &str) -> Option<DateTime<Utc>> {
    out.iter().find(|(e, _)| e.kind() == kind).map(|(_, at)| *at)
}

fn column_of(e: &Event) -> &'static str {
    match e {
        Event::ApplicationSubmitted { .. } | Event::ScssAssigned { .. } => "applied_on",
        Event::Certified { .. } => "certified_on",
        Event::Validated { .. } => "validated_on",
        Event::AnnualReviewApproved { .. } => "last_annual_review_on",
        Event::Suspended { .. } => "suspended_on",
        Event::CorrectiveActionPlanSubmitted { .. } => "cap_submitted_on",
        Event::Removed { .. } => "removed_on",
        Event::Withdrawn { .. } => "withdrawn_on",
        _ => "decided_on",
    }
}
