//! Security Profile pages: overview with progress, one page per category, the risk
//! assessment, submission, the SCSS's review. Partners and staff see the same pages; staff get
//! review controls instead of inputs. (Versions and their comparison: `profile_versions`.)

mod category;
mod fields;
mod overview;
mod risk;

pub use category::{category, review_category, save_category};
pub use overview::{annual_approve, annual_sign, overview, submit};
pub use risk::{risk, save_risk};
