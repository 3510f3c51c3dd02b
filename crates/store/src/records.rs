use crate::write::BeginWrite;
use crate::{Db, Store, StoreError, now_millis, on_pool};
use domain::{AreaSlug, CountryCode, EntityId, EntityKind, KindCounts, Record};
use futures_util::stream::{BoxStream, StreamExt};
use sqlx::{AssertSqlSafe, Row};
use std::collections::{BTreeMap, HashMap};

/// Rows written per INSERT statement: well under SQLite's 32,766 and
/// PostgreSQL's 65,535 bind parameters, large enough to amortize each round trip.
const ROWS_PER_STATEMENT: usize = 400;
const ENTITY_COLUMNS: usize = 8;

/// Which records a directory listing shows.
#[derive(Debug, Clone, Copy)]
pub struct ListFilter {
    pub kind: EntityKind,
    pub country: Option<CountryCode>,
    pub area: Option<AreaSlug>,
}

pub(crate) fn parse_doc(id: &str, doc: &str) -> Result<Record, StoreError> {
    Record::from_json(doc).map_err(|e| StoreError::Corrupt {
        id: id.to_owned(),
        message: e.to_string(),
    })
}

pub(crate) fn doc_of(record: &Record) -> String {
    // Serializing plain data with string keys cannot fail.
    serde_json::to_string(record).unwrap_or_default()
}

/// The SQL text shared by list and count: only static fragments, values are bound.
fn filter_sql(filter: &ListFilter) -> String {
    let mut sql = String::from(" FROM entities e WHERE e.kind = $1");
    let mut n = 1;
    if filter.country.is_some() {
        n += 1;
        sql.push_str(&format!(" AND e.country = ${n}"));
    }
    if filter.area.is_some() {
        n += 1;
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM entity_areas a WHERE a.entity_id = e.id AND a.area = ${n})"
        ));
    }
    sql
}

fn filter_param_count(filter: &ListFilter) -> usize {
    1 + usize::from(filter.country.is_some()) + usize::from(filter.area.is_some())
}

macro_rules! bind_filter {
    ($query:expr, $filter:expr) => {{
        let mut q = $query.bind($filter.kind.as_str());
        if let Some(c) = $filter.country {
            q = q.bind(c.as_str().to_owned());
        }
        if let Some(a) = $filter.area {
            q = q.bind(a.as_str());
        }
        q
    }};
}

