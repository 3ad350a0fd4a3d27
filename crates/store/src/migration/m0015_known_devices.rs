//! Known devices: a browser in which a person has fully signed in before carries a device
//! cookie, and its password attempts count against that device alone. Wrong passwords from
//! unknown browsers lock only sign-in from unknown browsers, so nobody who merely knows an
//! address can lock its owner out. The second-factor lock gets its own column, which holds for
//! every browser.

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
                .table(a("known_device"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("user_id")))
                .col(string_uniq(a("token_hash")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("last_used_at")))
                .col(integer(a("failed_logins")).default(0))
                .col(timestamp_with_time_zone_null(a("locked_until")))
                .foreign_key(&mut fk("known_device", "user_id", "app_user"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_known_device_user").table(a("known_device")).col(a("user_id")).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(a("app_user"))
                .add_column(timestamp_with_time_zone_null(a("codes_locked_until")))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("app_user")).drop_column(a("codes_locked_until")).to_owned()).await?;
        m.drop_table(Table::drop().table(a("known_device")).to_owned()).await
    }
}
