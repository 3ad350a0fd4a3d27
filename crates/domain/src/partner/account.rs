//! A Partner Account as the portal reads it: one entity type of an organization, with its
//! status and dates projected from its lifecycle events (kept on the row for queries).

use super::EntityType;
use super::lifecycle::Status;
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub organization_id: Option<i64>,
    pub entity_type: EntityType,
    pub status: Status,
    /// 1, 2 or 3 while the account stands in the program.
    pub tier: Option<i32>,
    pub svi_number: Option<String>,
    pub assigned_scss_id: Option<i64>,
    /// The field office the account is placed in; none until HQ places it.
    pub field_office_id: Option<i64>,
    /// The furthest step of the application wizard reached (a step key).
    pub wizard_step: String,
    pub created_by: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub applied_on: Option<DateTime<Utc>>,
    pub certified_on: Option<DateTime<Utc>>,
    pub validated_on: Option<DateTime<Utc>>,
    pub next_validation_due: Option<DateTime<Utc>>,
    pub annual_review_due: Option<DateTime<Utc>>,
    pub next_deadline: Option<DateTime<Utc>>,
    /// When the response window of a running suspension closes.
    pub response_due: Option<DateTime<Utc>>,
    /// What a decider must do next (`certification`, `suspension`, `reinstatement`, `appeal`,
    /// `assignment`).
    pub pending_decision: Option<String>,
    pub event_count: i32,
    /// Optimistic-lock version: every write checks and bumps it.
    pub version: i32,
}

impl Account {
    pub fn is_draft(&self) -> bool {
        self.status == Status::Draft
    }
}

/// What the lifecycle's events make of the account's row after an event: written in one
/// versioned update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    /// Given once, when the account first becomes active.
    pub new_svi_number: Option<String>,
    pub status: Status,
    pub tier: Option<i32>,
    pub assigned_scss_id: Option<i64>,
    pub applied_on: Option<DateTime<Utc>>,
    pub certified_on: Option<DateTime<Utc>>,
    pub validated_on: Option<DateTime<Utc>>,
    pub next_validation_due: Option<DateTime<Utc>>,
    pub annual_review_due: Option<DateTime<Utc>>,
    pub next_deadline: Option<DateTime<Utc>>,
    pub response_due: Option<DateTime<Utc>>,
    pub pending_decision: Option<String>,
    pub event_count: i32,
}
