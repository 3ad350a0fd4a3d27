//! When a suspended account's 90-day response window closes, as its own column: the sweep that
//! withdraws unanswered suspensions finds exactly those accounts, instead of every suspended
//! account whose nearest deadline (perhaps an overdue annual review) has passed.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(a("partner_account"))
                .add_column(timestamp_with_time_zone_null(a("response_due")))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_account_response_due")
                .table(a("partner_account"))
                .col(a("response_due"))
                .col(a("id"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_account_response_due").table(a("partner_account")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("partner_account")).drop_column(a("response_due")).to_owned()).await
    }
}
