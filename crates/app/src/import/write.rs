//! Writing a checked plan in one transaction (rolled back for a dry run).

use super::batch::{Batches, event_rows, legacy_rows};
use super::check::{AccountPlan, Plan};
use super::quality;
use super::write_parts;
use super::{Counts, MissingData, Options, Outcome, Progress, Summary};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::Result;
use crate::partner::lifecycle::{new_svi_number, projection_of};
use ctpat_domain::audit::Outcome as AuditOutcome;
use ctpat_domain::partner::lifecycle::Snapshot;
use ctpat_store::imports::{self, NewImported, NewRecord};
use serde_json::json;
use std::collections::HashMap;

pub(super) async fn apply(
    app: &App,
    actor: &Actor,
    plan: Plan,
    files: &[String],
    opts: &Options,
    progress: &dyn Progress,
    skipped: Vec<String>,
) -> Result<Outcome> {
    let now = app.now();
    let by = actor.user.id;
    let t = app.timers();
    let txn = app.db.begin().await?;
    let run_id = imports::insert_run(
        &txn,
        imports::NewRun {
            files: &files.join("\n"),
            by,
            at: now,
            missing_data: opts.missing_data.key(),
            notice_days: opts.notice_days as i32,
        },
    )
    .await?;
    let mut ids: HashMap<String, i64> = plan.known_accounts.clone();
    let mut orgs: HashMap<String, i64> = plan.known_orgs.clone();
    let mut b = Batches::default();
    let mut counts = Counts::default();
    let mut imported: Vec<(i64, super::parse::Origin, String, bool)> = Vec::new();
    progress.stage("accounts", plan.accounts.len() as u64);
    for AccountPlan { row, events, office, organization_id } in plan.accounts {
        let rec = &row.rec;
        if let Some(old) = &row.existing {
            imported.push((old.target_id, rec.origin.clone(), rec.legacy_id.clone(), !row.changed.is_empty()));
            if row.changed.is_empty() {
                counts.unchanged += 1;
            } else {
                write_parts::update_account(&txn, app, actor, run_id, &row, &events, office, &mut b).await?;
                counts.updated += 1;
            }
            progress.advance(1);
            continue;
        }
        let s = Snapshot::replay(events.iter().map(|(e, at)| (e, *at)), &t);
        let svi = match &rec.svi_number {
            Some(n) => Some(n.clone()),
            None if s.status.is_active() => Some(new_svi_number(&txn).await?),
            None => None,
        };
        let org_known = organization_id.or_else(|| orgs.get(&rec.organization_key).copied());
        let merged = plan.org_values.get(&rec.organization_key);
        let org_value = |i: usize| merged.and_then(|v| v[i].as_deref());
        let (org_id, account_id) = imports::insert_account(
            &txn,
            NewImported {
                organization_id: org_known,
                org: ctpat_store::orgs::NewOrg {
                    name: org_value(0).unwrap_or(&rec.name),
                    dba: org_value(1),
                    phone: org_value(2),
                    website: org_value(3),
                    year_founded: None,
                    employee_count: None,
                    ownership_type: None,
                },
                entity_type: rec.entity.key(),
                svi_number: svi.clone(),
                field_office_id: office,
                projection: projection_of(&s, &t, None, events.len() as i32),
            },
            by,
            now,
        )
        .await?;
        if org_known.is_none() {
            orgs.insert(rec.organization_key.clone(), org_id);
            b.records.push(NewRecord {
                sheet: "organizations",
                legacy_id: rec.organization_key.clone(),
                target_id: org_id,
                account_id,
                file: rec.origin.file.clone(),
                line: rec.origin.line as i32,
                data: "{}".into(),
                history_events: 0,
            });
        }
        ids.insert(rec.legacy_id.clone(), account_id);
        imported.push((account_id, rec.origin.clone(), rec.legacy_id.clone(), true));
        b.events.extend(event_rows(account_id, &events, by));
        b.identifiers.extend(rec.identifiers.iter().map(|(k, v)| (account_id, k.key(), v.clone())));
        b.bonds.extend(rec.bond.clone().map(|x| (account_id, x)));
        b.addresses.extend(rec.hq.clone().map(|a| (account_id, a, 0)));
        b.legacy.extend(legacy_rows(account_id, "accounts", &rec.legacy_id, &rec.origin, &rec.legacy));
        b.records.push(NewRecord {
            sheet: "accounts",
            legacy_id: rec.legacy_id.clone(),
            target_id: account_id,
            account_id,
            file: rec.origin.file.clone(),
            line: rec.origin.line as i32,
            data: serde_json::to_string(&rec.data).unwrap_or_default(),
            history_events: events.len() as i32,
        });
        b.audit.push(
            for_account(audit::by(actor, now, "import.account_created", AuditOutcome::Ok), account_id)
                .object("account", account_id)
                .after(json!({
                    "run": run_id, "legacy_id": rec.legacy_id, "file": rec.origin.file, "line": rec.origin.line,
                    "status": s.status.key(), "svi_number": svi,
                })),
        );
        counts.created += 1;
        progress.advance(1);
        if b.records.len() >= 2_000 {
            b.flush(&txn, run_id, by, now).await?;
        }
    }
    b.flush(&txn, run_id, by, now).await?;
    let mut sheets = vec![("accounts", counts)];
    let mut users_created = 0;
    let (c, u) = write_parts::contacts(&txn, actor, run_id, plan.contacts, &ids, progress, &mut b, now).await?;
    users_created += u;
    sheets.push(("contacts", c));
    sheets.push((
        "addresses",
        write_parts::addresses(&txn, actor, run_id, plan.addresses, &ids, progress, &mut b, now).await?,
    ));
    sheets.push((
        "connections",
        write_parts::connections(&txn, actor, run_id, plan.connections, &ids, &plan.by_svi, progress, &mut b, now)
            .await?,
    ));
    b.flush(&txn, run_id, by, now).await?;

    progress.stage("data quality", imported.len() as u64);
    let mut rows = quality::assess(&txn, &imported, progress).await?;
    let (noticed, suspended) = quality::act(&txn, app, actor, &mut rows, opts).await?;
    let quality_csv = quality::csv(&rows, opts);
    let lacking = rows.len() as i32;
    let count = |s: &str| sheets.iter().find(|(n, _)| *n == s).map(|(_, c)| c.clone()).unwrap_or_default();
    let total = sheets.iter().fold(Counts::default(), |acc, (_, c)| Counts {
        created: acc.created + c.created,
        updated: acc.updated + c.updated,
        unchanged: acc.unchanged + c.unchanged,
    });
    imports::finish_run(
        &txn,
        run_id,
        imports::RunCounts {
            created: total.created as i32,
            updated: total.updated as i32,
            unchanged: total.unchanged as i32,
            lacking,
        },
        quality_csv.clone(),
    )
    .await?;
    let summary_json = json!({
        "run": run_id, "files": files, "missing_data": opts.missing_data.key(),
        "accounts": counts_json(&count("accounts")), "contacts": counts_json(&count("contacts")),
        "addresses": counts_json(&count("addresses")), "connections": counts_json(&count("connections")),
        "users_created": users_created, "lacking": lacking, "noticed": noticed, "suspended": suspended,
    });
    ctpat_store::audit::append(
        &txn,
        audit::by(actor, now, "import.run", AuditOutcome::Ok).object("import_run", run_id).after(summary_json),
    )
    .await?;
    if opts.dry_run {
        txn.rollback().await?;
    } else {
        txn.commit().await?;
    }
    Ok(Outcome::Done(Summary {
        run_id: (!opts.dry_run).then_some(run_id),
        dry_run: opts.dry_run,
        sheets,
        users_created,
        noticed,
        suspended,
        quality: rows,
        quality_csv,
        skipped,
    }))
}

fn counts_json(c: &Counts) -> serde_json::Value {
    json!({"created": c.created, "updated": c.updated, "unchanged": c.unchanged})
}

impl MissingData {
    pub fn from_key(s: &str) -> Option<MissingData> {
        [MissingData::Notice, MissingData::Suspend].into_iter().find(|m| m.key() == s)
    }
}
