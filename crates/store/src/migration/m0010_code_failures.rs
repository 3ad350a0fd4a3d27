//! Wrong second-factor codes get their own counter. A correct password clears the password
//! counter only, so someone who knows the password cannot reset the count of their code
//! guesses by signing in again.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("app_user")).add_column(integer(a("failed_codes")).default(0)).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("app_user")).drop_column(a("failed_codes")).to_owned()).await
    }
}
