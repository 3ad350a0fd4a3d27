//! Database access for both engines (SQLite by default, PostgreSQL to scale out): the
//! connection, migrations, entities, repositories and the audit-chain writer. The store never
//! decides a rule; it keeps what the app layer decided.

pub mod account_data;
pub mod accounts;
pub mod api_tokens;
pub mod audit;
#[cfg(feature = "bench-seed")]
pub mod bench_seed;
pub mod bond_requests;
pub mod catalog;
pub mod company_changes;
pub mod db;
pub mod devices;
pub mod entity;
pub mod error;
pub mod exchange;
pub mod files;
pub mod findings;
pub mod groups;
pub mod imports;
pub mod jobs;
pub mod library;
pub mod messages;
pub mod migration;
pub mod notices;
pub mod offices;
pub mod orgs;
pub mod outbox;
pub mod person_notices;
pub mod policies;
pub mod profiles;
mod raw;
pub mod sessions;
pub mod statements;
pub mod svi;
pub mod tokens;
pub mod users;
pub mod validations;
mod versioned;
pub mod webhooks;

pub use db::{Db, Engine};
pub use error::StoreError;
pub use sea_orm::ActiveValue::Set;
pub use sea_orm::{ConnectionTrait, DatabaseTransaction, DbErr, TransactionTrait};
