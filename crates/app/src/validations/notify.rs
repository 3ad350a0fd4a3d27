//! The notice of a validation reaches every contact of every account it covers: in-app on each
//! account and by e-mail, with the dates, the sites and, when it was moved or called off, the
//! reason.

use crate::App;
use crate::error::Result;
use crate::i18n::Lang;
use crate::notifications::{Contacts, Notice};
use ctpat_domain::happened::Happened;
use ctpat_domain::notice::NoticeKind;
use ctpat_store::ConnectionTrait;

pub(crate) async fn on_notice<C: ConnectionTrait>(conn: &C, app: &App, happened: Happened<'_>) -> Result<()> {
    let Happened::ValidationNotice { validation: v, accounts, what, reason } = happened else { return Ok(()) };
    let kind = format!("validation-{}", what.key());
    let start = v.start_on.format("%Y-%m-%d").to_string();
    let end = v.end_on.format("%Y-%m-%d").to_string();
    let sites = ctpat_store::validations::sites_of(conn, v.id).await?;
    let lang = Lang::default();
    let site_list = sites
        .iter()
        .map(|s| format!("{} ({})", s.name, lang.t(&format!("site-kind-{}", s.kind.key()))))
        .collect::<Vec<_>>();
    for account_id in accounts {
        let data = serde_json::json!({"start": start, "end": end, "reason": reason, "validation": v.id}).to_string();
        ctpat_store::svi::notify(conn, *account_id, &kind, None, &data, app.now()).await?;
        let Some(account) =
            ctpat_store::accounts::find(conn, ctpat_store::accounts::Scope::Program, *account_id).await?
        else {
            continue;
        };
        let org = ctpat_store::orgs::name_of(conn, account.organization_id).await?;
        let notice = Notice {
            kind: NoticeKind::Validation,
            account_id: Some(*account_id),
            message: "centre-validation",
            args: vec![
                ("organization", org),
                ("start", start.clone()),
                ("end", end.clone()),
                ("sites", site_list.join("; ")),
                ("reason", reason.to_string()),
                ("reason_line", String::new()),
            ],
            refs: [("what", format!("validation-notice-{}", what.key()))]
                .into_iter()
                .chain((!reason.is_empty()).then(|| ("reason_line", "validation-reason-line".to_string())))
                .collect(),
            link: format!("/accounts/{account_id}/validations"),
        };
        // Everyone must know a visit is coming, not only the Officers.
        crate::notifications::tell_account(conn, app, *account_id, Contacts::Everyone, &notice).await?;
    }
    Ok(())
}

/// A finding recorded, closed or reopened by the SCSS is a notification on every account it
/// concerns (the answer is the partner's own doing); a recorded one is also e-mailed to the
/// primary contact and Officers, with its deadline.
pub(crate) async fn on_finding<C: ConnectionTrait>(conn: &C, app: &App, happened: Happened<'_>) -> Result<()> {
    let Happened::FindingChanged { finding: f, accounts, what } = happened else { return Ok(()) };
    if what == ctpat_domain::happened::FindingChange::Answered {
        return Ok(());
    }
    let due = f.response_due.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    for account_id in accounts {
        let data = serde_json::json!({
            "kind": f.kind.key(), "criteria": f.criteria.join(", "), "due": due, "validation": f.validation_id,
        })
        .to_string();
        ctpat_store::svi::notify(conn, *account_id, &format!("finding-{}", what.key()), None, &data, app.now()).await?;
        if what != ctpat_domain::happened::FindingChange::Recorded {
            continue;
        }
        let notice = Notice {
            kind: NoticeKind::Finding,
            account_id: Some(*account_id),
            message: "centre-finding",
            args: vec![
                ("criteria", f.criteria.join(", ")),
                ("due", if due.is_empty() { "none".to_string() } else { due.clone() }),
            ],
            refs: vec![
                ("kind", format!("finding-kind-{}", f.kind.key())),
                ("details", "notify-finding-recorded".to_string()),
            ],
            link: format!("/accounts/{account_id}/validations/{}", f.validation_id),
        };
        crate::notifications::tell_account(conn, app, *account_id, Contacts::Deciders, &notice).await?;
    }
    Ok(())
}
