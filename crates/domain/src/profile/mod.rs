//! Security Profile rules: the four compliance answers, what an answer must carry,
//! and what blocks a submission.

pub mod record;

pub use record::{Answer, Profile, ProfileStatus, Review, VersionKind};

use crate::catalog::{Criterion, Level};
use crate::problem::{FieldError, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Compliance {
    Meets,
    Partially,
    DoesNotMeet,
    NotApplicable,
}

impl Compliance {
    pub const ALL: [Compliance; 4] =
        [Compliance::Meets, Compliance::Partially, Compliance::DoesNotMeet, Compliance::NotApplicable];

    pub fn key(self) -> &'static str {
        match self {
            Compliance::Meets => "meets",
            Compliance::Partially => "partially",
            Compliance::DoesNotMeet => "does_not_meet",
            Compliance::NotApplicable => "not_applicable",
        }
    }

    pub fn from_key(s: &str) -> Option<Compliance> {
        Self::ALL.into_iter().find(|c| c.key() == s)
    }
}

pub const NARRATIVE_MAX: usize = 10_000;
pub const JUSTIFICATION_MAX: usize = 5_000;
pub const PLAN_MAX: usize = 10_000;

impl Compliance {
    /// A criterion not met, or met only in part, carries a corrective action plan with the date
    /// it will be complete.
    pub fn needs_plan(self) -> bool {
        matches!(self, Compliance::Partially | Compliance::DoesNotMeet)
    }
}

/// The five steps of the risk assessment, catalogue ids `risk-step-<n>`.
pub const RISK_STEPS: [u8; 5] = [1, 2, 3, 4, 5];

/// Form field names of a criterion's inputs.
pub fn field(kind: &str, criterion_id: &str) -> String {
    format!("{kind}-{criterion_id}")
}

/// What one answer carries, as the rules need it.
#[derive(Debug, Clone, Default)]
pub struct AnswerFacts<'a> {
    pub answer: Option<Compliance>,
    pub justification: &'a str,
    pub narrative: &'a str,
    /// The corrective action plan, and the day it will be complete.
    pub plan: &'a str,
    pub plan_due: Option<chrono::NaiveDate>,
    /// The SCSS returned it and the partner has not changed it since.
    pub returned_unchanged: bool,
}

/// Problems with one answer as typed (its fields named `answer-<id>` and so on). These do not
/// stop a draft from being saved; they are shown, and they stop a submission.
pub fn answer_problems(criterion_id: &str, a: &AnswerFacts<'_>) -> Vec<FieldError> {
    let mut out = Vec::new();
    if a.answer == Some(Compliance::NotApplicable) && a.justification.trim().is_empty() {
        out.push(Problem::new("err-profile-na-justify").on(field("justification", criterion_id)));
    }
    if a.narrative.chars().count() > NARRATIVE_MAX {
        out.push(Problem::new("err-too-long").with("max", NARRATIVE_MAX).on(field("narrative", criterion_id)));
    }
    if a.justification.chars().count() > JUSTIFICATION_MAX {
        out.push(Problem::new("err-too-long").with("max", JUSTIFICATION_MAX).on(field("justification", criterion_id)));
    }
    if a.answer.is_some_and(Compliance::needs_plan) {
        if a.plan.trim().is_empty() {
            out.push(Problem::new("err-profile-plan-missing").on(field("plan", criterion_id)));
        }
        if a.plan_due.is_none() {
            out.push(Problem::new("err-profile-plan-due-missing").on(field("plan_due", criterion_id)));
        }
    }
    if a.plan.chars().count() > PLAN_MAX {
        out.push(Problem::new("err-too-long").with("max", PLAN_MAX).on(field("plan", criterion_id)));
    }
    out
}

/// Everything that stops a submission, criterion by criterion, in catalog order.
pub fn submission_gaps<'a>(
    criteria: &[&Criterion],
    answer_of: impl Fn(&str) -> Option<AnswerFacts<'a>>,
) -> Vec<FieldError> {
    let mut out = Vec::new();
    for c in criteria {
        let a = answer_of(&c.id).unwrap_or_default();
        if c.level == Level::Must && a.answer.is_none() {
            out.push(Problem::new("err-profile-must-unanswered").with("id", &c.id).on(field("answer", &c.id)));
        }
        if a.returned_unchanged {
            out.push(Problem::new("err-profile-returned-unchanged").with("id", &c.id).on(field("narrative", &c.id)));
        }
        out.extend(answer_problems(&c.id, &a));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partner::EntityType;

    fn crit(id: &str, level: Level) -> Criterion {
        Criterion {
            id: id.into(),
            category: 1,
            level,
            applies_to: vec![EntityType::Importer],
            statement: "s".into(),
            guidance: "g".into(),
            basis: "b".into(),
            translations: Default::default(),
        }
    }

    #[test]
    fn gaps() {
        let (m, s) = (crit("1.3", Level::Must), crit("1.1", Level::Should));
        let none = submission_gaps(&[&m, &s], |_| None);
        assert_eq!(none.len(), 1, "only the must criterion blocks");
        assert_eq!(none[0].field, "answer-1.3");
        let na = submission_gaps(&[&m], |_| {
            Some(AnswerFacts { answer: Some(Compliance::NotApplicable), ..Default::default() })
        });
        assert_eq!(na[0].problem.code, "err-profile-na-justify");
        let ok = submission_gaps(&[&m], |_| {
            Some(AnswerFacts {
                answer: Some(Compliance::NotApplicable),
                justification: "no trucks",
                ..Default::default()
            })
        });
        assert!(ok.is_empty());
        let returned = submission_gaps(&[&m], |_| {
            Some(AnswerFacts { answer: Some(Compliance::Meets), returned_unchanged: true, ..Default::default() })
        });
        assert_eq!(returned[0].problem.code, "err-profile-returned-unchanged");
        for c in Compliance::ALL {
            assert_eq!(Compliance::from_key(c.key()), Some(c));
        }
    }

    #[test]
    fn a_criterion_not_met_needs_a_corrective_plan_and_its_date() {
        let not_met = AnswerFacts { answer: Some(Compliance::DoesNotMeet), ..Default::default() };
        let fields: Vec<String> = answer_problems("4.2", &not_met).into_iter().map(|e| e.field.to_string()).collect();
        assert_eq!(fields, ["plan-4.2", "plan_due-4.2"]);
        let planned = AnswerFacts {
            answer: Some(Compliance::Partially),
            plan: "Fit seals by March.",
            plan_due: chrono::NaiveDate::from_ymd_opt(2027, 3, 31),
            ..Default::default()
        };
        assert!(answer_problems("4.2", &planned).is_empty());
        let met = AnswerFacts { answer: Some(Compliance::Meets), ..Default::default() };
        assert!(answer_problems("4.2", &met).is_empty(), "a criterion met needs no plan");
    }
}
