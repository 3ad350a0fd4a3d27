//! A `ctpat serve` process killed (SIGKILL) in the middle of its scheduled jobs: another server
//! takes the jobs it had claimed once their lease runs out, and every person gets their daily
//! digest e-mail exactly once — none lost, none doubled.

use chrono::{Duration, Utc};
use ctpat_store::{Db, jobs, person_notices, users};
use sea_orm::ConnectionTrait;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_ctpat");
const PEOPLE: usize = 150;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A server on the data directory under `dir`, holding a claimed job for 2 s and looking for
/// due jobs every second.
fn serve(dir: &std::path::Path) -> Child {
    Command::new(BIN)
        .args(["serve", "--listen", &format!("127.0.0.1:{}", free_port())])
        .args(["--job-lease-seconds", "2", "--job-interval-seconds", "1", "--no-staff-mfa"])
        .current_dir(dir)
        .env_remove("CTPAT_DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn serve")
}

async fn count(db: &Db, sql: &str) -> i64 {
    let row = db.conn().query_one_raw(sea_orm::Statement::from_string(db.backend(), sql.to_string())).await;
    // The server may hold the write lock for a moment: a busy read counts as nothing yet.
    row.ok().flatten().and_then(|r| r.try_get_by_index::<i64>(0).ok()).unwrap_or(-1)
}

const DONE: &str = "SELECT COUNT(*) FROM job WHERE kind = 'digest' AND status = 'done'";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_killed_mid_job_loses_and_doubles_no_e_mail() {
    ctpat_testkit::install_crypto();
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN).arg("migrate").current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let db = Db::connect(&format!("sqlite://{}/data/ctpat.db", dir.path().display())).await.unwrap();

    // Each person has a notice waiting for their digest, and their digest job is due.
    let now = Utc::now();
    for i in 0..PEOPLE {
        let email = format!("person{i}@acme.example");
        let u = users::insert(
            db.conn(),
            users::NewUser {
                email: &email,
                name: "Digest Reader",
                password_hash: None,
                email_verified_at: Some(now),
                staff_role: None,
                now,
            },
        )
        .await
        .unwrap();
        person_notices::insert(
            db.conn(),
            person_notices::NewNotice {
                user_id: u.id,
                account_id: None,
                kind: "library",
                message: "centre-library-published",
                args: r#"{"text":{"title":"Seal guidance","version":"1.0","date":"2026-12-01"},"refs":{}}"#,
                link: "/library",
                channel: "digest",
                now,
            },
        )
        .await
        .unwrap();
        let payload = format!(r#"{{"user":{}}}"#, u.id);
        let key = format!("digest:{}:test", u.id);
        let job = jobs::NewJob {
            kind: "digest",
            key: &key,
            payload: &payload,
            run_at: now - Duration::minutes(1),
            max_attempts: 5,
        };
        assert!(jobs::schedule(db.conn(), job, now).await.unwrap());
    }

    // The first server starts on them and is killed as soon as it has finished one.
    let mut first = serve(dir.path());
    let deadline = Instant::now() + std::time::Duration::from_secs(60);
    while count(&db, DONE).await < 1 {
        assert!(Instant::now() < deadline, "the first server never ran a job");
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    first.kill().unwrap();
    first.wait().unwrap();
    let done = count(&db, DONE).await;
    assert!(done >= 1 && done < PEOPLE as i64, "killed in the middle of the work ({done} of {PEOPLE} done)");
    let stranded = count(&db, "SELECT COUNT(*) FROM job WHERE kind = 'digest' AND status = 'running'").await;
    assert!(stranded > 0, "the killed server left claimed jobs behind");

    // A second server takes everything over once the leases run out.
    let mut second = serve(dir.path());
    let deadline = Instant::now() + std::time::Duration::from_secs(90);
    while count(&db, DONE).await < PEOPLE as i64 {
        assert!(Instant::now() < deadline, "the second server did not finish: {} done", count(&db, DONE).await);
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Command::new("kill").args(["-TERM", &second.id().to_string()]).status().unwrap();
    second.wait().unwrap();

    // Exactly one digest per person, and nothing left waiting.
    for i in 0..PEOPLE {
        let mails = ctpat_store::outbox::to_address(db.conn(), &format!("person{i}@acme.example")).await.unwrap();
        assert_eq!(mails.len(), 1, "person{i} got {} digests", mails.len());
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM person_notification WHERE digested_at IS NULL").await, 0);
    assert!(
        count(&db, "SELECT COUNT(*) FROM job WHERE kind = 'digest' AND attempts > 1").await > 0,
        "the stranded jobs ran again"
    );
}
