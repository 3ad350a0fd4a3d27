//! The partner dashboard at `/accounts/{id}`: status, tier, SVI number, assigned SCSS, every
//! running deadline with days left, what blocks progress and what to do next, the history.

use super::{AccountHead, switch_options};
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{PageCtx, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use ctpat_app::partner::overview::overview;
use ctpat_app::partner::program::{self, Action};
use ctpat_app::profile::ProfileState;
use ctpat_domain::partner::lifecycle as lc;

pub struct DeadlineView {
    pub label: String,
    pub date: String,
    pub days: String,
    pub late: bool,
}

pub struct HistoryItem {
    pub at: String,
    pub date: String,
    pub what: String,
    pub who: String,
}

pub struct ActionView {
    pub key: &'static str,
    pub label: String,
    pub reasons: Vec<(String, String)>,
    pub specialists: Vec<(String, String)>,
    pub decision: bool,
    pub danger: bool,
    /// What the decider should know before acting (the profile's review, for a recommendation).
    pub note: Option<String>,
    /// Signed like the application: a confirmation and the password or authenticator code.
    pub signed: bool,
    /// Taken on its own page (a plan or an appeal is written, with evidence): the link.
    pub page: Option<String>,
    /// What the decider reads first (the plan or the appeal sent): (link, label).
    pub read_first: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "dashboard.html")]
pub struct DashboardPage {
    ctx: PageCtx,
    form: FormView,
    /// The signer proves it with an authenticator code (else the password).
    uses_totp: bool,
    version: i32,
    staff_actions: Vec<ActionView>,
    partner_actions: Vec<ActionView>,
    head: AccountHead,
    switch: Vec<(String, String)>,
    tier: Option<String>,
    svi: Option<String>,
    /// Unread notifications of the account (partners only).
    unread: u64,
    scss: Option<String>,
    /// The field office the account is placed in (staff see it).
    office: Option<String>,
    /// HQ places the account in an office: the choices (empty for anyone else).
    office_options: Vec<(String, String)>,
    deadlines: Vec<DeadlineView>,
    next_steps: Vec<String>,
    missing_data: Vec<String>,
    draft_gaps: Vec<(String, String, String)>,
    continue_href: Option<String>,
    history: Vec<HistoryItem>,
    /// Validation group: (name, shared revalidation date).
    group: Option<(String, String)>,
    /// Staff who schedule validations may link or unlink.
    can_group: bool,
    /// The company's parent company, in words.
    parent: Option<String>,
    group_options: Vec<(String, String)>,
    /// The company data the application filed, read-only: (label, value) rows. Empty for a
    /// draft (the wizard shows it).
    company: Vec<(String, String)>,
    /// Staff: where the account's imported data came from.
    imported: Option<ctpat_app::import::Provenance>,
}

/// The company data of a filed application as rows to read: organization, addresses,
/// identifiers and bond — what staff read before deciding.
async fn company_rows(
    state: &AppState,
    ctx: &PageCtx,
    r: &ctpat_app::partner::Reach,
) -> Result<Vec<(String, String)>, WebError> {
    use ctpat_app::partner::views;
    let app = &state.app;
    let mut rows = Vec::new();
    if let Some(o) = views::organization(app, r).await? {
        rows.push((ctx.t("company-name"), o.name));
        if let Some(d) = o.dba.filter(|d| !d.is_empty()) {
            rows.push((ctx.t("company-dba"), d));
        }
        if let Some(p) = o.phone.filter(|p| !p.is_empty()) {
            rows.push((ctx.t("company-phone"), p));
        }
    }
    for a in views::addresses(app, r).await? {
        let site = ctpat_app::partner::application::site_type(&a.kind, a.staffed);
        let label = if site == "hq" { ctx.t("company-hq") } else { ctx.t(&format!("address-kind-{site}")) };
        let line = [Some(a.line1), a.line2, Some(a.city), a.region, a.postal_code, Some(a.country)]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        rows.push((label, line));
    }
    for i in views::identifiers(app, r).await? {
        if let Some(k) = i.kind {
            rows.push((ctx.t(&format!("idkind-{}", k.key())), i.value));
        }
    }
    if let Some(b) = views::bond(app, r).await? {
        rows.push((ctx.t(&format!("bond-type-{}", b.bond_type)), b.number));
    }
    Ok(rows)
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    show_with(&state, ctx, &viewer, id, FormView::default(), StatusCode::OK).await
}

