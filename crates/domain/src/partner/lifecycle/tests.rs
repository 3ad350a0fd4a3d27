use super::*;
use proptest::prelude::*;

const OFFICER: Actor = Actor { id: 1, role: ActorRole::Officer };
const SCSS: Actor = Actor { id: 10, role: ActorRole::Scss };
const SCSS2: Actor = Actor { id: 11, role: ActorRole::Scss };
const SUP: Actor = Actor { id: 20, role: ActorRole::Supervisor };
const SUP2: Actor = Actor { id: 21, role: ActorRole::Supervisor };
const HQ: Actor = Actor { id: 30, role: ActorRole::Hq };
const HQ2: Actor = Actor { id: 31, role: ActorRole::Hq };
const SYSTEM: Actor = Actor { id: 0, role: ActorRole::System };

fn day(n: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap() + Duration::days(n)
}

struct Run {
    s: Snapshot,
    log: Vec<(Event, DateTime<Utc>)>,
    t: Timers,
}

impl Run {
    fn new() -> Run {
        Run { s: Snapshot::default(), log: Vec::new(), t: Timers::default() }
    }

    fn run(&mut self, cmd: Command, actor: Actor, at: DateTime<Utc>) -> Result<Event, Refusal> {
        let e = decide(&self.s, &cmd, &actor, at, &self.t)?;
        self.s.apply(&e, at, &self.t);
        self.log.push((e.clone(), at));
        Ok(e)
    }

    fn ok(&mut self, cmd: Command, actor: Actor, at: DateTime<Utc>) {
        self.run(cmd.clone(), actor, at).unwrap_or_else(|r| panic!("{cmd:?} by {actor:?} refused: {r:?}"));
    }
}

fn certified_run() -> Run {
    let mut r = Run::new();
    r.ok(Command::SubmitApplication, OFFICER, day(0));
    r.ok(Command::AssignScss { scss: SCSS.id }, SUP, day(1));
    r.ok(Command::RecommendCertification, SCSS, day(30));
    r.ok(Command::Certify, SUP, day(40));
    r
}

#[test]
fn application_to_validation_with_derived_dates() {
    let mut r = Run::new();
    assert_eq!(r.run(Command::SubmitApplication, SCSS, day(0)), Err(Refusal::WrongRole));
    r.ok(Command::SubmitApplication, OFFICER, day(0));
    assert_eq!(r.s.status, Status::Applicant);
    assert_eq!(r.s.certification_target(&r.t), Some(day(90)));
    r.ok(Command::AssignScss { scss: SCSS.id }, SUP, day(1));
    assert_eq!(r.s.status, Status::UnderReview);
    assert_eq!(r.run(Command::Certify, SUP, day(2)), Err(Refusal::NoRecommendation));
    assert_eq!(r.run(Command::RecommendCertification, SCSS2, day(2)), Err(Refusal::NotTheAssignedScss));
    r.ok(Command::RecommendCertification, SCSS, day(30));
    r.ok(Command::Certify, SUP, day(40));
    assert_eq!(r.s.status, Status::Certified);
    assert_eq!(r.s.certified_on, Some(day(40)));
    assert_eq!(tier(&r.s), Some(1));
    assert_eq!(r.s.next_validation_due(&r.t), Some(day(40 + 365)));
    assert_eq!(r.s.annual_review_due(&r.t), Some(add_years(day(40), 1)));
    assert_eq!(r.s.certification_target(&r.t), None);

    assert_eq!(
        r.run(Command::ApproveValidation { report_author: SUP.id, tier_three: false }, SUP, day(200)),
        Err(Refusal::OwnProposal)
    );
    r.ok(Command::ApproveValidation { report_author: SCSS.id, tier_three: false }, SUP, day(200));
    assert_eq!(r.s.status, Status::Validated);
    assert_eq!(tier(&r.s), Some(2));
    assert_eq!(r.s.next_validation_due(&r.t), Some(add_years(day(200), 4)));
}

