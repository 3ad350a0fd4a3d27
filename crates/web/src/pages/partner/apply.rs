//! The application wizard pages. Every step is a plain form that saves the draft; a step
//! with errors comes back with one message per field and everything typed kept.

use super::AccountHead;
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::Error;
use ctpat_app::partner::application::{
    self as app_apply, AddressInput, BOND_TYPES, BondInput, OTHER_PREFIXES, OWNERSHIP_TYPES, OrgInput, SITE_TYPES, Step,
};
use ctpat_app::partner::{Reach, reach_app, views};
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::eligibility::Declaration;
use ctpat_domain::partner::identifiers::{self, IdentifierKind, Need};
use std::collections::HashMap;

pub struct StepLink {
    pub label: String,
    pub href: String,
    pub reachable: bool,
    pub current: bool,
    pub done: bool,
}

fn steps(ctx: &PageCtx, r: &Reach, current: Step) -> Vec<StepLink> {
    let furthest = Step::from_key(&r.account.wizard_step).unwrap_or(Step::Organization);
    Step::ALL
        .iter()
        .map(|s| StepLink {
            label: ctx.t(&format!("step-{}", s.key())),
            href: format!("/accounts/{}/apply/{}", r.account.id, s.key()),
            reachable: *s <= furthest,
            current: *s == current,
            done: *s < furthest,
        })
        .collect()
}

/// The step list for the contacts page when it is a wizard step.
pub fn steps_for(ctx: &PageCtx, r: &Reach) -> Vec<StepLink> {
    steps(ctx, r, Step::Contacts)
}

fn options(ctx: &PageCtx, prefix: &str, keys: &[&str], blank: bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    if blank {
        out.push((String::new(), ctx.t("choose")));
    }
    out.extend(keys.iter().map(|k| (k.to_string(), ctx.t(&format!("{prefix}-{k}")))));
    out
}

#[derive(Template)]
#[template(path = "apply_start.html")]
pub struct StartPage {
    ctx: PageCtx,
    form: FormView,
    entity_options: Vec<(String, String)>,
    role_options: Vec<(String, String)>,
}

fn start_page(ctx: PageCtx, form: FormView) -> StartPage {
    let keys: Vec<&str> = EntityType::ALL.iter().map(|e| e.key()).collect();
    StartPage {
        entity_options: options(&ctx, "entity", &keys, false),
        role_options: vec![("officer".into(), ctx.t("my-role-officer")), ("admin".into(), ctx.t("my-role-admin"))],
        form,
        ctx,
    }
}

pub async fn start_form(ctx: PageCtx) -> Response {
    // The applicant says which role they take: nothing is chosen for them.
    render(&start_page(ctx, FormView::default()))
}

#[derive(serde::Deserialize)]
pub struct StartInput {
    #[serde(default)]
    entity_type: String,
    #[serde(default)]
    my_role: String,
}

pub async fn start_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Form(input): Form<StartInput>,
) -> Result<Response, WebError> {
    match app_apply::start(&state.app, &viewer.actor, &input.entity_type, &input.my_role).await {
        Ok(id) => Ok(Redirect::to(&format!("/accounts/{id}/apply/organization")).into_response()),
        Err(Error::Invalid(errs)) => {
            let form = FormView::with_values([
                ("entity_type", input.entity_type.as_str()),
                ("my_role", input.my_role.as_str()),
            ])
            .with_errors(&ctx, &errs);
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &start_page(ctx, form)))
        }
        Err(Error::Refused(p)) => {
            let form = FormView::default().with_banner(ctx.problem(&p));
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &start_page(ctx, form)))
        }
        Err(e) => Err(WebError::from(e)),
    }
}

#[derive(Template)]
#[template(path = "apply_step.html")]
pub struct StepPage {
    ctx: PageCtx,
    head: AccountHead,
    steps: Vec<StepLink>,
    step: &'static str,
    step_title: String,
    step_intro: String,
    form: FormView,
    /// Organization step: the person's existing organizations.
    existing_orgs: Vec<(String, String)>,
    ownership_options: Vec<(String, String)>,
    /// Addresses step: the optional blocks and their kinds.
    address_prefixes: Vec<&'static str>,
    address_kinds: Vec<(String, String)>,
    /// Identifiers step: (field name, label id, required).
    id_fields: Vec<(String, String, bool)>,
    bond_required: bool,
    bond_options: Vec<(String, String)>,
    /// The checkboxes of what the entity type declares (`declare_<key>`).
    declarations: Vec<String>,
    /// Agreement step.
    gaps: Vec<(String, String, String)>,
    uses_totp: bool,
    can_sign: bool,
}

