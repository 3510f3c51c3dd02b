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

/// What a `SELECT` that claims queued work appends: `FOR UPDATE SKIP LOCKED`
/// on PostgreSQL, so several nodes claiming at once each take rows the
/// others have not locked; nothing on SQLite (one writer at a time).
pub(crate) fn skip_locked_clause(db: &crate::Db) -> &'static str {
    match db {
        crate::Db::Sqlite(_) => "",
        crate::Db::Pg(_) => " FOR UPDATE SKIP LOCKED",
    }
}

/// An open write transaction of either backend, for a caller that writes
/// several things that must commit together: a change and the jobs it
/// causes ([`WriteTx::enqueue_job`]). Started by [`crate::Store::begin_write`]
/// (`BEGIN IMMEDIATE` on SQLite). Dropping it without
/// [`WriteTx::commit`] rolls everything back.
#[derive(Debug)]
pub struct WriteTx {
    pub(crate) conn: WriteConn,
}

#[derive(Debug)]
pub(crate) enum WriteConn {
    Sqlite(Transaction<'static, Sqlite>),
    Pg(Transaction<'static, Postgres>),
}

/// Runs the same statement code on whichever transaction a [`WriteTx`] holds.
macro_rules! on_write_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match &mut $tx.conn {
            $crate::write::WriteConn::Sqlite($conn) => $body,
            $crate::write::WriteConn::Pg($conn) => $body,
        }
    };
}
pub(crate) use on_write_tx;

impl crate::Store {
    /// Opens a write transaction (see [`WriteTx`]).
    pub async fn begin_write(&self) -> Result<WriteTx, crate::StoreError> {
        let conn = match &self.db {
            crate::Db::Sqlite(pool) => WriteConn::Sqlite(pool.begin_write().await?),
            crate::Db::Pg(pool) => WriteConn::Pg(pool.begin_write().await?),
        };
        Ok(WriteTx { conn })
    }
}

impl WriteTx {
    /// Makes everything written in this transaction visible at once.
    pub async fn commit(self) -> Result<(), crate::StoreError> {
        match self.conn {
            WriteConn::Sqlite(tx) => tx.commit().await?,
            WriteConn::Pg(tx) => tx.commit().await?,
        }
        Ok(())
    }

    /// Throws away everything written in this transaction (as dropping it does).
    pub async fn rollback(self) -> Result<(), crate::StoreError> {
        match self.conn {
            WriteConn::Sqlite(tx) => tx.rollback().await?,
            WriteConn::Pg(tx) => tx.rollback().await?,
        }
        Ok(())
    }
}
