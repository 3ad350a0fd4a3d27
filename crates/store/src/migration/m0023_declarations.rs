//! Facts of eligibility the company declares (imported in the last 12 months, crosses the
//! border…), one row per fact, with who declared it and when.

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
                .table(a("account_declaration"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("declaration")))
                .col(big_integer(a("declared_by")))
                .col(timestamp_with_time_zone(a("declared_at")))
                .foreign_key(&mut fk("account_declaration", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_account_declaration")
                .table(a("account_declaration"))
                .col(a("account_id"))
                .col(a("declaration"))
                .unique()
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("account_declaration")).to_owned()).await
    }
}
