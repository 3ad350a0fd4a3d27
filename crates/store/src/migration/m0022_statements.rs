//! The corrective action plan that answers a suspension and the appeal against a removal: text
//! drafted by the partner and sent once (then never changed), with evidence files.

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
                .table(a("account_statement"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("kind")))
                .col(text(a("body")))
                .col(big_integer(a("created_by")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .col(big_integer_null(a("submitted_by")))
                .col(timestamp_with_time_zone_null(a("submitted_at")))
                .foreign_key(&mut fk("account_statement", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("statement_file"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("statement_id")))
                .col(big_integer(a("file_id")))
                .col(big_integer(a("added_by")))
                .col(timestamp_with_time_zone(a("added_at")))
                .foreign_key(&mut fk("statement_file", "statement_id", "account_statement"))
                .foreign_key(&mut fk("statement_file", "file_id", "stored_file"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_statement_account")
                .table(a("account_statement"))
                .col(a("account_id"))
                .col(a("kind"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_statement_file").table(a("statement_file")).col(a("statement_id")).to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("statement_file")).to_owned()).await?;
        m.drop_table(Table::drop().table(a("account_statement")).to_owned()).await
    }
}
