//! The durable job queue: work that must happen after a change commits
//! (mail) or at a given time (`run_at`: "expire this offer at 18:00").
//!
//! A job is written in the transaction of the change that causes it
//! ([`WriteTx::enqueue_job`]), so the two commit together or not at all.
//! Workers claim due jobs ([`Store::claim_jobs`]) under a lease: on
//! PostgreSQL with `FOR UPDATE SKIP LOCKED`, so several nodes never claim
//! the same job; on SQLite inside `BEGIN IMMEDIATE`, the one writer. A job
//! whose worker stopped is claimed again once its lease has expired. A
//! failure puts the job back with a later `run_at` (exponential backoff,
//! [`retry_delay_secs`]) until `max_attempts` are spent; then it is
//! `failed`, its last error kept for the secretariat, until someone retries
//! it ([`Store::retry_job`]). A job that succeeded is never run again.
//!
//! Every report a worker makes about a job ([`Store::complete_job`],
//! [`Store::fail_job`]) names its claim (worker and attempt): a worker whose
//! lease expired and whose job was claimed again cannot settle it.
//! Times are Unix seconds, passed in by the caller (the injected clock).

use crate::accounts::Actorship;
use crate::audit::{AuditEntry, insert_audit};
use crate::write::{WriteTx, lock_clause, on_write_tx, skip_locked_clause};
use crate::{Store, StoreError, on_pool};

/// A job's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct JobId(pub i64);

impl std::fmt::Display for JobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Where a job is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    /// Waiting for its `run_at` or for a worker.
    Pending,
    /// Claimed by a worker whose lease has not been settled.
    Running,
    /// Succeeded; never run again.
    Done,
    /// Every attempt failed (or it cannot succeed); kept with its last error.
    Failed,
}

impl JobState {
    pub const ALL: [JobState; 4] = [Self::Pending, Self::Running, Self::Done, Self::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|state| state.as_str() == s)
    }
}

/// How many times a job is tried unless its kind says otherwise.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 10;

/// The longest wait between two attempts.
pub const MAX_RETRY_DELAY_SECS: i64 = 6 * 60 * 60;

/// The wait after the `attempt`-th failed attempt (1-based): 30 s, 1 min,
/// 2 min, 4 min … doubling up to [`MAX_RETRY_DELAY_SECS`]. Ten attempts
/// span about four hours: a mail relay down for a morning loses nothing.
pub fn retry_delay_secs(attempt: u32) -> i64 {
    let doublings = attempt.saturating_sub(1).min(20);
    (30_i64 << doublings).min(MAX_RETRY_DELAY_SECS)
}

/// The longest error text kept with a job.
const MAX_ERROR_CHARS: usize = 2000;

/// A job to queue.
#[derive(Debug, Clone)]
pub struct NewJob<'a> {
    /// What to do: the name a worker dispatches on (`mail`, `expire_offer` …).
    pub kind: &'a str,
    /// Everything the work needs, as JSON.
    pub payload: &'a serde_json::Value,
    /// Not before this time (Unix seconds); `now` for "as soon as possible".
    pub run_at: i64,
    /// At least 1.
    pub max_attempts: u32,
}

/// A job a worker has claimed and must settle before `locked_until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    pub id: JobId,
    pub kind: String,
    /// The payload as queued (JSON text).
    pub payload: String,
    /// Which attempt this is, from 1.
    pub attempt: u32,
    pub max_attempts: u32,
    pub run_at: i64,
    /// The worker that holds the lease.
    pub worker: String,
    pub locked_until: i64,
}

/// Whether a failure may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Try again after [`retry_delay_secs`], unless the attempts are spent.
    Backoff,
    /// It cannot succeed (e.g. its payload does not parse): failed now.
    Never,
}

