//! The REST API under the requests a fuzzer or an attacker sends: methods and media types it
//! does not take, malformed path ids, schema-valid values, tokens of accounts that left the
//! program, many tokens against one account's rate, and caps on what an account may create.

use ctpat_testkit::api_client::{Api, token};
use ctpat_testkit::flows::{PW, act, officer_with_account};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn raw(t: &TestApp, method: &str, path: &str, token: &str, ct: Option<&str>, body: &str) -> reqwest::Response {
    let mut req = reqwest::Client::new().request(method.parse().unwrap(), format!("{}{path}", t.base));
    if !token.is_empty() {
        req = req.bearer_auth(token);
    }
    if let Some(ct) = ct {
        req = req.header("content-type", ct);
    }
    req.body(body.to_string()).send().await.unwrap()
}

async fn methods_a_path_does_not_serve_get_405_with_allow(db: TestDb) {
    let t = TestApp::spawn(db).await;
    for (method, path, allow) in [
        ("TRACE", "/api/v1/connections", "GET, HEAD, POST"),
        ("PUT", "/api/v1/svi/SVI-22222222", "GET, HEAD"),
        ("DELETE", "/api/v1/connections/1/accept", "POST"),
        ("PATCH", "/api/v1/openapi.json", "GET, HEAD"),
    ] {
        let res = raw(&t, method, path, "", None, "").await;
        assert_eq!(res.status().as_u16(), 405, "{method} {path}");
        assert_eq!(res.headers()["allow"].to_str().unwrap(), allow, "{method} {path}");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["type"], "/api/v1/problems/method-not-allowed");
    }
    for (method, path) in [("TRACE", "/login"), ("PUT", "/account"), ("GET", "/logout"), ("DELETE", "/accounts/1")] {
        let res = raw(&t, method, path, "", None, "").await;
        assert_eq!(res.status().as_u16(), 405, "{method} {path}: a page answers 405, not 403 or 500");
        assert!(res.headers().contains_key("allow"));
        assert!(res.text().await.unwrap().contains("does not accept that request"));
    }
}

async fn a_body_that_is_not_json_gets_415(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let tk = token(&ana, acme, "erp", &["svi:read", "svi:write"]).await;
    for ct in [Some("text/plain"), Some("application/x-www-form-urlencoded"), None] {
        let res = raw(&t, "POST", "/api/v1/connections", &tk, ct, r#"{"svi_number":"SVI-22222222"}"#).await;
        assert_eq!(res.status().as_u16(), 415, "{ct:?}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["type"], "/api/v1/problems/unsupported-media-type");
    }
    let res = raw(&t, "POST", "/api/v1/connections", &tk, Some("application/json; charset=utf-8"), "{}").await;
    assert_eq!(res.status().as_u16(), 422, "JSON with parameters is JSON");
    assert!(t.audit_actions().await.iter().any(|a| a == "api.calls"), "refused calls are audited too");
}

async fn a_malformed_path_id_gets_a_documented_problem(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let tk = token(&ana, acme, "erp", &["svi:read", "svi:write"]).await;
    let api = Api::new(&t).await;
    for id in ["abc", "-1", "0", "99999999999999999999", "1.5"] {
        let a = api
            .call(&tk, "POST", &format!("/api/v1/connections/{id}/accept"), "/api/v1/connections/{id}/accept", None)
            .await;
        assert_eq!(a.status, 400, "{id}");
        assert_eq!(a.body["errors"][0]["field"], "id");
    }
}

async fn values_valid_against_the_schema_are_accepted(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let tk = token(&ana, acme, "erp", &["svi:read", "svi:write"]).await;
    let api = Api::new(&t).await;
    let number = &api.doc["paths"]["/api/v1/svi/{number}"]["get"]["parameters"][0]["schema"];
    assert!(number["pattern"].as_str().unwrap().starts_with("^SVI-["), "{number}");
    let id = &api.doc["paths"]["/api/v1/connections/{id}/accept"]["post"]["parameters"][0]["schema"];
    assert_eq!(id["minimum"], 1);
    let verify = &api.doc["components"]["schemas"]["VerifyRequest"]["properties"]["svi_numbers"];
    assert_eq!(verify["maxItems"], 10_000);
    assert_eq!(verify["items"]["maxLength"], 100);
    // Any number the pattern allows is a lookup, not a validation error.
    for n in ["SVI-22222222", "SVI-ZZZZZZZZ", "SVI-2A3B4C5D"] {
        let a = api.call(&tk, "GET", &format!("/api/v1/svi/{n}"), "/api/v1/svi/{number}", None).await;
        assert_eq!(a.status, 404, "{n}");
    }
    // The longest list of the longest values fits the body limit.
    let long = "x".repeat(100);
    let body = serde_json::json!({ "svi_numbers": vec![long; 10_000] }).to_string();
    let a = api.call(&tk, "POST", "/api/v1/svi/verify", "/api/v1/svi/verify", Some(&body)).await;
    assert_eq!(a.status, 200);
    let too_long = serde_json::json!({ "svi_numbers": ["x".repeat(101)] }).to_string();
    let a = api.call(&tk, "POST", "/api/v1/svi/verify", "/api/v1/svi/verify", Some(&too_long)).await;
    assert_eq!((a.status, a.body["errors"][0]["field"].as_str()), (422, Some("svi_numbers[0]")));
}

async fn tokens_of_an_account_that_left_stop_working(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let tk = token(&ana, acme, "erp", &["svi:read"]).await;
    let n = t.svi_of(acme).await;
    let api = Api::new(&t).await;
    assert_eq!(api.call(&tk, "GET", "/api/v1/connections", "/api/v1/connections", None).await.status, 200);
    assert_eq!(act(&ana, acme, "withdraw", &[("confirm", "on"), ("password", PW)]).await.status, 303);
    // Past the cache of recently seen tokens.
    tokio::time::sleep(std::time::Duration::from_millis(5100)).await;
    let a = api.call(&tk, "GET", &format!("/api/v1/svi/{n}"), "/api/v1/svi/{number}", None).await;
    assert_eq!(a.status, 401);
}

async fn the_tokens_of_one_account_share_its_rate(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.api_rate_per_second = 1;
        s.api_burst = 3;
    })
    .await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let api = Api::new(&t).await;
    let mut statuses = Vec::new();
    for i in 0..4 {
        let tk = token(&ana, acme, &format!("token {i}"), &["svi:read"]).await;
        statuses.push(api.call(&tk, "GET", "/api/v1/connections", "/api/v1/connections", None).await.status);
    }
    assert_eq!(statuses, vec![200, 200, 200, 429], "a new token buys no new calls");
}

