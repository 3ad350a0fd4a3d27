//! Web hygiene: every route declares a policy and the policy holds; CSRF; headers; error
//! pages that leak nothing; body limits.

use axum::Router;
use axum::http::{Method, StatusCode};
use axum::routing::get;
use ctpat_testkit::{TestApp, TestDb};
use ctpat_web::Policy;
use tower::ServiceExt;

use ctpat_testkit::flows::PW;

fn sample_path(path: &str) -> String {
    path.replace("{id}", "999999")
}

/// Walk the route table: each route has a policy, and an anonymous visitor or a partner
/// without the permission gets exactly what the policy says.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_enforces_its_policy() {
    let t = TestApp::spawn_with(TestDb::sqlite().await, |s| s.require_staff_mfa = false).await;
    let (_, table) = ctpat_web::build_router(ctpat_web::AppState::new(t.app.clone()));
    assert!(table.len() >= 25, "route table: {table:?}");
    let mut seen = std::collections::HashSet::new();
    for r in &table {
        assert!(seen.insert((r.method.clone(), r.path)), "{} {} declared twice", r.method, r.path);
    }

    t.partner("pat@example.com", PW).await;
    let anon = t.browser();
    let partner = t.browser();
    assert_eq!(partner.login("pat@example.com", PW).await.status, 303);

    // Signing out ends the partner's session: walk it last.
    let mut ordered: Vec<_> = table.iter().collect();
    ordered.sort_by_key(|r| r.path == "/logout");
    for r in ordered {
        let path = sample_path(r.path);
        let (anon_page, partner_page) = if r.method == Method::GET {
            (anon.get(&path).await, partner.get(&path).await)
        } else {
            (anon.post(&path, &[]).await, partner.post(&path, &[]).await)
        };
        assert_ne!(anon_page.status, 500, "{} {} answered 500", r.method, r.path);
        assert_ne!(partner_page.status, 500, "{} {} answered 500 to a partner", r.method, r.path);
        let to_login =
            anon_page.status == 303 && anon_page.location.as_deref().is_some_and(|l| l.starts_with("/login"));
        match r.policy {
            Policy::Public => assert!(!to_login && anon_page.status != 403, "{} {} is public", r.method, r.path),
            Policy::Staff(_) | Policy::StaffAnyOf(_) => {
                assert!(to_login, "{} {} must send anonymous visitors to sign in", r.method, r.path);
                assert_eq!(partner_page.status, 403, "{} {} must refuse a partner", r.method, r.path);
            }
            // API routes: no session counts; without a token the answer is a 401 problem.
            Policy::Api(_) => {
                assert_eq!(anon_page.status, 401, "{} {} must demand a token", r.method, r.path);
                assert_eq!(partner_page.status, 401, "{} {}: a session is not a token", r.method, r.path);
                assert!(anon_page.body.contains("\"status\":401"), "{}", anon_page.body);
            }
            _ => assert!(
                to_login,
                "{} {} must send anonymous visitors to sign in: {}",
                r.method, r.path, anon_page.status
            ),
        }
    }
}

