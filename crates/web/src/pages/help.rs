use crate::page::{PageCtx, render};
use askama::Template;
use axum::response::Response;
use ctpat_domain::permission::{MATRIX, reach_key};
use ctpat_domain::{Role, StaffRole};

#[derive(Template)]
#[template(path = "permissions.html")]
pub struct PermissionsPage {
    ctx: PageCtx,
    roles: Vec<String>,
    rows: Vec<(String, Vec<bool>)>,
    /// (staff role, which accounts it reaches).
    reach: Vec<(String, String)>,
}

/// The permission matrix, rendered from the same table the portal enforces.
pub async fn permissions(ctx: PageCtx) -> Response {
    let roles = Role::ALL.iter().map(|r| ctx.t(&format!("role-{}", r.key()))).collect();
    let rows = MATRIX
        .iter()
        .map(|(p, holders)| {
            (ctx.t(&format!("perm-{}", p.key())), Role::ALL.iter().map(|r| holders.contains(r)).collect())
        })
        .collect();
    let reach = StaffRole::ALL
        .iter()
        .map(|r| (ctx.t(&format!("role-{}", Role::Staff(*r).key())), ctx.t(&format!("reach-{}", reach_key(*r)))))
        .collect();
    render(&PermissionsPage { ctx, roles, rows, reach })
}
