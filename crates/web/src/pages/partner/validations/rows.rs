//! A validation as its pages show it: dates, accounts, sites, changes, findings and report in
//! words of the viewer's language.

use crate::page::PageCtx;
use ctpat_app::validations::ValidationView;

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

pub(super) fn row(ctx: &PageCtx, account_id: i64, v: &ValidationView) -> Row {
    let day = |d: chrono::NaiveDate| ctx.date(d);
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
                let args = [("at", ctx.date(c.at)), ("by", c.by.clone()), ("from", from), ("reason", c.reason.clone())];
                ctx.lang.t_args(&format!("validation-change-{}", c.kind), &args)
            })
            .collect(),
        short_notice_reason: val.short_notice_reason.clone().unwrap_or_default(),
        version: val.version,
        can_change: v.can_change,
        // The reschedule form's date fields take ISO days.
        start: val.start_on.format("%Y-%m-%d").to_string(),
        end: val.end_on.format("%Y-%m-%d").to_string(),
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
                                &[("at", ctx.date(n.at)), ("by", n.by.clone()), ("text", n.text.clone())],
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
            submitted: ctx.date(r.report.submitted_at),
            decided: match (&r.decided_by, r.report.decided_at) {
                (Some(by), Some(at)) => format!("{} — {by}", ctx.date(at)),
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
