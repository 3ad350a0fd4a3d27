//! Pure rules of the portal: values that validate on construction, the permission matrix,
//! the audit-chain hashing. No IO, no async, no database types.

pub mod audit;
pub mod catalog;
pub mod country;
pub mod email;
pub mod filetype;
pub mod happened;
pub mod library;
pub mod notice;
pub mod office;
pub mod partner;
pub mod password;
pub mod permission;
pub mod problem;
pub mod profile;
pub mod role;
pub mod svi;
pub mod text;
pub mod validation;

pub use email::Email;
pub use password::{NewPassword, PasswordPolicy};
pub use permission::Permission;
pub use problem::{FieldError, Problem};
pub use role::{AccountRole, Role, StaffRole};
