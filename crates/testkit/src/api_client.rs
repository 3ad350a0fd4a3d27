//! A REST API client for tests: tokens made on the page, and calls whose every answer is
//! checked against the OpenAPI document the portal serves.

use crate::{Browser, TestApp, openapi};
use serde_json::Value;

/// Create a token on the page; returns the secret shown once.
pub async fn token(b: &Browser, id: i64, name: &str, scopes: &[&str]) -> String {
    let mut fields = vec![("token_name", name)];
    fields.extend(scopes.iter().map(|s| ("scopes", *s)));
    let p = b.post(&format!("/accounts/{id}/api-tokens"), &fields).await;
    assert_eq!(p.status, 200, "{}", p.body);
    p.assert_contains("shown only this once");
    let secret = p.body.split("id=\"new-token\" type=\"text\" readonly value=\"").nth(1).unwrap();
    secret.split('"').next().unwrap().to_string()
}

/// A client that checks each response against the served OpenAPI document.
pub struct Api {
    pub base: String,
    pub http: reqwest::Client,
    pub doc: Value,
}

pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Api {
    pub async fn new(t: &TestApp) -> Api {
        let http = reqwest::Client::new();
        let doc: Value =
            http.get(format!("{}/api/v1/openapi.json", t.base)).send().await.unwrap().json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."), "{doc}");
        Api { base: t.base.clone(), http, doc }
    }

    pub async fn call(&self, token: &str, method: &str, path: &str, template: &str, body: Option<&str>) -> Answer {
        let mut req = self.http.request(method.parse().unwrap(), format!("{}{path}", self.base));
        if !token.is_empty() {
            req = req.bearer_auth(token);
        }
        if let Some(b) = body {
            req = req.header("content-type", "application/json").body(b.to_string());
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let text = res.text().await.unwrap();
        let body: Value =
            if text.is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::Null) };
        let ct = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        if status >= 400 {
            assert_eq!(ct, "application/problem+json", "{method} {path} {status}: {text}");
            assert_eq!(body["status"].as_u64(), Some(status as u64), "{text}");
        }
        openapi::validate(&self.doc, method, template, status, &ct, &body);
        Answer { status, headers, body }
    }
}