/// What became of a job a worker reported on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    Done,
    /// Pending again, not before `run_at`.
    Retry {
        run_at: i64,
    },
    Failed,
    /// The report came too late: the lease had expired and the job was
    /// claimed again (or retried by hand). Nothing was changed.
    LeaseLost,
}

/// One job as the secretariat sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JobRecord {
    pub id: JobId,
    pub kind: String,
    pub payload: String,
    pub state: JobState,
    pub run_at: i64,
    pub attempts: u32,
    pub max_attempts: u32,
    pub last_error: Option<String>,
    pub locked_by: Option<String>,
    pub locked_until: Option<i64>,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

/// Which jobs to list: newest first, before `before` (keyset paging).
#[derive(Debug, Clone)]
pub struct JobFilter {
    pub state: Option<JobState>,
    pub before: Option<JobId>,
    pub limit: u32,
}

impl Default for JobFilter {
    fn default() -> Self {
        Self {
            state: None,
            before: None,
            limit: 50,
        }
    }
}

/// How many jobs are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct JobCounts {
    pub pending: u64,
    pub running: u64,
    pub done: u64,
    pub failed: u64,
}

impl JobCounts {
    pub fn get(&self, state: JobState) -> u64 {
        match state {
            JobState::Pending => self.pending,
            JobState::Running => self.running,
            JobState::Done => self.done,
            JobState::Failed => self.failed,
        }
    }
}

const JOB_COLUMNS: &str = "id, kind, payload, state, run_at, attempts, max_attempts, last_error, \
                           locked_by, locked_until, created_at, finished_at";

type JobRow = (
    i64,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    Option<String>,
    Option<String>,
    Option<i64>,
    i64,
    Option<i64>,
);

fn record_of(row: JobRow) -> Result<JobRecord, StoreError> {
    let (id, kind, payload, state, run_at, attempts, max_attempts, last_error, locked_by) = (
        row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8,
    );
    let state = JobState::parse(&state).ok_or_else(|| StoreError::Corrupt {
        id: format!("job:{id}"),
        message: format!("unknown state {state:?}"),
    })?;
    Ok(JobRecord {
        id: JobId(id),
        kind,
        payload,
        state,
        run_at,
        attempts: count(attempts),
        max_attempts: count(max_attempts),
        last_error,
        locked_by,
        locked_until: row.9,
        created_at: row.10,
        finished_at: row.11,
    })
}

