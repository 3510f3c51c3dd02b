//! The change stream: how each node's in-memory read model follows writes
//! made by any node (or by `birlik import`).
//!
//! Every write stamps its rows with a change id (see the change_log
//! migrations). A reader keeps a [`ChangeCursor`]; [`Store::changes_since`]
//! returns the records written after it and the cursor to ask with next.

use crate::{Db, Store, StoreError, on_pool};
use domain::Record;
use sqlx::Row;

/// A position in the change stream. Opaque to callers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeCursor(i64);

/// What changed since a cursor.
#[derive(Debug)]
pub struct Changes {
    pub records: Vec<Record>,
    pub cursor: ChangeCursor,
}

/// Most records handed out in one call on SQLite (PostgreSQL hands out whole
/// transactions, which cannot be split).
const SQLITE_BATCH: i64 = 5000;

/// The oldest transaction id still running: every transaction below it has
/// committed or rolled back.
async fn pg_horizon(pool: &sqlx::PgPool) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
            .fetch_one(pool)
            .await?,
    )
}

impl Store {
    /// The cursor for "now": a full read of the store started after this
    /// call, plus every change after the cursor, misses nothing.
    pub async fn change_cursor(&self) -> Result<ChangeCursor, StoreError> {
        let c: i64 = match &self.db {
            Db::Sqlite(pool) => {
                sqlx::query_scalar("SELECT COALESCE(MAX(change_id), 0) FROM entities")
                    .fetch_one(pool)
                    .await?
            }
            Db::Pg(pool) => pg_horizon(pool).await?,
        };
        Ok(ChangeCursor(c))
    }

    /// Records written after `cursor` (re-delivering one is possible and
    /// harmless: applying a record is idempotent).
    pub async fn changes_since(&self, cursor: ChangeCursor) -> Result<Changes, StoreError> {
        match &self.db {
            Db::Sqlite(pool) => {
                // SQLite commits writers one at a time in change-id order.
                let rows = sqlx::query(
                    "SELECT id, doc, change_id FROM entities WHERE change_id > $1 ORDER BY change_id LIMIT $2",
                )
                .bind(cursor.0)
                .bind(SQLITE_BATCH)
                .fetch_all(pool)
                .await?;
                let mut next = cursor.0;
                let mut records = Vec::with_capacity(rows.len());
                for r in &rows {
                    next = next.max(r.try_get::<i64, _>("change_id")?);
                    records.push(crate::records::parse_doc(
                        r.try_get("id")?,
                        r.try_get("doc")?,
                    )?);
                }
                Ok(Changes {
                    records,
                    cursor: ChangeCursor(next),
                })
            }
            Db::Pg(pool) => {
                // Transaction ids are stamped at the first write but become
                // visible at commit, out of order. Everything visible now at
                // or above the cursor is delivered; the next cursor is the
                // horizon taken *before* reading (transactions below it had
                // all finished), so a transaction still open now is read
                // next time. Rows of finished transactions above the horizon
                // come again until it passes them: harmless, applying is
                // idempotent, and nothing waits for a long import to finish.
                let horizon = pg_horizon(pool).await?;
                let rows: Vec<(String, String)> =
                    sqlx::query_as("SELECT id, doc FROM entities WHERE change_id >= $1")
                        .bind(cursor.0)
                        .fetch_all(pool)
                        .await?;
                let records = rows
                    .iter()
                    .map(|(id, doc)| crate::records::parse_doc(id, doc))
                    .collect::<Result<_, _>>()?;
                Ok(Changes {
                    records,
                    cursor: ChangeCursor(horizon.max(cursor.0)),
                })
            }
        }
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        on_pool!(&self.db, |pool| {
            sqlx::query("SELECT 1").execute(pool).await?;
        });
        Ok(())
    }
}
