//! E-mail: messages are rendered from the catalogue and put in the outbox inside the
//! transaction that decided to send them; a background job delivers them by SMTP (lettre) or,
//! when no SMTP server is configured, writes each as an `.eml` file under `data/outbox/`.

use crate::App;
use crate::i18n::Lang;
use chrono::Duration;
use ctpat_store::ConnectionTrait;
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

/// The e-mails the portal sends; each has `mail-<key>-subject` and `mail-<key>-body` in the
/// catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    VerifyEmail,
    SignupExisting,
    PasswordReset,
    PasswordChanged,
    Invitation,
    ApplicationReceived,
    AccountInvitation,
    StatusChanged,
    MissingData,
    AnnualReminder,
    AnnualOverdue,
    PartnerStatusChanged,
    SviStatus,
    AccountLocked,
    ValidationNotice,
    FindingReminder,
    DeadlineReminder,
    Notification,
    Digest,
}

impl MailKind {
    pub const ALL: [MailKind; 19] = [
        MailKind::VerifyEmail,
        MailKind::SignupExisting,
        MailKind::PasswordReset,
        MailKind::PasswordChanged,
        MailKind::Invitation,
        MailKind::ApplicationReceived,
        MailKind::AccountInvitation,
        MailKind::StatusChanged,
        MailKind::MissingData,
        MailKind::AnnualReminder,
        MailKind::AnnualOverdue,
        MailKind::PartnerStatusChanged,
        MailKind::SviStatus,
        MailKind::AccountLocked,
        MailKind::ValidationNotice,
        MailKind::FindingReminder,
        MailKind::DeadlineReminder,
        MailKind::Notification,
        MailKind::Digest,
    ];

    pub fn key(self) -> &'static str {
        match self {
            MailKind::VerifyEmail => "verify-email",
            MailKind::SignupExisting => "signup-existing",
            MailKind::PasswordReset => "password-reset",
            MailKind::PasswordChanged => "password-changed",
            MailKind::Invitation => "invitation",
            MailKind::ApplicationReceived => "application-received",
            MailKind::AccountInvitation => "account-invitation",
            MailKind::StatusChanged => "status-changed",
            MailKind::MissingData => "missing-data",
            MailKind::AnnualReminder => "annual-reminder",
            MailKind::AnnualOverdue => "annual-overdue",
            MailKind::PartnerStatusChanged => "partner-status-changed",
            MailKind::SviStatus => "svi-status",
            MailKind::AccountLocked => "account-locked",
            MailKind::ValidationNotice => "validation-notice",
            MailKind::FindingReminder => "finding-reminder",
            MailKind::DeadlineReminder => "deadline-reminder",
            MailKind::Notification => "notification",
            MailKind::Digest => "digest",
        }
    }
}

impl MailKind {
    /// Mail that anyone can make the portal send to an address (a reset or confirmation link,
    /// a lock notice): capped per recipient and kind. Everything else — what a person must
    /// hear about their account or company — is never held back.
    pub fn unsolicited(self) -> bool {
        matches!(
            self,
            MailKind::VerifyEmail | MailKind::SignupExisting | MailKind::PasswordReset | MailKind::AccountLocked
        )
    }
}

/// Whether mail of `kind` to `to` would be dropped now (its recipient has had the most allowed
/// this hour): callers skip the work that goes with it, such as replacing a link's token.
pub(crate) async fn at_cap<C: ConnectionTrait>(conn: &C, app: &App, to: &str, kind: MailKind) -> crate::Result<bool> {
    if !kind.unsolicited() {
        return Ok(false);
    }
    let since = app.now() - chrono::Duration::hours(1);
    let recent = ctpat_store::outbox::count_to_since(conn, to, kind.key(), since).await?;
    Ok(recent >= u64::from(app.settings.mail_per_recipient_per_hour))
}

/// The language the owner of each of `addresses` chose in the portal, for those with a login
/// who chose one (keyed as given). The others — contacts, business partners — are written to
/// in a language the caller picks: their account's people's (`accounts_langs`), a sender's.
pub(crate) async fn readers_langs<C: ConnectionTrait>(
    conn: &C,
    addresses: &[String],
) -> crate::Result<std::collections::HashMap<String, Lang>> {
    let lower: Vec<String> = addresses.iter().map(|a| a.to_lowercase()).collect();
    let chosen = ctpat_store::users::locales_by_email(conn, &lower).await?;
    Ok(addresses
        .iter()
        .filter_map(|a| chosen.get(&a.to_lowercase()).and_then(|c| Lang::from_code(c)).map(|l| (a.clone(), l)))
        .collect())
}

/// The language each account's people chose (see `readers_langs` for who it applies to);
/// English for an account none of whose people chose one.
pub(crate) async fn accounts_langs<C: ConnectionTrait>(
    conn: &C,
    account_ids: &[i64],
) -> crate::Result<std::collections::HashMap<i64, Lang>> {
    Ok(ctpat_store::accounts::people_locales(conn, account_ids)
        .await?
        .into_iter()
        .filter_map(|(id, code)| Lang::from_code(&code).map(|l| (id, l)))
        .collect())
}

/// Queue an e-mail of `kind`, rendered in `lang`.
pub(crate) async fn enqueue<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    to: &str,
    lang: &Lang,
    kind: MailKind,
    args: &[(&str, String)],
) -> crate::Result<()> {
    queue(conn, app, to, lang, kind, args, None).await
}

