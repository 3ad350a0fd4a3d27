//! One module per command.

pub mod api_token;
pub mod audit;
pub mod backup;
#[cfg(feature = "bench")]
pub mod bench_seed;
pub mod catalog;
pub mod import;
pub mod jobs;
pub mod secrets;
pub mod serve;
pub mod user;
