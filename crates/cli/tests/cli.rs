//! The `ctpat` binary itself: serve with demo data and a clean shutdown, migrate, clear
//! errors for bad databases, staff creation, and `audit verify` on both engines.

use ctpat_domain::audit::Outcome;
use ctpat_testkit::{TestDb, both_engines};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_ctpat");

fn ctpat(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(BIN).args(args).current_dir(dir).env_remove("CTPAT_DATABASE_URL").output().expect("run ctpat")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Start `ctpat serve --demo`, collect stdout until it listens, return (child, stdout lines).
fn start_demo(dir: &std::path::Path, port: u16) -> (std::process::Child, Vec<String>) {
    let mut child = Command::new(BIN)
        .args(["serve", "--demo", "--listen", &format!("127.0.0.1:{port}")])
        .current_dir(dir)
        .env_remove("CTPAT_DATABASE_URL")
        .stdout(Stdio::piped())
        // The log, redirected as a service manager does.
        .stderr(std::fs::OpenOptions::new().create(true).append(true).open(dir.join("serve.log")).expect("a log file"))
        .spawn()
        .expect("spawn serve");
    let mut lines = Vec::new();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let mut line = String::new();
        if out.read_line(&mut line).unwrap() == 0 {
            break;
        }
        let done = line.starts_with("listening on");
        lines.push(line.trim_end().to_string());
        if done {
            break;
        }
    }
    (child, lines)
}

fn terminate(child: &mut std::process::Child) -> i32 {
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            use std::os::unix::process::ExitStatusExt;
            return status.code().unwrap_or_else(|| -status.signal().unwrap_or(1000));
        }
        assert!(Instant::now() < deadline, "serve did not exit after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_demo_health_and_clean_shutdown() {
    ctpat_testkit::install_crypto();
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let (mut child, lines) = start_demo(dir.path(), port);
    assert!(dir.path().join("data/ctpat.db").exists(), "the default SQLite file is created: {lines:?}");
    assert!(dir.path().join("data/secret.key").exists(), "the sealing key is created next to it");
    for role in ["officer", "scss", "supervisor", "hq", "admin"] {
        let line = lines
            .iter()
            .find(|l| l.starts_with(&format!("demo login: {role} ")))
            .unwrap_or_else(|| panic!("no demo login for {role}: {lines:?}"));
        assert!(line.split(" ").count() >= 5, "{line}");
    }
    assert!(lines.iter().any(|l| l.contains("two-step verification for program staff is OFF")));

    let client = reqwest::Client::builder().tls_backend_rustls().build().unwrap();
    let res = client.get(format!("http://127.0.0.1:{port}/healthz")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let res = client.get(format!("http://127.0.0.1:{port}/readyz")).send().await.unwrap();
    assert_eq!(res.status(), 200, "the database answers with this release's schema");

    // A demo login works as printed.
    let b = ctpat_testkit::Browser::new(&format!("http://127.0.0.1:{port}"));
    let officer = lines.iter().find(|l| l.starts_with("demo login: officer ")).unwrap();
    let parts: Vec<&str> = officer.splitn(5, ' ').collect();
    assert_eq!(b.login(parts[3], parts[4]).await.status, 303);

    // The demo API token works as printed, and so does one made by `ctpat api-token create`.
    let token_line = lines.iter().find(|l| l.starts_with("demo token: ")).expect("a demo token line");
    let parts: Vec<&str> = token_line.split(' ').collect();
    let (svi, token) = (parts[2], parts[3]);
    let res =
        client.get(format!("http://127.0.0.1:{port}/api/v1/connections")).bearer_auth(token).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(body["connections"].as_array().unwrap().len() >= 2, "{body}");
    let out = ctpat(&["api-token", "create", "--account", svi, "--name", "CLI made"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let made = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(made.starts_with("ctpat_") && !made.contains(' '), "only the token on stdout: {made}");
    let res = client.get(format!("http://127.0.0.1:{port}/api/v1/svi/{svi}")).bearer_auth(&made).send().await.unwrap();
    assert_eq!(res.status(), 200, "its own account is visible to it");
    let out = ctpat(&["api-token", "create", "--account", "SVI-22222222", "--name", "x"], dir.path());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no account has the SVI number"));

    assert_eq!(terminate(&mut child), 0, "SIGTERM drains and exits 0");
    let log = std::fs::read_to_string(dir.path().join("serve.log")).unwrap();
    assert!(log.contains("INFO") && !log.contains('\u{1b}'), "plain lines when not at a terminal:\n{log}");

    // A second start loads nothing twice.
    let (mut again, lines2) = start_demo(dir.path(), port);
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("demo login:")).count(),
        lines2.iter().filter(|l| l.starts_with("demo login:")).count()
    );
    assert!(lines2.contains(token_line), "the same demo token on every start");
    assert_eq!(terminate(&mut again), 0);
    // The scheduler ran while the portal served: `ctpat jobs` lists its recurring jobs waiting
    // for their next time.
    let out = ctpat(&["jobs"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(listed.starts_with("jobs: pending "), "{listed}");
    assert!(listed.contains("sweep.suspensions") && listed.contains("plan.reminders"), "{listed}");
    assert!(listed.contains("reminder.finding"), "the demo's finding reminder is planned: {listed}");
    let url = format!("sqlite://{}/data/ctpat.db", dir.path().display());
    let db = ctpat_store::Db::connect(&url).await.unwrap();
    let users = ctpat_store::users::list_staff(db.conn()).await.unwrap();
    let staff_logins = ctpat_app::demo::LOGINS.iter().filter(|l| l.role != "officer").count();
    assert_eq!(users.len(), staff_logins, "demo staff created once");
}

/// `--log-json` writes one JSON object per line.
#[test]
fn serve_logs_json_lines_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let log = std::fs::File::create(dir.path().join("json.log")).unwrap();
    let mut child = Command::new(BIN)
        .args(["serve", "--log-json", "--no-staff-mfa", "--listen", &format!("127.0.0.1:{}", free_port())])
        .current_dir(dir.path())
        .env_remove("CTPAT_DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while out.read_line(&mut line).unwrap() > 0 && !line.starts_with("listening on") {
        line.clear();
    }
    assert_eq!(terminate(&mut child), 0);
    let text = std::fs::read_to_string(dir.path().join("json.log")).unwrap();
    assert!(!text.trim().is_empty());
    for l in text.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"));
        assert!(v["level"].is_string() && v["timestamp"].is_string(), "{l}");
    }
}

#[test]
fn migrate_and_clear_database_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = ctpat(&["migrate"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("data/ctpat.db").exists());
    // Idempotent.
    assert!(ctpat(&["migrate"], dir.path()).status.success());

    for bad in
        ["mysql://localhost/x", "postgres://nobody:secretpw@127.0.0.1:1/none", "sqlite:///proc/forbidden/dir/x.db"]
    {
        let out = ctpat(&["migrate", "--database-url", bad], dir.path());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{bad} should fail");
        assert_eq!(err.trim().lines().count(), 1, "one clear line for {bad}: {err}");
        assert!(err.starts_with("error: "), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(!err.contains("secretpw"), "no password in the message: {err}");
    }
}

#[test]
fn serve_refuses_a_bad_secret_key() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .args(["serve", "--listen", &format!("127.0.0.1:{}", free_port())])
        .current_dir(dir.path())
        .env_remove("CTPAT_DATABASE_URL")
        .env("CTPAT_SECRET_KEY", "not-a-key")
        .output()
        .expect("run ctpat");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("CTPAT_SECRET_KEY") && err.contains("base64"), "{err}");
    assert!(!err.contains("not-a-key"), "the value is not echoed: {err}");
}

