//! `ctpat` — the one binary: serve the portal, run migrations, manage staff users, verify the
//! audit chain, print the permission matrix.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use ctpat_app::{App, Settings, SystemClock};
use ctpat_store::Db;
use std::io::{BufRead, IsTerminal};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(name = "ctpat", version, about = "C-TPAT partnership portal")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct DbArgs {
    /// `sqlite://PATH` or `postgres://…`; default: a SQLite file under the data directory.
    #[arg(long, env = "CTPAT_DATABASE_URL")]
    database_url: Option<String>,
    /// Where the SQLite file and the e-mail outbox live.
    #[arg(long, env = "CTPAT_DATA_DIR", default_value = "data")]
    data_dir: PathBuf,
    /// The key that seals stored secrets (TOTP seeds, webhook signing keys): 32 bytes, base64.
    /// Default: `secret.key` in the data directory, created on first use. Keep it out of
    /// database backups.
    #[arg(long, env = "CTPAT_SECRET_KEY", hide_env_values = true)]
    secret_key: Option<String>,
}

impl DbArgs {
    fn url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| format!("sqlite://{}/ctpat.db", self.data_dir.display()))
    }

    async fn connect(&self) -> Result<Db> {
        Ok(Db::connect(&self.url()).await?)
    }

    /// The settings these arguments decide: the data directory and the sealing key.
    fn settings(&self) -> Settings {
        Settings {
            data_dir: self.data_dir.clone(),
            secret_key: self.secret_key.clone().map(ctpat_app::SecretText),
            ..Settings::default()
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (migrates the database first).
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate(DbArgs),
    /// Manage people who log in.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Check the audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Print the permission matrix as Markdown (the source of docs/permissions.md).
    Permissions,
    /// The Minimum Security Criteria catalog.
    Catalog {
        #[command(subcommand)]
        command: CatalogCommand,
    },
    /// Fill a database with synthetic accounts and connections for `bench/run` (not for
    /// production data: it writes no history).
    BenchSeed {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long, default_value_t = 100_000)]
        accounts: u64,
        /// Partners connected to the account the benchmark calls as.
        #[arg(long, default_value_t = 1_000)]
        partners: u64,
        /// Where to write the token, the partner numbers and the verify body.
        #[arg(long)]
        out: PathBuf,
    },
    /// API tokens of partner accounts.
    ApiToken {
        #[command(subcommand)]
        command: ApiTokenCommand,
    },
    /// The key that seals stored secrets.
    Secrets {
        #[command(subcommand)]
        command: SecretsCommand,
    },
}

#[derive(Subcommand)]
enum SecretsCommand {
    /// Reseal every stored secret under a new key, in one transaction. With the key file of the
    /// data directory, a new key is made and replaces the file; with `CTPAT_SECRET_KEY`, give the
    /// new key with `--new-key` and set it before the next start. Stop the servers first.
    Rotate {
        #[command(flatten)]
        db: DbArgs,
        /// The new key, 32 bytes in base64.
        #[arg(long, env = "CTPAT_NEW_SECRET_KEY", hide_env_values = true)]
        new_key: Option<String>,
    },
}

#[derive(Subcommand)]
enum ApiTokenCommand {
    /// Create a token (scopes svi:read and svi:write) for the account with this SVI number and
    /// print it once; only its hash is stored.
    Create {
        #[command(flatten)]
        db: DbArgs,
        /// The account's SVI number.
        #[arg(long)]
        account: String,
        /// A name to tell the token apart, e.g. the integrating system.
        #[arg(long)]
        name: String,
    },
}

