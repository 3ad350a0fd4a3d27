//! SVI: each account's sharing settings, connections between accounts, blocks left by
//! a decline, and the in-app notifications that monitoring writes.

use super::{a, fk};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // No row means the defaults: participating, manual acceptance, basic sharing, whole
        // organization in scope.
        m.create_table(
            Table::create()
                .table(a("svi_settings"))
                .col(big_integer(a("account_id")).primary_key())
                .col(boolean(a("participates")))
                .col(boolean(a("auto_accept")))
                .col(boolean(a("share_more")))
                .col(boolean(a("scope_all")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .col(big_integer(a("updated_by")))
                .foreign_key(&mut fk("svi_settings", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("svi_scope"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(big_integer(a("shared_account_id")))
                .foreign_key(&mut fk("svi_scope", "account_id", "partner_account"))
                .foreign_key(&mut fk("svi_scope", "shared_account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_svi_scope")
                .table(a("svi_scope"))
                .col(a("account_id"))
                .col(a("shared_account_id"))
                .unique()
                .to_owned(),
        )
        .await?;
        // One row per pair: `low_id`/`high_id` order the pair so A→B and B→A cannot both exist.
        m.create_table(
            Table::create()
                .table(a("svi_connection"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("requester_id")))
                .col(big_integer(a("target_id")))
                .col(big_integer(a("low_id")))
                .col(big_integer(a("high_id")))
                .col(string(a("status")))
                .col(timestamp_with_time_zone(a("requested_at")))
                .col(big_integer_null(a("requested_by")))
                .col(timestamp_with_time_zone_null(a("accepted_at")))
                .col(big_integer_null(a("accepted_by")))
                .foreign_key(&mut fk("svi_connection", "requester_id", "partner_account"))
                .foreign_key(&mut fk("svi_connection", "target_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_svi_connection_pair")
                .table(a("svi_connection"))
                .col(a("low_id"))
                .col(a("high_id"))
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_svi_connection_requester")
                .table(a("svi_connection"))
                .col(a("requester_id"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_svi_connection_target").table(a("svi_connection")).col(a("target_id")).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("svi_block"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("blocker_id")))
                .col(big_integer(a("blocked_id")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(big_integer_null(a("created_by")))
                .foreign_key(&mut fk("svi_block", "blocker_id", "partner_account"))
                .foreign_key(&mut fk("svi_block", "blocked_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_svi_block")
                .table(a("svi_block"))
                .col(a("blocker_id"))
                .col(a("blocked_id"))
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("notification"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("kind")))
                .col(big_integer_null(a("about_account_id")))
                .col(text(a("data")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone_null(a("read_at")))
                .foreign_key(&mut fk("notification", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_notification_account")
                .table(a("notification"))
                .col(a("account_id"))
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
