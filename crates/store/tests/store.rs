//! The store against a real SQLite database file and a real PostgreSQL database.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failure panics with its cause"
)]

use domain::{AreaSlug, CountryCode, EntityId, EntityKind, Network, Record};
use futures_util::StreamExt;
use store::{ListFilter, Location, Store, StoreError};

fn rec(line: &str) -> Record {
    Record::from_json(line).unwrap_or_else(|e| panic!("{line}: {e}"))
}

fn org(id: &str, name: &str, country: &str, areas: &[&str]) -> Record {
    rec(&serde_json::json!({
        "type": "organization", "id": id, "country": country, "areas": areas,
        "names": [{"value": name, "lang": "en"}],
    })
    .to_string())
}

async fn open(dir: &tempfile::TempDir) -> Store {
    Store::open(&Location::Dir(dir.path().to_owned()))
        .await
        .unwrap()
}

fn filter(kind: EntityKind) -> ListFilter {
    ListFilter {
        kind,
        country: None,
        area: None,
    }
}

use store::on_both_backends;

// News and media: their own file, in this binary.
mod news;
// Writes racing each other: their own file, in this binary.
mod races;
// The job queue: its own file, in this binary.
mod jobs;

on_both_backends!(
    upsert_replaces_by_id_including_areas,
    a_repeated_id_in_one_batch_keeps_the_last_version,
    an_import_dropped_before_commit_leaves_nothing,
    lists_in_script_neutral_name_order_with_keyset_paging_and_filters,
    orders_names_the_same_way_whatever_their_case_or_dotted_i,
    a_vanished_cursor_is_reported_not_silently_empty,
    exports_every_record_by_id_in_the_import_format,
    counts_by_country_and_kind,
    saves_and_loads_the_network,
    the_change_stream_delivers_every_write_once_committed,
    a_big_batch_round_trips,
    a_bulk_import_rolled_back_leaves_records_and_indexes_as_they_were,
);

#[tokio::test]
async fn creates_the_database_and_reopens_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir).await;
    assert_eq!(store.backend(), "sqlite");
    store
        .upsert(&[org("a", "Alpha", "AZ", &["youth"])])
        .await
        .unwrap();
    store.close().await;
    assert!(dir.path().join(store::SQLITE_FILE).exists());
    let again = open(&dir).await;
    assert_eq!(
        again.total().await.unwrap(),
        1,
        "migrations are idempotent and data survives"
    );
}

async fn upsert_replaces_by_id_including_areas(store: Store) {
    store
        .upsert(&[org("a", "Alpha", "AZ", &["youth", "women"])])
        .await
        .unwrap();
    store
        .upsert(&[org("a", "Alpha Union", "KZ", &["ecology"])])
        .await
        .unwrap();
    let got = store
        .get(&EntityId::parse("a").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got.display_name(), "Alpha Union");
    assert_eq!(got.country, Some(CountryCode::parse("KZ").unwrap()));
    assert_eq!(store.total().await.unwrap(), 1);
    let areas = store.counts_by_area().await.unwrap();
    assert_eq!(areas.get("ecology"), Some(&1));
    assert_eq!(areas.get("youth"), None, "old areas are replaced, not kept");
}

async fn a_repeated_id_in_one_batch_keeps_the_last_version(store: Store) {
    store
        .upsert(&[org("a", "First", "AZ", &[]), org("a", "Second", "AZ", &[])])
        .await
        .unwrap();
    let got = store
        .get(&EntityId::parse("a").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got.display_name(), "Second");
}

async fn an_import_dropped_before_commit_leaves_nothing(store: Store) {
    store
        .upsert(&[org("keep", "Kept", "AZ", &[])])
        .await
        .unwrap();
    {
        let mut tx = store.begin_import().await.unwrap();
        tx.upsert(&[
            org("x", "Lost", "AZ", &[]),
            org("keep", "Overwritten", "AZ", &[]),
        ])
        .await
        .unwrap();
        assert_eq!(tx.written(), 2);
    }
    assert_eq!(store.total().await.unwrap(), 1);
    let kept = store
        .get(&EntityId::parse("keep").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.display_name(), "Kept");
}

