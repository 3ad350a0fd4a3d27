//! Taking part in SVI: an account's settings (auto-accept, share more, scope), leaving and
//! rejoining, and e-mailing its status to someone outside the program.

use super::*;

/// The settings form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct SettingsInput {
    #[serde(default)]
    pub auto_accept: Option<String>,
    #[serde(default)]
    pub share_more: Option<String>,
    #[serde(default)]
    pub scope: String,
    /// Chosen sister accounts (ids), when the scope is `chosen`.
    #[serde(default)]
    pub accounts: Vec<i64>,
}

pub async fn save_settings(app: &App, actor: &Actor, account_id: i64, input: &SettingsInput) -> Result<()> {
    let scope_all = match input.scope.as_str() {
        "all" => true,
        "chosen" => false,
        _ => return Err(Error::field("scope", Problem::new("err-choose-one"))),
    };
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let before = settings(&txn, me.id).await?;
    let family: HashSet<i64> = match me.organization_id {
        Some(org) => accounts::accounts_of_org(&txn, org).await?.into_iter().map(|a| a.id).collect(),
        None => HashSet::new(),
    };
    let mut chosen: Vec<i64> = if scope_all { vec![] } else { input.accounts.clone() };
    chosen.sort();
    chosen.dedup();
    if chosen.iter().any(|id| *id == me.id || !family.contains(id)) {
        return Err(Error::field("accounts", Problem::new("err-svi-scope-foreign")));
    }
    let after = Settings {
        participates: before.participates,
        auto_accept: input.auto_accept.is_some(),
        share_more: input.share_more.is_some(),
        scope_all,
    };
    let before_scope = ssvi::scope_ids(&txn, me.id).await?;
    save_row(&txn, me.id, after, actor.user.id, now).await?;
    ssvi::set_scope(&txn, me.id, &chosen).await?;
    ctpat_store::audit::append(
        &txn,
        By::Person(actor)
            .event(now, "svi.settings-changed", me.id)
            .object("svi_settings", me.id)
            .before(json!({"settings": before, "chosen": before_scope}))
            .after(json!({"settings": after, "chosen": chosen})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

async fn save_row<C: ConnectionTrait>(
    conn: &C,
    account_id: i64,
    s: Settings,
    by: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    ssvi::save_settings(
        conn,
        SettingsRow {
            account_id,
            participates: s.participates,
            auto_accept: s.auto_accept,
            share_more: s.share_more,
            scope_all: s.scope_all,
            updated_at: now,
            updated_by: by,
        },
    )
    .await?;
    Ok(())
}

/// Leave SVI: every connection and request ends; partners are told.
pub async fn leave(app: &App, actor: &Actor, account_id: i64) -> Result<usize> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let before = settings(&txn, me.id).await?;
    if !before.participates {
        return Ok(0);
    }
    save_row(&txn, me.id, Settings { participates: false, ..before }, actor.user.id, now).await?;
    let rows = ssvi::delete_all_of(&txn, me.id).await?;
    let broken = rows.len();
    ctpat_store::audit::append(
        &txn,
        By::Person(actor).event(now, "svi.left", me.id).after(json!({"connections_ended": rows.len()})),
    )
    .await?;
    for c in rows.iter().filter(|c| c.is_accepted()) {
        let other = c.other(me.id);
        ctpat_store::audit::append(
            &txn,
            By::Person(actor).event(now, "svi.disconnected", other).object("svi_connection", c.id),
        )
        .await?;
        notify_about(&txn, app, other, "svi-disconnected", me, now).await?;
    }
    txn.commit().await?;
    Ok(broken)
}

pub async fn rejoin(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let before = settings(&txn, me.id).await?;
    if before.participates {
        return Ok(());
    }
    save_row(&txn, me.id, Settings { participates: true, ..before }, actor.user.id, now).await?;
    ctpat_store::audit::append(&txn, By::Person(actor).event(now, "svi.joined", me.id)).await?;
    txn.commit().await?;
    Ok(())
}

/// E-mail the account's certification status to someone outside the program, with an
/// invitation to join.
pub async fn email_status(app: &App, actor: &Actor, account_id: i64, to: &str) -> Result<()> {
    let to = Email::parse(to).map_err(|p| Error::field("email", p))?;
    let now = app.now();
    let txn = app.db.begin().await?;
    let me = &managing(&txn, actor, account_id).await?;
    let Some(number) = me.svi_number.clone().filter(|_| dsvi::takes_part(me.status)) else {
        return Err(Error::Refused(Problem::new("err-svi-not-active")));
    };
    let name = org_name(&txn, me).await?;
    // A partner with a login reads it in their language; anyone else in the sender's.
    let mine = crate::auth::lang_of_person(&actor.user);
    let lang = crate::mail::readers_langs(&txn, &[to.as_str().to_string()]).await?.remove(to.as_str()).unwrap_or(mine);
    let certified = me.status.is_certified();
    crate::mail::enqueue_by(
        &txn,
        app,
        actor,
        to.as_str(),
        &lang,
        crate::mail::MailKind::SviStatus,
        &[
            ("organization", name),
            ("svi", number),
            ("entity_type", lang.t(&format!("entity-{}", me.entity_type.key()))),
            ("certified", if certified { "yes" } else { "no" }.to_string()),
            ("date", now.format("%Y-%m-%d").to_string()),
        ],
    )
    .await?;
    ctpat_store::audit::append(
        &txn,
        By::Person(actor)
            .event(now, "svi.status-emailed", me.id)
            .after(json!({"to": to.as_str(), "certified": certified})),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
