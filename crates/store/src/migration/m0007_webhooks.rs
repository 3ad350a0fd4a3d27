//! Webhooks: an account's endpoints for status changes of its connected partners, and each
//! delivery with its attempts (claimed with a lease, so several servers never send one twice).

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
                .table(a("webhook"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("url")))
                .col(string(a("secret")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(big_integer_null(a("created_by")))
                .col(timestamp_with_time_zone_null(a("removed_at")))
                .foreign_key(&mut fk("webhook", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_webhook_account").table(a("webhook")).col(a("account_id")).to_owned())
            .await?;
        m.create_table(
            Table::create()
                .table(a("webhook_delivery"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("webhook_id")))
                .col(string(a("event")))
                .col(text(a("payload")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(integer(a("attempts")).default(0))
                .col(timestamp_with_time_zone(a("next_attempt_at")))
                .col(timestamp_with_time_zone_null(a("lease_until")))
                .col(timestamp_with_time_zone_null(a("delivered_at")))
                .col(timestamp_with_time_zone_null(a("failed_at")))
                .col(integer_null(a("last_status")))
                .col(text_null(a("last_error")))
                .foreign_key(&mut fk("webhook_delivery", "webhook_id", "webhook"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_webhook_delivery_due")
                .table(a("webhook_delivery"))
                .col(a("delivered_at"))
                .col(a("next_attempt_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_webhook_delivery_hook")
                .table(a("webhook_delivery"))
                .col(a("webhook_id"))
                .col(a("id"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("not reversible".into()))
    }
}
