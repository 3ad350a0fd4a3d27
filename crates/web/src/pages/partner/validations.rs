//! Validation pages: an account's validations (upcoming, in progress, history), one validation
//! with its accounts, sites, team and changes, the SCSS's schedule form, and the program's list
//! of open validations.

use super::AccountHead;
use crate::error::WebError;
use crate::form::{FormView, pairs, rerender};
use crate::page::{PageCtx, render};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::validations::{self, ChangeInput, ScheduleInput, ValidationView};
use ctpat_domain::validation::SiteKind;

/// A finding as the validation page shows it.
pub struct FindingLine {
    pub id: String,
    pub kind: String,
    pub required: bool,
    pub criteria: String,
    pub site: String,
    pub text: String,
    pub due: String,
    pub overdue: bool,
    pub status: String,
    pub notes: Vec<String>,
    /// (download address, name, size) of the files attached to the answer.
    pub files: Vec<(String, String, String)>,
    pub can_answer: bool,
    pub can_close: bool,
    pub can_reopen: bool,
    pub version: i32,
}

/// One validation as the pages show it.
pub struct Row {
    pub href: String,
    pub dates: String,
    pub status: String,
    pub accounts: Vec<String>,
    pub sites: Vec<String>,
    pub team: String,
    pub changes: Vec<String>,
    pub short_notice_reason: String,
    pub version: i32,
    pub can_change: bool,
    pub start: String,
    pub end: String,
    pub findings: Vec<FindingLine>,
    pub can_record: bool,
    pub site_options: Vec<(String, String)>,
    pub report: Option<ReportLine>,
    pub can_submit_report: bool,
    pub can_decide_report: bool,
    pub approved: bool,
}

/// The report as the validation page and the summary show it.
pub struct ReportLine {
    pub summary: String,
    pub outcome: String,
    pub follow_up_due: String,
    pub author: String,
    pub submitted: String,
    pub decided: String,
    pub comment: String,
    pub tier_three_reason: String,
    pub returned: bool,
}

fn row(ctx: &PageCtx, account_id: i64, v: &ValidationView) -> Row {
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let val = &v.validation;
    Row {
        href: format!("/accounts/{account_id}/validations/{}", val.id),
        dates: if val.start_on == val.end_on {
            day(val.start_on)
        } else {
            format!("{} – {}", day(val.start_on), day(val.end_on))
        },
        status: ctx.t(&format!("validation-status-{}", val.status.key())),
        accounts: v
            .accounts
            .iter()
            .map(|a| format!("{} — {}", a.organization, ctx.t(&format!("entity-{}", a.entity.key()))))
            .collect(),
        sites: v
            .sites
            .iter()
            .map(|s| format!("{} ({})", s.name, ctx.t(&format!("site-kind-{}", s.kind.key()))))
            .collect(),
        team: v.team.join(", "),
        changes: v
            .changes
            .iter()
            .map(|c| {
                let from = match (c.from_start, c.from_end) {
                    (Some(s), Some(e)) if s == e => day(s),
                    (Some(s), Some(e)) => format!("{} – {}", day(s), day(e)),
                    _ => String::new(),
                };
                let args = [
                    ("at", c.at.format("%Y-%m-%d").to_string()),
                    ("by", c.by.clone()),
                    ("from", from),
                    ("reason", c.reason.clone()),
                ];
                ctx.lang.t_args(&format!("validation-change-{}", c.kind), &args)
            })
            .collect(),
        short_notice_reason: val.short_notice_reason.clone().unwrap_or_default(),
        version: val.version,
        can_change: v.can_change,
        start: day(val.start_on),
        end: day(val.end_on),
        findings: v
            .findings
            .iter()
            .map(|f| {
                let x = &f.finding;
                FindingLine {
                    id: x.id.to_string(),
                    kind: ctx.t(&format!("finding-kind-{}", x.kind.key())),
                    required: x.kind == ctpat_domain::validation::FindingKind::RequiredAction,
                    criteria: x.criteria.join(", "),
                    site: f.site.clone().unwrap_or_default(),
                    text: x.text.clone(),
                    due: x.response_due.map(day).unwrap_or_default(),
                    overdue: f.overdue,
                    status: ctx.t(&format!("finding-status-{}", x.status.key())),
                    notes: f
                        .notes
                        .iter()
                        .map(|n| {
                            ctx.lang.t_args(
                                &format!("finding-note-{}", n.kind),
                                &[
                                    ("at", n.at.format("%Y-%m-%d").to_string()),
                                    ("by", n.by.clone()),
                                    ("text", n.text.clone()),
                                ],
                            )
                        })
                        .collect(),
                    files: f
                        .files
                        .iter()
                        .map(|file| {
                            (
                                format!("/accounts/{}/files/{}", file.account_id, file.id),
                                file.original_name.clone(),
                                format!("{} KB", (file.size + 1023) / 1024),
                            )
                        })
                        .collect(),
                    can_answer: f.can_answer,
                    can_close: f.can_close,
                    can_reopen: f.can_reopen,
                    version: x.version,
                }
            })
            .collect(),
        can_record: v.can_record,
        report: v.report.as_ref().map(|r| ReportLine {
            summary: r.report.summary.clone(),
            outcome: ctx.t(&format!("report-outcome-{}", r.report.outcome.key())),
            follow_up_due: r.report.follow_up_due.map(day).unwrap_or_default(),
            author: r.author.clone(),
            submitted: r.report.submitted_at.format("%Y-%m-%d").to_string(),
            decided: match (&r.decided_by, r.report.decided_at) {
                (Some(by), Some(at)) => format!("{} — {by}", at.format("%Y-%m-%d")),
                _ => String::new(),
            },
            comment: r.report.comment.clone().unwrap_or_default(),
            tier_three_reason: r.report.tier_three_reason.clone().unwrap_or_default(),
            returned: val.status == ctpat_domain::validation::ValidationStatus::Scheduled && r.report.returns > 0,
        }),
        can_submit_report: v.can_submit_report,
        can_decide_report: v.can_decide_report,
        approved: val.status == ctpat_domain::validation::ValidationStatus::Approved,
        site_options: std::iter::once((String::new(), ctx.t("finding-site-none")))
            .chain(v.site_ids.iter().map(|(id, name)| (id.to_string(), name.clone())))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "validations.html")]
