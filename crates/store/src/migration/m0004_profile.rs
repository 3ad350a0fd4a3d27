//! Security Profiles: one per account, answered criterion by criterion against a catalog
//! version; immutable submitted versions; the risk assessment; stored files and evidence.

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
                .table(a("profile"))
                .col(big_pk_auto(a("id")))
                .col(big_integer_uniq(a("account_id")))
                .col(big_integer(a("catalog_version_id")))
                .col(string(a("status")))
                .col(integer(a("submissions")).default(0))
                .col(text_null(a("catalog_changes")))
                .col(timestamp_with_time_zone_null(a("submitted_at")))
                .col(timestamp_with_time_zone_null(a("approved_at")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .col(integer(a("version")).default(0))
                .foreign_key(&mut fk("profile", "account_id", "partner_account"))
                .foreign_key(&mut fk("profile", "catalog_version_id", "catalog_version"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("profile_answer"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("profile_id")))
                .col(string(a("criterion_id")))
                .col(string_null(a("answer")))
                .col(text_null(a("justification")))
                .col(text_null(a("narrative")))
                .col(string_null(a("review")))
                .col(text_null(a("review_comment")))
                .col(big_integer_null(a("reviewed_by")))
                .col(timestamp_with_time_zone_null(a("reviewed_at")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .col(big_integer_null(a("updated_by")))
                .foreign_key(&mut fk("profile_answer", "profile_id", "profile"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_profile_answer")
                .table(a("profile_answer"))
                .col(a("profile_id"))
                .col(a("criterion_id"))
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("profile_version"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("profile_id")))
                .col(integer(a("number")))
                .col(string(a("kind")))
                .col(big_integer(a("catalog_version_id")))
                .col(big_integer(a("signed_by")))
                .col(timestamp_with_time_zone(a("signed_at")))
                .col(timestamp_with_time_zone_null(a("approved_at")))
                .col(text(a("snapshot")))
                .foreign_key(&mut fk("profile_version", "profile_id", "profile"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_profile_version")
                .table(a("profile_version"))
                .col(a("profile_id"))
                .col(a("number"))
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("risk_step"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("profile_id")))
                .col(integer(a("step")))
                .col(text(a("content")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .col(big_integer_null(a("updated_by")))
                .foreign_key(&mut fk("risk_step", "profile_id", "profile"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_risk_step")
                .table(a("risk_step"))
                .col(a("profile_id"))
                .col(a("step"))
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("stored_file"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string_uniq(a("storage_key")))
                .col(string(a("original_name")))
                .col(string(a("content_type")))
                .col(big_integer(a("size")))
                .col(string(a("sha256")))
                .col(big_integer(a("uploaded_by")))
                .col(timestamp_with_time_zone(a("uploaded_at")))
                .foreign_key(&mut fk("stored_file", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_stored_file_account").table(a("stored_file")).col(a("account_id")).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("evidence"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("profile_id")))
                .col(string(a("criterion_id")))
                .col(big_integer(a("file_id")))
                .col(timestamp_with_time_zone(a("added_at")))
                .col(big_integer(a("added_by")))
                .foreign_key(&mut fk("evidence", "profile_id", "profile"))
                .foreign_key(&mut fk("evidence", "file_id", "stored_file"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_evidence")
                .table(a("evidence"))
                .col(a("profile_id"))
                .col(a("criterion_id"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("reminder"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("kind")))
                .col(timestamp_with_time_zone(a("due_at")))
                .col(timestamp_with_time_zone(a("sent_at")))
                .foreign_key(&mut fk("reminder", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_reminder")
                .table(a("reminder"))
                .col(a("account_id"))
                .col(a("kind"))
                .col(a("due_at"))
                .unique()
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("not reversible".into()))
    }
}