/// A route added without going through the policy table fails closed.
#[tokio::test]
async fn route_without_policy_fails_closed() {
    let router: Router = Router::new()
        .route("/sneaky", get(|| async { "secret" }))
        .layer(axum::middleware::from_fn(ctpat_web::policy::guard));
    let res =
        router.oneshot(axum::http::Request::get("/sneaky").body(axum::body::Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

async fn boom() -> &'static str {
    panic!("database password is hunter2")
}

#[tokio::test]
async fn a_panic_shows_a_reference_and_nothing_else() {
    let router: Router = Router::new()
        .route("/boom", get(boom))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(ctpat_web::server::panic_response));
    let res = router.oneshot(axum::http::Request::get("/boom").body(axum::body::Body::empty()).unwrap()).await.unwrap();
    assert_eq!(res.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let body = axum::body::to_bytes(res.into_body(), 1 << 20).await.unwrap();
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("Reference for support:"));
    assert!(!body.contains("hunter2"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csrf_is_required_on_every_form() {
    let t = TestApp::spawn(TestDb::sqlite().await).await;
    t.partner("pat@example.com", PW).await;
    let b = t.browser();
    b.get("/login").await;
    let p = b.post_without_csrf("/login", &[("email", "pat@example.com"), ("password", PW)]).await;
    assert_eq!(p.status, 403);
    p.assert_contains("You do not have permission");

    let token = b.cookie("__Host-ctpat-csrf").unwrap();
    let url = format!("{}/login", t.base);
    let fields = [("email", "pat@example.com"), ("password", PW), ("csrf", token.as_str())];
    let foreign = b.client.post(&url).header("origin", "https://evil.example").form(&fields).send().await.unwrap();
    assert_eq!(foreign.status(), 403, "a foreign Origin is refused");
    let cross = b.client.post(&url).header("sec-fetch-site", "cross-site").form(&fields).send().await.unwrap();
    assert_eq!(cross.status(), 403);
    let wrong = b
        .client
        .post(&url)
        .form(&[("email", "pat@example.com"), ("password", PW), ("csrf", "x".repeat(43).as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 403);
    let same = b.client.post(&url).header("origin", &t.base).form(&fields).send().await.unwrap();
    assert_eq!(same.status(), 303, "our own origin with the token signs in");
    assert!(t.audit_actions().await.iter().any(|a| a == "access.denied"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn headers_on_every_response() {
    let t = TestApp::spawn(TestDb::sqlite().await).await;
    let b = t.browser();
    for path in ["/", "/login", "/nope", "/assets/app.css", "/healthz"] {
        let p = b.get(path).await;
        let h = |n: &str| p.headers.get(n).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        assert!(h("content-security-policy").contains("frame-ancestors 'none'"), "{path}");
        assert!(h("content-security-policy").contains("script-src 'self'"), "{path}");
        assert!(!h("content-security-policy").contains("unsafe-inline"), "{path}");
        assert_eq!(h("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(h("referrer-policy"), "same-origin", "{path}");
        assert!(!h("x-request-id").is_empty(), "{path}");
        assert!(p.headers.get("strict-transport-security").is_none(), "no HSTS over plain HTTP");
        if !path.starts_with("/assets") {
            assert_eq!(h("cache-control"), "no-store", "{path}");
        }
    }
    let page = b.get("/").await;
    assert!(!page.body.contains("<script>"), "no inline script");
    assert!(!page.body.contains("style=\""), "no inline style");

    let tls = TestApp::spawn_with(TestDb::sqlite().await, |s| s.public_url = "https://ctpat.example.gov".into()).await;
    let p = tls.browser().get("/").await;
    assert!(p.headers.get("strict-transport-security").is_some(), "HSTS when served over TLS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn not_found_and_limits() {
    let t = TestApp::spawn(TestDb::sqlite().await).await;
    let b = t.browser();
    let p = b.get("/no/such/page").await;
    assert_eq!(p.status, 404);
    p.assert_contains("Page not found");
    let big = "x".repeat(3 * 1024 * 1024);
    let p = b.post("/login", &[("email", &big), ("password", "y")]).await;
    assert_eq!(p.status, 413, "bodies over the limit are refused");
    p.assert_contains("The upload is too large");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permissions_page_and_document_match_the_table() {
    let t = TestApp::spawn(TestDb::sqlite().await).await;
    let p = t.browser().get("/help/permissions").await;
    p.assert_contains("Who may do what")
        .assert_contains("Supply Chain Security Specialist (SCSS)")
        .assert_contains("Decide removal");
    for (perm, _) in ctpat_domain::permission::MATRIX {
        let text = ctpat_app::i18n::Lang::default().t(&format!("perm-{}", perm.key()));
        p.assert_contains(&text.replace('&', "&#38;").replace('\'', "&#39;"));
    }
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/permissions.md"))
        .expect("docs/permissions.md");
    assert_eq!(
        doc,
        ctpat_web::pages_doc::permissions_markdown(),
        "regenerate with `ctpat permissions > docs/permissions.md`"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_next_after_saving_stays_on_the_page_instead_of_failing() {
    let t = TestApp::spawn(TestDb::sqlite().await).await;
    let (ana, id) = ctpat_testkit::flows::officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    let base = format!("/accounts/{id}/profile/category/1");
    for next in ["\n", "../../../../x", "//evil.example", "2"] {
        let p = ana.post(&base, &[("answer-1.3", "meets"), ("narrative-1.3", "Audited."), ("next", next)]).await;
        assert_eq!(p.status, 303, "{next:?}: {}", p.body);
        let to = p.location.unwrap();
        assert!(to.starts_with(&format!("/accounts/{id}/profile/category/")), "{next:?} -> {to}");
        assert!(!to.contains("evil") && !to.contains(".."), "{to}");
    }
}

/// Readiness says "not ready" when the database's schema is older than the release (a
/// migration not applied), and "ready" once it is, on both engines.
async fn readiness_follows_the_schema(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let b = ctpat_testkit::Browser::new(&t.base);
    let ready = b.get("/readyz").await;
    assert_eq!(ready.status, 200);
    ready.assert_contains("ready");
    let last = "m0030_public_library";
    t.db.exec(&format!("DELETE FROM seaql_migrations WHERE version = '{last}'")).await.unwrap();
    let not = b.get("/readyz").await;
    assert_eq!(not.status, 503);
    not.assert_contains("not ready: database schema older than this release");
    assert_eq!(b.get("/healthz").await.status, 200, "the process itself still lives");
}

ctpat_testkit::both_engines! {
    readiness => readiness_follows_the_schema;
}
