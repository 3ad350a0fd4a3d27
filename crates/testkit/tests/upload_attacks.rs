//! Uploads under attack, on both engines: bytes for an account one cannot reach are never read,
//! every field is capped, a cut upload leaves nothing on disk, a person streams few uploads at
//! once, parallel uploads cannot overrun the quota, and removed evidence is gone.

use ctpat_testkit::flows::{officer_with_draft, signed_in_partner};
use ctpat_testkit::uploads::{partial_upload, trickle_upload, upload, walk};
use ctpat_testkit::{TestApp, TestDb, both_engines};
use std::sync::Arc;

fn pdf(n: usize) -> Vec<u8> {
    [b"%PDF-1.7\n".to_vec(), vec![b'a'; n]].concat()
}

async fn bytes_for_an_account_out_of_reach_are_never_read(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (_ana, acme) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    let eve = signed_in_partner(&t, "eve@other.example").await;
    // A body announced within the route's limit, of which a few bytes are sent: the answer
    // comes at once, without waiting for the rest.
    for (path, announced) in [
        (format!("/accounts/{acme}/profile/evidence/6.2"), 20_000_000),
        (format!("/accounts/{acme}/svi/verify"), 1_000_000),
    ] {
        assert_eq!(partial_upload(&eve, &path, "file", 1000, announced).await, 404, "{path}");
    }
    assert!(walk(&t.app.settings.files_dir().join("incoming")).is_empty(), "nothing was written for Eve");
}

async fn every_field_of_an_upload_form_is_capped(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    // A text field of 100 kB (of a body announced as 1 MB) is cut at its cap of a few bytes;
    // the server answers without waiting for the rest.
    let status = partial_upload(&ana, &format!("/accounts/{acme}/svi/verify"), "format", 100_000, 1_000_000).await;
    assert_eq!(status, 422);
    // A body announced larger than the route's limit is refused by its length alone.
    for path in [format!("/accounts/{acme}/profile/evidence/6.2"), format!("/accounts/{acme}/svi/verify")] {
        assert_eq!(partial_upload(&ana, &path, "file", 1000, 3_000_000_000).await, 413, "{path}");
    }
}

async fn an_upload_cut_by_its_time_limit_leaves_no_file(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.upload_timeout = std::time::Duration::from_secs(1)).await;
    let (ana, acme) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    let status = trickle_upload(
        &ana,
        &format!("/accounts/{acme}/profile/evidence/6.2"),
        8,
        std::time::Duration::from_millis(500),
    )
    .await;
    assert_eq!(status, 408);
    assert!(walk(&t.app.settings.files_dir().join("incoming")).is_empty(), "the temporary file went with the request");
    assert!(walk(&t.app.settings.files_dir()).is_empty());
}

async fn leftovers_of_a_stop_are_swept_at_start_up(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let dir = t.app.settings.files_dir().join("incoming");
    std::fs::create_dir_all(&dir).unwrap();
    let old = std::fs::File::create(dir.join("LEFTOVER")).unwrap();
    old.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3600)).unwrap();
    std::fs::write(dir.join("RECENT"), b"an upload another server is receiving").unwrap();
    assert_eq!(ctpat_app::files::sweep_incoming(&t.app).await.unwrap(), 1);
    assert!(!dir.join("LEFTOVER").exists() && dir.join("RECENT").exists());
}

async fn a_person_streams_a_bounded_number_of_uploads_at_once(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.uploads_per_person = 1).await;
    let (ana, acme) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    let ana = Arc::new(ana);
    let path = format!("/accounts/{acme}/profile/evidence/6.2");
    // One upload trickles in for about 3 s; meanwhile a second is refused.
    let slow = {
        let (ana, path) = (ana.clone(), path.clone());
        tokio::spawn(async move { trickle_upload(&ana, &path, 6, std::time::Duration::from_millis(500)).await })
    };
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    let (status, body) = upload(&ana, &path, "second.pdf", pdf(100)).await;
    assert_eq!(status, 429);
    assert!(body.contains("You are already sending 1 files"), "{body}");
    assert_eq!(slow.await.unwrap(), 303, "the first one arrives");
    assert_eq!(upload(&ana, &path, "third.pdf", pdf(100)).await.0, 303, "the slot is free again");
}

