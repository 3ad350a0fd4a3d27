//! The Document Exchange: files either side of an account sends the other with a note, and
//! when the other side first opened each.

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
                .table(a("exchange_document"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(big_integer(a("file_id")))
                .col(text(a("note")))
                .col(string(a("side")))
                .col(big_integer(a("sent_by")))
                .col(timestamp_with_time_zone(a("sent_at")))
                .col(big_integer_null(a("opened_by")))
                .col(timestamp_with_time_zone_null(a("opened_at")))
                .foreign_key(&mut fk("exchange_document", "account_id", "partner_account"))
                .foreign_key(&mut fk("exchange_document", "file_id", "stored_file"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_exchange_account")
                .table(a("exchange_document"))
                .col(a("account_id"))
                .col(a("id"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("exchange_document")).to_owned()).await
    }
}
