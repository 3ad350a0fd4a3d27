//! When a stored file was removed: it is then neither downloadable nor counted against the
//! account's quota; the row stays for the audit trail, the bytes go.

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
                .table(a("stored_file"))
                .add_column(timestamp_with_time_zone_null(a("removed_at")))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("stored_file")).drop_column(a("removed_at")).to_owned()).await
    }
}
