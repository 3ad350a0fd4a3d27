//! Page handlers, grouped by audience. `register` is the one place routes are declared.

mod account;
mod admin;
mod auth;
mod catalog;
mod centre;
mod criterion_text;
mod evidence;
pub(crate) mod exports;
mod help;
mod home;
mod jobs;
mod letters;
mod library;
mod offices;
mod partner;
mod password;
mod profile;
mod profile_versions;
mod reports;
mod signup;

use crate::page::PageCtx;
use crate::policy::{Policy, Routes};
use crate::server::{AppState, RequestId};
use crate::session::Viewer;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use ctpat_app::RequestMeta;
use ctpat_domain::Permission;
use std::net::SocketAddr;

/// Who works partner accounts: SCSSs and Supervisors, and HQ program-wide.
const PROGRAM: &[Permission] = &[Permission::WorkAssignedAccounts, Permission::ReadAllAccounts];

pub fn register(r: Routes) -> Routes {
    let max_evidence = r.settings().upload_max_bytes;
    let max_csv = partner::svi_verify::MAX_CSV_BYTES as u64;
    r.get("/", Policy::Public, home::home)
        .get("/login", Policy::Public, auth::login_form)
        .post("/login", Policy::Public, auth::login_submit)
        .get("/login/mfa", Policy::SecondFactor, auth::mfa_form)
        .post("/login/mfa", Policy::SecondFactor, auth::mfa_submit)
        .post("/logout", Policy::AnySession, auth::logout)
        .get("/signup", Policy::Public, signup::signup_form)
        .post("/signup", Policy::Public, signup::signup_submit)
        .get("/verify-email", Policy::Public, signup::verify_email_page)
        .post("/verify-email", Policy::Public, signup::verify_email)
        .get("/invitation", Policy::Public, signup::invitation_form)
        .post("/invitation", Policy::Public, signup::invitation_submit)
        .get("/password/forgot", Policy::Public, password::forgot_form)
        .post("/password/forgot", Policy::Public, password::forgot_submit)
        .get("/password/reset", Policy::Public, password::reset_form)
        .post("/password/reset", Policy::Public, password::reset_submit)
        .get("/account", Policy::SignedIn, account::overview)
        .get("/notifications", Policy::SignedIn, centre::list)
        .post("/notifications/read-all", Policy::SignedIn, centre::read_all)
        .post("/notifications/{id}/read", Policy::SignedIn, centre::open)
        .get("/account/notifications", Policy::SignedIn, centre::prefs)
        .post("/account/notifications", Policy::SignedIn, centre::save_prefs)
        .get("/account/password", Policy::SignedIn, password::change_form)
        .post("/account/password", Policy::SignedIn, password::change_submit)
        .post("/account/sessions/{id}/end", Policy::SignedIn, account::end_session)
        .post("/account/sessions/end-others", Policy::SignedIn, account::end_other_sessions)
        .post("/account/devices/forget", Policy::SignedIn, account::forget_devices)
        .get("/account/mfa", Policy::MfaEnrolment, account::mfa_page)
        .post("/account/mfa/start", Policy::MfaEnrolment, account::mfa_start)
        .post("/account/mfa", Policy::MfaEnrolment, account::mfa_confirm)
        .post("/account/mfa/disable", Policy::SignedIn, account::mfa_disable)
        .post("/language", Policy::Public, account::set_language)
        .get("/help/permissions", Policy::Public, help::permissions)
        .get("/admin/staff", Policy::Staff(Permission::ManageStaffUsers), admin::staff_list)
        .post("/admin/staff", Policy::Staff(Permission::ManageStaffUsers), admin::staff_create)
        .post("/admin/staff/{id}/office", Policy::Staff(Permission::ManageStaffUsers), admin::staff_office)
        .get("/accounts/{id}/letters/{eid}", Policy::SignedIn, letters::show)
        .get("/accounts/{id}/letters/{eid}/pdf", Policy::SignedIn, letters::pdf)
        .get("/library", Policy::SignedIn, library::list)
        .post_upload("/library", Policy::Staff(Permission::CurateLibrary), max_evidence, library::publish)
        .get("/library/{id}", Policy::SignedIn, library::show)
        .get("/library/{id}/file", Policy::SignedIn, library::file)
        .get("/program/reports", Policy::StaffAnyOf(PROGRAM), reports::show)
        .get("/program/reports/csv", Policy::StaffAnyOf(PROGRAM), reports::csv)
        .get("/program/reports/xlsx", Policy::StaffAnyOf(PROGRAM), reports::xlsx)
        .get("/program/reports/workload/export", Policy::StaffAnyOf(PROGRAM), reports::workload_export)
        .get("/program/offices", Policy::Staff(Permission::ManageFieldOffices), offices::list)
        .post("/program/offices", Policy::Staff(Permission::ManageFieldOffices), offices::create)
        .post("/program/offices/rename", Policy::Staff(Permission::ManageFieldOffices), offices::rename)
        .post("/accounts/{id}/office", Policy::Staff(Permission::PlaceAccountsInOffices), offices::place)
        .get("/admin/jobs", Policy::Staff(Permission::OperateScheduler), jobs::list)
        .post("/admin/jobs/{id}/retry", Policy::Staff(Permission::OperateScheduler), jobs::retry)
        .get("/program/audit", Policy::Staff(Permission::ReadAuditTrail), admin::audit_trail)
        .get("/program/audit/export", Policy::Staff(Permission::ReadAuditTrail), admin::audit_export)
        // Partner accounts: object-level checks (membership, role) happen in the use cases;
        // another tenant's account is "not found".
        .get("/apply", Policy::SignedIn, partner::apply::start_form)
        .post("/apply", Policy::SignedIn, partner::apply::start_submit)
        .get("/accounts/switch", Policy::SignedIn, partner::switch)
        .get("/accounts/{id}", Policy::SignedIn, partner::dashboard::show)
        .get("/accounts/{id}/apply/{step}", Policy::SignedIn, partner::apply::step_form)
        .post("/accounts/{id}/apply/{step}", Policy::SignedIn, partner::apply::step_submit)
        .get("/accounts/{id}/contacts", Policy::SignedIn, partner::contacts::list)
        .get("/accounts/{id}/export/{what}", Policy::SignedIn, exports::account_export)
        .post("/accounts/{id}/contacts", Policy::SignedIn, partner::contacts::add)
        .get("/accounts/{id}/contacts/{cid}/edit", Policy::SignedIn, partner::contacts::edit_form)
        .post("/accounts/{id}/contacts/{cid}", Policy::SignedIn, partner::contacts::update)
        .post("/accounts/{id}/contacts/{cid}/remove", Policy::SignedIn, partner::contacts::remove)
        .post("/accounts/{id}/contacts/{cid}/invite", Policy::SignedIn, partner::contacts::invite)
        .post("/accounts/{id}/members/{mid}/role", Policy::SignedIn, partner::contacts::member_role)
        .post("/accounts/{id}/members/{mid}/remove", Policy::SignedIn, partner::contacts::member_remove)
        .post("/accounts/{id}/actions/{action}", Policy::SignedIn, partner::program::act)
        .get("/accounts/{id}/company", Policy::SignedIn, partner::company::show)
        .post("/accounts/{id}/company/requests/{cid}", Policy::SignedIn, partner::company::decide)
        .post("/accounts/{id}/company/{kind}", Policy::SignedIn, partner::company::request)
        .get("/accounts/{id}/exchange", Policy::SignedIn, partner::exchange::list)
        .post_upload("/accounts/{id}/exchange", Policy::SignedIn, max_evidence, partner::exchange::send)
        .get("/accounts/{id}/messages", Policy::SignedIn, partner::messages::list)
        .post("/accounts/{id}/messages", Policy::SignedIn, partner::messages::start)
        .get("/accounts/{id}/messages/{tid}", Policy::SignedIn, partner::messages::show)
        .post("/accounts/{id}/messages/{tid}", Policy::SignedIn, partner::messages::reply)
        .post_upload("/accounts/{id}/messages/{tid}/files", Policy::SignedIn, max_evidence, partner::messages::upload)
        .get("/program/messages", Policy::Staff(Permission::MessagePartners), partner::messages::inbox)
        .get("/accounts/{id}/declarations", Policy::SignedIn, partner::declarations::show)
        .post("/accounts/{id}/declarations", Policy::SignedIn, partner::declarations::save)
        .get("/accounts/{id}/statements/{kind}", Policy::SignedIn, partner::statements::show)
        .post("/accounts/{id}/statements/{kind}", Policy::SignedIn, partner::statements::save)
        .post_upload(
            "/accounts/{id}/statements/{kind}/files",
            Policy::SignedIn,
            max_evidence,
            partner::statements::upload,
        )
        .get("/program", Policy::StaffAnyOf(PROGRAM), partner::program::queue)
        .get("/program/queue/export", Policy::StaffAnyOf(PROGRAM), partner::program::queue_export)
        .get("/accounts/{id}/bond", Policy::SignedIn, partner::bond::show)
        .post("/accounts/{id}/bond", Policy::SignedIn, partner::bond::save)
        .post("/accounts/{id}/bond/requests/{rid}", Policy::SignedIn, partner::bond::decide)
        .get("/accounts/{id}/svi", Policy::SignedIn, partner::svi::show)
        .post("/accounts/{id}/svi/request", Policy::SignedIn, partner::svi::request)
        .post("/accounts/{id}/svi/request-many", Policy::SignedIn, partner::svi_verify::request_many)
        .post("/accounts/{id}/svi/connections/{cid}/{what}", Policy::SignedIn, partner::svi::connection)
        .post("/accounts/{id}/svi/blocks/{other}/remove", Policy::SignedIn, partner::svi::unblock)
        .post("/accounts/{id}/svi/settings", Policy::SignedIn, partner::svi::settings)
        .post("/accounts/{id}/svi/email-status", Policy::SignedIn, partner::svi::email_status)
        .get("/accounts/{id}/svi/verify", Policy::SignedIn, partner::svi_verify::verify_form)
        .post_upload("/accounts/{id}/svi/verify", Policy::SignedIn, max_csv, partner::svi_verify::verify)
        .post("/accounts/{id}/svi/{what}", Policy::SignedIn, partner::svi::participation)
        .get("/accounts/{id}/notifications", Policy::SignedIn, partner::notifications::notifications)
        .post("/accounts/{id}/notifications/read", Policy::SignedIn, partner::notifications::notifications_read)
        .get("/accounts/{id}/api-tokens", Policy::SignedIn, partner::api_tokens::show)
        .post("/accounts/{id}/api-tokens", Policy::SignedIn, partner::api_tokens::create)
        .post("/accounts/{id}/api-tokens/{tid}/revoke", Policy::SignedIn, partner::api_tokens::revoke)
        .get("/accounts/{id}/webhooks", Policy::SignedIn, partner::webhooks::show)
        .post("/accounts/{id}/webhooks", Policy::SignedIn, partner::webhooks::create)
        .post("/accounts/{id}/webhooks/{wid}/remove", Policy::SignedIn, partner::webhooks::remove)
        .get("/program/compliance", Policy::StaffAnyOf(PROGRAM), partner::compliance::report)
        .get("/program/validations", Policy::StaffAnyOf(PROGRAM), partner::validations::program)
        .get("/program/validations/export", Policy::StaffAnyOf(PROGRAM), partner::validations::due_export)
        .get("/program/findings", Policy::StaffAnyOf(PROGRAM), partner::validations::findings_list)
        .get("/program/findings/export", Policy::StaffAnyOf(PROGRAM), partner::validations::findings_export)
        .get("/accounts/{id}/validations", Policy::SignedIn, partner::validations::list)
        .post(
            "/accounts/{id}/validations",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::schedule,
        )
        .get(
            "/accounts/{id}/validations/new",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::new_form,
        )
        .get("/accounts/{id}/validations/{vid}", Policy::SignedIn, partner::validations::show)
        .post(
            "/accounts/{id}/validations/{vid}/reschedule",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::reschedule,
        )
        .post(
            "/accounts/{id}/validations/{vid}/cancel",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::cancel,
        )
        .post(
            "/accounts/{id}/validations/{vid}/report",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::submit_report,
        )
        .post(
            "/accounts/{id}/validations/{vid}/report/decision",
            Policy::Staff(Permission::ApproveValidationReports),
            partner::validations::decide_report,
        )
        .get("/accounts/{id}/validations/{vid}/summary", Policy::SignedIn, partner::validations::summary)
        .post(
            "/accounts/{id}/validations/{vid}/findings",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::record_finding,
        )
        .post_upload(
            "/accounts/{id}/validations/{vid}/findings/{fid}/files",
            Policy::SignedIn,
            max_evidence,
            partner::validations::upload_finding_file,
        )
        .post(
            "/accounts/{id}/validations/{vid}/findings/{fid}/answer",
            Policy::SignedIn,
            partner::validations::answer_finding,
        )
        .post(
            "/accounts/{id}/validations/{vid}/findings/{fid}/close",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::close_finding,
        )
        .post(
            "/accounts/{id}/validations/{vid}/findings/{fid}/reopen",
            Policy::Staff(Permission::ScheduleValidations),
            partner::validations::reopen_finding,
        )
        .get("/program/compliance.csv", Policy::StaffAnyOf(PROGRAM), partner::compliance::csv)
        .get("/program/compliance/export", Policy::StaffAnyOf(PROGRAM), partner::compliance::export)
        .get(
            "/program/compliance/imports/{id}/quality.csv",
            Policy::Staff(Permission::ReadAllAccounts),
            partner::compliance::import_quality,
        )
        .post("/program/compliance/notify", Policy::Staff(Permission::ProposeSuspension), partner::compliance::notify)
        .get("/program/groups", Policy::StaffAnyOf(PROGRAM), partner::compliance::list_groups)
        .post("/program/groups", Policy::Staff(Permission::ScheduleValidations), partner::compliance::create_group)
        .post("/accounts/{id}/group", Policy::Staff(Permission::ScheduleValidations), partner::compliance::link)
        .post("/accounts/{id}/parent", Policy::Staff(Permission::ScheduleValidations), partner::compliance::set_parent)
        .post(
            "/accounts/{id}/group/unlink",
            Policy::Staff(Permission::ScheduleValidations),
            partner::compliance::unlink,
        )
        .get("/program/bond-requests", Policy::Staff(Permission::EditBond), partner::bond::pending)
        .get("/program/catalog", Policy::Staff(Permission::EditMscCatalog), catalog::show)
        .post("/program/catalog", Policy::Staff(Permission::EditMscCatalog), catalog::load)
        .post("/program/catalog/shipped", Policy::Staff(Permission::EditMscCatalog), catalog::load_shipped)
        .get("/program/policies", Policy::Staff(Permission::EditProgramPolicy), partner::bond::policies)
        .post("/program/policies", Policy::Staff(Permission::EditProgramPolicy), partner::bond::set_policies)
        .post("/program/policies/timers", Policy::Staff(Permission::EditProgramPolicy), partner::bond::set_timers)
        .get("/accounts/{id}/profile", Policy::SignedIn, profile::overview)
        .get("/accounts/{id}/profile/category/{n}", Policy::SignedIn, profile::category)
        .post("/accounts/{id}/profile/category/{n}", Policy::SignedIn, profile::save_category)
        .post("/accounts/{id}/profile/category/{n}/review", Policy::SignedIn, profile::review_category)
        .get("/accounts/{id}/profile/risk", Policy::SignedIn, profile::risk)
        .post("/accounts/{id}/profile/risk", Policy::SignedIn, profile::save_risk)
        .post("/accounts/{id}/profile/submit", Policy::SignedIn, profile::submit)
        .post("/accounts/{id}/profile/annual/sign", Policy::SignedIn, profile::annual_sign)
        .post("/accounts/{id}/profile/annual/approve", Policy::SignedIn, profile::annual_approve)
        .get("/accounts/{id}/profile/versions", Policy::SignedIn, profile_versions::list_versions)
        .get("/accounts/{id}/profile/versions/{n}", Policy::SignedIn, profile_versions::show_version)
        .get("/accounts/{id}/profile/compare", Policy::SignedIn, profile_versions::compare)
        .get("/accounts/{id}/library", Policy::SignedIn, profile_versions::library)
        .get("/accounts/{id}/profile/evidence/{criterion}", Policy::SignedIn, evidence::list)
        .post_upload("/accounts/{id}/profile/evidence/{criterion}", Policy::SignedIn, max_evidence, evidence::upload)
        .post("/accounts/{id}/profile/evidence/{criterion}/{eid}/remove", Policy::SignedIn, evidence::remove)
        .get("/accounts/{id}/files/{fid}", Policy::SignedIn, evidence::download)
        .get("/join", Policy::Public, partner::join::offer)
        .post("/join", Policy::SignedIn, partner::join::accept)
}

