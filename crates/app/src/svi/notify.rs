//! Monitoring: a partner's status change reaches every connected partner once, in-app and by
//! e-mail, in the transaction that changed it; and the account's notifications.

use super::*;
use ctpat_domain::happened::Happened;

/// Monitoring: when an account's status changes, every connected partner gets one in-app
/// notification, its recipients one e-mail and its webhooks one event, in the transaction that
/// recorded the change.
pub(crate) async fn on_lifecycle<C: ConnectionTrait>(conn: &C, app: &App, happened: Happened<'_>) -> Result<()> {
    let Happened::Lifecycle { account, previous, .. } = happened else { return Ok(()) };
    let now = app.now();
    if account.svi_number.is_none() || previous == account.status {
        return Ok(());
    }
    let mut partners = ssvi::partner_ids(conn, account.id).await?;
    // Partners of a sister account whose scope shares this one see it too, so they hear too.
    if let Some(org) = account.organization_id
        && settings(conn, account.id).await?.participates
    {
        for sister in accounts::accounts_of_org(conn, org).await?.into_iter().filter(|a| a.id != account.id) {
            let s = settings(conn, sister.id).await?;
            if s.scope_all || ssvi::scope_ids(conn, sister.id).await?.contains(&account.id) {
                partners.extend(ssvi::partner_ids(conn, sister.id).await?);
            }
        }
    }
    partners.sort();
    partners.dedup();
    partners.retain(|p| *p != account.id);
    if partners.is_empty() {
        return Ok(());
    }
    let name = org_name(conn, account).await?;
    let data = json!({
        "name": name, "svi": account.svi_number, "entity_type": account.entity_type,
        "status": account.status.key(), "previous": previous.key(),
    })
    .to_string();
    crate::webhooks::queue_status_change(
        conn,
        &partners,
        json!({
            "svi_number": account.svi_number, "name": name, "entity_type": account.entity_type,
            "status": account.status.key(), "previous_status": previous.key(),
        }),
        now,
    )
    .await?;
    let mut to: Vec<String> = Vec::new();
    let mut by_account: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    for p in &partners {
        ssvi::notify(conn, *p, "partner-status", Some(account.id), &data, now).await?;
        for addr in crate::partner::notices::recipients(conn, *p).await? {
            by_account.entry(addr.clone()).or_insert(*p);
            to.push(addr);
        }
    }
    to.sort();
    to.dedup();
    let langs = crate::mail::readers_langs(conn, &to).await?;
    // An address without a login of its own reads the language of the partner account it
    // was found on (the first that has one).
    let theirs = crate::mail::accounts_langs(conn, &partners).await?;
    for addr in to {
        let lang = match langs.get(&addr) {
            Some(l) => l.clone(),
            None => by_account.get(&addr).and_then(|p| theirs.get(p)).cloned().unwrap_or_default(),
        };
        crate::mail::enqueue(
            conn,
            app,
            &addr,
            &lang,
            crate::mail::MailKind::PartnerStatusChanged,
            &[
                ("organization", name.clone()),
                ("svi", account.svi_number.clone().unwrap_or_default()),
                ("status", lang.t(&format!("status-{}", account.status.key()))),
                ("previous", lang.t(&format!("status-{}", previous.key()))),
            ],
        )
        .await?;
    }
    Ok(())
}

/// An account's notifications, newest first. Reading them changes nothing; marking them read
/// is its own command.
pub async fn notifications(app: &App, actor: &Actor, account_id: i64) -> Result<(Reach, Vec<Notification>)> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    let rows = ssvi::notifications(app.db.conn(), account_id, 200).await?.into_iter().map(Notification::from).collect();
    Ok((r, rows))
}

/// Mark every notification of the account read (members only: staff read without marking).
pub async fn mark_notifications_read(app: &App, actor: &Actor, account_id: i64) -> Result<u64> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if r.is_staff() {
        return Err(Error::Forbidden);
    }
    let marked = ssvi::mark_all_read(&txn, account_id, now).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, now, "notifications.read", Outcome::Ok), account_id)
            .object("account", account_id)
            .after(json!({"marked": marked})),
    )
    .await?;
    txn.commit().await?;
    Ok(marked)
}

/// Unread notifications of an account the caller has already reached.
pub async fn unread(app: &App, account_id: i64) -> Result<u64> {
    Ok(ssvi::unread_count(app.db.conn(), account_id).await?)
}

/// An in-app notification of the account: what happened (`kind`), about which account, with
/// the facts to word it.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    pub about_account_id: Option<i64>,
    pub data: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

impl From<ssvi::NotificationRow> for Notification {
    fn from(n: ssvi::NotificationRow) -> Self {
        Notification {
            id: n.id,
            kind: n.kind,
            about_account_id: n.about_account_id,
            data: serde_json::from_str(&n.data).unwrap_or_default(),
            created_at: n.created_at,
            read_at: n.read_at,
        }
    }
}
