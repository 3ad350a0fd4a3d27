//! Findings and reports of validations through the pages, on both engines: a finding's round
//! between the SCSS and the partner (with files, reminders and the overdue flag), and the
//! report a Supervisor who did not write it returns or approves, with its outcome applied.

use chrono::Duration;
use ctpat_testkit::flows::{certified_importer, day, scheduled, shown, shown_iso, version_after};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
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
    let due = shown(&t, 90);
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
    async fn send_reminders(
        app: &ctpat_app::App,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<usize, ctpat_app::Error> {
        ctpat_app::jobs::run_kind(app, now, ctpat_app::scheduler::Kind::FindingReminder).await
    }
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
    let due = shown_iso(&due);
    assert_eq!(mails.iter().filter(|m| m.subject.contains(&format!("is due on {due}"))).count(), 2);
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
    let next = ctpat_app::i18n::Lang::default().date((t.app.now() + chrono::Months::new(48)).date_naive());
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
    ana.get(&page_url).await.assert_contains(&format!("required actions due by {}", shown_iso(&due)));
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
}
