//! Program work: the SCSS work queue, Supervisor and HQ decisions, partner-side lifecycle
//! actions (withdraw, appeal, corrective action plan), and the scheduled sweep that withdraws
//! accounts whose suspension went unanswered.

use super::lifecycle;
use super::{Reach, reach};
use crate::App;
use crate::actor::Actor;
use crate::error::{Error, Result};
use chrono::{DateTime, Utc};
use ctpat_domain::partner::Account;
use ctpat_domain::partner::EntityType;
use ctpat_domain::partner::lifecycle::{ActorRole, Command, DecisionReason, RemovalReason, Status, SuspensionReason};
use ctpat_domain::{Problem, StaffRole};

use ctpat_store::accounts::{self, ListFilter};

/// The lifecycle actions offered on account pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    AssignScss,
    RecommendCertification,
    Certify,
    Reject,
    DeclareIneligible,
    ProposeSuspension,
    DecideSuspension,
    SubmitCorrectiveActionPlan,
    Reinstate,
    Remove,
    FileAppeal,
    DecideAppeal,
    Withdraw,
}

impl Action {
    pub const ALL: [Action; 13] = [
        Action::AssignScss,
        Action::RecommendCertification,
        Action::Certify,
        Action::Reject,
        Action::DeclareIneligible,
        Action::ProposeSuspension,
        Action::DecideSuspension,
        Action::SubmitCorrectiveActionPlan,
        Action::Reinstate,
        Action::Remove,
        Action::FileAppeal,
        Action::DecideAppeal,
        Action::Withdraw,
    ];

    /// Taken by program staff (the others are the partner's own: answering a suspension,
    /// appealing a removal, withdrawing).
    pub fn by_staff(self) -> bool {
        !matches!(self, Action::SubmitCorrectiveActionPlan | Action::FileAppeal | Action::Withdraw)
    }

    /// Ends or endangers the account's standing: the page asks before it is sent.
    pub fn grave(self) -> bool {
        matches!(
            self,
            Action::Remove | Action::Withdraw | Action::Reject | Action::DeclareIneligible | Action::ProposeSuspension
        )
    }

    /// Answered yes or no by the decider.
    pub fn is_decision(self) -> bool {
        matches!(self, Action::DecideSuspension | Action::DecideAppeal)
    }

    pub fn key(self) -> &'static str {
        match self {
            Action::AssignScss => "assign-scss",
            Action::RecommendCertification => "recommend-certification",
            Action::Certify => "certify",
            Action::Reject => "reject",
            Action::DeclareIneligible => "declare-ineligible",
            Action::ProposeSuspension => "propose-suspension",
            Action::DecideSuspension => "decide-suspension",
            Action::SubmitCorrectiveActionPlan => "submit-cap",
            Action::Reinstate => "reinstate",
            Action::Remove => "remove",
            Action::FileAppeal => "file-appeal",
            Action::DecideAppeal => "decide-appeal",
            Action::Withdraw => "withdraw",
        }
    }

    pub fn from_key(s: &str) -> Option<Action> {
        Self::ALL.into_iter().find(|a| a.key() == s)
    }

    /// A representative command, to ask the state machine whether the action is open now.
    fn probe(self, scss: Option<i64>) -> Command {
        match self {
            Action::AssignScss => Command::AssignScss { scss: scss.map(|s| s + 1).unwrap_or(0) },
            Action::RecommendCertification => Command::RecommendCertification,
            Action::Certify => Command::Certify,
            Action::Reject => Command::Reject { reason: DecisionReason::EligibilityNotMet },
            Action::DeclareIneligible => Command::DeclareIneligible { reason: DecisionReason::EligibilityNotMet },
            Action::ProposeSuspension => Command::ProposeSuspension { reason: SuspensionReason::SecurityIncident },
            Action::DecideSuspension => Command::DecideSuspension { approve: true },
            Action::SubmitCorrectiveActionPlan => Command::SubmitCorrectiveActionPlan,
            Action::Reinstate => Command::Reinstate,
            Action::Remove => Command::Remove { reason: RemovalReason::Other },
            Action::FileAppeal => Command::FileAppeal,
            Action::DecideAppeal => Command::DecideAppeal { grant: true },
            Action::Withdraw => Command::Withdraw,
        }
    }
}

/// What the form of an action sent.
#[derive(Debug, Clone, Default)]
pub struct ActionInput {
    pub reason: String,
    pub scss: String,
    /// `yes` or `no` for decisions.
    pub decision: String,
    /// The account version the page showed.
    pub version: String,
    /// A signed action (voluntary withdrawal): the confirmation and the signer's password or
    /// authenticator code.
    pub confirm: bool,
    pub password: String,
    pub code: String,
}

