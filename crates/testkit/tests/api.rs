//! The REST API on both engines: tokens made on the page (secret shown once) and revoked;
//! every call checked against the OpenAPI document the portal serves; problems name the
//! field; unknown fields refused; scopes; rate limits with Retry-After; calls audited.

use ctpat_testkit::api_client::{Api, token};
use ctpat_testkit::flows::{PW, apply_as_importer};
use ctpat_testkit::{TestApp, TestDb, both_engines};
use serde_json::{Value, json};

async fn api_journey(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    for e in ["ana@acme.example", "bob@bolt.example", "cy@cargo.example"] {
        t.partner(e, PW).await;
    }
    let ana = t.signed_in("ana@acme.example").await;
    let bob = t.signed_in("bob@bolt.example").await;
    let cy = t.signed_in("cy@cargo.example").await;
    let acme = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let bolt = apply_as_importer(&bob, "Bolt Freight", "bob@bolt.example").await;
    let cargo = apply_as_importer(&cy, "Cargo Lines", "cy@cargo.example").await;
    let (n_acme, n_bolt) = (t.svi_of(acme).await, t.svi_of(bolt).await);

    // Tokens on the page: bad input named; the secret appears once; only a prefix is listed.
    let p = ana.post(&format!("/accounts/{acme}/api-tokens"), &[("token_name", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose at least one scope");
    let ta = token(&ana, acme, "ERP check", &["svi:read", "svi:write"]).await;
    assert!(ta.starts_with("ctpat_") && ta.len() > 40, "{ta}");
    let list = ana.get(&format!("/accounts/{acme}/api-tokens")).await;
    list.assert_contains("ERP check").assert_contains(&ta[..12]);
    assert!(!list.body.contains(&ta), "the secret is shown once only");
    let stored = t.db.scalar_i64("SELECT COUNT(*) FROM api_token").await;
    assert_eq!(stored, 1);
    assert_eq!(cy.get(&format!("/accounts/{acme}/api-tokens")).await.status, 404, "another company's page");
    let tb_read = token(&bob, bolt, "read only", &["svi:read"]).await;
    let tb = token(&bob, bolt, "bolt erp", &["svi:read", "svi:write"]).await;
    let tc = token(&cy, cargo, "cargo", &["svi:read", "svi:write"]).await;

    let api = Api::new(&t).await;
    // Authentication.
    let a = api.call("", "GET", &format!("/api/v1/svi/{n_bolt}"), "/api/v1/svi/{number}", None).await;
    assert_eq!(a.status, 401);
    assert!(a.headers.get("www-authenticate").is_some());
    let a = api.call("ctpat_nope", "GET", &format!("/api/v1/svi/{n_bolt}"), "/api/v1/svi/{number}", None).await;
    assert_eq!(a.status, 401);

    // Lookups: not connected, invalid, unknown.
    let a = api.call(&ta, "GET", &format!("/api/v1/svi/{n_bolt}"), "/api/v1/svi/{number}", None).await;
    assert_eq!((a.status, a.body["type"].as_str()), (403, Some("/api/v1/problems/not-connected")));
    let a = api.call(&ta, "GET", "/api/v1/svi/SVI-12", "/api/v1/svi/{number}", None).await;
    assert_eq!(a.status, 422);
    assert_eq!(a.body["errors"][0]["field"], "number");
    assert_eq!(a.body["errors"][0]["code"], "err-svi-format");
    let a = api.call(&ta, "GET", "/api/v1/svi/SVI-22222222", "/api/v1/svi/{number}", None).await;
    assert_eq!(a.status, 404);

    // Requests: unknown fields and wrong types refused by name; then a real request.
    let a = api
        .call(
            &ta,
            "POST",
            "/api/v1/connections",
            "/api/v1/connections",
            Some(&json!({"svi_number": n_bolt, "note": "hi"}).to_string()),
        )
        .await;
    assert_eq!(a.status, 422);
    assert_eq!(a.body["errors"][0]["field"], "note");
    let a = api.call(&ta, "POST", "/api/v1/connections", "/api/v1/connections", Some("[1]")).await;
    assert_eq!(a.status, 400);
    let a = api
        .call(&ta, "POST", "/api/v1/connections", "/api/v1/connections", Some(&json!({"svi_number": 7}).to_string()))
        .await;
    assert_eq!((a.status, a.body["errors"][0]["field"].as_str()), (422, Some("svi_number")));
    let a = api
        .call(
            &ta,
            "POST",
            "/api/v1/connections",
            "/api/v1/connections",
            Some(&json!({"svi_number": n_bolt}).to_string()),
        )
        .await;
    assert_eq!(a.status, 201, "{}", a.body);
    assert_eq!(a.body["status"], "pending");
    assert_eq!(a.body["direction"], "outgoing");
    let cid = a.body["id"].as_i64().unwrap();
    let a = api
        .call(
            &ta,
            "POST",
            "/api/v1/connections",
            "/api/v1/connections",
            Some(&json!({"svi_number": n_bolt}).to_string()),
        )
        .await;
    assert_eq!((a.status, a.body["reason"].as_str()), (409, Some("err-svi-already")));

    // Scopes: a read-only token cannot accept; the other token of Bolt can; not Cargo's.
    let accept = format!("/api/v1/connections/{cid}/accept");
    let a = api.call(&tb_read, "POST", &accept, "/api/v1/connections/{id}/accept", None).await;
    assert_eq!(a.status, 403);
    let a = api.call(&tc, "POST", &accept, "/api/v1/connections/{id}/accept", None).await;
    assert_eq!(a.status, 404, "another account's request");
    let a = api.call(&tb, "POST", &accept, "/api/v1/connections/{id}/accept", None).await;
    assert_eq!((a.status, a.body["status"].as_str()), (200, Some("accepted")));
    assert_eq!(a.body["partner"]["name"], "Acme Imports");
    let a = api.call(&tb, "POST", &accept, "/api/v1/connections/{id}/accept", None).await;
    assert_eq!(a.status, 409);

    // Connected: the lookup answers as Bolt's settings allow.
    let a = api.call(&ta, "GET", &format!("/api/v1/svi/{}", n_bolt.to_lowercase()), "/api/v1/svi/{number}", None).await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.body["name"], "Bolt Freight");
    assert_eq!(a.body["certified"], false);
    assert_eq!(a.body["tier"], Value::Null);
    assert_eq!(a.body["entity_type"], "importer");
    let a = api.call(&ta, "GET", "/api/v1/connections", "/api/v1/connections", None).await;
    assert_eq!(a.status, 200);
    assert_eq!(a.body["connections"].as_array().unwrap().len(), 1);

    // Bulk verification: results in order, one per input.
    let body = json!({"svi_numbers": [n_bolt, "junk", "SVI-22222222", n_acme, t.svi_of(cargo).await]}).to_string();
    let a = api.call(&ta, "POST", "/api/v1/svi/verify", "/api/v1/svi/verify", Some(&body)).await;
    assert_eq!(a.status, 200, "{}", a.body);
    let results: Vec<&str> =
        a.body["results"].as_array().unwrap().iter().map(|r| r["result"].as_str().unwrap()).collect();
    assert_eq!(results, ["not_certified", "invalid_format", "unknown", "not_certified", "not_connected"]);
    assert_eq!(a.body["results"][1]["input"], "junk");
    let a = api
        .call(
            &ta,
            "POST",
            "/api/v1/svi/verify",
            "/api/v1/svi/verify",
            Some(&json!({"svi_numbers": ["SVI-22222222", 5]}).to_string()),
        )
        .await;
    assert_eq!((a.status, a.body["errors"][0]["field"].as_str()), (422, Some("svi_numbers[1]")));
    let many: Vec<String> = (0..10_001).map(|_| "SVI-22222222".to_string()).collect();
    let a = api
        .call(&ta, "POST", "/api/v1/svi/verify", "/api/v1/svi/verify", Some(&json!({"svi_numbers": many}).to_string()))
        .await;
    assert_eq!((a.status, a.body["errors"][0]["code"].as_str()), (422, Some("err-too-many")));
    let a = api.call(&ta, "POST", "/api/v1/svi/verify", "/api/v1/svi/verify", Some("{}")).await;
    assert_eq!((a.status, a.body["errors"][0]["field"].as_str()), (422, Some("svi_numbers")));
    let ten_k: Vec<String> = (0..10_000).map(|_| n_bolt.clone()).collect();
    let a = api
        .call(&ta, "POST", "/api/v1/svi/verify", "/api/v1/svi/verify", Some(&json!({"svi_numbers": ten_k}).to_string()))
        .await;
    assert_eq!((a.status, a.body["results"].as_array().unwrap().len()), (200, 10_000));

    // Decline through the API blocks the requester.
    let a = api
        .call(
            &tc,
            "POST",
            "/api/v1/connections",
            "/api/v1/connections",
            Some(&json!({"svi_number": n_acme}).to_string()),
        )
        .await;
    assert_eq!(a.status, 201);
    let decline = format!("/api/v1/connections/{}/decline", a.body["id"]);
    let a = api.call(&ta, "POST", &decline, "/api/v1/connections/{id}/decline", None).await;
    assert_eq!(a.status, 204);
    let a = api
        .call(
            &tc,
            "POST",
            "/api/v1/connections",
            "/api/v1/connections",
            Some(&json!({"svi_number": n_acme}).to_string()),
        )
        .await;
    assert_eq!((a.status, a.body["reason"].as_str()), (409, Some("err-svi-blocked")));

    // Every call is attributed: reads batched into the chain, commands as their own events.
    let events = ctpat_store::audit::recent(t.db.db.conn(), None, None, 1000).await.unwrap();
    let reads: usize = events
        .iter()
        .filter(|e| e.action == "api.calls" && e.account_id == Some(acme))
        .map(|e| {
            let after: Value = serde_json::from_str(e.after.as_deref().unwrap_or("{}")).unwrap();
            after["calls"].as_array().map(|c| c.len()).unwrap_or(0)
        })
        .sum();
    assert_eq!(reads, 16, "every call of Acme's token, failed or not, is in the trail");
    assert!(
        events
            .iter()
            .any(|e| e.action == "svi.requested" && e.actor.as_deref().is_some_and(|a| a.starts_with("api-token:")))
    );
    assert!(events.iter().any(|e| e.action == "api-token.created"));
    let v = ctpat_store::audit::verify(t.db.db.conn()).await.unwrap();
    assert!(matches!(v, ctpat_store::audit::Verification::Verified { .. }));

    // Revoked: refused from then on.
    let page = ana.get(&format!("/accounts/{acme}/api-tokens")).await;
    let tid = page.body.split("/api-tokens/").nth(1).unwrap().split('/').next().unwrap().to_string();
    assert_eq!(ana.post(&format!("/accounts/{acme}/api-tokens/{tid}/revoke"), &[]).await.status, 303);
    let a = api.call(&ta, "GET", "/api/v1/connections", "/api/v1/connections", None).await;
    assert_eq!(a.status, 401);
    assert!(t.audit_actions().await.iter().any(|a| a == "api-token.revoked"));
}

async fn rate_limits(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.api_rate_per_second = 1;
        s.api_burst = 3;
    })
    .await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let acme = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let ta = token(&ana, acme, "busy", &["svi:read"]).await;
    let api = Api::new(&t).await;
    let mut statuses = Vec::new();
    let mut retry = None;
    for _ in 0..5 {
        let a = api.call(&ta, "GET", "/api/v1/connections", "/api/v1/connections", None).await;
        statuses.push(a.status);
        if a.status == 429 {
            retry = a.headers.get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_string);
            assert_eq!(a.body["type"], "/api/v1/problems/rate-limited");
        }
    }
    assert_eq!(&statuses[..3], &[200, 200, 200]);
    assert_eq!(statuses[3], 429);
    assert_eq!(retry.as_deref(), Some("1"));
    // Refused calls are attributed too.
    let calls = t.db.scalar_i64("SELECT COUNT(*) FROM audit_event WHERE action = 'api.calls'").await;
    assert!(calls >= 1);
    let events = ctpat_store::audit::recent(t.db.db.conn(), None, None, 100).await.unwrap();
    let statuses_logged: Vec<String> = events
        .iter()
        .filter(|e| e.action == "api.calls")
        .flat_map(|e| {
            let after: serde_json::Value = serde_json::from_str(e.after.as_deref().unwrap_or("{}")).unwrap();
            after["calls"].as_array().cloned().unwrap_or_default()
        })
        .map(|c| c["status"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(statuses_logged.len(), 5);
    assert_eq!(statuses_logged.iter().filter(|s| *s == "429").count(), statuses.iter().filter(|s| **s == 429).count());
}

/// A call that outlasts the request time limit (here a body sent slowly) is answered with a
/// problem document, not an HTML page.
async fn timeouts(db: TestDb) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let t = TestApp::spawn_with(db, |s| s.request_timeout = std::time::Duration::from_secs(2)).await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let acme = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let ta = token(&ana, acme, "slow", &["svi:read"]).await;
    let body = br#"{"numbers": ["SVI-AAAAAAAA"]}"#;
    let host = t.base.trim_start_matches("http://").to_string();
    let mut s = tokio::net::TcpStream::connect(&host).await.unwrap();
    let head = format!(
        "POST /api/v1/svi/verify HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {ta}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).await.unwrap();
    for chunk in body.chunks(6) {
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        if s.write_all(chunk).await.is_err() {
            break;
        }
    }
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("application/problem+json") && answer.contains("/api/v1/problems/timeout"), "{answer}");
    let doc: serde_json::Value =
        reqwest::get(format!("{}/api/v1/openapi.json", t.base)).await.unwrap().json().await.unwrap();
    assert!(doc["paths"]["/api/v1/svi/verify"]["post"]["responses"]["408"].is_object(), "408 is documented");
    // The stopped call is in the audit trail like any other.
    let events = ctpat_store::audit::recent(t.db.db.conn(), None, None, 100).await.unwrap();
    let logged: Vec<String> = events
        .iter()
        .filter(|e| e.action == "api.calls")
        .flat_map(|e| {
            let after: Value = serde_json::from_str(e.after.as_deref().unwrap_or("{}")).unwrap();
            after["calls"].as_array().cloned().unwrap_or_default()
        })
        .map(|c| c["status"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(logged.iter().any(|s| s == "408"), "{logged:?}");
}

both_engines! {
    api => api_journey;
    limits => rate_limits;
    timeout => timeouts;
}
