//! SVI over the API: look up one partner, verify many, list and manage connections. The same
//! use cases as the pages, acting as the token's account.

use super::{ApiProblem, PathId, PathText, body_object, request_id};
use crate::server::{AppState, RequestId};
use axum::Extension;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use ctpat_app::api_tokens::Caller;
use ctpat_app::svi::{self, Seen};
use ctpat_domain::Problem;
use ctpat_domain::svi::{PartnerView, SviNumber, Verdict};
use serde::Serialize;
use utoipa::ToSchema;

/// A partner's primary contact, shown when the partner shares more.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContactDto {
    pub name: String,
    pub email: String,
}

/// What the caller may see of a partner.
#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerDto {
    #[schema(example = "SVI-7KQ2M9XA")]
    pub svi_number: String,
    pub name: String,
    /// e.g. `importer`, `highway_carrier`.
    pub entity_type: Option<String>,
    pub certified: bool,
    /// Only when the partner shares more.
    pub tier: Option<u8>,
    /// Only when the partner shares more.
    pub primary_contact: Option<ContactDto>,
}

fn partner(number: String, entity_type: Option<String>, v: &PartnerView) -> PartnerDto {
    PartnerDto {
        svi_number: number,
        name: v.name.clone(),
        entity_type,
        certified: v.certified,
        tier: v.tier,
        primary_contact: v.primary_contact.as_ref().map(|(n, e)| ContactDto { name: n.clone(), email: e.clone() }),
    }
}

/// One verification result, in the order asked.
#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyRow {
    /// The value sent, unchanged.
    pub input: String,
    /// `certified`, `not_certified`, `unknown`, `not_connected` or `invalid_format`.
    #[schema(example = "certified")]
    pub result: String,
    /// Present when the result is `certified` or `not_certified`.
    pub partner: Option<PartnerDto>,
}

fn result_key(v: &Verdict) -> String {
    v.key().replace(' ', "_")
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyResponse {
    pub results: Vec<VerifyRow>,
}

/// The body of `POST /api/v1/svi/verify`.
#[derive(Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct VerifyRequest {
    /// Up to 10,000 SVI numbers.
    pub svi_numbers: Vec<String>,
}

/// Look up one partner by SVI number.
#[utoipa::path(
    get, path = "/api/v1/svi/{number}", tag = "svi",
    params(("number" = String, Path, description = "An SVI number, e.g. SVI-7KQ2M9XA")),
    responses(
        (status = 200, description = "A connected partner, as its share settings allow", body = PartnerDto),
        (status = 403, description = "Not connected to that account", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No account has that number", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 422, description = "Not an SVI number", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
    ),
    security(("bearer" = ["svi:read"]))
)]
pub async fn lookup(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    PathText(number): PathText,
) -> Result<Response, ApiProblem> {
    let parsed = SviNumber::parse(&number).map_err(|p| ApiProblem::invalid("number", &p))?;
    let verdict = svi::lookup_by_token(&state.app, &caller, &parsed).await.map_err(ApiProblem::from)?;
    match verdict {
        Verdict::Visible { number, entity_type, view } => {
            Ok(Json(partner(number.to_string(), Some(entity_type), &view)).into_response())
        }
        Verdict::NotConnected => Err(ApiProblem::new(StatusCode::FORBIDDEN, "not-connected")),
        _ => Err(ApiProblem::new(StatusCode::NOT_FOUND, "not-found")),
    }
}

/// Verify up to 10,000 SVI numbers at once; one result per input, in order.
#[utoipa::path(
    post, path = "/api/v1/svi/verify", tag = "svi",
    request_body = VerifyRequest,
    responses(
        (status = 200, description = "One result per input, same order", body = VerifyResponse),
        (status = 400, description = "Not a JSON object", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 422, description = "A field is missing, unknown or wrong", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
    ),
    security(("bearer" = ["svi:read"]))
)]
pub async fn verify(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let map = body_object(&body, &["svi_numbers"])?;
    let Some(list) = map.get("svi_numbers") else {
        return Err(ApiProblem::invalid("svi_numbers", &Problem::new("err-required")));
    };
    let Some(items) = list.as_array() else {
        return Err(ApiProblem::invalid("svi_numbers", &Problem::new("err-type-array")));
    };
    if items.len() > svi::MAX_VERIFY {
        return Err(ApiProblem::invalid("svi_numbers", &Problem::new("err-too-many").with("max", svi::MAX_VERIFY)));
    }
    let mut raws = Vec::with_capacity(items.len());
    let mut bad = ApiProblem::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid-field");
    for (i, v) in items.iter().enumerate() {
        match v.as_str() {
            Some(s) if s.chars().count() > super::doc::MAX_VERIFY_ITEM => {
                let p = Problem::new("err-too-long").with("max", super::doc::MAX_VERIFY_ITEM);
                bad = bad.field(format!("svi_numbers[{i}]"), p.code, crate::page::request_lang().problem(&p));
            }
            Some(s) => raws.push(s.to_string()),
            None => {
                let p = Problem::new("err-type-string");
                bad = bad.field(format!("svi_numbers[{i}]"), p.code, crate::page::request_lang().problem(&p));
            }
        }
    }
    if !bad.errors.is_empty() {
        return Err(bad);
    }
    let verdicts = svi::verify_by_token(&state.app, &caller, &raws).await.map_err(ApiProblem::from)?;
    let results = raws
        .into_iter()
        .zip(verdicts)
        .map(|(input, v)| VerifyRow {
            result: result_key(&v),
            partner: match &v {
                Verdict::Visible { number, entity_type, view } => {
                    Some(partner(number.to_string(), Some(entity_type.clone()), view))
                }
                _ => None,
            },
            input,
        })
        .collect();
    Ok(Json(VerifyResponse { results }).into_response())
}

