//! Validations: one visit covers an account or its whole validation group (the accounts are
//! recorded when it is scheduled), at listed sites, with a team of program staff. Reschedules
//! and cancellations keep their reason.

use super::{a, fk};
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn index(name: &str, table: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(a(table));
    for c in cols {
        i.col(a(c));
    }
    if unique {
        i.unique();
    }
    i.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(a("validation"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("lead_account_id")))
                .col(big_integer_null(a("group_id")))
                .col(string(a("status")))
                .col(date(a("start_on")))
                .col(date(a("end_on")))
                .col(text_null(a("short_notice_reason")))
                .col(big_integer(a("scheduled_by")))
                .col(timestamp_with_time_zone(a("scheduled_at")))
                .col(timestamp_with_time_zone(a("updated_at")))
                .col(integer(a("version")).default(0))
                .foreign_key(&mut fk("validation", "lead_account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("validation_account"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("validation_id")))
                .col(big_integer(a("account_id")))
                .foreign_key(&mut fk("validation_account", "validation_id", "validation"))
                .foreign_key(&mut fk("validation_account", "account_id", "partner_account"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("validation_site"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("validation_id")))
                .col(string(a("kind")))
                .col(string(a("name")))
                .foreign_key(&mut fk("validation_site", "validation_id", "validation"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("validation_team"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("validation_id")))
                .col(big_integer(a("user_id")))
                .foreign_key(&mut fk("validation_team", "validation_id", "validation"))
                .foreign_key(&mut fk("validation_team", "user_id", "app_user"))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(a("validation_change"))
                .col(big_pk_auto(a("id")))
                .col(big_integer(a("validation_id")))
                .col(string(a("kind")))
                .col(text(a("reason")))
                .col(date_null(a("from_start_on")))
                .col(date_null(a("from_end_on")))
                .col(big_integer(a("by_user")))
                .col(timestamp_with_time_zone(a("at")))
                .foreign_key(&mut fk("validation_change", "validation_id", "validation"))
                .to_owned(),
        )
        .await?;
        for i in [
            index("ix_validation_start", "validation", &["status", "start_on", "id"], false),
            index("ix_validation_account", "validation_account", &["account_id", "validation_id"], true),
            index("ix_validation_account_v", "validation_account", &["validation_id"], false),
            index("ix_validation_site_v", "validation_site", &["validation_id"], false),
            index("ix_validation_team_v", "validation_team", &["validation_id"], false),
            index("ix_validation_change_v", "validation_change", &["validation_id"], false),
            // The program's "validations due" list reads accounts by due date.
            index("ix_account_validation_due", "partner_account", &["next_validation_due", "id"], false),
        ] {
            m.create_index(i).await?;
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(Index::drop().name("ix_account_validation_due").table(a("partner_account")).to_owned()).await?;
        for t in ["validation_change", "validation_team", "validation_site", "validation_account", "validation"] {
            m.drop_table(Table::drop().table(a(t)).to_owned()).await?;
        }
        Ok(())
    }
}
