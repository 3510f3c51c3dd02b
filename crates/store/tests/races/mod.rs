//! Writes that race each other, on both backends (part of the store test
//! binary): every acknowledged write is there afterwards, exactly one of
//! competing writes wins, and none fails for the database's own reasons.

use super::{account, org};
use domain::{CountryCode, EntityId, RegistryId, VerificationState};
use store::{Actorship, EditConflict, ReviewConflict, Store};

fn registry() -> RegistryId {
    RegistryId::parse("KZ-BIN", "123456789012", CountryCode::parse("KZ").unwrap()).unwrap()
}

const WHO: Actorship<'static> = Actorship {
    id: None,
    email: "someone@example.org",
};

/// Thirty applications at once: on SQLite each write transaction must take
/// the write lock first, or the ones that read first fail with "database
/// is locked" instead of waiting. Two more race for one id: one wins.
async fn concurrent_applications_all_commit(store: Store) {
    let applicant = account(&store, "many@example.org").await;
    let who = Actorship {
        id: Some(applicant),
        email: "many@example.org",
    };
    let mut tasks = Vec::new();
    for i in 0..32 {
        let store = store.clone();
        // The last two share an id.
        let id = format!("KZ-BRL-RACE{:02}", i.min(30));
        tasks.push(tokio::spawn(async move {
            let record = org(&id, &format!("Race {i}"), "KZ", &["youth"]);
            store
                .create_application(&record, &registry(), &format!("ev{i}.pdf"), who, &[], 100)
                .await
        }));
    }
    let mut won = 0;
    let mut taken = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(Ok(())) => won += 1,
            Ok(Err(ReviewConflict::IdTaken)) => taken += 1,
            other => panic!("an application failed: {other:?}"),
        }
    }
    assert_eq!((won, taken), (31, 1));
    for i in 0..=30 {
        let review = store.review(&format!("KZ-BRL-RACE{i:02}")).await.unwrap();
        assert!(review.is_some(), "application {i} acknowledged but missing");
    }
}

/// The applicant's edit and the coordinator's verification, at the same
/// time, many times: whichever commits first, the directory ends with the
/// edit (it was acknowledged), and the audit log's order is the commit order.
async fn an_edit_racing_a_verification_is_never_lost(store: Store) {
    for trial in 0..24 {
        let id = format!("KZ-BRL-EDIT{trial:02}");
        let original = org(&id, "Before", "KZ", &["youth"]);
        store
            .create_application(&original, &registry(), "ev.pdf", WHO, &[], 100)
            .await
            .unwrap()
            .unwrap();
        let edited = org(&id, &format!("Edited {trial}"), "KZ", &["youth", "culture"]);
        let (a, b) = (store.clone(), store.clone());
        let e = edited.clone();
        let edit = tokio::spawn(async move { a.save_organization(&e, None, WHO, 200).await });
        let decide_id = id.clone();
        let decide = tokio::spawn(async move {
            b.decide(
                &decide_id,
                VerificationState::Pending,
                VerificationState::Verified,
                "",
                WHO,
                &[],
                200,
            )
            .await
        });
        edit.await.unwrap().unwrap().unwrap();
        decide.await.unwrap().unwrap().unwrap();
        let shown = store.get(&EntityId::parse(&id).unwrap()).await.unwrap();
        assert_eq!(
            shown,
            Some(edited),
            "trial {trial}: the acknowledged edit was lost"
        );
    }
}

/// Ten editors save at once, all from the same version: exactly one is
/// saved, the others are told it changed (with what is there now).
async fn editors_of_one_version_have_exactly_one_winner(store: Store) {
    let id = "KZ-RACE-EDITORS";
    store
        .upsert(&[org(id, "Start", "KZ", &["youth"])])
        .await
        .unwrap();
    let start = store.editable_organization(id).await.unwrap().unwrap();
    assert!(start.public);
    let mut tasks = Vec::new();
    for i in 0..10 {
        let store = store.clone();
        let version = start.version;
        tasks.push(tokio::spawn(async move {
            let record = org(id, &format!("Editor {i}"), "KZ", &["youth"]);
            let outcome = store
                .save_organization(&record, Some(version), WHO, 300)
                .await;
            (record, outcome)
        }));
    }
    let mut winners = Vec::new();
    for t in tasks {
        let (record, outcome) = t.await.unwrap();
        match outcome.unwrap() {
            Ok(saved) => {
                assert_eq!(saved.version, start.version + 1);
                winners.push(record);
            }
            Err(EditConflict::Stale(now)) => assert!(now.version > start.version),
            Err(other) => panic!("{other:?}"),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one editor wins");
    let now = store.editable_organization(id).await.unwrap().unwrap();
    assert_eq!(now.record, winners[0]);
    assert_eq!(now.version, start.version + 1);
    // A save without a version (the API without If-Match) still works.
    let last = org(id, "Unconditional", "KZ", &["youth"]);
    store
        .save_organization(&last, None, WHO, 400)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .editable_organization(id)
            .await
            .unwrap()
            .unwrap()
            .version,
        start.version + 2
    );
}

/// The version a proposal reached in review carries over when it is
/// published, so a form opened before the verification still saves.
async fn a_version_survives_publication(store: Store) {
    let id = "KZ-BRL-VERSION";
    store
        .create_application(
            &org(id, "One", "KZ", &[]),
            &registry(),
            "ev.pdf",
            WHO,
            &[],
            100,
        )
        .await
        .unwrap()
        .unwrap();
    let pending = store.editable_organization(id).await.unwrap().unwrap();
    assert!(!pending.public);
    let saved = store
        .save_organization(&org(id, "Two", "KZ", &[]), Some(pending.version), WHO, 110)
        .await
        .unwrap()
        .unwrap();
    let published = store
        .decide(
            id,
            VerificationState::Pending,
            VerificationState::Verified,
            "",
            WHO,
            &[],
            120,
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(published, Some(org(id, "Two", "KZ", &[])));
    let public = store.editable_organization(id).await.unwrap().unwrap();
    assert!(public.public);
    assert_eq!(public.version, saved.version);
    store
        .save_organization(&org(id, "Three", "KZ", &[]), Some(saved.version), WHO, 130)
        .await
        .unwrap()
        .unwrap();
    assert!(matches!(
        store
            .save_organization(&org(id, "Four", "KZ", &[]), Some(saved.version), WHO, 140)
            .await
            .unwrap(),
        Err(EditConflict::Stale(_))
    ));
}

store::on_both_backends!(
    concurrent_applications_all_commit,
    an_edit_racing_a_verification_is_never_lost,
    editors_of_one_version_have_exactly_one_winner,
    a_version_survives_publication,
);
