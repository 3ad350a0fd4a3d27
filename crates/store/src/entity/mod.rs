//! SeaORM entities, one per table.

pub mod account_address;
pub mod account_event;
pub mod account_identifier;
pub mod account_invitation;
pub mod account_member;
pub mod app_user;
pub mod audit_event;
pub mod bond;
pub mod bond_change_request;
pub mod compliance_notice;
pub mod contact;
pub mod evidence;
pub mod organization;
pub mod outbox;
pub mod partner_account;
pub mod profile;
pub mod profile_answer;
pub mod profile_version;
pub mod program_policy;
pub mod recovery_code;
pub mod risk_step;
pub mod session;
pub mod stored_file;
pub mod user_token;
pub mod validation_group;
pub mod validation_group_member;
