//! Contacts and account users: the contacts step of the wizard and the account's contacts
//! page share one template.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::Error;
use ctpat_app::partner::contacts::{self as app_contacts, ContactInput};
use ctpat_app::partner::{Reach, people, reach_app, views};
use ctpat_domain::{AccountRole, Role};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub struct ContactView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub title: String,
    pub role: String,
    pub is_consultant: bool,
    pub primary: bool,
    pub alternate: bool,
    pub has_login: bool,
    pub can_invite: bool,
}

pub struct MemberView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role_key: String,
    pub role: String,
    /// The viewer may change this person's role or take their access away (never their own
    /// role; an Officer's only when the viewer is an Officer).
    pub manageable: bool,
    /// Leaving the account (the viewer's own row).
    pub own: bool,
}

#[derive(Template)]
#[template(path = "contacts.html")]
pub struct ContactsPage {
    ctx: PageCtx,
    head: AccountHead,
    steps: Vec<super::apply::StepLink>,
    wizard: bool,
    contacts: Vec<ContactView>,
    members: Vec<MemberView>,
    can_manage: bool,
    form: FormView,
    role_options: Vec<(String, String)>,
    member_role_options: Vec<(String, String)>,
    /// The viewer is the account's Officer: Officer changes ask them to confirm it is them.
    viewer_officer: bool,
    /// The contact being edited, if any.
    editing: Option<i64>,
}

pub async fn contacts_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    r: &Reach,
    form: FormView,
    wizard: bool,
    editing: Option<i64>,
) -> Result<ContactsPage, WebError> {
    let head = AccountHead::build(state, &ctx, viewer, r).await?;
    let people = people::people(&state.app, &viewer.actor, r).await?;
    let role_label = |role: Option<AccountRole>| {
        role.map(|r| ctx.t(&format!("role-{}", Role::Account(r).key()))).unwrap_or_else(|| ctx.t("contact-role-none"))
    };
    let contacts = people
        .contacts
        .iter()
        .map(|l| ContactView {
            id: l.contact.id,
            name: l.contact.name.clone(),
            email: l.contact.email.clone(),
            phone: l.contact.phone.clone().unwrap_or_default(),
            title: l.contact.title.clone().unwrap_or_default(),
            role: role_label(l.contact.role),
            is_consultant: l.contact.role == Some(AccountRole::Consultant),
            primary: l.contact.is_primary,
            alternate: l.contact.is_alternate,
            has_login: l.contact.has_login,
            can_invite: l.can_invite,
        })
        .collect();
    let members = people
        .members
        .iter()
        .map(|m| MemberView {
            id: m.id,
            name: m.name.clone(),
            email: m.email.clone(),
            role_key: m.role.map(|r| r.key().to_string()).unwrap_or_default(),
            role: m.role.map(|r| ctx.t(&format!("role-{}", Role::Account(r).key()))).unwrap_or_default(),
            manageable: m.manageable,
            own: m.own,
        })
        .collect();
    let options = |roles: Vec<AccountRole>| -> Vec<(String, String)> {
        roles.into_iter().map(|r| (r.key().to_string(), ctx.t(&format!("role-{}", Role::Account(r).key())))).collect()
    };
    let mut contact_role_options = vec![(String::new(), ctx.t("contact-role-none"))];
    contact_role_options.extend(options(people.contact_roles(editing)));
    let member_role_options = options(people.member_roles());
    Ok(ContactsPage {
        steps: if wizard { super::apply::steps_for(&ctx, r) } else { Vec::new() },
        role_options: contact_role_options,
        member_role_options,
        viewer_officer: people.viewer_officer,
        head,
        wizard,
        contacts,
        members,
        can_manage: people.can_manage,
        form,
        editing,
        ctx,
    })
}

pub async fn contacts_page_response(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    r: &Reach,
    form: FormView,
    wizard: bool,
) -> Result<Response, WebError> {
    Ok(render(&contacts_page(state, ctx, viewer, r, form, wizard, None).await?))
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let r = reach_app(&state.app, &viewer.actor, id).await?;
    let wizard = r.account.is_draft();
    contacts_page_response(&state, ctx, &viewer, &r, FormView::default(), wizard).await
}