#[test]
fn supervisor_cannot_certify_own_recommendation() {
    let mut r = Run::new();
    r.ok(Command::SubmitApplication, OFFICER, day(0));
    r.ok(Command::AssignScss { scss: SCSS.id }, SUP, day(1));
    r.ok(Command::RecommendCertification, SUP, day(2));
    assert_eq!(r.run(Command::Certify, SUP, day(3)), Err(Refusal::OwnProposal));
    r.ok(Command::Certify, SUP2, day(3));
}

#[test]
fn suspension_proposed_decided_answered_reinstated() {
    let mut r = certified_run();
    assert_eq!(r.run(Command::DecideSuspension { approve: true }, SUP, day(50)), Err(Refusal::NoProposal));
    r.ok(Command::ProposeSuspension { reason: SuspensionReason::SecurityIncident }, SCSS, day(50));
    assert_eq!(
        r.run(Command::ProposeSuspension { reason: SuspensionReason::SecurityIncident }, SCSS, day(50)),
        Err(Refusal::ProposalPending)
    );
    r.ok(Command::DecideSuspension { approve: true }, SUP, day(51));
    assert_eq!(r.s.status, Status::Suspended);
    assert_eq!(r.s.response_deadline(&r.t), Some(day(51 + 90)));
    assert_eq!(tier(&r.s), Some(1), "the tier is kept for reinstatement");
    assert_eq!(r.run(Command::Reinstate, SUP, day(60)), Err(Refusal::NoCorrectiveActionPlan));
    r.ok(Command::SubmitCorrectiveActionPlan, OFFICER, day(70));
    assert_eq!(r.s.response_deadline(&r.t), None);
    r.ok(Command::Reinstate, SUP, day(80));
    assert_eq!(r.s.status, Status::Certified);
}

#[test]
fn a_supervisor_does_not_decide_their_own_proposal() {
    let mut r = certified_run();
    r.ok(Command::ProposeSuspension { reason: SuspensionReason::FailedValidation }, SUP, day(50));
    assert_eq!(r.run(Command::DecideSuspension { approve: true }, SUP, day(51)), Err(Refusal::OwnProposal));
    r.ok(Command::DecideSuspension { approve: false }, SUP2, day(51));
    assert_eq!(r.s.status, Status::Certified);
    assert!(r.s.proposal.is_none());
}

#[test]
fn unanswered_suspension_withdraws_and_bars_reapplication() {
    let mut r = certified_run();
    r.ok(Command::ProposeSuspension { reason: SuspensionReason::MissingMandatoryData }, SCSS, day(50));
    r.ok(Command::DecideSuspension { approve: true }, SUP, day(50));
    assert_eq!(r.run(Command::ExpireSuspension, SYSTEM, day(139)), Err(Refusal::DeadlineNotReached));
    assert_eq!(r.run(Command::SubmitCorrectiveActionPlan, OFFICER, day(141)), Err(Refusal::DeadlinePassed));
    r.ok(Command::ExpireSuspension, SYSTEM, day(140));
    assert_eq!(r.s.status, Status::Withdrawn);
    assert_eq!(r.s.reapply_barred_until, Some(day(140 + 365)));
}

#[test]
fn removal_appeal_windows_and_decision() {
    let mut r = certified_run();
    r.ok(Command::Remove { reason: RemovalReason::FalseInformation }, HQ, day(100));
    assert_eq!(r.s.appeal_deadline(&r.t), Some(day(130)), "30 days for false information");
    assert_eq!(r.run(Command::FileAppeal, OFFICER, day(131)), Err(Refusal::DeadlinePassed));

    let mut r = certified_run();
    r.ok(Command::Remove { reason: RemovalReason::SecurityIncident }, HQ, day(100));
    assert_eq!(r.s.appeal_deadline(&r.t), Some(day(190)));
    r.ok(Command::FileAppeal, OFFICER, day(150));
    assert_eq!(r.s.appeal_decision_due(&r.t), Some(day(330)));
    assert_eq!(r.run(Command::DecideAppeal { grant: true }, HQ, day(160)), Err(Refusal::OwnProposal));
    r.ok(Command::DecideAppeal { grant: true }, HQ2, day(160));
    assert_eq!(r.s.status, Status::Certified, "a granted appeal restores the standing");
}

