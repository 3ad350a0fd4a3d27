//! Verification: many numbers at once (the pages' CSV upload and the API), and the single
//! lookup of the API's hot path, both answering what the viewer may see.

use super::*;

/// Verify numbers for `viewer`, one verdict per input in the same order. A number is visible
/// when it is a connected partner's, or a sister account that partner's scope shares.
pub(crate) async fn verify<C: ConnectionTrait>(conn: &C, viewer: &Account, raws: &[String]) -> Result<Vec<Verdict>> {
    let parsed: Vec<Option<SviNumber>> = raws.iter().map(|r| SviNumber::parse(r).ok()).collect();
    let mut wanted: Vec<String> = parsed.iter().flatten().map(|n| n.as_str().to_string()).collect();
    wanted.sort();
    wanted.dedup();
    let found = ssvi::accounts_by_numbers(conn, &wanted).await?;
    let partner_ids = ssvi::partner_ids(conn, viewer.id).await?;
    let partners = ssvi::accounts_by_ids(conn, &partner_ids).await?;
    let fam = sisters(conn, &partners).await?;
    let mut visible: HashSet<i64> = partner_ids.iter().copied().collect();
    visible.insert(viewer.id);
    visible.extend(fam.values().flatten().map(|a| a.id));
    let shown: Vec<Account> = found.iter().filter(|a| visible.contains(&a.id)).cloned().collect();
    let views = seen(conn, &shown).await?;
    let by_number: HashMap<&str, &Account> =
        found.iter().filter_map(|a| a.svi_number.as_deref().map(|n| (n, a))).collect();
    Ok(parsed
        .into_iter()
        .map(|p| match p {
            None => Verdict::InvalidFormat,
            Some(n) => match by_number.get(n.as_str()) {
                None => Verdict::Unknown,
                Some(a) => match views.get(&a.id) {
                    Some(s) => Verdict::Visible { number: n, entity_type: s.entity_type.clone(), view: s.view.clone() },
                    None => Verdict::NotConnected,
                },
            },
        })
        .collect())
}

pub use ctpat_domain::svi::csv::{MAX_VERIFY, verdicts_csv};

/// What a first line may say instead of a number: `svi_number`, or the SVI number column of the
/// portal's own files (verification results, connections) in any of its languages, so a file
/// the portal wrote reads back without a false "invalid format" row.
fn header_names() -> Vec<String> {
    let mut names = vec!["svi_number".to_string()];
    names.extend(crate::i18n::in_every_language("col-svi_number"));
    names
}

/// Rows of an uploaded list of SVI numbers (see `ctpat_domain::svi::csv::parse_csv`).
pub fn parse_csv(bytes: &[u8]) -> std::result::Result<Vec<String>, ctpat_domain::Problem> {
    ctpat_domain::svi::csv::parse_csv(bytes, &header_names())
}

/// The file's line of the first row `parse_csv` returns.
pub fn first_row_line(bytes: &[u8]) -> usize {
    ctpat_domain::svi::csv::first_row_line(bytes, &header_names())
}

/// Bulk verification from the page: audited once for the whole batch.
/// Whether the actor may verify numbers for the account (asked before an upload is read).
pub async fn may_verify(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    if r.is_staff() { Err(Error::Forbidden) } else { Ok(()) }
}

pub async fn verify_upload(app: &App, actor: &Actor, account_id: i64, raws: &[String]) -> Result<Vec<Verdict>> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    if r.is_staff() {
        return Err(Error::Forbidden);
    }
    let verdicts = verify(conn, &r.account, raws).await?;
    let now = app.now();
    let visible = verdicts.iter().filter(|v| matches!(v, Verdict::Visible { .. })).count();
    ctpat_store::audit::append(
        conn,
        By::Person(actor)
            .event(now, "svi.verified", r.account.id)
            .after(json!({"rows": raws.len(), "visible": visible})),
    )
    .await?;
    Ok(verdicts)
}