pub struct ListPage {
    ctx: PageCtx,
    head: AccountHead,
    /// (heading id, heading message, rows): upcoming, in progress, history.
    sections: Vec<(&'static str, &'static str, Vec<Row>)>,
    can_schedule: bool,
}

pub async fn list(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let (r, all) = validations::of_account(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(&state, &ctx, &viewer, &r).await?;
    let today = state.app.now().date_naive();
    let pick = |phase: &str| all.iter().filter(|v| v.phase(today) == phase).map(|v| row(&ctx, id, v)).collect();
    let page = ListPage {
        sections: vec![
            ("h-upcoming", "validations-upcoming", pick("upcoming")),
            ("h-in-progress", "validations-in-progress", pick("in_progress")),
            ("h-history", "validations-history", pick("history")),
        ],
        can_schedule: validations::schedule_form(&state.app, &viewer.actor, id)
            .await
            .is_ok_and(|f| f.refusal.is_none()),
        head,
        ctx,
    };
    Ok(render(&page))
}

#[derive(Template)]
#[template(path = "validation.html")]
pub struct OnePage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    v: Row,
    may_shorten_notice: bool,
    kind_options: Vec<(String, String)>,
    outcome_options: Vec<(String, String)>,
}

async fn one_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    vid: i64,
    form: FormView,
) -> Result<OnePage, WebError> {
    let (r, v) = validations::find(&state.app, &viewer.actor, id, vid).await?;
    let head = AccountHead::build(state, &ctx, viewer, &r).await?;
    let v = row(&ctx, id, &v);
    // The reschedule form starts from the dates as they are.
    let mut form = form;
    if !form.values.contains_key("start") {
        form.values.insert("start".into(), v.start.clone());
        form.values.insert("end".into(), v.end.clone());
    }
    let mut kind_options = vec![(String::new(), ctx.t("choose"))];
    kind_options.extend(
        ctpat_domain::validation::FindingKind::ALL
            .iter()
            .map(|k| (k.key().to_string(), ctx.t(&format!("finding-kind-{}", k.key())))),
    );
    let mut outcome_options = vec![(String::new(), ctx.t("choose"))];
    outcome_options.extend(
        ctpat_domain::validation::Outcome::ALL
            .iter()
            .map(|o| (o.key().to_string(), ctx.t(&format!("report-outcome-{}", o.key())))),
    );
    Ok(OnePage {
        outcome_options,
        kind_options,
        v,
        may_shorten_notice: viewer.actor.staff_role() == Some(ctpat_domain::StaffRole::Supervisor),
        head,
        form,
        ctx,
    })
}

