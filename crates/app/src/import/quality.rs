//! The data-quality report of an import: which imported accounts lack which mandatory data for
//! their entity type, and what HQ chose for them (a notice with a deadline, or suspension).

use super::parse::Origin;
use super::{MissingData, Options, Progress};
use crate::App;
use crate::actor::Actor;
use crate::audit::EventExt;
use crate::error::Result;
use crate::i18n::Lang;
use crate::partner::compliance::{CHECKED, csv_field, missing_of, send_notices};
use chrono::Duration;
use ctpat_domain::audit::Outcome as AuditOutcome;
use ctpat_domain::partner::Account;
use ctpat_domain::partner::eligibility::Missing;
use ctpat_domain::partner::lifecycle::{Event, Status, SuspensionReason};
use ctpat_store::ConnectionTrait;
use std::collections::HashSet;

#[derive(Debug, Clone)]
pub struct QualityRow {
    pub origin: Origin,
    pub legacy_id: String,
    pub account: Account,
    pub organization: String,
    pub missing: Vec<Missing>,
    /// What was done: `notice` (`notice_no_contact` when the account has no contact to tell),
    /// `suspended`, or nothing: a notice was open already, or the row was unchanged since an
    /// earlier run (HQ's choice applies to what a run creates or corrects).
    pub action: Option<&'static str>,
    /// Created or corrected by this run.
    pub fresh: bool,
}

/// The imported accounts that lack mandatory data (accounts in the program only: a draft is
/// not checked, nor a closed account).
pub(super) async fn assess<C: ConnectionTrait>(
    txn: &C,
    imported: &[(i64, Origin, String, bool)],
    progress: &dyn Progress,
) -> Result<Vec<QualityRow>> {
    let mut out = Vec::new();
    for chunk in imported.chunks(500) {
        let ids: Vec<i64> = chunk.iter().map(|(id, _, _, _)| *id).collect();
        let by_id: std::collections::HashMap<i64, &(i64, Origin, String, bool)> =
            chunk.iter().map(|row| (row.0, row)).collect();
        let accounts: Vec<Account> = ctpat_store::accounts::by_ids(txn, &ids)
            .await?
            .into_iter()
            .filter(|a| CHECKED.contains(&a.status))
            .collect();
        let missing = missing_of(txn, &accounts).await?;
        let org_ids: Vec<i64> = accounts.iter().filter_map(|a| a.organization_id).collect();
        let orgs = ctpat_store::orgs::orgs_by_ids(txn, &org_ids).await?;
        for (a, m) in accounts.into_iter().zip(missing) {
            if m.is_empty() {
                continue;
            }
            let Some((_, origin, legacy_id, fresh)) = by_id.get(&a.id) else { continue };
            out.push(QualityRow {
                origin: origin.clone(),
                legacy_id: legacy_id.clone(),
                organization: orgs
                    .iter()
                    .find(|o| Some(o.id) == a.organization_id)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                account: a,
                missing: m,
                action: None,
                fresh: *fresh,
            });
        }
        progress.advance(chunk.len() as u64);
    }
    Ok(out)
}

/// Carry out HQ's choice for each lacking account. Returns (noticed, suspended).
pub(super) async fn act<C: ConnectionTrait>(
    txn: &C,
    app: &App,
    actor: &Actor,
    rows: &mut [QualityRow],
    opts: &Options,
) -> Result<(u32, u32)> {
    let now = app.now();
    let deadline = now + Duration::days(opts.notice_days);
    let (mut noticed, mut suspended) = (0, 0);
    let mut to_notice = Vec::new();
    for (i, r) in rows.iter_mut().enumerate().filter(|(_, r)| r.fresh) {
        let suspendable = matches!(r.account.status, Status::Certified | Status::Validated);
        if opts.missing_data == MissingData::Suspend && suspendable {
            let event = Event::Suspended {
                by: actor.user.id,
                proposed_by: actor.user.id,
                reason: SuspensionReason::MissingMandatoryData,
            };
            let current = ctpat_store::accounts::find(txn, ctpat_store::accounts::Scope::Program, r.account.id)
                .await?
                .ok_or(crate::Error::NotFound)?;
            let before = serde_json::json!({"status": current.status, "version": current.version});
            crate::partner::lifecycle::record(txn, app, &current, &event, Some(actor.user.id), now).await?;
            let keys: Vec<String> = r.missing.iter().map(|m| m.key()).collect();
            ctpat_store::audit::append(
                txn,
                crate::audit::for_account(
                    crate::audit::by(actor, now, "account.suspended", AuditOutcome::Ok),
                    r.account.id,
                )
                .object("account", r.account.id)
                .before(before)
                .after(serde_json::json!({"reason": "missing_mandatory_data", "missing": keys, "by": "import"})),
            )
            .await?;
            r.action = Some("suspended");
            suspended += 1;
        } else if r.account.status != Status::Suspended {
            to_notice.push(i);
        }
    }
    let list: Vec<(&Account, &[Missing], &str)> = to_notice
        .iter()
        .map(|i| (&rows[*i].account, rows[*i].missing.as_slice(), rows[*i].organization.as_str()))
        .collect();
    let (sent, unheard) = send_notices(txn, app, actor, &list, deadline).await?;
    let (sent, unheard): (HashSet<i64>, HashSet<i64>) = (sent.into_iter().collect(), unheard.into_iter().collect());
    for i in to_notice {
        let id = rows[i].account.id;
        if sent.contains(&id) {
            rows[i].action = Some(if unheard.contains(&id) { "notice_no_contact" } else { "notice" });
            noticed += 1;
        }
    }
    Ok((noticed, suspended))
}

/// The report as CSV: one line per lacking account, with where it came from.
pub(super) fn csv(rows: &[QualityRow], opts: &Options) -> String {
    let en = Lang::default();
    let deadline_days = opts.notice_days;
    let mut out = String::from(
        "file,sheet,line,legacy_id,account_id,organization,entity_type,status,missing,missing_labels,action\n",
    );
    for r in rows {
        let keys: Vec<String> = r.missing.iter().map(|m| m.key()).collect();
        let labels: Vec<String> = keys.iter().map(|k| en.t(&format!("missing-{k}"))).collect();
        let action = match r.action {
            Some("notice") => format!("notice: provide within {deadline_days} days"),
            Some("notice_no_contact") => {
                format!("notice: provide within {deadline_days} days (no contact to tell: add one)")
            }
            Some(a) => a.to_string(),
            None => String::new(),
        };
        let fields = [
            r.origin.file.clone(),
            r.origin.sheet.to_string(),
            r.origin.line.to_string(),
            r.legacy_id.clone(),
            r.account.id.to_string(),
            r.organization.clone(),
            r.account.entity_type.key().to_string(),
            r.account.status.key().to_string(),
            keys.join(";"),
            labels.join("; "),
            action,
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}