fn reason_options<T: Copy>(
    ctx: &PageCtx,
    prefix: &str,
    all: &[T],
    key: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), ctx.t("choose"))];
    v.extend(all.iter().map(|r| (key(*r).to_string(), ctx.t(&format!("{prefix}-{}", key(*r))))));
    v
}

async fn action_views(
    state: &AppState,
    ctx: &PageCtx,
    viewer: &Viewer,
    r: &ctpat_app::partner::Reach,
    profile: ProfileState,
) -> Result<Vec<(bool, ActionView)>, WebError> {
    let open = program::open_actions(&state.app, &viewer.actor, r).await?;
    let mut out = Vec::new();
    for a in open {
        let reasons = match a {
            Action::Reject | Action::DeclareIneligible => {
                reason_options(ctx, "decision-reason", lc::DecisionReason::ALL, |r| r.key())
            }
            Action::ProposeSuspension => {
                reason_options(ctx, "suspension-reason", lc::SuspensionReason::ALL, |r| r.key())
            }
            Action::Remove => reason_options(ctx, "removal-reason", lc::RemovalReason::ALL, |r| r.key()),
            _ => Vec::new(),
        };
        let specialists = if a == Action::AssignScss {
            let mut v = vec![(String::new(), ctx.t("choose"))];
            v.extend(
                program::specialists_of(&state.app, r.account.field_office_id)
                    .await?
                    .into_iter()
                    .map(|u| (u.id.to_string(), u.name)),
            );
            v
        } else {
            Vec::new()
        };
        out.push((
            a.by_staff(),
            ActionView {
                key: a.key(),
                label: ctx.t(&format!("action-{}", a.key())),
                reasons,
                specialists,
                decision: a.is_decision(),
                signed: a.signed(),
                page: a.statement().map(|k| format!("/accounts/{}/statements/{}", r.account.id, k.key())),
                read_first: match a {
                    Action::Reinstate => Some(ctpat_domain::partner::statement::StatementKind::CorrectiveActionPlan),
                    Action::DecideAppeal => Some(ctpat_domain::partner::statement::StatementKind::Appeal),
                    _ => None,
                }
                .map(|k| {
                    (
                        format!("/accounts/{}/statements/{}", r.account.id, k.key()),
                        ctx.t(&format!("statement-read-{}", k.key())),
                    )
                }),
                danger: a.grave(),
                note: (a == Action::RecommendCertification).then(|| match profile {
                    ProfileState::Approved => ctx.t("recommend-profile-approved"),
                    ProfileState::Submitted => ctx.t("recommend-profile-in-review"),
                    ProfileState::Returned { criteria } => {
                        ctx.ta("recommend-profile-returned", "count", &criteria.to_string())
                    }
                    ProfileState::ToSubmit { .. } => ctx.t("recommend-profile-not-submitted"),
                }),
            },
        ));
    }
    Ok(out)
}

