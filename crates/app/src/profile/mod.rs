//! The Security Profile: answered criterion by criterion against the catalog version
//! the profile records, saved as a draft at every step, submitted and signed by an Officer,
//! reviewed criterion by criterion by the SCSS, versioned.

pub mod annual;
pub mod review;
pub mod versions;

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::{Reach, reach};
use ctpat_domain::audit::Outcome;
use ctpat_domain::catalog::{Catalog, Criterion};
use ctpat_domain::profile::{self as rules, AnswerFacts, Compliance, ProfileStatus, Review};
use ctpat_domain::profile::{Answer, Profile};
use ctpat_domain::{FieldError, Permission, Problem};
use ctpat_store::profiles::{self, AnswerText};
use serde_json::json;
use std::collections::HashMap;

/// One step of the risk assessment as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskStep {
    pub step: i32,
    pub content: String,
}

impl From<profiles::RiskRow> for RiskStep {
    fn from(r: profiles::RiskRow) -> Self {
        RiskStep { step: r.step, content: r.content }
    }
}

/// Where a profile stands, as the account's next step needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileState {
    /// Not submitted yet: this many required criteria have no answer.
    ToSubmit {
        required_left: usize,
    },
    /// Submitted: the SCSS reviews it.
    Submitted,
    /// The SCSS returned this many criteria: the partner changes them and submits again.
    Returned {
        criteria: usize,
    },
    Approved,
}

/// Everything the profile pages show.
pub struct ProfileView {
    pub reach: Reach,
    pub profile: Option<Profile>,
    pub catalog_version_id: i64,
    pub catalog: Catalog,
    pub answers: HashMap<String, Answer>,
    pub risk: Vec<RiskStep>,
    /// Evidence files per criterion.
    pub evidence: HashMap<String, i64>,
}

impl ProfileView {
    /// The criteria that apply to this account, in catalog order.
    pub fn criteria(&self) -> Vec<&Criterion> {
        let mut v: Vec<&Criterion> = self.catalog.for_entity(self.reach.entity).collect();
        v.sort_by_key(|c| c.order());
        v
    }

    pub fn facts(&self, criterion_id: &str) -> Option<AnswerFacts<'_>> {
        self.answers.get(criterion_id).map(|a| AnswerFacts {
            answer: a.answer,
            justification: a.justification.as_deref().unwrap_or(""),
            narrative: a.narrative.as_deref().unwrap_or(""),
            plan: a.plan.as_deref().unwrap_or(""),
            plan_due: a.plan_due,
            returned_unchanged: a.review == Some(Review::Returned) && a.reviewed_at.is_some_and(|r| a.updated_at <= r),
        })
    }

    /// What stops a submission now.
    pub fn gaps(&self) -> Vec<FieldError> {
        rules::submission_gaps(&self.criteria(), |id| self.facts(id))
    }

    /// (answered, applicable) in one category.
    pub fn progress(&self, category: u8) -> (usize, usize) {
        let list: Vec<&Criterion> = self.criteria().into_iter().filter(|c| c.category == category).collect();
        let answered = list.iter().filter(|c| self.answers.get(&c.id).is_some_and(|a| a.answer.is_some())).count();
        (answered, list.len())
    }

    /// Criteria that are new or changed since the profile moved to its catalog version.
    pub fn flagged(&self) -> Vec<&str> {
        self.profile
            .as_ref()
            .and_then(|p| p.catalog_changes.as_deref())
            .map(|s| s.split(',').collect())
            .unwrap_or_default()
    }

    /// Where the profile stands; `None` before the partner saved anything.
    pub fn status(&self) -> Option<ProfileStatus> {
        self.profile.as_ref().map(|p| p.status)
    }

    /// The status as the message catalogue names it (`profile-status-<key>`).
    pub fn status_key(&self) -> &'static str {
        self.status().map(ProfileStatus::key).unwrap_or("not_started")
    }

    /// Whether the viewer may sign and submit now (the account's Officer, not while the SCSS
    /// reviews a submission).
    pub fn can_sign(&self) -> bool {
        !self.reach.is_staff()
            && self.reach.can(Permission::Sign)
            && self.status() != Some(ProfileStatus::Submitted)
            && !self.with_application()
    }

    /// Whether the profile is submitted with the application, by the Partner Agreement's
    /// signature (the account is still a draft, seen by one of its people).
    pub fn with_application(&self) -> bool {
        !self.reach.is_staff() && self.reach.account.status == ctpat_domain::partner::lifecycle::Status::Draft
    }

    /// Whether the viewer reviews the submission now (program staff who review profiles).
    pub fn reviewing(&self) -> bool {
        self.reach.is_staff()
            && self.reach.can(Permission::ReviewProfiles)
            && self.status() == Some(ProfileStatus::Submitted)
    }

    /// The criteria the SCSS returned, in catalog order, with the SCSS's comment.
    pub fn returned(&self) -> Vec<(&Criterion, &str)> {
        self.criteria()
            .into_iter()
            .filter_map(|c| {
                let a = self.answers.get(&c.id).filter(|a| a.review == Some(Review::Returned))?;
                Some((c, a.review_comment.as_deref().unwrap_or("")))
            })
            .collect()
    }

    /// Required ("must") criteria that have no answer yet.
    pub fn required_left(&self) -> usize {
        self.criteria()
            .into_iter()
            .filter(|c| c.level == ctpat_domain::catalog::Level::Must)
            .filter(|c| self.answers.get(&c.id).is_none_or(|a| a.answer.is_none()))
            .count()
    }

    /// Where the profile stands for the account's next step.
    pub fn progress_state(&self) -> ProfileState {
        match self.status() {
            Some(ProfileStatus::Submitted) => ProfileState::Submitted,
            Some(ProfileStatus::Approved) => ProfileState::Approved,
            Some(ProfileStatus::Returned) => ProfileState::Returned { criteria: self.returned().len() },
            Some(ProfileStatus::Draft) | None => ProfileState::ToSubmit { required_left: self.required_left() },
        }
    }

    /// Whether the partner may change answers now (not while the SCSS reviews a submission).
    pub fn editable(&self) -> bool {
        !self.reach.is_staff()
            && self.reach.can(Permission::EditProfileDraft)
            && self.status() != Some(ProfileStatus::Submitted)
    }
}