async fn lists_in_script_neutral_name_order_with_keyset_paging_and_filters(store: Store) {
    let mut records = Vec::new();
    for i in 0..57 {
        let country = ["AZ", "KZ", "TR"][i % 3];
        let area = ["youth", "women"][i % 2];
        records.push(org(
            &format!("o{i:03}"),
            &format!("Org {i:03}"),
            country,
            &[area],
        ));
    }
    records.push(rec(
        r#"{"type":"person","id":"p1","names":[{"value":"Хикмет Гаджиев","lang":"ru"}]}"#,
    ));
    store.upsert(&records).await.unwrap();

    let f = filter(EntityKind::Organization);
    assert_eq!(store.count(&f).await.unwrap(), 57);
    let mut seen = Vec::new();
    let mut after: Option<EntityId> = None;
    loop {
        let page = store.list(&f, after.as_ref(), 10).await.unwrap();
        if page.is_empty() {
            break;
        }
        after = Some(page.last().unwrap().id.clone());
        seen.extend(page.into_iter().map(|r| r.id.to_string()));
    }
    let expected: Vec<String> = (0..57).map(|i| format!("o{i:03}")).collect();
    assert_eq!(seen, expected, "every record once, in name order");

    let kz = ListFilter {
        country: Some(CountryCode::parse("KZ").unwrap()),
        ..f
    };
    assert_eq!(store.count(&kz).await.unwrap(), 19);
    let kz_youth = ListFilter {
        area: Some(AreaSlug::parse("youth").unwrap()),
        ..kz
    };
    let page = store.list(&kz_youth, None, 100).await.unwrap();
    assert_eq!(page.len() as u64, store.count(&kz_youth).await.unwrap());
    assert!(
        page.iter()
            .all(|r| r.country == kz.country && r.areas == [AreaSlug::parse("youth").unwrap()])
    );

    let people = store
        .list(&filter(EntityKind::Person), None, 10)
        .await
        .unwrap();
    assert_eq!(people.len(), 1);
}

async fn orders_names_the_same_way_whatever_their_case_or_dotted_i(store: Store) {
    store
        .upsert(&[
            org("b", "istanbul Youth", "TR", &[]),
            org("a", "İSTANBUL Women", "TR", &[]),
            org("c", "Ankara Youth", "TR", &[]),
        ])
        .await
        .unwrap();
    let page = store
        .list(&filter(EntityKind::Organization), None, 10)
        .await
        .unwrap();
    let ids: Vec<_> = page.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids[0], "c", "Ankara first: İ sorts with i, not after z");
}

async fn a_vanished_cursor_is_reported_not_silently_empty(store: Store) {
    let err = store
        .list(
            &filter(EntityKind::Organization),
            Some(&EntityId::parse("gone").unwrap()),
            10,
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err}");
}

async fn exports_every_record_by_id_in_the_import_format(store: Store) {
    let records = vec![
        org("z", "Zeta", "HU", &["culture"]),
        org("a", "Alpha", "AZ", &[]),
        rec(
            r#"{"type":"place","id":"m","names":[{"value":"Naxçıvan","lang":"az"}],"country":"AZ"}"#,
        ),
    ];
    store.upsert(&records).await.unwrap();
    let lines: Vec<String> = store.export_lines(None).map(|l| l.unwrap()).collect().await;
    let back: Vec<Record> = lines.iter().map(|l| rec(l)).collect();
    assert_eq!(
        back.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["a", "m", "z"]
    );
    assert!(back.contains(&records[0]) && back.contains(&records[2]));
    let places: Vec<String> = store
        .export_lines(Some(EntityKind::Place))
        .map(|l| l.unwrap())
        .collect()
        .await;
    assert_eq!(places.len(), 1);
}

async fn counts_by_country_and_kind(store: Store) {
    store
        .upsert(&[
            org("a", "A", "AZ", &[]),
            org("b", "B", "AZ", &[]),
            rec(r#"{"type":"person","id":"p","names":[{"value":"P","lang":"en"}],"country":"AZ"}"#),
            org("c", "C", "HU", &[]),
        ])
        .await
        .unwrap();
    let counts = store.counts_by_country().await.unwrap();
    let az = counts[&CountryCode::parse("AZ").unwrap()];
    assert_eq!((az.organizations, az.people, az.places), (2, 1, 0));
    assert_eq!(counts[&CountryCode::parse("HU").unwrap()].organizations, 1);
}

async fn saves_and_loads_the_network(store: Store) {
    assert_eq!(store.network().await.unwrap(), None);
    let ots = Network::ots();
    store.save_network(&ots).await.unwrap();
    let mut loaded = store.network().await.unwrap().unwrap();
    let mut expected = ots.clone();
    loaded.countries.sort_by_key(|c| c.code);
    expected.countries.sort_by_key(|c| c.code);
    assert_eq!(loaded, expected);
}

#[tokio::test]
async fn refuses_unknown_and_unreachable_databases_clearly() {
    let err = Store::open(&Location::Url("mysql://x".into()))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("expected sqlite"), "{err}");
    let err = Store::open(&Location::Url("postgres://nobody@127.0.0.1:1/none".into()))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("database error"), "{err}");
}

