//! Everything the account dashboard shows, derived from recorded events and the account's
//! data: status, tier, deadlines with days left, what blocks progress, the history.

use super::application;
use super::{Reach, Standing, lifecycle, reach};
use crate::App;
use crate::actor::Actor;
use crate::audit::{self, EventExt, for_account};
use crate::error::Result;
use crate::profile::ProfileState;
use chrono::{DateTime, Utc};
use ctpat_domain::audit::Outcome;
use ctpat_domain::country::Country;
use ctpat_domain::partner::eligibility::{self, Declaration, Facts, Missing};
use ctpat_domain::partner::identifiers::IdentifierKind;
use ctpat_domain::partner::lifecycle::{Snapshot, Status};
use ctpat_domain::{AccountRole, Problem};
use ctpat_store::{ConnectionTrait, account_data};

pub struct Deadline {
    /// Catalogue id `deadline-<key>`.
    pub key: &'static str,
    pub at: DateTime<Utc>,
    pub days_left: i64,
}

/// One thing the dashboard says should happen next: a catalogue id, with the date or the
/// count it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    pub message: &'static str,
    pub date: Option<DateTime<Utc>>,
    pub count: Option<usize>,
}

impl NextStep {
    fn says(message: &'static str) -> NextStep {
        NextStep { message, date: None, count: None }
    }

    fn dated(message: &'static str, date: DateTime<Utc>) -> NextStep {
        NextStep { message, date: Some(date), count: None }
    }

    fn counted(message: &'static str, count: usize) -> NextStep {
        NextStep { message, date: None, count: Some(count) }
    }
}

/// What the Security Profile asks next while the application is reviewed, in the words of the
/// person looking (the partner, or staff).
fn profile_step(staff: bool, profile: ProfileState) -> Option<NextStep> {
    Some(match (staff, profile) {
        (false, ProfileState::ToSubmit { required_left: 0 }) => NextStep::says("next-profile-sign"),
        (false, ProfileState::ToSubmit { required_left }) => NextStep::counted("next-profile-complete", required_left),
        (false, ProfileState::Returned { criteria }) => NextStep::counted("next-profile-returned", criteria),
        (false, ProfileState::Submitted) => NextStep::says("next-profile-submitted"),
        (true, ProfileState::ToSubmit { required_left }) => {
            NextStep::counted("next-staff-profile-not-submitted", required_left)
        }
        (true, ProfileState::Returned { criteria }) => NextStep::counted("next-staff-profile-returned", criteria),
        (true, ProfileState::Submitted) => NextStep::says("next-staff-profile-submitted"),
        (_, ProfileState::Approved) => return None,
    })
}

pub struct Overview {
    pub reach: Reach,
    pub snapshot: Snapshot,
    pub deadlines: Vec<Deadline>,
    pub missing_data: Vec<Missing>,
    pub draft_gaps: Vec<(application::Place, Problem)>,
    pub scss_name: Option<String>,
    pub history: Vec<crate::audit::AuditEntry>,
    pub group: Option<super::groups::GroupView>,
    /// What should happen next, for the person looking.
    pub next_steps: Vec<NextStep>,
    /// The wizard step a member continues a draft at.
    pub continue_step: Option<String>,
    /// The viewer links the account into a validation group (staff who schedule validations).
    pub can_group: bool,
    /// Where the Security Profile stands (shown with a recommendation for certification).
    pub profile: ProfileState,
}

