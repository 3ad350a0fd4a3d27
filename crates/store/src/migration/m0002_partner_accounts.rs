//! Organizations, partner accounts and everything an account holds: members, addresses,
//! contacts, identifiers, bond and bond change requests, lifecycle events, validation groups,
//! invitations, compliance notices, program policies.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn ts(name: &str) -> ColumnDef {
    timestamp_with_time_zone(Alias::new(name))
}
fn ts_null(name: &str) -> ColumnDef {
    timestamp_with_time_zone_null(Alias::new(name))
}
fn s(name: &str) -> ColumnDef {
    string(Alias::new(name))
}
fn s_null(name: &str) -> ColumnDef {
    string_null(Alias::new(name))
}
fn id(name: &str) -> ColumnDef {
    big_integer(Alias::new(name))
}
fn id_null(name: &str) -> ColumnDef {
    big_integer_null(Alias::new(name))
}
fn pk() -> ColumnDef {
    big_pk_auto(Alias::new("id"))
}
fn int(name: &str) -> ColumnDef {
    integer(Alias::new(name))
}
fn int_null(name: &str) -> ColumnDef {
    integer_null(Alias::new(name))
}
fn flag(name: &str) -> ColumnDef {
    boolean(Alias::new(name)).default(false).take()
}

/// Foreign keys, as (table, column, referenced table).
const FKS: &[(&str, &str, &str)] = &[
    ("partner_account", "organization_id", "organization"),
    ("account_member", "account_id", "partner_account"),
    ("account_member", "user_id", "app_user"),
    ("account_address", "account_id", "partner_account"),
    ("contact", "account_id", "partner_account"),
    ("account_identifier", "account_id", "partner_account"),
    ("bond", "account_id", "partner_account"),
    ("bond_change_request", "account_id", "partner_account"),
    ("account_event", "account_id", "partner_account"),
    ("validation_group_member", "group_id", "validation_group"),
    ("validation_group_member", "account_id", "partner_account"),
    ("account_invitation", "account_id", "partner_account"),
    ("compliance_notice", "account_id", "partner_account"),
];

fn table(name: &str, cols: Vec<ColumnDef>) -> TableCreateStatement {
    let mut t = Table::create();
    t.table(Alias::new(name));
    for mut c in cols {
        t.col(&mut c);
    }
    for (from, col, to) in FKS.iter().filter(|(f, _, _)| *f == name) {
        t.foreign_key(&mut fk(from, col, to));
    }
    t.take()
}