impl Store {
    /// One record by id.
    pub async fn get(&self, id: &EntityId) -> Result<Option<Record>, StoreError> {
        let doc: Option<String> = on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT doc FROM entities WHERE id = $1")
                .bind(id.as_str())
                .fetch_optional(pool)
                .await?
        });
        doc.map(|d| parse_doc(id.as_str(), &d)).transpose()
    }

    /// A record with its version (one more with every write; the API's ETag).
    pub async fn get_versioned(&self, id: &EntityId) -> Result<Option<(Record, i64)>, StoreError> {
        let row: Option<(String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT doc, version FROM entities WHERE id = $1")
                .bind(id.as_str())
                .fetch_optional(pool)
                .await?
        });
        row.map(|(d, v)| Ok((parse_doc(id.as_str(), &d)?, v)))
            .transpose()
    }

    /// Several records by id, for showing search hits; missing ids are left out.
    pub async fn get_many(&self, ids: &[String]) -> Result<HashMap<String, Record>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let mut sql = String::from("SELECT id, doc FROM entities WHERE id IN ");
        // One "row" of placeholders is exactly an IN list: ($1, $2, …).
        push_placeholders(&mut sql, 1, ids.len(), "");
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            let mut q = sqlx::query_as(AssertSqlSafe(sql));
            for id in ids {
                q = q.bind(id.clone());
            }
            q.fetch_all(pool).await?
        });
        rows.into_iter()
            .map(|(id, doc)| {
                let rec = parse_doc(&id, &doc)?;
                Ok((id, rec))
            })
            .collect()
    }

    /// A page of the directory in name order, after the record `after` (keyset paging).
    pub async fn list(
        &self,
        filter: &ListFilter,
        after: Option<&EntityId>,
        limit: u32,
    ) -> Result<Vec<Record>, StoreError> {
        let mut sql = format!("SELECT e.id, e.doc{}", filter_sql(filter));
        if after.is_some() {
            let n = filter_param_count(filter) + 1;
            sql.push_str(&format!(
                " AND (e.sort_key, e.id) > (SELECT c.sort_key, c.id FROM entities c WHERE c.id = ${n})"
            ));
            if !self
                .exists(after.map(EntityId::as_str).unwrap_or(""))
                .await?
            {
                return Err(StoreError::NotFound(
                    "the page to continue after does not exist (it may have been deleted)".into(),
                ));
            }
        }
        let n = filter_param_count(filter) + usize::from(after.is_some()) + 1;
        sql.push_str(&format!(" ORDER BY e.sort_key, e.id LIMIT ${n}"));
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            let mut q = bind_filter!(sqlx::query_as(AssertSqlSafe(sql)), filter);
            if let Some(a) = after {
                q = q.bind(a.as_str().to_owned());
            }
            q.bind(i64::from(limit)).fetch_all(pool).await?
        });
        rows.iter().map(|(id, doc)| parse_doc(id, doc)).collect()
    }

    /// How many records a listing has in all.
    pub async fn count(&self, filter: &ListFilter) -> Result<u64, StoreError> {
        let sql = format!("SELECT COUNT(*){}", filter_sql(filter));
        let n: i64 = on_pool!(&self.db, |pool| {
            bind_filter!(sqlx::query_scalar(AssertSqlSafe(sql)), filter)
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(n).unwrap_or(0))
    }

    async fn exists(&self, id: &str) -> Result<bool, StoreError> {
        let found: Option<i64> = on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT CAST(1 AS BIGINT) FROM entities WHERE id = $1")
                .bind(id.to_owned())
                .fetch_optional(pool)
                .await?
        });
        Ok(found.is_some())
    }

    /// The records changed most recently, newest first.
    pub async fn latest(
        &self,
        kind: Option<EntityKind>,
        limit: u32,
    ) -> Result<Vec<Record>, StoreError> {
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            match kind {
                Some(k) => sqlx::query_as(
                    "SELECT id, doc FROM entities WHERE kind = $1 ORDER BY updated_at DESC, id DESC LIMIT $2",
                )
                .bind(k.as_str())
                .bind(i64::from(limit))
                .fetch_all(pool)
                .await?,
                None => sqlx::query_as(
                    "SELECT id, doc FROM entities ORDER BY updated_at DESC, id DESC LIMIT $1",
                )
                .bind(i64::from(limit))
                .fetch_all(pool)
                .await?,
            }
        });
        rows.iter().map(|(id, doc)| parse_doc(id, doc)).collect()
    }

    /// Records per country and kind.
    pub async fn counts_by_country(&self) -> Result<BTreeMap<CountryCode, KindCounts>, StoreError> {
        let rows: Vec<(String, String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT country, kind, COUNT(*) AS n FROM entities WHERE country IS NOT NULL GROUP BY country, kind",
            )
            .fetch_all(pool)
            .await?
        });
        let mut out: BTreeMap<CountryCode, KindCounts> = BTreeMap::new();
        for (country, kind, n) in rows {
            if let (Ok(c), Some(k)) = (CountryCode::parse(&country), EntityKind::parse(&kind)) {
                out.entry(c)
                    .or_default()
                    .add(k, u64::try_from(n).unwrap_or(0));
            }
        }
        Ok(out)
    }

    /// Records per area of cooperation (organizations carry areas).
    pub async fn counts_by_area(&self) -> Result<HashMap<String, u64>, StoreError> {
        let rows: Vec<(String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT area, COUNT(*) AS n FROM entity_areas GROUP BY area")
                .fetch_all(pool)
                .await?
        });
        Ok(rows
            .into_iter()
            .map(|(area, n)| (area, u64::try_from(n).unwrap_or(0)))
            .collect())
    }

    /// Every record as its import-format line, ordered by id, without loading all into memory.
    pub fn export_lines(
        &self,
        kind: Option<EntityKind>,
    ) -> BoxStream<'_, Result<String, StoreError>> {
        on_pool!(&self.db, |pool| match kind {
            Some(k) => sqlx::query_scalar("SELECT doc FROM entities WHERE kind = $1 ORDER BY id")
                .bind(k.as_str())
                .fetch(pool)
                .map(|r| r.map_err(StoreError::from))
                .boxed(),
            None => sqlx::query_scalar("SELECT doc FROM entities ORDER BY id")
                .fetch(pool)
                .map(|r| r.map_err(StoreError::from))
                .boxed(),
        })
    }

    /// Every record, parsed: what the search index is built from.
    pub fn stream_records(&self) -> BoxStream<'_, Result<Record, StoreError>> {
        on_pool!(&self.db, |pool| sqlx::query("SELECT id, doc FROM entities")
            .fetch(pool)
            .map(|r| {
                let r = r?;
                parse_doc(r.try_get("id")?, r.try_get("doc")?)
            })
            .boxed())
    }

    /// Kinds and ids of the records in id order, a slice at a time (for
    /// sitemaps, which may page with an offset: they are fetched rarely).
    pub async fn ids_slice(
        &self,
        offset: u64,
        limit: u32,
    ) -> Result<Vec<(EntityKind, EntityId)>, StoreError> {
        let rows: Vec<(String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT kind, id FROM entities ORDER BY id LIMIT $1 OFFSET $2")
                .bind(i64::from(limit))
                .bind(i64::try_from(offset).unwrap_or(i64::MAX))
                .fetch_all(pool)
                .await?
        });
        rows.into_iter()
            .map(|(kind, id)| {
                let corrupt = |m: String| StoreError::Corrupt {
                    id: id.clone(),
                    message: m,
                };
                Ok((
                    EntityKind::parse(&kind).ok_or_else(|| corrupt(format!("kind {kind:?}")))?,
                    EntityId::parse(&id).map_err(|e| corrupt(e.to_string()))?,
                ))
            })
            .collect()
    }

    /// How many records there are of every kind.
    pub async fn total(&self) -> Result<u64, StoreError> {
        let n: i64 = on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT COUNT(*) FROM entities")
                .fetch_one(pool)
                .await?
        });
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Starts an all-or-nothing write of many records: nothing is visible,
    /// and nothing survives a crash, until [`ImportTx::commit`].
    pub async fn begin_import(&self) -> Result<ImportTx, StoreError> {
        self.begin_import_of(0).await
    }

    /// [`Store::begin_import`] for about `expected` records. When they are
    /// many, and at least as many as those stored, SQLite's secondary
    /// indexes of records are dropped inside the transaction and built
    /// again just before it commits: one sort each instead of a random
    /// insert per record (a rollback brings them back as they were).
    /// PostgreSQL keeps them: dropping one there would lock the table
    /// against every other node's readers for the whole import.
    pub async fn begin_import_of(&self, expected: u64) -> Result<ImportTx, StoreError> {
        let mut deferred = Vec::new();
        let tx = match &self.db {
            // The write lock now, not at the first write, so a concurrent
            // writer waits (busy_timeout) instead of failing mid-import.
            Db::Sqlite(pool) => {
                let mut tx = pool.begin_write().await?;
                // A large import rewrites index pages all over the file: a
                // bigger page cache for this connection saves re-reading them.
                sqlx::query("PRAGMA cache_size = -262144")
                    .execute(&mut *tx)
                    .await?;
                // Under the write lock, so change ids follow commit order.
                let last: i64 =
                    sqlx::query_scalar("SELECT COALESCE(MAX(change_id), 0) FROM entities")
                        .fetch_one(&mut *tx)
                        .await?;
                if expected >= BULK_IMPORT {
                    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM entities")
                        .fetch_one(&mut *tx)
                        .await?;
                    if expected >= u64::try_from(stored).unwrap_or(u64::MAX) {
                        deferred = defer_indexes(&mut tx).await?;
                    }
                }
                Tx::Sqlite(tx, last + 1)
            }
            Db::Pg(pool) => Tx::Pg(pool.begin_write().await?),
        };
        Ok(ImportTx {
            tx,
            now: now_millis(),
            written: 0,
            deferred,
        })
    }

    /// Writes records in one transaction (insert or replace by id).
    pub async fn upsert(&self, records: &[Record]) -> Result<u64, StoreError> {
        let mut tx = self.begin_import_of(records.len() as u64).await?;
        tx.upsert(records).await?;
        tx.commit().await
    }
}

