//! Validations: the SCSS's visit (in person or virtual) that checks a certified partner's
//! Security Profile against what it does. Scheduled with written notice for one account or its
//! whole validation group, at listed sites, with a team of program staff.

use crate::partner::EntityType;
use crate::problem::{FieldError, Problem};
use chrono::{Duration, NaiveDate};

/// Where a validation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValidationStatus {
    /// Planned; the partner has been told the dates.
    Scheduled,
    /// The report is written and waits for a Supervisor who did not write it.
    ReportSubmitted,
    /// The Supervisor approved the report: the outcome applies to every account covered.
    Approved,
    /// Called off, with the reason recorded.
    Cancelled,
}

impl ValidationStatus {
    pub const ALL: [ValidationStatus; 4] = [
        ValidationStatus::Scheduled,
        ValidationStatus::ReportSubmitted,
        ValidationStatus::Approved,
        ValidationStatus::Cancelled,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ValidationStatus::Scheduled => "scheduled",
            ValidationStatus::ReportSubmitted => "report_submitted",
            ValidationStatus::Approved => "approved",
            ValidationStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_key(s: &str) -> Option<ValidationStatus> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }

    /// Still to happen or under way (not approved, not cancelled).
    pub fn is_open(self) -> bool {
        matches!(self, ValidationStatus::Scheduled | ValidationStatus::ReportSubmitted)
    }
}

/// The kind of a site visited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SiteKind {
    /// In the United States (or the partner's home country for the program).
    Domestic,
    /// Abroad: a foreign manufacturer's plant, a carrier's foreign terminal.
    Foreign,
    /// Held by video, the site's records shared on screen.
    Virtual,
}

impl SiteKind {
    pub const ALL: [SiteKind; 3] = [SiteKind::Domestic, SiteKind::Foreign, SiteKind::Virtual];

    pub fn key(self) -> &'static str {
        match self {
            SiteKind::Domestic => "domestic",
            SiteKind::Foreign => "foreign",
            SiteKind::Virtual => "virtual",
        }
    }

    pub fn from_key(s: &str) -> Option<SiteKind> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// Whether a validation of this entity type visits a site abroad: the foreign manufacturer's
/// plant, and the Mexican long-haul carrier's yard.
pub fn has_foreign_site(entity: EntityType) -> bool {
    matches!(entity, EntityType::ForeignManufacturer | EntityType::MexicanLongHaulCarrier)
}

/// A site as scheduled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub kind: SiteKind,
    pub name: String,
}

/// A validation as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validation {
    pub id: i64,
    /// The account it was scheduled from.
    pub lead_account_id: i64,
    /// The validation group it covers, when it covers one.
    pub group_id: Option<i64>,
    pub status: ValidationStatus,
    pub start_on: NaiveDate,
    pub end_on: NaiveDate,
    /// A Supervisor's reason for less than the notice period.
    pub short_notice_reason: Option<String>,
    pub scheduled_by: i64,
    pub scheduled_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    pub version: i32,
    /// The report, once the SCSS has written one.
    pub report: Option<Report>,
}

/// What the report proposes, and on approval applies to every account covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Validated: Tier II.
    Validated,
    /// Validated with best practices beyond the criteria: Tier III (the Supervisor records why).
    TierThree,
    /// Certified still, with a follow-up deadline for the required actions.
    FollowUp,
    /// A suspension is proposed (failed validation); another Supervisor decides it.
    Suspension,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Outcome::Validated, Outcome::TierThree, Outcome::FollowUp, Outcome::Suspension];

    pub fn key(self) -> &'static str {
        match self {
            Outcome::Validated => "validated",
            Outcome::TierThree => "tier_three",
            Outcome::FollowUp => "follow_up",
            Outcome::Suspension => "suspension",
        }
    }

    pub fn from_key(s: &str) -> Option<Outcome> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// The validation report and its decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub summary: String,
    pub outcome: Outcome,
    /// For a follow-up: the day the required actions are due.
    pub follow_up_due: Option<NaiveDate>,
    pub author: i64,
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The Supervisor's comment when returning it.
    pub comment: Option<String>,
    pub tier_three_reason: Option<String>,
    /// How many times it was returned.
    pub returns: i32,
}