#[derive(Subcommand)]
enum CatalogCommand {
    /// Check a catalog file: unique IDs, known categories and entity types, no empty text.
    /// Prints `FILE:LINE: problem` for each problem and exits 1, or a summary and exits 0.
    Check { file: PathBuf },
    /// Load a catalog file into the database as a new version (it becomes current).
    Load {
        #[command(flatten)]
        db: DbArgs,
        file: PathBuf,
    },
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    db: DbArgs,
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
    /// API calls per second one token may make on average.
    #[arg(long, env = "CTPAT_API_RATE", default_value_t = 50)]
    api_rate: u32,
    /// API calls one token may make in a burst.
    #[arg(long, env = "CTPAT_API_BURST", default_value_t = 100)]
    api_burst: u32,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a program staff user. The password is read from standard input; with
    /// --invite (or an empty line) an invitation e-mail is sent instead.
    Create {
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// scss, supervisor, hq or admin
        #[arg(long)]
        role: String,
        #[arg(long)]
        invite: bool,
        #[arg(long, env = "CTPAT_PUBLIC_URL", default_value = "http://127.0.0.1:8080")]
        public_url: String,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Walk the hash chain; exit 0 when intact, 1 with the first bad sequence number.
    Verify(DbArgs),
}

fn init_tracing(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("CTPAT_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    // One TLS provider (ring) for every outgoing HTTPS connection (webhook deliveries).
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => serve(args).await,
        Command::Migrate(db) => {
            let db = db.connect().await?;
            ctpat_store::migration::run(&db).await.context("migration failed")?;
            println!("migrations applied");
            Ok(ExitCode::SUCCESS)
        }
        Command::User { command: UserCommand::Create { db, email, name, role, invite, public_url } } => {
            let database = db.connect().await?;
            ctpat_store::migration::run(&database).await.context("migration failed")?;
            let password = if invite { None } else { read_password()? };
            let settings = Settings { public_url, ..db.settings() };
            let app = App::new(database, Arc::new(SystemClock), settings);
            let created = ctpat_app::staff::create(
                &app,
                ctpat_app::staff::Creator::HostOperator(ctpat_app::RequestMeta::cli()),
                ctpat_app::staff::NewStaff { email: &email, name: &name, role: &role, password: password.as_deref() },
            )
            .await
            .map_err(|e| describe_app_error(&e))?;
            if created.invited {
                // Deliver the invitation now: no server may be running.
                let transport = ctpat_app::mail::Transport::from_settings(&app.settings).map_err(anyhow::Error::msg)?;
                ctpat_app::mail::send_due(&app, &transport).await.map_err(|e| describe_app_error(&e))?;
                println!("created {} ({}); invitation sent via {}", created.user.email, role, transport.describe());
            } else {
                println!("created {} ({})", created.user.email, role);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Audit { command: AuditCommand::Verify(db) } => {
            let db = db.connect().await?;
            match ctpat_store::audit::verify(db.conn()).await? {
                ctpat_store::audit::Verification::Verified { events } => {
                    println!("verified {events} events");
                    Ok(ExitCode::SUCCESS)
                }
                ctpat_store::audit::Verification::Broken { seq, reason } => {
                    println!("audit chain broken at sequence number {seq}: {reason}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Catalog { command: CatalogCommand::Check { file } } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            match ctpat_app::catalog::parse(&text) {
                Ok(c) => {
                    println!(
                        "{}: ok — version {}, {} categories, {} criteria",
                        file.display(),
                        c.version,
                        c.categories.len(),
                        c.criteria.len()
                    );
                    let recalled: Vec<&str> = c.to_verify().map(|x| x.id.as_str()).collect();
                    if !recalled.is_empty() {
                        // Not a problem of the file: a reminder of what its authors could not check.
                        println!(
                            "note: {} criteria rest on recall (basis = \"recall\"); verify them against the CBP documents: {}",
                            recalled.len(),
                            recalled.join(", ")
                        );
                    }
                    if !c.known_gaps.is_empty() {
                        println!(
                            "note: known gaps (criteria this version does not carry): {}",
                            c.known_gaps.join(", ")
                        );
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(issues) => {
                    for i in &issues {
                        println!("{}:{}: {}", file.display(), i.line, i.message);
                    }
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Catalog { command: CatalogCommand::Load { db, file } } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let database = db.connect().await?;
            ctpat_store::migration::run(&database).await.context("migration failed")?;
            let app = App::new(database, Arc::new(SystemClock), db.settings());
            let id =
                ctpat_app::catalog::load(&app, ctpat_app::catalog::Loader::Host(ctpat_app::RequestMeta::cli()), &text)
                    .await
                    .map_err(|e| describe_app_error(&e))?;
            println!("loaded {} as catalog version {id}", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Secrets { command: SecretsCommand::Rotate { db, new_key } } => {
            let database = db.connect().await?;
            ctpat_store::migration::run(&database).await.context("migration failed")?;
            let app = App::new(database, Arc::new(SystemClock), db.settings());
            app.seal_key().map_err(|e| describe_app_error(&e))?;
            let from_file = db.secret_key.is_none();
            let (key, text) = match new_key {
                Some(k) => {
                    (ctpat_app::seal::SealKey::from_base64(&k).map_err(|e| anyhow::anyhow!("--new-key: {e}"))?, k)
                }
                None if from_file => ctpat_app::seal::SealKey::generate(),
                None => anyhow::bail!("the key comes from CTPAT_SECRET_KEY: give the new one with --new-key"),
            };
            // The new key is on disk before the database changes, so no outcome loses it.
            let (file, pending) = (db.data_dir.join("secret.key"), db.data_dir.join("secret.key.new"));
            if from_file {
                ctpat_app::seal::write_owner_only(&pending, &text).with_context(|| {
                    format!(
                        "cannot write {} (an earlier rotation may have left it: check which key the database uses)",
                        pending.display()
                    )
                })?;
            }
            let n = ctpat_app::seal::rotate(&app, &key).await.map_err(|e| describe_app_error(&e))?;
            if from_file {
                std::fs::rename(&pending, &file).with_context(|| {
                    format!(
                        "the secrets are resealed with the key in {}: move it to {}",
                        pending.display(),
                        file.display()
                    )
                })?;
                println!("resealed {n} secrets; the new key is in {}", file.display());
            } else {
                println!("resealed {n} secrets; set CTPAT_SECRET_KEY to the new key before the next start");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::ApiToken { command: ApiTokenCommand::Create { db, account, name } } => {
            let database = db.connect().await?;
            ctpat_store::migration::run(&database).await.context("migration failed")?;
            let app = App::new(database, Arc::new(SystemClock), db.settings());
            let (row, secret) = ctpat_app::api_tokens::create_from_cli(&app, &account, &name).await.map_err(|e| match e {
                ctpat_app::Error::NotFound => anyhow::anyhow!("no account has the SVI number {account}"),
                e => describe_app_error(&e),
            })?;
            eprintln!("created API token {} \"{}\" ({}); it is shown only now:", row.id, row.name, row.scopes);
            println!("{secret}");
            Ok(ExitCode::SUCCESS)
        }
        Command::BenchSeed { db, accounts, partners, out } => {
            let database = db.connect().await?;
            ctpat_store::migration::run(&database).await.context("migration failed")?;
            let app = App::new(database.clone(), Arc::new(SystemClock), db.settings());
            let now = app.now();
            let started = std::time::Instant::now();
            let txn = database.begin().await?;
            let user = ctpat_store::users::insert(
                &txn,
                ctpat_store::users::NewUser {
                    email: "bench-loader@bench.invalid",
                    name: "Bench loader",
                    password_hash: None,
                    email_verified_at: None,
                    staff_role: None,
                    now,
                },
            )
            .await?;
            let seeded = ctpat_store::bench_seed::seed(&txn, accounts, partners, user.id, now).await?;
            txn.commit().await?;
            // The batches assume consecutive ids; check the last account before trusting them.
            let last = ctpat_store::bench_seed::number(accounts - 1);
            let found = ctpat_store::accounts::by_svi(database.conn(), &last).await?.map(|a| a.id);
            if found != Some(seeded.viewer_id + accounts as i64 - 1) {
                bail!("seeded ids are not consecutive; use a fresh database");
            }
            let (_, token) = ctpat_app::api_tokens::create_from_cli(&app, &seeded.viewer_number, "bench")
                .await
                .map_err(|e| describe_app_error(&e))?;
            std::fs::create_dir_all(&out)?;
            std::fs::write(out.join("token"), &token)?;
            std::fs::write(out.join("numbers.txt"), seeded.partner_numbers.join("\n") + "\n")?;
            let mut verify: Vec<String> =
                seeded.partner_numbers.iter().cycle().take(9_000).cloned().collect::<Vec<_>>();
            verify.extend((0..1_000).map(|k| ctpat_store::bench_seed::number(accounts / 2 + k)));
            let body = format!(
                "{{\"svi_numbers\":[{}]}}",
                verify.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(",")
            );
            std::fs::write(out.join("verify.json"), body)?;
            println!(
                "seeded {} accounts and {} connections in {:.1}s; viewer {} ({} partners)",
                seeded.accounts,
                seeded.connections,
                started.elapsed().as_secs_f64(),
                seeded.viewer_number,
                seeded.partner_numbers.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Permissions => {
            print!("{}", ctpat_web::pages_doc::permissions_markdown());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn read_password() -> Result<Option<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("password (empty line to send an invitation instead): ");
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).context("cannot read the password from standard input")?;
    let pw = line.trim_end_matches(['\r', '\n']).to_string();
    Ok((!pw.is_empty()).then_some(pw))
}

/// One line naming what was wrong, in English (the CLI's language).
fn describe_app_error(e: &ctpat_app::Error) -> anyhow::Error {
    let en = ctpat_app::i18n::Lang::default();
    match e {
        ctpat_app::Error::Invalid(errors) => anyhow::anyhow!(
            "{}",
            errors.iter().map(|f| format!("--{}: {}", f.field, en.problem(&f.problem))).collect::<Vec<_>>().join("; ")
        ),
        ctpat_app::Error::Refused(p) => anyhow::anyhow!("{}", en.problem(p)),
        other => anyhow::anyhow!("{other}"),
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

async fn serve(args: ServeArgs) -> Result<ExitCode> {
    init_tracing(args.log_json);
    let db = args.db.connect().await?;
    ctpat_store::migration::run(&db).await.context("migration failed")?;
    let mut settings = Settings {
        public_url: args.public_url.clone().unwrap_or_else(|| format!("http://{}", args.listen)),
        require_staff_mfa: !(args.no_staff_mfa || args.demo),
        smtp_url: args.smtp_url.clone(),
        api_rate_per_second: args.api_rate,
        api_burst: args.api_burst,
        ..args.db.settings()
    };
    if let Some(from) = &args.mail_from {
        settings.mail_from = from.clone();
    }
    let app = App::new(db, Arc::new(SystemClock), settings);
    ctpat_app::catalog::ensure_loaded(&app).await.map_err(|e| describe_app_error(&e))?;
    ctpat_app::partner::lifecycle::backfill_response_due(&app).await.map_err(|e| describe_app_error(&e))?;
    // A bad or missing key stops the start with its reason, not the first login with a 500.
    app.seal_key().map_err(|e| describe_app_error(&e))?;
    let sealed = ctpat_app::seal::seal_existing(&app).await.map_err(|e| describe_app_error(&e))?;
    if sealed > 0 {
        tracing::info!(count = sealed, "sealed secrets stored before sealing existed");
    }
    let swept = ctpat_app::files::sweep_incoming(&app).await.map_err(|e| describe_app_error(&e))?;
    if swept > 0 {
        tracing::info!(count = swept, "removed files of uploads that a stop cut short");
    }
    if let Ok(Some(v)) = ctpat_app::catalog::shipped_not_loaded(&app).await {
        // A database from an earlier release: the new catalog moves open profiles, so HQ decides when.
        tracing::warn!(version = %v, "this release ships MSC catalog {v}, not loaded yet: HQ can load it on /program/catalog");
    }
    let transport = ctpat_app::mail::Transport::from_settings(&app.settings).map_err(anyhow::Error::msg)?;

    if args.demo {
        let logins = ctpat_app::demo::load(&app).await.map_err(|e| describe_app_error(&e))?;
        println!("demo: two-step verification for program staff is OFF in this demo deployment");
        for l in logins {
            println!("demo login: {} {} {}", l.role, l.email, l.password);
        }
        if let Some((svi, token)) = ctpat_app::demo::token(&app).await.map_err(|e| describe_app_error(&e))? {
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
    let sweeps =
        ctpat_app::partner::program::spawn_sweeps(app.clone(), std::time::Duration::from_secs(60), stop_tx.subscribe());
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