async fn step_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    r: &Reach,
    step: Step,
    form: FormView,
) -> Result<StepPage, WebError> {
    let head = AccountHead::build(state, &ctx, viewer, r).await?;
    let existing_orgs = if step == Step::Organization {
        let mut v = vec![(String::new(), ctx.t("org-new"))];
        for o in views::my_organizations(&state.app, &viewer.actor).await? {
            v.push((o.id.to_string(), o.name));
        }
        v
    } else {
        Vec::new()
    };
    let id_fields = identifiers::fields(r.entity)
        .iter()
        .map(|(k, need)| {
            (identifiers::field_name(*k).to_string(), format!("idkind-{}", k.key()), *need == Need::Required)
        })
        .collect();
    let gaps = if step == Step::Agreement {
        app_apply::what_is_missing(&state.app, &viewer.actor, r)
            .await?
            .into_iter()
            .map(|(place, p)| (ctx.t(&place.label_id()), ctx.problem(&p), place.href(r.account.id)))
            .collect()
    } else {
        Vec::new()
    };
    let uses_totp = viewer.actor.user.mfa_enabled;
    Ok(StepPage {
        steps: steps(&ctx, r, step),
        step: step.key(),
        step_title: ctx.t(&format!("step-{}", step.key())),
        // "If your company already has an account here, choose it" only when there is one.
        step_intro: if step == Step::Organization && existing_orgs.len() > 1 {
            ctx.t("step-organization-intro-existing")
        } else {
            ctx.t(&format!("step-{}-intro", step.key()))
        },
        existing_orgs,
        ownership_options: options(&ctx, "ownership", &OWNERSHIP_TYPES, true),
        address_prefixes: OTHER_PREFIXES.to_vec(),
        address_kinds: options(&ctx, "address-kind", &SITE_TYPES, false),
        id_fields,
        bond_required: r.entity.bond_required(),
        bond_options: options(&ctx, "bond-type", &BOND_TYPES, true),
        declarations: Declaration::required_of(r.entity).iter().map(|d| format!("declare_{}", d.key())).collect(),
        gaps,
        uses_totp,
        can_sign: r.can(ctpat_domain::Permission::Sign),
        head,
        form,
        ctx,
    })
}

/// The saved draft as form values, so each step opens with what was entered before.
async fn saved_values(state: &AppState, r: &Reach, step: Step) -> Result<HashMap<String, String>, ctpat_app::Error> {
    let app = &state.app;
    let mut v = HashMap::new();
    match step {
        Step::Organization => {
            if let Some(o) = views::organization(app, r).await? {
                v.insert("name".into(), o.name);
                v.insert("dba".into(), o.dba.unwrap_or_default());
                v.insert("phone".into(), o.phone.unwrap_or_default());
                v.insert("website".into(), o.website.unwrap_or_default());
                v.insert("year_founded".into(), o.year_founded.map(|y| y.to_string()).unwrap_or_default());
                v.insert("employee_count".into(), o.employee_count.map(|y| y.to_string()).unwrap_or_default());
                v.insert("ownership_type".into(), o.ownership_type.unwrap_or_default());
            }
        }
        Step::Addresses => {
            let rows = views::addresses(app, r).await?;
            let mut others = OTHER_PREFIXES.iter();
            for a in rows {
                let prefix = if a.kind == "hq" { "hq" } else { others.next().copied().unwrap_or("a3") };
                v.insert(format!("{prefix}_kind"), app_apply::site_type(&a.kind, a.staffed).to_string());
                v.insert(format!("{prefix}_line1"), a.line1);
                v.insert(format!("{prefix}_line2"), a.line2.unwrap_or_default());
                v.insert(format!("{prefix}_city"), a.city);
                v.insert(format!("{prefix}_region"), a.region.unwrap_or_default());
                v.insert(format!("{prefix}_postal_code"), a.postal_code.unwrap_or_default());
                v.insert(format!("{prefix}_country"), a.country);
            }
        }
        Step::Identifiers => {
            for i in views::identifiers(app, r).await? {
                if let Some(k) = i.kind {
                    v.insert(identifiers::field_name(k).into(), i.value);
                }
            }
            if let Some(b) = views::bond(app, r).await? {
                v.insert("bond_number".into(), b.number);
                v.insert("bond_type".into(), b.bond_type);
                v.insert("bond_surety".into(), b.surety.unwrap_or_default());
                v.insert("bond_effective_on".into(), b.effective_on.unwrap_or_default());
            }
            for d in views::declarations(app, r).await? {
                v.insert(format!("declare_{}", d.key()), "on".into());
            }
        }
        _ => {}
    }
    Ok(v)
}

fn step_of(key: &str) -> Option<Step> {
    Step::from_key(key)
}

