//! Messages between an account's people and program staff: threads by subject, messages that
//! are only ever added (never edited or deleted), files attached to a message, and how far each
//! person has read each thread.

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
                .table(a("message_thread"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("subject")))
                .col(big_integer(a("created_by")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(big_integer(a("last_message_id")).default(0))
                .col(timestamp_with_time_zone(a("last_message_at")))
                .foreign_key(&mut fk("message_thread", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_thread_account")
                .table(a("message_thread"))
                .col(a("account_id"))
                .col(a("last_message_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_thread_activity").table(a("message_thread")).col(a("last_message_at")).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("message"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("thread_id")))
                .col(big_integer(a("author_id")))
                .col(string(a("side")))
                .col(string(a("role")))
                .col(text(a("body")))
                .col(big_integer_null(a("file_id")))
                .col(timestamp_with_time_zone(a("created_at")))
                .foreign_key(&mut fk("message", "thread_id", "message_thread"))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_message_thread").table(a("message")).col(a("thread_id")).to_owned())
            .await?;
        m.create_table(
            Table::create()
                .table(a("thread_read"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("thread_id")))
                .col(big_integer(a("user_id")))
                .col(big_integer(a("last_read_id")))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_thread_read")
                .table(a("thread_read"))
                .col(a("thread_id"))
                .col(a("user_id"))
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("thread_read")).to_owned()).await?;
        m.drop_table(Table::drop().table(a("message")).to_owned()).await?;
        m.drop_table(Table::drop().table(a("message_thread")).to_owned()).await
    }
}
