//! The lists that export, each read through its own cursor.

use super::{Export, PAGE};
use crate::App;
use crate::actor::{Actor, Can, ReadAudit};
use crate::error::{Error, Result};
use crate::partner::compliance::{self, Filter};
use crate::partner::program::{self, QueueFilter, QueueOrder};
use crate::validations::DueFilter;
use chrono::{DateTime, Utc};
use ctpat_domain::Permission;

pub(super) enum Source {
    Queue(QueueFilter),
    Compliance(Filter, Option<i64>),
    Audit(Option<i64>),
    Findings(crate::validations::FindingsFilter, Option<i64>),
    Due(DueFilter, Option<crate::validations::due::DueCursor>),
    /// A list small by nature (one account's contacts, a program's SCSSs), read at once.
    Rows(Vec<Vec<String>>),
}

fn day(t: Option<DateTime<Utc>>) -> String {
    t.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

fn opt(s: Option<String>) -> String {
    s.unwrap_or_default()
}

/// The next page of `src` and whether more may follow.
/// Labels (such as what an account is missing) are written in `lang`; codes stay as they are.
pub(super) async fn page(
    src: &mut Source,
    app: &App,
    actor: &Actor,
    lang: &crate::i18n::Lang,
) -> Result<(Vec<Vec<String>>, bool)> {
    match src {
        Source::Queue(f) => {
            let rows = program::queue(app, actor, f, PAGE).await?;
            let more = rows.len() as u64 == PAGE;
            if let Some(last) = rows.last() {
                f.order = match f.order {
                    QueueOrder::Newest { .. } => QueueOrder::Newest { before_id: Some(last.account.id) },
                    QueueOrder::Deadline { .. } => {
                        QueueOrder::Deadline { after: Some((last.account.next_deadline, last.account.id)) }
                    }
                };
            }
            let out = rows
                .into_iter()
                .map(|r| {
                    let a = r.account;
                    vec![
                        a.id.to_string(),
                        r.organization,
                        a.entity_type.key().to_string(),
                        a.status.key().to_string(),
                        a.tier.map(|t| t.to_string()).unwrap_or_default(),
                        opt(a.svi_number),
                        opt(r.scss),
                        opt(r.office),
                        day(a.applied_on),
                        day(a.certified_on),
                        day(a.next_validation_due),
                        day(a.next_deadline),
                        opt(a.pending_decision),
                        if r.overdue_finding { "yes" } else { "" }.to_string(),
                    ]
                })
                .collect();
            Ok((out, more))
        }
        Source::Compliance(f, after) => {
            let (rows, next) = compliance::report(app, actor, f, *after, PAGE as usize).await?;
            *after = next;
            let out = rows
                .into_iter()
                .map(|r| {
                    let keys: Vec<String> = r.missing.iter().map(|m| m.key()).collect();
                    let labels: Vec<String> = keys.iter().map(|k| lang.t(&format!("missing-{k}"))).collect();
                    vec![
                        r.account.id.to_string(),
                        r.organization,
                        r.account.entity_type.key().to_string(),
                        r.account.status.key().to_string(),
                        keys.join(";"),
                        labels.join("; "),
                        day(r.notice_deadline),
                    ]
                })
                .collect();
            Ok((out, next.is_some()))
        }
        Source::Audit(before) => {
            let can = actor.can::<ReadAudit>()?;
            let rows = crate::audit::recent(app, &can, *before, PAGE).await?;
            let more = rows.len() as u64 == PAGE;
            *before = rows.last().map(|r| r.seq);
            let out = rows
                .into_iter()
                .map(|e| {
                    vec![
                        e.seq.to_string(),
                        ctpat_domain::audit::canonical_time(e.at),
                        opt(e.actor),
                        opt(e.role),
                        e.account_id.map(|a| a.to_string()).unwrap_or_default(),
                        e.action,
                        opt(e.object_type),
                        opt(e.object_id),
                        e.outcome,
                        opt(e.request_id),
                        opt(e.ip),
                        opt(e.before),
                        opt(e.after),
                        e.hash,
                    ]
                })
                .collect();
            Ok((out, more))
        }
        Source::Findings(f, before) => {
            let rows = crate::validations::program_findings::findings(app, actor, f, *before, PAGE).await?;
            let more = rows.len() as u64 == PAGE;
            *before = rows.last().map(|r| r.id);
            let out = rows
                .into_iter()
                .map(|r| {
                    vec![
                        r.id.to_string(),
                        r.account_id.to_string(),
                        r.organization,
                        r.validation_id.to_string(),
                        r.validation_start.format("%Y-%m-%d").to_string(),
                        r.kind.key().to_string(),
                        r.criteria.join(";"),
                        r.text,
                        r.due.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                        r.status.key().to_string(),
                        if r.late { "yes" } else { "" }.to_string(),
                    ]
                })
                .collect();
            Ok((out, more))
        }
        Source::Due(f, after) => {
            let (rows, next) = crate::validations::due::due_page(app, actor, f, *after, PAGE).await?;
            *after = next;
            let out = rows
                .into_iter()
                .map(|d| {
                    vec![
                        d.account_id.to_string(),
                        d.organization,
                        d.entity.key().to_string(),
                        opt(d.scss),
                        d.due.format("%Y-%m-%d").to_string(),
                        if d.overdue { "yes" } else { "" }.to_string(),
                        if d.first { "first" } else { "revalidation" }.to_string(),
                        opt(d.group),
                        d.scheduled.map(|s| s.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                    ]
                })
                .collect();
            Ok((out, next.is_some()))
        }
        Source::Rows(rows) => Ok((std::mem::take(rows), false)),
    }
}

/// The work queue with its filters, in its order.
pub fn queue(actor: &Actor, filter: QueueFilter) -> Result<Export> {
    crate::partner::staff_scope(actor).ok_or(Error::Forbidden)?;
    let headers = vec![
        "account_id",
        "organization",
        "entity_type",
        "status",
        "tier",
        "svi_number",
        "scss",
        "field_office",
        "applied_on",
        "certified_on",
        "next_validation_due",
        "next_deadline",
        "pending_decision",
        "overdue_finding",
    ];
    Ok(Export::new("work_queue", headers, Source::Queue(filter)))
}

/// The mandatory-data compliance report with its filters.
pub fn compliance(actor: &Actor, filter: Filter) -> Result<Export> {
    if !(actor.has(Permission::ReadAllAccounts) || actor.has(Permission::WorkAssignedAccounts)) {
        return Err(Error::Forbidden);
    }
    let headers =
        vec!["account_id", "organization", "entity_type", "status", "missing", "missing_labels", "notice_deadline"];
    Ok(Export::new("mandatory_data_compliance", headers, Source::Compliance(filter, None)))
}

/// The whole audit trail, newest first.
pub fn audit_trail(_can: &Can<'_, ReadAudit>) -> Export {
    let headers = vec![
        "seq",
        "at",
        "actor",
        "role",
        "account_id",
        "action",
        "object_type",
        "object_id",
        "outcome",
        "request_id",
        "ip",
        "before",
        "after",
        "hash",
    ];
    Export::new("audit_trail", headers, Source::Audit(None))
}

/// Validations due within the chosen window, in due order.
pub fn validations_due(actor: &Actor, filter: DueFilter) -> Result<Export> {
    crate::partner::narrowed(actor, filter.office).ok_or(Error::Forbidden)?;
    let headers =
        vec!["account_id", "organization", "entity_type", "scss", "due", "overdue", "kind", "group", "scheduled"];
    Ok(Export::new("validations_due", headers, Source::Due(filter, None)))
}

/// The program's findings with the page's filters, newest first.
pub fn findings(actor: &Actor, filter: crate::validations::FindingsFilter) -> Result<Export> {
    crate::partner::narrowed(actor, filter.office).ok_or(Error::Forbidden)?;
    let headers = vec![
        "finding_id",
        "account_id",
        "organization",
        "validation_id",
        "validation_start",
        "kind",
        "criteria",
        "text",
        "response_due",
        "status",
        "late",
    ];
    Ok(Export::new("findings", headers, Source::Findings(filter, None)))
}

/// The SCSS workload of the program report (within the viewer's reach).
pub async fn scss_workload(app: &App, actor: &Actor, office: Option<Option<i64>>) -> Result<Export> {
    let r = crate::partner::reports::program_report(app, actor, office).await?;
    let rows = r
        .workload
        .into_iter()
        .map(|(who, n)| vec![who.unwrap_or_else(|| "(not assigned)".into()), n.to_string()])
        .collect();
    Ok(Export::new("scss_workload", vec!["scss", "accounts"], Source::Rows(rows)))
}

/// An account's contacts (its people may export them; so may staff who reach it).
pub async fn contacts(app: &App, actor: &Actor, account_id: i64) -> Result<Export> {
    let r = crate::partner::reach_app(app, actor, account_id).await?;
    let p = crate::partner::people::people(app, actor, &r).await?;
    let rows = p
        .contacts
        .into_iter()
        .map(|l| {
            let c = l.contact;
            vec![
                c.name,
                c.email,
                opt(c.phone),
                opt(c.title),
                c.role.map(|r| r.key().to_string()).unwrap_or_default(),
                if c.is_primary { "yes" } else { "" }.to_string(),
                if c.is_alternate { "yes" } else { "" }.to_string(),
                if c.has_login { "yes" } else { "" }.to_string(),
            ]
        })
        .collect();
    let headers = vec!["name", "email", "phone", "title", "role", "primary", "alternate", "login"];
    Ok(Export { account_id: Some(account_id), ..Export::new("contacts", headers, Source::Rows(rows)) })
}

/// An account's SVI connections, with what the account may see of each partner.
pub async fn connections(app: &App, actor: &Actor, account_id: i64) -> Result<Export> {
    let page = crate::svi::page(app, actor, account_id).await?;
    let rows = page
        .partners
        .into_iter()
        .map(|l| {
            let p = l.partner;
            vec![
                opt(p.svi_number),
                p.view.name,
                p.entity_type,
                if p.view.certified { "yes" } else { "no" }.to_string(),
                p.view.tier.map(|t| t.to_string()).unwrap_or_default(),
                day(l.since),
            ]
        })
        .collect();
    let headers = vec!["svi_number", "name", "entity_type", "certified", "tier", "connected_since"];
    Ok(Export { account_id: Some(account_id), ..Export::new("svi_connections", headers, Source::Rows(rows)) })
}

/// An account's Security Profile: each applicable criterion with its answer, the criterion's
/// statement in `lang` (the catalog's English where it has no translation).
pub async fn profile(app: &App, actor: &Actor, account_id: i64, lang: &crate::i18n::Lang) -> Result<Export> {
    let v = crate::profile::view(app, actor, account_id).await?;
    let rows = v
        .criteria()
        .into_iter()
        .map(|c| {
            let a = v.answers.get(&c.id);
            vec![
                c.id.clone(),
                c.category.to_string(),
                c.level.key().to_string(),
                c.statement_in(&lang.code()).to_string(),
                a.and_then(|a| a.answer).map(|x| x.key().to_string()).unwrap_or_default(),
                a.and_then(|a| a.justification.clone()).unwrap_or_default(),
                a.and_then(|a| a.narrative.clone()).unwrap_or_default(),
                a.and_then(|a| a.plan.clone()).unwrap_or_default(),
                a.and_then(|a| a.plan_due).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                a.and_then(|a| a.review).map(|r| r.key().to_string()).unwrap_or_default(),
                a.and_then(|a| a.review_comment.clone()).unwrap_or_default(),
            ]
        })
        .collect();
    let headers = vec![
        "criterion",
        "category",
        "level",
        "statement",
        "answer",
        "justification",
        "narrative",
        "corrective_plan",
        "plan_due",
        "review",
        "review_comment",
    ];
    Ok(Export { account_id: Some(account_id), ..Export::new("security_profile", headers, Source::Rows(rows)) })
}