/// The validation's page again, with what was posted and the use case's refusal on it.
async fn again(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    (id, vid): (i64, i64),
    typed: FormView,
    e: ctpat_app::Error,
) -> Result<Response, WebError> {
    rerender(ctx, typed, e, |ctx, form| one_page(state, ctx, viewer, id, vid, form)).await
}

/// After a command on the validation: its page with the notice, or the page again with what
/// was posted and the refusal.
async fn after(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    (id, vid): (i64, i64),
    posted: Vec<(String, String)>,
    result: ctpat_app::Result<()>,
    notice: &str,
) -> Result<Response, WebError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice={notice}")).into_response()),
        Err(e) => {
            again(
                state,
                ctx,
                viewer,
                (id, vid),
                FormView { values: posted.into_iter().collect(), ..Default::default() },
                e,
            )
            .await
        }
    }
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    Ok(render(&one_page(&state, ctx, &viewer, id, vid, FormView::default()).await?))
}

#[derive(Template)]
#[template(path = "validation_new.html")]
pub struct NewPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    refusal: Option<String>,
    group: Option<(String, Vec<String>)>,
    specialists: Vec<(String, String, bool)>,
    needs_foreign_site: bool,
    may_shorten_notice: bool,
    notice_days: i64,
    site_rows: Vec<usize>,
    site_kinds: Vec<(String, String)>,
}

async fn new_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
) -> Result<NewPage, WebError> {
    let f = validations::schedule_form(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &f.reach).await?;
    let mut site_kinds = vec![(String::new(), ctx.t("choose"))];
    site_kinds.extend(SiteKind::ALL.iter().map(|k| (k.key().to_string(), ctx.t(&format!("site-kind-{}", k.key())))));
    let ticked: Vec<&str> = form.values.get("team").map(|t| t.split(',').collect()).unwrap_or_default();
    Ok(NewPage {
        specialists: f
            .specialists
            .iter()
            .map(|(sid, name)| (sid.to_string(), name.clone(), ticked.contains(&sid.to_string().as_str())))
            .collect(),
        refusal: f.refusal.as_ref().map(|p| ctx.problem(p)),
        group: f.group,
        needs_foreign_site: f.needs_foreign_site,
        may_shorten_notice: f.may_shorten_notice,
        notice_days: f.notice_days,
        site_rows: (1..=f.site_rows).collect(),
        site_kinds,
        head,
        form,
        ctx,
    })
}

pub async fn new_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&new_page(&state, ctx, &viewer, id, FormView::default()).await?))
}

fn get(p: &[(String, String)], k: &str) -> String {
    p.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap_or_default()
}

pub async fn schedule(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let team: Vec<String> = p.iter().filter(|(k, _)| k == "team").map(|(_, v)| v.clone()).collect();
    let input = ScheduleInput {
        start: get(&p, "start"),
        end: get(&p, "end"),
        sites: (1..=validations::schedule::SITE_ROWS)
            .map(|n| (get(&p, &format!("site_kind-{n}")), get(&p, &format!("site_name-{n}"))))
            .collect(),
        team: team.clone(),
        whole_group: get(&p, "whole_group") == "on",
        short_notice_reason: get(&p, "short_notice_reason"),
    };
    match validations::schedule(&state.app, &viewer.actor, id, &input).await {
        Ok(vid) => {
            Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=validation-scheduled")).into_response())
        }
        Err(e) => {
            let mut typed =
                FormView { values: p.into_iter().filter(|(k, _)| k != "team").collect(), ..Default::default() };
            typed.values.insert("team".into(), team.join(","));
            rerender(ctx, typed, e, |ctx, form| new_page(&state, ctx, &viewer, id, form)).await
        }
    }
}

fn change_input(p: &[(String, String)]) -> ChangeInput {
    ChangeInput {
        start: get(p, "start"),
        end: get(p, "end"),
        reason: get(p, "change_reason"),
        short_notice_reason: get(p, "short_notice_reason"),
        version: get(p, "version"),
    }
}

pub async fn reschedule(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let result = validations::reschedule(&state.app, &viewer.actor, id, vid, &change_input(&p)).await.map(|_| ());
    after(&state, ctx, &viewer, (id, vid), p, result, "validation-rescheduled").await
}

pub async fn cancel(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let result = validations::cancel(&state.app, &viewer.actor, id, vid, &change_input(&p)).await.map(|_| ());
    after(&state, ctx, &viewer, (id, vid), p, result, "validation-cancelled").await
}