async fn the_change_stream_delivers_every_write_once_committed(store: Store) {
    // PostgreSQL may deliver a committed record again while older
    // transactions elsewhere on the cluster are open (applying is
    // idempotent); SQLite delivers each change once. Neither may deliver an
    // uncommitted record, or skip a committed one.
    let once = store.backend() == "sqlite";
    let ids = |records: &[Record]| -> Vec<String> {
        let mut v: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
        v.sort();
        v.dedup();
        v
    };
    store
        .upsert(&[org("before", "Before", "AZ", &[])])
        .await
        .unwrap();
    let cursor = store.change_cursor().await.unwrap();
    let fresh = store.changes_since(cursor).await.unwrap();
    assert!(
        ids(&fresh.records).iter().all(|id| id == "before"),
        "nothing new yet"
    );
    if once {
        assert!(fresh.records.is_empty());
    }

    let mut tx = store.begin_import().await.unwrap();
    tx.upsert(&[org("a", "A", "AZ", &[]), org("b", "B", "KZ", &[])])
        .await
        .unwrap();
    let during = store.changes_since(cursor).await.unwrap();
    assert!(
        ids(&during.records).iter().all(|id| id == "before"),
        "uncommitted records are not delivered"
    );
    let cursor_during = during.cursor;
    tx.commit().await.unwrap();
    store
        .upsert(&[org("a", "A renamed", "AZ", &[])])
        .await
        .unwrap();

    // Follow the stream as a node does: the latest version of a and b arrives.
    let mut latest = std::collections::HashMap::new();
    let mut cursor = cursor;
    for _ in 0..3 {
        let changes = store.changes_since(cursor).await.unwrap();
        for r in changes.records {
            latest.insert(r.id.to_string(), r.display_name().to_owned());
        }
        cursor = changes.cursor;
    }
    assert_eq!(
        latest.get("a").map(String::as_str),
        Some("A renamed"),
        "{latest:?}"
    );
    assert_eq!(latest.get("b").map(String::as_str), Some("B"), "{latest:?}");
    // A cursor taken while the import was open does not skip it.
    let late = store.changes_since(cursor_during).await.unwrap();
    assert!(
        ids(&late.records).contains(&"b".to_owned()),
        "from a cursor taken mid-import"
    );
    let rest = store.changes_since(cursor).await.unwrap().records;
    if once {
        assert!(
            rest.is_empty(),
            "SQLite delivers each change once: {rest:?}"
        );
    }
    for r in rest {
        assert_eq!(
            Some(r.display_name()),
            latest
                .get(r.id.as_str())
                .map(String::as_str)
                .or(Some("Before"))
        );
    }
}

async fn a_big_batch_round_trips(store: Store) {
    let records: Vec<Record> = (0..2500)
        .map(|i| {
            org(
                &format!("big-{i:05}"),
                &format!("Birlik {i}"),
                "UZ",
                &["youth", "education"],
            )
        })
        .collect();
    let mut tx = store.begin_import().await.unwrap();
    tx.upsert(&records[..1200]).await.unwrap();
    tx.upsert(&records[1200..]).await.unwrap();
    assert_eq!(tx.commit().await.unwrap(), 2500);
    assert_eq!(store.total().await.unwrap(), 2500);
    assert_eq!(store.counts_by_area().await.unwrap()["education"], 2500);
    let got = store
        .get(&EntityId::parse("big-01234").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got, records[1234]);
}

