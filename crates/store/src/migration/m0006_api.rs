//! The REST API: per-account tokens, kept only as SHA-256 hashes (a token is 256 random bits,
//! so a fast hash is enough and lookups stay one indexed read).

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
                .table(a("api_token"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("name")))
                .col(string(a("prefix")))
                .col(string_uniq(a("hash")))
                .col(string(a("scopes")))
                .col(timestamp_with_time_zone(a("created_at")))
                .col(big_integer_null(a("created_by")))
                .col(timestamp_with_time_zone_null(a("last_used_at")))
                .col(timestamp_with_time_zone_null(a("revoked_at")))
                .col(big_integer_null(a("revoked_by")))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_api_token_account_id")
                        .from(a("api_token"), a("account_id"))
                        .to(a("partner_account"), a("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_api_token_account").table(a("api_token")).col(a("account_id")).to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("not reversible".into()))
    }
}
