//! People, sessions, e-mail tokens, MFA recovery codes, the e-mail outbox and the audit chain.

use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AppUser {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    EmailVerifiedAt,
    StaffRole,
    Locale,
    TotpSecret,
    TotpEnabledAt,
    FailedLogins,
    LockedUntil,
    DisabledAt,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    TokenHash,
    UserId,
    Stage,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    RevokedAt,
    Ip,
    UserAgent,
}

#[derive(DeriveIden)]
enum UserToken {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum RecoveryCode {
    Table,
    Id,
    UserId,
    CodeHash,
    UsedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    ToAddr,
    Subject,
    BodyText,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    LeaseUntil,
    SentAt,
    FailedAt,
    LastError,
}

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Seq,
    At,
    ActorId,
    Actor,
    Role,
    AccountId,
    Action,
    ObjectType,
    ObjectId,
    Outcome,
    RequestId,
    Before,
    After,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum AuditHead {
    Table,
    Id,
    Seq,
    Hash,
}

fn fk(from: (impl IntoIden, impl IntoIden), to: (impl IntoIden, impl IntoIden)) -> ForeignKeyCreateStatement {
    ForeignKey::create().from(from.0, from.1).to(to.0, to.1).on_delete(ForeignKeyAction::Cascade).take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(AppUser::Table)
                .col(big_pk_auto(AppUser::Id))
                .col(string_uniq(AppUser::Email))
                .col(string(AppUser::Name))
                .col(text_null(AppUser::PasswordHash))
                .col(timestamp_with_time_zone_null(AppUser::EmailVerifiedAt))
                .col(string_null(AppUser::StaffRole))
                .col(string_null(AppUser::Locale))
                .col(string_null(AppUser::TotpSecret))
                .col(timestamp_with_time_zone_null(AppUser::TotpEnabledAt))
                .col(integer(AppUser::FailedLogins).default(0))
                .col(timestamp_with_time_zone_null(AppUser::LockedUntil))
                .col(timestamp_with_time_zone_null(AppUser::DisabledAt))
                .col(timestamp_with_time_zone(AppUser::CreatedAt))
                .col(timestamp_with_time_zone(AppUser::UpdatedAt))
                .col(integer(AppUser::Version).default(0))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Session::Table)
                .col(big_pk_auto(Session::Id))
                .col(string_uniq(Session::TokenHash))
                .col(big_integer(Session::UserId))
                .col(string(Session::Stage))
                .col(timestamp_with_time_zone(Session::CreatedAt))
                .col(timestamp_with_time_zone(Session::LastSeenAt))
                .col(timestamp_with_time_zone(Session::ExpiresAt))
                .col(timestamp_with_time_zone_null(Session::RevokedAt))
                .col(string_null(Session::Ip))
                .col(text_null(Session::UserAgent))
                .foreign_key(&mut fk((Session::Table, Session::UserId), (AppUser::Table, AppUser::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(Index::create().name("ix_session_user").table(Session::Table).col(Session::UserId).to_owned())
            .await?;

        m.create_table(
            Table::create()
                .table(UserToken::Table)
                .col(big_pk_auto(UserToken::Id))
                .col(big_integer(UserToken::UserId))
                .col(string(UserToken::Purpose))
                .col(string_uniq(UserToken::TokenHash))
                .col(timestamp_with_time_zone(UserToken::CreatedAt))
                .col(timestamp_with_time_zone(UserToken::ExpiresAt))
                .col(timestamp_with_time_zone_null(UserToken::UsedAt))
                .foreign_key(&mut fk((UserToken::Table, UserToken::UserId), (AppUser::Table, AppUser::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_user_token_user")
                .table(UserToken::Table)
                .col(UserToken::UserId)
                .col(UserToken::Purpose)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(RecoveryCode::Table)
                .col(big_pk_auto(RecoveryCode::Id))
                .col(big_integer(RecoveryCode::UserId))
                .col(string(RecoveryCode::CodeHash))
                .col(timestamp_with_time_zone_null(RecoveryCode::UsedAt))
                .foreign_key(&mut fk((RecoveryCode::Table, RecoveryCode::UserId), (AppUser::Table, AppUser::Id)))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_recovery_code_user")
                .table(RecoveryCode::Table)
                .col(RecoveryCode::UserId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Outbox::Table)
                .col(big_pk_auto(Outbox::Id))
                .col(string(Outbox::ToAddr))
                .col(text(Outbox::Subject))
                .col(text(Outbox::BodyText))
                .col(timestamp_with_time_zone(Outbox::CreatedAt))
                .col(integer(Outbox::Attempts).default(0))
                .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                .col(timestamp_with_time_zone_null(Outbox::LeaseUntil))
                .col(timestamp_with_time_zone_null(Outbox::SentAt))
                .col(timestamp_with_time_zone_null(Outbox::FailedAt))
                .col(text_null(Outbox::LastError))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_outbox_due")
                .table(Outbox::Table)
                .col(Outbox::SentAt)
                .col(Outbox::FailedAt)
                .col(Outbox::NextAttemptAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditEvent::Table)
                .col(big_integer(AuditEvent::Seq).primary_key())
                .col(timestamp_with_time_zone(AuditEvent::At))
                .col(big_integer_null(AuditEvent::ActorId))
                .col(string_null(AuditEvent::Actor))
                .col(string_null(AuditEvent::Role))
                .col(big_integer_null(AuditEvent::AccountId))
                .col(string(AuditEvent::Action))
                .col(string_null(AuditEvent::ObjectType))
                .col(string_null(AuditEvent::ObjectId))
                .col(string(AuditEvent::Outcome))
                .col(string_null(AuditEvent::RequestId))
                .col(text_null(AuditEvent::Before))
                .col(text_null(AuditEvent::After))
                .col(string(AuditEvent::PrevHash))
                .col(string(AuditEvent::Hash))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_audit_event_account")
                .table(AuditEvent::Table)
                .col(AuditEvent::AccountId)
                .col(AuditEvent::Seq)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_audit_event_actor")
                .table(AuditEvent::Table)
                .col(AuditEvent::ActorId)
                .col(AuditEvent::Seq)
                .to_owned(),
        )
        .await?;

        // The chain head: one row, locked by each writer, so two writers can never both
        // append after the same event.
        m.create_table(
            Table::create()
                .table(AuditHead::Table)
                .col(integer(AuditHead::Id).primary_key())
                .col(big_integer(AuditHead::Seq))
                .col(string(AuditHead::Hash))
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(AuditHead::Table)
                .columns([AuditHead::Id, AuditHead::Seq, AuditHead::Hash])
                .values_panic([1.into(), 0i64.into(), ctpat_domain::audit::GENESIS_HASH.into()])
                .to_owned(),
        )
        .await?;

        let conn = m.get_connection();
        match m.get_database_backend() {
            DbBackend::Sqlite => {
                conn.execute_unprepared(
                    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event \
                     BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;",
                )
                .await?;
                conn.execute_unprepared(
                    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event \
                     BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;",
                )
                .await?;
            }
            _ => {
                conn.execute_unprepared(
                    "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ \
                     BEGIN RAISE EXCEPTION 'audit_event is append-only'; END; $$;",
                )
                .await?;
                conn.execute_unprepared(
                    "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event \
                     FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();",
                )
                .await?;
                conn.execute_unprepared(
                    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event \
                     FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();",
                )
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration("the foundation migration is not reversible: the audit chain is append-only".into()))
    }
}
