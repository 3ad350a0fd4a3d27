//! SVI through the pages, on both engines: requests by number and by name, accept, decline and
//! its block, auto-accept, each share setting and scope as the partner sees it, monitoring
//! (in-app and e-mail, once), bulk verification (page and CSV), leaving, e-mailing the status.

use ctpat_testkit::flows::{PW, act, apply_as_importer, approve_profile};
use ctpat_testkit::{Browser, TestApp, TestDb, both_engines};

/// The id in the first form action under `prefix` that ends in `suffix`.
fn form_id(page: &str, prefix: &str, suffix: &str) -> String {
    page.split(prefix)
        .skip(1)
        .find_map(|s| {
            let end = s.find('"')?;
            s[..end].strip_suffix(suffix).map(str::to_string)
        })
        .unwrap_or_else(|| panic!("no form {prefix}…{suffix} on the page:\n{page}"))
}

/// The API's single lookup answers exactly as the bulk verification does, for a token of
/// the account's Officer `officer`.
async fn lookup_agrees(t: &TestApp, officer: &str, viewer: i64, numbers: &[&str]) {
    let actor = ctpat_app::auth::actor_by_email(&t.app, officer, Default::default()).await.unwrap();
    let (_, secret) = ctpat_app::api_tokens::create(
        &t.app,
        &actor,
        viewer,
        &format!("agree {}", numbers.len()),
        &["svi:read".into()],
    )
    .await
    .unwrap();
    let caller = ctpat_app::api_tokens::authenticate(&t.app, &secret).await.unwrap().expect("token works");
    let raws: Vec<String> = numbers.iter().map(|n| n.to_string()).collect();
    let bulk = ctpat_app::svi::verify_by_token(&t.app, &caller, &raws).await.unwrap();
    for (n, expected) in numbers.iter().zip(bulk) {
        let parsed = ctpat_domain::svi::SviNumber::parse(n).unwrap();
        assert_eq!(ctpat_app::svi::lookup_by_token(&t.app, &caller, &parsed).await.unwrap(), expected, "{n}");
    }
}

