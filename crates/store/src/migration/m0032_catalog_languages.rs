//! The MSC catalog carries its text in more than one language: a version lists the languages
//! it is translated into, and each category and criterion keeps its translations beside the
//! English text (JSON by language code, written once with the version).

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        m.alter_table(
            Table::alter().table(a("catalog_version")).add_column(text(a("languages")).default("")).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(a("catalog_category")).add_column(text(a("translations")).default("{}")).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(a("catalog_criterion")).add_column(text(a("translations")).default("{}")).to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("catalog_criterion")).drop_column(a("translations")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("catalog_category")).drop_column(a("translations")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("catalog_version")).drop_column(a("languages")).to_owned()).await
    }
}
