//! Scheduling validations through the pages, on both engines: written notice (30 days, less
//! only with a Supervisor's reason), sites, the notice to every contact in-app and by e-mail,
//! moving and calling off with a reason, and who may do what.

use chrono::Duration;
use ctpat_testkit::flows::{act, certified_importer, version_of};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

fn day(t: &TestApp, days: i64) -> String {
    (t.app.now() + Duration::days(days)).format("%Y-%m-%d").to_string()
}

/// The version field of the first form after `marker` in a page (of the whole page when empty).
fn version_after(body: &str, marker: &str) -> String {
    let rest = if marker.is_empty() { body } else { body.split(marker).nth(1).expect("the marker") };
    rest.split("name=\"version\" value=\"").nth(1).and_then(|v| v.split('"').next()).expect("a version").to_string()
}

/// A validation of `id` scheduled by `by` to start (and end) `days` from now at Pier 9; the
/// address of its page.
async fn scheduled(t: &TestApp, by: &Browser, id: i64, days: i64) -> String {
    let p = by
        .post(
            &format!("/accounts/{id}/validations"),
            &[("start", &day(t, days)), ("end", &day(t, days)), ("site_kind-1", "domestic"), ("site_name-1", "Pier 9")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    p.location.unwrap().split('?').next().unwrap().to_string()
}

/// The SCSS reaches the schedule form from the account, schedules with 30 days' notice, and
/// every contact hears: in-app, by e-mail, and on the dashboard with the date.
async fn a_scheduled_validation_reaches_every_contact(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, _, id) = certified_importer(&t).await;
    let dash = sam.get(&format!("/accounts/{id}")).await;
    let list = sam.get(&dash.link("Validations")).await;
    let form = sam.get(&list.link("Schedule a validation")).await;
    form.assert_contains("at least 30 days").assert_contains("First day");
    let start = day(&t, 30);
    let p = sam
        .post(
            &format!("/accounts/{id}/validations"),
            &[
                ("start", &start),
                ("end", &day(&t, 31)),
                ("site_kind-1", "domestic"),
                ("site_name-1", "Pier 9, Baltimore"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let page = sam.get(p.location.as_deref().unwrap()).await;
    page.assert_contains(&start).assert_contains("Pier 9, Baltimore (Domestic)").assert_contains("Test sam");

    ana.get(&format!("/accounts/{id}")).await.assert_contains("Validation begins").assert_contains(&start);
    let notes = ana.get(&format!("/accounts/{id}/notifications")).await;
    notes.assert_contains(&format!("A validation is scheduled from {start}"));
    let mine = ana.get(&notes.link("Open the validations")).await;
    mine.assert_contains("Upcoming").assert_contains(&start);
    for contact in ["ana@acme.example", "uma@example.com"] {
        let mail = t.emails_to(contact).await;
        assert!(
            mail.iter().any(|m| m.subject.contains("validation scheduled") && m.body_text.contains("Pier 9")),
            "{contact} is told"
        );
    }
    assert!(t.audit_actions().await.iter().any(|a| a == "validation.scheduled"));
}

/// 30 days' notice is enough and 29 is not, for an SCSS; a Supervisor may give less with a
/// recorded reason, which the page shows.
async fn less_notice_needs_a_supervisors_reason(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, sue, id) = certified_importer(&t).await;
    let site = [("site_kind-1", "domestic"), ("site_name-1", "Pier 9")];
    let mut short = vec![("start", day(&t, 29)), ("end", day(&t, 29))];
    short.extend(site.iter().map(|(k, v)| (*k, v.to_string())));
    let fields: Vec<(&str, &str)> = short.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let p = sam.post(&format!("/accounts/{id}/validations"), &fields).await;
    assert_eq!(p.status, 422);
    p.assert_contains("First day: The first day must be at least 30 days from today")
        .assert_contains("value=\"Pier 9\"");
    // An SCSS's reason is no Supervisor's: still refused.
    let mut with_reason = fields.clone();
    with_reason.push(("short_notice_reason", "Urgent"));
    assert_eq!(sam.post(&format!("/accounts/{id}/validations"), &with_reason).await.status, 422);
    // The Supervisor records why.
    let mut sup = fields.clone();
    sup.push(("short_notice_reason", "Follow-up of a seal breach at the port"));
    let p = sue.post(&format!("/accounts/{id}/validations"), &sup).await;
    assert_eq!(p.status, 303, "{}", p.body);
    sue.get(p.location.as_deref().unwrap()).await.assert_contains("Follow-up of a seal breach at the port");
}

/// Bad schedules are named field by field, and nothing is written.
async fn a_bad_schedule_names_its_fields(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, _, id) = certified_importer(&t).await;
    let p = sam
        .post(
            &format!("/accounts/{id}/validations"),
            &[
                ("start", &day(&t, 40)),
                ("end", &day(&t, 39)),
                ("site_kind-1", "virtual"),
                ("site_name-1", "Video call"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("The last day cannot be before the first day.")
        .assert_contains("List at least one domestic site.");
    let p = sam.post(&format!("/accounts/{id}/validations"), &[("start", "next week"), ("end", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("First day: Enter the date as YYYY-MM-DD.");
    assert!(!t.audit_actions().await.iter().any(|a| a == "validation.scheduled"));
}

/// Moving needs a reason and tells everyone again; calling off too; a stale page changes nothing.
async fn moving_and_calling_off_keep_the_reason(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, _, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sam, id, 40).await;
    let page = sam.get(&page_url).await;
    let version = version_of(&page.body);
    let moved = day(&t, 50);
    let p = sam
        .post(
            &format!("{page_url}/reschedule"),
            &[("start", &moved), ("end", &moved), ("change_reason", ""), ("version", &version)],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say why the validation changes");
    let p = sam
        .post(
            &format!("{page_url}/reschedule"),
            &[
                ("start", &moved),
                ("end", &moved),
                ("change_reason", "The plant is closed that week."),
                ("version", &version),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    sam.get(&page_url).await.assert_contains("The plant is closed that week.").assert_contains(&moved);
    ana.get(&format!("/accounts/{id}/notifications"))
        .await
        .assert_contains(&format!("The validation has moved: now from {moved}"));
    // The page read before the move is stale: nothing happens.
    let p = sam.post(&format!("{page_url}/cancel"), &[("change_reason", "Old page"), ("version", &version)]).await;
    assert_eq!(p.status, 409, "{}", p.body);
    let version = version_of(&sam.get(&page_url).await.body);
    let p = sam
        .post(&format!("{page_url}/cancel"), &[("change_reason", "Partner sold the plant."), ("version", &version)])
        .await;
    assert_eq!(p.status, 303);
    ana.get(&page_url).await.assert_contains("Called off").assert_contains("Partner sold the plant.");
    let mails = t.emails_to("ana@acme.example").await;
    assert!(mails.iter().any(|m| m.subject.contains("validation called off")));
    // A second validation can be scheduled once the first is called off.
    let p = sam
        .post(
            &format!("/accounts/{id}/validations"),
            &[("start", &day(&t, 60)), ("end", &day(&t, 60)), ("site_kind-1", "domestic"), ("site_name-1", "Pier 9")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
}

/// Partners read their validations and change nothing; another company's validation is not
/// found; an account not certified cannot be scheduled; two open validations are refused.
async fn who_may_schedule(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, _, id) = certified_importer(&t).await;
    let site = [
        ("start", day(&t, 40)),
        ("end", day(&t, 40)),
        ("site_kind-1", "domestic".into()),
        ("site_name-1", "Pier 9".into()),
    ];
    let fields: Vec<(&str, &str)> = site.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(ana.post(&format!("/accounts/{id}/validations"), &fields).await.status, 403);
    assert_eq!(ana.get(&format!("/accounts/{id}/validations/new")).await.status, 403);
    let p = sam.post(&format!("/accounts/{id}/validations"), &fields).await;
    let page_url = p.location.unwrap().split('?').next().unwrap().to_string();
    assert_eq!(sam.post(&format!("/accounts/{id}/validations"), &fields).await.status, 422, "one open validation");
    let page = ana.get(&page_url).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("/reschedule\""), "partners change nothing");

    // Another company, and its own account with this validation's id.
    t.partner("bob@bolt.example", ctpat_testkit::flows::PW).await;
    let bob = t.signed_in("bob@bolt.example").await;
    let bolt = ctpat_testkit::flows::apply_as_importer(&bob, "Bolt Freight", "bob@bolt.example").await;
    assert_eq!(bob.get(&page_url).await.status, 404);
    let vid = page_url.rsplit('/').next().unwrap();
    assert_eq!(bob.get(&format!("/accounts/{bolt}/validations/{vid}")).await.status, 404);
    // Bolt is an applicant: nothing to validate.
    let sue = t.signed_in("sue@cbp.example").await;
    let sam_id = t.user_id("sam@cbp.example").await.to_string();
    act(&sue, bolt, "assign-scss", &[("scss", &sam_id)]).await;
    let p = sam.post(&format!("/accounts/{bolt}/validations"), &fields).await;
    assert_eq!(p.status, 422);
    p.assert_contains("certified or validated account");
    // Bolt's validation page under Acme's id is not found for the SCSS either.
    assert_eq!(sam.get(&format!("/accounts/{bolt}/validations/{vid}")).await.status, 404);
}

/// A first validation falls due a year after certification: it enters the list 180 days ahead
/// (not a day sooner), and is flagged overdue once the date has passed.
async fn validations_fall_due_a_window_ahead(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, _, _) = certified_importer(&t).await;
    let certified = t.app.now();
    let listed = |page: &str| page.contains("Acme Imports") && page.contains("First validation");
    let list = sam.get("/program/validations").await;
    list.assert_contains("Validations due");
    assert!(!listed(&list.body), "a year away is outside 180 days");
    // Sessions end with the time that passes: each look is a fresh sign-in.
    let look = |days: i64, query: &'static str, who: &'static str| {
        let t = &t;
        async move {
            t.clock.set(certified + Duration::days(days));
            t.signed_in(who).await.get(&format!("/program/validations{query}")).await.body
        }
    };
    assert!(!listed(&look(365 - 181, "", "sam@cbp.example").await), "181 days ahead: not yet");
    let page = look(365 - 179, "", "sam@cbp.example").await;
    assert!(listed(&page), "179 days ahead: listed");
    assert!(!page.contains(">Overdue<"));
    assert!(!listed(&look(365 - 179, "?entity=sea_carrier", "sam@cbp.example").await), "another entity type");
    assert!(!listed(&look(365 - 179, "?days=90", "sue@cbp.example").await), "outside a 90-day window");
    let page = look(366, "", "sam@cbp.example").await;
    assert!(listed(&page));
    assert!(page.contains(">Overdue<"), "{page}");
}

/// The value of the first `<option>` of the select `name` whose words contain `words`.
fn option_value(page: &str, name: &str, words: &str) -> String {
    let select = page.split(&format!("name=\"{name}\"")).nth(1).expect("the select");
    let select = select.split("</select>").next().unwrap();
    select
        .split("<option value=\"")
        .skip(1)
        .find(|o| o.contains(words))
        .and_then(|o| o.split('"').next())
        .expect("the option")
        .to_string()
}

/// A finding goes round: the SCSS records a required action (90 days to answer by default), the
/// partner is told and answers, the SCSS closes it and may reopen it; bad input is named; a
/// late answer is flagged overdue.
async fn a_finding_is_recorded_answered_and_closed(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, _, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sam, id, 30).await;
    let page = sam.get(&page_url).await;
    page.assert_contains("No findings recorded.").assert_contains("Record a finding");
    let site = option_value(&page.body, "finding_site", "Pier 9");
    let findings = format!("{page_url}/findings");
    let p = sam
        .post(
            &findings,
            &[("finding_kind", ""), ("finding_criteria", "1.1, 9.99"), ("finding_text", "Seal log incomplete")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Kind of finding: Choose one")
        .assert_contains("9.99 is not a criterion")
        .assert_contains("Seal log incomplete");
    let p = sam
        .post(
            &findings,
            &[
                ("finding_kind", "required_action"),
                ("finding_criteria", "1.1, 1.3"),
                ("finding_site", &site),
                ("finding_text", "Seal log incomplete for March."),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let due = day(&t, 90);
    sam.get(&page_url)
        .await
        .assert_contains("Required action: 1.1, 1.3")
        .assert_contains(&due)
        .assert_contains("Pier 9");

    // The partner is told and answers; another company cannot.
    let notes = ana.get(&format!("/accounts/{id}/notifications")).await;
    notes.assert_contains("A validation finding was recorded: Required action, criteria 1.1, 1.3");
    assert!(t.emails_to("ana@acme.example").await.iter().any(|m| m.body_text.contains(&format!("by {due}"))));
    let page = ana.get(&page_url).await;
    let fid = page.body.split("id=\"finding-").nth(1).unwrap().split('"').next().unwrap().to_string();
    let answer = format!("{page_url}/findings/{fid}/answer");
    t.partner("bob@bolt.example", ctpat_testkit::flows::PW).await;
    let bob = t.signed_in("bob@bolt.example").await;
    assert_eq!(bob.post(&answer, &[("response", "Not mine")]).await.status, 404);
    let p = ana.post(&answer, &[("response", "")]).await;
    assert_eq!(p.status, 422);
    assert_eq!(ana.post(&answer, &[("response", "Every seal is logged since April.")]).await.status, 303);
    sam.get(&page_url).await.assert_contains("Answered, waiting for the SCSS").assert_contains("Every seal is logged");

    // The SCSS closes it; a closed finding takes no answer; a stale page reopens nothing.
    let version = version_after(&sam.get(&page_url).await.body, "");
    let close = format!("{page_url}/findings/{fid}/close");
    assert_eq!(sam.post(&close, &[("comment", "Checked the log."), ("version", &version)]).await.status, 303);
    ana.get(&page_url).await.assert_contains("closed it: Checked the log.");
    assert_eq!(ana.post(&answer, &[("response", "More")]).await.status, 422);
    let reopen = format!("{page_url}/findings/{fid}/reopen");
    assert_eq!(sam.post(&reopen, &[("comment", "Again"), ("version", &version)]).await.status, 409);
    for a in ["validation.finding_recorded", "validation.finding_answered", "validation.finding_closed"] {
        assert!(t.audit_actions().await.iter().any(|x| x == a), "{a}");
    }
}

/// A required action not answered by its day is flagged overdue on the validation page.
async fn an_unanswered_required_action_becomes_overdue(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, _, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sam, id, 30).await;
    let due = day(&t, 10);
    let p = sam
        .post(
            &format!("{page_url}/findings"),
            &[
                ("finding_kind", "required_action"),
                ("finding_criteria", "1.1"),
                ("finding_text", "Fix it"),
                ("finding_due", &due),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let start = t.app.now();
    t.clock.set(start + Duration::days(10));
    let page = t.signed_in("sam@cbp.example").await.get(&page_url).await;
    assert!(!page.body.contains(">Overdue<"), "due today is not late");
    t.clock.set(start + Duration::days(11));
    let ana = t.signed_in("ana@acme.example").await;
    ana.get(&page_url).await.assert_contains(">Overdue<");
    // Both dashboards show the late answer.
    for b in [ana, t.signed_in("sam@cbp.example").await] {
        let dash = b.get(&format!("/accounts/{id}")).await;
        dash.assert_contains("Answer the required action found at the validation").assert_contains("deadline-late");
    }
    // And the SCSS's queue flags the account.
    t.signed_in("sam@cbp.example").await.get("/program").await.assert_contains("Finding answer overdue");
}

/// The partner is reminded of a required action's deadline 30 and 14 days before it, once
/// each, whatever the sweep's schedule.
async fn finding_deadlines_are_reminded_at_30_and_14_days(db: TestDb) {
    use ctpat_app::validations::findings::send_reminders;
    let t = spawn(db).await;
    let (_, sam, _, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sam, id, 30).await;
    let due = day(&t, 40);
    let p = sam
        .post(
            &format!("{page_url}/findings"),
            &[
                ("finding_kind", "required_action"),
                ("finding_criteria", "1.1"),
                ("finding_text", "Fix it"),
                ("finding_due", &due),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let start = t.app.now();
    let at = |days: i64| t.clock.set(start + Duration::days(days));
    at(9);
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 0, "31 days before: not yet");
    at(10);
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 1, "30 days before");
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 0, "once");
    at(25);
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 0, "15 days before: nothing new");
    at(26);
    assert_eq!(send_reminders(&t.app, t.app.now()).await.unwrap(), 1, "14 days before");
    let mails = t.emails_to("ana@acme.example").await;
    assert_eq!(mails.iter().filter(|m| m.subject.contains(&format!("answer due on {due}"))).count(), 2);
}

/// The report goes to a Supervisor who did not write it: returned with a comment, submitted
/// again, approved with the Tier III reason; the account is then validated with its next
/// validation four years on, and the partner reads the Validation summary (never the report
/// before it is approved).
async fn an_approved_report_validates_the_account(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, sue, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sam, id, 30).await;
    let version = |body: &str| {
        body.split("action=\"").filter(|f| f.contains("/report\"")).find_map(|f| {
            f.split("name=\"version\" value=\"").nth(1).and_then(|v| v.split('"').next()).map(str::to_string)
        })
    };
    let page = sam.get(&page_url).await;
    let v = version(&page.body).expect("the report form");
    let report = format!("{page_url}/report");
    let p = sam.post(&report, &[("report_summary", ""), ("report_outcome", ""), ("version", &v)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Proposed outcome: Choose one");
    let summary = "Seal controls exceed the criteria; staff trained quarterly.";
    let p = sam.post(&report, &[("report_summary", summary), ("report_outcome", "tier_three"), ("version", &v)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert!(!ana.get(&page_url).await.body.contains(summary), "the partner does not read a report before approval");

    // The Supervisor returns it with a comment; the SCSS sends it again.
    let decision = format!("{page_url}/report/decision");
    let page = sue.get(&page_url).await;
    page.assert_contains("Decide on the report");
    let vv = version_after(&page.body, "/report/decision");
    let p = sue.post(&decision, &[("report_decision", "return"), ("report_comment", ""), ("version", &vv)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say what the author should change.");
    let p = sue
        .post(
            &decision,
            &[("report_decision", "return"), ("report_comment", "Name the training records."), ("version", &vv)],
        )
        .await;
    assert_eq!(p.status, 303);
    let page = sam.get(&page_url).await;
    page.assert_contains("Name the training records.");
    let v = version(&page.body).expect("the report form again");
    let p = sam.post(&report, &[("report_summary", summary), ("report_outcome", "tier_three"), ("version", &v)]).await;
    assert_eq!(p.status, 303);

    // Approving Tier III needs the reason; then the account is validated.
    let page = sue.get(&page_url).await;
    let vv = version_after(&page.body, "/report/decision");
    let p = sue.post(&decision, &[("report_decision", "approve"), ("report_comment", ""), ("version", &vv)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Record why the company earns Tier III.");
    let p = sue
        .post(
            &decision,
            &[("report_decision", "approve"), ("report_comment", "Best practices in 3 categories."), ("version", &vv)],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let dash = ana.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("Validated");
    let next = (t.app.now() + chrono::Months::new(48)).format("%Y-%m-%d").to_string();
    dash.assert_contains(&next);
    let page = ana.get(&page_url).await;
    let summary_page = ana.get(&page.link("Validation summary")).await;
    summary_page
        .assert_contains(summary)
        .assert_contains("Validated with best practices (Tier III)")
        .assert_contains("Best practices in 3 categories.");
    for a in
        ["validation.report_submitted", "validation.report_returned", "validation.report_approved", "account.validated"]
    {
        assert!(t.audit_actions().await.iter().any(|x| x == a), "{a}");
    }
}

/// A Supervisor who wrote the report cannot approve it; an SCSS cannot decide at all.
async fn nobody_approves_their_own_report(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, sue, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sue, id, 30).await;
    let page = sue.get(&page_url).await;
    let v = version_after(&page.body, "/report\"");
    let p = sue
        .post(
            &format!("{page_url}/report"),
            &[("report_summary", "All good."), ("report_outcome", "validated"), ("version", &v)],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let page = sue.get(&page_url).await;
    assert!(!page.body.contains("Decide on the report"), "not offered to its author");
    let vv = (v.parse::<i32>().unwrap() + 1).to_string();
    let decision = format!("{page_url}/report/decision");
    let p = sue.post(&decision, &[("report_decision", "approve"), ("version", &vv)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("another person must decide");
    assert_eq!(sam.post(&decision, &[("report_decision", "approve"), ("version", &vv)]).await.status, 403);
}

/// A report proposing a suspension, once approved, puts the proposal before a Supervisor (the
/// account stays certified until one decides); a follow-up keeps it certified with a deadline.
async fn other_outcomes_apply_to_the_account(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, sue, id) = certified_importer(&t).await;
    let approve = |outcome: &'static str, extra: Vec<(&'static str, String)>| {
        let (t, sam, sue) = (&t, &sam, &sue);
        async move {
            let p = sam
                .post(
                    &format!("/accounts/{id}/validations"),
                    &[
                        ("start", &day(t, 30)),
                        ("end", &day(t, 30)),
                        ("site_kind-1", "domestic"),
                        ("site_name-1", "Pier 9"),
                    ],
                )
                .await;
            assert_eq!(p.status, 303, "{}", p.body);
            let page_url = p.location.unwrap().split('?').next().unwrap().to_string();
            let body = sam.get(&page_url).await.body;
            let v = version_after(&body, "/report\"");
            let mut fields = vec![
                ("report_summary", "Seen.".to_string()),
                ("report_outcome", outcome.to_string()),
                ("version", v.clone()),
            ];
            fields.extend(extra);
            let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let p = sam.post(&format!("{page_url}/report"), &refs).await;
            assert_eq!(p.status, 303, "{}", p.body);
            let vv = (v.parse::<i32>().unwrap() + 1).to_string();
            let p = sue
                .post(&format!("{page_url}/report/decision"), &[("report_decision", "approve"), ("version", &vv)])
                .await;
            assert_eq!(p.status, 303, "{}", p.body);
            page_url
        }
    };
    let due = day(&t, 60);
    let page_url = approve("follow_up", vec![("report_follow_up_due", due.clone())]).await;
    ana.get(&page_url).await.assert_contains(&format!("required actions due by {due}"));
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Certified");
    approve("suspension", vec![]).await;
    assert!(t.audit_actions().await.iter().any(|a| a == "account.suspension_proposed"));
    ana.get(&format!("/accounts/{id}")).await.assert_contains("Certified");
}

/// The partner attaches evidence to a finding's answer under the profile's upload rules; staff
/// download it; another company cannot upload there; a closed finding takes no file.
async fn evidence_goes_with_a_findings_answer(db: TestDb) {
    use ctpat_testkit::uploads::upload;
    let t = spawn(db).await;
    let (ana, sam, _, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sam, id, 30).await;
    let p = sam
        .post(
            &format!("{page_url}/findings"),
            &[("finding_kind", "required_action"), ("finding_criteria", "1.1"), ("finding_text", "Fix the log")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let page = ana.get(&page_url).await;
    let fid = page.body.split("id=\"finding-").nth(1).unwrap().split('"').next().unwrap().to_string();
    let files = format!("{page_url}/findings/{fid}/files");
    let pdf = b"%PDF-1.4\n% seal log\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".to_vec();
    let (status, body) = upload(&ana, &files, "<b>page</b>.html", b"<html><script>x</script></html>".to_vec()).await;
    assert_eq!(status, 422, "{body}");
    let (status, _) = upload(&ana, &files, "seal-log.pdf", pdf.clone()).await;
    assert_eq!(status, 303);
    let page = sam.get(&page_url).await;
    page.assert_contains("seal-log.pdf");
    let href = page.link("seal-log.pdf");
    let download = sam.get(&href).await;
    assert_eq!(download.status, 200);
    assert!(download.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    // Another company: not found, whatever the address.
    t.partner("bob@bolt.example", ctpat_testkit::flows::PW).await;
    let bob = t.signed_in("bob@bolt.example").await;
    assert_eq!(upload(&bob, &files, "x.pdf", pdf.clone()).await.0, 404);
    assert_eq!(bob.get(&href).await.status, 404);
    // Staff do not upload a partner's evidence.
    assert_eq!(upload(&sam, &files, "x.pdf", pdf.clone()).await.0, 403);
    // Closed: no more files.
    let body = sam.get(&page_url).await.body;
    let version = version_after(&body, "/close\"");
    let close = format!("{page_url}/findings/{fid}/close");
    assert_eq!(sam.post(&close, &[("comment", "Seen."), ("version", &version)]).await.status, 303);
    assert_eq!(upload(&ana, &files, "late.pdf", pdf).await.0, 422);
    assert!(t.audit_actions().await.iter().any(|a| a == "file.uploaded"));
}

both_engines! {
    finding_evidence => evidence_goes_with_a_findings_answer;
    finding_reminders => finding_deadlines_are_reminded_at_30_and_14_days;
    other_outcomes => other_outcomes_apply_to_the_account;
    report_validates => an_approved_report_validates_the_account;
    own_report => nobody_approves_their_own_report;
    finding_cycle => a_finding_is_recorded_answered_and_closed;
    finding_overdue => an_unanswered_required_action_becomes_overdue;
    fall_due => validations_fall_due_a_window_ahead;
    reaches_every_contact => a_scheduled_validation_reaches_every_contact;
    short_notice => less_notice_needs_a_supervisors_reason;
    bad_schedule => a_bad_schedule_names_its_fields;
    move_and_cancel => moving_and_calling_off_keep_the_reason;
    who_may => who_may_schedule;
}
