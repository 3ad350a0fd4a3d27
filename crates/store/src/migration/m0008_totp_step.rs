//! The last TOTP time step each person used, so that a code is accepted once (RFC 6238 §5.2):
//! a code seen over someone's shoulder, or captured, cannot be replayed within its 30 s.

use super::a;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("app_user")).add_column(big_integer_null(a("totp_last_step"))).to_owned())
            .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(Table::alter().table(a("app_user")).drop_column(a("totp_last_step")).to_owned()).await
    }
}