/// Load the profile of an account for the actor (members and staff who reach the account).
pub async fn view(app: &App, actor: &Actor, account_id: i64) -> Result<ProfileView> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let profile = profiles::of_account(conn, account_id).await?;
    let (catalog_version_id, catalog) = match &profile {
        Some(p) => (
            p.catalog_version_id,
            ctpat_store::catalog::version(conn, p.catalog_version_id).await?.ok_or(Error::NotFound)?,
        ),
        None => crate::catalog::current(app).await?,
    };
    let (answers, risk, evidence) = match &profile {
        Some(p) => (
            profiles::answers(conn, p.id).await?.into_iter().map(|a| (a.criterion_id.clone(), a)).collect(),
            profiles::risk_steps(conn, p.id).await?.into_iter().map(RiskStep::from).collect(),
            ctpat_store::files::evidence_counts(conn, p.id).await?.into_iter().collect(),
        ),
        None => (HashMap::new(), Vec::new(), HashMap::new()),
    };
    Ok(ProfileView { reach: r, profile, catalog_version_id, catalog, answers, risk, evidence })
}

/// The profile of the account, created against the current catalog on first use.
async fn ensure<C: ctpat_store::ConnectionTrait>(conn: &C, app: &App, actor: &Actor, r: &Reach) -> Result<Profile> {
    if let Some(p) = profiles::of_account(conn, r.account.id).await? {
        return Ok(p);
    }
    let (version_id, catalog) = crate::catalog::current(app).await?;
    let now = app.now();
    let p = profiles::insert(conn, r.account.id, version_id, now).await?;
    ctpat_store::audit::append(
        conn,
        for_account(audit::by(actor, now, "profile.started", Outcome::Ok), r.account.id)
            .object("profile", p.id)
            .after(json!({"catalog_version": catalog.version})),
    )
    .await?;
    Ok(p)
}

/// One criterion's inputs as typed.
#[derive(Debug, Clone, Default)]
pub struct AnswerInput {
    pub criterion_id: String,
    pub answer: String,
    pub justification: String,
    pub narrative: String,
    /// The corrective action plan and its due day (`YYYY-MM-DD`), for a criterion not met.
    pub plan: String,
    pub plan_due: String,
}

