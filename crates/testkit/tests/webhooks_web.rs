//! Webhooks on both engines: an account registers an endpoint (secret shown once); a connected
//! partner's status change is delivered signed (HMAC-SHA256 over `timestamp.body`), retried
//! with backoff after a failure, and every result shows on the page.

use axum::Router;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use chrono::Duration;
use ctpat_testkit::flows::{PW, act, apply_as_importer, approve_profile};
use ctpat_testkit::{TestApp, TestDb, both_engines};
use std::sync::{Arc, Mutex};

type Received = Arc<Mutex<Vec<(HeaderMap, String)>>>;

/// A receiving system: records each request; answers 500 first, then 200.
async fn receiver() -> (String, Received) {
    let got: Received = Arc::default();
    let seen = got.clone();
    let app = Router::new().route(
        "/hook",
        post(move |headers: HeaderMap, body: String| {
            let seen = seen.clone();
            async move {
                let mut v = seen.lock().unwrap();
                v.push((headers, body));
                if v.len() == 1 { StatusCode::INTERNAL_SERVER_ERROR } else { StatusCode::OK }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://127.0.0.1:{}/hook", listener.local_addr().unwrap().port());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, got)
}

async fn deliveries(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.require_staff_mfa = false;
        s.webhooks_allow_loopback_http = true;
    })
    .await;
    t.partner("ana@acme.example", PW).await;
    t.partner("bob@bolt.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    let bob = t.signed_in("bob@bolt.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let acme = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let bolt = apply_as_importer(&bob, "Bolt Freight", "bob@bolt.example").await;
    let n_bolt =
        ctpat_store::svi::accounts_by_ids(t.db.db.conn(), &[bolt]).await.unwrap()[0].svi_number.clone().unwrap();
    // Bolt accepts automatically, so Acme's request connects them.
    bob.post(&format!("/accounts/{bolt}/svi/settings"), &[("auto_accept", "on"), ("scope", "all")]).await;
    assert_eq!(ana.post(&format!("/accounts/{acme}/svi/request"), &[("svi_number", &n_bolt)]).await.status, 303);

    // Registering: only HTTPS (loopback HTTP is allowed in this test deployment).
    let hooks = format!("/accounts/{acme}/webhooks");
    for bad in [
        "ftp://example.com/x",
        "http://example.com/x",
        "not a url",
        "https://192.168.1.10/hook",
        "https://[fd00::1]/x",
        "https://[::127.0.0.1]/x",
        "https://[::ffff:0:127.0.0.1]/x",
        "https://[64:ff9b:1::10.0.0.1]/x",
    ] {
        let p = ana.post(&hooks, &[("url", bad)]).await;
        assert_eq!(p.status, 422, "{bad}");
        p.assert_contains("value=\"");
    }
    ana.post(&hooks, &[("url", "http://example.com/x")]).await.assert_contains("must start with https://");
    ana.post(&hooks, &[("url", "https://169.254.169.254/latest")]).await.assert_contains("private or internal network");
    let (url, got) = receiver().await;
    let p = ana.post(&hooks, &[("url", &url)]).await;
    assert_eq!(p.status, 200, "{}", p.body);
    let secret = p.body.split("id=\"new-secret\" type=\"text\" readonly value=\"").nth(1).unwrap();
    let secret = secret.split('"').next().unwrap().to_string();
    assert!(!ana.get(&hooks).await.body.contains(&secret), "the secret is shown once");
    // Stored sealed with the deployment key, not as shown.
    let stored: Vec<String> = {
        use sea_orm::EntityTrait;
        let rows = ctpat_store::entity::webhook::Entity::find().all(t.db.db.conn()).await.unwrap();
        rows.into_iter().map(|w| w.secret).collect()
    };
    assert_eq!(stored.len(), 1);
    assert!(stored[0].starts_with("sealed:v1:") && !stored[0].contains(&secret), "{stored:?}");
    assert_eq!(t.app.open(&stored[0]).unwrap(), secret);
    assert_eq!(bob.get(&hooks).await.status, 404, "another company's webhooks");

    // Bolt's status changes: one delivery queued for Acme's endpoint.
    let sue_id =
        ctpat_store::users::find_by_email(t.db.db.conn(), "sam@cbp.example").await.unwrap().unwrap().id.to_string();
    assert_eq!(act(&sue, bolt, "assign-scss", &[("scss", &sue_id)]).await.status, 303);
    ana.get(&hooks).await.assert_contains("Queued").assert_contains("partner.status_changed");
    let client = ctpat_app::webhooks::client(true);
    assert_eq!(ctpat_app::webhooks::deliver_due(&t.app, &client).await.unwrap(), 1);
    ana.get(&hooks).await.assert_contains("Will retry: HTTP 500");
    // Not due again until the backoff has passed.
    assert_eq!(ctpat_app::webhooks::deliver_due(&t.app, &client).await.unwrap(), 0);
    t.clock.advance(Duration::seconds(61));
    assert_eq!(ctpat_app::webhooks::deliver_due(&t.app, &client).await.unwrap(), 1);
    ana.get(&hooks).await.assert_contains("Delivered (HTTP 200)");

    // The receiver can check the signature and read the event.
    let received = got.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let (headers, body) = &received[1];
    let ts: i64 = headers["x-ctpat-timestamp"].to_str().unwrap().parse().unwrap();
    let sig = headers["x-ctpat-signature"].to_str().unwrap();
    assert_eq!(sig, format!("sha256={}", ctpat_app::webhooks::signature(&secret, ts, body)));
    assert_ne!(sig, format!("sha256={}", ctpat_app::webhooks::signature("whsec_other", ts, body)));
    let event: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(event["event"], "partner.status_changed");
    assert_eq!(event["partner"]["svi_number"], n_bolt.as_str());
    assert_eq!(event["partner"]["name"], "Bolt Freight");
    assert_eq!(event["partner"]["previous_status"], "applicant");
    assert_eq!(received[0].1, received[1].1, "a retry sends the same event");

    // A removed endpoint gets nothing more.
    let page = ana.get(&hooks).await;
    let wid = page.body.split("/webhooks/").nth(1).unwrap().split('/').next().unwrap().to_string();
    assert_eq!(ana.post(&format!("{hooks}/{wid}/remove"), &[]).await.status, 303);
    approve_profile(&t, &bob, &sam, bolt).await;
    assert_eq!(act(&sam, bolt, "recommend-certification", &[]).await.status, 303);
    assert_eq!(act(&sue, bolt, "certify", &[]).await.status, 303);
    ana.get(&format!("/accounts/{acme}/notifications")).await.assert_contains("to Certified");
    t.clock.advance(Duration::hours(1));
    assert_eq!(ctpat_app::webhooks::deliver_due(&t.app, &client).await.unwrap(), 0);
    let actions = t.audit_actions().await;
    assert!(actions.iter().any(|a| a == "webhook.created") && actions.iter().any(|a| a == "webhook.removed"));
}

both_engines! {
    webhooks => deliveries;
}
