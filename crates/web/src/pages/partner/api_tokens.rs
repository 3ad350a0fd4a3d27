//! The API tokens page of an account: create (the secret is shown once), list, revoke.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::api_tokens::{self, ApiScope};

pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub prefix: String,
    pub scopes: String,
    pub created: String,
    pub last_used: String,
    pub revoked: Option<String>,
}

#[derive(Template)]
#[template(path = "api_tokens.html")]
pub struct TokensPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    tokens: Vec<TokenRow>,
    can_manage: bool,
    scopes: Vec<(String, String, bool)>,
    /// The secret just created, shown once.
    created: Option<String>,
}

async fn tokens_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
    created: Option<String>,
    chosen: &[String],
) -> Result<TokensPage, WebError> {
    let p = api_tokens::page(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    let day = |d: chrono::DateTime<chrono::Utc>| ctx.datetime(d);
    Ok(TokensPage {
        tokens: p
            .tokens
            .iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.name.clone(),
                prefix: format!("{}…", t.prefix),
                scopes: t.scopes.clone(),
                created: day(t.created_at),
                last_used: t.last_used_at.map(day).unwrap_or_else(|| ctx.t("api-never-used")),
                revoked: t.revoked_at.map(day),
            })
            .collect(),
        can_manage: p.can_manage,
        scopes: ApiScope::ALL
            .iter()
            .map(|s| {
                let k = s.key().to_string();
                let on = chosen.is_empty() || chosen.contains(&k);
                (k.clone(), ctx.t(&format!("api-scope-{}", k.replace(':', "-"))), on)
            })
            .collect(),
        created,
        head,
        form,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&tokens_page(&state, ctx, &viewer, id, FormView::default(), None, &[]).await?))
}

pub async fn create(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, WebError> {
    let pairs = crate::form::pairs(&body);
    let name = pairs.iter().find(|(k, _)| k == "token_name").map(|(_, v)| v.clone()).unwrap_or_default();
    let scopes: Vec<String> = pairs.iter().filter(|(k, _)| k == "scopes").map(|(_, v)| v.clone()).collect();
    match api_tokens::create(&state.app, &viewer.actor, id, &name, &scopes).await {
        // Shown on this response only; never stored or logged in the clear.
        Ok((_, secret)) => {
            Ok(render(&tokens_page(&state, ctx, &viewer, id, FormView::default(), Some(secret), &[]).await?))
        }
        Err(e) => {
            let typed =
                FormView { values: [("token_name".to_string(), name)].into_iter().collect(), ..Default::default() };
            let keep = if scopes.is_empty() { vec!["-".to_string()] } else { scopes };
            rerender(ctx, typed, e, |ctx, form| tokens_page(&state, ctx, &viewer, id, form, None, &keep)).await
        }
    }
}

pub async fn revoke(
    State(state): State<AppState>,
    viewer: Viewer,
    Path((id, tid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    api_tokens::revoke(&state.app, &viewer.actor, id, tid).await?;
    state.api.tokens.clear();
    Ok(Redirect::to(&format!("/accounts/{id}/api-tokens?notice=api-token-revoked")).into_response())
}
