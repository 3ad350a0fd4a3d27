//! Findings of a validation — required actions with a response deadline, recommendations, best
//! practices, each tied to MSC criteria and a site — and their thread: the partner's responses
//! and the SCSS's closing or reopening, never edited, only added.

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
                .table(a("validation_finding"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("validation_id")))
                .col(string(a("kind")))
                .col(text(a("criteria")))
                .col(big_integer_null(a("site_id")))
                .col(text(a("text")))
                .col(date_null(a("response_due")))
                .col(string(a("status")))
                .col(big_integer(a("created_by")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(integer(a("version")).default(0))
                .foreign_key(&mut fk("validation_finding", "validation_id", "validation"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("finding_note"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("finding_id")))
                .col(string(a("kind")))
                .col(text(a("text")))
                .col(big_integer(a("by_user")))
                .col(timestamp_with_time_zone(a("at")))
                .foreign_key(&mut fk("finding_note", "finding_id", "validation_finding"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_finding_validation")
                .table(a("validation_finding"))
                .col(a("validation_id"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_finding_due")
                .table(a("validation_finding"))
                .col(a("status"))
                .col(a("response_due"))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_finding_note").table(a("finding_note")).col(a("finding_id")).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("finding_note")).to_owned()).await?;
        m.drop_table(Table::drop().table(a("validation_finding")).to_owned()).await
    }
}
