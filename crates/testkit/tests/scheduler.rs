//! The one scheduler, on both engines: reminders are planned ahead as jobs and sent once
//! whichever of two servers runs them; a server that dies holding a job commits nothing and the
//! job runs again when its lease runs out; a job that keeps failing waits for the system
//! administrator, who runs it again from the admin page.

use chrono::Duration;
use ctpat_app::scheduler::{Kind, LEASE};
use ctpat_testkit::flows::{PW, act, apply_as_importer, signed_in_partner};
use ctpat_testkit::{TestApp, TestDb, both_engines};
use std::sync::Arc;

/// `n` importer accounts assigned to sam@cbp.example (SCSS), so each has a 90-day certification
/// target whose reminders go to Sam. Returns the app and the accounts.
async fn accounts_with_targets(db: TestDb, n: usize) -> (TestApp, Vec<i64>) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam_id = t.user_id("sam@cbp.example").await.to_string();
    let mut ids = Vec::new();
    for i in 0..n {
        let email = format!("officer{i}@company{i}.example");
        let b = signed_in_partner(&t, &email).await;
        let id = apply_as_importer(&b, &format!("Company {i}"), &email).await;
        assert_eq!(act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await.status, 303);
        ids.push(id);
    }
    (t, ids)
}

/// A second server on the same database (its own connections, the same clock).
async fn second_server(t: &TestApp) -> ctpat_app::App {
    let db = ctpat_store::Db::connect(&t.db.url).await.expect("second connection");
    ctpat_app::App::new(db, t.clock.clone() as Arc<dyn ctpat_app::Clock>, (*t.app.settings).clone())
}

async fn reminders_to_sam(t: &TestApp) -> usize {
    t.emails_to("sam@cbp.example").await.iter().filter(|m| m.subject.contains("90-day target")).count()
}

async fn reminders_are_planned_ahead_and_shown_as_pending_jobs(db: TestDb) {
    let (t, ids) = accounts_with_targets(db, 1).await;
    let applied = t.app.now();
    t.clock.set(applied + Duration::days(59));
    assert_eq!(ctpat_app::jobs::run_due(&t.app, t.app.now()).await.unwrap(), 5, "the recurring jobs ran");
    let board = ctpat_app::jobs::board(&t.app, 100).await.unwrap();
    let planned: Vec<_> = board.jobs.iter().filter(|j| j.kind == "reminder.deadline").collect();
    assert_eq!(planned.len(), 1, "the 30-day reminder is planned a day ahead: {:?}", board.jobs);
    assert_eq!(planned[0].status, "pending");
    assert!(planned[0].key.contains(&format!(":{}:certification_target:", ids[0])), "{}", planned[0].key);
    assert_eq!(reminders_to_sam(&t).await, 0, "not sent before its time");
    t.clock.set(applied + Duration::days(60));
    ctpat_app::jobs::run_due(&t.app, t.app.now()).await.unwrap();
    assert_eq!(reminders_to_sam(&t).await, 1);
    ctpat_app::jobs::run_due(&t.app, t.app.now()).await.unwrap();
    assert_eq!(reminders_to_sam(&t).await, 1, "once");
}

async fn two_servers_send_each_reminder_once(db: TestDb) {
    let (t, _) = accounts_with_targets(db, 3).await;
    let b = second_server(&t).await;
    let applied = t.app.now();
    t.clock.set(applied + Duration::days(60));
    let now = t.app.now();
    for _ in 0..3 {
        let (x, y) = tokio::join!(ctpat_app::jobs::run_due(&t.app, now), ctpat_app::jobs::run_due(&b, now));
        x.unwrap();
        y.unwrap();
    }
    assert_eq!(reminders_to_sam(&t).await, 3, "one reminder per account, whichever server sent it");
    b.close().await;
}