/// One line of the "validations due" list.
pub struct DueLine {
    pub href: String,
    pub organization: String,
    pub entity: String,
    pub scss: String,
    pub due: String,
    pub overdue: bool,
    pub kind: String,
    pub group: String,
    pub scheduled: String,
}

#[derive(Template)]
#[template(path = "program_validations.html")]
pub struct ProgramPage {
    ctx: PageCtx,
    rows: Vec<(String, String, String, String, usize)>,
    due: Vec<DueLine>,
    days: String,
    entity: String,
    scss: String,
    day_options: Vec<(String, String)>,
    entity_options: Vec<(String, String)>,
    scss_options: Vec<(String, String)>,
}

#[derive(serde::Deserialize, Default)]
pub struct DueQuery {
    #[serde(default)]
    days: String,
    #[serde(default)]
    entity: String,
    #[serde(default)]
    scss: String,
}

pub async fn program(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<DueQuery>,
) -> Result<Response, WebError> {
    let list = validations::open(&state.app, &viewer.actor).await?;
    let rows = list
        .iter()
        .map(|r| {
            let v = &r.validation;
            (
                format!("/accounts/{}/validations/{}", r.account_id, v.id),
                r.organization.clone(),
                format!("{} – {}", v.start_on.format("%Y-%m-%d"), v.end_on.format("%Y-%m-%d")),
                ctx.t(&format!("validation-status-{}", v.status.key())),
                r.accounts,
            )
        })
        .collect();
    let filter = validations::DueFilter {
        days: q.days.parse().unwrap_or(180),
        entity: ctpat_domain::partner::EntityType::from_key(&q.entity),
        scss: q.scss.parse().ok(),
    };
    let due = validations::due(&state.app, &viewer.actor, &filter)
        .await?
        .into_iter()
        .map(|d| DueLine {
            href: format!("/accounts/{}/validations", d.account_id),
            organization: d.organization,
            entity: ctx.t(&format!("entity-{}", d.entity.key())),
            scss: d.scss.unwrap_or_default(),
            due: d.due.format("%Y-%m-%d").to_string(),
            overdue: d.overdue,
            kind: ctx.t(if d.first { "validation-kind-first" } else { "validation-kind-revalidation" }),
            group: d.group.unwrap_or_default(),
            scheduled: d.scheduled.map(|s| s.format("%Y-%m-%d").to_string()).unwrap_or_default(),
        })
        .collect();
    let day_options = validations::WINDOWS
        .iter()
        .map(|d| (d.to_string(), ctx.ta("validations-due-days", "count", &d.to_string())))
        .collect();
    let mut entity_options = vec![(String::new(), ctx.t("filter-any"))];
    entity_options.extend(
        ctpat_domain::partner::EntityType::ALL
            .iter()
            .map(|e| (e.key().to_string(), ctx.t(&format!("entity-{}", e.key())))),
    );
    let mut scss_options = vec![(String::new(), ctx.t("filter-any"))];
    scss_options.extend(
        ctpat_app::partner::program::specialists(&state.app).await?.into_iter().map(|s| (s.id.to_string(), s.name)),
    );
    Ok(render(&ProgramPage {
        rows,
        due,
        days: filter.days.to_string(),
        entity: filter.entity.map(|e| e.key().to_string()).unwrap_or_default(),
        scss: filter.scss.map(|s| s.to_string()).unwrap_or_default(),
        day_options,
        entity_options,
        scss_options,
        ctx,
    }))
}

pub async fn record_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let input = validations::FindingInput {
        kind: get(&p, "finding_kind"),
        criteria: get(&p, "finding_criteria"),
        site: get(&p, "finding_site"),
        text: get(&p, "finding_text"),
        due: get(&p, "finding_due"),
    };
    match validations::findings::record(&state.app, &viewer.actor, id, vid, &input).await {
        Ok(fid) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=finding-recorded#finding-{fid}"))
            .into_response()),
        Err(e) => {
            again(
                &state,
                ctx,
                &viewer,
                (id, vid),
                FormView { values: p.into_iter().collect(), ..Default::default() },
                e,
            )
            .await
        }
    }
}

pub async fn answer_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid, fid)): Path<(i64, i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    match validations::findings::answer(&state.app, &viewer.actor, id, vid, fid, &get(&p, "response")).await {
        Ok(()) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=finding-answered#finding-{fid}"))
            .into_response()),
        Err(e) => {
            let mut typed = FormView { values: p.into_iter().collect(), ..Default::default() };
            typed.values.insert("finding".into(), fid.to_string());
            again(&state, ctx, &viewer, (id, vid), typed, e).await
        }
    }
}

