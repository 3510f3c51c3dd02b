//! Birlik's persistence: one store API over the embedded SQLite database and
//! (next) PostgreSQL.
//!
//! Every query is written once, with `$1` placeholders that both backends
//! accept, and run on whichever pool is configured ([`on_pool!`]). Names are
//! never compared or ordered by the database's collation: the store keeps
//! keys folded in Rust (`names::sort_key`) and compares them bytewise.

mod accounts;
mod audit;
mod changes;
mod error;
mod events;
mod jobs;
mod meetings;
mod network;
mod news;
mod partners;
mod records;
mod reviews;
pub mod testing;
mod write;

pub use accounts::{
    AccessTokenInfo, Account, Actorship, NewAccount, NewToken, RoleHolder, SESSION_IDLE_SECS,
    SESSION_MAX_SECS, TokenPurpose, UsedToken,
};
pub use audit::{AuditAction, AuditFilter, AuditRecord};
pub use changes::{ChangeCursor, Changes};
pub use error::StoreError;
pub use events::{
    CheckIn, Event, EventCounts, EventPerson, EventText, EventUpdate, LockedEvent, NewEvent,
    Participant, Registration, Series,
};
pub use jobs::{
    ClaimedJob, DEFAULT_MAX_ATTEMPTS, JobCounts, JobFilter, JobId, JobRecord, JobState,
    MAX_RETRY_DELAY_SECS, NewJob, Retry, Settled, retry_delay_secs,
};
pub use meetings::{ForumContact, Meeting, OtherSide};
pub use news::{MAX_MEDIA_BYTES, NewsFilter};
pub use partners::{InterestFilter, OrgStated, Partnership, Proposal, StoredInterest};
pub use records::{ImportRow, ImportTx, ListFilter};
pub use reviews::{
    EditConflict, EditableOrganization, RegistryMatch, Review, ReviewConflict, ReviewEvent,
    ReviewFilter,
};
pub use write::WriteTx;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where the data lives.
#[derive(Debug, Clone)]
pub enum Location {
    /// An embedded SQLite database in this directory (created if missing).
    Dir(PathBuf),
    /// A database URL: `sqlite:///path/to/file.db` or `postgres://…`.
    Url(String),
}

