//! The account lifecycle through the pages, on both engines: assignment, recommendation and
//! certification, suspension proposed and decided by different people, corrective action
//! plan and reinstatement, removal and appeal, withdrawal, the unanswered-suspension sweep,
//! stale pages, and two concurrent deciders.

use chrono::Duration;
use ctpat_testkit::flows::{PW, act, answer_profile, apply_as_importer, approve_profile, send_statement, version_of};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    t.partner("ana@acme.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sid@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    t.staff("hal@cbp.example", PW, "hq").await;
    t.staff("hana@cbp.example", PW, "hq").await;
    t
}

async fn applied(_t: &TestApp, ana: &Browser) -> i64 {
    apply_as_importer(ana, "Acme Imports", "ana@acme.example").await
}

async fn user_id(t: &TestApp, email: &str) -> String {
    ctpat_store::users::find_by_email(t.db.db.conn(), email).await.unwrap().unwrap().id.to_string()
}

async fn full_lifecycle(db: TestDb) {
    let t = spawn(db).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = applied(&t, &ana).await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sid = t.signed_in("sid@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let hal = t.signed_in("hal@cbp.example").await;
    let hana = t.signed_in("hana@cbp.example").await;

    // The Supervisor's queue shows the application waiting for an SCSS.
    sue.get("/program?pending=on")
        .await
        .assert_contains("Acme Imports")
        .assert_contains("Assignment of an SCSS")
        .assert_contains("90 days left");
    assert_eq!(sam.get(&format!("/accounts/{id}")).await.status, 404, "not yet assigned to Sam");
    let p = act(&sue, id, "assign-scss", &[("scss", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose one of the options.");
    let sam_id = user_id(&t, "sam@cbp.example").await;
    assert_eq!(act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await.status, 303);
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Under review").assert_contains("Test sam");
    sam.get("/program").await.assert_contains("Acme Imports");

    // SCSS recommends; a Supervisor certifies.
    let staff_page = sam.get(&format!("/accounts/{id}")).await;
    staff_page.assert_contains("Recommend certification");
    assert!(!staff_page.body.contains("Certify (Tier I)"), "an SCSS does not certify");
    approve_profile(&t, &ana, &sam, id).await;
    assert_eq!(act(&sam, id, "recommend-certification", &[]).await.status, 303);
    sue.get("/program?pending=on").await.assert_contains("Certification decision");
    assert_eq!(act(&sue, id, "certify", &[]).await.status, 303);
    let dash = ana.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("Certified")
        .assert_contains("Tier 1")
        .assert_contains("Next validation due")
        .assert_contains("Annual review due");
    assert!(t.emails_to("ana@acme.example").await.iter().any(|m| m.subject.contains("Certified")));

    // Suspension: proposed by the SCSS, decided by a Supervisor, answered and reinstated.
    assert_eq!(act(&sam, id, "propose-suspension", &[("reason", "security_incident")]).await.status, 303);
    let sam_page = sam.get(&format!("/accounts/{id}")).await;
    assert!(!sam_page.body.contains("Decide the suspension proposal"), "not offered to an SCSS");
    let v = version_of(&sue.get(&format!("/accounts/{id}")).await.body);
    let p =
        sam.post(&format!("/accounts/{id}/actions/decide-suspension"), &[("decision", "yes"), ("version", &v)]).await;
    assert_eq!(p.status, 422, "an SCSS cannot decide");
    p.assert_contains("Your role does not allow this action.");
    assert_eq!(act(&sue, id, "decide-suspension", &[("decision", "yes")]).await.status, 303);
    let dash = ana.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("Suspended")
        .assert_contains("Answer the suspension with a corrective action plan")
        .assert_contains("90 days left");
    assert!(t.emails_to("ana@acme.example").await.iter().any(|m| m.body_text.contains("Security incident")));
    assert_eq!(send_statement(&ana, id, "corrective-action-plan", "New seal log, checked daily.").await.status, 303);
    assert_eq!(act(&sue, id, "reinstate", &[]).await.status, 303);
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Certified");

    // No one decides their own proposal.
    assert_eq!(act(&sue, id, "propose-suspension", &[("reason", "failed_validation")]).await.status, 303);
    let v = version_of(&sid.get(&format!("/accounts/{id}")).await.body);
    let p =
        sue.post(&format!("/accounts/{id}/actions/decide-suspension"), &[("decision", "yes"), ("version", &v)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("You cannot approve your own proposal");
    assert_eq!(act(&sid, id, "decide-suspension", &[("decision", "no")]).await.status, 303);

    // Removal by HQ, appeal by the Officer, decided by another HQ member.
    let p = act(&hal, id, "remove", &[("reason", "")]).await;
    assert_eq!(p.status, 422);
    assert_eq!(act(&hal, id, "remove", &[("reason", "repeated_non_compliance")]).await.status, 303);
    ana.get(&format!("/accounts/{id}"))
        .await
        .assert_contains("Removed")
        .assert_contains("File an appeal against the removal");
    assert_eq!(send_statement(&ana, id, "appeal", "The findings were closed in time.").await.status, 303);
    hal.get("/program?pending=on").await.assert_contains("Appeal decision");
    let hal_page = hal.get(&format!("/accounts/{id}")).await;
    assert!(!hal_page.body.contains("Decide the appeal"), "not offered to the remover");
    let v = version_of(&hana.get(&format!("/accounts/{id}")).await.body);
    let p = hal.post(&format!("/accounts/{id}/actions/decide-appeal"), &[("decision", "yes"), ("version", &v)]).await;
    assert_eq!(p.status, 422, "the remover does not decide the appeal");
    p.assert_contains("You cannot approve your own proposal");
    assert_eq!(act(&hana, id, "decide-appeal", &[("decision", "yes")]).await.status, 303);
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Certified");

    // A page left open while someone else acted: "changed meanwhile".
    let stale = version_of(&ana.get(&format!("/accounts/{id}")).await.body);
    assert_eq!(act(&sam, id, "propose-suspension", &[("reason", "security_incident")]).await.status, 303);
    let p = ana
        .post(&format!("/accounts/{id}/actions/withdraw"), &[("version", &stale), ("confirm", "on"), ("password", PW)])
        .await;
    assert_eq!(p.status, 409);
    p.assert_contains("This record changed meanwhile");

    // Voluntary withdrawal by the Officer: signed (confirmed, with the password).
    let p = act(&ana, id, "withdraw", &[("password", "not my password")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Tick the box to confirm the withdrawal.");
    assert!(!p.body.contains("not my password"), "a password is never sent back");
    let p = act(&ana, id, "withdraw", &[("confirm", "on"), ("password", "not my password")]).await;
    assert_eq!(p.status, 422);
    assert_eq!(act(&ana, id, "withdraw", &[("confirm", "on"), ("password", PW)]).await.status, 303);
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Withdrawn");

    let actions = t.audit_actions().await;
    for a in [
        "account.scss_assigned",
        "account.certified",
        "account.suspended",
        "account.reinstated",
        "account.removed",
        "account.appeal_decided",
        "account.withdrawn",
    ] {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}");
    }
}

async fn unanswered_suspension_is_withdrawn(db: TestDb) {
    let t = spawn(db).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = applied(&t, &ana).await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let sam_id = user_id(&t, "sam@cbp.example").await;
    act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await;
    act(&sam, id, "propose-suspension", &[("reason", "missing_mandatory_data")]).await;
    assert_eq!(act(&sue, id, "decide-suspension", &[("decision", "yes")]).await.status, 303);

    use ctpat_app::partner::program::sweep_expired_suspensions;
    // The response window is projected on the account; a database from before the column
    // gets it back from the history at start-up.
    let due = |t: &TestApp| {
        let conn = t.db.db.conn().clone();
        async move {
            ctpat_store::accounts::find(&conn, ctpat_store::accounts::Scope::Program, id)
                .await
                .unwrap()
                .unwrap()
                .response_due
        }
    };
    let window = due(&t).await.expect("a running suspension has a response window");
    ctpat_store::accounts::set_response_due(t.db.db.conn(), id, None).await.unwrap();
    assert_eq!(ctpat_app::partner::lifecycle::backfill_response_due(&t.app).await.unwrap(), 1);
    assert_eq!(due(&t).await, Some(window));
    t.clock.advance(Duration::days(89));
    assert_eq!(sweep_expired_suspensions(&t.app, t.app.now()).await.unwrap(), 0);
    t.clock.advance(Duration::days(2));
    assert_eq!(sweep_expired_suspensions(&t.app, t.app.now()).await.unwrap(), 1);
    assert_eq!(sweep_expired_suspensions(&t.app, t.app.now()).await.unwrap(), 0, "once only");
    let ana = t.signed_in("ana@acme.example").await;
    let dash = ana.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("Withdrawn")
        .assert_contains("Re-application possible from")
        .assert_contains("Withdrawn: suspension unanswered");
    assert!(t.emails_to("ana@acme.example").await.iter().any(|m| m.body_text.contains("barred for one year")));

    // Re-applying for the same company and entity type is refused until the bar ends.
    let p = ana.post("/apply", &[("entity_type", "importer"), ("my_role", "officer")]).await;
    let again: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let orgs_page = ana.get(&format!("/accounts/{again}/apply/organization")).await;
    let org_id = orgs_page
        .body
        .split("name=\"existing\">")
        .nth(1)
        .and_then(|s| s.split("<option value=\"").nth(2))
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_string();
    assert_eq!(ana.post(&format!("/accounts/{again}/apply/organization"), &[("existing", &org_id)]).await.status, 303);
    let base = format!("/accounts/{again}/apply");
    ana.post(
        &format!("{base}/addresses"),
        &[
            ("hq_line1", "1 Harbor Way"),
            ("hq_city", "Baltimore"),
            ("hq_country", "US"),
            ("a1_kind", "cargo_facility"),
            ("a1_line1", "Pier 9"),
            ("a1_city", "Baltimore"),
            ("a1_country", "US"),
        ],
    )
    .await;
    ana.post(
        &format!("/accounts/{again}/contacts"),
        &[("name", "Ana"), ("email", "ana@acme.example"), ("role", "officer"), ("primary", "on")],
    )
    .await;
    ana.post(&format!("/accounts/{again}/contacts"), &[("name", "Bo"), ("email", "bo@acme.example"), ("role", "user")])
        .await;
    ana.post(&format!("{base}/contacts"), &[]).await;
    ana.post(
        &format!("{base}/identifiers"),
        &[
            ("id_ior", "12-345678900"),
            ("bond_number", "123456789"),
            ("bond_type", "continuous_import"),
            ("declare_imported_last_12_months", "on"),
        ],
    )
    .await;
    let p = ana.post(&format!("{base}/agreement"), &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("may apply again as this entity type from");
    t.clock.advance(Duration::days(366));
    let ana = t.signed_in("ana@acme.example").await;
    answer_profile(&ana, again).await;
    assert_eq!(ana.post(&format!("{base}/agreement"), &[("agree", "on"), ("password", PW)]).await.status, 303);
}

/// Two Supervisors decide the same proposal at the same moment: exactly one decision lands.
async fn concurrent_decisions(db: TestDb) {
    let t = spawn(db).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = applied(&t, &ana).await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let sam_id = user_id(&t, "sam@cbp.example").await;
    act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await;
    act(&sam, id, "propose-suspension", &[("reason", "security_incident")]).await;

    let actor_of = |email: &'static str| {
        let app = t.app.clone();
        async move { ctpat_app::auth::actor_by_email(&app, email, Default::default()).await.unwrap() }
    };
    let (sue_actor, sid_actor) = (actor_of("sue@cbp.example").await, actor_of("sid@cbp.example").await);
    let version = version_of(&sue.get(&format!("/accounts/{id}")).await.body);
    {
        let input = |d: &str| ctpat_app::partner::program::ActionInput {
            decision: d.into(),
            version: version.clone(),
            ..Default::default()
        };
        let (a, b) = (input("yes"), input("no"));
        let app1 = t.app.clone();
        let app2 = t.app.clone();
        let (s1, s2) = (sue_actor.clone(), sid_actor.clone());
        let h1 =
            tokio::spawn(
                async move { ctpat_app::partner::program::act(&app1, &s1, id, "decide-suspension", &a).await },
            );
        let h2 =
            tokio::spawn(
                async move { ctpat_app::partner::program::act(&app2, &s2, id, "decide-suspension", &b).await },
            );
        let (r1, r2) = (h1.await.unwrap(), h2.await.unwrap());
        let oks = [r1.is_ok(), r2.is_ok()].iter().filter(|x| **x).count();
        assert_eq!(oks, 1, "exactly one decision lands: {r1:?} / {r2:?}");
        let loser = if r1.is_ok() { r2 } else { r1 };
        assert!(matches!(loser, Err(ctpat_app::Error::ChangedMeanwhile)), "{loser:?}");
    }
    let events = t.db.scalar_i64(&format!("SELECT COUNT(*) FROM account_event WHERE account_id = {id} AND kind IN ('suspended', 'suspension_proposal_declined')")).await;
    assert_eq!(events, 1);
}

/// Account ids of the queue's rows, and the link to the next page, following it to the end.
async fn queue_ids(b: &Browser, first: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut path = Some(first.to_string());
    let mut pages = 0;
    while let Some(p) = path.take() {
        pages += 1;
        assert!(pages <= 10, "the queue does not end: {p} after {ids:?}");
        let page = b.get(&p).await;
        assert_eq!(page.status, 200, "{p}");
        ids.extend(
            page.body
                .split("<td><a href=\"/accounts/")
                .skip(1)
                .map(|s| s.split('"').next().unwrap().parse::<i64>().unwrap()),
        );
        path =
            page.body.split("href=\"/program?").nth(1).map(|s| {
                format!("/program?{}", s.split('"').next().unwrap().replace("&#38;", "&").replace("&amp;", "&"))
            });
    }
    ids
}

/// The queue pages through the whole program nearest deadline first (accounts without one
/// last, ties by id), or newest first, never showing an account twice or skipping one.
async fn queue_order_and_paging(db: TestDb) {
    use ctpat_store::entity::partner_account;
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let t = spawn(db).await;
    let ana = ctpat_store::users::find_by_email(t.db.db.conn(), "ana@acme.example").await.unwrap().unwrap();
    let now = t.app.now();
    ctpat_store::bench_seed::seed(t.db.db.conn(), 120, 0, ana.id, now).await.unwrap();
    let all = partner_account::Entity::find().all(t.db.db.conn()).await.unwrap();
    let mut expected = Vec::new();
    for (k, a) in all.into_iter().enumerate() {
        // A quarter without a deadline; the others on 50 dates, so that ties happen.
        let deadline = (k % 4 != 0).then(|| now + Duration::days((k as i64 * 7) % 50));
        let mut am: partner_account::ActiveModel = a.clone().into();
        am.next_deadline = Set(deadline);
        am.update(t.db.db.conn()).await.unwrap();
        expected.push((deadline.is_none(), deadline, a.id));
    }
    expected.sort();
    let expected: Vec<i64> = expected.into_iter().map(|(_, _, id)| id).collect();
    assert_eq!(expected.len(), 120);

    let sue = t.signed_in("sue@cbp.example").await;
    let page = sue.get("/program").await;
    page.assert_contains("Nearest deadline first");
    assert_eq!(queue_ids(&sue, "/program").await, expected, "nearest deadline first, over three pages");
    let newest = queue_ids(&sue, "/program?sort=newest").await;
    let mut desc = expected.clone();
    desc.sort_by(|a, b| b.cmp(a));
    assert_eq!(newest, desc, "newest first");
    // A damaged cursor starts from the top instead of failing.
    assert_eq!(sue.get("/program?sort=deadline&after=yesterday_x").await.status, 200);
}

/// The 90-day certification target is reminded to the assigned SCSS 30 and 14 days before it,
/// once each, not a day sooner; a suspended partner is reminded of its response window.
async fn deadlines_are_reminded_at_30_and_14_days(db: TestDb) {
    async fn send(app: &ctpat_app::App, now: chrono::DateTime<chrono::Utc>) -> Result<usize, ctpat_app::Error> {
        ctpat_app::jobs::run_kind(app, now, ctpat_app::scheduler::Kind::DeadlineReminder).await
    }
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (_, _, id) = ctpat_testkit::flows::submitted_profile(&t).await;
    let applied = t.app.now();
    let at = |days: i64| t.clock.set(applied + Duration::days(days));
    at(59);
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 0, "31 days before the target: not yet");
    at(60);
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 1, "30 days before");
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 0, "once");
    at(76);
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 1, "14 days before");
    let mails = t.emails_to("sam@cbp.example").await;
    assert_eq!(mails.iter().filter(|m| m.subject.contains("90-day target")).count(), 2);

    // Suspended: the partner hears of the response window.
    let sam = t.signed_in("sam@cbp.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    assert_eq!(act(&sam, id, "propose-suspension", &[("reason", "security_incident")]).await.status, 303);
    assert_eq!(act(&sue, id, "decide-suspension", &[("decision", "yes")]).await.status, 303);
    let suspended = t.app.now();
    t.clock.set(suspended + Duration::days(60));
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 1);
    let mails = t.emails_to("ana@acme.example").await;
    assert!(mails.iter().any(|m| m.subject.contains("answer to the suspension")), "the partner is reminded");
}

/// The reminder offsets are HQ's policy: moved to 21 and 7 days, the reminders follow them; a
/// second reminder earlier than the first is refused with the field named.
async fn hq_moves_the_reminders(db: TestDb) {
    async fn send(app: &ctpat_app::App, now: chrono::DateTime<chrono::Utc>) -> Result<usize, ctpat_app::Error> {
        ctpat_app::jobs::run_kind(app, now, ctpat_app::scheduler::Kind::DeadlineReminder).await
    }
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (_, _, _id) = ctpat_testkit::flows::submitted_profile(&t).await;
    let applied = t.app.now();
    t.staff("hal@cbp.example", PW, "hq").await;
    let hal = t.signed_in("hal@cbp.example").await;
    hal.get("/program/policies").await.assert_contains("First reminder before a deadline");
    let p = hal.post("/program/policies/timers", &[("reminder_first", "10"), ("reminder_second", "12")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("The second reminder must come closer to the deadline").assert_contains("value=\"12\"");
    let p = hal.post("/program/policies/timers", &[("reminder_first", "21"), ("reminder_second", "7")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let at = |days: i64| t.clock.set(applied + Duration::days(days));
    at(60);
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 0, "30 days before is no longer a reminder day");
    at(69);
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 1, "21 days before");
    at(82);
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 0, "8 days before: already reminded");
    at(83);
    assert_eq!(send(&t.app, t.app.now()).await.unwrap(), 1, "7 days before");
}

both_engines! {
    reminder_policy => hq_moves_the_reminders;
    reminders => deadlines_are_reminded_at_30_and_14_days;
    lifecycle => full_lifecycle;
    sweep => unanswered_suspension_is_withdrawn;
    concurrent => concurrent_decisions;
    queue => queue_order_and_paging;
}