async fn a_server_that_dies_holding_a_job_leaves_it_to_another(db: TestDb) {
    let (t, _) = accounts_with_targets(db, 1).await;
    let b = second_server(&t).await;
    let applied = t.app.now();
    t.clock.set(applied + Duration::days(60));
    let now = t.app.now();
    ctpat_app::jobs::plan_reminders(&t.app, now).await.unwrap();
    // Server A claims the reminder and dies mid-job: the lease is held, its work never commits.
    let held =
        ctpat_store::jobs::claim_due(t.db.db.conn(), now, LEASE, 10, Some(Kind::DeadlineReminder.key())).await.unwrap();
    assert_eq!(held.len(), 1);
    {
        use ctpat_store::TransactionTrait;
        let txn = t.db.db.conn().begin().await.unwrap();
        ctpat_store::outbox::enqueue(&txn, "sam@cbp.example", "90-day target (lost)", "x", now, None, "x")
            .await
            .unwrap();
        drop(txn); // the process is killed: the transaction rolls back
    }
    // Server B does not touch a job under someone else's lease…
    ctpat_app::jobs::run_due(&b, now).await.unwrap();
    assert_eq!(reminders_to_sam(&t).await, 0);
    // …and runs it once the lease has run out.
    t.clock.set(now + LEASE + Duration::seconds(1));
    ctpat_app::jobs::run_due(&b, t.app.now()).await.unwrap();
    assert_eq!(reminders_to_sam(&t).await, 1, "sent once, by the survivor");
    // Server A, back, cannot finish what B took over.
    let late = ctpat_store::jobs::finish(t.db.db.conn(), &held[0], t.app.now()).await;
    assert!(late.is_err(), "a stale claim cannot finish the job");
    let job = ctpat_store::jobs::find(t.db.db.conn(), held[0].id).await.unwrap().unwrap();
    assert_eq!((job.status.as_str(), job.attempts), ("done", 2));
    b.close().await;
}

async fn a_failing_job_waits_for_the_administrator(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.staff("ada@cbp.example", PW, "admin").await;
    t.staff("hal@cbp.example", PW, "hq").await;
    let now = t.app.now();
    // A reminder whose data was damaged by hand: every run fails.
    let bad = ctpat_store::jobs::NewJob {
        kind: Kind::DeadlineReminder.key(),
        key: "reminder:damaged",
        payload: "{}",
        run_at: now,
        max_attempts: 3,
    };
    assert!(ctpat_store::jobs::schedule(t.db.db.conn(), bad, now).await.unwrap());
    let mut at = now;
    for _ in 0..3 {
        ctpat_app::jobs::run_due(&t.app, at).await.unwrap();
        at += Duration::hours(1);
    }
    let job = ctpat_store::jobs::by_key(t.db.db.conn(), "reminder:damaged").await.unwrap().unwrap();
    assert_eq!(job.status, "failed");
    assert!(job.last_error.as_deref().unwrap_or("").contains("bad reminder payload"), "{job:?}");

    assert_eq!(t.signed_in("hal@cbp.example").await.get("/admin/jobs").await.status, 403, "HQ does not operate it");
    let ada = t.signed_in("ada@cbp.example").await;
    let page = ada.get("/admin/jobs").await;
    page.assert_contains("Scheduled jobs").assert_contains("reminder:damaged").assert_contains("Run again");
    let p = ada.post(&format!("/admin/jobs/{}/retry", job.id), &[]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let job = ctpat_store::jobs::find(t.db.db.conn(), job.id).await.unwrap().unwrap();
    assert_eq!((job.status.as_str(), job.attempts), ("pending", 0));
    let p = ada.post(&format!("/admin/jobs/{}/retry", job.id), &[]).await;
    assert_eq!(p.status, 422, "only a failed job runs again");
    assert_eq!(ada.post_without_csrf(&format!("/admin/jobs/{}/retry", job.id), &[]).await.status, 403);
    assert!(t.audit_actions().await.iter().any(|a| a == "job.retried"));
}

both_engines! {
    planned => reminders_are_planned_ahead_and_shown_as_pending_jobs;
    two_servers => two_servers_send_each_reminder_once;
    killed => a_server_that_dies_holding_a_job_leaves_it_to_another;
    failing => a_failing_job_waits_for_the_administrator;
}