#[test]
fn voluntary_withdrawal() {
    let mut r = certified_run();
    assert_eq!(r.run(Command::Withdraw, SCSS, day(60)), Err(Refusal::WrongRole));
    r.ok(Command::Withdraw, OFFICER, day(60));
    assert_eq!(r.s.status, Status::Withdrawn);
    assert_eq!(r.run(Command::Withdraw, OFFICER, day(61)), Err(Refusal::NotAllowedInStatus));
}

#[test]
fn annual_review_moves_the_due_date() {
    let mut r = certified_run();
    let first = r.s.annual_review_due(&r.t).unwrap();
    r.ok(Command::ApproveAnnualReview, SCSS, first - Duration::days(10));
    assert_eq!(r.s.annual_review_due(&r.t), Some(add_years(day(40), 2)));
}

#[test]
fn group_alignment_takes_the_earliest_date() {
    assert_eq!(aligned_due([Some(day(10)), None, Some(day(5))]), Some(day(5)));
    assert_eq!(aligned_due([None, None]), None);
}

fn allowed_transition(from: Status, to: Status) -> bool {
    use Status::*;
    from == to
        || matches!(
            (from, to),
            (Draft, Applicant)
                | (Applicant, UnderReview)
                | (UnderReview, Certified)
                | (Applicant | UnderReview, Rejected | Ineligible)
                | (Certified, Validated)
                | (Applicant | UnderReview | Certified | Validated, Suspended | Withdrawn)
                | (Suspended, Applicant | UnderReview | Certified | Validated | Withdrawn)
                | (Applicant | UnderReview | Certified | Validated | Suspended, Removed)
                | (Removed, Applicant | UnderReview | Certified | Validated)
        )
}

fn any_command() -> impl Strategy<Value = Command> {
    let suspension = prop::sample::select(SuspensionReason::ALL.to_vec());
    let decision = prop::sample::select(DecisionReason::ALL.to_vec());
    let removal = prop::sample::select(RemovalReason::ALL.to_vec());
    prop_oneof![
        Just(Command::SubmitApplication),
        prop::sample::select(vec![10i64, 11, 20]).prop_map(|scss| Command::AssignScss { scss }),
        Just(Command::RecommendCertification),
        Just(Command::Certify),
        decision.clone().prop_map(|reason| Command::Reject { reason }),
        decision.prop_map(|reason| Command::DeclareIneligible { reason }),
        (prop::sample::select(vec![10i64, 20, 21]), any::<bool>())
            .prop_map(|(report_author, tier_three)| Command::ApproveValidation { report_author, tier_three }),
        Just(Command::ApproveAnnualReview),
        suspension.prop_map(|reason| Command::ProposeSuspension { reason }),
        any::<bool>().prop_map(|approve| Command::DecideSuspension { approve }),
        Just(Command::SuspendAfterNotice { noticed_by: 20 }),
        Just(Command::SubmitCorrectiveActionPlan),
        Just(Command::Reinstate),
        Just(Command::ExpireSuspension),
        removal.prop_map(|reason| Command::Remove { reason }),
        Just(Command::FileAppeal),
        any::<bool>().prop_map(|grant| Command::DecideAppeal { grant }),
        Just(Command::Withdraw),
    ]
}

fn any_actor() -> impl Strategy<Value = Actor> {
    prop::sample::select(vec![OFFICER, SCSS, SCSS2, SUP, SUP2, HQ, HQ2, SYSTEM])
}