/// What should happen next on the account, as the person looking should hear it.
fn next_steps(
    r: &Reach,
    actor: &Actor,
    s: &Snapshot,
    profile: ProfileState,
    missing_data: bool,
    t: &ctpat_domain::partner::lifecycle::Timers,
    now: DateTime<Utc>,
) -> Vec<NextStep> {
    let staff = r.is_staff();
    let mut out = vec![match s.status {
        Status::Draft => NextStep::says("next-draft"),
        Status::Applicant if staff => NextStep::says("next-staff-applicant"),
        Status::Applicant => NextStep::says("next-applicant"),
        Status::UnderReview if staff => NextStep::says("next-staff-under-review"),
        Status::UnderReview => NextStep::says("next-under-review"),
        Status::Certified => NextStep::says("next-certified"),
        Status::Validated => NextStep::says("next-validated"),
        Status::Suspended => match s.response_deadline(t) {
            Some(d) => NextStep::dated("next-suspended", d),
            None => NextStep::says("next-suspended-answered"),
        },
        Status::Removed => match s.appeal_deadline(t) {
            Some(d) => NextStep::dated("next-removed", d),
            None => NextStep::says("next-removed-appealed"),
        },
        Status::Withdrawn | Status::Rejected | Status::Ineligible => NextStep::says("next-closed"),
    }];
    // While the application is reviewed, the Security Profile is what moves it on.
    // (A profile submitted with the application waits, like it, for an SCSS to be assigned.)
    if matches!(s.status, Status::Applicant | Status::UnderReview)
        && !(s.status == Status::Applicant && profile == ProfileState::Submitted)
        && let Some(step) = profile_step(staff, profile)
    {
        out.push(step);
    }
    // Staff who may propose a suspension hear of an overdue annual review.
    if r.is_staff()
        && actor.has(ctpat_domain::Permission::ProposeSuspension)
        && s.status.is_certified()
        && s.annual_review_due(t).is_some_and(|d| d < now)
    {
        out.push(NextStep::says("next-staff-annual-overdue"));
    }
    if missing_data && s.status != Status::Draft {
        out.push(NextStep::says("next-missing-data"));
    }
    out
}

/// The mandatory-data facts of an account, from its rows.
pub(crate) fn facts_from(
    entity: ctpat_domain::partner::EntityType,
    ids: &[&account_data::IdentifierRow],
    bond_type: Option<&str>,
    addresses: &[&account_data::AddressRow],
    contacts: &[&account_data::ContactRow],
    declarations: &[&account_data::DeclarationRow],
) -> Facts {
    let hq_country = addresses.iter().find(|a| a.kind == "hq").and_then(|a| Country::parse(&a.country).ok());
    Facts {
        entity,
        identifiers: ids.iter().filter_map(|i| IdentifierKind::from_key(&i.kind)).collect(),
        has_bond: bond_type.is_some(),
        bond_type: bond_type.map(str::to_string),
        hq_country,
        office_countries: addresses
            .iter()
            .filter(|a| a.staffed || a.kind == "hq" || a.kind == "office")
            .filter_map(|a| Country::parse(&a.country).ok())
            .collect(),
        contacts: contacts.len(),
        primary_is_officer: contacts
            .iter()
            .any(|c| c.is_primary && c.role.as_deref() == Some(AccountRole::Officer.key())),
        has_alternate: contacts.iter().any(|c| c.is_alternate && !c.is_primary),
        cargo_facilities: addresses.iter().filter(|a| a.kind == "cargo_facility").count(),
        declarations: declarations.iter().filter_map(|d| Declaration::from_key(&d.declaration)).collect(),
    }
}

/// The mandatory-data facts of one account.
pub(crate) async fn facts<C: ConnectionTrait>(conn: &C, r: &Reach) -> Result<Facts> {
    let b = account_data::batch(conn, &[r.account.id]).await?;
    Ok(facts_from(
        r.entity,
        &b.identifiers.iter().collect::<Vec<_>>(),
        b.bonds.first().map(|x| x.bond_type.as_str()),
        &b.addresses.iter().collect::<Vec<_>>(),
        &b.contacts.iter().collect::<Vec<_>>(),
        &b.declarations.iter().collect::<Vec<_>>(),
    ))
}

