//! The application wizard: entity type → organization → addresses → contacts → identifiers and
//! bond → Partner Agreement signed by an Officer. Each step saves the draft; a step with
//! errors saves nothing and answers one message per field.

use super::{Reach, lifecycle, reach};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use chrono::Datelike;
use ctpat_domain::audit::Outcome;
use ctpat_domain::country::Country;
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::eligibility::{self, Declaration};
use ctpat_domain::partner::identifiers::{self, IdentifierKind};
use ctpat_domain::partner::lifecycle::{Command, Status};
use ctpat_domain::{AccountRole, FieldError, Permission, Problem};
use ctpat_store::ConnectionTrait;
use ctpat_store::account_data::{self, NewAddress, NewBond};
use ctpat_store::accounts;
use ctpat_store::orgs::{self, NewOrg};
use serde_json::json;

mod company;

pub use company::*;

/// The wizard's steps after the entity type, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Organization,
    Addresses,
    Contacts,
    Identifiers,
    Agreement,
}

impl Step {
    pub const ALL: [Step; 5] =
        [Step::Organization, Step::Addresses, Step::Contacts, Step::Identifiers, Step::Agreement];

    pub fn key(self) -> &'static str {
        match self {
            Step::Organization => "organization",
            Step::Addresses => "addresses",
            Step::Contacts => "contacts",
            Step::Identifiers => "identifiers",
            Step::Agreement => "agreement",
        }
    }

    pub fn from_key(s: &str) -> Option<Step> {
        Self::ALL.into_iter().find(|x| x.key() == s)
    }

    fn next(self) -> Step {
        Self::ALL.into_iter().find(|s| *s > self).unwrap_or(Step::Agreement)
    }
}

/// A draft the actor may edit with `p`.
async fn draft<C: ConnectionTrait>(conn: &C, actor: &Actor, account_id: i64, p: Permission) -> Result<Reach> {
    let r = reach(conn, actor, account_id).await?;
    r.require(p)?;
    if r.account.status != Status::Draft {
        return Err(Error::Refused(Problem::new("err-not-draft")));
    }
    Ok(r)
}

/// Move the wizard's "furthest step" marker forward (never back).
async fn advance<C: ConnectionTrait>(conn: &C, app: &App, r: &Reach, done: Step) -> Result<()> {
    let current = Step::from_key(&r.account.wizard_step).unwrap_or(Step::Organization);
    let next = done.next().max(current);
    if next != current {
        accounts::set_wizard_step(conn, &r.account, next.key(), app.now()).await?;
    }
    Ok(())
}

/// Start an application for an entity type; the actor joins the draft with `my_role`.
pub async fn start(app: &App, actor: &Actor, entity: &str, my_role: &str) -> Result<i64> {
    let mut errors = Vec::new();
    let entity = EntityType::from_key(entity);
    if entity.is_none() {
        errors.push(Problem::new("err-choose-one").on("entity_type"));
    }
    // The applicant is an Officer (who signs) or an Admin who prepares it for an Officer to
    // sign; both may edit company data. Consultants join later, by invitation.
    let role = AccountRole::from_key(my_role).filter(|r| matches!(r, AccountRole::Officer | AccountRole::Admin));
    if role.is_none() {
        errors.push(Problem::new("err-choose-one").on("my_role"));
    }
    let (Some(entity), Some(role)) = (entity, role) else { return Err(Error::Invalid(errors)) };
    if actor.staff_role().is_some() {
        return Err(Error::Refused(Problem::new("err-staff-cannot-apply")));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    let account = accounts::insert_account(&txn, entity, Step::Organization.key(), actor.user.id, now).await?;
    accounts::add_member(&txn, account.id, actor.user.id, role.key(), now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "application.started", Outcome::Ok), account.id)
            .object("account", account.id)
            .after(json!({"entity_type": entity.key(), "my_role": role.key()})),
    )
    .await?;
    txn.commit().await?;
    Ok(account.id)
}

/// Contacts are edited one at a time (see `contacts`); this checks the set and moves on.
pub async fn finish_contacts(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    let txn = app.db.begin().await?;
    let r = draft(&txn, actor, account_id, Permission::EditCompanyData).await?;
    let rows = account_data::contacts(&txn, account_id).await?;
    let errors = crate::partner::contacts::set_problems(r.entity, &rows);
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    advance(&txn, app, &r, Step::Contacts).await?;
    txn.commit().await?;
    Ok(())
}

/// Where a gap of the application is filled: a step of the wizard, or the Security Profile
/// (which is submitted with the application).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Step(Step),
    Profile,
}

impl Place {
    /// The catalogue id of its name.
    pub fn label_id(self) -> String {
        match self {
            Place::Step(s) => format!("step-{}", s.key()),
            Place::Profile => "profile-title".to_string(),
        }
    }

    /// The page where it is filled, for account `id`.
    pub fn href(self, id: i64) -> String {
        match self {
            Place::Step(s) => format!("/accounts/{id}/apply/{}", s.key()),
            Place::Profile => format!("/accounts/{id}/profile"),
        }
    }
}

/// What still stops the application from being signed, in wizard order, the Security Profile
/// last: every required criterion must be answered, since signing submits the profile too.
pub async fn what_is_missing(app: &App, actor: &Actor, r: &Reach) -> Result<Vec<(Place, Problem)>> {
    let mut out: Vec<(Place, Problem)> =
        missing(app.db.conn(), r).await?.into_iter().map(|(s, p)| (Place::Step(s), p)).collect();
    let v = crate::profile::view(app, actor, r.account.id).await?;
    let gaps = v.gaps().len();
    if gaps > 0 {
        out.push((Place::Profile, Problem::new("missing-profile-answers").with("count", gaps)));
    }
    Ok(out)
}

