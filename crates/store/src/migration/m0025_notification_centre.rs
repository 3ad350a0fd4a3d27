//! The notification centre: notifications addressed to a person (read state of their own), and
//! each person's choice of how to hear of each kind (in the portal only, e-mail at once, or a
//! daily digest).

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
                .table(a("person_notification"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("user_id")))
                .col(big_integer_null(a("account_id")))
                .col(string(a("kind")))
                .col(text(a("message")))
                .col(text(a("args")))
                .col(string(a("link")))
                .col(string(a("channel")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone_null(a("read_at")))
                .col(timestamp_with_time_zone_null(a("digested_at")))
                .foreign_key(&mut fk("person_notification", "user_id", "app_user"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_person_notification")
                .table(a("person_notification"))
                .col(a("user_id"))
                .col(a("read_at"))
                .col(a("id"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_person_notification_digest")
                .table(a("person_notification"))
                .col(a("channel"))
                .col(a("digested_at"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("notification_preference"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("user_id")))
                .col(string(a("kind")))
                .col(string(a("channel")))
                .foreign_key(&mut fk("notification_preference", "user_id", "app_user"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_notification_preference")
                .table(a("notification_preference"))
                .col(a("user_id"))
                .col(a("kind"))
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("notification_preference")).to_owned()).await?;
        m.drop_table(Table::drop().table(a("person_notification")).to_owned()).await
    }
}
