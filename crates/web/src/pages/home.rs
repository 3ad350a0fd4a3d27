use crate::page::{PageCtx, render};
use crate::session::Viewer;
use askama::Template;
use axum::response::{IntoResponse, Response};
use ctpat_domain::Permission;

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    ctx: PageCtx,
    /// (link, title, text) of the tiles this person can use.
    cards: Vec<(&'static str, String, String)>,
    /// A partner's accounts: (link, organization, entity type, role, status).
    accounts: Vec<(String, String, String, String, String)>,
    is_partner: bool,
}

pub async fn home(
    axum::extract::State(state): axum::extract::State<crate::server::AppState>,
    ctx: PageCtx,
    viewer: Option<axum::Extension<Viewer>>,
) -> Response {
    let mut cards = Vec::new();
    let mut accounts = Vec::new();
    let mut is_partner = false;
    if let Some(axum::Extension(v)) = viewer {
        if v.actor.staff_role().is_none() {
            is_partner = true;
            match ctpat_app::partner::my_accounts(&state.app, &v.actor).await {
                Ok(list) => {
                    for (a, role, org) in list {
                        accounts.push((
                            format!("/accounts/{}", a.id),
                            org.unwrap_or_else(|| ctx.t("account-no-organization")),
                            ctx.t(&format!("entity-{}", a.entity_type)),
                            ctx.t(&format!("role-{}", ctpat_domain::Role::Account(role).key())),
                            ctx.t(&format!("status-{}", a.status)),
                        ));
                    }
                }
                Err(e) => return crate::error::WebError::from(e).into_response(),
            }
        }
        let mut add = |href: &'static str, key: &str| {
            cards.push((href, ctx.t(&format!("card-{key}-title")), ctx.t(&format!("card-{key}-text"))));
        };
        if v.actor.has(Permission::WorkAssignedAccounts) || v.actor.has(Permission::ReadAllAccounts) {
            add("/program", "queue");
        }
        if v.actor.has(Permission::ManageStaffUsers) {
            add("/admin/staff", "staff");
        }
        if v.actor.has(Permission::ReadAuditTrail) {
            add("/program/audit", "audit");
        }
        add("/account", "account");
        add("/help/permissions", "permissions");
    }
    render(&HomePage { ctx, cards, accounts, is_partner })
}
