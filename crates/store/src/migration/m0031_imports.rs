//! Imports of a program's legacy records: each run, the record each legacy row became (so a
//! re-run finds it again and a corrected file updates only what changed, and every imported
//! value traces back to its file and line), and the legacy columns the portal does not model,
//! kept with their account.

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
                .table(a("import_run"))
                .col(big_pk_auto(a("id")))
                .col(text(a("files")))
                .col(big_integer(a("by_user")))
                .col(timestamp_with_time_zone(a("at")))
                .col(string(a("missing_data")))
                .col(integer(a("notice_days")))
                .col(integer(a("created")))
                .col(integer(a("updated")))
                .col(integer(a("unchanged")))
                .col(integer(a("lacking")))
                .col(text(a("quality_csv")))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("import_record"))
                .col(big_pk_auto(a("id")))
                .col(string(a("sheet")))
                .col(string(a("legacy_id")))
                .col(big_integer(a("target_id")))
                .col(big_integer(a("account_id")))
                .col(string(a("file")))
                .col(integer(a("line")))
                .col(big_integer(a("run_id")))
                .col(text(a("data")))
                .col(integer(a("history_events")))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_import_record_legacy")
                .table(a("import_record"))
                .col(a("sheet"))
                .col(a("legacy_id"))
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_import_record_account").table(a("import_record")).col(a("account_id")).to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("legacy_field"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("account_id")))
                .col(string(a("sheet")))
                .col(string(a("legacy_id")))
                .col(string(a("name")))
                .col(text(a("value")))
                .col(string(a("file")))
                .col(integer(a("line")))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create().name("ix_legacy_field_account").table(a("legacy_field")).col(a("account_id")).to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in ["legacy_field", "import_record", "import_run"] {
            m.drop_table(Table::drop().table(a(t)).to_owned()).await?;
        }
        Ok(())
    }
}
