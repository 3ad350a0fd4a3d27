use crate::page::{PageCtx, render};
use crate::session::Viewer;
use askama::Template;
use axum::response::Response;
use ctpat_domain::Permission;

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    ctx: PageCtx,
    /// (link, title, text) of the tiles this person can use.
    cards: Vec<(&'static str, String, String)>,
}

pub async fn home(ctx: PageCtx, viewer: Option<axum::Extension<Viewer>>) -> Response {
    let mut cards = Vec::new();
    if let Some(axum::Extension(v)) = viewer {
        let mut add = |href: &'static str, key: &str| {
            cards.push((
                href,
                ctx.t(&format!("card-{key}-title")),
                ctx.t(&format!("card-{key}-text")),
            ));
        };
        if v.actor.has(Permission::ManageStaffUsers) {
            add("/admin/staff", "staff");
        }
        if v.actor.has(Permission::ReadAuditTrail) {
            add("/program/audit", "audit");
        }
        add("/account", "account");
        add("/help/permissions", "permissions");
    }
    render(&HomePage { ctx, cards })
}