/// Queue mail that a person's action sends to an address of their choosing (an invitation, a
/// status e-mail to a partner): refused once they have sent `mail_per_sender_per_hour` in the
/// last hour, so an account cannot be used to send mail without end.
pub(crate) async fn enqueue_by<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    sender: &crate::Actor,
    to: &str,
    lang: &Lang,
    kind: MailKind,
    args: &[(&str, String)],
) -> crate::Result<()> {
    let since = app.now() - chrono::Duration::hours(1);
    let sent = ctpat_store::outbox::count_by_since(conn, sender.user.id, since).await?;
    if sent >= u64::from(app.settings.mail_per_sender_per_hour) {
        return Err(crate::Error::Refused(
            ctpat_domain::Problem::new("err-mail-cap").with("max", app.settings.mail_per_sender_per_hour),
        ));
    }
    queue(conn, app, to, lang, kind, args, Some(sender.user.id)).await
}

/// Write the message, unless it is unsolicited mail whose recipient has had
/// `mail_per_recipient_per_hour` of its kind in the last hour: then it is dropped (and logged),
/// so that nobody can make the portal flood a mailbox, while the action still completes.
async fn queue<C: ConnectionTrait>(
    conn: &C,
    app: &App,
    to: &str,
    lang: &Lang,
    kind: MailKind,
    args: &[(&str, String)],
    sent_by: Option<i64>,
) -> crate::Result<()> {
    let now = app.now();
    if at_cap(conn, app, to, kind).await? {
        tracing::warn!(kind = kind.key(), "e-mail dropped: its recipient has had the most allowed this hour");
        return Ok(());
    }
    let mut all: Vec<(&str, String)> = args.to_vec();
    all.push(("portal_url", app.settings.public_url.clone()));
    let subject = lang.t_args(&format!("mail-{}-subject", kind.key()), &all);
    let body = lang.t_args(&format!("mail-{}-body", kind.key()), &all);
    ctpat_store::outbox::enqueue(conn, to, &subject, &body, now, sent_by, kind.key()).await?;
    Ok(())
}

pub enum Transport {
    Smtp { transport: AsyncSmtpTransport<Tokio1Executor>, from: Mailbox },
    Files { dir: PathBuf, from: Mailbox },
}

impl Transport {
    pub fn from_settings(settings: &crate::Settings) -> Result<Transport, String> {
        let from: Mailbox =
            settings.mail_from.parse().map_err(|e| format!("invalid sender address {:?}: {e}", settings.mail_from))?;
        match &settings.smtp_url {
            Some(url) => {
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("invalid SMTP URL: {e}"))?
                    .timeout(Some(std::time::Duration::from_secs(15)))
                    .build();
                Ok(Transport::Smtp { transport, from })
            }
            None => Ok(Transport::Files { dir: settings.outbox_dir(), from }),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp { .. } => "SMTP".into(),
            Transport::Files { dir, .. } => format!("files in {}", dir.display()),
        }
    }

    async fn deliver(&self, msg: &ctpat_store::outbox::Message) -> Result<(), String> {
        let from = match self {
            Transport::Smtp { from, .. } | Transport::Files { from, .. } => from.clone(),
        };
        let to: Mailbox = msg.to_addr.parse().map_err(|e| format!("invalid recipient: {e}"))?;
        let email = Message::builder()
            .from(from)
            .to(to)
            .subject(msg.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(msg.body_text.clone())
            .map_err(|e| format!("cannot build message: {e}"))?;
        match self {
            Transport::Smtp { transport, .. } => {
                transport.send(email).await.map(|_| ()).map_err(|e| format!("SMTP: {e}"))
            }
            Transport::Files { dir, .. } => {
                tokio::fs::create_dir_all(dir).await.map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                let path = dir.join(format!("{:06}.eml", msg.id));
                tokio::fs::write(&path, email.formatted())
                    .await
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                tracing::info!(outbox_id = msg.id, path = %path.display(), "e-mail written to file");
                Ok(())
            }
        }
    }
}

/// After `attempts` failures: wait 1, 2, 4 … minutes (at most 6 hours); give up after 10.
fn retry_delay(attempts: i32) -> Option<Duration> {
    (attempts < 10).then(|| Duration::minutes(1i64 << attempts.clamp(0, 9)).min(Duration::hours(6)))
}

/// Deliver every due message once. Returns how many were sent.
pub async fn send_due(app: &App, transport: &Transport) -> crate::Result<usize> {
    let conn = app.db.conn();
    let claimed = ctpat_store::outbox::claim_due(conn, app.now(), Duration::minutes(5), 50).await?;
    let mut sent = 0;
    for msg in claimed {
        match transport.deliver(&msg).await {
            Ok(()) => {
                ctpat_store::outbox::mark_sent(conn, msg.id, app.now()).await?;
                sent += 1;
            }
            Err(error) => {
                let now = app.now();
                let retry = retry_delay(msg.attempts + 1).map(|d| now + d);
                tracing::warn!(outbox_id = msg.id, %error, gave_up = retry.is_none(), "e-mail delivery failed");
                ctpat_store::outbox::mark_failed(conn, msg.id, &error, now, retry).await?;
            }
        }
    }
    Ok(sent)
}

/// Run `send_due` every `every` until `shutdown` turns true.
pub fn spawn_sender(
    app: App,
    transport: Transport,
    every: std::time::Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(e) = send_due(&app, &transport).await {
                tracing::error!(error = %e, "outbox run failed");
            }
            tokio::select! {
                _ = tokio::time::sleep(every) => {}
                _ = shutdown.changed() => break,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff() {
        assert_eq!(retry_delay(1), Some(Duration::minutes(2)));
        assert_eq!(retry_delay(9), Some(Duration::hours(6)));
        assert_eq!(retry_delay(10), None);
    }
}
