//! Schema migrations, run by `ctpat migrate` and at the start of `ctpat serve`. Tables are
//! declared once with the schema builder; what differs per engine (triggers) is raw SQL.

use sea_orm_migration::prelude::*;

mod m0001_foundation;
mod m0002_partner_accounts;
mod m0003_catalog;
mod m0004_profile;
mod m0005_svi;
mod m0006_api;
mod m0007_webhooks;
mod m0008_totp_step;
mod m0009_response_due;
mod m0010_code_failures;
mod m0011_mail_caps;
mod m0012_audit_client;
mod m0013_file_removed;
mod m0014_outbox_kind;
mod m0015_known_devices;
mod m0016_corrective_plan;
mod m0017_validations;
mod m0018_findings;
mod m0019_validation_reports;
mod m0020_org_parent;
mod m0021_finding_files;
mod m0022_statements;
mod m0023_declarations;
mod m0024_jobs;
mod m0025_notification_centre;
mod m0026_messages;
mod m0027_exchange;
mod m0028_company_changes;
mod m0029_field_offices;
mod m0030_public_library;
mod m0031_imports;
mod m0032_catalog_languages;

/// A table or column name.
fn a(s: &str) -> Alias {
    Alias::new(s)
}

/// A foreign key `table.col` → `to.id` that deletes with its parent.
fn fk(table: &str, col: &str, to: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{col}"))
        .from(a(table), a(col))
        .to(a(to), a("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::Migration),
            Box::new(m0002_partner_accounts::Migration),
            Box::new(m0003_catalog::Migration),
            Box::new(m0004_profile::Migration),
            Box::new(m0005_svi::Migration),
            Box::new(m0006_api::Migration),
            Box::new(m0007_webhooks::Migration),
            Box::new(m0008_totp_step::Migration),
            Box::new(m0009_response_due::Migration),
            Box::new(m0010_code_failures::Migration),
            Box::new(m0011_mail_caps::Migration),
            Box::new(m0012_audit_client::Migration),
            Box::new(m0013_file_removed::Migration),
            Box::new(m0014_outbox_kind::Migration),
            Box::new(m0015_known_devices::Migration),
            Box::new(m0016_corrective_plan::Migration),
            Box::new(m0017_validations::Migration),
            Box::new(m0018_findings::Migration),
            Box::new(m0019_validation_reports::Migration),
            Box::new(m0020_org_parent::Migration),
            Box::new(m0021_finding_files::Migration),
            Box::new(m0022_statements::Migration),
            Box::new(m0023_declarations::Migration),
            Box::new(m0024_jobs::Migration),
            Box::new(m0025_notification_centre::Migration),
            Box::new(m0026_messages::Migration),
            Box::new(m0027_exchange::Migration),
            Box::new(m0028_company_changes::Migration),
            Box::new(m0029_field_offices::Migration),
            Box::new(m0030_public_library::Migration),
            Box::new(m0031_imports::Migration),
            Box::new(m0032_catalog_languages::Migration),
        ]
    }
}

/// How many migrations this release has that the database has not applied yet.
pub async fn pending(db: &crate::Db) -> crate::error::Result<usize> {
    Ok(Migrator::get_pending_migrations(db.conn()).await?.len())
}

/// Apply every pending migration.
pub async fn run(db: &crate::Db) -> crate::error::Result<()> {
    Migrator::up(db.conn(), None).await?;
    Ok(())
}