/// One lookup (the API's hot path): the same answer as [`verify`] for one number, in a few
/// indexed reads instead of loading every partner of the viewer.
pub(crate) async fn lookup<C: ConnectionTrait>(conn: &C, viewer: &Account, number: &SviNumber) -> Result<Verdict> {
    // The common case — unknown, or directly connected — is answered from one query.
    let Some(row) = ssvi::lookup_row(conn, viewer.id, number.as_str()).await? else { return Ok(Verdict::Unknown) };
    let target = &row.account;
    let target_settings = settings_of_row(row.settings.as_ref());
    let mut visible = target.id == viewer.id || row.connection_status == Some(ConnectionStatus::Accepted);
    if !visible && let Some(org) = target.organization_id {
        // Through a connected sister account whose scope shares this one.
        if reachable(target, &target_settings) {
            let connected = |c: Option<Connection>| c.is_some_and(|c| c.is_accepted());
            for sister in accounts::accounts_of_org(conn, org).await?.into_iter().filter(|a| a.id != target.id) {
                if !connected(ssvi::between(conn, viewer.id, sister.id).await?) {
                    continue;
                }
                let s = settings(conn, sister.id).await?;
                if s.scope_all || ssvi::scope_ids(conn, sister.id).await?.contains(&target.id) {
                    visible = true;
                    break;
                }
            }
        }
    }
    if !visible {
        return Ok(Verdict::NotConnected);
    }
    let facts = Facts {
        name: row.org_name.as_deref().unwrap_or(""),
        status: target.status,
        tier: target.tier.map(|t| t as u8),
        primary_contact: row
            .primary_contact
            .as_ref()
            .filter(|_| target_settings.share_more)
            .map(|(n, e)| (n.as_str(), e.as_str())),
    };
    Ok(Verdict::Visible {
        number: number.clone(),
        entity_type: target.entity_type.key().to_string(),
        view: dsvi::view_of(&facts, target_settings.share_more),
    })
}

/// A lookup for the account of an API token.
pub async fn lookup_by_token(app: &App, caller: &crate::api_tokens::Caller, number: &SviNumber) -> Result<Verdict> {
    lookup(app.db.conn(), &caller.account, number).await
}

/// A verification for the account of an API token.
pub async fn verify_by_token(app: &App, caller: &crate::api_tokens::Caller, raws: &[String]) -> Result<Vec<Verdict>> {
    verify(app.db.conn(), &caller.account, raws).await
}

/// What a request to many numbers did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Requested {
    /// Requests now waiting for the partner.
    pub sent: usize,
    /// Partners that accept automatically: connected at once.
    pub connected: usize,
    /// Numbers that could not be asked (unknown, one's own, already connected or asked,
    /// blocked, not in SVI).
    pub skipped: usize,
}

/// Whether the actor may request connections for the account (the results of a verification
/// offer it only then).
pub async fn may_request(app: &App, actor: &Actor, account_id: i64) -> Result<bool> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    Ok(!r.is_staff() && r.can(Permission::ManageSvi))
}

/// Requests to many numbers at once — the "not connected" results of a verification — in one
/// transaction. A number that cannot be asked is skipped and counted, never an error; each
/// request sent is audited and notified as one sent from the page.
pub async fn request_many(app: &App, actor: &Actor, account_id: i64, raws: &[String]) -> Result<Requested> {
    if raws.is_empty() {
        return Err(Error::Refused(Problem::new("err-svi-none-ticked")));
    }
    if raws.len() > MAX_VERIFY {
        return Err(Error::Refused(Problem::new("err-svi-too-many").with("max", MAX_VERIFY)));
    }
    let txn = app.db.begin().await?;
    let me = managing(&txn, actor, account_id).await?;
    must_take_part(&txn, &me).await?;
    let mut numbers: Vec<String> =
        raws.iter().filter_map(|r| SviNumber::parse(r).ok()).map(|n| n.as_str().to_string()).collect();
    numbers.sort();
    numbers.dedup();
    let found: HashMap<String, Account> = ssvi::accounts_by_numbers(&txn, &numbers)
        .await?
        .into_iter()
        .filter_map(|a| a.svi_number.clone().map(|n| (n, a)))
        .collect();
    let mut done = Requested { skipped: raws.len() - numbers.len(), ..Default::default() };
    for n in &numbers {
        match request_in(&txn, app, By::Person(actor), &me, found.get(n).cloned()).await {
            Ok(c) if c.is_accepted() => done.connected += 1,
            Ok(_) => done.sent += 1,
            Err(Error::Refused(_)) => done.skipped += 1,
            Err(e) => return Err(e),
        }
    }
    txn.commit().await?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_results_file_the_portal_wrote_in_any_language_reads_back_without_its_header() {
        for header in ["svi_number", "SVI number", "Número SVI", "Numéro SVI"] {
            let file = format!("\u{feff}{header},Result\nSVI-AAAA2222,certified\n");
            assert_eq!(super::parse_csv(file.as_bytes()).unwrap(), ["SVI-AAAA2222"], "{header}");
            assert_eq!(super::first_row_line(file.as_bytes()), 2, "{header}");
        }
        // A first line that is a (mistyped) number is a row, never dropped.
        assert_eq!(super::parse_csv(b"SVI-2222\nSVI-AAAA2222").unwrap().len(), 2);
    }
}
