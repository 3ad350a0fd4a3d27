//! The company's data after its application: what is on file, the change requests (filed by an
//! Officer or Account admin, decided by the SCSS), and the forms that request a change.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, pairs, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::partner::application::{AddressInput, OTHER_PREFIXES, OrgInput, SITE_TYPES};
use ctpat_app::partner::company_changes::{self, Change, ChangeKind};
use ctpat_domain::partner::identifiers::{self, IdentifierKind};

pub struct RequestLine {
    pub id: i64,
    pub what: String,
    pub proposed: Vec<(String, String)>,
    pub status: String,
    pub pending: bool,
    pub requested: String,
    pub note: String,
}

#[derive(Template)]
#[template(path = "company.html")]
pub struct CompanyPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    organization: Vec<(String, String)>,
    addresses: Vec<(String, String)>,
    identifiers: Vec<(String, String)>,
    requests: Vec<RequestLine>,
    can_request: bool,
    can_decide: bool,
    prefixes: Vec<&'static str>,
    site_options: Vec<(String, String)>,
    /// (field name, label id) of the entity type's identifiers.
    id_fields: Vec<(String, String)>,
}

fn labelled(ctx: &PageCtx, lines: &[(String, String)]) -> Vec<(String, String)> {
    lines.iter().map(|(label, value)| (ctx.t(label), value.clone())).collect()
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    typed: Option<FormView>,
) -> Result<CompanyPage, WebError> {
    let p = company_changes::page(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &p.reach).await?;
    // The forms open with the data on file; a refused form comes back as it was sent.
    let form = typed.unwrap_or_else(|| FormView::with_values(p.values.iter().map(|(k, v)| (k.as_str(), v.as_str()))));
    Ok(CompanyPage {
        organization: labelled(&ctx, &p.organization),
        addresses: labelled(&ctx, &p.addresses),
        identifiers: labelled(&ctx, &p.identifiers),
        requests: p
            .requests
            .iter()
            .map(|c| RequestLine {
                id: c.id,
                what: ctx.t(&format!("company-change-{}", c.kind.key())),
                proposed: labelled(&ctx, &c.proposed),
                status: ctx.t(&format!("bond-request-{}", c.status)),
                pending: c.status == "pending",
                requested: ctx.date(c.requested_at),
                note: c.note.clone().unwrap_or_default(),
            })
            .collect(),
        can_request: p.can_request,
        can_decide: p.can_decide,
        prefixes: OTHER_PREFIXES.to_vec(),
        site_options: SITE_TYPES.iter().map(|k| (k.to_string(), ctx.t(&format!("address-kind-{k}")))).collect(),
        id_fields: identifiers::fields(p.reach.entity)
            .iter()
            .map(|(k, _)| (identifiers::field_name(*k).to_string(), format!("idkind-{}", k.key())))
            .collect(),
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
    Ok(render(&page(&state, ctx, &viewer, id, None).await?))
}

fn get(p: &[(String, String)], k: &str) -> String {
    p.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default()
}

fn address(p: &[(String, String)], prefix: &str) -> AddressInput {
    AddressInput {
        kind: get(p, &format!("{prefix}_kind")),
        line1: get(p, &format!("{prefix}_line1")),
        line2: get(p, &format!("{prefix}_line2")),
        city: get(p, &format!("{prefix}_city")),
        region: get(p, &format!("{prefix}_region")),
        postal_code: get(p, &format!("{prefix}_postal_code")),
        country: get(p, &format!("{prefix}_country")),
    }
}

pub async fn request(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, kind)): Path<(i64, String)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let change = match ChangeKind::from_key(&kind).ok_or(WebError::NotFound)? {
        ChangeKind::Organization => Change::Organization(OrgInput {
            name: get(&p, "name"),
            dba: get(&p, "dba"),
            phone: get(&p, "phone"),
            website: get(&p, "website"),
            ..Default::default()
        }),
        ChangeKind::Addresses => {
            Change::Addresses(address(&p, "hq"), OTHER_PREFIXES.iter().map(|x| address(&p, x)).collect())
        }
        ChangeKind::Identifiers => Change::Identifiers(
            IdentifierKind::ALL.iter().map(|k| (*k, get(&p, identifiers::field_name(*k)))).collect(),
        ),
    };
    match company_changes::request(&state.app, &viewer.actor, id, &change).await {
        Ok(_) => Ok(Redirect::to(&format!("/accounts/{id}/company?notice=company-requested")).into_response()),
        Err(e) => {
            let typed = FormView::with_values(p.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            rerender(ctx, typed.clone(), e, |ctx, form| page(&state, ctx, &viewer, id, Some(form))).await
        }
    }
}

pub async fn decide(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, cid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let approve = match get(&p, "decision").as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            let e = ctpat_app::Error::field("decision", ctpat_domain::Problem::new("err-choose-one"));
            return rerender(ctx, FormView::default(), e, |ctx, form| page(&state, ctx, &viewer, id, Some(form))).await;
        }
    };
    match company_changes::decide(&state.app, &viewer.actor, id, cid, approve, &get(&p, "note")).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/company?notice=company-decided")).into_response()),
        Err(e) => {
            let typed = FormView::with_values([("note", get(&p, "note").as_str())]);
            rerender(ctx, typed, e, |ctx, form| page(&state, ctx, &viewer, id, Some(form))).await
        }
    }
}