/// `ctpat secrets rotate` reseals stored secrets under a new key and replaces the key file;
/// the old key no longer opens them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secrets_rotate() {
    let dir = tempfile::tempdir().unwrap();
    let out = ctpat(
        &["user", "create", "--email", "hugo@example.gov", "--name", "Hugo", "--role", "hq", "--invite"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let url = format!("sqlite://{}/data/ctpat.db", dir.path().display());
    let settings = || ctpat_app::Settings { data_dir: dir.path().join("data"), ..ctpat_app::Settings::default() };
    let db = ctpat_store::Db::connect(&url).await.unwrap();
    let app = ctpat_app::App::new(db.clone(), std::sync::Arc::new(ctpat_app::SystemClock), settings());
    let hugo = ctpat_store::users::find_by_email(db.conn(), "hugo@example.gov").await.unwrap().unwrap();
    let sealed = app.seal("3132333435363738393031323334353637383930").unwrap();
    ctpat_store::users::begin_totp(db.conn(), &hugo, sealed.clone(), app.now()).await.unwrap();
    let old_key = std::fs::read_to_string(dir.path().join("data/secret.key")).unwrap();

    let out = ctpat(&["secrets", "rotate"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("resealed 1 secrets"));
    let new_key = std::fs::read_to_string(dir.path().join("data/secret.key")).unwrap();
    assert_ne!(new_key, old_key);
    assert!(!dir.path().join("data/secret.key.new").exists());
    let stored =
        ctpat_store::users::find_by_email(db.conn(), "hugo@example.gov").await.unwrap().unwrap().totp_secret.unwrap();
    assert_ne!(stored, sealed);
    let fresh = ctpat_app::App::new(db.clone(), std::sync::Arc::new(ctpat_app::SystemClock), settings());
    assert_eq!(fresh.open(&stored).unwrap(), "3132333435363738393031323334353637383930");
    assert!(ctpat_app::seal::SealKey::from_base64(&old_key).unwrap().open(&stored).is_err());
    assert!(t_audit(&db).await.iter().any(|a| a == "secrets.rotated"));

    // A key given in the environment needs the new one given too.
    let out = Command::new(BIN)
        .args(["secrets", "rotate"])
        .current_dir(dir.path())
        .env_remove("CTPAT_DATABASE_URL")
        .env("CTPAT_SECRET_KEY", new_key.trim())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--new-key"));
}

async fn t_audit(db: &ctpat_store::Db) -> Vec<String> {
    ctpat_store::audit::recent(db.conn(), None, None, 50).await.unwrap().into_iter().map(|e| e.action).collect()
}

#[test]
fn user_create_with_password_or_invitation() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(["user", "create", "--email", "Sara@Example.gov", "--name", "Sara Specialist", "--role", "scss"])
        .current_dir(dir.path())
        .env_remove("CTPAT_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"sara picks a long passphrase\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("created sara@example.gov (scss)"));

    let out = ctpat(
        &["user", "create", "--email", "hugo@example.gov", "--name", "Hugo HQ", "--role", "hq", "--invite"],
        dir.path(),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let eml: Vec<_> = std::fs::read_dir(dir.path().join("data/outbox")).unwrap().collect();
    assert_eq!(eml.len(), 1, "the invitation is written as an .eml file");

    let out = ctpat(&["user", "create", "--email", "x", "--name", "", "--role", "pilot", "--invite"], dir.path());
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--email") && err.contains("--name") && err.contains("--role"), "{err}");
    let out = ctpat(
        &["user", "create", "--email", "hugo@example.gov", "--name", "Hugo", "--role", "hq", "--invite"],
        dir.path(),
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
}

async fn audit_verify_cli(t: TestDb) {
    for i in 0..5 {
        let txn = t.db.begin().await.unwrap();
        ctpat_store::audit::append(
            &txn,
            ctpat_store::audit::NewEvent {
                at: ctpat_app::clock::truncate(chrono::Utc::now()),
                actor_id: None,
                actor: Some("cli-test".into()),
                role: None,
                account_id: None,
                action: format!("test.{i}"),
                object_type: None,
                object_id: None,
                outcome: Outcome::Ok,
                request_id: None,
                before: None,
                after: Some(serde_json::json!({"i": i})),
                ip: None,
                user_agent: None,
            },
        )
        .await
        .unwrap();
        txn.commit().await.unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let out = ctpat(&["audit", "verify", "--database-url", &t.url], dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "verified 5 events");

    if t.is_postgres() {
        t.exec("ALTER TABLE audit_event DISABLE TRIGGER USER").await.unwrap();
    } else {
        t.exec("DROP TRIGGER audit_event_no_update").await.unwrap();
    }
    t.exec("UPDATE audit_event SET action = 'forged' WHERE seq = 3").await.unwrap();
    let out = ctpat(&["audit", "verify", "--database-url", &t.url], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("sequence number 3"), "{text}");
}

both_engines! {
    audit_verify => audit_verify_cli;
}

#[test]
fn catalog_check_names_lines() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog/msc-2019.toml");
    let out = ctpat(&["catalog", "check", shipped], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("12 categories"), "{stdout}");
    // The criteria written from recall are listed for HQ to verify; no gaps are left.
    assert!(stdout.contains("criteria rest on recall") && stdout.contains("5.17, 5.18"), "{stdout}");
    assert!(!stdout.contains("known gaps"), "{stdout}");

    let text = std::fs::read_to_string(shipped).unwrap().replacen("id = \"4.3\"", "id = \"4.2\"", 1);
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, &text).unwrap();
    let out = ctpat(&["catalog", "check", bad.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().enumerate().filter(|(_, l)| *l == "id = \"4.2\"").nth(1).unwrap().0;
    assert!(stdout.contains(&format!("bad.toml:{line}: criterion 4.2 is defined twice")), "{stdout}");
}

#[test]
fn catalog_check_reports_a_criterion_missing_a_translation() {
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog/msc-2019.toml")).unwrap();
    assert!(shipped.contains("languages = [\"es\", \"fr\"]"));
    // Criterion 2.3 loses its French text; category 4 its Spanish name.
    let start = shipped.find("id = \"2.3\"").unwrap();
    let mut text = shipped.replacen("translation.es.name = \"Ciberseguridad\"\n", "", 1);
    for l in shipped[start..].lines().filter(|l| l.starts_with("translation.fr.")).take(2) {
        text = text.replacen(&format!("{l}\n"), "", 1);
    }
    let file = dir.path().join("partial.toml");
    std::fs::write(&file, &text).unwrap();
    let out = ctpat(&["catalog", "check", file.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().position(|l| l == "id = \"2.3\"").unwrap();
    assert!(stdout.contains(&format!("partial.toml:{line}: criterion 2.3 has no translation in `fr`")), "{stdout}");
    assert!(stdout.contains("category 4 has no name in `es`"), "{stdout}");
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
}

async fn catalog_versions(t: TestDb) {
    let dir = tempfile::tempdir().unwrap();
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog/msc-2019.toml");
    let out = ctpat(&["catalog", "load", "--database-url", &t.url, shipped], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = ctpat(&["catalog", "load", "--database-url", &t.url, shipped], dir.path());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already loaded"));
    let (_, current) = ctpat_store::catalog::current(t.db.conn()).await.unwrap().unwrap();
    assert_eq!(
        current,
        ctpat_app::catalog::parse(&std::fs::read_to_string(shipped).unwrap()).unwrap(),
        "stored as loaded"
    );
}

both_engines! {
    catalog => catalog_versions;
}
