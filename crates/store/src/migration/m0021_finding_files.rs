//! Files the partner attaches to a finding's answer (the profile's upload rules apply).

use super::{a, fk};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(a("finding_file"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("finding_id")))
                .col(big_integer(a("file_id")))
                .col(big_integer(a("added_by")))
                .col(timestamp_with_time_zone(a("added_at")))
                .foreign_key(&mut fk("finding_file", "finding_id", "validation_finding"))
                .foreign_key(&mut fk("finding_file", "file_id", "stored_file"))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_finding_file").table(a("finding_file")).col(a("finding_id")).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("finding_file")).to_owned()).await
    }
}