async fn decide_finding(
    state: AppState,
    ctx: PageCtx,
    viewer: Viewer,
    (id, vid, fid): (i64, i64, i64),
    body: axum::body::Bytes,
    close: bool,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let done = validations::findings::decide(
        &state.app,
        &viewer.actor,
        id,
        vid,
        fid,
        close,
        &get(&p, "comment"),
        &get(&p, "version"),
    )
    .await;
    match done {
        Ok(()) => {
            let notice = if close { "finding-closed" } else { "finding-reopened" };
            Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice={notice}#finding-{fid}")).into_response())
        }
        Err(e) => {
            let mut typed = FormView { values: p.into_iter().collect(), ..Default::default() };
            typed.values.insert("finding".into(), fid.to_string());
            again(&state, ctx, &viewer, (id, vid), typed, e).await
        }
    }
}

pub async fn close_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(ids): Path<(i64, i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    decide_finding(state, ctx, viewer, ids, body, true).await
}

pub async fn reopen_finding(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(ids): Path<(i64, i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    decide_finding(state, ctx, viewer, ids, body, false).await
}

pub async fn submit_report(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let input = validations::report::ReportInput {
        summary: get(&p, "report_summary"),
        outcome: get(&p, "report_outcome"),
        follow_up_due: get(&p, "report_follow_up_due"),
        version: get(&p, "version"),
    };
    let result = validations::report::submit(&state.app, &viewer.actor, id, vid, &input).await;
    after(&state, ctx, &viewer, (id, vid), p, result, "report-submitted").await
}

pub async fn decide_report(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let p = pairs(&body);
    let input = validations::report::DecisionInput {
        decision: get(&p, "report_decision"),
        comment: get(&p, "report_comment"),
        version: get(&p, "version"),
    };
    let result = validations::report::decide(&state.app, &viewer.actor, id, vid, &input).await;
    let notice = if input.decision == "approve" { "report-approved" } else { "report-returned" };
    after(&state, ctx, &viewer, (id, vid), p, result, notice).await
}

#[derive(Template)]
#[template(path = "validation_summary.html")]
pub struct SummaryPage {
    ctx: PageCtx,
    head: AccountHead,
    v: Row,
}

/// The Validation summary: the approved report with its outcome and findings, for the partner
/// (and staff), printable.
pub async fn summary(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid)): Path<(i64, i64)>,
) -> Result<Response, WebError> {
    let (r, v) = validations::find(&state.app, &viewer.actor, id, vid).await?;
    if v.validation.status != ctpat_domain::validation::ValidationStatus::Approved {
        return Err(WebError::NotFound);
    }
    let head = AccountHead::build(&state, &ctx, &viewer, &r).await?;
    let v = row(&ctx, id, &v);
    Ok(render(&SummaryPage { ctx, head, v }))
}

/// A file for the answer to a finding: streamed under the same rules as the profile's evidence.
pub async fn upload_finding_file(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path((id, vid, fid)): Path<(i64, i64, i64)>,
    mut multipart: axum::extract::Multipart,
) -> Result<Response, WebError> {
    use crate::pages::evidence::{Received, receive};
    // Who may send a file here is decided before a byte of it is read.
    let permit = match ctpat_app::files::begin_finding_file(&state.app, &viewer.actor, id, vid, fid).await {
        Ok(p) => p,
        Err(e @ (ctpat_app::Error::Invalid(_) | ctpat_app::Error::Refused(_))) => {
            let typed = FormView::with_values([("finding", fid.to_string().as_str())]);
            return again(&state, ctx, &viewer, (id, vid), typed, e).await;
        }
        Err(e) => return Err(e.into()),
    };
    let stored = match receive(&state, permit, &mut multipart, &viewer).await {
        Received::Stored(r) => r,
        Received::NoFile => {
            Err(ctpat_app::Error::Invalid(vec![ctpat_domain::Problem::new("err-file-missing").on("file")]))
        }
        Received::Failed(how) => return Ok(how.page(ctx)),
    };
    match stored {
        Ok(_) => Ok(Redirect::to(&format!("/accounts/{id}/validations/{vid}?notice=file-uploaded#finding-{fid}"))
            .into_response()),
        Err(e) => {
            let typed = FormView::with_values([("finding", fid.to_string().as_str())]);
            again(&state, ctx, &viewer, (id, vid), typed, e).await
        }
    }
}
