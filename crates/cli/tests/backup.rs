//! `ctpat backup`: a copy of a live SQLite database taken while the portal writes, restored
//! into a new data directory, has an intact audit chain and rows that match it; the uploaded
//! files come with it.

use ctpat_app::staff::{Creator, NewStaff};
use ctpat_app::{App, RequestMeta, Settings, SystemClock};
use sea_orm::ConnectionTrait;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_ctpat");

fn ctpat(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    Command::new(BIN).args(args).current_dir(dir).env_remove("CTPAT_DATABASE_URL").output().expect("run ctpat")
}

async fn count(db: &ctpat_store::Db, sql: &str) -> i64 {
    let row =
        db.conn().query_one_raw(sea_orm::Statement::from_string(db.backend(), sql.to_string())).await.unwrap().unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_under_write_load_restores_with_an_intact_audit_chain() {
    ctpat_testkit::install_crypto();
    let dir = tempfile::tempdir().unwrap();
    let out = ctpat(&["migrate"], dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let data = dir.path().join("data");
    // An uploaded file, as the upload path leaves it.
    std::fs::create_dir_all(data.join("files/ab")).unwrap();
    std::fs::write(data.join("files/ab/abcdef"), b"%PDF-1.4 evidence").unwrap();

    // The portal writes without pause: staff members, each with its audit event and e-mail.
    let db = ctpat_store::Db::connect(&format!("sqlite://{}/ctpat.db", data.display())).await.unwrap();
    let app = App::new(db, Arc::new(SystemClock), Settings { data_dir: data.clone(), ..Settings::default() });
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicUsize::new(0));
    let writer = {
        let (app, stop, written) = (app.clone(), stop.clone(), written.clone());
        tokio::spawn(async move {
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                i += 1;
                let email = format!("writer{i}@cbp.example");
                let s = NewStaff { email: &email, name: "Load Writer", role: "scss", office: "", password: None };
                ctpat_app::staff::create(&app, Creator::HostOperator(RequestMeta::cli()), s).await.unwrap();
                written.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    while written.load(Ordering::Relaxed) < 20 {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let backup_dir = dir.path().to_path_buf();
    let out = tokio::task::spawn_blocking(move || ctpat(&["backup", "--to", "backup.tar"], &backup_dir)).await.unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(said.starts_with("backup: backup.tar (database ") && said.contains("1 files"), "{said}");
    let during = written.load(Ordering::Relaxed);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    writer.await.unwrap();
    assert!(written.load(Ordering::Relaxed) > during, "the portal kept writing while the backup ran");

    // Restore into a new data directory, as docs/operations.md says.
    let restored = dir.path().join("restored/data");
    std::fs::create_dir_all(&restored).unwrap();
    tar::Archive::new(std::fs::File::open(dir.path().join("backup.tar")).unwrap()).unpack(&restored).unwrap();
    assert_eq!(std::fs::read(restored.join("files/ab/abcdef")).unwrap(), b"%PDF-1.4 evidence");
    let out = ctpat(&["audit", "verify"], &dir.path().join("restored"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    let verified = String::from_utf8_lossy(&out.stdout).to_string();

    // The copy is one instant of the database: each staff member with its audit event.
    let copy = ctpat_store::Db::connect(&format!("sqlite://{}/ctpat.db", restored.display())).await.unwrap();
    let staff = count(&copy, "SELECT COUNT(*) FROM app_user WHERE staff_role IS NOT NULL").await;
    let events = count(&copy, "SELECT COUNT(*) FROM audit_event WHERE action = 'staff.created'").await;
    let all_events = count(&copy, "SELECT COUNT(*) FROM audit_event").await;
    assert_eq!(staff, events);
    assert!(staff >= 20 && (staff as usize) < written.load(Ordering::Relaxed), "{staff} of {written:?}");
    assert_eq!(verified.trim(), format!("verified {all_events} events"));

    // A second backup to the same file is refused rather than overwriting it.
    let out = ctpat(&["backup", "--to", "backup.tar"], dir.path());
    assert!(!out.status.success());
}
