//! The one place that reads the profile forms' per-criterion fields (`answer-<id>`,
//! `justification-<id>`, `narrative-<id>`, `plan-<id>`, `plan_due-<id>`, `decision-<id>`, `comment-<id>`) and the risk
//! assessment's `risk-<n>`: a form of the profile arrives as this map and leaves as the use
//! cases' inputs.

use crate::form::FormView;
use ctpat_app::profile::AnswerInput;
use ctpat_app::profile::review::Decision;
use ctpat_domain::profile::{RISK_STEPS, field};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Default, Deserialize)]
#[serde(transparent)]
pub struct ProfileForm(HashMap<String, String>);

impl ProfileForm {
    fn get(&self, name: &str) -> String {
        self.0.get(name).cloned().unwrap_or_default()
    }

    /// The criteria whose answer or narrative was posted, with what was typed.
    pub fn answers(&self) -> Vec<AnswerInput> {
        let mut ids: Vec<&str> =
            self.0.keys().filter_map(|k| k.strip_prefix("answer-").or(k.strip_prefix("narrative-"))).collect();
        ids.sort();
        ids.dedup();
        ids.into_iter()
            .map(|c| AnswerInput {
                criterion_id: c.to_string(),
                answer: self.get(&field("answer", c)),
                justification: self.get(&field("justification", c)),
                narrative: self.get(&field("narrative", c)),
                plan: self.get(&field("plan", c)),
                plan_due: self.get(&field("plan_due", c)),
            })
            .collect()
    }

    /// The reviewer's decision and comment on each criterion that has either (a comment without
    /// a decision is kept, so that the review can refuse it rather than lose it).
    pub fn decisions(&self) -> Vec<Decision> {
        let mut ids: Vec<&str> =
            self.0.keys().filter_map(|k| k.strip_prefix("decision-").or(k.strip_prefix("comment-"))).collect();
        ids.sort();
        ids.dedup();
        ids.into_iter()
            .map(|c| Decision {
                criterion_id: c.to_string(),
                decision: self.get(&field("decision", c)),
                comment: self.get(&field("comment", c)),
            })
            .collect()
    }

    /// The five steps of the risk assessment, as typed.
    pub fn risk_steps(&self) -> Vec<(u8, String)> {
        RISK_STEPS.iter().map(|n| (*n, self.get(&format!("risk-{n}")))).collect()
    }

    /// The category to go on to after saving (a number; anything else stays).
    pub fn next(&self) -> Option<u8> {
        self.0.get("next").and_then(|v| v.parse().ok())
    }

    /// What was typed, to show the page again (never the form's CSRF token).
    pub fn typed(&self) -> FormView {
        let values = self.0.iter().filter(|(k, _)| *k != "csrf").map(|(k, v)| (k.clone(), v.clone())).collect();
        FormView { values, ..Default::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> ProfileForm {
        ProfileForm(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn answers_are_read_per_criterion_whether_the_answer_or_the_narrative_was_posted() {
        let f =
            form(&[("answer-1.1", "meets"), ("narrative-1.1", "We do."), ("narrative-1.2", "Draft"), ("csrf", "x")]);
        let a = f.answers();
        assert_eq!(a.len(), 2);
        assert_eq!(
            (a[0].criterion_id.as_str(), a[0].answer.as_str(), a[0].narrative.as_str()),
            ("1.1", "meets", "We do.")
        );
        assert_eq!((a[1].criterion_id.as_str(), a[1].answer.as_str()), ("1.2", ""));
    }

    #[test]
    fn decisions_carry_their_comment() {
        let f = form(&[("decision-2.1", "return"), ("comment-2.1", "Say who checks seals.")]);
        let d = f.decisions();
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].criterion_id.as_str(), d[0].decision.as_str()), ("2.1", "return"));
        assert_eq!(d[0].comment, "Say who checks seals.");
    }

    #[test]
    fn a_comment_without_a_decision_is_kept_for_the_review_to_refuse() {
        let d = form(&[("comment-3.1", "Who checks?")]).decisions();
        assert_eq!(
            (d[0].criterion_id.as_str(), d[0].decision.as_str(), d[0].comment.as_str()),
            ("3.1", "", "Who checks?")
        );
    }

    #[test]
    fn the_csrf_token_is_not_shown_again() {
        assert!(!form(&[("csrf", "secret"), ("answer-1.1", "meets")]).typed().values.contains_key("csrf"));
    }

    #[test]
    fn next_is_a_category_number_or_nothing() {
        assert_eq!(form(&[("next", "3")]).next(), Some(3));
        assert_eq!(form(&[("next", "https://evil.example")]).next(), None);
    }
}