/// Records in several scripts, countries and areas, some with the ids of
/// `earlier` ones (replacing them).
fn mixed_records(n: usize, tag: &str) -> Vec<Record> {
    let names = [
        "Hikmət Hacıyev",
        "Хикмет Гаджиев",
        "İzmir Gençlik",
        "Ísland",
        "ıslak",
        "Ōsaka",
    ];
    (0..n)
        .map(|i| {
            org(
                &format!("o{:04}", i * 3 % 1000),
                &format!("{} {tag} {i}", names[i % names.len()]),
                ["AZ", "KZ", "TR", "HU"][i % 4],
                &[["youth", "women", "media"][i % 3]],
            )
        })
        .collect()
}

/// Every record by id, and the directory orders the indexes serve.
async fn everything(store: &Store) -> (Vec<String>, Vec<Vec<String>>) {
    let lines: Vec<String> = store.export_lines(None).map(|l| l.unwrap()).collect().await;
    let mut orders = Vec::new();
    for country in [None, Some("KZ")] {
        for area in [None, Some("media")] {
            let f = ListFilter {
                kind: EntityKind::Organization,
                country: country.map(|c| CountryCode::parse(c).unwrap()),
                area: area.map(|a| AreaSlug::parse(a).unwrap()),
            };
            let listed = store.list(&f, None, 2000).await.unwrap();
            orders.push(listed.iter().map(|r| r.id.to_string()).collect());
        }
    }
    (lines, orders)
}

#[tokio::test]
async fn a_bulk_import_builds_the_same_database_as_a_record_by_record_one() {
    // The same two imports, one deferring SQLite's indexes to its commit
    // and one not: the same records, orders, counts and schema.
    let (plain_dir, bulk_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (plain, bulk) = (open(&plain_dir).await, open(&bulk_dir).await);
    for (round, n) in [("first", 700usize), ("second", 900)] {
        let records = mixed_records(n, round);
        let mut tx = plain.begin_import().await.unwrap();
        tx.upsert(&records).await.unwrap();
        tx.commit().await.unwrap();
        let mut tx = bulk.begin_import_of(u64::MAX).await.unwrap();
        tx.upsert(&records).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(everything(&plain).await, everything(&bulk).await, "{round}");
        assert_eq!(
            plain.counts_by_area().await.unwrap(),
            bulk.counts_by_area().await.unwrap()
        );
        assert_eq!(
            plain.logical_schema().await.unwrap(),
            bulk.logical_schema().await.unwrap()
        );
    }
    assert_eq!(plain.total().await.unwrap(), bulk.total().await.unwrap());
    assert_eq!(bulk.total().await.unwrap(), 900);
}

async fn a_bulk_import_rolled_back_leaves_records_and_indexes_as_they_were(store: Store) {
    store.upsert(&mixed_records(300, "kept")).await.unwrap();
    let (before, schema) = (
        everything(&store).await,
        store.logical_schema().await.unwrap(),
    );
    {
        let mut tx = store.begin_import_of(u64::MAX).await.unwrap();
        tx.upsert(&mixed_records(900, "lost")).await.unwrap();
        // Dropped without commit: a failed line or a killed import.
    }
    assert_eq!(everything(&store).await, before);
    assert_eq!(store.logical_schema().await.unwrap(), schema);
    assert!(
        schema.contains(&"index.entities_kind_sort".to_owned()),
        "{schema:?}"
    );
}

#[tokio::test]
async fn opens_a_sqlite_url() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("x.db").display());
    let store = Store::open(&Location::Url(url)).await.unwrap();
    store.upsert(&[org("a", "A", "AZ", &[])]).await.unwrap();
    assert_eq!(store.total().await.unwrap(), 1);
}

#[tokio::test]
async fn both_backends_migrate_to_the_same_logical_schema() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = open(&dir).await.logical_schema().await.unwrap();
    assert!(
        sqlite.contains(&"entities.sort_key".to_owned()),
        "{sqlite:?}"
    );
    assert!(
        sqlite.contains(&"index.entities_change".to_owned()),
        "{sqlite:?}"
    );
    let Some(url) = store::testing::new_postgres_database().await.unwrap() else {
        return;
    };
    let pg = Store::open(&Location::Url(url)).await.unwrap();
    assert_eq!(pg.logical_schema().await.unwrap(), sqlite);
}

