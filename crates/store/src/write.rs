//! The one way a write transaction starts.
//!
//! SQLite does not wait for a lock when a transaction that has read upgrades
//! to a write: it answers `SQLITE_BUSY` (or `SQLITE_BUSY_SNAPSHOT` in WAL)
//! at once, whatever the busy timeout. So every write transaction takes the
//! write lock first (`BEGIN IMMEDIATE`), and concurrent writers queue on the
//! busy timeout instead of failing. `Pool::begin` is a disallowed method
//! (clippy.toml): no write can bypass this.
//!
//! PostgreSQL transactions begin as usual; a write that reads what it
//! depends on takes the row lock with [`lock_clause`].

use sqlx::{Postgres, Sqlite, Transaction};

/// Opens a transaction that holds the right to write from its first statement.
pub(crate) trait BeginWrite {
    type Database: sqlx::Database;
    async fn begin_write(&self) -> Result<Transaction<'static, Self::Database>, sqlx::Error>;
}

impl BeginWrite for sqlx::SqlitePool {
    type Database = Sqlite;
    async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>, sqlx::Error> {
        #[expect(
            clippy::disallowed_methods,
            reason = "this is the one place a write transaction starts"
        )]
        self.begin_with("BEGIN IMMEDIATE").await
    }
}

impl BeginWrite for sqlx::PgPool {
    type Database = Postgres;
    async fn begin_write(&self) -> Result<Transaction<'static, Postgres>, sqlx::Error> {
        #[expect(
            clippy::disallowed_methods,
            reason = "this is the one place a write transaction starts"
        )]
        self.begin().await
    }
}

/// What a `SELECT` inside a write transaction appends to lock the rows it
/// reads until commit: `FOR UPDATE` on PostgreSQL; nothing on SQLite, whose
/// transaction already holds the database's one write lock.
pub(crate) fn lock_clause(db: &crate::Db) -> &'static str {
    match db {
        crate::Db::Sqlite(_) => "",
        crate::Db::Pg(_) => " FOR UPDATE",
    }
}
