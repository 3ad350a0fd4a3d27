//! Passwords through the pages on both engines: a leaked password dressed up is refused by
//! name, and a hash made with older parameters is replaced at the next sign-in.

use argon2::{Algorithm, Argon2, Params, PasswordHasher, Version};
use ctpat_testkit::flows::PW;
use ctpat_testkit::{TestApp, TestDb, both_engines};

async fn a_leaked_password_dressed_up_is_refused_at_sign_up(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let b = t.browser();
    for weak in ["michaeljordan1986", "P@ssw0rdP@ssw0rd!", "dragonfootball2019"] {
        let p = b
            .post(
                "/signup",
                &[("name", "Dee Lane"), ("email", "dee@example.com"), ("password", weak), ("password_confirm", weak)],
            )
            .await;
        assert_eq!(p.status, 422, "{weak}");
        p.assert_contains("list of common or breached passwords");
    }
}

async fn a_hash_with_older_parameters_is_replaced_at_sign_in(db: TestDb) {
    let t = TestApp::spawn(db).await;
    let old = Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::new(8192, 1, 1, None).unwrap())
        .hash_password(PW.as_bytes())
        .unwrap()
        .to_string();
    let user = t.partner("old@example.com", PW).await;
    t.db.exec(&format!("UPDATE app_user SET password_hash = '{old}' WHERE id = {}", user.id)).await.unwrap();
    let b = t.browser();
    assert_eq!(b.login("old@example.com", PW).await.status, 303, "the old hash still verifies");
    let stored = ctpat_store::users::find(t.db.db.conn(), user.id).await.unwrap().unwrap().password_hash.unwrap();
    assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
    b.post("/logout", &[]).await;
    assert_eq!(b.login("old@example.com", PW).await.status, 303, "and the new one does");
}

both_engines! {
    leaked => a_leaked_password_dressed_up_is_refused_at_sign_up;
    rehash => a_hash_with_older_parameters_is_replaced_at_sign_in;
}