impl Action {
    /// The written statement the action sends: it is taken on its own page (text and evidence),
    /// not by a bare button.
    pub fn statement(self) -> Option<ctpat_domain::partner::statement::StatementKind> {
        use ctpat_domain::partner::statement::StatementKind;
        match self {
            Action::SubmitCorrectiveActionPlan => Some(StatementKind::CorrectiveActionPlan),
            Action::FileAppeal => Some(StatementKind::Appeal),
            _ => None,
        }
    }

    /// Whether the action is signed like the application: confirmed, with the signer's password
    /// or authenticator code (withdrawing from the program is the company's own decision).
    pub fn signed(self) -> bool {
        self == Action::Withdraw
    }
}

fn reason<T: Copy>(raw: &str, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
    parse(raw.trim()).ok_or_else(|| Error::field("reason", Problem::new("err-choose-one")))
}

fn decision(raw: &str) -> Result<bool> {
    match raw.trim() {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(Error::field("decision", Problem::new("err-choose-one"))),
    }
}

/// The actions open to this actor on this account now (to show only those buttons).
pub async fn open_actions(app: &App, actor: &Actor, r: &Reach) -> Result<Vec<Action>> {
    let Some(who) = lifecycle::domain_actor(actor, r.standing) else { return Ok(Vec::new()) };
    let t = &app.timers();
    let (s, _) = lifecycle::snapshot(app.db.conn(), r.account.id, t).await?;
    let now = app.now();
    Ok(Action::ALL
        .into_iter()
        // Only what the state machine would accept now; a decision on one's own proposal is
        // not offered (and refused with that reason if posted anyway).
        .filter(|a| ctpat_domain::partner::lifecycle::decide(&s, &a.probe(s.scss), &who, now, t).is_ok())
        .collect())
}

/// Run an action from an account page.
pub async fn act(app: &App, actor: &Actor, account_id: i64, action: &str, input: &ActionInput) -> Result<Account> {
    let action = Action::from_key(action).ok_or(Error::NotFound)?;
    let r = reach(app.db.conn(), actor, account_id).await?;

    let version = input.version.trim().parse::<i32>().ok();
    let cmd = match action {
        Action::AssignScss => {
            let id: i64 =
                input.scss.trim().parse().map_err(|_| Error::field("scss", Problem::new("err-choose-one")))?;
            let staff = ctpat_store::users::find(app.db.conn(), id).await?;
            // Only an active SCSS of the account's own field office.
            if staff.is_none_or(|u| {
                u.staff_role.as_deref() != Some(StaffRole::Scss.key())
                    || u.disabled_at.is_some()
                    || u.field_office_id != r.account.field_office_id
            }) {
                return Err(Error::field("scss", Problem::new("err-choose-one")));
            }
            Command::AssignScss { scss: id }
        }
        Action::RecommendCertification => {
            refuse_unless_profile_approved(app, actor, account_id).await?;
            Command::RecommendCertification
        }
        Action::Certify => {
            refuse_unless_profile_approved(app, actor, account_id).await?;
            Command::Certify
        }
        Action::Reject => Command::Reject { reason: reason(&input.reason, DecisionReason::from_key)? },
        Action::DeclareIneligible => {
            Command::DeclareIneligible { reason: reason(&input.reason, DecisionReason::from_key)? }
        }
        Action::ProposeSuspension => {
            Command::ProposeSuspension { reason: reason(&input.reason, SuspensionReason::from_key)? }
        }
        Action::DecideSuspension => Command::DecideSuspension { approve: decision(&input.decision)? },
        // A plan or an appeal without its text is no answer: it is sent from its own page.
        Action::SubmitCorrectiveActionPlan | Action::FileAppeal => {
            return Err(Error::Refused(Problem::new("refusal-statement-on-its-page")));
        }
        Action::Reinstate => {
            // Suspended until eligible: the mandatory data must be complete again first.
            let missing =
                ctpat_domain::partner::eligibility::missing(&super::overview::facts(app.db.conn(), &r).await?);
            if !missing.is_empty() {
                return Err(Error::Refused(
                    Problem::new("refusal-reinstate-missing-data").with("count", missing.len()),
                ));
            }
            Command::Reinstate
        }
        Action::Remove => Command::Remove { reason: reason(&input.reason, RemovalReason::from_key)? },
        Action::DecideAppeal => Command::DecideAppeal { grant: decision(&input.decision)? },
        Action::Withdraw => Command::Withdraw,
    };
    if action.signed() {
        let mut errors = Vec::new();
        if !input.confirm {
            errors.push(Problem::new("err-withdraw-confirm").on("confirm"));
        }
        if let Err(e) = crate::auth::reauth::confirm(app, actor, &input.password, &input.code).await {
            errors.push(e);
        }
        if !errors.is_empty() {
            return Err(Error::Invalid(errors));
        }
    }
    let txn = app.db.begin().await?;
    // An account moved to another office meanwhile takes only an SCSS of its new office.
    if let Command::AssignScss { scss } = &cmd {
        accounts::lock(&txn, account_id).await?;
        let office = accounts::find(&txn, accounts::Scope::Program, account_id).await?.and_then(|a| a.field_office_id);
        let theirs = ctpat_store::users::find(&txn, *scss).await?.and_then(|u| u.field_office_id);
        if office != theirs {
            return Err(Error::field("scss", Problem::new("err-choose-one")));
        }
    }
    // Read again inside the transaction: a profile reopened since the check above stops it.
    if matches!(cmd, Command::RecommendCertification | Command::Certify)
        && !ctpat_store::profiles::of_account(&txn, account_id)
            .await?
            .is_some_and(|p| p.status == ctpat_domain::profile::ProfileStatus::Approved)
    {
        return Err(Error::Refused(Problem::new("refusal-recommend-not-submitted")));
    }
    let (account, _) = lifecycle::run_in(&txn, app, actor, &r, cmd, version).await?;
    txn.commit().await?;
    Ok(account)
}