pub async fn overview(app: &App, actor: &Actor, account_id: i64) -> Result<Overview> {
    let conn = app.db.conn();
    let r = reach(conn, actor, account_id).await?;
    let t = &app.timers();
    let (snapshot, _) = lifecycle::snapshot(conn, account_id, t).await?;
    let now = app.now();
    let mut deadlines = Vec::new();
    let mut push = |key: &'static str, at: Option<DateTime<Utc>>| {
        if let Some(at) = at {
            deadlines.push(Deadline { key, at, days_left: (at - now).num_days() });
        }
    };
    push("certification-target", snapshot.certification_target(t));
    push("response", snapshot.response_deadline(t));
    push("appeal", snapshot.appeal_deadline(t));
    push("appeal-decision", snapshot.appeal_decision_due(t));
    push("validation", snapshot.next_validation_due(t));
    push("annual-review", snapshot.annual_review_due(t));
    // A validation scheduled: its first day, announced with written notice.
    let scheduled = ctpat_store::validations::of_account(conn, account_id)
        .await?
        .into_iter()
        .filter(|v| v.status == ctpat_domain::validation::ValidationStatus::Scheduled)
        .map(|v| v.start_on)
        .min();
    push("validation-scheduled", scheduled.and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc()));
    // A required action found at a validation: its answer is due (flagged late once passed).
    let finding = ctpat_store::findings::earliest_due_of_account(conn, account_id).await?;
    push("finding-response", finding.and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc()));
    let notice = ctpat_store::notices::open_notice(conn, account_id).await?;
    push("compliance", notice.as_ref().map(|n| n.deadline));
    if snapshot.status == Status::Withdrawn {
        push("reapply-bar", snapshot.reapply_barred_until.filter(|u| *u > now));
    }
    deadlines.sort_by_key(|d| d.at);
    let draft_gaps = if r.account.status == Status::Draft {
        application::what_is_missing(app, actor, &r).await?
    } else {
        Vec::new()
    };
    let missing_data = eligibility::missing(&facts(conn, &r).await?);
    let scss_name = match snapshot.scss {
        Some(id) => ctpat_store::users::find(conn, id).await?.map(|u| u.name),
        None => None,
    };
    let history =
        ctpat_store::audit::for_account(conn, account_id, None, 50).await?.into_iter().map(Into::into).collect();
    let group = super::groups::of_account(app, actor, account_id).await?;
    if let Standing::Staff(_) = r.standing {
        // Opening a partner's account is itself recorded.
        let txn = app.db.begin().await?;
        ctpat_store::audit::append(
            &txn,
            for_account(audit::by(actor, now, "account.viewed_by_staff", Outcome::Ok), account_id)
                .object("account", account_id),
        )
        .await?;
        txn.commit().await?;
    }
    let profile = crate::profile::view(app, actor, account_id).await?.progress_state();
    let next_steps = next_steps(&r, actor, &snapshot, profile, !missing_data.is_empty(), t, now);
    let continue_step = (r.account.status == Status::Draft && !r.is_staff()).then(|| r.account.wizard_step.clone());
    let can_group = r.is_staff() && actor.has(ctpat_domain::Permission::ScheduleValidations);
    Ok(Overview {
        reach: r,
        snapshot,
        deadlines,
        missing_data,
        draft_gaps,
        scss_name,
        history,
        group,
        next_steps,
        continue_step,
        can_group,
        profile,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actor::Person;
    use ctpat_domain::partner::lifecycle::{Suspension, SuspensionReason, Timers};
    use ctpat_domain::partner::{Account, EntityType};
    use ctpat_domain::{AccountRole, StaffRole};

    fn at(day: u32) -> DateTime<Utc> {
        use chrono::TimeZone;
        Utc.with_ymd_and_hms(2026, 1, day, 12, 0, 0).unwrap()
    }

    fn account(status: Status) -> Account {
        Account {
            id: 1,
            organization_id: Some(1),
            entity_type: EntityType::Importer,
            status,
            tier: None,
            svi_number: None,
            assigned_scss_id: None,
            field_office_id: None,
            wizard_step: "contacts".into(),
            created_by: 1,
            created_at: at(1),
            updated_at: at(1),
            applied_on: None,
            certified_on: None,
            validated_on: None,
            next_validation_due: None,
            annual_review_due: None,
            next_deadline: None,
            response_due: None,
            pending_decision: None,
            event_count: 0,
            version: 0,
        }
    }

    fn actor(staff: Option<StaffRole>) -> Actor {
        Actor {
            user: Person {
                id: 9,
                email: "x@example.com".into(),
                name: "X".into(),
                staff_role: staff,
                locale: None,
                mfa_enabled: false,
                field_office_id: None,
            },
            session_id: None,
            meta: Default::default(),
        }
    }

    fn reach(status: Status, standing: Standing) -> Reach {
        Reach { account: account(status), standing, entity: EntityType::Importer }
    }

    #[test]
    fn a_suspended_account_is_told_the_date_its_answer_is_due() {
        let t = Timers::default();
        let s = Snapshot {
            status: Status::Suspended,
            suspension: Some(Suspension {
                reason: SuspensionReason::SecurityIncident,
                at: at(2),
                resume: Status::Certified,
                cap_submitted_on: None,
            }),
            ..Snapshot::default()
        };
        let r = reach(Status::Suspended, Standing::Member(AccountRole::Officer));
        let steps = next_steps(&r, &actor(None), &s, ProfileState::Approved, false, &t, at(3));
        assert_eq!(steps[0].message, "next-suspended");
        assert_eq!(steps[0].date, s.response_deadline(&t));
    }

    #[test]
    fn missing_data_is_a_next_step_once_the_application_is_filed() {
        let t = Timers::default();
        let member = Standing::Member(AccountRole::Officer);
        let draft = Snapshot::default();
        let steps =
            next_steps(&reach(Status::Draft, member), &actor(None), &draft, ProfileState::Approved, true, &t, at(3));
        assert!(!steps.iter().any(|n| n.message == "next-missing-data"));
        let filed = Snapshot { status: Status::Applicant, ..Snapshot::default() };
        let steps = next_steps(
            &reach(Status::Applicant, member),
            &actor(None),
            &filed,
            ProfileState::Approved,
            true,
            &t,
            at(3),
        );
        assert!(steps.iter().any(|n| n.message == "next-missing-data"));
    }

    #[test]
    fn only_staff_who_may_propose_a_suspension_hear_of_an_overdue_annual_review() {
        let t = Timers::default();
        let s = Snapshot { status: Status::Certified, certified_on: Some(at(1)), ..Snapshot::default() };
        let late = s.annual_review_due(&t).unwrap() + chrono::Duration::days(1);
        let overdue = |r: &Reach, a: &Actor| {
            next_steps(r, a, &s, ProfileState::Approved, false, &t, late)
                .iter()
                .any(|n| n.message == "next-staff-annual-overdue")
        };
        let scss = actor(Some(StaffRole::Scss));
        assert!(overdue(&reach(Status::Certified, Standing::Staff(StaffRole::Scss)), &scss));
        let member = actor(None);
        assert!(!overdue(&reach(Status::Certified, Standing::Member(AccountRole::Officer)), &member));
    }

    #[test]
    fn while_under_review_the_partner_hears_what_the_profile_still_needs() {
        let t = Timers::default();
        let s = Snapshot { status: Status::UnderReview, ..Snapshot::default() };
        let r = reach(Status::UnderReview, Standing::Member(AccountRole::Officer));
        let steps = next_steps(&r, &actor(None), &s, ProfileState::ToSubmit { required_left: 7 }, false, &t, at(3));
        assert!(steps.contains(&NextStep::counted("next-profile-complete", 7)), "{steps:?}");
        let steps = next_steps(&r, &actor(None), &s, ProfileState::ToSubmit { required_left: 0 }, false, &t, at(3));
        assert!(steps.contains(&NextStep::says("next-profile-sign")), "{steps:?}");
        let steps = next_steps(&r, &actor(None), &s, ProfileState::Returned { criteria: 2 }, false, &t, at(3));
        assert!(steps.contains(&NextStep::counted("next-profile-returned", 2)), "{steps:?}");
    }

    #[test]
    fn staff_hear_whether_the_profile_was_submitted_in_staff_words() {
        let t = Timers::default();
        let s = Snapshot { status: Status::UnderReview, ..Snapshot::default() };
        let r = reach(Status::UnderReview, Standing::Staff(StaffRole::Scss));
        let scss = actor(Some(StaffRole::Scss));
        let steps = next_steps(&r, &scss, &s, ProfileState::ToSubmit { required_left: 3 }, false, &t, at(3));
        assert_eq!(steps[0].message, "next-staff-under-review");
        assert!(steps.contains(&NextStep::counted("next-staff-profile-not-submitted", 3)), "{steps:?}");
        let steps = next_steps(&r, &scss, &s, ProfileState::Submitted, false, &t, at(3));
        assert!(steps.contains(&NextStep::says("next-staff-profile-submitted")), "{steps:?}");
    }
}