/// An open import: see [`Store::begin_import`]. Dropping it without
/// committing rolls everything back.
pub struct ImportTx {
    pub(crate) tx: Tx,
    now: i64,
    written: u64,
    /// The indexes dropped for this import, built again at commit.
    deferred: Vec<String>,
}

/// Fewest expected records for which an import defers indexes.
const BULK_IMPORT: u64 = 50_000;

/// Drops the secondary indexes of the tables an import writes (those
/// with a definition: not the primary keys the upserts rely on) and
/// returns their definitions.
async fn defer_indexes(
    tx: &mut sqlx::Transaction<'static, sqlx::Sqlite>,
) -> Result<Vec<String>, StoreError> {
    let indexes: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
         AND tbl_name IN ('entities', 'entity_areas') ORDER BY name",
    )
    .fetch_all(&mut **tx)
    .await?;
    for (name, _) in &indexes {
        // The name comes from the schema itself, quoted as an identifier.
        let drop = format!("DROP INDEX \"{}\"", name.replace('"', "\"\""));
        sqlx::query(AssertSqlSafe(drop)).execute(&mut **tx).await?;
    }
    Ok(indexes.into_iter().map(|(_, sql)| sql).collect())
}

pub(crate) enum Tx {
    /// The transaction and the next change id to hand out.
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>, i64),
    Pg(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Runs the same statement code on whichever transaction is open.
macro_rules! on_tx {
    ($tx:expr, |$conn:ident| $body:expr) => {
        match $tx {
            $crate::records::Tx::Sqlite($conn, _) => $body,
            $crate::records::Tx::Pg($conn) => $body,
        }
    };
}
pub(crate) use on_tx;

/// A record as its rows are written: the document, the sort key and the
/// rest computed once, where the caller likes (an import builds them on
/// the thread that parses, so the thread feeding the database only binds).
pub struct ImportRow {
    id: String,
    kind: &'static str,
    display_name: String,
    sort_key: Vec<u8>,
    country: Option<String>,
    doc: String,
    areas: Vec<&'static str>,
}

impl ImportRow {
    pub fn of(record: &Record) -> Self {
        let name = record.display_name();
        Self {
            id: record.id.as_str().to_owned(),
            kind: record.kind.as_str(),
            display_name: name.to_owned(),
            sort_key: names::sort_key(name).into_bytes(),
            country: record.country.map(|c| c.as_str().to_owned()),
            doc: doc_of(record),
            areas: record.areas.iter().map(|a| a.as_str()).collect(),
        }
    }
}

impl ImportTx {
    /// Inserts or replaces these records by id. Within one call a repeated
    /// id keeps its last version, as a file read top to bottom would.
    pub async fn upsert(&mut self, records: &[Record]) -> Result<(), StoreError> {
        let rows: Vec<ImportRow> = records.iter().map(ImportRow::of).collect();
        self.upsert_rows(&rows).await
    }

    /// [`ImportTx::upsert`] of records already made rows.
    pub async fn upsert_rows(&mut self, rows: &[ImportRow]) -> Result<(), StoreError> {
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            let mut last_of: HashMap<&str, usize> = HashMap::with_capacity(chunk.len());
            for (i, r) in chunk.iter().enumerate() {
                last_of.insert(r.id.as_str(), i);
            }
            let batch: Vec<&ImportRow> = chunk
                .iter()
                .enumerate()
                .filter(|(i, r)| last_of.get(r.id.as_str()) == Some(i))
                .map(|(_, r)| r)
                .collect();
            self.write_entities(&batch).await?;
            self.write_areas(&batch).await?;
            self.written += batch.len() as u64;
        }
        Ok(())
    }

    async fn write_entities(&mut self, batch: &[&ImportRow]) -> Result<(), StoreError> {
        // SQLite binds a counter as the change id; PostgreSQL stamps the
        // transaction's own id (see the change_log migrations).
        let (cols, change_expr) = match &self.tx {
            Tx::Sqlite(..) => (ENTITY_COLUMNS + 1, ""),
            Tx::Pg(_) => (ENTITY_COLUMNS, ", pg_current_xact_id()::text::bigint"),
        };
        let mut sql = String::from(
            "INSERT INTO entities (id, kind, display_name, sort_key, country, doc, created_at, updated_at, change_id) VALUES ",
        );
        let sqlite = matches!(self.tx, Tx::Sqlite(..));
        push_bulk_placeholders(&mut sql, sqlite, batch.len(), cols, change_expr);
        sql.push_str(
            " ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, display_name = excluded.display_name, \
             sort_key = excluded.sort_key, country = excluded.country, doc = excluded.doc, \
             updated_at = excluded.updated_at, version = entities.version + 1, change_id = excluded.change_id",
        );
        let now = self.now;
        let next_change = match &mut self.tx {
            Tx::Sqlite(_, next) => {
                let first = *next;
                *next += batch.len() as i64;
                Some(first)
            }
            Tx::Pg(_) => None,
        };
        on_tx!(&mut self.tx, |conn| {
            let mut q = sqlx::query(AssertSqlSafe(sql.clone()));
            for (i, r) in batch.iter().enumerate() {
                // In column order: id, kind, display_name, sort_key, …
                q = q
                    .bind(r.id.clone())
                    .bind(r.kind)
                    .bind(r.display_name.clone())
                    .bind(r.sort_key.clone())
                    .bind(r.country.clone())
                    .bind(r.doc.clone())
                    .bind(now)
                    .bind(now);
                if let Some(first) = next_change {
                    q = q.bind(first + i as i64);
                }
            }
            q.execute(&mut **conn).await?;
        });
        Ok(())
    }

    async fn write_areas(&mut self, batch: &[&ImportRow]) -> Result<(), StoreError> {
        let sqlite = matches!(self.tx, Tx::Sqlite(..));
        let mut sql = String::from("DELETE FROM entity_areas WHERE entity_id IN ");
        push_bulk_placeholders(&mut sql, sqlite, 1, batch.len(), "");
        on_tx!(&mut self.tx, |conn| {
            let mut q = sqlx::query(AssertSqlSafe(sql.clone()));
            for r in batch {
                q = q.bind(r.id.clone());
            }
            q.execute(&mut **conn).await?;
        });

        let pairs: Vec<(&str, &'static str)> = batch
            .iter()
            .flat_map(|r| r.areas.iter().map(move |a| (r.id.as_str(), *a)))
            .collect();
        for chunk in pairs.chunks(ROWS_PER_STATEMENT * 2) {
            let mut sql = String::from("INSERT INTO entity_areas (entity_id, area) VALUES ");
            push_bulk_placeholders(&mut sql, sqlite, chunk.len(), 2, "");
            on_tx!(&mut self.tx, |conn| {
                let mut q = sqlx::query(AssertSqlSafe(sql.clone()));
                for (id, area) in chunk {
                    q = q.bind((*id).to_owned()).bind(*area);
                }
                q.execute(&mut **conn).await?;
            });
        }
        Ok(())
    }

    /// Records written so far in this transaction.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Makes every record of this import visible at once.
    pub async fn commit(self) -> Result<u64, StoreError> {
        match self.tx {
            Tx::Sqlite(mut tx, _) => {
                for create in self.deferred {
                    sqlx::query(AssertSqlSafe(create)).execute(&mut *tx).await?;
                }
                tx.commit().await?
            }
            Tx::Pg(tx) => tx.commit().await?,
        }
        Ok(self.written)
    }
}

/// Appends `($1, $2, …), (…)` for `rows` rows of `cols` bound columns,
/// each row followed by the SQL expression `tail` (or nothing).
pub(crate) fn push_placeholders(sql: &mut String, rows: usize, cols: usize, tail: &str) {
    push_rows(sql, rows, cols, tail, true);
}

/// The same for a statement whose values are bound in order, once each:
/// on SQLite with anonymous `?`, because binding looks each numbered
/// parameter up by name, in time linear in the statement's parameters,
/// which made a 3,600-value insert quadratic (half of an import's time).
pub(crate) fn push_bulk_placeholders(
    sql: &mut String,
    sqlite: bool,
    rows: usize,
    cols: usize,
    tail: &str,
) {
    push_rows(sql, rows, cols, tail, !sqlite);
}

fn push_rows(sql: &mut String, rows: usize, cols: usize, tail: &str, numbered: bool) {
    use std::fmt::Write;
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        for c in 0..cols {
            if c > 0 {
                sql.push_str(", ");
            }
            if numbered {
                let _ = write!(sql, "${}", r * cols + c + 1);
            } else {
                sql.push('?');
            }
        }
        sql.push_str(tail);
        sql.push(')');
    }
}
