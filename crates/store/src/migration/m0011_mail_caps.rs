//! Who caused each e-mail, and indexes to count recent mail per recipient and per sender, so
//! that the portal cannot be made to flood one mailbox or to send mail for someone without end.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("outbox")).add_column(big_integer_null(a("sent_by"))).to_owned()).await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_to_created")
                .table(a("outbox"))
                .col(a("to_addr"))
                .col(a("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_sender_created")
                .table(a("outbox"))
                .col(a("sent_by"))
                .col(a("created_at"))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_outbox_sender_created").table(a("outbox")).to_owned()).await?;
        m.drop_index(Index::drop().name("ix_outbox_to_created").table(a("outbox")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("outbox")).drop_column(a("sent_by")).to_owned()).await
    }
}
