//! One connection pool per process. SQLite runs in WAL mode with `synchronous=FULL`, foreign
//! keys on, and every write transaction starts with `BEGIN IMMEDIATE`, so a transaction that
//! reads then writes never fails on a lock upgrade (a deferred `BEGIN` fails at once with
//! SQLITE_BUSY when another connection wrote meanwhile). PostgreSQL uses a plain pool;
//! rows that must serialise writers are locked with `SELECT … FOR UPDATE`.

use crate::error::{Result, StoreError};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend, Statement,
    TransactionOptions, TransactionTrait,
};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Db {
    conn: DatabaseConnection,
    engine: Engine,
}

/// The URL with any password replaced, safe to print or log.
pub fn redact_url(url: &str) -> String {
    if let Some((scheme, rest)) = url.split_once("://")
        && let Some((creds, host)) = rest.split_once('@')
    {
        let user = creds.split(':').next().unwrap_or("");
        let shown = if creds.contains(':') { format!("{user}:***") } else { user.to_string() };
        return format!("{scheme}://{shown}@{host}");
    }
    url.to_string()
}

impl Db {
    pub async fn connect(url: &str) -> Result<Db> {
        let shown = redact_url(url);
        let engine = if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Engine::Postgres
        } else {
            return Err(StoreError::Connect(format!(
                "unsupported database URL {shown:?}: expected sqlite://PATH or postgres://…"
            )));
        };
        let mut opts = ConnectOptions::new(url.to_string());
        opts.sqlx_logging(false).connect_timeout(Duration::from_secs(5)).acquire_timeout(Duration::from_secs(10));
        match engine {
            Engine::Sqlite => {
                let path = sqlite_path(url);
                if let Some(dir) = std::path::Path::new(&path).parent()
                    && !dir.as_os_str().is_empty()
                {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| StoreError::Connect(format!("cannot create {}: {e}", dir.display())))?;
                }
                opts.max_connections(8).min_connections(1).map_sqlx_sqlite_opts(|o: SqliteConnectOptions| {
                    o.create_if_missing(true)
                        .journal_mode(SqliteJournalMode::Wal)
                        .synchronous(SqliteSynchronous::Full)
                        .foreign_keys(true)
                        .busy_timeout(Duration::from_secs(10))
                });
            }
            Engine::Postgres => {
                opts.max_connections(16).min_connections(1);
            }
        }
        let conn = Database::connect(opts)
            .await
            .map_err(|e| StoreError::Connect(format!("cannot connect to {shown}: {}", first_line(&e.to_string()))))?;
        let db = Db { conn, engine };
        db.conn
            .execute_unprepared("SELECT 1")
            .await
            .map_err(|e| StoreError::Connect(format!("cannot query {shown}: {}", first_line(&e.to_string()))))?;
        Ok(db)
    }

    pub fn conn(&self) -> &DatabaseConnection {
        &self.conn
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    pub fn backend(&self) -> DbBackend {
        self.conn.get_database_backend()
    }

    /// A write transaction: `BEGIN IMMEDIATE` on SQLite, plain `BEGIN` on PostgreSQL.
    pub async fn begin(&self) -> Result<DatabaseTransaction> {
        let options = TransactionOptions {
            sqlite_transaction_mode: (self.engine == Engine::Sqlite)
                .then_some(sea_orm::SqliteTransactionMode::Immediate),
            ..Default::default()
        };
        Ok(self.conn.begin_with_options(options).await?)
    }

    /// Whether the database answers a query now.
    pub async fn ping(&self) -> Result<()> {
        self.conn.execute_unprepared("SELECT 1").await?;
        Ok(())
    }

    /// Write a consistent copy of a live SQLite database to `to` (`VACUUM INTO`: one read
    /// transaction, so writers carry on and the copy is the database at one instant).
    /// PostgreSQL is copied with its own tools (`pg_dump`).
    pub async fn copy_sqlite_to(&self, to: &std::path::Path) -> Result<()> {
        if self.engine != Engine::Sqlite {
            return Err(StoreError::Connect("only a SQLite database is copied by the portal; use pg_dump".into()));
        }
        let path = to.to_str().ok_or_else(|| StoreError::Connect("the backup path is not UTF-8".into()))?;
        self.conn.execute_raw(self.statement("VACUUM INTO ?", vec![path.into()])).await?;
        Ok(())
    }

    /// Raw SQL with values, for statements the query builder cannot express.
    pub fn statement(&self, sql: &str, values: Vec<sea_orm::Value>) -> Statement {
        Statement::from_sql_and_values(self.backend(), sql, values)
    }

    pub async fn close(self) {
        let _ = self.conn.close().await;
    }
}

fn sqlite_path(url: &str) -> String {
    let rest = url.trim_start_matches("sqlite://").trim_start_matches("sqlite:");
    rest.split('?').next().unwrap_or("").to_string()
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_password() {
        assert_eq!(redact_url("postgres://u:secret@h:5432/db"), "postgres://u:***@h:5432/db");
        assert_eq!(redact_url("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(redact_url("sqlite://data/x.db"), "sqlite://data/x.db");
    }

    #[test]
    fn sqlite_paths() {
        assert_eq!(sqlite_path("sqlite://./data/ctpat.db?mode=rwc"), "./data/ctpat.db");
        assert_eq!(sqlite_path("sqlite:///tmp/a.db"), "/tmp/a.db");
    }
}
