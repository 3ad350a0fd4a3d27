//! Partner-account pages. Program staff open the very same pages read-only, under a banner,
//! with staff panels added ("same screens").

pub mod api_tokens;
pub mod apply;
pub mod bond;
pub mod company;
pub mod compliance;
pub mod contacts;
pub mod dashboard;
pub mod declarations;
pub mod exchange;
pub mod join;
pub mod messages;
pub mod notifications;
pub mod program;
pub mod statements;
pub mod svi;
pub mod svi_verify;
pub mod validations;
pub mod webhooks;

use crate::error::WebError;
use crate::page::PageCtx;
use crate::server::AppState;
use crate::session::Viewer;
use axum::extract::Query;
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::partner::{Reach, Standing};
use ctpat_domain::Role;
use serde::Deserialize;

/// The account header every account page shows.
#[derive(Debug, Clone)]
pub struct AccountHead {
    pub id: i64,
    pub org_name: String,
    pub entity_label: String,
    pub status_label: String,
    pub role_label: Option<String>,
    /// "Viewing as <staff name> (program staff)" when staff opened the account.
    pub staff_banner: Option<String>,
    pub is_staff: bool,
    /// A page of the account other than its overview: the head links back to the overview.
    pub sub_page: bool,
}

impl AccountHead {
    /// A sentence of an account page in the viewer's words: program staff read its `-staff`
    /// form where one exists ("Requests this account sent"), partners the one that speaks to
    /// them ("Requests you sent").
    pub fn say(&self, ctx: &PageCtx, id: &str) -> String {
        let staff = format!("{id}-staff");
        if self.is_staff && ctx.lang.has(&staff) { ctx.t(&staff) } else { ctx.t(id) }
    }

    pub async fn build(state: &AppState, ctx: &PageCtx, viewer: &Viewer, r: &Reach) -> Result<AccountHead, WebError> {
        let org_name = ctpat_app::partner::views::organization(&state.app, r)
            .await?
            .map(|o| o.name)
            .unwrap_or_else(|| ctx.t("account-no-organization"));
        let (role_label, staff_banner) = match r.standing {
            Standing::Member(role) => (Some(ctx.t(&format!("role-{}", Role::Account(role).key()))), None),
            Standing::Staff(_) => (None, Some(ctx.ta("staff-viewing-as", "name", &viewer.actor.user.name))),
        };
        Ok(AccountHead {
            id: r.account.id,
            org_name,
            entity_label: ctx.t(&format!("entity-{}", r.entity.key())),
            status_label: ctx.t(&format!("status-{}", r.account.status)),
            role_label,
            staff_banner,
            is_staff: r.is_staff(),
            sub_page: ctx.path != format!("/accounts/{}", r.account.id),
        })
    }
}

#[derive(Deserialize)]
pub struct SwitchQuery {
    #[serde(default)]
    to: String,
}

/// The account switcher (a plain GET form, so it works without JavaScript).
pub async fn switch(Query(q): Query<SwitchQuery>) -> Response {
    match q.to.parse::<i64>() {
        Ok(id) => Redirect::to(&format!("/accounts/{id}")).into_response(),
        Err(_) => Redirect::to("/").into_response(),
    }
}

/// The signed-in person's accounts as (id, label) for the switcher.
pub async fn switch_options(
    state: &AppState,
    ctx: &PageCtx,
    viewer: &Viewer,
) -> Result<Vec<(String, String)>, WebError> {
    let mine = ctpat_app::partner::my_accounts(&state.app, &viewer.actor).await?;
    Ok(mine
        .into_iter()
        .map(|(a, _, org)| {
            let org = org.unwrap_or_else(|| ctx.t("account-no-organization"));
            (a.id.to_string(), format!("{org} — {}", ctx.t(&format!("entity-{}", a.entity_type))))
        })
        .collect())
}
