//! A company may be the subsidiary of a parent company: a validation group holds the accounts of
//! one organization, or of a parent and its subsidiaries.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(a("organization"))
                .add_column(big_integer_null(a("parent_organization_id")))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("organization")).drop_column(a("parent_organization_id")).to_owned()).await
    }
}
