//! Where each audited request came from: the client address and its user agent, so that an
//! investigation can tell one browser or network from another. Hashed into the chain when set;
//! events written before this migration hash as they did.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("audit_event")).add_column(string_null(a("ip"))).to_owned()).await?;
        m.alter_table(Table::alter().table(a("audit_event")).add_column(text_null(a("user_agent"))).to_owned()).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("audit_event")).drop_column(a("user_agent")).to_owned()).await?;
        m.alter_table(Table::alter().table(a("audit_event")).drop_column(a("ip")).to_owned()).await
    }
}
