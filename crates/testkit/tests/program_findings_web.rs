//! The program's list of findings, on both engines: reached from the validations page, narrowed
//! by kind and lateness (the clock moved past an answer's due day), downloadable, and limited
//! to the validations the staff member reaches.

use chrono::Duration;
use ctpat_testkit::flows::{PW, certified_importer, scheduled};
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn findings_are_listed_filtered_flagged_late_and_exported(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    let (_, sam, _sue, id) = certified_importer(&t).await;
    let page_url = scheduled(&t, &sam, id, 30).await;
    for (kind, text) in [("required_action", "Seal log incomplete for March."), ("recommendation", "Rotate guards.")] {
        let p = sam
            .post(
                &format!("{page_url}/findings"),
                &[("finding_kind", kind), ("finding_criteria", "1.1"), ("finding_text", text)],
            )
            .await;
        assert_eq!(p.status, 303, "{}", p.body);
    }
    let validations = sam.get("/program/validations").await;
    let list = sam.get(&validations.link("Every finding")).await;
    list.assert_contains("Seal log incomplete for March.").assert_contains("Rotate guards.").assert_contains("Acme");
    let only = sam.get("/program/findings?kind=required_action").await;
    assert!(only.body.contains("Seal log incomplete") && !only.body.contains("Rotate guards."));
    let late = sam.get("/program/findings?late=on").await;
    assert!(!late.body.contains("Seal log incomplete"), "not late before its due day");

    t.clock.advance(Duration::days(91));
    let sam = t.signed_in("sam@cbp.example").await;
    let late = sam.get("/program/findings?late=on").await;
    late.assert_contains("Seal log incomplete").assert_contains("Late");
    let csv = sam.get(&late.link("Download as CSV")).await;
    let text = csv.csv();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("Finding ID,Account ID,Organization,Validation ID"));
    assert!(
        lines[1].contains(",required_action,1.1,Seal log incomplete for March.,") && lines[1].ends_with(",open,yes")
    );

    // Another SCSS reaches none of it; a partner reaches no program list.
    t.staff("sol@cbp.example", PW, "scss").await;
    let sol = t.signed_in("sol@cbp.example").await;
    assert!(!sol.get("/program/findings").await.body.contains("Seal log"));
    assert_eq!(sol.get("/program/findings/export?format=csv").await.body.lines().count(), 1);
    let ana = t.signed_in("ana@acme.example").await;
    assert_eq!(ana.get("/program/findings").await.status, 403);
}

both_engines! {
    findings_list => findings_are_listed_filtered_flagged_late_and_exported;
}