/// The facts a schedule is checked against.
pub struct ScheduleFacts<'a> {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub today: NaiveDate,
    pub sites: &'a [Site],
    /// The entity types of the accounts covered.
    pub entities: &'a [EntityType],
    /// The written notice the program gives (30 days by default).
    pub notice: Duration,
    /// A Supervisor's recorded reason for shorter notice.
    pub short_notice_reason: Option<&'a str>,
}

/// Problems with a schedule, each on its field: dates in order and in the future, at least one
/// domestic site, a foreign site where an entity type covered has one, and at least the
/// notice period before the start unless a Supervisor recorded why not.
pub fn schedule_problems(f: &ScheduleFacts<'_>) -> Vec<FieldError> {
    let mut out = Vec::new();
    if f.start < f.today {
        out.push(Problem::new("err-date-past").on("start"));
    } else if f.start - f.today < f.notice && f.short_notice_reason.is_none_or(|r| r.trim().is_empty()) {
        out.push(Problem::new("err-validation-short-notice").with("days", f.notice.num_days()).on("start"));
    }
    if f.end < f.start {
        out.push(Problem::new("err-validation-end-before-start").on("end"));
    }
    if !f.sites.iter().any(|s| s.kind == SiteKind::Domestic) {
        out.push(Problem::new("err-validation-domestic-site").on("sites"));
    }
    if f.entities.iter().copied().any(has_foreign_site) && !f.sites.iter().any(|s| s.kind == SiteKind::Foreign) {
        out.push(Problem::new("err-validation-foreign-site").on("sites"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
    }

    fn facts<'a>(start: NaiveDate, sites: &'a [Site], entities: &'a [EntityType]) -> ScheduleFacts<'a> {
        ScheduleFacts {
            start,
            end: start,
            today: day(1),
            sites,
            entities,
            notice: Duration::days(30),
            short_notice_reason: None,
        }
    }

    fn site(kind: SiteKind) -> Site {
        Site { kind, name: "Pier 9".into() }
    }

    fn fields(p: Vec<FieldError>) -> Vec<String> {
        p.into_iter().map(|e| format!("{} {}", e.field, e.problem.code)).collect()
    }

    #[test]
    fn thirty_days_notice_is_enough_and_twenty_nine_is_not() {
        let sites = [site(SiteKind::Domestic)];
        let on_time = facts(day(1) + Duration::days(30), &sites, &[EntityType::Importer]);
        assert!(schedule_problems(&on_time).is_empty());
        let short = facts(day(1) + Duration::days(29), &sites, &[EntityType::Importer]);
        assert_eq!(fields(schedule_problems(&short)), ["start err-validation-short-notice"]);
    }

    #[test]
    fn short_notice_passes_with_a_recorded_reason() {
        let sites = [site(SiteKind::Domestic)];
        let f = ScheduleFacts {
            short_notice_reason: Some("Incident follow-up"),
            ..facts(day(5), &sites, &[EntityType::Importer])
        };
        assert!(schedule_problems(&f).is_empty());
    }

    #[test]
    fn a_foreign_manufacturer_needs_a_foreign_site_and_everyone_a_domestic_one() {
        let sites = [site(SiteKind::Virtual)];
        let f = facts(day(1) + Duration::days(40), &sites, &[EntityType::ForeignManufacturer]);
        assert_eq!(
            fields(schedule_problems(&f)),
            ["sites err-validation-domestic-site", "sites err-validation-foreign-site"]
        );
    }

    #[test]
    fn the_end_comes_after_the_start() {
        let sites = [site(SiteKind::Domestic)];
        let f = ScheduleFacts { end: day(1) + Duration::days(39), ..facts(day(1) + Duration::days(40), &sites, &[]) };
        assert_eq!(fields(schedule_problems(&f)), ["end err-validation-end-before-start"]);
    }
}

/// What a finding asks of the partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// Must be corrected, answered by a deadline (90 days by default).
    RequiredAction,
    /// Advice the partner should consider.
    Recommendation,
    /// Something the partner does well beyond the criteria (counts toward Tier III).
    BestPractice,
}

impl FindingKind {
    pub const ALL: [FindingKind; 3] =
        [FindingKind::RequiredAction, FindingKind::Recommendation, FindingKind::BestPractice];

    pub fn key(self) -> &'static str {
        match self {
            FindingKind::RequiredAction => "required_action",
            FindingKind::Recommendation => "recommendation",
            FindingKind::BestPractice => "best_practice",
        }
    }

    pub fn from_key(s: &str) -> Option<FindingKind> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// Where a finding stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FindingStatus {
    /// Waiting for the partner.
    Open,
    /// The partner answered; the SCSS closes it or reopens it.
    Answered,
    Closed,
}