/// Mostly an actor whose role could run the command (so histories get deep), sometimes anyone.
fn actor_for(cmd: &Command) -> BoxedStrategy<Actor> {
    let suitable = match cmd {
        Command::SubmitApplication | Command::Withdraw | Command::FileAppeal | Command::SubmitCorrectiveActionPlan => {
            vec![OFFICER]
        }
        Command::RecommendCertification | Command::ApproveAnnualReview | Command::ProposeSuspension { .. } => {
            vec![SCSS, SCSS2, SUP]
        }
        Command::ExpireSuspension | Command::SuspendAfterNotice { .. } => vec![SYSTEM],
        Command::Remove { .. } | Command::DecideAppeal { .. } => vec![HQ, HQ2],
        _ => vec![SUP, SUP2],
    };
    prop_oneof![9 => prop::sample::select(suitable), 1 => any_actor()].boxed()
}

fn any_step() -> impl Strategy<Value = (Command, Actor, i64)> {
    any_command().prop_flat_map(|c| (Just(c.clone()), actor_for(&c), 0i64..120))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Random command sequences: no illegal state is ever reached, segregation of duties holds,
    /// and every date is what the recorded events say.
    #[test]
    fn random_histories_stay_legal(steps in prop::collection::vec(any_step(), 1..80)) {
        let mut r = Run::new();
        let mut now = day(0);
        for (cmd, actor, advance) in steps {
            now += Duration::days(advance);
            let before = r.s.clone();
            match r.run(cmd.clone(), actor, now) {
                Ok(event) => {
                    prop_assert!(allowed_transition(before.status, r.s.status), "{:?} -> {:?} by {:?}", before.status, r.s.status, cmd);
                    match &event {
                        Event::Suspended { by, proposed_by, .. } => prop_assert_ne!(by, proposed_by),
                        Event::Certified { by, recommended_by } => prop_assert_ne!(by, recommended_by),
                        Event::Validated { by, report_author, .. } => prop_assert_ne!(by, report_author),
                        _ => {}
                    }
                }
                Err(_) => prop_assert_eq!(&before, &r.s, "a refusal changes nothing"),
            }
            // Dates are derived from events: replaying the log gives the same snapshot.
            let replayed = Snapshot::replay(r.log.iter().map(|(e, at)| (e, *at)), &r.t);
            prop_assert_eq!(&replayed, &r.s);
            let last_of = |kind: &str| r.log.iter().rev().find(|(e, _)| e.kind() == kind).map(|(_, at)| *at);
            prop_assert_eq!(r.s.validated_on, last_of("validated"));
            if r.s.certified_on.is_some() {
                prop_assert_eq!(r.s.certified_on, last_of("certified"));
            }
            match r.s.status {
                Status::Suspended => {
                    let sus = r.s.suspension.clone().expect("a suspended account has its suspension");
                    prop_assert_eq!(Some(sus.at), last_of("suspended"));
                    if sus.cap_submitted_on.is_none() {
                        prop_assert_eq!(r.s.response_deadline(&r.t), Some(sus.at + Duration::days(90)));
                    }
                }
                Status::Removed => prop_assert!(r.s.removal.is_some()),
                Status::Validated => prop_assert_eq!(r.s.next_validation_due(&r.t), r.s.validated_on.map(|v| add_years(v, 4))),
                Status::Certified => prop_assert!(r.s.next_validation_due(&r.t).is_some()),
                _ => {}
            }
            if r.s.status != Status::Suspended {
                prop_assert!(r.s.suspension.is_none());
            }
            if let Some(until) = r.s.reapply_barred_until {
                prop_assert_eq!(Some(until), last_of("suspension_expired").map(|at| at + Duration::days(365)));
            }
        }
    }
}

#[test]
fn a_deadline_is_reminded_at_the_first_then_the_second_offset_and_not_after_it_passed() {
    let t = Timers { reminder_first: Duration::days(21), reminder_second: Duration::days(7), ..Timers::default() };
    assert_eq!(t.reminder_offset(Duration::days(22)), None);
    assert_eq!(t.reminder_offset(Duration::days(21)), Some(21));
    assert_eq!(t.reminder_offset(Duration::days(8)), Some(21));
    assert_eq!(t.reminder_offset(Duration::days(7)), Some(7));
    assert_eq!(t.reminder_offset(Duration::zero()), Some(7));
    assert_eq!(t.reminder_offset(Duration::hours(-1)), None);
}
