//! The OpenAPI 3 document of `/api/v1`, generated from the handlers' and types' annotations so
//! it cannot drift from the code (a test also checks real responses against it).

use super::problem::{FieldIssue, ProblemDoc};
use super::svi::*;
use axum::Json;
use axum::response::IntoResponse;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{Ref, RefOr};
use utoipa::{Modify, OpenApi};

struct Bearer;

impl Modify for Bearer {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A token of a partner account, created on its API tokens page"))
                    .build(),
            ),
        );
        // Every call passes the route's policy and the time limit first, which can answer these.
        let common = [
            ("401", "No valid token"),
            ("403", "The token lacks the scope this call needs"),
            ("429", "Rate limit reached; wait the seconds in Retry-After"),
            ("408", "The call outlasted the server's time limit and was stopped"),
        ];
        // Calls with a body can also be refused for its type or size.
        let with_body = [
            ("413", "The body is larger than 2 MB"),
            ("415", "The body is not `application/json`"),
            ("400", "The body is not a JSON object"),
        ];
        for item in doc.paths.paths.values_mut() {
            for op in [&mut item.get, &mut item.post].into_iter().flatten() {
                if op.security.is_none() {
                    continue;
                }
                for (status, text) in common {
                    op.responses.responses.entry(status.to_string()).or_insert_with(|| problem(text));
                }
            }
            if let Some(op) = item.post.as_mut().filter(|op| op.request_body.is_some()) {
                for (status, text) in with_body {
                    op.responses.responses.entry(status.to_string()).or_insert_with(|| problem(text));
                }
            }
        }
    }
}

/// A response carrying a problem document.
fn problem(description: &str) -> RefOr<Response> {
    RefOr::T(
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("ProblemDoc"))).build(),
            )
            .build(),
    )
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "C-TPAT Portal API",
        version = "1",
        description = "Status Verification Interface (SVI) for partner accounts. Every call is authorised by a bearer token of one partner account, with scopes `svi:read` and `svi:write`, rate-limited per token (429 with Retry-After), and recorded in the audit trail. Errors are RFC 9457 problem documents naming the field."
    ),
    paths(lookup, verify, list_connections, request, accept, decline),
    components(schemas(
        PartnerDto, ContactDto, VerifyRow, VerifyResponse, VerifyRequest, ConnectionDto, ConnectionList,
        ConnectRequest, ProblemDoc, FieldIssue
    )),
    modifiers(&Bearer),
    tags((name = "svi", description = "Partner status"), (name = "connections", description = "SVI connections"))
)]
pub struct ApiDoc;

/// The document as served: the generated one with the limits the handlers enforce, so that a
/// request valid against the schema is a request the API accepts.
pub fn document() -> serde_json::Value {
    let mut doc = serde_json::to_value(ApiDoc::openapi()).expect("the OpenAPI document serialises");
    let svi_pattern = format!("^SVI-[{}]{{8}}$", ctpat_domain::svi::ALPHABET);
    let set = |doc: &mut serde_json::Value, pointer: &str, key: &str, value: serde_json::Value| {
        if let Some(serde_json::Value::Object(o)) = doc.pointer_mut(pointer) {
            o.insert(key.to_string(), value);
        }
    };
    // Path parameters.
    if let Some(serde_json::Value::Object(paths)) = doc.pointer_mut("/paths") {
        for item in paths.values_mut() {
            for op in ["get", "post"] {
                let Some(serde_json::Value::Array(params)) = item.pointer_mut(&format!("/{op}/parameters")) else {
                    continue;
                };
                for p in params {
                    match p.get("name").and_then(|n| n.as_str()) {
                        Some("number") => {
                            p["schema"] =
                                serde_json::json!({"type": "string", "pattern": svi_pattern, "maxLength": 12});
                        }
                        Some("id") => {
                            p["schema"] = serde_json::json!({"type": "integer", "format": "int64", "minimum": 1});
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    // Bodies.
    set(&mut doc, "/components/schemas/ConnectRequest/properties/svi_number", "pattern", svi_pattern.clone().into());
    set(
        &mut doc,
        "/components/schemas/VerifyRequest/properties/svi_numbers",
        "maxItems",
        ctpat_app::svi::MAX_VERIFY.into(),
    );
    // Each value may be anything (a bad one is answered `invalid_format`), within a length that
    // keeps the largest list inside the body limit.
    set(
        &mut doc,
        "/components/schemas/VerifyRequest/properties/svi_numbers/items",
        "maxLength",
        MAX_VERIFY_ITEM.into(),
    );
    doc
}

/// The longest value accepted in a verification list.
pub const MAX_VERIFY_ITEM: usize = 100;

pub async fn openapi_json() -> impl IntoResponse {
    Json(document())
}
