//! Submitting a profile (signed by an Officer, frozen as a version) and the SCSS's review,
//! criterion by criterion: accept, or return with a comment. Returned criteria come back to
//! the partner first; only they need changing before the next submission.

use super::{ProfileView, view};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use ctpat_domain::audit::Outcome;
use ctpat_domain::profile::{ProfileStatus, Review};
use ctpat_domain::{FieldError, Permission, Problem};
use ctpat_store::profiles;
use serde_json::json;

/// The frozen content of a version: every answer and the risk assessment.
pub fn snapshot(v: &ProfileView) -> serde_json::Value {
    let criteria: Vec<serde_json::Value> = v
        .criteria()
        .iter()
        .filter_map(|c| v.answers.get(&c.id))
        .map(|a| {
            json!({
                "id": a.criterion_id,
                "answer": a.answer,
                "justification": a.justification,
                "narrative": a.narrative,
                "plan": a.plan,
                "plan_due": a.plan_due.map(|d| d.format("%Y-%m-%d").to_string()),
                "review": a.review,
                "review_comment": a.review_comment,
            })
        })
        .collect();
    let risk: Vec<serde_json::Value> = v.risk.iter().map(|r| json!({"step": r.step, "content": r.content})).collect();
    json!({"catalog_version_id": v.catalog_version_id, "criteria": criteria, "risk": risk})
}

/// Submit and sign. Refused with the gaps until every *must* criterion is answered.
pub async fn submit(
    app: &App,
    actor: &Actor,
    account_id: i64,
    agreed: bool,
    password: &str,
    code: &str,
) -> Result<i32> {
    let v = view(app, actor, account_id).await?;
    if v.reach.is_staff() || !v.reach.can(Permission::Sign) {
        return Err(Error::Refused(Problem::new("err-profile-only-officer-signs")));
    }
    // Before the application is signed, the profile goes with it: the agreement's signature
    // submits both.
    if v.reach.account.status == ctpat_domain::partner::lifecycle::Status::Draft {
        return Err(Error::Refused(Problem::new("err-profile-submit-with-application")));
    }
    let Some(p) = v.profile.clone() else { return Err(Error::Refused(Problem::new("err-profile-not-started"))) };
    if p.status == ProfileStatus::Submitted {
        return Err(Error::Refused(Problem::new("err-profile-under-review")));
    }
    let gaps = v.gaps();
    if !gaps.is_empty() {
        return Err(Error::Refused(Problem::new("err-profile-incomplete").with("count", gaps.len())));
    }
    let mut errors: Vec<FieldError> = Vec::new();
    if !agreed {
        errors.push(Problem::new("err-profile-must-confirm").on("confirm"));
    }
    let method = crate::auth::reauth::confirm(app, actor, password, code).await.map_err(|e| errors.push(e)).ok();
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let txn = app.db.begin().await?;
    let number = submit_in(&txn, app, actor, &v, method.unwrap_or_default()).await?;
    txn.commit().await?;
    Ok(number)
}

/// Freeze the answers of `v` as the next submitted version, in the caller's transaction (the
/// application's signature submits the first one). The caller has checked the gaps and the
/// signer; `method` is how the signer proved it was them.
pub(crate) async fn submit_in<C: ctpat_store::ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    v: &ProfileView,
    method: &str,
) -> Result<i32> {
    let account_id = v.reach.account.id;
    let p = match v.profile.clone() {
        Some(p) => p,
        None => return Err(Error::Refused(Problem::new("err-profile-not-started"))),
    };
    let now = app.now();
    let number = p.submissions + 1;
    let snap = snapshot(v);
    let p = profiles::mark_submitted(txn, &p, number, now).await?;
    profiles::insert_version(
        txn,
        profiles::NewVersion {
            profile_id: p.id,
            number,
            kind: ctpat_domain::profile::VersionKind::Submission,
            catalog_version_id: p.catalog_version_id,
            signed_by: actor.user.id,
            now,
            snapshot: &snap.to_string(),
        },
    )
    .await?;
    // Revised answers wait for a new decision; accepted ones stay accepted.
    for a in v.answers.values().filter(|a| a.review == Some(Review::Revised)) {
        profiles::set_review(txn, a, None, a.review_comment.as_deref(), actor.user.id, now).await?;
    }
    ctpat_store::audit::append(
        txn,
        for_account(audit::by(actor, now, "profile.submitted", Outcome::Ok), account_id)
            .object("profile", p.id)
            .after(json!({"version": number, "signed_with": method})),
    )
    .await?;
    Ok(number)
}

