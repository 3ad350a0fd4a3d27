//! The SCSS's review of a submitted profile, as a reviewer lives it, on both engines: a refused
//! review keeps what was posted, nothing is recorded without a decision and the page says so,
//! and what was recorded is counted and shown again.

use ctpat_testkit::flows::{
    PW, act, answer_every_criterion, apply_as_importer, draft_importer, review_every_criterion, submitted_profile,
};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn spawn(db: TestDb) -> TestApp {
    TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await
}

/// A refused review shows the partner's answers as stored and the reviewer's choices and
/// comments as posted.
async fn a_refused_review_keeps_the_answers_and_the_choices(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let base = format!("/accounts/{id}/profile/category/1");
    let p = sam
        .post(
            &format!("{base}/review"),
            &[
                ("decision-1.3", "return"),
                ("comment-1.3", ""),
                ("decision-1.4", "accept"),
                ("decision-1.1", "return"),
                ("comment-1.1", "Name the person in charge."),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Say what the partner should change.")
        .assert_contains("How we meet 1.3.")
        .assert_contains("How we meet 1.4.")
        .assert_contains("id=\"decision-1.3-return\" name=\"decision-1.3\" value=\"return\" checked")
        .assert_contains("id=\"decision-1.4-accept\" name=\"decision-1.4\" value=\"accept\" checked")
        .assert_contains("Name the person in charge.</textarea>");
    assert!(!p.body.contains("Not answered"), "the partner's answers stay on the page");
    // Nothing of the refused post was recorded.
    let page = sam.get(&base).await;
    assert!(!page.body.contains("tag--ok"), "no criterion shows as accepted");
}

/// A comment without a decision would be lost: it is refused, named on its criterion, and
/// nothing is recorded.
async fn a_comment_without_a_decision_records_nothing(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let base = format!("/accounts/{id}/profile/category/1");
    let p = sam.post(&format!("{base}/review"), &[("comment-1.3", "Who audits?"), ("decision-1.4", "accept")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose Accept or Return for this criterion, or clear its comment")
        .assert_contains("href=\"#f-decision-1.3\"")
        .assert_contains("Who audits?</textarea>");
    assert!(!sam.get(&base).await.body.contains("tag--ok"), "the accept posted with it was not recorded either");
    assert!(!t.audit_actions().await.iter().any(|a| a.starts_with("profile.reviewed")), "nothing audited as reviewed");
}

/// A review with no decision at all says that nothing was recorded.
async fn nothing_decided_is_said(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let p = sam.post(&format!("/accounts/{id}/profile/category/1/review"), &[("comment-1.3", "")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Nothing was recorded: choose Accept or Return for at least one criterion.");
    assert!(!p.body.contains("have been recorded"));
}

/// What was recorded is counted in the notice, and shows when the page is opened again: the
/// Accepted and Returned badges, the choices and the comment.
async fn recorded_decisions_are_counted_and_shown_again(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let base = format!("/accounts/{id}/profile/category/1");
    let p = sam
        .post(
            &format!("{base}/review"),
            &[
                ("decision-1.3", "return"),
                ("comment-1.3", "Say who audits, and how often."),
                ("decision-1.4", "accept"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let overview = sam.get(p.location.as_deref().unwrap()).await;
    overview.assert_contains("Recorded: 1 accepted and 1 returned.");
    let page = sam.get(&base).await;
    page.assert_contains("<span class=\"tag tag--ok\">Accepted</span>")
        .assert_contains("<span class=\"tag tag--warn\">Returned</span>")
        .assert_contains("Returned to the partner:</strong> Say who audits, and how often.")
        .assert_contains("id=\"decision-1.4-accept\" name=\"decision-1.4\" value=\"accept\" checked")
        .assert_contains("id=\"decision-1.3-return\" name=\"decision-1.3\" value=\"return\" checked")
        .assert_contains("Say who audits, and how often.</textarea>");
}

/// While the application is reviewed, the dashboard says what the Security Profile still needs
/// (with the count of required criteria left), in the partner's words and in staff words, and
/// says the SCSS is reviewing only once the profile is submitted.
async fn the_dashboard_says_what_the_profile_still_needs(db: TestDb) {
    let t = spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = draft_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let dash = ana.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("still needed before the profile can be submitted with the application")
        .assert_contains(&format!("href=\"/accounts/{id}/profile\""));
    answer_every_criterion(&t, &ana, id).await;
    ana.get(&format!("/accounts/{id}/profile")).await.assert_contains("Every required criterion is answered");
    let p = ana.post(&format!("/accounts/{id}/apply/agreement"), &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let dash = ana.get(&format!("/accounts/{id}")).await;
    dash.assert_contains("waiting for a Supervisor to assign");
    assert!(!dash.body.contains("reviewing the Security Profile"), "no SCSS yet: {}", dash.body);
    let sue = t.signed_in("sue@cbp.example").await;
    let sam_id = t.user_id("sam@cbp.example").await.to_string();
    act(&sue, id, "assign-scss", &[("scss", &sam_id)]).await;
    ana.get(&format!("/accounts/{id}")).await.assert_contains("is reviewing the Security Profile you submitted");
    let sam = t.signed_in("sam@cbp.example").await;
    sam.get(&format!("/accounts/{id}"))
        .await
        .assert_contains("The partner submitted the Security Profile: review it")
        .assert_contains("Security Profile: submitted, your review is not finished.");
}

/// A returned criterion is never a dead end: while the SCSS is still reviewing, the partner is
/// told the returned criteria open when the review ends; when it ends, the partner is notified
/// in the portal (with a link to act) and by e-mail, the criterion opens for changes, and the
/// profile can be submitted again.
async fn a_returned_criterion_opens_when_the_round_ends(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    let p = sam
        .post(
            &format!("/accounts/{id}/profile/category/1/review"),
            &[("decision-1.3", "return"), ("comment-1.3", "Say who audits.")],
        )
        .await;
    assert_eq!(p.status, 303);
    let overview = ana.get(&format!("/accounts/{id}/profile")).await;
    overview.assert_contains("Returned so far").assert_contains("open for changes when the review is finished");
    let category = ana.get(&overview.link("1.3")).await;
    category.assert_contains("Returned by your SCSS:</strong> Say who audits.");
    assert!(!category.body.contains("name=\"narrative-1.3\""), "no form while the SCSS reviews");

    review_every_criterion(&t, &sam, id, &[("1.3", "Say who audits.")]).await;
    let mail = t.emails_to("ana@acme.example").await;
    assert!(mail.iter().any(|m| m.body_text.contains("Returned for changes")), "the Officer is e-mailed");
    let dash = ana.get(&format!("/accounts/{id}")).await;
    let notes = ana.get(&dash.link("otification")).await;
    notes.assert_contains("returned one criterion of your Security Profile");
    let overview = ana.get(&notes.link("Open the Security Profile")).await;
    overview.assert_contains("Returned for changes — start here");
    let category = ana.get(&overview.link("1.3")).await;
    category.assert_contains("name=\"narrative-1.3\"");
    let p = ana
        .post(
            &format!("/accounts/{id}/profile/category/1"),
            &[("answer-1.3", "meets"), ("narrative-1.3", "Our security manager audits every quarter.")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let p = ana.post(&format!("/accounts/{id}/profile/submit"), &[("confirm", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 303, "submitted again: {}", p.body);
}

/// A criterion the company does not meet asks for the corrective action plan and the day it
/// will be complete, and the profile cannot be submitted without them.
async fn a_criterion_not_met_asks_for_the_corrective_plan(db: TestDb) {
    let t = spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = draft_importer(&ana, "Acme Imports", "ana@acme.example").await;
    answer_every_criterion(&t, &ana, id).await;
    let cat = format!("/accounts/{id}/profile/category/1");
    let sign = format!("/accounts/{id}/apply/agreement");
    let p = ana.post(&cat, &[("answer-1.3", "does_not_meet"), ("narrative-1.3", "Reviews are informal today.")]).await;
    assert_eq!(p.status, 422, "{}", p.body);
    p.assert_contains("Describe the corrective action plan")
        .assert_contains("Enter the date the corrective action plan");
    let page = ana.get(&cat).await;
    page.assert_contains("What your company does today, and what is missing")
        .assert_contains("Reviews are informal today.");
    let p = ana.post(&sign, &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 422, "no submission without the plan");

    let p = ana
        .post(
            &cat,
            &[
                ("answer-1.3", "does_not_meet"),
                ("narrative-1.3", "Reviews are informal today."),
                ("plan-1.3", "Written review procedure, owned by the security manager."),
                ("plan_due-1.3", "2001-01-01"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter a date from today on.").assert_contains("Written review procedure");
    let due = (t.app.now() + chrono::Duration::days(90)).format("%Y-%m-%d").to_string();
    let p = ana
        .post(
            &cat,
            &[
                ("answer-1.3", "does_not_meet"),
                ("narrative-1.3", "Reviews are informal today."),
                ("plan-1.3", "Written review procedure, owned by the security manager."),
                ("plan_due-1.3", &due),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    ana.get(&cat).await.assert_contains(&format!("value=\"{due}\""));
    let p = ana.post(&sign, &[("agree", "on"), ("password", PW)]).await;
    assert_eq!(p.status, 303, "{}", p.body);
}

/// Certification is recommended only when every criterion is accepted; until then the refusal
/// says what is open.
async fn certification_is_recommended_only_on_an_accepted_profile(db: TestDb) {
    let t = spawn(db).await;
    let (_, sam, id) = submitted_profile(&t).await;
    let p = act(&sam, id, "recommend-certification", &[]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("finish the review first");
    review_every_criterion(&t, &sam, id, &[("1.3", "Say who audits.")]).await;
    let p = act(&sam, id, "recommend-certification", &[]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("one criterion is back with the partner");
    assert!(!t.audit_actions().await.iter().any(|a| a.contains("certification_recommended")));
}

/// A profile the partner reopens after the recommendation stops the certification until it is
/// approved again.
async fn a_reopened_profile_stops_the_certification(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    review_every_criterion(&t, &sam, id, &[]).await;
    assert_eq!(act(&sam, id, "recommend-certification", &[]).await.status, 303);
    let p = ana
        .post(
            &format!("/accounts/{id}/profile/category/1"),
            &[("answer-1.1", "meets"), ("narrative-1.1", "Changed after the recommendation.")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let sue = t.signed_in("sue@cbp.example").await;
    let p = act(&sue, id, "certify", &[]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("the partner has not submitted the current one");
    assert!(!t.audit_actions().await.iter().any(|a| a == "account.certified"));
}

/// A profile changed after its approval and not submitted again is nothing to recommend.
async fn certification_is_not_recommended_on_a_profile_changed_since(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    review_every_criterion(&t, &sam, id, &[]).await;
    let p = ana
        .post(
            &format!("/accounts/{id}/profile/category/1"),
            &[("answer-1.1", "meets"), ("narrative-1.1", "Changed after the approval.")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let p = act(&sam, id, "recommend-certification", &[]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("the partner has not submitted the current one");
    let sue = t.signed_in("sue@cbp.example").await;
    let p = act(&sue, id, "certify", &[]).await;
    assert_ne!(p.status, 303, "nothing recommended, nothing to certify");
}

/// An SCSS is not offered "only accounts without an SCSS" (their queue holds only accounts
/// assigned to them); a Supervisor is.
async fn the_unassigned_filter_is_offered_only_where_it_can_match(db: TestDb) {
    let t = spawn(db).await;
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let queue = sam.get("/program").await;
    assert_eq!(queue.status, 200);
    assert!(!queue.body.contains("name=\"unassigned\""), "{}", queue.body);
    t.signed_in("sue@cbp.example").await.get("/program").await.assert_contains("name=\"unassigned\"");
}

/// Staff read the company data the application filed before deciding, and the partner reads
/// it after submitting.
async fn the_filed_company_data_is_on_the_account(db: TestDb) {
    let t = spawn(db).await;
    let (ana, sam, id) = submitted_profile(&t).await;
    for b in [&ana, &sam] {
        b.get(&format!("/accounts/{id}"))
            .await
            .assert_contains("Company data filed with the application")
            .assert_contains("Acme Imports")
            .assert_contains("1 Harbor Way, Baltimore, US")
            .assert_contains("12-345678900")
            .assert_contains("Continuous import bond")
            .assert_contains("Cargo facility, not staffed");
    }
}

/// A site's type is one choice that says whether it is staffed; no separate box can contradict
/// it.
async fn a_site_type_is_one_choice(db: TestDb) {
    let t = spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let p = ana.post("/apply", &[("entity_type", "importer"), ("my_role", "officer")]).await;
    let step = p.location.expect("the wizard");
    let id: i64 = step.trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    let base = format!("/accounts/{id}/apply");
    ana.post(&format!("{base}/organization"), &[("name", "Acme Imports"), ("phone", "+1 202 555 0100")]).await;
    let page = ana.get(&format!("{base}/addresses")).await;
    page.assert_contains("Type of site").assert_contains("Cargo facility, staffed");
    assert!(!page.body.contains("name=\"a1_staffed\""), "no separate staffed box");
    let p = ana
        .post(
            &format!("{base}/addresses"),
            &[
                ("hq_line1", "1 Harbor Way"),
                ("hq_city", "Baltimore"),
                ("hq_country", "US"),
                ("a1_kind", "cargo_facility_staffed"),
                ("a1_line1", "Pier 9"),
                ("a1_city", "Baltimore"),
                ("a1_country", "US"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let page = ana.get(&format!("{base}/addresses")).await;
    page.assert_contains("value=\"cargo_facility_staffed\" selected");
}

/// The applicant chooses their role: none is chosen for them, and a start without one is
/// refused with a message that names the field.
async fn the_applicant_chooses_their_role(db: TestDb) {
    let t = spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let form = ana.get("/apply").await;
    assert!(!form.body.contains("name=\"my_role\" value=\"officer\" checked"), "{}", form.body);
    let p = ana.post("/apply", &[("entity_type", "importer")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Your role for this company: Choose one of the options.");
    // A first application has no organization to choose from, and does not say so.
    let p = ana.post("/apply", &[("entity_type", "importer"), ("my_role", "officer")]).await;
    let step = ana.get(p.location.as_deref().unwrap()).await;
    step.assert_contains("The legal company that applies.");
    assert!(!step.body.contains("already has an account here"), "{}", step.body);
}

/// The applicant, who is one of the contacts, is shown with a login and is not offered an
/// invitation to the account they are in.
async fn a_contact_who_is_a_member_is_not_invited(db: TestDb) {
    let t = spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let page = ana.get(&format!("/accounts/{id}/contacts")).await;
    let row = page.body.split("ana@acme.example").nth(1).and_then(|r| r.split("</tr>").next()).unwrap_or_default();
    assert!(!row.contains("No login") && !row.contains("/invite"), "{row}");
    let uma = page.body.split("uma@example.com").nth(1).and_then(|r| r.split("</tr>").next()).unwrap_or_default();
    assert!(uma.contains("No login"), "a contact without an account still shows it: {uma}");
}

/// "Save and continue" with a contact typed but not added asks about it, keeping what was
/// typed, instead of dropping it.
async fn a_typed_contact_is_not_dropped(db: TestDb) {
    let t = spawn(db).await;
    t.partner("ana@acme.example", PW).await;
    let ana = t.signed_in("ana@acme.example").await;
    let id = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    // A second application, still at its contacts step.
    let p = ana.post("/apply", &[("entity_type", "exporter"), ("my_role", "officer")]).await;
    let second: i64 = p.location.unwrap().trim_start_matches("/accounts/").split('/').next().unwrap().parse().unwrap();
    assert_ne!(second, id);
    let page = ana.get(&format!("/accounts/{second}/contacts")).await;
    page.assert_contains(&format!("formaction=\"/accounts/{second}/apply/contacts\""));
    let p = ana
        .post(&format!("/accounts/{second}/apply/contacts"), &[("name", "Half Typed"), ("email", "half@acme.example")])
        .await;
    assert_eq!(p.status, 422, "{}", p.body);
    p.assert_contains("This contact is typed but not added").assert_contains("value=\"Half Typed\"");
}

both_engines! {
    reopened_profile_stops_certification => a_reopened_profile_stops_the_certification;
    site_type_one_choice => a_site_type_is_one_choice;
    corrective_plan => a_criterion_not_met_asks_for_the_corrective_plan;
    recommend_needs_accepted_profile => certification_is_recommended_only_on_an_accepted_profile;
    recommend_needs_a_profile => certification_is_not_recommended_on_a_profile_changed_since;
    typed_contact_not_dropped => a_typed_contact_is_not_dropped;
    member_contact_not_invited => a_contact_who_is_a_member_is_not_invited;
    applicant_chooses_role => the_applicant_chooses_their_role;
    company_data => the_filed_company_data_is_on_the_account;
    unassigned_filter => the_unassigned_filter_is_offered_only_where_it_can_match;
    returned_criterion_opens => a_returned_criterion_opens_when_the_round_ends;
    dashboard_next_step => the_dashboard_says_what_the_profile_still_needs;
    refused_review_keeps_what_was_posted => a_refused_review_keeps_the_answers_and_the_choices;
    comment_without_decision => a_comment_without_a_decision_records_nothing;
    nothing_decided => nothing_decided_is_said;
    decisions_counted_and_shown => recorded_decisions_are_counted_and_shown_again;
}