/// Save the answers of one category. Everything typed is kept — a draft may be incomplete —
/// and the problems found are returned to show next to their fields.
pub async fn save_category(
    app: &App,
    actor: &Actor,
    account_id: i64,
    category: u8,
    inputs: &[AnswerInput],
) -> Result<Vec<FieldError>> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if r.is_staff() || !r.can(Permission::EditProfileDraft) {
        return Err(Error::Forbidden);
    }
    let mut p = ensure(&txn, app, actor, &r).await?;
    if p.status == ProfileStatus::Submitted {
        return Err(Error::Refused(Problem::new("err-profile-under-review")));
    }
    let catalog = ctpat_store::catalog::version(&txn, p.catalog_version_id).await?.ok_or(Error::NotFound)?;
    let applicable: Vec<&Criterion> = catalog.for_entity(r.entity).filter(|c| c.category == category).collect();
    if applicable.is_empty() {
        return Err(Error::NotFound);
    }
    let existing: HashMap<String, Answer> =
        profiles::answers(&txn, p.id).await?.into_iter().map(|a| (a.criterion_id.clone(), a)).collect();
    let mut problems = Vec::new();
    let mut changed = Vec::new();
    for input in inputs {
        let Some(c) = applicable.iter().find(|c| c.id == input.criterion_id) else { continue };
        let answer = match input.answer.trim() {
            "" => None,
            k => match Compliance::from_key(k) {
                Some(a) => Some(a),
                None => {
                    problems.push(Problem::new("err-choose-one").on(rules::field("answer", &c.id)));
                    None
                }
            },
        };
        let narrative = input.narrative.trim();
        let justification = input.justification.trim();
        let plan = input.plan.trim();
        // A due day that is not a date, or already past, is said and not stored.
        let plan_due = match input.plan_due.trim() {
            "" => None,
            d => match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                Ok(day) if day >= now.date_naive() => Some(day),
                Ok(_) => {
                    problems.push(Problem::new("err-date-past").on(rules::field("plan_due", &c.id)));
                    None
                }
                Err(_) => {
                    problems.push(Problem::new("err-date").on(rules::field("plan_due", &c.id)));
                    None
                }
            },
        };
        let facts = AnswerFacts { answer, justification, narrative, plan, plan_due, returned_unchanged: false };
        let mut found = rules::answer_problems(&c.id, &facts);
        // The due day's own problem is already said.
        let due_field = rules::field("plan_due", &c.id);
        if problems.iter().any(|p| p.field == due_field) {
            found.retain(|p| p.field != due_field);
        }
        let too_long = found.iter().any(|f| f.problem.code == "err-too-long");
        problems.extend(found);
        if too_long {
            continue; // nothing is cut short silently: the typed text stays on the page
        }
        let text = AnswerText {
            answer,
            justification: (!justification.is_empty()).then(|| justification.to_string()),
            narrative: (!narrative.is_empty()).then(|| narrative.to_string()),
            plan: (!plan.is_empty()).then(|| plan.to_string()),
            plan_due,
        };
        let before = existing.get(&c.id);
        let review = Review::after_partner_change(before.and_then(|a| a.review));
        if profiles::save_answer(&txn, p.id, before, &c.id, &text, review, actor.user.id, now).await? {
            changed.push(json!({"criterion": c.id, "answer": text.answer}));
        }
    }
    if !changed.is_empty() {
        // Changing an approved profile starts a new draft; approved versions stay on record.
        if p.status == ProfileStatus::Approved {
            p = profiles::reopen(&txn, &p, now).await?;
        }
        ctpat_store::audit::append(
            &txn,
            for_account(audit::by(actor, now, "profile.answers_saved", Outcome::Ok), account_id)
                .object("profile", p.id)
                .after(json!({"category": category, "changed": changed})),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(problems)
}

/// Save the five risk-assessment steps.
pub async fn save_risk(app: &App, actor: &Actor, account_id: i64, steps: &[(u8, String)]) -> Result<()> {
    let mut errors = Vec::new();
    for (n, text) in steps {
        if text.chars().count() > rules::NARRATIVE_MAX {
            errors.push(Problem::new("err-too-long").with("max", rules::NARRATIVE_MAX).on(format!("risk-{n}")));
        }
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if r.is_staff() || !r.can(Permission::EditProfileDraft) {
        return Err(Error::Forbidden);
    }
    let p = ensure(&txn, app, actor, &r).await?;
    if p.status == ProfileStatus::Submitted {
        return Err(Error::Refused(Problem::new("err-profile-under-review")));
    }
    let existing = profiles::risk_steps(&txn, p.id).await?;
    let mut changed = Vec::new();
    for (n, text) in steps {
        if !rules::RISK_STEPS.contains(n) {
            continue;
        }
        let row = existing.iter().find(|s| s.step == i32::from(*n));
        if profiles::save_risk_step(&txn, p.id, row, i32::from(*n), text.trim(), actor.user.id, now).await? {
            changed.push(*n);
        }
    }
    if !changed.is_empty() {
        ctpat_store::audit::append(
            &txn,
            for_account(audit::by(actor, now, "profile.risk_assessment_saved", Outcome::Ok), account_id)
                .object("profile", p.id)
                .after(json!({"steps": changed})),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}
