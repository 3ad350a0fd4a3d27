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
    /// Program staff: what needs them today, as (link, words, needs attention).
    today: Vec<(&'static str, String, bool)>,
}

/// The lines of a staff member's "today" panel, each a link into the list that holds it.
fn today_lines(ctx: &PageCtx, t: &ctpat_app::partner::today::Today) -> Vec<(&'static str, String, bool)> {
    let line = |id: &str, n: u64| ctx.ta(id, "count", &n.to_string());
    let mut out = Vec::new();
    if let Some(n) = t.decisions {
        out.push(("/program?pending=on", line("today-decisions", n), n > 0));
    }
    if let Some(n) = t.reviews {
        out.push(("/program", line("today-reviews", n), n > 0));
    }
    out.push(("/program", line("today-due-week", t.due_this_week), false));
    out.push(("/program", line("today-overdue", t.overdue), t.overdue > 0));
    if let Some(n) = t.unread_messages {
        out.push(("/program/messages", line("today-messages", n.max(0) as u64), n > 0));
    }
    if let Some(n) = t.bond_requests {
        out.push(("/program/bond-requests", line("today-bond-requests", n), n > 0));
    }
    if let Some(n) = t.unplaced {
        out.push(("/program?office=none", line("today-unplaced", n), n > 0));
    }
    out
}

pub async fn home(
    axum::extract::State(state): axum::extract::State<crate::server::AppState>,
    ctx: PageCtx,
    viewer: Option<axum::Extension<Viewer>>,
) -> Response {
    let mut cards = Vec::new();
    let mut accounts = Vec::new();
    let mut is_partner = false;
    let mut today = Vec::new();
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
            match ctpat_app::partner::today::today(&state.app, &v.actor).await {
                Ok(t) => today = today_lines(&ctx, &t),
                Err(e) => return crate::error::WebError::from(e).into_response(),
            }
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
    render(&HomePage { ctx, cards, accounts, is_partner, today })
}