fn count(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

fn shortened(error: &str) -> String {
    match error.char_indices().nth(MAX_ERROR_CHARS) {
        Some((cut, _)) => format!("{}…", &error[..cut]),
        None => error.to_owned(),
    }
}

/// Queues `jobs` on an open connection of either backend, inside the
/// transaction of the change that causes them.
macro_rules! insert_jobs {
    ($conn:expr, $jobs:expr, $now:expr) => {{
        for job in $jobs {
            let job: &$crate::jobs::NewJob<'_> = job;
            sqlx::query(
                "INSERT INTO jobs (kind, payload, state, run_at, attempts, max_attempts, created_at) \
                 VALUES ($1, $2, 'pending', $3, 0, $4, $5)",
            )
            .bind(job.kind.to_owned())
            .bind(job.payload.to_string())
            .bind(job.run_at)
            .bind(i64::from(job.max_attempts.max(1)))
            .bind($now)
            .execute($conn)
            .await?;
        }
    }};
}
pub(crate) use insert_jobs;

/// What a re-claimed job's error says when its worker never reported.
const LEASE_EXPIRED: &str = "the worker stopped before finishing (its lease expired)";

impl WriteTx {
    /// Queues a job in this transaction: it exists only if the transaction
    /// commits.
    pub async fn enqueue_job(&mut self, job: &NewJob<'_>, now: i64) -> Result<JobId, StoreError> {
        if job.max_attempts == 0 {
            return Err(StoreError::Unsupported(
                "a job needs at least one attempt".into(),
            ));
        }
        let id: i64 = on_write_tx!(self, |conn| {
            sqlx::query_scalar(
                "INSERT INTO jobs (kind, payload, state, run_at, attempts, max_attempts, created_at) \
                 VALUES ($1, $2, 'pending', $3, 0, $4, $5) RETURNING id",
            )
            .bind(job.kind.to_owned())
            .bind(job.payload.to_string())
            .bind(job.run_at)
            .bind(i64::from(job.max_attempts))
            .bind(now)
            .fetch_one(&mut **conn)
            .await?
        });
        Ok(JobId(id))
    }

    /// Marks a claimed job done inside this transaction, so work that
    /// writes to the database and the job's end commit together. `false`
    /// when the claim is no longer held (see [`Settled::LeaseLost`]).
    pub async fn complete_job(&mut self, job: &ClaimedJob, now: i64) -> Result<bool, StoreError> {
        let done = on_write_tx!(self, |conn| {
            sqlx::query(
                "UPDATE jobs SET state = 'done', finished_at = $4, locked_by = NULL, locked_until = NULL \
                 WHERE id = $1 AND state = 'running' AND attempts = $2 AND locked_by = $3",
            )
            .bind(job.id.0)
            .bind(i64::from(job.attempt))
            .bind(job.worker.clone())
            .bind(now)
            .execute(&mut **conn)
            .await?
            .rows_affected()
        });
        Ok(done == 1)
    }
}

impl Store {
    /// Queues a job on its own (for work no change causes, e.g. the CLI).
    pub async fn enqueue_job(&self, job: &NewJob<'_>, now: i64) -> Result<JobId, StoreError> {
        let mut tx = self.begin_write().await?;
        let id = tx.enqueue_job(job, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Claims up to `limit` jobs that are due at `now` (pending with
    /// `run_at <= now`, or running with an expired lease), oldest `run_at`
    /// first, for `worker` until `now + lease_secs`. Each claim counts as an
    /// attempt. A job whose lease expired on its last attempt is failed
    /// instead of claimed.
    pub async fn claim_jobs(
        &self,
        worker: &str,
        limit: u32,
        lease_secs: i64,
        now: i64,
    ) -> Result<Vec<ClaimedJob>, StoreError> {
        let skip_locked = skip_locked_clause(&self.db);
        let give_up = format!(
            "UPDATE jobs SET state = 'failed', finished_at = $1, last_error = $2, \
             locked_by = NULL, locked_until = NULL \
             WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND locked_until <= $1 \
             AND attempts >= max_attempts{skip_locked})"
        );
        // `run_at <= now` holds for running jobs too (they were due when
        // claimed), so the partial index on (run_at, id) serves both.
        let claim = format!(
            "WITH next AS (SELECT id FROM jobs WHERE state IN ('pending', 'running') \
             AND run_at <= $1 AND (state = 'pending' OR locked_until <= $1) \
             ORDER BY run_at, id LIMIT $2{skip_locked}) \
             UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $3, \
             locked_until = $4, last_error = CASE WHEN state = 'running' THEN $5 ELSE last_error END \
             WHERE id IN (SELECT id FROM next) \
             RETURNING id, kind, payload, attempts, max_attempts, run_at"
        );
        let locked_until = now.saturating_add(lease_secs.max(1));
        let mut tx = self.begin_write().await?;
        let rows: Vec<(i64, String, String, i64, i64, i64)> = on_write_tx!(tx, |conn| {
            sqlx::query(sqlx::AssertSqlSafe(give_up))
                .bind(now)
                .bind(LEASE_EXPIRED)
                .execute(&mut **conn)
                .await?;
            sqlx::query_as(sqlx::AssertSqlSafe(claim))
                .bind(now)
                .bind(i64::from(limit.clamp(1, 1000)))
                .bind(worker.to_owned())
                .bind(locked_until)
                .bind(LEASE_EXPIRED)
                .fetch_all(&mut **conn)
                .await?
        });
        tx.commit().await?;
        let mut jobs: Vec<ClaimedJob> = rows
            .into_iter()
            .map(
                |(id, kind, payload, attempts, max_attempts, run_at)| ClaimedJob {
                    id: JobId(id),
                    kind,
                    payload,
                    attempt: count(attempts),
                    max_attempts: count(max_attempts),
                    run_at,
                    worker: worker.to_owned(),
                    locked_until,
                },
            )
            .collect();
        jobs.sort_by_key(|j| (j.run_at, j.id));
        Ok(jobs)
    }

    /// Marks a claimed job done: it will never run again. `false` when the
    /// claim is no longer held (see [`Settled::LeaseLost`]).
    pub async fn complete_job(&self, job: &ClaimedJob, now: i64) -> Result<bool, StoreError> {
        let mut tx = self.begin_write().await?;
        let done = tx.complete_job(job, now).await?;
        tx.commit().await?;
        Ok(done)
    }

    /// Records a failed attempt: pending again after [`retry_delay_secs`]
    /// while attempts remain (and `retry` allows), else failed. The error
    /// is kept either way.
    pub async fn fail_job(
        &self,
        job: &ClaimedJob,
        error: &str,
        retry: Retry,
        now: i64,
    ) -> Result<Settled, StoreError> {
        let retry_at = now.saturating_add(retry_delay_secs(job.attempt));
        let row: Option<(String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "UPDATE jobs SET \
                 state = CASE WHEN $5 OR attempts >= max_attempts THEN 'failed' ELSE 'pending' END, \
                 run_at = CASE WHEN $5 OR attempts >= max_attempts THEN run_at ELSE $6 END, \
                 finished_at = CASE WHEN $5 OR attempts >= max_attempts THEN $7 ELSE NULL END, \
                 last_error = $4, locked_by = NULL, locked_until = NULL \
                 WHERE id = $1 AND state = 'running' AND attempts = $2 AND locked_by = $3 \
                 RETURNING state, run_at",
            )
            .bind(job.id.0)
            .bind(i64::from(job.attempt))
            .bind(job.worker.clone())
            .bind(shortened(error))
            .bind(retry == Retry::Never)
            .bind(retry_at)
            .bind(now)
            .fetch_optional(pool)
            .await?
        });
        Ok(match row {
            None => Settled::LeaseLost,
            Some((state, run_at)) if state == "pending" => Settled::Retry { run_at },
            Some(_) => Settled::Failed,
        })
    }

    /// Puts a failed job back in the queue with all its attempts, to run
    /// at once (the secretariat's "retry"), audited. `false` when the job
    /// is not failed (or not there).
    pub async fn retry_job(
        &self,
        id: JobId,
        who: Actorship<'_>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let lock = lock_clause(&self.db);
        let select = format!(
            "SELECT kind, attempts, last_error FROM jobs WHERE id = $1 AND state = 'failed'{lock}"
        );
        let mut tx = self.begin_write().await?;
        let retried = on_write_tx!(tx, |conn| {
            let row: Option<(String, i64, Option<String>)> =
                sqlx::query_as(sqlx::AssertSqlSafe(select))
                    .bind(id.0)
                    .fetch_optional(&mut **conn)
                    .await?;
            match row {
                None => false,
                Some((kind, attempts, last_error)) => {
                    sqlx::query(
                        "UPDATE jobs SET state = 'pending', attempts = 0, run_at = $2, finished_at = NULL \
                         WHERE id = $1",
                    )
                    .bind(id.0)
                    .bind(now)
                    .execute(&mut **conn)
                    .await?;
                    let before = serde_json::json!({
                        "kind": kind, "state": "failed", "attempts": attempts, "last_error": last_error,
                    });
                    insert_audit!(
                        &mut **conn,
                        AuditEntry {
                            at: now,
                            actor_id: who.id,
                            actor_email: who.email,
                            action: crate::audit::AuditAction::JobRetry,
                            target: &format!("job:{id}"),
                            before: Some(before.to_string()),
                            after: Some(serde_json::json!({"state": "pending"}).to_string()),
                        }
                    );
                    true
                }
            }
        });
        tx.commit().await?;
        Ok(retried)
    }

    /// One job, or `None`.
    pub async fn job(&self, id: JobId) -> Result<Option<JobRecord>, StoreError> {
        let sql = format!("SELECT {JOB_COLUMNS} FROM jobs WHERE id = $1");
        let row: Option<JobRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(id.0)
                .fetch_optional(pool)
                .await?
        });
        row.map(record_of).transpose()
    }

    /// Jobs newest first, optionally in one state (pending ones, failed ones
    /// with their errors …), keyset-paged by id.
    pub async fn jobs(&self, filter: &JobFilter) -> Result<Vec<JobRecord>, StoreError> {
        let sql = format!(
            "SELECT {JOB_COLUMNS} FROM jobs WHERE ($1 IS NULL OR state = $1) \
             AND ($2 IS NULL OR id < $2) ORDER BY id DESC LIMIT $3"
        );
        let rows: Vec<JobRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(filter.state.map(|s| s.as_str().to_owned()))
                .bind(filter.before.map(|id| id.0))
                .bind(i64::from(filter.limit.clamp(1, 1000)))
                .fetch_all(pool)
                .await?
        });
        rows.into_iter().map(record_of).collect()
    }

    /// How many jobs are in each state.
    pub async fn job_counts(&self) -> Result<JobCounts, StoreError> {
        let rows: Vec<(String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT state, COUNT(*) FROM jobs GROUP BY state")
                .fetch_all(pool)
                .await?
        });
        let mut counts = JobCounts::default();
        for (state, n) in rows {
            let n = u64::try_from(n).unwrap_or(0);
            match JobState::parse(&state) {
                Some(JobState::Pending) => counts.pending = n,
                Some(JobState::Running) => counts.running = n,
                Some(JobState::Done) => counts.done = n,
                Some(JobState::Failed) => counts.failed = n,
                None => {
                    return Err(StoreError::Corrupt {
                        id: "jobs".into(),
                        message: format!("unknown state {state:?}"),
                    });
                }
            }
        }
        Ok(counts)
    }

    /// Deletes jobs that finished successfully before `before`; how many.
    /// Failed jobs stay until someone retries them.
    pub async fn prune_jobs(&self, before: i64) -> Result<u64, StoreError> {
        let n = on_pool!(&self.db, |pool| {
            sqlx::query("DELETE FROM jobs WHERE state = 'done' AND finished_at < $1")
                .bind(before)
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_retry_delay_doubles_up_to_its_cap() {
        assert_eq!(retry_delay_secs(1), 30);
        assert_eq!(retry_delay_secs(2), 60);
        assert_eq!(retry_delay_secs(3), 120);
        assert_eq!(retry_delay_secs(10), 30 * 512);
        assert_eq!(retry_delay_secs(11), MAX_RETRY_DELAY_SECS);
        assert_eq!(retry_delay_secs(u32::MAX), MAX_RETRY_DELAY_SECS);
        assert_eq!(retry_delay_secs(0), 30);
    }

    #[test]
    fn long_errors_are_shortened_on_a_character_boundary() {
        let long = "ə".repeat(MAX_ERROR_CHARS + 10);
        let kept = shortened(&long);
        assert_eq!(kept.chars().count(), MAX_ERROR_CHARS + 1);
        assert!(kept.ends_with('…'));
        assert_eq!(shortened("short"), "short");
    }

    #[test]
    fn states_round_trip_through_their_names() {
        for state in JobState::ALL {
            assert_eq!(JobState::parse(state.as_str()), Some(state));
        }
        assert_eq!(JobState::parse("lost"), None);
    }
}
