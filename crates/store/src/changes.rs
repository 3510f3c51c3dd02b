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
            Db::Pg(pool) => {
                sqlx::query_scalar("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
                    .fetch_one(pool)
                    .await?
            }
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
                // Transactions below the horizon have all finished, so rows
                // stamped with their ids are final; newer ones wait a turn.
                let horizon: i64 = sqlx::query_scalar(
                    "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
                )
                .fetch_one(pool)
                .await?;
                let rows = sqlx::query(
                    "SELECT id, doc FROM entities WHERE change_id >= $1 AND change_id < $2",
                )
                .bind(cursor.0)
                .bind(horizon)
                .fetch_all(pool)
                .await?;
                let records = rows
                    .iter()
                    .map(|r| crate::records::parse_doc(r.try_get("id")?, r.try_get("doc")?))
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
