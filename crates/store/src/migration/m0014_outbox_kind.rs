//! What kind of e-mail each outbox message is, so that the cap on mail an anonymous visitor
//! can cause (reset links, confirmation links, lock notices) is counted per kind and never
//! holds back the notices a person must get (password changed, status changes).

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("outbox")).add_column(string_null(a("kind"))).to_owned()).await?;
        m.drop_index(Index::drop().name("ix_outbox_to_created").table(a("outbox")).to_owned()).await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_to_kind_created")
                .table(a("outbox"))
                .col(a("to_addr"))
                .col(a("kind"))
                .col(a("created_at"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_outbox_to_kind_created").table(a("outbox")).to_owned()).await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_to_created")
                .table(a("outbox"))
                .col(a("to_addr"))
                .col(a("created_at"))
                .to_owned(),
        )
        .await?;
        m.alter_table(Table::alter().table(a("outbox")).drop_column(a("kind")).to_owned()).await
    }
}
