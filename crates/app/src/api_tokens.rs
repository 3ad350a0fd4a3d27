//! The REST API's use cases: per-account tokens (created, listed, revoked; only a hash kept)
//! and the call log. Every call is audited through a group commit: each call waits until its
//! record is committed (so none is lost) while many calls share one transaction and one audit
//! event (so lookups do not serialize on the audit chain one by one).

use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::{Error, Result};
use crate::partner::reach;
use ctpat_domain::audit::Outcome;
use ctpat_domain::partner::Account;
use ctpat_domain::{Permission, Problem};
use ctpat_store::api_tokens::{self, NewToken};
use ctpat_store::audit::NewEvent;
use serde_json::json;
use sha2::{Digest, Sha256};
use tokio::sync::{mpsc, oneshot};

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiScope {
    /// Look up and verify partners, list connections.
    SviRead,
    /// Request, accept and decline connections.
    SviWrite,
}

impl ApiScope {
    pub const ALL: [ApiScope; 2] = [ApiScope::SviRead, ApiScope::SviWrite];

    pub fn key(self) -> &'static str {
        match self {
            ApiScope::SviRead => "svi:read",
            ApiScope::SviWrite => "svi:write",
        }
    }

    pub fn from_key(s: &str) -> Option<ApiScope> {
        ApiScope::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// A caller the API authenticated: the token and its account.
#[derive(Debug, Clone)]
pub struct Caller {
    pub token: TokenView,
    pub account: Account,
}

impl Caller {
    pub fn has(&self, scope: ApiScope) -> bool {
        self.token.scopes.split_whitespace().any(|s| s == scope.key())
    }

    pub fn by<'a>(&'a self, request_id: Option<&'a str>) -> crate::audit::By<'a> {
        crate::audit::By::Token { id: self.token.id, name: &self.token.name, request_id }
    }
}

const PREFIX: &str = "ctpat_";

/// A new secret: 256 random bits, URL-safe, recognisable by its prefix (for secret scanners).
fn new_secret() -> String {
    use base64::Engine;
    use rand::RngExt;
    let bytes: [u8; 32] = rand::rng().random();
    format!("{PREFIX}{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn parse_scopes(raw: &[String]) -> Result<String> {
    let mut keys: Vec<&'static str> = Vec::new();
    for r in raw {
        let s = ApiScope::from_key(r.trim()).ok_or_else(|| Error::field("scopes", Problem::new("err-choose-one")))?;
        if !keys.contains(&s.key()) {
            keys.push(s.key());
        }
    }
    if keys.is_empty() {
        return Err(Error::field("scopes", Problem::new("err-api-scopes")));
    }
    Ok(keys.join(" "))
}

fn parse_name(raw: &str) -> Result<String> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(Error::field("token_name", Problem::new("err-required")));
    }
    if name.chars().count() > 80 {
        return Err(Error::field("token_name", Problem::new("err-too-long").with("max", 80)));
    }
    Ok(name.to_string())
}

async fn insert<C: ctpat_store::ConnectionTrait>(
    conn: &C,
    app: &App,
    account_id: i64,
    name: &str,
    scopes: &str,
    by: Option<i64>,
) -> Result<(TokenView, String)> {
    insert_secret(conn, app, account_id, name, scopes, by, new_secret()).await
}

async fn insert_secret<C: ctpat_store::ConnectionTrait>(
    conn: &C,
    app: &App,
    account_id: i64,
    name: &str,
    scopes: &str,
    by: Option<i64>,
    secret: String,
) -> Result<(TokenView, String)> {
    let row = api_tokens::insert(
        conn,
        NewToken {
            account_id,
            name,
            prefix: &secret[..PREFIX.len() + 6],
            hash: &hash(&secret),
            scopes,
            by,
            now: app.now(),
        },
    )
    .await?;
    Ok((row.into(), secret))
}

/// Live tokens one account may hold: enough for every system of a company, few enough that
/// tokens cannot be minted to multiply anything kept per token.
pub const MAX_TOKENS: usize = 20;

/// How often a token's last use is written down.
const TOUCH_EVERY: chrono::Duration = chrono::Duration::minutes(1);

async fn within_cap<C: ctpat_store::ConnectionTrait>(conn: &C, account_id: i64) -> Result<()> {
    ctpat_store::accounts::lock(conn, account_id).await?;
    let live = api_tokens::of_account(conn, account_id).await?.iter().filter(|t| t.revoked_at.is_none()).count();
    if live >= MAX_TOKENS {
        return Err(Error::Refused(Problem::new("err-api-tokens-cap").with("max", MAX_TOKENS)));
    }
    Ok(())
}