impl FindingStatus {
    pub const ALL: [FindingStatus; 3] = [FindingStatus::Open, FindingStatus::Answered, FindingStatus::Closed];

    pub fn key(self) -> &'static str {
        match self {
            FindingStatus::Open => "open",
            FindingStatus::Answered => "answered",
            FindingStatus::Closed => "closed",
        }
    }

    pub fn from_key(s: &str) -> Option<FindingStatus> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// A finding as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub id: i64,
    pub validation_id: i64,
    pub kind: FindingKind,
    /// The MSC criteria it concerns, by ID.
    pub criteria: Vec<String>,
    /// The site of the validation it was seen at (a `validation_site` id).
    pub site_id: Option<i64>,
    pub text: String,
    /// For a required action: the day the partner's answer is due.
    pub response_due: Option<NaiveDate>,
    pub status: FindingStatus,
    pub created_by: i64,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub version: i32,
}

impl Finding {
    /// A required action not closed whose answer is late.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.kind == FindingKind::RequiredAction
            && self.status == FindingStatus::Open
            && self.response_due.is_some_and(|d| d < today)
    }
}

/// The longest text of a finding, a response or a comment.
pub const FINDING_TEXT_MAX: usize = 10_000;

/// The criteria a finding names, from what was typed ("4.1, 4.2"): each must be a criterion of
/// the catalog (`known`), and at least one is named.
pub fn parse_criteria(raw: &str, known: impl Fn(&str) -> bool) -> Result<Vec<String>, Problem> {
    let mut ids: Vec<String> =
        raw.split([',', ';', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
    ids.dedup();
    if ids.is_empty() {
        return Err(Problem::new("err-finding-criteria"));
    }
    if let Some(bad) = ids.iter().find(|id| !known(id)) {
        return Err(Problem::new("err-finding-criterion-unknown").with("id", bad));
    }
    Ok(ids)
}

#[cfg(test)]
mod finding_tests {
    use super::*;

    #[test]
    fn criteria_are_named_from_the_catalog() {
        let known = |id: &str| ["4.1", "4.2"].contains(&id);
        assert_eq!(parse_criteria("4.1, 4.2", known).unwrap(), ["4.1", "4.2"]);
        assert_eq!(parse_criteria(" ", known).unwrap_err().code, "err-finding-criteria");
        assert_eq!(parse_criteria("4.1, 9.9", known).unwrap_err().code, "err-finding-criterion-unknown");
    }

    #[test]
    fn only_an_open_required_action_past_its_day_is_overdue() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2027, 3, d).unwrap();
        let f = Finding {
            id: 1,
            validation_id: 1,
            kind: FindingKind::RequiredAction,
            criteria: vec!["4.1".into()],
            site_id: None,
            text: "Seal log incomplete".into(),
            response_due: Some(day(10)),
            status: FindingStatus::Open,
            created_by: 1,
            created_at: chrono::DateTime::UNIX_EPOCH,
            version: 0,
        };
        assert!(!f.overdue(day(10)), "due today is not late");
        assert!(f.overdue(day(11)));
        assert!(!Finding { status: FindingStatus::Answered, ..f.clone() }.overdue(day(11)));
        assert!(!Finding { kind: FindingKind::Recommendation, ..f }.overdue(day(11)));
    }
}