pub async fn not_found(ctx: PageCtx, uri: axum::http::Uri) -> Response {
    if uri.path().starts_with("/api/") {
        // An API client gets the API's kind of answer, even for a path that does not exist.
        return crate::api::ApiProblem::new(StatusCode::NOT_FOUND, "not-found").into_response();
    }
    crate::error::error_page(ctx, StatusCode::NOT_FOUND, "error-404-title", "error-404-body", None)
}

/// The request facts the audit trail records.
pub struct Meta(pub RequestMeta);

impl FromRequestParts<AppState> for Meta {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        Ok(Meta(RequestMeta {
            request_id: parts.extensions.get::<RequestId>().map(|r| r.0.clone()),
            ip: parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()),
            user_agent: parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_string),
        }))
    }
}

/// The signed-in viewer; the route policy has already required one.
impl FromRequestParts<AppState> for Viewer {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Viewer>().cloned().ok_or_else(|| Redirect::to("/login").into_response())
    }
}

/// A local path to go to after login; anything else (other hosts, `//x`) becomes `/`.
/// `next` when it is a path on this site, else `/`. Browsers drop tabs and newlines from a
/// `Location` and read a backslash as a slash, so `/\t/evil.example` or `/\\evil.example`
/// would leave the site: only a path without control characters, whitespace or backslashes,
/// which resolves to no other host, is followed.
pub fn safe_next(next: &str) -> &str {
    const HOST: &str = "portal.invalid";
    let plain = next.starts_with('/')
        && !next.starts_with("//")
        && !next.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let same_site = || {
        let base = url::Url::parse(&format!("https://{HOST}/")).expect("a valid base");
        base.join(next).is_ok_and(|u| u.scheme() == "https" && u.host_str() == Some(HOST) && u.port().is_none())
    };
    if plain && same_site() { next } else { "/" }
}

/// 303 to `to`, setting the given cookie.
pub fn redirect_with_cookie(to: &str, cookie: HeaderValue) -> Response {
    let mut res = Redirect::to(to).into_response();
    res.headers_mut().append(header::SET_COOKIE, cookie);
    res
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_a_path_on_this_site_is_followed_after_sign_in() {
        for good in ["/", "/accounts/3", "/accounts/3?tab=svi&x=1", "/a/%2F%2Fb", "/help#top"] {
            assert_eq!(safe_next(good), good, "{good:?} is a local path");
        }
        for bad in [
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/ /evil.example",
            "/\u{3000}/evil.example",
            "/\u{0}/evil.example",
            " /evil",
            "https://evil.example/",
            "http:/evil.example",
            "javascript:alert(1)",
            "evil.example",
            "",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?} must not be followed");
        }
    }
}
