//! The Public Library: documents HQ publishes to every partner. A document's versions share a
//! series; a new version supersedes the one before, which stays readable. Files live beside
//! the accounts' uploads, under their own keys.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(a("library_document"))
                .col(big_pk_auto(a("id")))
                .col(string(a("series")))
                .col(string(a("title")))
                .col(string(a("category")))
                .col(string(a("version")))
                .col(date(a("effective_on")))
                .col(text_null(a("note")))
                .col(string_uniq(a("storage_key")))
                .col(string(a("original_name")))
                .col(string(a("content_type")))
                .col(big_integer(a("size")))
                .col(string(a("sha256")))
                .col(big_integer(a("added_by")))
                .col(timestamp_with_time_zone(a("added_at")))
                .col(big_integer_null(a("superseded_by")))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_library_series")
                .table(a("library_document"))
                .col(a("series"))
                .col(a("id"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("library_document")).to_owned()).await
    }
}