async fn upload(b: &Browser, id: i64, csv: &[u8], format: &str) -> (u16, String) {
    if b.cookie("__Host-ctpat-csrf").is_none() {
        b.get("/healthz").await;
    }
    let csrf = b.cookie("__Host-ctpat-csrf").unwrap();
    let part = reqwest::multipart::Part::bytes(csv.to_vec()).file_name("numbers.csv");
    let form = reqwest::multipart::Form::new().text("csrf", csrf).part("file", part).text("format", format.to_string());
    let res = b.client.post(format!("{}/accounts/{id}/svi/verify", b.base)).multipart(form).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn connections(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    for e in ["ana@acme.example", "bob@bolt.example", "cy@cargo.example"] {
        t.partner(e, PW).await;
    }
    t.staff("sue@cbp.example", PW, "supervisor").await;
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    let bob = t.signed_in("bob@bolt.example").await;
    let cy = t.signed_in("cy@cargo.example").await;
    let sue = t.signed_in("sue@cbp.example").await;
    let sam = t.signed_in("sam@cbp.example").await;
    let acme = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let bolt = apply_as_importer(&bob, "Bolt Freight", "bob@bolt.example").await;
    let cargo = apply_as_importer(&cy, "Cargo Lines", "cy@cargo.example").await;
    // A second account of Bolt's organization (an exporter), made from a fourth application.
    let sister = apply_as_importer(&bob, "Bolt Second", "bob@bolt.example").await;
    t.db.exec(&format!(
        "UPDATE partner_account SET entity_type = 'exporter', organization_id = \
         (SELECT organization_id FROM partner_account WHERE id = {bolt}) WHERE id = {sister}"
    ))
    .await
    .unwrap();
    let (n_acme, n_bolt, n_cargo, n_sister) =
        (t.svi_of(acme).await, t.svi_of(bolt).await, t.svi_of(cargo).await, t.svi_of(sister).await);
    let svi = |id: i64| format!("/accounts/{id}/svi");

    // Requests by number: bad input is named, one's own number and a repeat are refused.
    let p = ana.post(&format!("{}/request", svi(acme)), &[("svi_number", "SVI-12")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Enter an SVI number as SVI- followed by 8").assert_contains("value=\"SVI-12\"");
    let p = ana.post(&format!("{}/request", svi(acme)), &[("svi_number", &n_acme)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("This is your own account");
    let p = ana.post(&format!("{}/request", svi(acme)), &[("svi_number", &n_bolt.to_lowercase())]).await;
    assert_eq!(p.location.as_deref(), Some(format!("/accounts/{acme}/svi?notice=svi-requested").as_str()));
    let p = ana.post(&format!("{}/request", svi(acme)), &[("svi_number", &n_bolt)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("already connected to this account, or a request is pending");
    ana.get(&svi(acme)).await.assert_contains("Requests you sent").assert_contains("Bolt Freight");

    // Another company cannot answer it; Bolt accepts.
    let page = bob.get(&svi(bolt)).await;
    page.assert_contains("Requests to connect with you").assert_contains("Acme Imports");
    let cid = form_id(&page.body, &format!("/accounts/{bolt}/svi/connections/"), "/accept");
    assert_eq!(cy.post(&format!("/accounts/{cargo}/svi/connections/{cid}/accept"), &[]).await.status, 404);
    assert_eq!(cy.post(&format!("/accounts/{bolt}/svi/connections/{cid}/accept"), &[]).await.status, 404);
    let p = bob.post(&format!("/accounts/{bolt}/svi/connections/{cid}/accept"), &[]).await;
    assert_eq!(p.status, 303);
    let p = bob.post(&format!("/accounts/{bolt}/svi/connections/{cid}/accept"), &[]).await;
    assert_eq!(p.status, 422, "answered twice");
    p.assert_contains("already been answered");

    // Basic sharing: name and certified or not; tier and contact withheld; whole organization.
    let page = ana.get(&svi(acme)).await;
    page.assert_contains("Connected partners").assert_contains("Bolt Freight").assert_contains(&n_bolt);
    page.assert_contains("Not certified").assert_contains("Not shared").assert_contains(&n_sister);
    assert!(!page.body.contains("bob@bolt.example"), "contact withheld without share-more");

    // Monitoring: Bolt is certified; Acme hears it once, in-app and by e-mail.
    let sam_id =
        ctpat_store::users::find_by_email(t.db.db.conn(), "sam@cbp.example").await.unwrap().unwrap().id.to_string();
    assert_eq!(act(&sue, bolt, "assign-scss", &[("scss", &sam_id)]).await.status, 303);
    approve_profile(&t, &bob, &sam, bolt).await;
    assert_eq!(act(&sam, bolt, "recommend-certification", &[]).await.status, 303);
    let before = t.emails_to("ana@acme.example").await.len();
    assert_eq!(act(&sue, bolt, "certify", &[]).await.status, 303);
    let mails: Vec<_> = t
        .emails_to("ana@acme.example")
        .await
        .into_iter()
        .filter(|m| m.subject == "SVI: Bolt Freight is now Certified")
        .collect();
    assert_eq!(mails.len(), 1, "one e-mail per status change");
    assert!(mails[0].body_text.contains(&n_bolt), "{}", mails[0].body_text);
    assert_eq!(t.emails_to("ana@acme.example").await.len(), before + 1);
    ana.get(&format!("/accounts/{acme}")).await.assert_contains(" new</span>");
    let notes = ana.get(&format!("/accounts/{acme}/notifications")).await;
    notes.assert_contains("Bolt Freight").assert_contains("to Certified").assert_contains("New");
    // Reading changes nothing; the button marks them read.
    ana.get(&format!("/accounts/{acme}")).await.assert_contains(" new</span>");
    let p = ana.post(&format!("/accounts/{acme}/notifications/read"), &[]).await;
    assert_eq!(p.status, 303);
    assert!(!ana.get(&format!("/accounts/{acme}")).await.body.contains(" new</span>"), "read once marked");
    assert_eq!(notes.body.matches("to Certified").count(), 1);
    assert!(!ana.get(&format!("/accounts/{acme}/notifications")).await.body.contains(">New<"), "read once marked");
    assert!(t.audit_actions().await.iter().any(|a| a == "notifications.read"));
    assert!(
        !cy.get(&format!("/accounts/{cargo}/notifications")).await.body.contains("Bolt Freight"),
        "only connected partners hear"
    );
    ana.get(&svi(acme)).await.assert_contains("<td>Certified</td>");

    // Share more, scope "chosen" with no other account: tier and contact shown, sister hidden.
    let p = bob.post(&format!("{}/settings", svi(bolt)), &[("share_more", "on"), ("scope", "chosen")]).await;
    assert_eq!(p.status, 303, "{}", p.body);
    let page = ana.get(&svi(acme)).await;
    page.assert_contains("bob@bolt.example").assert_contains("<td>1</td>");
    assert!(!page.body.contains(&n_sister), "sister outside the chosen scope");
    // Scope "chosen" with the sister ticked: shown again.
    let p = bob
        .post(
            &format!("{}/settings", svi(bolt)),
            &[("share_more", "on"), ("scope", "chosen"), ("accounts", &sister.to_string())],
        )
        .await;
    assert_eq!(p.status, 303);
    ana.get(&svi(acme)).await.assert_contains(&n_sister);
    // Acme sees the sister through Bolt's scope, so it hears of the sister's status changes.
    assert_eq!(act(&sue, sister, "assign-scss", &[("scss", &sam_id)]).await.status, 303);
    let notes = ana.get(&format!("/accounts/{acme}/notifications")).await;
    notes.assert_contains(&format!("Bolt Freight ({n_sister}) changed status from Applicant to Under review"));
    // Only the organization's own accounts can be chosen; no scope is refused by name.
    let p = bob.post(&format!("{}/settings", svi(bolt)), &[("scope", "chosen"), ("accounts", &acme.to_string())]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose only other accounts of your own organization");
    let p = bob.post(&format!("{}/settings", svi(bolt)), &[("share_more", "on")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("Choose one of the options");

    // By name: Cargo finds Acme and asks; Acme declines, which blocks Cargo until lifted.
    let page = cy.get(&format!("{}?q=ac", svi(cargo))).await;
    page.assert_contains("Enter at least 3 characters");
    let page = cy.get(&format!("{}?q=acme", svi(cargo))).await;
    page.assert_contains("Acme Imports").assert_contains(&n_acme);
    assert!(!page.body.contains("Cargo Lines<br>"), "one's own account is not a hit");
    let p = cy.post(&format!("{}/request", svi(cargo)), &[("target", &acme.to_string())]).await;
    assert_eq!(p.status, 303);
    let page = ana.get(&svi(acme)).await;
    let cid = form_id(&page.body, &format!("/accounts/{acme}/svi/connections/"), "/decline");
    assert_eq!(ana.post(&format!("/accounts/{acme}/svi/connections/{cid}/decline"), &[]).await.status, 303);
    ana.get(&svi(acme)).await.assert_contains("Accounts you blocked").assert_contains("Cargo Lines");
    let p = cy.post(&format!("{}/request", svi(cargo)), &[("svi_number", &n_acme)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("declined an earlier request");
    cy.get(&format!("{}?q=acme", svi(cargo))).await.assert_contains("They declined an earlier request");
    assert_eq!(ana.post(&format!("/accounts/{acme}/svi/blocks/{cargo}/remove"), &[]).await.status, 303);
    assert_eq!(cy.post(&format!("{}/request", svi(cargo)), &[("svi_number", &n_acme)]).await.status, 303);
    // Cargo withdraws it again.
    let page = cy.get(&svi(cargo)).await;
    let cid = form_id(&page.body, &format!("/accounts/{cargo}/svi/connections/"), "/remove");
    assert_eq!(cy.post(&format!("/accounts/{cargo}/svi/connections/{cid}/remove"), &[]).await.status, 303);

    // Auto-accept: Acme's request to Cargo connects at once.
    assert_eq!(
        cy.post(&format!("{}/settings", svi(cargo)), &[("auto_accept", "on"), ("scope", "all")]).await.status,
        303
    );
    let p = ana.post(&format!("{}/request", svi(acme)), &[("svi_number", &n_cargo)]).await;
    assert_eq!(p.location.as_deref(), Some(format!("/accounts/{acme}/svi?notice=svi-connected").as_str()));
    cy.get(&svi(cargo)).await.assert_contains("Connected partners").assert_contains("Acme Imports");

    // Bulk verification: one row per input row, in order, never a dropped row.
    let csv = format!("svi_number\n{n_bolt}\n{}\nnot-a-number\n\nSVI-22222222\n{n_cargo}\n{n_sister}\n", n_sister);
    let (status, body) = upload(&ana, acme, csv.as_bytes(), "csv").await;
    assert_eq!(status, 200, "{body}");
    let text = ctpat_testkit::csv_text(body.as_bytes());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "SVI number,Result,Name,Tier");
    assert_eq!(lines[1], format!("{n_bolt},certified,Bolt Freight,1"));
    assert_eq!(lines[2], format!("{n_sister},not certified,Bolt Freight,"));
    assert_eq!(lines[3], "not-a-number,invalid format,,");
    assert_eq!(lines[4], ",invalid format,,");
    assert_eq!(lines[5], "SVI-22222222,unknown,,");
    assert_eq!(lines[6], format!("{n_cargo},not certified,Cargo Lines,"));
    assert_eq!(lines.len(), 8);
    lookup_agrees(&t, "ana@acme.example", acme, &[&n_bolt, &n_sister, "SVI-22222222", &n_cargo, &n_acme]).await;
    // Bolt narrows its scope: the sister is then "not connected" for Acme.
    bob.post(&format!("{}/settings", svi(bolt)), &[("scope", "chosen")]).await;
    let (_, body) = upload(&ana, acme, format!("{n_sister}\n").as_bytes(), "csv").await;
    assert_eq!(body.lines().nth(1), Some(format!("{n_sister},not connected,,").as_str()));
    lookup_agrees(&t, "ana@acme.example", acme, &[&n_bolt, &n_sister]).await;
    // The page shows the same, with line numbers.
    let (status, body) = upload(&ana, acme, format!("{n_bolt}\nxyz\n").as_bytes(), "page").await;
    assert_eq!(status, 200);
    assert!(body.contains("Invalid format") && body.contains("Bolt Freight") && body.contains("<td>2</td>"), "{body}");
    // With a header line, the first number is on the file's line 2, and the page says so.
    let (_, body) = upload(&ana, acme, format!("svi_number\n{n_bolt}\n").as_bytes(), "page").await;
    let first = body.split("<td>").nth(1).unwrap_or_default();
    assert!(first.starts_with("2</td>"), "the header counts as line 1: {body}");
    // Malformed files are refused with the line named.
    let (status, body) = upload(&ana, acme, b"SVI-22222222\nSVI-2222\x07\n", "page").await;
    assert_eq!(status, 422);
    assert!(body.contains("Line 2 contains characters"), "{body}");
    let (status, body) = upload(&ana, acme, b"SVI-22222222\n\xff\xfe\n", "page").await;
    assert_eq!(status, 422);
    assert!(body.contains("not UTF-8 text (line 2)"), "{body}");
    let many = "SVI-22222222\n".repeat(10_001);
    let (status, body) = upload(&ana, acme, many.as_bytes(), "page").await;
    assert_eq!(status, 422);
    assert!(body.contains("more than 10000 SVI numbers"), "{body}");
    let (status, body) = upload(&ana, acme, "SVI-22222222\n".repeat(10_000).as_bytes(), "csv").await;
    assert_eq!((status, body.lines().count()), (200, 10_001));

    // E-mail the status to a company outside the program.
    let p = ana.post(&format!("{}/email-status", svi(acme)), &[("email", "not-an-address")]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("value=\"not-an-address\"");
    assert_eq!(
        ana.post(&format!("{}/email-status", svi(acme)), &[("email", "buyer@outside.example")]).await.status,
        303
    );
    let mail = &t.emails_to("buyer@outside.example").await[0];
    assert!(mail.body_text.contains(&n_acme) && mail.body_text.contains("Certified: No"), "{}", mail.body_text);

    // Staff see the page read-only and cannot act on it.
    let page = sam.get(&svi(bolt)).await;
    page.assert_contains("Acme Imports").assert_contains("partners use this number to ask to connect");
    assert!(!page.body.contains("Give this number to your business partners"), "staff read staff words");
    assert!(!page.body.contains("/svi/settings\""), "no settings form for staff");
    assert_eq!(sam.post(&format!("{}/settings", svi(bolt)), &[("scope", "all")]).await.status, 403);
    // Another company's SVI page is not found.
    assert_eq!(cy.get(&svi(acme)).await.status, 404);

    // Leaving SVI breaks every connection; partners are told; no new requests.
    assert_eq!(ana.post(&format!("{}/leave", svi(acme)), &[]).await.status, 303);
    let page = bob.get(&svi(bolt)).await;
    assert!(!page.body.contains("Acme Imports"), "connection ended");
    bob.get(&format!("/accounts/{bolt}/notifications")).await.assert_contains("Acme Imports").assert_contains("ended");
    let p = cy.post(&format!("{}/request", svi(cargo)), &[("svi_number", &n_acme)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("No participating account has this SVI number");
    let p = ana.post(&format!("{}/request", svi(acme)), &[("svi_number", &n_bolt)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("has left SVI");
    let (_, body) = upload(&bob, bolt, format!("{n_acme}\n").as_bytes(), "csv").await;
    assert_eq!(body.lines().nth(1), Some(format!("{n_acme},not connected,,").as_str()));
    assert_eq!(ana.post(&format!("{}/join", svi(acme)), &[]).await.status, 303);

    let actions = t.audit_actions().await;
    for a in [
        "svi.requested",
        "svi.request-received",
        "svi.accepted",
        "svi.declined",
        "svi.unblocked",
        "svi.request-withdrawn",
        "svi.settings-changed",
        "svi.verified",
        "svi.status-emailed",
        "svi.left",
        "svi.disconnected",
        "svi.joined",
    ] {
        assert!(actions.iter().any(|x| x == a), "audit lacks {a}");
    }
}

/// The results of a verification offer one action: request connections to the numbers that
/// are in the program but not connected (all ticked at first), and the SVI page then says how
/// many requests were sent, connected at once or skipped.
async fn verification_results_request_connections(db: TestDb) {
    let t = TestApp::spawn_with(db, |s| s.require_staff_mfa = false).await;
    for e in ["ana@acme.example", "bob@bolt.example", "cy@cargo.example"] {
        t.partner(e, PW).await;
    }
    t.staff("sam@cbp.example", PW, "scss").await;
    let ana = t.signed_in("ana@acme.example").await;
    let bob = t.signed_in("bob@bolt.example").await;
    let cy = t.signed_in("cy@cargo.example").await;
    let acme = apply_as_importer(&ana, "Acme Imports", "ana@acme.example").await;
    let bolt = apply_as_importer(&bob, "Bolt Freight", "bob@bolt.example").await;
    let cargo = apply_as_importer(&cy, "Cargo Lines", "cy@cargo.example").await;
    cy.post(&format!("/accounts/{cargo}/svi/settings"), &[("auto_accept", "on"), ("scope", "all")]).await;
    let (n_bolt, n_cargo) = (t.svi_of(bolt).await, t.svi_of(cargo).await);

    let csv = format!("svi_number\n{n_bolt}\nSVI-22222222\n{n_cargo}\n");
    let (status, body) = upload(&ana, acme, csv.as_bytes(), "page").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("2 numbers belong to partners of the program you are not connected to"), "{body}");
    for n in [&n_bolt, &n_cargo] {
        assert!(body.contains(&format!("name=\"number\" value=\"{n}\"")), "{n} can be asked: {body}");
    }
    assert!(!body.contains("value=\"SVI-22222222\""), "an unknown number cannot be asked");
    let many = format!("/accounts/{acme}/svi/request-many");

    // Another company cannot send requests for Acme; staff cannot either.
    assert_eq!(cy.post(&many, &[("number", &n_bolt)]).await.status, 404);
    let sam = t.signed_in("sam@cbp.example").await;
    assert_ne!(sam.post(&many, &[("number", &n_bolt)]).await.status, 303);

    let p = ana.post(&many, &[("number", &n_bolt), ("number", &n_cargo), ("number", "SVI-22222222")]).await;
    assert_eq!(p.status, 303);
    let page = ana.get(p.location.as_deref().unwrap()).await;
    page.assert_contains("One request was sent; 1 connected at once").assert_contains("1 skipped");
    bob.get(&format!("/accounts/{bolt}/svi")).await.assert_contains("Acme Imports");
    // Sent again, nothing is doubled: every number is skipped.
    let p = ana.post(&many, &[("number", &n_bolt), ("number", &n_cargo)]).await;
    ana.get(p.location.as_deref().unwrap())
        .await
        .assert_contains("No request was sent; 0 connected at once")
        .assert_contains("2 skipped");
    // Nothing ticked: nothing sent, and the page says so.
    let p = ana.post(&many, &[]).await;
    ana.get(p.location.as_deref().unwrap()).await.assert_contains("No number was ticked");
    let requested = t.audit_actions().await.iter().filter(|a| *a == "svi.requested").count();
    assert_eq!(requested, 2, "one audited request per partner");
    // More numbers than a verification holds: refused as a whole, on the page.
    let too_many: Vec<(&str, &str)> = std::iter::repeat_n(("number", "SVI-22222222"), 10_001).collect();
    let p = ana.post(&many, &too_many).await;
    assert_eq!(p.status, 422);
    p.assert_contains("At most 10000 numbers can be requested at once");
    // An account that left SVI cannot ask anyone: the page says why.
    assert_eq!(ana.post(&format!("/accounts/{acme}/svi/leave"), &[]).await.status, 303);
    let p = ana.post(&many, &[("number", &n_bolt)]).await;
    assert_eq!(p.status, 422);
    p.assert_contains("This account has left SVI");
}

both_engines! {
    svi_connections => connections;
    verify_then_request => verification_results_request_connections;
}
