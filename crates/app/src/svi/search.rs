//! The directory of participants, searched by name.

use super::*;

/// What a name search shows: only what any SVI participant may see of another.
pub struct Hit {
    pub account_id: i64,
    pub name: String,
    pub entity_type: String,
    pub svi_number: String,
    /// `connected`, `pending`, `blocked` (they declined us), or empty.
    pub state: &'static str,
}

/// The shortest name a search takes: short fragments would list the directory a page at a time.
pub const MIN_SEARCH: usize = 3;
/// The most hits one search shows.
pub const SEARCH_HITS: u64 = 20;

/// Search the directory of participants by name. Only someone who manages SVI for an account
/// that itself takes part may look: a fresh sign-up with a draft cannot list the program.
pub async fn search(app: &App, actor: &Actor, account_id: i64, needle: &str) -> Result<Vec<Hit>> {
    let conn = app.db.conn();
    let me = managing(conn, actor, account_id).await?;
    must_take_part(conn, &me).await?;
    // Wildcards are not search terms: they are dropped before the length is judged.
    let needle: String = needle.trim().chars().filter(|c| !matches!(c, '%' | '_' | '\\')).collect();
    let needle = needle.trim();
    if needle.chars().count() < MIN_SEARCH {
        return Err(Error::field("q", Problem::new("err-svi-search-short").with("min", MIN_SEARCH)));
    }
    let statuses: Vec<Status> = Status::ALL.into_iter().filter(|s| dsvi::takes_part(*s)).collect();
    let found = ssvi::search(conn, needle, &statuses, SEARCH_HITS).await?;
    let orgs: HashMap<i64, String> =
        ctpat_store::orgs::orgs_by_ids(conn, &found.iter().filter_map(|a| a.organization_id).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
    let mine = ssvi::connections_of(conn, me.id).await?;
    let blockers: HashSet<i64> = ssvi::blockers_of(conn, me.id).await?.into_iter().collect();
    let mut out = Vec::new();
    for a in found.into_iter().filter(|a| a.id != me.id) {
        let state = match mine.iter().find(|c| c.other(me.id) == a.id) {
            Some(c) if c.is_accepted() => "connected",
            Some(_) => "pending",
            None if blockers.contains(&a.id) => "blocked",
            None => "",
        };
        out.push(Hit {
            name: a.organization_id.and_then(|o| orgs.get(&o).cloned()).unwrap_or_default(),
            entity_type: a.entity_type.key().to_string(),
            svi_number: a.svi_number.clone().unwrap_or_default(),
            account_id: a.id,
            state,
        });
    }
    Ok(out)
}
