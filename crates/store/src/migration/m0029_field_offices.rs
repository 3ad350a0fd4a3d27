//! Field offices: staff belong to one, accounts are placed in one, and a Supervisor's reach
//! is their office. The free-text `field_office` column never held data and gives way to a
//! reference.

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
                .table(a("field_office"))
                .col(big_pk_auto(a("id")))
                .col(string_uniq(a("code")))
                .col(string(a("name")))
                .col(timestamp_with_time_zone(a("created_at")))
                .to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table(a("partner_account")).drop_column(a("field_office")).to_owned()).await?;
        m.alter_table(
            Table::alter().table(a("partner_account")).add_column(big_integer_null(a("field_office_id"))).to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter().table(a("app_user")).add_column(big_integer_null(a("field_office_id"))).to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_account_office")
                .table(a("partner_account"))
                .col(a("field_office_id"))
                .col(a("id"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_account_office").table(a("partner_account")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("app_user")).drop_column(a("field_office_id")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("partner_account")).drop_column(a("field_office_id")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("partner_account")).add_column(string_null(a("field_office"))).to_owned())
            .await?;
        m.drop_table(Table::drop().table(a("field_office")).to_owned()).await
    }
}