fn fk(table: &str, col: &str, to: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{col}"))
        .from(Alias::new(table), Alias::new(col))
        .to(Alias::new(to), Alias::new("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

fn index(name: &str, table: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
    let mut i = Index::create();
    i.name(name).table(Alias::new(table));
    for c in cols {
        i.col(Alias::new(*c));
    }
    if unique {
        i.unique();
    }
    i.take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let tables = vec![
            table(
                "organization",
                vec![
                    pk(),
                    s("name"),
                    s_null("dba"),
                    s_null("phone"),
                    s_null("website"),
                    int_null("year_founded"),
                    int_null("employee_count"),
                    s_null("ownership_type"),
                    id("created_by"),
                    ts("created_at"),
                    ts("updated_at"),
                    int("version").default(0).take(),
                ],
            ),
            table(
                "partner_account",
                vec![
                    pk(),
                    id_null("organization_id"),
                    s("entity_type"),
                    s("status"),
                    int_null("tier"),
                    string_null(Alias::new("svi_number")).unique_key().take(),
                    id_null("assigned_scss_id"),
                    s_null("field_office"),
                    s("wizard_step"),
                    id("created_by"),
                    ts("created_at"),
                    ts("updated_at"),
                    ts_null("applied_on"),
                    ts_null("certified_on"),
                    ts_null("validated_on"),
                    ts_null("next_validation_due"),
                    ts_null("annual_review_due"),
                    ts_null("next_deadline"),
                    s_null("pending_decision"),
                    int("event_count").default(0).take(),
                    int("version").default(0).take(),
                ],
            ),
            table("account_member", vec![pk(), id("account_id"), id("user_id"), s("role"), ts("created_at")]),
            table(
                "account_address",
                vec![
                    pk(),
                    id("account_id"),
                    s("kind"),
                    s("line1"),
                    s_null("line2"),
                    s("city"),
                    s_null("region"),
                    s_null("postal_code"),
                    s("country"),
                    flag("staffed"),
                    int("position").default(0).take(),
                ],
            ),
            table(
                "contact",
                vec![
                    pk(),
                    id("account_id"),
                    s("name"),
                    s("email"),
                    s_null("phone"),
                    s_null("title"),
                    s_null("role"),
                    flag("is_primary"),
                    flag("is_alternate"),
                    id_null("user_id"),
                    ts("created_at"),
                    ts("updated_at"),
                ],
            ),
            table("account_identifier", vec![pk(), id("account_id"), s("kind"), s("value")]),
            table(
                "bond",
                vec![
                    pk(),
                    id("account_id"),
                    s("number"),
                    s("bond_type"),
                    s_null("surety"),
                    s_null("effective_on"),
                    ts("updated_at"),
                    id_null("updated_by"),
                ],
            ),
            table(
                "bond_change_request",
                vec![
                    pk(),
                    id("account_id"),
                    s("number"),
                    s("bond_type"),
                    s_null("surety"),
                    s_null("effective_on"),
                    s("status"),
                    id("requested_by"),
                    ts("requested_at"),
                    id_null("decided_by"),
                    ts_null("decided_at"),
                    text_null(Alias::new("decision_note")),
                ],
            ),
            table(
                "account_event",
                vec![
                    pk(),
                    id("account_id"),
                    int("seq"),
                    s("kind"),
                    text(Alias::new("data")),
                    ts("at"),
                    id_null("actor_id"),
                ],
            ),
            table("validation_group", vec![pk(), s("name"), id("created_by"), ts("created_at")]),
            table(
                "validation_group_member",
                vec![pk(), id("group_id"), id("account_id"), id("added_by"), ts("added_at")],
            ),
            table(
                "program_policy",
                vec![pk(), string_uniq(Alias::new("key")), s("value"), ts("updated_at"), id_null("updated_by")],
            ),
            table(
                "account_invitation",
                vec![
                    pk(),
                    id("account_id"),
                    id_null("contact_id"),
                    s("email"),
                    s("role"),
                    string_uniq(Alias::new("token_hash")),
                    id("invited_by"),
                    ts("created_at"),
                    ts("expires_at"),
                    ts_null("used_at"),
                ],
            ),
            table(
                "compliance_notice",
                vec![
                    pk(),
                    id("account_id"),
                    text(Alias::new("missing")),
                    ts("deadline"),
                    id("created_by"),
                    ts("created_at"),
                    ts_null("resolved_at"),
                    ts_null("suspended_at"),
                ],
            ),
        ];
        for t in tables {
            m.create_table(t).await?;
        }
        let indexes = [
            index("ix_account_org", "partner_account", &["organization_id", "entity_type"], false),
            index("ix_account_status", "partner_account", &["status", "id"], false),
            index("ix_account_scss", "partner_account", &["assigned_scss_id", "status", "id"], false),
            index("ix_account_deadline", "partner_account", &["next_deadline", "id"], false),
            index("ix_account_pending", "partner_account", &["pending_decision", "id"], false),
            index("ux_member", "account_member", &["account_id", "user_id"], true),
            index("ix_member_user", "account_member", &["user_id"], false),
            index("ix_address_account", "account_address", &["account_id", "position"], false),
            index("ux_contact_email", "contact", &["account_id", "email"], true),
            index("ux_identifier", "account_identifier", &["account_id", "kind"], true),
            index("ix_identifier_value", "account_identifier", &["kind", "value"], false),
            index("ux_bond_account", "bond", &["account_id"], true),
            index("ix_bond_request", "bond_change_request", &["account_id", "status"], false),
            index("ix_bond_request_status", "bond_change_request", &["status", "id"], false),
            index("ux_account_event", "account_event", &["account_id", "seq"], true),
            index("ux_group_member", "validation_group_member", &["account_id"], true),
            index("ix_group_member_group", "validation_group_member", &["group_id"], false),
            index("ix_invitation_account", "account_invitation", &["account_id"], false),
            index("ix_notice_account", "compliance_notice", &["account_id", "resolved_at"], false),
            index("ix_notice_deadline", "compliance_notice", &["resolved_at", "suspended_at", "deadline"], false),
        ];
        for i in indexes {
            m.create_index(i).await?;
        }
        Ok(())
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("not reversible".into()))
    }
}