/// Certification is recommended, and decided, only on a Security Profile whose every criterion
/// is accepted: the refusal says what is still open (a profile reopened after the
/// recommendation stops the certification too).
async fn refuse_unless_profile_approved(app: &App, actor: &Actor, account_id: i64) -> Result<()> {
    use crate::profile::ProfileState;
    let problem = match crate::profile::view(app, actor, account_id).await?.progress_state() {
        ProfileState::Approved => return Ok(()),
        ProfileState::ToSubmit { .. } => Problem::new("refusal-recommend-not-submitted"),
        ProfileState::Submitted => Problem::new("refusal-recommend-in-review"),
        ProfileState::Returned { criteria } => Problem::new("refusal-recommend-returned").with("count", criteria),
    };
    Err(Error::Refused(problem))
}

/// One line of the work queue.
pub struct QueueRow {
    pub account: Account,
    pub organization: String,
    pub scss: Option<String>,
    /// The code of the field office the account is placed in.
    pub office: Option<String>,
    /// A required action found at a validation is answered late.
    pub overdue_finding: bool,
    /// An appeal waits for HQ past the time HQ has to decide it.
    pub overdue_appeal: bool,
}

pub struct QueueFilter {
    pub status: Option<Status>,
    pub entity_type: Option<EntityType>,
    pub pending_decision: bool,
    pub unassigned: bool,
    /// Only accounts of this office (`Some(None)`: placed in none); HQ's choice.
    pub office: Option<Option<i64>>,
    pub order: QueueOrder,
}

/// The queue's order and page cursor: nearest deadline first (the default), or newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueueOrder {
    /// Newest account first; continue below this id.
    Newest { before_id: Option<i64> },
    /// Nearest deadline first (accounts without one last), then by id; continue after this
    /// (deadline, id).
    Deadline { after: Option<(Option<DateTime<Utc>>, i64)> },
}

impl From<QueueOrder> for accounts::ListOrder {
    fn from(o: QueueOrder) -> Self {
        match o {
            QueueOrder::Newest { before_id } => accounts::ListOrder::Newest { before_id },
            QueueOrder::Deadline { after } => accounts::ListOrder::Deadline { after },
        }
    }
}

/// Whether the queue offers "only accounts without an SCSS": not to an SCSS, whose queue holds
/// only accounts assigned to them.
pub fn sees_unassigned(actor: &Actor) -> bool {
    matches!(super::staff_scope(actor), Some(accounts::Scope::Program | accounts::Scope::Office(_)))
}

/// Whether the queue offers a choice of field office: to HQ, who sees every office.
pub fn sees_offices(actor: &Actor) -> bool {
    matches!(super::staff_scope(actor), Some(accounts::Scope::Program))
}