/// An account Officer or Admin creates a token on the page. The secret is returned once.
pub async fn create(
    app: &App,
    actor: &Actor,
    account_id: i64,
    name: &str,
    scopes: &[String],
) -> Result<(TokenView, String)> {
    let name = parse_name(name);
    let scopes = parse_scopes(scopes);
    let (name, scopes) = match (name, scopes) {
        (Ok(n), Ok(s)) => (n, s),
        (n, s) => {
            let mut errs = Vec::new();
            for e in [n.err(), s.err()].into_iter().flatten() {
                if let Error::Invalid(v) = e {
                    errs.extend(v);
                }
            }
            return Err(Error::Invalid(errs));
        }
    };
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if r.is_staff() || !r.can(Permission::ManageApiTokens) {
        return Err(Error::Forbidden);
    }
    within_cap(&txn, account_id).await?;
    let (row, secret) = insert(&txn, app, account_id, &name, &scopes, Some(actor.user.id)).await?;
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, app.now(), "api-token.created", Outcome::Ok), account_id)
            .object("api_token", row.id)
            .after(json!({"name": row.name, "prefix": row.prefix, "scopes": row.scopes})),
    )
    .await?;
    txn.commit().await?;
    Ok((row, secret))
}

/// `ctpat api-token create --account <SVI number> --name NAME`: run by the operator.
pub async fn create_from_cli(app: &App, svi_number: &str, name: &str) -> Result<(TokenView, String)> {
    let number = ctpat_domain::svi::SviNumber::parse(svi_number).map_err(|p| Error::field("account", p))?;
    let name = parse_name(name)?;
    let scopes: Vec<String> = ApiScope::ALL.iter().map(|s| s.key().to_string()).collect();
    let scopes = parse_scopes(&scopes)?;
    let txn = app.db.begin().await?;
    let account = ctpat_store::accounts::by_svi(&txn, number.as_str()).await?.ok_or(Error::NotFound)?;
    within_cap(&txn, account.id).await?;
    let (row, secret) = insert(&txn, app, account.id, &name, &scopes, None).await?;
    let mut e = audit::anonymous(&crate::actor::RequestMeta::cli(), app.now(), "api-token.created", Outcome::Ok);
    e.actor = Some("cli".into());
    ctpat_store::audit::append(
        &txn,
        for_account(e, account.id)
            .object("api_token", row.id)
            .after(json!({"name": row.name, "prefix": row.prefix, "scopes": row.scopes})),
    )
    .await?;
    txn.commit().await?;
    Ok((row, secret))
}

pub struct TokensPage {
    pub reach: crate::partner::Reach,
    pub tokens: Vec<TokenView>,
    pub can_manage: bool,
}

pub async fn page(app: &App, actor: &Actor, account_id: i64) -> Result<TokensPage> {
    let r = reach(app.db.conn(), actor, account_id).await?;
    let can_manage = !r.is_staff() && r.can(Permission::ManageApiTokens);
    if !can_manage && !r.is_staff() {
        return Err(Error::Forbidden);
    }
    let tokens = api_tokens::of_account(app.db.conn(), account_id).await?.into_iter().map(TokenView::from).collect();
    Ok(TokensPage { tokens, can_manage, reach: r })
}

pub async fn revoke(app: &App, actor: &Actor, account_id: i64, token_id: i64) -> Result<()> {
    let txn = app.db.begin().await?;
    let r = reach(&txn, actor, account_id).await?;
    if r.is_staff() || !r.can(Permission::ManageApiTokens) {
        return Err(Error::Forbidden);
    }
    if !api_tokens::revoke(&txn, account_id, token_id, Some(actor.user.id), app.now()).await? {
        return Err(Error::NotFound);
    }
    ctpat_store::audit::append(
        &txn,
        for_account(audit::by(actor, app.now(), "api-token.revoked", Outcome::Ok), account_id)
            .object("api_token", token_id),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The caller behind a bearer secret, if the token is live and its account exists.
pub async fn authenticate(app: &App, secret: &str) -> Result<Option<Caller>> {
    if !secret.starts_with(PREFIX) || secret.len() > 100 {
        return Ok(None);
    }
    let conn = app.db.conn();
    let Some(token) = api_tokens::by_hash(conn, &hash(secret)).await? else { return Ok(None) };
    let Some(account) = ctpat_store::svi::accounts_by_ids(conn, &[token.account_id]).await?.into_iter().next() else {
        return Ok(None);
    };
    // An account that has left the program (removed, withdrawn, rejected, ineligible) has no
    // API: its tokens stop working without anyone revoking them.
    if account.status.is_closed() {
        return Ok(None);
    }
    // Use is recorded at most once a minute per token: a write per call would cost throughput.
    let now = app.now();
    if token.last_used_at.is_none_or(|t| now - t >= TOUCH_EVERY) {
        api_tokens::touch(conn, token.id, now, now - TOUCH_EVERY).await?;
    }
    Ok(Some(Caller { token: token.into(), account }))
}

/// One API call, for the audit trail.
#[derive(Debug, Clone)]
pub struct CallRecord {
    pub token_id: i64,
    pub token_name: String,
    pub account_id: i64,
    /// Method and path as called, e.g. `GET /api/v1/svi/SVI-7KQ2M9XA`.
    pub endpoint: String,
    /// The HTTP status answered.
    pub subject: String,
    pub request_id: Option<String>,
    /// The client address of the call.
    pub ip: Option<String>,
}

type Pending = (CallRecord, oneshot::Sender<bool>);

/// The group-commit writer of read calls.
#[derive(Clone)]
pub struct CallLog {
    tx: mpsc::Sender<Pending>,
}

/// Calls committed together at most.
const BATCH: usize = 512;

impl CallLog {
    pub fn spawn(app: App) -> CallLog {
        let (tx, mut rx) = mpsc::channel::<Pending>(8192);
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut batch = vec![first];
                while batch.len() < BATCH {
                    match rx.try_recv() {
                        Ok(p) => batch.push(p),
                        Err(_) => break,
                    }
                }
                let ok = match write_batch(&app, batch.iter().map(|(r, _)| r)).await {
                    Ok(()) => true,
                    Err(e) => {
                        tracing::error!(error = %e, calls = batch.len(), "could not audit API calls");
                        false
                    }
                };
                for (_, done) in batch {
                    let _ = done.send(ok);
                }
            }
        });
        CallLog { tx }
    }

    /// Record a call; returns once it is committed to the audit trail.
    pub async fn record(&self, rec: CallRecord) -> Result<()> {
        let (done, wait) = oneshot::channel();
        self.tx.send((rec, done)).await.map_err(|_| Error::Internal("call log stopped".into()))?;
        match wait.await {
            Ok(true) => Ok(()),
            _ => Err(Error::Internal("could not audit the call".into())),
        }
    }
}

