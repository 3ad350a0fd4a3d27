//! MSC catalog versions, their categories and criteria.

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
                .table(a("catalog_version"))
                .col(big_pk_auto(a("id")))
                .col(string_uniq(a("version")))
                .col(string(a("title")))
                .col(text(a("known_gaps")))
                .col(string(a("sha256")))
                .col(big_integer_null(a("loaded_by")))
                .col(timestamp_with_time_zone(a("loaded_at")))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("catalog_category"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("version_id")))
                .col(integer(a("number")))
                .col(string(a("key")))
                .col(string(a("name")))
                .col(string(a("focus_area")))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_catalog_category_version")
                        .from(a("catalog_category"), a("version_id"))
                        .to(a("catalog_version"), a("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("catalog_criterion"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("version_id")))
                .col(string(a("criterion_id")))
                .col(integer(a("category")))
                .col(string(a("level")))
                .col(text(a("applies_to")))
                .col(text(a("statement")))
                .col(text(a("guidance")))
                .col(string(a("basis")))
                .col(integer(a("position")))
                .foreign_key(
                    ForeignKey::create()
                        .name("fk_catalog_criterion_version")
                        .from(a("catalog_criterion"), a("version_id"))
                        .to(a("catalog_version"), a("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_catalog_criterion")
                .table(a("catalog_criterion"))
                .col(a("version_id"))
                .col(a("criterion_id"))
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_catalog_category")
                .table(a("catalog_category"))
                .col(a("version_id"))
                .col(a("number"))
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
