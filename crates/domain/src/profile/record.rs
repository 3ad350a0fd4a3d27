//! A Security Profile and its answers as the portal keeps them: where the profile stands in its
//! review cycle, and where each answer stands with the SCSS.

use super::Compliance;
use chrono::{DateTime, Utc};

/// Where a profile stands: the partner drafts, submits (signed), the SCSS reviews and returns
/// it for changes or approves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileStatus {
    Draft,
    Submitted,
    Returned,
    Approved,
}

impl ProfileStatus {
    pub const ALL: [ProfileStatus; 4] =
        [ProfileStatus::Draft, ProfileStatus::Submitted, ProfileStatus::Returned, ProfileStatus::Approved];

    /// Still being worked on by the partner: such a profile moves to a new catalog version
    /// when HQ loads one (a submitted or approved one keeps what was signed).
    pub const OPEN: [ProfileStatus; 2] = [ProfileStatus::Draft, ProfileStatus::Returned];

    pub fn key(self) -> &'static str {
        match self {
            ProfileStatus::Draft => "draft",
            ProfileStatus::Submitted => "submitted",
            ProfileStatus::Returned => "returned",
            ProfileStatus::Approved => "approved",
        }
    }

    pub fn from_key(s: &str) -> Option<ProfileStatus> {
        Self::ALL.into_iter().find(|x| x.key() == s)
    }
}

impl std::fmt::Display for ProfileStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// The SCSS's word on one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    Accepted,
    /// Sent back with a comment: the partner must change it.
    Returned,
    /// Returned, then changed by the partner: it waits for the SCSS again.
    Revised,
}

impl Review {
    pub const ALL: [Review; 3] = [Review::Accepted, Review::Returned, Review::Revised];

    pub fn key(self) -> &'static str {
        match self {
            Review::Accepted => "accepted",
            Review::Returned => "returned",
            Review::Revised => "revised",
        }
    }

    pub fn from_key(s: &str) -> Option<Review> {
        Self::ALL.into_iter().find(|x| x.key() == s)
    }

    /// What the review becomes when the partner changes the answer: a returned answer that
    /// was changed waits for the SCSS again; any other review stands.
    pub fn after_partner_change(review: Option<Review>) -> Option<Review> {
        match review {
            Some(Review::Returned) => Some(Review::Revised),
            other => other,
        }
    }
}

impl std::fmt::Display for Review {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// What a signed version of the profile was signed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VersionKind {
    /// A submission for review (the application's, or after changes).
    Submission,
    /// The yearly confirmation that the profile is current.
    AnnualReview,
}

impl VersionKind {
    pub fn key(self) -> &'static str {
        match self {
            VersionKind::Submission => "submission",
            VersionKind::AnnualReview => "annual_review",
        }
    }

    pub fn from_key(s: &str) -> Option<VersionKind> {
        [VersionKind::Submission, VersionKind::AnnualReview].into_iter().find(|k| k.key() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub id: i64,
    pub account_id: i64,
    /// The catalog version the profile answers.
    pub catalog_version_id: i64,
    pub status: ProfileStatus,
    /// How many versions were signed (submissions and annual reviews).
    pub submissions: i32,
    /// Criteria new or changed since the profile moved to its catalog version (comma-separated).
    pub catalog_changes: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub approved_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// One answer of a profile, with the SCSS's review of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub id: i64,
    pub profile_id: i64,
    pub criterion_id: String,
    pub answer: Option<Compliance>,
    pub justification: Option<String>,
    pub narrative: Option<String>,
    /// For a criterion not met or met in part: the corrective action plan and its due day.
    pub plan: Option<String>,
    pub plan_due: Option<chrono::NaiveDate>,
    pub review: Option<Review>,
    pub review_comment: Option<String>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub updated_by: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_returned_answer_changed_by_the_partner_waits_for_the_scss_again() {
        assert_eq!(Review::after_partner_change(Some(Review::Returned)), Some(Review::Revised));
    }

    #[test]
    fn an_accepted_or_unreviewed_answer_keeps_its_review_when_changed() {
        assert_eq!(Review::after_partner_change(Some(Review::Accepted)), Some(Review::Accepted));
        assert_eq!(Review::after_partner_change(None), None);
    }

    #[test]
    fn every_status_and_review_reads_back_from_its_key() {
        for s in ProfileStatus::ALL {
            assert_eq!(ProfileStatus::from_key(s.key()), Some(s));
        }
        for r in Review::ALL {
            assert_eq!(Review::from_key(r.key()), Some(r));
        }
    }
}
