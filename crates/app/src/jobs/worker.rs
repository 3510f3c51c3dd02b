//! The worker: every `serve` process runs one. It claims due jobs in
//! batches (a lease on each), runs a batch's jobs concurrently, records
//! each outcome, and waits for a wake-up from this process ([`Wake`]) or
//! its poll interval (jobs queued by other nodes, jobs whose `run_at` has
//! come, leases that expired).

use super::{Failure, Handlers, Job, Wake};
use crate::Clock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;
use store::{ClaimedJob, Settled, Store, StoreError};

/// How a worker runs.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Unique among the workers sharing the database ([`worker_name`]).
    pub name: String,
    /// How often to look for work nobody woke this worker for.
    pub poll_interval: Duration,
    /// How long a claimed job is this worker's; past it, another worker
    /// takes it (this one is presumed dead). Longer than any job runs.
    pub lease_secs: i64,
    /// How many jobs to claim (and run at once) per round.
    pub batch: u32,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            name: worker_name(),
            poll_interval: Duration::from_secs(5),
            lease_secs: 300,
            batch: 16,
        }
    }
}

/// A name no other worker has: the process id, the start time and a counter.
pub fn worker_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!(
        "worker-{}-{nanos:x}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// What a round of work did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Succeeded: done for good.
    pub done: u32,
    /// Failed this time; pending again for later.
    pub retried: u32,
    /// Failed for good (attempts spent, or it cannot succeed).
    pub failed: u32,
    /// Settled by nobody: the lease expired meanwhile and another worker
    /// has the job.
    pub lost: u32,
}

impl RunReport {
    /// Jobs run.
    pub fn total(&self) -> u32 {
        self.done + self.retried + self.failed + self.lost
    }

    fn add(&mut self, other: RunReport) {
        self.done += other.done;
        self.retried += other.retried;
        self.failed += other.failed;
        self.lost += other.lost;
    }
}

/// Runs every job due at `now`, batch after batch, until none is left
/// (a job that fails is due again only later): for tests and the CLI.
pub async fn run_due(
    store: &Store,
    handlers: &Handlers,
    worker: &str,
    now: i64,
) -> Result<RunReport, StoreError> {
    let config = WorkerConfig {
        name: worker.to_owned(),
        ..WorkerConfig::default()
    };
    let mut report = RunReport::default();
    while let Some(round) = run_batch(store, handlers, &config, now).await? {
        report.add(round);
    }
    Ok(report)
}

/// Claims one batch and runs it; `None` when nothing was due.
async fn run_batch(
    store: &Store,
    handlers: &Handlers,
    config: &WorkerConfig,
    now: i64,
) -> Result<Option<RunReport>, StoreError> {
    let claimed = store
        .claim_jobs(&config.name, config.batch, config.lease_secs, now)
        .await?;
    if claimed.is_empty() {
        return Ok(None);
    }
    let outcomes = futures_util::future::join_all(
        claimed.iter().map(|job| run_one(store, handlers, job, now)),
    )
    .await;
    let mut report = RunReport::default();
    for outcome in outcomes {
        match outcome? {
            Settled::Done => report.done += 1,
            Settled::Retry { .. } => report.retried += 1,
            Settled::Failed => report.failed += 1,
            Settled::LeaseLost => report.lost += 1,
        }
    }
    Ok(Some(report))
}

async fn run_one(
    store: &Store,
    handlers: &Handlers,
    job: &ClaimedJob,
    now: i64,
) -> Result<Settled, StoreError> {
    let result = match Job::decode(&job.kind, &job.payload) {
        Ok(decoded) => handlers.run(&decoded, now).await,
        Err(e) => Err(Failure::from(e)),
    };
    let settled = match result {
        Ok(()) => {
            if store.complete_job(job, now).await? {
                Settled::Done
            } else {
                Settled::LeaseLost
            }
        }
        Err(failure) => {
            store
                .fail_job(job, &failure.message, failure.retry, now)
                .await?
        }
    };
    match settled {
        Settled::Done => {
            tracing::debug!(job = %job.id, kind = %job.kind, attempt = job.attempt, "job done");
        }
        Settled::Retry { run_at } => tracing::warn!(
            job = %job.id, kind = %job.kind, attempt = job.attempt, run_at,
            "job failed; it will be retried"
        ),
        Settled::Failed => tracing::error!(
            job = %job.id, kind = %job.kind, attempt = job.attempt,
            "job failed for good; the secretariat can retry it"
        ),
        Settled::LeaseLost => tracing::warn!(
            job = %job.id, kind = %job.kind, attempt = job.attempt,
            "job finished after its lease expired; another worker has it"
        ),
    }
    Ok(settled)
}

/// Runs jobs until told to stop: see the module's documentation.
#[derive(Debug, Clone)]
pub struct Worker {
    store: Store,
    handlers: Handlers,
    wake: Wake,
    clock: Clock,
    config: WorkerConfig,
}

impl Worker {
    pub fn new(store: Store, handlers: Handlers, wake: Wake, clock: Clock) -> Self {
        Self {
            store,
            handlers,
            wake,
            clock,
            config: WorkerConfig::default(),
        }
    }

    pub fn with_config(mut self, config: WorkerConfig) -> Self {
        self.config = config;
        self
    }

    pub fn config(&self) -> &WorkerConfig {
        &self.config
    }

    /// Works until `shutdown` completes. A batch under way is finished
    /// first (its jobs are settled, none is left to its lease); then the
    /// worker returns.
    pub async fn run(self, shutdown: impl Future<Output = ()>) {
        let mut shutdown = std::pin::pin!(shutdown);
        tracing::info!(worker = %self.config.name, "job worker started");
        loop {
            let worked = match run_batch(
                &self.store,
                &self.handlers,
                &self.config,
                self.clock.now(),
            )
            .await
            {
                Ok(round) => round.is_some(),
                Err(e) => {
                    tracing::warn!(error = %e, "job worker: cannot reach the queue");
                    false
                }
            };
            if worked {
                // More may be due: go on at once, unless told to stop.
                let stop = tokio::select! {
                    biased;
                    () = &mut shutdown => true,
                    () = std::future::ready(()) => false,
                };
                if stop {
                    break;
                }
                continue;
            }
            tokio::select! {
                () = &mut shutdown => break,
                () = self.wake.woken() => {}
                () = tokio::time::sleep(self.config.poll_interval) => {}
            }
        }
        tracing::info!(worker = %self.config.name, "job worker stopped");
    }

    /// Runs on a task of its own until [`RunningWorker::stop`] (or until the
    /// handle is dropped).
    pub fn spawn(self) -> RunningWorker {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(self.run(async move {
            // A dropped sender stops the worker too.
            let _ = stopped.await;
        }));
        RunningWorker {
            stop: Some(stop),
            task,
        }
    }
}

/// A worker running on its own task.
#[derive(Debug)]
pub struct RunningWorker {
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningWorker {
    /// Tells the worker to stop and waits until it has (its batch under way
    /// settled).
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Err(e) = (&mut self.task).await {
            tracing::warn!(error = %e, "the job worker's task ended abnormally");
        }
    }
}