async fn an_account_holds_a_bounded_number_of_tokens_and_webhooks(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    for i in 0..ctpat_app::api_tokens::MAX_TOKENS {
        token(&ana, acme, &format!("token {i}"), &["svi:read"]).await;
    }
    let p =
        ana.post(&format!("/accounts/{acme}/api-tokens"), &[("token_name", "one more"), ("scopes", "svi:read")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("at most 20 live tokens");
    let hooks = format!("/accounts/{acme}/webhooks");
    for i in 0..ctpat_app::webhooks::MAX_WEBHOOKS {
        let p = ana.post(&hooks, &[("url", &format!("https://hooks.example.com/{i}"))]).await;
        assert_eq!(p.status, 200, "{}", p.body);
    }
    let p = ana.post(&hooks, &[("url", "https://hooks.example.com/more")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("at most 10 webhooks");
}

async fn the_api_answers_in_its_own_format_whatever_is_sent(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_account(&t, "ana@acme.example", "Acme Imports").await;
    let tk = token(&ana, acme, "erp", &["svi:read", "svi:write"]).await;
    // A path that does not exist, and a path parameter that is not text.
    for (path, status) in [("/api/v1/nope", 404), ("/api/v1/svi/%FF", 422)] {
        let res = raw(&t, "GET", path, &tk, None, "").await;
        assert_eq!(res.status().as_u16(), status, "{path}");
        assert_eq!(res.headers()["content-type"], "application/problem+json", "{path}");
    }
    // A body announced larger than the limit is refused at once, not after waiting for it.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let host = t.base.trim_start_matches("http://");
    let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
    let head = format!(
        "POST /api/v1/svi/verify HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {tk}\r\n\
         Content-Type: application/json\r\nContent-Length: 3000000\r\nConnection: close\r\n\r\n{{\"svi_numbers\": ["
    );
    s.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 64];
    let n = tokio::time::timeout(std::time::Duration::from_secs(5), s.read(&mut answer)).await.unwrap().unwrap();
    assert!(
        String::from_utf8_lossy(&answer[..n]).starts_with("HTTP/1.1 413"),
        "{}",
        String::from_utf8_lossy(&answer[..n])
    );
}

both_engines! {
    own_format => the_api_answers_in_its_own_format_whatever_is_sent;
}

both_engines! {
    method_not_allowed => methods_a_path_does_not_serve_get_405_with_allow;
    media_type => a_body_that_is_not_json_gets_415;
    path_id => a_malformed_path_id_gets_a_documented_problem;
    schema_valid => values_valid_against_the_schema_are_accepted;
    closed_account_tokens => tokens_of_an_account_that_left_stop_working;
    account_rate => the_tokens_of_one_account_share_its_rate;
    caps => an_account_holds_a_bounded_number_of_tokens_and_webhooks;
}
