//! Changes to a company's data after its application (name, addresses, identifiers) are
//! requested by the company and decided by the SCSS: the request keeps the proposed values,
//! the decision who took it and why.

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
                .table(a("company_change"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("kind")))
                .col(text(a("proposed")))
                .col(string(a("status")))
                .col(big_integer(a("requested_by")))
                .col(timestamp_with_time_zone(a("requested_at")))
                .col(big_integer_null(a("decided_by")))
                .col(timestamp_with_time_zone_null(a("decided_at")))
                .col(text_null(a("note")))
                .foreign_key(&mut fk("company_change", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_company_change")
                .table(a("company_change"))
                .col(a("account_id"))
                .col(a("id"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(a("company_change")).to_owned()).await
    }
}
