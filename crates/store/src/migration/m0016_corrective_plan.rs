//! A criterion answered "does not meet" or "partially meets" carries a corrective action plan
//! and the day it will be complete, kept apart from the narrative of how the company meets it.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        m.alter_table(Table::alter().table(a("profile_answer")).add_column(text_null(a("corrective_plan"))).to_owned())
            .await?;
        m.alter_table(Table::alter().table(a("profile_answer")).add_column(date_null(a("corrective_due"))).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("profile_answer")).drop_column(a("corrective_due")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("profile_answer")).drop_column(a("corrective_plan")).to_owned()).await
    }
}
