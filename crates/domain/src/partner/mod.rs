//! Partner accounts: entity types, their identifiers, eligibility data, contacts
//! and the account lifecycle.

pub mod account;
pub mod bond;
pub mod contacts;
pub mod eligibility;
pub mod entity_type;
pub mod identifiers;
pub mod letter;
pub mod lifecycle;
pub mod statement;

pub use account::Account;
pub use entity_type::EntityType;
