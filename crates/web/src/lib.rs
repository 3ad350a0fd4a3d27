//! The web layer: pages (askama, no JavaScript needed), forms with CSRF protection, the
//! session cookie, security headers, and a route table in which every route declares its
//! authorization policy.

// A problem document is the answer itself, built once per failed call; boxing it buys nothing.
#[allow(clippy::result_large_err)]
pub mod api;
pub mod assets;
pub mod charts;
pub mod csrf;
pub mod error;
pub mod flash;
pub mod form;
pub mod headers;
pub mod limit;
pub mod methods;
pub mod page;
pub mod pages;
pub mod pages_doc;
pub mod policy;
pub mod server;
pub mod session;

pub use policy::{Policy, RouteInfo};
pub use server::{AppState, build_router, serve};