async fn parallel_uploads_cannot_overrun_the_quota(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| {
        s.account_quota_bytes = 6000;
        s.uploads_per_person = 10;
    })
    .await;
    let (ana, acme) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    let ana = Arc::new(ana);
    let path = format!("/accounts/{acme}/profile/evidence/6.2");
    let mut set = tokio::task::JoinSet::new();
    for i in 0..6 {
        let (ana, path) = (ana.clone(), path.clone());
        set.spawn(async move { upload(&ana, &path, &format!("f{i}.pdf"), pdf(1900)).await.0 });
    }
    let mut stored = 0;
    while let Some(s) = set.join_next().await {
        if s.unwrap() == 303 {
            stored += 1;
        }
    }
    assert_eq!(stored, 3, "exactly what fits: 3 × 1909 bytes within 6000");
    let used: i64 =
        t.db.scalar_i64(&format!(
            "SELECT CAST(COALESCE(SUM(size), 0) AS BIGINT) FROM stored_file WHERE account_id = {acme}"
        ))
        .await;
    assert!(used <= 6000, "{used}");
}

async fn removed_evidence_is_neither_served_nor_counted(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.account_quota_bytes = 3000).await;
    let (ana, acme) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    let path = format!("/accounts/{acme}/profile/evidence/6.2");
    assert_eq!(upload(&ana, &path, "first.pdf", pdf(2000)).await.0, 303);
    let page = ana.get(&path).await;
    let href = page.body.split(&format!("/accounts/{acme}/files/")).nth(1).unwrap().split('"').next().unwrap();
    let file = format!("/accounts/{acme}/files/{href}");
    assert_eq!(ana.get(&file).await.status, 200);
    assert_eq!(upload(&ana, &path, "second.pdf", pdf(2000)).await.0, 422, "the quota is full");
    let eid = page.body.split(&format!("{path}/")).nth(1).unwrap().split('/').next().unwrap().to_string();
    assert_eq!(ana.post(&format!("{path}/{eid}/remove"), &[]).await.status, 303);
    assert_eq!(ana.get(&file).await.status, 404, "a removed file is not served");
    assert!(walk(&t.app.settings.files_dir()).is_empty(), "its bytes are gone");
    assert_eq!(upload(&ana, &path, "second.pdf", pdf(2000)).await.0, 303, "nor counted");
}

/// An upload's CSRF token is its first field: one in the address, a wrong one, or one sent
/// after the file is refused (403) and nothing is stored.
async fn an_upload_without_its_token_first_is_refused(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let (ana, acme) = officer_with_draft(&t, "ana@acme.example", "Acme Imports").await;
    let csrf = ana.cookie("__Host-ctpat-csrf").unwrap();
    let url = format!("{}/accounts/{acme}/profile/evidence/6.2", ana.base);
    let file = || reqwest::multipart::Part::bytes(pdf(100)).file_name("seal.pdf");
    let send = |url: String, form: reqwest::multipart::Form| {
        let client = ana.client.clone();
        async move { client.post(url).multipart(form).send().await.unwrap().status().as_u16() }
    };
    let in_address = send(format!("{url}?csrf={csrf}"), reqwest::multipart::Form::new().part("file", file())).await;
    assert_eq!(in_address, 403, "a token in the address is not taken");
    let wrong =
        send(url.clone(), reqwest::multipart::Form::new().text("csrf", "0".repeat(43)).part("file", file())).await;
    assert_eq!(wrong, 403, "a wrong token");
    let after =
        send(url.clone(), reqwest::multipart::Form::new().part("file", file()).text("csrf", csrf.clone())).await;
    assert_eq!(after, 403, "a token after the file");
    assert!(
        walk(&t.app.settings.files_dir()).iter().all(|p| p.to_string_lossy().contains("incoming") || p.is_dir()),
        "nothing stored"
    );
    let ok = send(url, reqwest::multipart::Form::new().text("csrf", csrf).part("file", file())).await;
    assert_eq!(ok, 303, "the page's own order is accepted");
}

both_engines! {
    token_first => an_upload_without_its_token_first_is_refused;
    out_of_reach => bytes_for_an_account_out_of_reach_are_never_read;
    capped_fields => every_field_of_an_upload_form_is_capped;
    cut_upload => an_upload_cut_by_its_time_limit_leaves_no_file;
    sweep => leftovers_of_a_stop_are_swept_at_start_up;
    slots => a_person_streams_a_bounded_number_of_uploads_at_once;
    quota_race => parallel_uploads_cannot_overrun_the_quota;
    removed => removed_evidence_is_neither_served_nor_counted;
}
