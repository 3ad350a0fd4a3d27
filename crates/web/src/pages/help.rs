use crate::page::{PageCtx, render};
use askama::Template;
use axum::response::Response;
use ctpat_domain::Role;
use ctpat_domain::permission::MATRIX;

#[derive(Template)]
#[template(path = "permissions.html")]
pub struct PermissionsPage {
    ctx: PageCtx,
    roles: Vec<String>,
    rows: Vec<(String, Vec<bool>)>,
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
    render(&PermissionsPage { ctx, roles, rows })
}