#[tokio::test]
async fn backs_up_a_live_sqlite_database() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir).await;
    store
        .upsert(&[org("a", "Alpha", "AZ", &["youth"])])
        .await
        .unwrap();
    let copy = dir.path().join("copy").join("backup.db");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    store.backup_to(&copy).await.unwrap();
    assert!(store.backup_to(&copy).await.is_err(), "never overwrites");
    let url = format!("sqlite://{}", copy.display());
    let restored = Store::open(&Location::Url(url)).await.unwrap();
    assert_eq!(restored.total().await.unwrap(), 1);
}

// ---- accounts, sessions, tokens, roles, rate limits, verification ----

use domain::{Email, RegistryId, Role, VerificationState};
use store::{
    Actorship, AuditFilter, NewAccount, NewToken, ReviewConflict, ReviewFilter, TokenPurpose,
};

async fn account(store: &Store, email: &str) -> i64 {
    let email = Email::parse(email).unwrap();
    store
        .create_account(
            &NewAccount {
                email: &email,
                display_name: "Aysel Məmmədova",
                password_hash: "$argon2id$fake",
                locale: "az",
            },
            1_000,
        )
        .await
        .unwrap()
        .expect("a new email")
}

on_both_backends!(
    an_email_address_holds_one_account,
    sessions_end_when_idle_or_too_old_and_on_password_change,
    single_use_tokens_work_once_and_expire,
    roles_are_granted_revoked_and_listed,
    the_rate_limit_bucket_empties_and_refills,
    access_tokens_are_found_until_revoked,
    an_application_is_verified_into_the_directory_with_history_and_audit,
    deleting_an_account_keeps_the_audit_log_without_the_email,
);

async fn an_email_address_holds_one_account(store: Store) {
    let id = account(&store, "Aysel@Example.org").await;
    let again = Email::parse("aysel@example.ORG").unwrap();
    let second = store
        .create_account(
            &NewAccount {
                email: &again,
                display_name: "x",
                password_hash: "h",
                locale: "en",
            },
            2_000,
        )
        .await
        .unwrap();
    assert_eq!(second, None);
    let found = store.account_by_email(&again).await.unwrap().unwrap();
    assert_eq!(
        (found.id, found.confirmed, found.locale.as_str()),
        (id, false, "az")
    );
    store.confirm_account(id, 3_000).await.unwrap();
    assert!(store.account(id).await.unwrap().unwrap().confirmed);
    store
        .update_account(id, "Aysel M.", "ru", 4_000)
        .await
        .unwrap();
    let changed = store.account(id).await.unwrap().unwrap();
    assert_eq!(
        (changed.display_name.as_str(), changed.locale.as_str()),
        ("Aysel M.", "ru")
    );
}

async fn sessions_end_when_idle_or_too_old_and_on_password_change(store: Store) {
    let id = account(&store, "s@example.org").await;
    store.create_session("h1", id, 10_000).await.unwrap();
    assert_eq!(
        store
            .session_account("h1", 10_001)
            .await
            .unwrap()
            .unwrap()
            .id,
        id
    );
    assert!(
        store
            .session_account("nope", 10_001)
            .await
            .unwrap()
            .is_none()
    );
    // Idle for longer than the idle limit: gone.
    assert!(
        store
            .session_account("h1", 10_000 + store::SESSION_IDLE_SECS + 1)
            .await
            .unwrap()
            .is_none()
    );
    // Used every day, but past the absolute limit: gone.
    store.create_session("h2", id, 20_000).await.unwrap();
    let mut t = 20_000;
    while t < 20_000 + store::SESSION_MAX_SECS - 86_400 {
        t += 86_400;
        assert!(
            store.session_account("h2", t).await.unwrap().is_some(),
            "alive at {t}"
        );
    }
    assert!(
        store
            .session_account("h2", 20_000 + store::SESSION_MAX_SECS + 1)
            .await
            .unwrap()
            .is_none()
    );
    store.create_session("h3", id, 30_000).await.unwrap();
    store
        .set_password(id, "$argon2id$new", 30_001)
        .await
        .unwrap();
    assert!(store.session_account("h3", 30_002).await.unwrap().is_none());
    store.create_session("h4", id, 30_003).await.unwrap();
    store.delete_session("h4").await.unwrap();
    assert!(store.session_account("h4", 30_004).await.unwrap().is_none());
}