/// A connection or request of the caller's account.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConnectionDto {
    pub id: i64,
    /// `accepted` or `pending`.
    pub status: String,
    /// `incoming` (they asked) or `outgoing` (we asked); for accepted connections, who asked.
    pub direction: String,
    /// RFC 3339 time of the request, or of the acceptance.
    pub since: String,
    pub partner: PartnerDto,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConnectionList {
    pub connections: Vec<ConnectionDto>,
}

fn seen_dto(s: &Seen) -> PartnerDto {
    partner(s.svi_number.clone().unwrap_or_default(), Some(s.entity_type.clone()), &s.view)
}

async fn connection_list(state: &AppState, caller: &Caller) -> Result<Vec<ConnectionDto>, ApiProblem> {
    let o = svi::overview_by_token(&state.app, caller).await.map_err(ApiProblem::from)?;
    let me = caller.account.id;
    let rows = svi::connections_by_token(&state.app, caller).await.map_err(ApiProblem::from)?;
    let direction = |id: i64| {
        rows.iter()
            .find(|c| c.id == id)
            .map(|c| if c.outgoing(me) { "outgoing" } else { "incoming" })
            .unwrap_or("incoming")
            .to_string()
    };
    let mut out = Vec::new();
    for p in &o.partners {
        out.push(ConnectionDto {
            id: p.connection_id,
            status: "accepted".into(),
            direction: direction(p.connection_id),
            since: p.since.map(|d| d.to_rfc3339()).unwrap_or_default(),
            partner: seen_dto(&p.partner),
        });
    }
    for (list, dir) in [(&o.incoming, "incoming"), (&o.outgoing, "outgoing")] {
        for r in list {
            out.push(ConnectionDto {
                id: r.connection_id,
                status: "pending".into(),
                direction: dir.into(),
                since: r.at.to_rfc3339(),
                partner: seen_dto(&r.other),
            });
        }
    }
    Ok(out)
}

/// The caller's connections and pending requests.
#[utoipa::path(
    get, path = "/api/v1/connections", tag = "connections",
    responses((status = 200, description = "Connections and pending requests", body = ConnectionList)),
    security(("bearer" = ["svi:read"]))
)]
pub async fn list_connections(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> Result<Response, ApiProblem> {
    let connections = connection_list(&state, &caller).await?;
    Ok(Json(ConnectionList { connections }).into_response())
}

/// The body of `POST /api/v1/connections`.
#[derive(Debug, serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConnectRequest {
    #[schema(example = "SVI-7KQ2M9XA")]
    pub svi_number: String,
}

async fn one(state: &AppState, caller: &Caller, id: i64) -> Result<ConnectionDto, ApiProblem> {
    connection_list(state, caller)
        .await?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| ApiProblem::new(StatusCode::NOT_FOUND, "not-found"))
}

/// Ask a partner to connect (accepted at once when it accepts automatically).
#[utoipa::path(
    post, path = "/api/v1/connections", tag = "connections",
    request_body = ConnectRequest,
    responses(
        (status = 201, description = "The request (or the connection, when accepted automatically)", body = ConnectionDto),
        (status = 400, description = "Not a JSON object", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 409, description = "Refused: blocked, already connected, unknown…", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 422, description = "A field is missing, unknown or wrong", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
    ),
    security(("bearer" = ["svi:write"]))
)]
pub async fn request(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    rid: Option<Extension<RequestId>>,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let map = body_object(&body, &["svi_number"])?;
    let raw = match map.get("svi_number") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => {
            return Err(ApiProblem::invalid("svi_number", &Problem::new("err-type-string")));
        }
        None => String::new(),
    };
    let number = SviNumber::parse(&raw).map_err(|p| ApiProblem::invalid("svi_number", &p))?;
    let rid = request_id(&rid);
    let row = svi::request_by_token(&state.app, &caller, &number, rid.as_deref()).await.map_err(ApiProblem::from)?;
    Ok((StatusCode::CREATED, Json(one(&state, &caller, row.id).await?)).into_response())
}

/// Accept a pending request addressed to the caller.
#[utoipa::path(
    post, path = "/api/v1/connections/{id}/accept", tag = "connections",
    params(("id" = i64, Path, description = "The connection id")),
    responses(
        (status = 200, description = "The connection, now accepted", body = ConnectionDto),
        (status = 400, description = "The id is not a positive whole number", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No such request addressed to the caller", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 409, description = "Already answered", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
    ),
    security(("bearer" = ["svi:write"]))
)]
pub async fn accept(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    rid: Option<Extension<RequestId>>,
    PathId(id): PathId,
) -> Result<Response, ApiProblem> {
    let rid = request_id(&rid);
    svi::answer_by_token(&state.app, &caller, id, true, rid.as_deref()).await.map_err(ApiProblem::from)?;
    Ok(Json(one(&state, &caller, id).await?).into_response())
}

/// Decline a pending request addressed to the caller; the requester is blocked until the block
/// is removed on the SVI page.
#[utoipa::path(
    post, path = "/api/v1/connections/{id}/decline", tag = "connections",
    params(("id" = i64, Path, description = "The connection id")),
    responses(
        (status = 204, description = "Declined"),
        (status = 400, description = "The id is not a positive whole number", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No such request addressed to the caller", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
        (status = 409, description = "Already answered", body = super::problem::ProblemDoc, content_type = "application/problem+json"),
    ),
    security(("bearer" = ["svi:write"]))
)]
pub async fn decline(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    rid: Option<Extension<RequestId>>,
    PathId(id): PathId,
) -> Result<Response, ApiProblem> {
    let rid = request_id(&rid);
    svi::answer_by_token(&state.app, &caller, id, false, rid.as_deref()).await.map_err(ApiProblem::from)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
