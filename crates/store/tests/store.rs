//! The store against a real SQLite database file and a real PostgreSQL database.

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

/// Runs a test body once on SQLite and once on PostgreSQL.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                let dir = tempfile::tempdir().unwrap();
                super::$name(super::open(&dir).await).await;
            }
            #[tokio::test]
            async fn postgres() {
                let Some(url) = store::testing::new_postgres_database().await.unwrap() else { return };
                let store = store::Store::open(&store::Location::Url(url)).await.unwrap();
                assert_eq!(store.backend(), "postgres");
                super::$name(store).await;
            }
        }
    )*};
}

// News and media: their own file, in this binary.
mod news;

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
