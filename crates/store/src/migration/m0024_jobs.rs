//! The scheduler's jobs: every timer of the program is a row with a unique key (so several
//! servers schedule it once), a due time, and a lease (so one server runs it, and a server that
//! dies mid-job leaves it to be run again when the lease runs out).

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(a("job"))
                .col(big_pk_auto(a("id")))
                .col(string(a("kind")))
                .col(string(a("unique_key")))
                .col(text(a("payload")))
                .col(string(a("status")))
                .col(timestamp_with_time_zone(a("run_at")))
                .col(timestamp_with_time_zone_null(a("lease_until")))
                .col(integer(a("attempts")).default(0))
                .col(integer(a("max_attempts")))
                .col(text_null(a("last_error")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone_null(a("finished_at")))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ux_job_key").table(a("job")).col(a("unique_key")).unique().to_owned())
            .await?;
        m.create_index(Index::create().name("ix_job_due").table(a("job")).col(a("status")).col(a("run_at")).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("job")).to_owned()).await
    }
}