pub async fn edit_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, cid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let r = reach_app(&state.app, &viewer.actor, id).await?;
    let rows = views::contacts(&state.app, &r).await?;
    let Some(c) = rows.into_iter().find(|c| c.id == cid) else { return Err(WebError::NotFound) };
    let mut values: HashMap<String, String> = HashMap::new();
    values.insert("name".into(), c.name);
    values.insert("email".into(), c.email);
    values.insert("phone".into(), c.phone.unwrap_or_default());
    values.insert("title".into(), c.title.unwrap_or_default());
    values.insert("role".into(), c.role.map(|r| r.key().to_string()).unwrap_or_default());
    if c.is_primary {
        values.insert("primary".into(), "on".into());
    }
    if c.is_alternate {
        values.insert("alternate".into(), "on".into());
    }
    let wizard = r.account.is_draft();
    let page =
        contacts_page(&state, ctx, &viewer, &r, FormView { values, ..Default::default() }, wizard, Some(cid)).await?;
    Ok(render(&page))
}

/// A contact as typed on the contacts page (and the wizard's contacts step).
#[derive(Deserialize, Serialize)]
pub struct ContactForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    role: String,
    #[serde(default, deserialize_with = "crate::form::checkbox")]
    primary: bool,
    #[serde(default, deserialize_with = "crate::form::checkbox")]
    alternate: bool,
}

impl ContactForm {
    fn input(&self) -> ContactInput {
        ContactInput {
            name: self.name.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
            title: self.title.clone(),
            role: self.role.clone(),
            primary: self.primary,
            alternate: self.alternate,
        }
    }
}

async fn after_change(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    (id, editing): (i64, Option<i64>),
    typed: FormView,
    result: Result<(), Error>,
    notice: &str,
) -> Result<Response, WebError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/contacts?notice={notice}")).into_response()),
        Err(e) => {
            let r = reach_app(&state.app, &viewer.actor, id).await?;
            let wizard = r.account.is_draft();
            rerender(ctx, typed, e, |ctx, form| contacts_page(state, ctx, viewer, &r, form, wizard, editing)).await
        }
    }
}

pub async fn add(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(f): Form<ContactForm>,
) -> Result<Response, WebError> {
    let res = app_contacts::add(&state.app, &viewer.actor, id, &f.input()).await.map(|_| ());
    after_change(&state, ctx, &viewer, (id, None), FormView::of(&f), res, "contact-saved").await
}

pub async fn update(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, cid)): Path<(i64, i64)>,
    Form(f): Form<ContactForm>,
) -> Result<Response, WebError> {
    let res = app_contacts::update(&state.app, &viewer.actor, id, cid, &f.input()).await.map(|_| ());
    after_change(&state, ctx, &viewer, (id, Some(cid)), FormView::of(&f), res, "contact-saved").await
}

pub async fn remove(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, cid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let res = app_contacts::remove(&state.app, &viewer.actor, id, cid).await;
    after_change(&state, ctx, &viewer, (id, None), FormView::default(), res, "contact-removed").await
}

pub async fn invite(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, cid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let res = app_contacts::invite(&state.app, &viewer.actor, id, cid).await;
    after_change(&state, ctx, &viewer, (id, None), FormView::default(), res, "contact-invited").await
}

#[derive(Deserialize)]
pub struct RoleInput {
    #[serde(default)]
    role: String,
    /// The Officer's password or TOTP code, for changes to the Officer role.
    #[serde(default)]
    reauth: String,
}

#[derive(Deserialize)]
pub struct RemoveInput {
    #[serde(default)]
    reauth: String,
}

pub async fn member_role(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, mid)): Path<(i64, i64)>,
    Form(input): Form<RoleInput>,
) -> Result<Response, WebError> {
    let res = app_contacts::set_member_role(&state.app, &viewer.actor, id, mid, &input.role, &input.reauth).await;
    after_change(&state, ctx, &viewer, (id, None), FormView::default(), res, "member-saved").await
}

pub async fn member_remove(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, mid)): Path<(i64, i64)>,
    Form(input): Form<RemoveInput>,
) -> Result<Response, WebError> {
    let res = app_contacts::remove_member(&state.app, &viewer.actor, id, mid, &input.reauth).await;
    if res.is_ok() {
        // Tokens the person made were revoked: this server forgets them at once.
        state.api.tokens.clear();
    }
    after_change(&state, ctx, &viewer, (id, None), FormView::default(), res, "member-removed").await
}
