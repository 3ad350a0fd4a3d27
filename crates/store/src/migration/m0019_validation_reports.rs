//! The validation report: the SCSS's summary and proposed outcome, and the Supervisor's
//! decision (approved, or returned with a comment). The outcome applies to every account the
//! validation covers when the report is approved.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const COLUMNS: [&str; 10] = [
    "report_summary",
    "report_outcome",
    "report_follow_up_due",
    "report_author",
    "report_submitted_at",
    "report_decided_by",
    "report_decided_at",
    "report_comment",
    "report_tier_three_reason",
    "report_returns",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let t = || Table::alter().table(a("validation")).to_owned();
        // SQLite adds one column per statement.
        m.alter_table(t().add_column(text_null(a("report_summary"))).to_owned()).await?;
        m.alter_table(t().add_column(string_null(a("report_outcome"))).to_owned()).await?;
        m.alter_table(t().add_column(date_null(a("report_follow_up_due"))).to_owned()).await?;
        m.alter_table(t().add_column(big_integer_null(a("report_author"))).to_owned()).await?;
        m.alter_table(t().add_column(timestamp_with_time_zone_null(a("report_submitted_at"))).to_owned()).await?;
        m.alter_table(t().add_column(big_integer_null(a("report_decided_by"))).to_owned()).await?;
        m.alter_table(t().add_column(timestamp_with_time_zone_null(a("report_decided_at"))).to_owned()).await?;
        m.alter_table(t().add_column(text_null(a("report_comment"))).to_owned()).await?;
        m.alter_table(t().add_column(text_null(a("report_tier_three_reason"))).to_owned()).await?;
        m.alter_table(t().add_column(integer(a("report_returns")).default(0)).to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for c in COLUMNS.iter().rev() {
            m.alter_table(Table::alter().table(a("validation")).drop_column(a(c)).to_owned()).await?;
        }
        Ok(())
    }
}