impl Location {
    /// The location the CLI's `--data` and `--database-url` describe.
    pub fn from_args(data: &Path, database_url: Option<&str>) -> Self {
        match database_url {
            Some(url) if !url.trim().is_empty() => Location::Url(url.trim().to_owned()),
            _ => Location::Dir(data.to_owned()),
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

/// Runs the same query code on whichever pool the store has.
macro_rules! on_pool {
    ($db:expr, |$pool:ident| $body:expr) => {
        match $db {
            $crate::Db::Sqlite($pool) => $body,
            $crate::Db::Pg($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

/// The database file inside a data directory.
pub const SQLITE_FILE: &str = "birlik.db";

/// A handle on the platform's database; cheap to clone.
#[derive(Clone, Debug)]
pub struct Store {
    pub(crate) db: Db,
}

impl Store {
    /// Opens (creating if needed) the database and applies pending migrations.
    pub async fn open(location: &Location) -> Result<Self, StoreError> {
        let store = match location {
            Location::Dir(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| StoreError::Io {
                    path: dir.clone(),
                    source: e,
                })?;
                Self::open_sqlite(&dir.join(SQLITE_FILE)).await?
            }
            Location::Url(url) => {
                if let Some(path) = url.strip_prefix("sqlite://") {
                    Self::open_sqlite(Path::new(path)).await?
                } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
                    Self::open_postgres(url).await?
                } else {
                    return Err(StoreError::Unsupported(format!(
                        "database URL {url:?}: expected sqlite:///path/file.db or postgres://…"
                    )));
                }
            }
        };
        store.migrate().await?;
        Ok(store)
    }

    async fn open_sqlite(file: &Path) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(file)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5))
            // FULL: NORMAL can lose the last commits on power loss.
            .synchronous(SqliteSynchronous::Full)
            .pragma("cache_size", "-65536");
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Ok(Self {
            db: Db::Sqlite(pool),
        })
    }

    async fn open_postgres(url: &str) -> Result<Self, StoreError> {
        use sqlx::Connection;
        let options: sqlx::postgres::PgConnectOptions = url.parse()?;
        // One direct connection first: the pool would hide why it cannot
        // connect (refused, bad password, no such database) behind a timeout.
        sqlx::postgres::PgConnection::connect_with(&options)
            .await?
            .close()
            .await?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Self { db: Db::Pg(pool) })
    }

    /// Applies pending migrations. On PostgreSQL sqlx holds an advisory lock
    /// meanwhile, so several nodes starting together migrate once.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match &self.db {
            Db::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
            Db::Pg(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// Which backend this store runs on, for logs and the health page.
    pub fn backend(&self) -> &'static str {
        match self.db {
            Db::Sqlite(_) => "sqlite",
            Db::Pg(_) => "postgres",
        }
    }

    /// Writes a consistent copy of an SQLite database to `file` (online:
    /// readers and writers may go on meanwhile). PostgreSQL is backed up
    /// with its own tools (`pg_dump`), see docs/deployment.md.
    pub async fn backup_to(&self, file: &Path) -> Result<(), StoreError> {
        if file.exists() {
            return Err(StoreError::Unsupported(format!(
                "{} exists already; choose a new file",
                file.display()
            )));
        }
        match &self.db {
            Db::Sqlite(pool) => {
                let target = file.to_str().ok_or_else(|| {
                    StoreError::Unsupported("the backup path is not valid UTF-8".into())
                })?;
                sqlx::query("VACUUM INTO $1")
                    .bind(target.to_owned())
                    .execute(pool)
                    .await?;
                Ok(())
            }
            Db::Pg(_) => Err(StoreError::Unsupported(
                "back up PostgreSQL with pg_dump (see docs/deployment.md)".into(),
            )),
        }
    }

    /// The database's own consistency check: SQLite's `PRAGMA integrity_check`
    /// (every page, index and constraint); nothing to report is an empty list.
    /// PostgreSQL checks its pages itself (checksums, WAL), so it answers
    /// only whether it can be read.
    pub async fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let rows: Vec<String> = match &self.db {
            Db::Sqlite(pool) => {
                sqlx::query_scalar("PRAGMA integrity_check")
                    .fetch_all(pool)
                    .await?
            }
            Db::Pg(pool) => {
                sqlx::query_scalar("SELECT 'ok'::text")
                    .fetch_all(pool)
                    .await?
            }
        };
        Ok(rows.into_iter().filter(|r| r != "ok").collect())
    }

    /// The tables, columns and indexes the migrations created, sorted: the
    /// two backends' migrations must give the same logical schema.
    pub async fn logical_schema(&self) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String, String)> = match &self.db {
            Db::Sqlite(pool) => {
                sqlx::query_as(
                    "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p \
                     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%' \
                     UNION ALL SELECT 'index', name FROM sqlite_master \
                     WHERE type = 'index' AND name NOT LIKE 'sqlite_%'",
                )
                .fetch_all(pool)
                .await?
            }
            Db::Pg(pool) => {
                sqlx::query_as(
                    "SELECT table_name::text, column_name::text FROM information_schema.columns \
                     WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%' \
                     UNION ALL SELECT 'index', indexname::text FROM pg_indexes \
                     WHERE schemaname = 'public' AND indexname NOT LIKE '%_pkey'",
                )
                .fetch_all(pool)
                .await?
            }
        };
        let mut out: Vec<String> = rows.into_iter().map(|(t, c)| format!("{t}.{c}")).collect();
        out.sort();
        Ok(out)
    }

    /// Closes the pool, waiting for connections to finish (and SQLite to checkpoint).
    pub async fn close(&self) {
        on_pool!(&self.db, |pool| pool.close().await);
    }
}

pub(crate) fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
