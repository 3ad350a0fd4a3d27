//! `ctpat serve`: the portal, its background jobs (e-mail, sweeps, webhooks) and a graceful stop.

use crate::db::{DbArgs, app_error};
use anyhow::{Context, Result, bail};
use clap::Args;
use ctpat_app::Settings;
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// Address to listen on.
    #[arg(long, env = "CTPAT_LISTEN", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,
    /// Public base URL used in e-mailed links (default: http://LISTEN).
    #[arg(long, env = "CTPAT_PUBLIC_URL")]
    public_url: Option<String>,
    /// SMTP server, e.g. smtp://localhost:25 or smtps://user:pass@mail.example.gov; without it,
    /// e-mails are written as .eml files under DATA_DIR/outbox.
    #[arg(long, env = "CTPAT_SMTP_URL")]
    smtp_url: Option<String>,
    /// Sender address of e-mails.
    #[arg(long, env = "CTPAT_MAIL_FROM")]
    mail_from: Option<String>,
    /// Do not require two-step verification for program staff (not for production).
    #[arg(long, env = "CTPAT_NO_STAFF_MFA")]
    no_staff_mfa: bool,
    /// Load demo data (once) and print the demo logins. Turns staff MFA off.
    #[arg(long)]
    demo: bool,
    /// Log as JSON lines.
    #[arg(long, env = "CTPAT_LOG_JSON")]
    log_json: bool,
    /// Seconds a server holds a claimed job before another may take it over (longer than the
    /// longest job).
    #[arg(long, env = "CTPAT_JOB_LEASE_SECONDS", default_value_t = 300)]
    job_lease_seconds: u32,
    /// Seconds between a server's looks for due jobs.
    #[arg(long, env = "CTPAT_JOB_INTERVAL_SECONDS", default_value_t = 20)]
    job_interval_seconds: u32,
    /// API calls per second one token may make on average.
    #[arg(long, env = "CTPAT_API_RATE", default_value_t = 50)]
    api_rate: u32,
    /// API calls one token may make in a burst.
    #[arg(long, env = "CTPAT_API_BURST", default_value_t = 100)]
    api_burst: u32,
}

fn init_tracing(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CTPAT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    // Colour codes only for a person at a terminal: a redirected log is plain lines.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(ansi);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Register for Ctrl-C and SIGTERM now (before the server says it listens, so a signal that
/// arrives right after start-up is never missed) and resolve when either arrives.
fn shutdown_signal() -> Result<impl std::future::Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .context("cannot listen for SIGTERM")?;
    #[cfg(unix)]
    let mut int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
        .context("cannot listen for Ctrl-C")?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down: finishing in-flight requests");
    })
}

pub async fn run(args: ServeArgs) -> Result<ExitCode> {
    init_tracing(args.log_json);
    let mut settings = Settings {
        public_url: args.public_url.clone().unwrap_or_else(|| format!("http://{}", args.listen)),
        require_staff_mfa: !(args.no_staff_mfa || args.demo),
        smtp_url: args.smtp_url.clone(),
        api_rate_per_second: args.api_rate,
        api_burst: args.api_burst,
        job_lease: chrono::Duration::seconds(i64::from(args.job_lease_seconds.max(1))),
        job_interval: std::time::Duration::from_secs(u64::from(args.job_interval_seconds.max(1))),
        ..args.db.settings()
    };
    if let Some(from) = &args.mail_from {
        settings.mail_from = from.clone();
    }
    let app = args.db.open(settings).await?;
    ctpat_app::catalog::ensure_loaded(&app).await.map_err(|e| app_error(&e))?;
    ctpat_app::partner::lifecycle::backfill_response_due(&app).await.map_err(|e| app_error(&e))?;
    // The program's timers as HQ set them (the deployment's values otherwise).
    ctpat_app::timers::load(&app).await.map_err(|e| app_error(&e))?;
    // A bad or missing key stops the start with its reason, not the first login with a 500.
    app.seal_key().map_err(|e| app_error(&e))?;
    let sealed = ctpat_app::seal::seal_existing(&app).await.map_err(|e| app_error(&e))?;
    if sealed > 0 {
        tracing::info!(count = sealed, "sealed secrets stored before sealing existed");
    }
    let swept = ctpat_app::files::sweep_incoming(&app).await.map_err(|e| app_error(&e))?;
    if swept > 0 {
        tracing::info!(count = swept, "removed files of uploads that a stop cut short");
    }
    if let Ok(Some(v)) = ctpat_app::catalog::shipped_not_loaded(&app).await {
        // A database from an earlier release: the new catalog moves open profiles, so HQ decides when.
        tracing::warn!(version = %v, "this release ships MSC catalog {v}, not loaded yet: HQ can load it on /program/catalog");
    }
    let transport = ctpat_app::mail::Transport::from_settings(&app.settings).map_err(anyhow::Error::msg)?;

    if args.demo {
        let logins = ctpat_app::demo::load(&app).await.map_err(|e| app_error(&e))?;
        println!("demo: two-step verification for program staff is OFF in this demo deployment");
        for l in logins {
            println!("demo login: {} {} {}", l.role, l.email, l.password);
        }
        if let Some((svi, token)) = ctpat_app::demo::token(&app).await.map_err(|e| app_error(&e))? {
            println!("demo token: {svi} {token}");
        }
    } else if !app.settings.require_staff_mfa {
        tracing::warn!("two-step verification for program staff is turned off");
    }

    let listener = match tokio::net::TcpListener::bind(args.listen).await {
        Ok(l) => l,
        Err(e) => bail!("cannot listen on {}: {e}", args.listen),
    };
    tracing::info!(email = %transport.describe(), "e-mail delivery");
    let shutdown = shutdown_signal()?;
    println!("listening on http://{}", listener.local_addr()?);

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let sender = ctpat_app::mail::spawn_sender(app.clone(), transport, std::time::Duration::from_secs(2), stop_rx);
    let sweeps = ctpat_app::jobs::spawn(app.clone(), app.settings.job_interval, stop_tx.subscribe());
    let deliverer =
        ctpat_app::webhooks::spawn_deliverer(app.clone(), std::time::Duration::from_secs(5), stop_tx.subscribe());
    let state = ctpat_web::AppState::new(app.clone());
    ctpat_web::serve(listener, state, shutdown).await.context("server error")?;
    let _ = stop_tx.send(true);
    let _ = sender.await;
    let _ = sweeps.await;
    let _ = deliverer.await;
    app.close().await;
    Ok(ExitCode::SUCCESS)
}