/// The work queue: an SCSS sees their assigned accounts; Supervisors and HQ see the program.
pub async fn queue(app: &App, actor: &Actor, f: &QueueFilter, limit: u64) -> Result<Vec<QueueRow>> {
    let scope = super::staff_scope(actor).ok_or(Error::Forbidden)?;
    let conn = app.db.conn();
    let rows = accounts::list(
        conn,
        ListFilter {
            scope,
            // Drafts are the partner's own business until submitted (left out in the query, so
            // that every page is full); without a status filter the queue shows open work only.
            exclude_statuses: if f.status.is_some() {
                &[Status::Draft]
            } else {
                &[Status::Draft, Status::Withdrawn, Status::Rejected, Status::Ineligible]
            },
            pending_decision: f.pending_decision,
            status: f.status,
            entity_type: f.entity_type,
            assigned_to: None,
            unassigned: f.unassigned,
            // Only HQ chooses: everyone else's scope is one office or their assignments.
            office: if sees_offices(actor) { f.office } else { None },
            order: f.order.into(),
            limit,
        },
    )
    .await?;
    let org_ids: Vec<i64> = rows.iter().filter_map(|a| a.organization_id).collect();
    let orgs = ctpat_store::orgs::orgs_by_ids(conn, &org_ids).await?;
    let scss_ids: Vec<i64> = rows.iter().filter_map(|a| a.assigned_scss_id).collect();
    let staff = ctpat_store::users::by_ids(conn, &scss_ids).await?;
    let ids: Vec<i64> = rows.iter().map(|a| a.id).collect();
    let now = app.now();
    let late = ctpat_store::findings::accounts_with_overdue(conn, &ids, now.date_naive()).await?;
    let offices = ctpat_store::offices::list(conn).await?;
    Ok(rows
        .into_iter()
        .map(|a| QueueRow {
            overdue_finding: late.contains(&a.id),
            // A removed account with an appeal filed has no other running deadline than the
            // decision's, so its nearest deadline is the decision's.
            overdue_appeal: a.pending_decision.as_deref() == Some("appeal") && a.next_deadline.is_some_and(|d| d < now),
            organization: a
                .organization_id
                .and_then(|id| orgs.iter().find(|o| o.id == id))
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            scss: a.assigned_scss_id.and_then(|id| staff.iter().find(|u| u.id == id)).map(|u| u.name.clone()),
            office: a.field_office_id.and_then(|id| offices.iter().find(|o| o.id == id)).map(|o| o.code.clone()),
            account: a,
        })
        .collect())
}

/// The SCSSs a Supervisor can assign to an account of `office`: those of the same office.
pub async fn specialists_of(app: &App, office: Option<i64>) -> Result<Vec<crate::staff::StaffMember>> {
    Ok(ctpat_store::offices::staff_of(app.db.conn(), office, StaffRole::Scss.key())
        .await?
        .iter()
        .map(crate::staff::StaffMember::of)
        .collect())
}

/// Every active SCSS (validation teams may cross offices).
pub async fn specialists(app: &App) -> Result<Vec<crate::staff::StaffMember>> {
    Ok(ctpat_store::users::list_staff(app.db.conn())
        .await?
        .iter()
        .map(crate::staff::StaffMember::of)
        .filter(|u| u.role == Some(StaffRole::Scss) && !u.disabled)
        .collect())
}

/// Withdraw every suspended account whose 90-day response window closed without a corrective
/// action plan. Safe to run on several servers at once: the account's version lets exactly
/// one of them record the withdrawal. Returns how many were withdrawn.
pub async fn sweep_expired_suspensions(app: &App, now: DateTime<Utc>) -> Result<usize> {
    let conn = app.db.conn();
    let candidates = accounts::suspensions_unanswered_by(conn, now, 500).await?;
    let mut done = 0;
    for account in candidates {
        let t = &app.timers();
        let (s, _) = lifecycle::snapshot(conn, account.id, t).await?;
        let system = ctpat_domain::partner::lifecycle::Actor { id: 0, role: ActorRole::System };
        let Ok(event) = ctpat_domain::partner::lifecycle::decide(&s, &Command::ExpireSuspension, &system, now, t)
        else {
            continue;
        };
        let txn = app.db.begin().await?;
        match lifecycle::record(&txn, app, &account, &event, None, now).await {
            Ok(_) => {
                let e = crate::audit::system(
                    &crate::RequestMeta::default(),
                    now,
                    "account.suspension_expired",
                    "scheduler",
                );
                let e = crate::audit::for_account(e, account.id);
                use crate::audit::EventExt;
                ctpat_store::audit::append(
                    &txn,
                    e.object("account", account.id).after(serde_json::json!({"status": "withdrawn"})),
                )
                .await?;
                txn.commit().await?;
                done += 1;
            }
            Err(Error::ChangedMeanwhile) => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}
