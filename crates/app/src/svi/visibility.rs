//! What one account sees of another: its SVI settings (participation, sharing, scope), whether
//! it can be found and asked, and what a connected partner (or a sister account's partner) is
//! shown.

use super::*;

pub(crate) fn settings_of_row(r: Option<&SettingsRow>) -> Settings {
    r.map(|r| Settings {
        participates: r.participates,
        auto_accept: r.auto_accept,
        share_more: r.share_more,
        scope_all: r.scope_all,
    })
    .unwrap_or_default()
}

pub(crate) async fn settings<C: ConnectionTrait>(conn: &C, account_id: i64) -> Result<Settings> {
    Ok(settings_of_row(ssvi::settings(conn, account_id).await?.as_ref()))
}

/// Whether the account can be found and asked in SVI right now.
pub(super) fn reachable(a: &Account, s: &Settings) -> bool {
    a.svi_number.is_some() && dsvi::takes_part(a.status) && s.participates
}

/// A partner as seen by others.
#[derive(Debug, Clone)]
pub struct Seen {
    pub account_id: i64,
    pub svi_number: Option<String>,
    pub entity_type: String,
    pub view: PartnerView,
}

/// Views of many accounts at once (names, settings and primary contacts in three queries).
pub(super) async fn seen<C: ConnectionTrait>(conn: &C, list: &[Account]) -> Result<HashMap<i64, Seen>> {
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let mut org_ids: Vec<i64> = list.iter().filter_map(|a| a.organization_id).collect();
    org_ids.sort();
    org_ids.dedup();
    let names: HashMap<i64, String> =
        ctpat_store::orgs::orgs_by_ids(conn, &org_ids).await?.into_iter().map(|o| (o.id, o.name)).collect();
    let settings: HashMap<i64, Settings> =
        ssvi::settings_of(conn, &ids).await?.into_iter().map(|r| (r.account_id, settings_of_row(Some(&r)))).collect();
    let sharing: Vec<i64> = ids.iter().copied().filter(|id| settings.get(id).is_some_and(|s| s.share_more)).collect();
    let contacts: HashMap<i64, (String, String)> =
        ssvi::primary_contacts(conn, &sharing).await?.into_iter().map(|c| (c.account_id, (c.name, c.email))).collect();
    Ok(list
        .iter()
        .map(|a| {
            let s = settings.get(&a.id).copied().unwrap_or_default();
            let name = a.organization_id.and_then(|o| names.get(&o)).map(String::as_str).unwrap_or("");
            let pc = contacts.get(&a.id);
            let facts = Facts {
                name,
                status: a.status,
                tier: a.tier.map(|t| t as u8),
                primary_contact: pc.map(|(n, e)| (n.as_str(), e.as_str())),
            };
            (
                a.id,
                Seen {
                    account_id: a.id,
                    svi_number: a.svi_number.clone(),
                    entity_type: a.entity_type.key().to_string(),
                    view: dsvi::view_of(&facts, s.share_more),
                },
            )
        })
        .collect())
}

/// For each connected partner, the sister accounts its scope lets connected partners see.
pub(super) async fn sisters<C: ConnectionTrait>(conn: &C, partners: &[Account]) -> Result<HashMap<i64, Vec<Account>>> {
    let ids: Vec<i64> = partners.iter().map(|a| a.id).collect();
    let settings: HashMap<i64, Settings> =
        ssvi::settings_of(conn, &ids).await?.into_iter().map(|r| (r.account_id, settings_of_row(Some(&r)))).collect();
    let mut org_ids: Vec<i64> = partners.iter().filter_map(|a| a.organization_id).collect();
    org_ids.sort();
    org_ids.dedup();
    let family = ssvi::accounts_of_orgs(conn, &org_ids).await?;
    let fam_settings: HashMap<i64, Settings> =
        ssvi::settings_of(conn, &family.iter().map(|a| a.id).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|r| (r.account_id, settings_of_row(Some(&r))))
            .collect();
    let chosen: HashSet<(i64, i64)> = ssvi::scope_rows_of(conn, &ids).await?.into_iter().collect();
    let mut out = HashMap::new();
    for p in partners {
        let s = settings.get(&p.id).copied().unwrap_or_default();
        let list: Vec<Account> = family
            .iter()
            .filter(|x| x.id != p.id && x.organization_id == p.organization_id && x.organization_id.is_some())
            .filter(|x| reachable(x, &fam_settings.get(&x.id).copied().unwrap_or_default()))
            .filter(|x| s.scope_all || chosen.contains(&(p.id, x.id)))
            .cloned()
            .collect();
        out.insert(p.id, list);
    }
    Ok(out)
}
