//! SeaORM entities, one per table.

pub mod app_user;
pub mod audit_event;
pub mod outbox;
pub mod recovery_code;
pub mod session;
pub mod user_token;