/// One audit event per token in the batch, listing its calls.
async fn write_batch<'a>(app: &App, records: impl Iterator<Item = &'a CallRecord>) -> Result<()> {
    let mut groups: Vec<(i64, &str, i64, Vec<serde_json::Value>)> = Vec::new();
    for r in records {
        let call = json!({"call": r.endpoint, "status": r.subject, "request_id": r.request_id, "ip": r.ip});
        match groups.iter_mut().find(|g| g.0 == r.token_id) {
            Some(g) => g.3.push(call),
            None => groups.push((r.token_id, &r.token_name, r.account_id, vec![call])),
        }
    }
    let now = app.now();
    let txn = app.db.begin().await?;
    for (token_id, name, account_id, calls) in groups {
        let e = NewEvent {
            at: now,
            actor_id: None,
            actor: Some(format!("api-token:{token_id} {name}")),
            role: Some("api-token".into()),
            account_id: Some(account_id),
            action: "api.calls".into(),
            object_type: Some("api_token".into()),
            object_id: Some(token_id.to_string()),
            outcome: Outcome::Ok,
            request_id: None,
            before: None,
            after: Some(json!({"calls": calls})),
            // Each call carries its own client address (a batch mixes requests).
            ip: None,
            user_agent: None,
        };
        ctpat_store::audit::append(&txn, e).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// The demo deployment's token: public by design, like the demo passwords, so that every
/// `serve --demo` prints the same working token although only hashes are stored.
pub const DEMO_TOKEN: &str = "ctpat_demo-token-public-by-design-northwind-imports";

/// Make sure the demo token exists for `account_id` (idempotent).
pub async fn ensure_demo_token(app: &App, account_id: i64) -> Result<()> {
    if api_tokens::by_hash(app.db.conn(), &hash(DEMO_TOKEN)).await?.is_some() {
        return Ok(());
    }
    let txn = app.db.begin().await?;
    let scopes: Vec<String> = ApiScope::ALL.iter().map(|s| s.key().to_string()).collect();
    let (row, _) =
        insert_secret(&txn, app, account_id, "demo integration", &parse_scopes(&scopes)?, None, DEMO_TOKEN.into())
            .await?;
    let mut e = audit::anonymous(&crate::actor::RequestMeta::cli(), app.now(), "api-token.created", Outcome::Ok);
    e.actor = Some("demo loader".into());
    ctpat_store::audit::append(&txn, for_account(e, account_id).object("api_token", row.id)).await?;
    txn.commit().await?;
    Ok(())
}

/// An API token as its owners see it (never its secret or hash).
#[derive(Debug, Clone, PartialEq)]
pub struct TokenView {
    pub id: i64,
    pub account_id: i64,
    pub name: String,
    /// The first characters, shown in lists so people can tell tokens apart.
    pub prefix: String,
    /// Space-separated scopes, e.g. `svi:read svi:write`.
    pub scopes: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub created_by: Option<i64>,
    pub last_used_at: Option<chrono::DateTime<chrono::Utc>>,
    pub revoked_at: Option<chrono::DateTime<chrono::Utc>>,
    pub revoked_by: Option<i64>,
}

impl From<api_tokens::TokenRow> for TokenView {
    fn from(m: api_tokens::TokenRow) -> Self {
        TokenView {
            id: m.id,
            account_id: m.account_id,
            name: m.name,
            prefix: m.prefix,
            scopes: m.scopes,
            created_at: m.created_at,
            created_by: m.created_by,
            last_used_at: m.last_used_at,
            revoked_at: m.revoked_at,
            revoked_by: m.revoked_by,
        }
    }
}