async fn single_use_tokens_work_once_and_expire(store: Store) {
    let id = account(&store, "t@example.org").await;
    let token = |hash: &'static str, expires_at| NewToken {
        hash,
        purpose: TokenPurpose::Reset,
        account_id: Some(id),
        email: "t@example.org",
        subject: "",
        created_by: None,
        expires_at,
    };
    store
        .create_token(&token("r1", 5_000), 1_000)
        .await
        .unwrap();
    // The wrong purpose does not use it up.
    assert!(
        store
            .take_token(TokenPurpose::Confirm, "r1", 1_001)
            .await
            .unwrap()
            .is_none()
    );
    let used = store
        .take_token(TokenPurpose::Reset, "r1", 1_002)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(used.account_id, Some(id));
    assert!(
        store
            .take_token(TokenPurpose::Reset, "r1", 1_003)
            .await
            .unwrap()
            .is_none(),
        "single use"
    );
    store
        .create_token(&token("r2", 5_000), 1_000)
        .await
        .unwrap();
    assert!(
        store
            .take_token(TokenPurpose::Reset, "r2", 5_000)
            .await
            .unwrap()
            .is_none(),
        "expired"
    );
}

async fn roles_are_granted_revoked_and_listed(store: Store) {
    let id = account(&store, "c@example.org").await;
    let by = Actorship {
        id: None,
        email: "system",
    };
    let kz = Role::Coordinator(CountryCode::parse("KZ").unwrap());
    store.grant_role(id, &kz, &by, 1).await.unwrap();
    store.grant_role(id, &kz, &by, 2).await.unwrap();
    store
        .grant_role(id, &Role::Secretariat, &by, 3)
        .await
        .unwrap();
    assert_eq!(
        store.roles_of(id).await.unwrap(),
        vec![
            Role::Coordinator(CountryCode::parse("KZ").unwrap()),
            Role::Secretariat
        ]
    );
    let holders = store
        .role_holders(&Role::Coordinator(CountryCode::parse("KZ").unwrap()))
        .await
        .unwrap();
    assert_eq!(holders.len(), 1);
    assert_eq!(holders[0].email, "c@example.org");
    assert!(store.revoke_role(id, &kz, &by, 4).await.unwrap());
    assert!(!store.revoke_role(id, &kz, &by, 5).await.unwrap());
    assert_eq!(store.roles_of(id).await.unwrap(), vec![Role::Secretariat]);
    // Granting twice wrote one audit entry; the revoke another.
    let grants = store
        .audit_entries(&AuditFilter {
            action_prefix: Some("role.".into()),
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        grants.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["role.revoke", "role.grant", "role.grant"]
    );
}

async fn the_rate_limit_bucket_empties_and_refills(store: Store) {
    // 3 tokens, one more every 10 s.
    let take = |t| store.take_rate_token("login:ip:127.0.0.1", 3.0, 0.1, t);
    assert!(take(100).await.unwrap());
    assert!(take(100).await.unwrap());
    assert!(take(100).await.unwrap());
    assert!(!take(100).await.unwrap());
    assert!(!take(105).await.unwrap());
    assert!(take(111).await.unwrap(), "refilled after 10 s");
    assert!(!take(111).await.unwrap());
    // Other buckets are independent.
    assert!(
        store
            .take_rate_token("login:ip:10.0.0.1", 3.0, 0.1, 100)
            .await
            .unwrap()
    );
    // A long pause refills to capacity, not beyond.
    for _ in 0..3 {
        assert!(take(10_000).await.unwrap());
    }
    assert!(!take(10_000).await.unwrap());
}

async fn access_tokens_are_found_until_revoked(store: Store) {
    let id = account(&store, "p@example.org").await;
    store
        .create_access_token("tok1", id, "CI", "hash1", "p@example.org", 10)
        .await
        .unwrap();
    assert_eq!(
        store.access_token("tok1", 11).await.unwrap(),
        Some((id, "hash1".into()))
    );
    let listed = store.access_tokens_of(id).await.unwrap();
    assert_eq!(
        (listed.len(), listed[0].last_used_at, listed[0].revoked),
        (1, Some(11), false)
    );
    let other = account(&store, "q@example.org").await;
    assert!(
        !store
            .revoke_access_token(other, "tok1", "q@example.org", 12)
            .await
            .unwrap(),
        "not theirs"
    );
    assert!(
        store
            .revoke_access_token(id, "tok1", "p@example.org", 12)
            .await
            .unwrap()
    );
    assert_eq!(store.access_token("tok1", 13).await.unwrap(), None);
}

async fn an_application_is_verified_into_the_directory_with_history_and_audit(store: Store) {
    let applicant = account(&store, "a@example.org").await;
    let record = org("KZ-BRL-1", "Жастар Одағы", "KZ", &["youth"]);
    let registry =
        RegistryId::parse("KZ-BIN", "123456789012", CountryCode::parse("KZ").unwrap()).unwrap();
    let who = Actorship {
        id: Some(applicant),
        email: "a@example.org",
    };
    store
        .create_application(&record, &registry, "ev1.pdf", who, &[], 100)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .create_application(&record, &registry, "ev2.pdf", who, &[], 101)
            .await
            .unwrap(),
        Err(ReviewConflict::IdTaken)
    );
    // Pending: not in the directory, the applicant edits it, and is its editor.
    assert!(store.get(&record.id).await.unwrap().is_none());
    assert!(
        store
            .roles_of(applicant)
            .await
            .unwrap()
            .contains(&Role::Editor(record.id.clone()))
    );
    let queue = store
        .reviews(&ReviewFilter {
            countries: Some(vec![CountryCode::parse("KZ").unwrap()]),
            state: Some(VerificationState::Pending),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(queue.len(), 1);
    let elsewhere = store
        .reviews(&ReviewFilter {
            countries: Some(vec![
                CountryCode::parse("AZ").unwrap(),
                CountryCode::parse("TR").unwrap(),
            ]),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(elsewhere.is_empty());

    let cursor = store.change_cursor().await.unwrap();
    let coordinator = Actorship {
        id: None,
        email: "coordinator@example.org",
    };
    store
        .decide(
            "KZ-BRL-1",
            VerificationState::Pending,
            VerificationState::Verified,
            "",
            coordinator,
            &[],
            200,
        )
        .await
        .unwrap()
        .unwrap();
    // A second coordinator deciding on the old state is told it moved.
    assert_eq!(
        store
            .decide(
                "KZ-BRL-1",
                VerificationState::Pending,
                VerificationState::Rejected,
                "late",
                coordinator,
                &[],
                201
            )
            .await
            .unwrap(),
        Err(ReviewConflict::StateChanged(VerificationState::Verified))
    );
    assert_eq!(store.get(&record.id).await.unwrap(), Some(record.clone()));
    let changes = store.changes_since(cursor).await.unwrap();
    assert!(
        changes.records.iter().any(|r| r.id == record.id),
        "the change stream carries the new organization"
    );
    let states = store
        .verification_states(&["KZ-BRL-1".into(), "unknown".into()])
        .await
        .unwrap();
    assert_eq!(states.get("KZ-BRL-1"), Some(&VerificationState::Verified));
    assert_eq!(states.len(), 1);

    // Edits of a public organization go to the directory, audited before/after.
    let edited = org("KZ-BRL-1", "Жастар Одағы (Almaty)", "KZ", &["youth"]);
    store
        .save_organization(&edited, None, who, 300)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(store.get(&record.id).await.unwrap(), Some(edited));
    let history = store.review_events("KZ-BRL-1").await.unwrap();
    assert_eq!(
        history.iter().map(|e| e.state).collect::<Vec<_>>(),
        [VerificationState::Pending, VerificationState::Verified]
    );
    let audit = store
        .audit_entries(&AuditFilter {
            target: Some("org:KZ-BRL-1".into()),
            limit: 10,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        audit.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["org.edit", "org.review", "org.apply"]
    );
    assert!(
        audit[0]
            .before
            .as_deref()
            .unwrap()
            .contains("Жастар Одағы\"")
    );
    assert!(audit[0].after.as_deref().unwrap().contains("(Almaty)"));
}

async fn deleting_an_account_keeps_the_audit_log_without_the_email(store: Store) {
    let id = account(&store, "gone@example.org").await;
    store.create_session("hs", id, 1_001).await.unwrap();
    store.delete_account(id, 2_000).await.unwrap();
    assert!(store.account(id).await.unwrap().is_none());
    assert!(store.session_account("hs", 2_001).await.unwrap().is_none());
    let entries = store
        .audit_entries(&AuditFilter {
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(entries.iter().any(|e| e.action == "account.delete"));
    assert!(
        entries
            .iter()
            .all(|e| !e.actor_email.contains("gone@example.org")),
        "{entries:?}"
    );
}