/// One review decision from the page.
#[derive(Debug, Clone, Default)]
pub struct Decision {
    pub criterion_id: String,
    /// `accept`, `return`, or empty (undecided).
    pub decision: String,
    pub comment: String,
}

/// What a review pass recorded: how many criteria were accepted and returned, and where the
/// profile stands after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reviewed {
    pub outcome: ReviewOutcome,
    pub accepted: usize,
    pub returned: usize,
}

/// The outcome of a review pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewOutcome {
    /// Some criteria still wait for a decision.
    InReview,
    /// Every answer accepted: the profile is approved.
    Approved,
    /// All decided, some returned: back to the partner.
    Returned,
}

pub async fn review(app: &App, actor: &Actor, account_id: i64, decisions: &[Decision]) -> Result<Reviewed> {
    let v = view(app, actor, account_id).await?;
    if !(v.reach.is_staff() && v.reach.can(Permission::ReviewProfiles)) {
        return Err(Error::Forbidden);
    }
    let Some(p) = v.profile.clone() else { return Err(Error::NotFound) };
    if p.status != ProfileStatus::Submitted {
        return Err(Error::Refused(Problem::new("err-profile-not-submitted")));
    }
    let mut errors = Vec::new();
    for d in decisions {
        if !matches!(d.decision.as_str(), "" | "accept" | "return") {
            errors.push(Problem::new("err-choose-one").on(format!("decision-{}", d.criterion_id)));
        }
        if d.decision == "return" && d.comment.trim().is_empty() {
            errors.push(Problem::new("err-profile-return-needs-comment").on(format!("comment-{}", d.criterion_id)));
        }
        // A comment is only sent with a return: one without a decision would be lost.
        if d.decision.is_empty() && !d.comment.trim().is_empty() {
            errors.push(Problem::new("err-review-comment-needs-decision").on(format!("decision-{}", d.criterion_id)));
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    // Nothing decided is nothing recorded, and said so.
    if decisions.iter().all(|d| d.decision.is_empty()) {
        return Err(Error::Refused(Problem::new("err-review-nothing-decided")));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    let (mut accepted, mut returned) = (Vec::new(), Vec::new());
    for d in decisions.iter().filter(|d| !d.decision.is_empty()) {
        let Some(a) = v.answers.get(&d.criterion_id) else { continue };
        let (review, comment) =
            if d.decision == "accept" { (Review::Accepted, None) } else { (Review::Returned, Some(d.comment.trim())) };
        profiles::set_review(&txn, a, Some(review), comment, actor.user.id, now).await?;
        if review == Review::Accepted {
            accepted.push(a.criterion_id.clone())
        } else {
            returned.push(a.criterion_id.clone())
        }
    }
    let state = profiles::answers(&txn, p.id).await?;
    let answered: Vec<_> = state.iter().filter(|a| a.answer.is_some()).collect();
    let pending = answered.iter().any(|a| a.review.is_none());
    let any_returned = answered.iter().any(|a| a.review == Some(Review::Returned));
    let outcome = if pending {
        ReviewOutcome::InReview
    } else if any_returned {
        ReviewOutcome::Returned
    } else {
        ReviewOutcome::Approved
    };
    match outcome {
        ReviewOutcome::InReview => {}
        ReviewOutcome::Approved => {
            profiles::mark_approved(&txn, &p, now).await?;
            // The approved version is filed in the account's library.
            profiles::approve_version(&txn, p.id, p.submissions, now).await?;
        }
        ReviewOutcome::Returned => {
            profiles::mark_returned(&txn, &p, now).await?;
        }
    }
    let action = match outcome {
        ReviewOutcome::InReview => "profile.reviewed",
        ReviewOutcome::Approved => "profile.approved",
        ReviewOutcome::Returned => "profile.returned",
    };
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, action, ctpat_domain::audit::Outcome::Ok), account_id)
            .object("profile", p.id)
            .after(json!({"accepted": accepted, "returned": returned, "version": p.submissions})),
    )
    .await?;
    if outcome != ReviewOutcome::InReview {
        let still_returned = state.iter().filter(|a| a.review == Some(Review::Returned)).count();
        let happened = ctpat_domain::happened::Happened::ProfileReviewed {
            account_id,
            approved: outcome == ReviewOutcome::Approved,
            returned: still_returned,
        };
        crate::events::publish(&txn, app, happened).await?;
    }
    txn.commit().await?;
    Ok(Reviewed { outcome, accepted: accepted.len(), returned: returned.len() })
}
