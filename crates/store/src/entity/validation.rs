use sea_orm::entity::prelude::*;

/// A validation: planned dates, the account it was scheduled from and its group, its status.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "validation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub lead_account_id: i64,
    pub group_id: Option<i64>,
    pub status: String,
    pub start_on: Date,
    pub end_on: Date,
    pub short_notice_reason: Option<String>,
    pub scheduled_by: i64,
    pub scheduled_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    pub report_summary: Option<String>,
    pub report_outcome: Option<String>,
    pub report_follow_up_due: Option<Date>,
    pub report_author: Option<i64>,
    pub report_submitted_at: Option<DateTimeUtc>,
    pub report_decided_by: Option<i64>,
    pub report_decided_at: Option<DateTimeUtc>,
    pub report_comment: Option<String>,
    pub report_tier_three_reason: Option<String>,
    pub report_returns: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