pub async fn show_with(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
    status_code: StatusCode,
) -> Result<Response, WebError> {
    let o = overview(&state.app, &viewer.actor, id).await?;
    let unread = if o.reach.is_staff() { 0 } else { ctpat_app::svi::unread(&state.app, id).await? };
    let head = AccountHead::build(state, &ctx, viewer, &o.reach).await?;
    let switch = if o.reach.is_staff() { Vec::new() } else { switch_options(state, &ctx, viewer).await? };
    let deadlines = o
        .deadlines
        .iter()
        .map(|d| DeadlineView {
            label: ctx.t(&format!("deadline-{}", d.key)),
            date: ctx.date(d.at),
            days: if d.days_left >= 0 {
                ctx.ta("days-left", "days", &d.days_left.to_string())
            } else {
                ctx.ta("days-overdue", "days", &(-d.days_left).to_string())
            },
            late: d.days_left < 0,
        })
        .collect();
    let next_steps = o
        .next_steps
        .iter()
        .map(|n| match (n.date, n.count) {
            (Some(d), _) => ctx.ta(n.message, "date", &ctx.date(d)),
            (None, Some(c)) => ctx.ta(n.message, "count", &c.to_string()),
            (None, None) => ctx.t(n.message),
        })
        .collect();
    let missing_data = o.missing_data.iter().map(|m| ctx.t(&format!("missing-{}", m.key()))).collect();
    let draft_gaps =
        o.draft_gaps.iter().map(|(place, p)| (ctx.t(&place.label_id()), ctx.problem(p), place.href(id))).collect();
    let continue_href = o.continue_step.as_ref().map(|step| format!("/accounts/{id}/apply/{step}"));
    let history = o
        .history
        .iter()
        .map(|e| HistoryItem {
            at: ctpat_domain::audit::canonical_time(e.at),
            date: ctx.datetime(e.at),
            what: {
                let id = format!("history-{}", e.action.replace(['.', '_'], "-"));
                if ctx.lang.has(&id) { ctx.t(&id) } else { e.action.clone() }
            },
            who: e.actor.clone().unwrap_or_default(),
        })
        .collect();
    let (staff_actions, partner_actions): (Vec<_>, Vec<_>) =
        action_views(state, &ctx, viewer, &o.reach, o.profile).await?.into_iter().partition(|(staff, _)| *staff);
    let can_group = o.can_group;
    let parent = if o.reach.is_staff() {
        ctpat_app::partner::groups::parent_of(&state.app, &o.reach)
            .await?
            .map(|(n, a)| ctx.lang.t_args("group-parent-of", &[("name", n), ("account", a.to_string())]))
    } else {
        None
    };
    let group_options = if can_group && o.group.is_none() {
        let mut v = vec![(String::new(), ctx.t("choose"))];
        v.extend(
            ctpat_app::partner::groups::list(&state.app, &viewer.actor)
                .await?
                .into_iter()
                .map(|g| (g.group.id.to_string(), g.group.name)),
        );
        v
    } else {
        Vec::new()
    };
    let group =
        o.group.as_ref().map(|g| (g.group.name.clone(), g.aligned_due.map(|d| ctx.date(d)).unwrap_or_default()));
    let company = if o.reach.account.is_draft() { Vec::new() } else { company_rows(state, &ctx, &o.reach).await? };
    let office = if o.reach.is_staff() {
        Some(
            ctpat_app::offices::of_account(&state.app, o.reach.account.field_office_id)
                .await?
                .map(|f| f.label())
                .unwrap_or_else(|| ctx.t("office-none")),
        )
    } else {
        None
    };
    let office_options = if viewer.actor.has(ctpat_domain::Permission::PlaceAccountsInOffices) {
        let mut v = vec![(String::new(), ctx.t("choose"))];
        v.extend(
            ctpat_app::offices::all(&state.app, &viewer.actor)
                .await?
                .into_iter()
                .filter(|f| Some(f.id) != o.reach.account.field_office_id)
                .map(|f| (f.id.to_string(), f.label())),
        );
        if v.len() > 1 { v } else { Vec::new() }
    } else {
        Vec::new()
    };
    let imported = if o.reach.is_staff() {
        Some(ctpat_app::import::provenance(&state.app, &viewer.actor, id).await?).filter(|p| !p.records.is_empty())
    } else {
        None
    };
    Ok(render_status(
        status_code,
        &DashboardPage {
            imported,
            uses_totp: viewer.actor.user.mfa_enabled,
            parent,
            group,
            company,
            can_group,
            group_options,
            form,
            version: o.reach.account.version,
            staff_actions: staff_actions.into_iter().map(|(_, a)| a).collect(),
            partner_actions: partner_actions.into_iter().map(|(_, a)| a).collect(),
            tier: lc::tier(&o.snapshot).map(|t| ctx.ta("tier", "tier", &t.to_string())),
            svi: o.reach.account.svi_number.clone(),
            unread,
            scss: o.scss_name.clone(),
            office,
            office_options,
            head,
            switch,
            deadlines,
            next_steps,
            missing_data,
            draft_gaps,
            continue_href,
            history,
            ctx,
        },
    ))
}
