use sea_orm::entity::prelude::*;

/// A Partner Account: one entity type of an organization. Status, tier and dates are a projection of `account_event`, kept for queries.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub organization_id: Option<i64>,
    pub entity_type: String,
    pub status: String,
    pub tier: Option<i32>,
    #[sea_orm(unique)]
    pub svi_number: Option<String>,
    pub assigned_scss_id: Option<i64>,
    pub field_office_id: Option<i64>,
    pub wizard_step: String,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub applied_on: Option<DateTimeUtc>,
    pub certified_on: Option<DateTimeUtc>,
    pub validated_on: Option<DateTimeUtc>,
    pub next_validation_due: Option<DateTimeUtc>,
    pub annual_review_due: Option<DateTimeUtc>,
    pub next_deadline: Option<DateTimeUtc>,
    /// When the response window of a running suspension closes (no corrective action plan yet).
    pub response_due: Option<DateTimeUtc>,
    /// What a decider must do next (`certification`, `suspension`, `reinstatement`, `appeal`).
    pub pending_decision: Option<String>,
    pub event_count: i32,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
