//! Scheduling validations through the pages, on both engines: written notice (30 days, less
//! only with a Supervisor's reason), sites, the notice to every contact in-app and by e-mail,
//! moving and calling off with a reason, who may do what, and the validations due.

use chrono::Duration;
use ctpat_testkit::flows::{act, certified_importer, day, scheduled, shown_iso, version_of};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
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
    let start = shown_iso(&start);
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
    // The form starts from the dates as they are, as date fields take them (ISO).
    let planned = day(&t, 40);
    for field in ["start", "end"] {
        let input = page.body.split(&format!("name=\"{field}\"")).nth(1).unwrap().split('>').next().unwrap();
        assert!(input.contains(&format!("value=\"{planned}\"")), "{field}: {input}");
    }
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
    let moved = shown_iso(&moved);
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

/// The program's timers are HQ's policy: a longer notice period set on the policies page is the
/// rule the next schedule meets; bad values are named; nobody else may change them.
async fn hq_sets_the_notice_period(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, _, id) = certified_importer(&t).await;
    t.staff("hal@cbp.example", ctpat_testkit::flows::PW, "hq").await;
    let hal = t.signed_in("hal@cbp.example").await;
    let page = hal.get("/program/policies").await;
    page.assert_contains("Written notice before a validation").assert_contains("value=\"30\"");
    let p = hal.post("/program/policies/timers", &[("validation_notice", "0"), ("finding_response", "x")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter a whole number from 1 to 3650.").assert_contains("value=\"x\"");
    assert_eq!(sam.post("/program/policies/timers", &[("validation_notice", "45")]).await.status, 403);
    assert_eq!(hal.post("/program/policies/timers", &[("validation_notice", "45")]).await.status, 303);
    hal.get("/program/policies").await.assert_contains("value=\"45\"");
    let p = sam
        .post(
            &format!("/accounts/{id}/validations"),
            &[("start", &day(&t, 40)), ("end", &day(&t, 40)), ("site_kind-1", "domestic"), ("site_name-1", "Pier 9")],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("at least 45 days");
    assert!(t.audit_actions().await.iter().any(|a| a == "policy.timer_changed"));
}

both_engines! {
    hq_timers => hq_sets_the_notice_period;
    fall_due => validations_fall_due_a_window_ahead;
    reaches_every_contact => a_scheduled_validation_reaches_every_contact;
    short_notice => less_notice_needs_a_supervisors_reason;
    bad_schedule => a_bad_schedule_names_its_fields;
    move_and_cancel => moving_and_calling_off_keep_the_reason;
    who_may => who_may_schedule;
}
