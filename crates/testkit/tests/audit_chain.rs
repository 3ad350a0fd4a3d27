//! The audit chain on both engines: append-only at the database, and any edit, deletion or
//! reordering done behind the portal's back is found by `verify`.

use chrono::Utc;
use ctpat_domain::audit::Outcome;
use ctpat_store::audit::{NewEvent, Verification, append, verify};
use ctpat_testkit::{TestDb, both_engines};

fn event(i: i64) -> NewEvent {
    NewEvent {
        at: ctpat_app::clock::truncate(Utc::now()),
        actor_id: Some(i),
        actor: Some(format!("person{i}@example.com")),
        role: Some("scss".into()),
        account_id: Some(100 + i),
        action: "test.changed".into(),
        object_type: Some("thing".into()),
        object_id: Some(i.to_string()),
        outcome: Outcome::Ok,
        request_id: Some(format!("req-{i}")),
        before: Some(serde_json::json!({"n": i})),
        after: Some(serde_json::json!({"n": i + 1, "name": "ñandú \"quoted\""})),
        // Half the events come from a request (address and browser recorded), half do not.
        ip: (i % 2 == 0).then(|| format!("2001:db8::{i}")),
        user_agent: (i % 2 == 0).then(|| "Mozilla/5.0 (X11) \"quoted\" ñ".to_string()),
    }
}

async fn write_events(t: &TestDb, n: i64) {
    for i in 1..=n {
        let txn = t.db.begin().await.unwrap();
        append(&txn, event(i)).await.unwrap();
        txn.commit().await.unwrap();
    }
}

/// Remove the append-only protection, as an attacker with database access would.
async fn drop_protection(t: &TestDb) {
    if t.is_postgres() {
        t.exec("ALTER TABLE audit_event DISABLE TRIGGER USER").await.unwrap();
    } else {
        t.exec("DROP TRIGGER audit_event_no_update").await.unwrap();
        t.exec("DROP TRIGGER audit_event_no_delete").await.unwrap();
    }
}

async fn intact_chain_verifies(t: TestDb) {
    assert_eq!(verify(t.db.conn()).await.unwrap(), Verification::Verified { events: 0 });
    write_events(&t, 5).await;
    assert_eq!(verify(t.db.conn()).await.unwrap(), Verification::Verified { events: 5 });
}

async fn database_refuses_update_and_delete(t: TestDb) {
    write_events(&t, 2).await;
    assert!(t.exec("UPDATE audit_event SET action = 'x' WHERE seq = 1").await.is_err());
    assert!(t.exec("DELETE FROM audit_event WHERE seq = 2").await.is_err());
    if t.is_postgres() {
        assert!(t.exec("TRUNCATE audit_event").await.is_err());
    }
    assert_eq!(t.scalar_i64("SELECT COUNT(*) FROM audit_event").await, 2);
    assert_eq!(verify(t.db.conn()).await.unwrap(), Verification::Verified { events: 2 });
}

fn broken_at(v: Verification) -> i64 {
    match v {
        Verification::Broken { seq, .. } => seq,
        other => panic!("expected a broken chain, got {other:?}"),
    }
}

async fn edit_is_detected(t: TestDb) {
    write_events(&t, 6).await;
    drop_protection(&t).await;
    t.exec("UPDATE audit_event SET after = '{\"n\":999}' WHERE seq = 4").await.unwrap();
    assert_eq!(broken_at(verify(t.db.conn()).await.unwrap()), 4);
}

async fn edit_with_rehash_is_detected(t: TestDb) {
    // Changing the actor and recomputing that row's own hash still breaks the next link.
    write_events(&t, 5).await;
    drop_protection(&t).await;
    t.exec("UPDATE audit_event SET actor = 'someone-else@example.com' WHERE seq = 2").await.unwrap();
    let row = ctpat_store::audit::recent(t.db.conn(), None, Some(3), 1).await.unwrap().remove(0);
    let new_hash = ctpat_domain::audit::chain_hash(&row.prev_hash, &row.canonical());
    t.exec(&format!("UPDATE audit_event SET hash = '{new_hash}' WHERE seq = 2")).await.unwrap();
    assert_eq!(broken_at(verify(t.db.conn()).await.unwrap()), 3);
}

async fn delete_is_detected(t: TestDb) {
    write_events(&t, 6).await;
    drop_protection(&t).await;
    t.exec("DELETE FROM audit_event WHERE seq = 3").await.unwrap();
    assert_eq!(broken_at(verify(t.db.conn()).await.unwrap()), 3);
}

async fn tail_delete_is_detected(t: TestDb) {
    write_events(&t, 4).await;
    drop_protection(&t).await;
    t.exec("DELETE FROM audit_event WHERE seq = 4").await.unwrap();
    assert_eq!(broken_at(verify(t.db.conn()).await.unwrap()), 4);
}

async fn reorder_is_detected(t: TestDb) {
    write_events(&t, 6).await;
    drop_protection(&t).await;
    // Swap events 2 and 5 by renumbering them.
    t.exec("UPDATE audit_event SET seq = -2 WHERE seq = 2").await.unwrap();
    t.exec("UPDATE audit_event SET seq = 2 WHERE seq = 5").await.unwrap();
    t.exec("UPDATE audit_event SET seq = 5 WHERE seq = -2").await.unwrap();
    assert_eq!(broken_at(verify(t.db.conn()).await.unwrap()), 2);
}

both_engines! {
    intact => intact_chain_verifies;
    append_only => database_refuses_update_and_delete;
    edit => edit_is_detected;
    edit_rehash => edit_with_rehash_is_detected;
    delete => delete_is_detected;
    tail_delete => tail_delete_is_detected;
    reorder => reorder_is_detected;
}

/// Many writers at once never fork the chain: every event gets its own sequence number and
/// links to the one before it.
async fn concurrent_writers_keep_one_chain(t: TestDb) {
    let mut tasks = Vec::new();
    for w in 0..16i64 {
        let db = t.db.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..10i64 {
                let txn = db.begin().await.unwrap();
                append(&txn, event(w * 100 + i)).await.unwrap();
                txn.commit().await.unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(verify(t.db.conn()).await.unwrap(), Verification::Verified { events: 160 });
    assert_eq!(t.scalar_i64("SELECT COUNT(DISTINCT prev_hash) FROM audit_event").await, 160);
}

both_engines! {
    concurrent => concurrent_writers_keep_one_chain;
}