pub async fn step_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, step)): Path<(i64, String)>,
) -> Result<Response, WebError> {
    let r = reach_app(&state.app, &viewer.actor, id).await?;
    let Some(step) = step_of(&step) else { return Err(WebError::NotFound) };
    if !r.account.is_draft() {
        return Ok(Redirect::to(&format!("/accounts/{id}")).into_response());
    }
    if step == Step::Contacts {
        return super::contacts::contacts_page_response(&state, ctx, &viewer, &r, FormView::default(), true).await;
    }
    let values = saved_values(&state, &r, step).await?;
    let form = FormView { values, ..Default::default() };
    let page = step_page(&state, ctx, &viewer, &r, step, form).await?;
    Ok(render(&page))
}

fn on(v: &HashMap<String, String>, k: &str) -> bool {
    v.get(k).is_some_and(|x| x == "on")
}

fn get(v: &HashMap<String, String>, k: &str) -> String {
    v.get(k).cloned().unwrap_or_default()
}

fn address_input(v: &HashMap<String, String>, prefix: &str) -> AddressInput {
    AddressInput {
        kind: get(v, &format!("{prefix}_kind")),
        line1: get(v, &format!("{prefix}_line1")),
        line2: get(v, &format!("{prefix}_line2")),
        city: get(v, &format!("{prefix}_city")),
        region: get(v, &format!("{prefix}_region")),
        postal_code: get(v, &format!("{prefix}_postal_code")),
        country: get(v, &format!("{prefix}_country")),
    }
}

pub async fn step_submit(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, step)): Path<(i64, String)>,
    Form(values): Form<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let Some(step) = step_of(&step) else { return Err(WebError::NotFound) };
    let app = &state.app;
    let actor = &viewer.actor;
    let result = match step {
        Step::Organization => {
            let f = OrgInput {
                existing: get(&values, "existing"),
                name: get(&values, "name"),
                dba: get(&values, "dba"),
                phone: get(&values, "phone"),
                website: get(&values, "website"),
                year_founded: get(&values, "year_founded"),
                employee_count: get(&values, "employee_count"),
                ownership_type: get(&values, "ownership_type"),
            };
            app_apply::save_organization(app, actor, id, &f).await
        }
        Step::Addresses => {
            let hq = address_input(&values, "hq");
            let others: Vec<AddressInput> = OTHER_PREFIXES.iter().map(|p| address_input(&values, p)).collect();
            app_apply::save_addresses(app, actor, id, &hq, &others).await
        }
        // "Save and continue" is a button of the contact form: a contact typed but not added
        // is asked about, never dropped.
        Step::Contacts if ["name", "email", "phone", "title"].iter().any(|k| !get(&values, k).trim().is_empty()) => {
            Err(ctpat_app::Error::Invalid(vec![ctpat_domain::Problem::new("err-contact-not-added").on("name")]))
        }
        Step::Contacts => app_apply::finish_contacts(app, actor, id).await,
        Step::Identifiers => {
            let raw: Vec<(IdentifierKind, String)> =
                IdentifierKind::ALL.iter().map(|k| (*k, get(&values, identifiers::field_name(*k)))).collect();
            let bond = BondInput {
                number: get(&values, "bond_number"),
                bond_type: get(&values, "bond_type"),
                surety: get(&values, "bond_surety"),
                effective_on: get(&values, "bond_effective_on"),
            };
            let declared: Vec<Declaration> =
                Declaration::ALL.into_iter().filter(|d| on(&values, &format!("declare_{}", d.key()))).collect();
            app_apply::save_identifiers(app, actor, id, &raw, &bond, &declared).await
        }
        Step::Agreement => {
            app_apply::sign(app, actor, id, on(&values, "agree"), &get(&values, "password"), &get(&values, "code"))
                .await
        }
    };
    match result {
        Ok(()) if step == Step::Agreement => {
            Ok(Redirect::to(&format!("/accounts/{id}?notice=application-submitted")).into_response())
        }
        Ok(()) => {
            let next = Step::ALL.iter().find(|s| **s > step).copied().unwrap_or(Step::Agreement);
            Ok(Redirect::to(&format!("/accounts/{id}/apply/{}", next.key())).into_response())
        }
        Err(e) => {
            let r = reach_app(app, actor, id).await?;
            // Everything typed comes back, never a password.
            let mut kept = values.clone();
            kept.remove("password");
            kept.remove("code");
            kept.remove("csrf");
            let form = FormView { values: kept, ..Default::default() };
            let form = form.with_error(&ctx, e)?;
            if step == Step::Contacts {
                return super::contacts::contacts_page_response(&state, ctx, &viewer, &r, form, true).await.map(
                    |mut res| {
                        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
                        res
                    },
                );
            }
            let page = step_page(&state, ctx, &viewer, &r, step, form).await?;
            Ok(render_status(StatusCode::UNPROCESSABLE_ENTITY, &page))
        }
    }
}
