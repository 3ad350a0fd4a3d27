//! Bulk verification of SVI numbers: a CSV upload answered as a page or as CSV.

use super::AccountHead;
use crate::error::WebError;
use crate::form::FormView;
use crate::page::{PageCtx, render, render_status};
use crate::server::AppState;
use crate::session::Viewer;
use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use ctpat_app::svi::{self};
use ctpat_domain::svi::Verdict;

pub struct VerdictRow {
    pub line: usize,
    pub input: String,
    pub result: String,
    pub name: String,
    pub tier: String,
    pub visible: bool,
    /// A number of the program not connected to this account: a request can be sent.
    pub askable: bool,
}

#[derive(Template)]
#[template(path = "svi_verify.html")]
pub struct VerifyPage {
    ctx: PageCtx,
    head: AccountHead,
    form: FormView,
    max: usize,
    rows: Option<Vec<VerdictRow>>,
    counts: Vec<(String, usize)>,
    /// The viewer may request connections (the results then offer it).
    can_request: bool,
    askable: usize,
}

async fn verify_page(
    state: &AppState,
    ctx: PageCtx,
    viewer: &Viewer,
    id: i64,
    form: FormView,
    rows: Option<Vec<VerdictRow>>,
) -> Result<VerifyPage, WebError> {
    let r = ctpat_app::partner::reach_app(&state.app, &viewer.actor, id).await?;
    let head = AccountHead::build(state, &ctx, viewer, &r).await?;
    let mut counts: Vec<(String, usize)> = vec![];
    for row in rows.iter().flatten() {
        match counts.iter_mut().find(|(k, _)| *k == row.result) {
            Some((_, n)) => *n += 1,
            None => counts.push((row.result.clone(), 1)),
        }
    }
    let can_request = svi::may_request(&state.app, &viewer.actor, id).await?;
    let askable = rows.iter().flatten().filter(|r| r.askable).count();
    Ok(VerifyPage { ctx, head, form, max: svi::MAX_VERIFY, rows, counts, can_request, askable })
}

pub async fn verify_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    Ok(render(&verify_page(&state, ctx, &viewer, id, FormView::default(), None).await?))
}

/// The uploaded CSV, read whole (10,000 numbers fit well under the 1 MB accepted).
pub const MAX_CSV_BYTES: usize = 1024 * 1024;
/// The longest value of a choice field of the form (`format`).
const MAX_CHOICE_BYTES: usize = 16;
/// Fields the form sends: the file, the format, the CSRF token.
const MAX_FIELDS: usize = 4;

pub async fn verify(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    // The account is checked before the upload is read; every field is read within a cap.
    svi::may_verify(&state.app, &viewer.actor, id).await?;
    let mut bytes: Vec<u8> = Vec::new();
    let mut as_csv = false;
    let mut too_large = false;
    let mut fields = 0;
    while let Ok(Some(mut field)) = multipart.next_field().await {
        fields += 1;
        if fields > MAX_FIELDS {
            too_large = true;
            break;
        }
        let (cap, into_file) = match field.name() {
            Some("file") => (MAX_CSV_BYTES, true),
            Some("format") => (MAX_CHOICE_BYTES, false),
            _ => (0, false),
        };
        let mut value: Vec<u8> = Vec::new();
        while let Ok(Some(chunk)) = field.chunk().await {
            if value.len() + chunk.len() > cap {
                too_large = into_file || cap > 0;
                break;
            }
            value.extend_from_slice(&chunk);
        }
        if too_large {
            break;
        }
        match field.name() {
            Some("format") => as_csv = value == b"csv",
            _ if into_file => bytes = value,
            _ => {}
        }
    }
    let problem = if too_large {
        Some(ctpat_domain::Problem::new("err-csv-too-large"))
    } else if bytes.is_empty() {
        Some(ctpat_domain::Problem::new("err-csv-none"))
    } else {
        None
    };
    let raws = match problem.map(Err).unwrap_or_else(|| svi::parse_csv(&bytes)) {
        Ok(r) => r,
        Err(p) => {
            let form = FormView::default().with_errors(&ctx, &[p.on("file")]);
            return Ok(render_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &verify_page(&state, ctx, &viewer, id, form, None).await?,
            ));
        }
    };
    let verdicts = svi::verify_upload(&state.app, &viewer.actor, id, &raws).await?;
    if as_csv {
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"svi-verification.csv\"".to_string()),
            ],
            format!(
                "{}{}",
                ctpat_app::export::CSV_BOM,
                svi::verdicts_csv(
                    [&ctx.t("col-svi_number"), &ctx.t("col-result"), &ctx.t("col-name"), &ctx.t("col-tier")],
                    &raws,
                    &verdicts
                )
            ),
        )
            .into_response());
    }
    let first_line = svi::first_row_line(&bytes);
    let rows = raws
        .iter()
        .zip(&verdicts)
        .enumerate()
        .map(|(i, (raw, v))| {
            let (name, tier, visible) = match v {
                Verdict::Visible { view, .. } => {
                    (view.name.clone(), view.tier.map(|t| t.to_string()).unwrap_or_default(), true)
                }
                _ => (String::new(), String::new(), false),
            };
            VerdictRow {
                line: i + first_line,
                input: raw.clone(),
                result: ctx.t(&format!("svi-result-{}", v.key().replace(' ', "-"))),
                name,
                tier,
                visible,
                askable: matches!(v, Verdict::NotConnected),
            }
        })
        .collect();
    Ok(render(&verify_page(&state, ctx, &viewer, id, FormView::default(), Some(rows)).await?))
}

/// Request connections to the numbers ticked on the results (every "not connected" number is
/// ticked when the results are shown), then say on the SVI page how many were sent.
pub async fn request_many(
    State(state): State<AppState>,
    ctx: PageCtx,
    viewer: Viewer,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let numbers: Vec<String> =
        crate::form::pairs(&body).into_iter().filter(|(k, _)| k == "number").map(|(_, v)| v).collect();
    if numbers.is_empty() {
        return Ok(axum::response::Redirect::to(&format!("/accounts/{id}/svi?notice=svi-none-ticked")).into_response());
    }
    match svi::request_many(&state.app, &viewer.actor, id, &numbers).await {
        Ok(done) => Ok(axum::response::Redirect::to(&format!(
            "/accounts/{id}/svi?notice=svi-requested-many&sent={}&connected={}&skipped={}",
            done.sent, done.connected, done.skipped
        ))
        .into_response()),
        // A refusal of the whole (too many numbers, the account not in SVI) is said on the SVI page.
        Err(e) => {
            crate::form::rerender(ctx, FormView::default(), e, |ctx, form| {
                super::svi::svi_page(&state, ctx, &viewer, id, form, None)
            })
            .await
        }
    }
}
