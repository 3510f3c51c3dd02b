//! Support for tests that run against both backends.
//!
//! `scripts/test` starts a throwaway PostgreSQL cluster and sets
//! `BIRLIK_TEST_DATABASE_URL` to it; each test then gets a database of its own.

use crate::StoreError;
use std::sync::atomic::{AtomicU32, Ordering};

/// The environment variable naming the test cluster's admin URL.
pub const TEST_DATABASE_URL: &str = "BIRLIK_TEST_DATABASE_URL";

/// Creates a new empty database on the test cluster and returns its URL;
/// `None` when no cluster is configured. Under CI a missing cluster is an
/// error, so PostgreSQL tests can never silently not run there.
pub async fn new_postgres_database() -> Result<Option<String>, StoreError> {
    let Ok(admin) = std::env::var(TEST_DATABASE_URL) else {
        if std::env::var_os("CI").is_some() {
            return Err(StoreError::Unsupported(format!(
                "{TEST_DATABASE_URL} is not set: run the tests through scripts/test"
            )));
        }
        eprintln!("note: {TEST_DATABASE_URL} is not set; skipping the PostgreSQL variant");
        return Ok(None);
    };
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let name = format!(
        "t_{}_{}_{}",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let pool = sqlx::PgPool::connect(&admin).await?;
    // The name is built from numbers only above, so it is safe to splice.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&pool)
        .await?;
    pool.close().await;
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
    let (base, params) = match admin.split_once('?') {
        Some((_, params)) => (base, format!("?{params}")),
        None => (base, String::new()),
    };
    Ok(Some(format!("{base}/{name}{params}")))
}

/// A new store on a fresh PostgreSQL test database, or `None` when no
/// cluster is configured (see [`new_postgres_database`]).
pub async fn postgres_location() -> Result<Option<crate::Location>, StoreError> {
    Ok(new_postgres_database().await?.map(crate::Location::Url))
}

/// Runs each named async test function once on SQLite (a store in a fresh
/// temporary directory) and once on PostgreSQL (a fresh database on the
/// test cluster; skipped outside CI when there is none). Every crate's
/// tests use this one macro; the calling crate needs `tokio` and
/// `tempfile` as (dev-)dependencies.
///
/// `on_both_backends!(a, b)` calls `a(store: Store)`;
/// `on_both_backends!(locations: c)` calls `c(location: Location)`, for
/// tests that open the database more than once (two pools, as two
/// processes would); `on_both_backends!(fixture = make: d)` calls
/// `d(make(postgres).await)` with a fixture of the caller's (a whole web
/// application) built by `async fn make(postgres: bool) -> Option<T>`,
/// `None` when there is no PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    (fixture = $make:ident: $($name:ident),* $(,)?) => {$(
        mod $name {
            #[::tokio::test]
            async fn sqlite() {
                let fixture = super::$make(false).await;
                super::$name(fixture.expect("SQLite is always there")).await;
            }
            #[::tokio::test]
            async fn postgres() {
                if let Some(fixture) = super::$make(true).await {
                    super::$name(fixture).await;
                }
            }
        }
    )*};
    (locations: $($name:ident),* $(,)?) => {$(
        mod $name {
            #[::tokio::test]
            async fn sqlite() {
                let dir = ::tempfile::tempdir().unwrap();
                super::$name($crate::Location::Dir(dir.path().to_owned())).await;
            }
            #[::tokio::test]
            async fn postgres() {
                let Some(location) = $crate::testing::postgres_location().await.unwrap() else {
                    return;
                };
                super::$name(location).await;
            }
        }
    )*};
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[::tokio::test]
            async fn sqlite() {
                let dir = ::tempfile::tempdir().unwrap();
                let store = $crate::Store::open(&$crate::Location::Dir(dir.path().to_owned()))
                    .await
                    .unwrap();
                assert_eq!(store.backend(), "sqlite");
                super::$name(store).await;
            }
            #[::tokio::test]
            async fn postgres() {
                let Some(location) = $crate::testing::postgres_location().await.unwrap() else {
                    return;
                };
                let store = $crate::Store::open(&location).await.unwrap();
                assert_eq!(store.backend(), "postgres");
                super::$name(store).await;
            }
        }
    )*};
}
