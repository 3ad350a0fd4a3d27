//! E-mail delivery: real SMTP over loopback (lettre against a sink), `.eml` files when no
//! SMTP server is configured, and retries with backoff when delivery fails.

use chrono::Duration;
use ctpat_app::mail::{Transport, send_due};
use ctpat_testkit::smtp::SmtpSink;
use ctpat_testkit::{TestApp, TestDb, both_engines};

use ctpat_testkit::flows::PW;

async fn queue_a_reset(t: &TestApp, email: &str) {
    t.partner(email, PW).await;
    let b = t.browser();
    assert_eq!(b.post("/password/forgot", &[("email", email)]).await.status, 200);
}

async fn smtp_delivery(db: TestDb) {
    let (sink, url) = SmtpSink::start().await;
    let t = TestApp::spawn_with(db, |s| s.smtp_url = Some(url.clone())).await;
    queue_a_reset(&t, "kim@example.com").await;
    let transport = Transport::from_settings(&t.app.settings).unwrap();
    assert_eq!(send_due(&t.app, &transport).await.unwrap(), 1);
    let got = sink.received();
    assert_eq!(got.len(), 1);
    assert!(got[0].to[0].contains("kim@example.com"));
    assert!(got[0].data.contains("Subject: Reset your C-TPAT Portal password"), "{}", got[0].data);
    assert!(got[0].data.contains("/password/reset?token="));
    let row = &t.emails_to("kim@example.com").await[0];
    assert!(row.sent_at.is_some());
    // Nothing is sent twice.
    assert_eq!(send_due(&t.app, &transport).await.unwrap(), 0);
    assert_eq!(sink.received().len(), 1);
}

async fn file_delivery(db: TestDb) {
    let t = TestApp::spawn(db).await;
    queue_a_reset(&t, "lee@example.com").await;
    let transport = Transport::from_settings(&t.app.settings).unwrap();
    assert!(transport.describe().contains("outbox"));
    assert_eq!(send_due(&t.app, &transport).await.unwrap(), 1);
    let dir = t.app.settings.outbox_dir();
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].extension().is_some_and(|e| e == "eml"));
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("To: lee@example.com"));
    assert!(text.contains("Subject: Reset your C-TPAT Portal password"));
}

async fn retries_with_backoff(db: TestDb) {
    // A server that hangs up at once: delivery fails and is retried later. The port stays
    // ours for the whole test (a freed port could be taken by a parallel test's listener).
    let refuser = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = refuser.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((conn, _)) = refuser.accept().await {
            drop(conn);
        }
    });
    let t = TestApp::spawn_with(db, |s| s.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    queue_a_reset(&t, "max@example.com").await;
    let transport = Transport::from_settings(&t.app.settings).unwrap();
    assert_eq!(send_due(&t.app, &transport).await.unwrap(), 0);
    let row = t.emails_to("max@example.com").await.remove(0);
    assert_eq!(row.attempts, 1);
    assert!(row.last_error.is_some());
    assert!(row.sent_at.is_none() && row.failed_at.is_none());
    assert!(row.next_attempt_at > t.app.now());
    // Not due yet: no new attempt.
    send_due(&t.app, &transport).await.unwrap();
    assert_eq!(t.emails_to("max@example.com").await[0].attempts, 1);

    // The server comes up; once due, the message goes out.
    let (sink, url) = SmtpSink::start().await;
    let mut settings = (*t.app.settings).clone();
    settings.smtp_url = Some(url);
    let up = Transport::from_settings(&settings).unwrap();
    t.clock.advance(Duration::minutes(3));
    assert_eq!(send_due(&t.app, &up).await.unwrap(), 1);
    assert_eq!(sink.received().len(), 1);
    assert_eq!(t.emails_to("max@example.com").await[0].attempts, 2);
}

both_engines! {
    smtp => smtp_delivery;
    files => file_delivery;
    retries => retries_with_backoff;
}
