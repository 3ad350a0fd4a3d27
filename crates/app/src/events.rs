//! One path for side effects. A use case that changes something the program reacts to records
//! what happened and calls `publish` in its own transaction; every reaction subscribed below
//! runs in that same transaction, so a change and its notices, monitoring, webhooks and e-mails
//! commit together or not at all. A new reaction (a notification centre, a validation notice)
//! is one more line in `publish`, not a call from the use case.

use crate::App;
use crate::error::Result;
pub use ctpat_domain::happened::Happened;
use ctpat_store::ConnectionTrait;

/// Run every reaction to `happened`, in the caller's transaction. Each reaction decides for
/// itself whether the event concerns it.
pub(crate) async fn publish<C: ConnectionTrait>(conn: &C, app: &App, happened: Happened<'_>) -> Result<()> {
    // The account's own people hear of decisions about it (e-mail to primary contact and Officers).
    crate::partner::notices::on_lifecycle(conn, app, happened).await?;
    // Connected partners hear of a status change (in-app, e-mail, webhooks): SVI monitoring.
    crate::svi::notify::on_lifecycle(conn, app, happened).await?;
    // The account's people hear when a review round of their profile ends (in-app and e-mail).
    crate::partner::notices::on_profile_reviewed(conn, app, happened).await?;
    // Every contact of every account a validation covers hears when it is scheduled, moved or
    // called off (in-app and e-mail).
    crate::validations::notify::on_notice(conn, app, happened).await?;
    // The accounts a finding concerns hear what the SCSS recorded or decided.
    crate::validations::notify::on_finding(conn, app, happened).await?;
    Ok(())
}