/// `what_is_missing` in the caller's transaction.
pub(crate) async fn missing<C: ConnectionTrait>(conn: &C, r: &Reach) -> Result<Vec<(Step, Problem)>> {
    let mut out = Vec::new();
    if r.account.organization_id.is_none() {
        out.push((Step::Organization, Problem::new("missing-organization")));
    }
    let addresses = account_data::addresses(conn, r.account.id).await?;
    let hq = addresses.iter().find(|a| a.kind == "hq");
    if hq.is_none() {
        out.push((Step::Addresses, Problem::new("missing-hq_address")));
    }
    let contacts = account_data::contacts(conn, r.account.id).await?;
    for e in crate::partner::contacts::set_problems(r.entity, &contacts) {
        out.push((Step::Contacts, e.problem));
    }
    let ids = account_data::identifiers(conn, r.account.id).await?;
    let raw: Vec<(IdentifierKind, String)> =
        ids.iter().filter_map(|i| IdentifierKind::from_key(&i.kind).map(|k| (k, i.value.clone()))).collect();
    let hq_country = hq.and_then(|a| Country::parse(&a.country).ok());
    if let Err(errs) = identifiers::parse_all(r.entity, &raw, hq_country) {
        for e in errs {
            out.push((Step::Identifiers, e.problem));
        }
    }
    if eligibility::lists_cargo_facilities(r.entity) && !addresses.iter().any(|a| a.kind == "cargo_facility") {
        out.push((Step::Addresses, Problem::new("missing-cargo_facility")));
    }
    if r.entity.bond_required() && account_data::bond(conn, r.account.id).await?.is_none() {
        out.push((Step::Identifiers, Problem::new("missing-bond")));
    }
    let declared = account_data::declarations(conn, r.account.id).await?;
    for d in Declaration::required_of(r.entity) {
        if !declared.iter().any(|x| x.declaration == d.key()) {
            out.push((Step::Identifiers, Problem::new(d.missing_id())));
        }
    }
    Ok(out)
}

/// Sign the Partner Agreement and submit the application. Only an Officer signs, after
/// proving it is them again: their TOTP code when enrolled, otherwise their password.
pub async fn sign(app: &App, actor: &Actor, account_id: i64, agreed: bool, password: &str, code: &str) -> Result<()> {
    let r = draft(app.db.conn(), actor, account_id, Permission::ViewAccount).await?;
    if !r.can(Permission::Sign) {
        return Err(Error::Refused(Problem::new("err-only-officer-signs")));
    }
    // A company withdrawn for an unanswered suspension may not re-apply as the same entity
    // type until its bar ends, whichever account it applies with.
    if let Some(org) = r.account.organization_id {
        let now = app.now();
        for other in accounts::accounts_of_org(app.db.conn(), org).await? {
            if other.id != r.account.id && other.entity_type == r.entity && other.status == Status::Withdrawn {
                let (s, _) = lifecycle::snapshot(app.db.conn(), other.id, &app.timers()).await?;
                if let Some(until) = s.reapply_barred_until.filter(|u| *u > now) {
                    return Err(Error::Refused(
                        Problem::new("err-reapply-barred").with("date", until.format("%Y-%m-%d").to_string()),
                    ));
                }
            }
        }
    }
    let gaps = what_is_missing(app, actor, &r).await?;
    if !gaps.is_empty() {
        return Err(Error::Refused(Problem::new("err-application-incomplete").with("count", gaps.len())));
    }
    let profile = crate::profile::view(app, actor, account_id).await?;
    let mut errors = Vec::new();
    if !agreed {
        errors.push(Problem::new("err-must-agree").on("agree"));
    }
    let user = ctpat_store::users::find(app.db.conn(), actor.user.id).await?.ok_or(Error::NotFound)?;
    if let Err(e) = crate::auth::reauth::confirm(app, actor, password, code).await {
        errors.push(e);
    }
    if !errors.is_empty() {
        return Err(Error::Invalid(errors));
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    lifecycle::run_in(&txn, app, actor, &r, Command::SubmitApplication, Some(r.account.version)).await?;
    // One signature covers the agreement and the first submission of the Security Profile.
    let method = if user.totp_enabled_at.is_some() { "totp" } else { "password" };
    crate::profile::review::submit_in(&txn, app, actor, &profile, method).await?;
    let contacts = account_data::contacts(&txn, account_id).await?;
    let org = match r.account.organization_id {
        Some(id) => orgs::org(&txn, id).await?.map(|o| o.name).unwrap_or_default(),
        None => String::new(),
    };
    let lang = crate::i18n::Lang::negotiate(user.locale.as_deref(), None, None);
    let mut sent = Vec::new();
    for to in
        std::iter::once(user.email.clone()).chain(contacts.iter().filter(|c| c.is_primary).map(|c| c.email.clone()))
    {
        if !sent.contains(&to) {
            crate::mail::enqueue(
                &txn,
                app,
                &to,
                &lang,
                crate::mail::MailKind::ApplicationReceived,
                &[("organization", org.clone()), ("account", account_id.to_string())],
            )
            .await?;
            sent.push(to);
        }
    }
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "application.agreement_signed", Outcome::Ok), account_id)
            .object("account", account_id)
            .after(json!({"signed_by": user.email, "reauthenticated_with": method})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
