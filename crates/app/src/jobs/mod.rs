//! Work that follows a change or waits for a time, through the store's
//! durable job queue (`store::jobs`).
//!
//! A use case queues a [`Job`] with [`enqueue`] inside the write
//! transaction of the change that causes it, so the change and its job
//! commit together or not at all; after the commit it calls [`Wake::wake`]
//! so this process's [`Worker`] runs the job at once (other nodes' jobs,
//! and jobs for later, are found by the worker's poll). The worker claims
//! due jobs, runs each through [`Handlers`], and records success, a retry
//! after a growing delay, or a failure the secretariat sees
//! (`Store::jobs`, `Store::job_counts`, `Store::retry_job`).
//!
//! A new kind of job is a new [`Job`] variant (its payload a serde type),
//! its name in [`Job::kind`] and [`KINDS`], its attempts in
//! [`Job::max_attempts`] and its arm in [`Handlers::run`]; e.g. the forums'
//! `ExpireOffer { registration: i64 }`, queued with `run_at` the offer's
//! expiry.

mod worker;

pub use worker::{RunReport, RunningWorker, Worker, WorkerConfig, run_due, worker_name};

use std::sync::Arc;
use store::{JobId, NewJob, Retry, Store, StoreError, WriteTx};

/// One piece of work, as queued. Stored as its [`Job::kind`] and its
/// payload (the variant's content as JSON).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", content = "payload", rename_all = "snake_case")]
pub enum Job {
    /// Send this message (all mail goes through the queue).
    Mail(mail::Message),
    /// End this seat offer if it is still unanswered, and pass the seat on
    /// (queued with `run_at` the offer's expiry).
    ExpireOffer { registration: i64 },
    /// End this meeting request if it is still unanswered (queued with
    /// `run_at` its expiry).
    ExpireMeeting { meeting: i64 },
}

/// Every kind this build knows. A kind outside it (queued by a newer
/// node during a rolling upgrade) is retried later, not failed.
pub const KINDS: &[&str] = &["mail", "expire_offer", "expire_meeting"];

impl Job {
    /// The name the queue stores and dispatches on.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Mail(_) => "mail",
            Self::ExpireOffer { .. } => "expire_offer",
            Self::ExpireMeeting { .. } => "expire_meeting",
        }
    }

    /// How many attempts before the job is `failed`.
    pub fn max_attempts(&self) -> u32 {
        match self {
            // About four hours of retries (see store::retry_delay_secs).
            Self::Mail(_) => store::DEFAULT_MAX_ATTEMPTS,
            Self::ExpireOffer { .. } | Self::ExpireMeeting { .. } => store::DEFAULT_MAX_ATTEMPTS,
        }
    }

    /// The payload to store: the variant's content.
    pub fn payload(&self) -> Result<serde_json::Value, JobError> {
        let mut tagged = serde_json::to_value(self)?;
        Ok(tagged
            .get_mut("payload")
            .map(serde_json::Value::take)
            .unwrap_or(serde_json::Value::Null))
    }

    /// The job a stored kind and payload describe.
    pub fn decode(kind: &str, payload: &str) -> Result<Self, DecodeError> {
        if !KINDS.contains(&kind) {
            return Err(DecodeError::UnknownKind(kind.to_owned()));
        }
        let payload: serde_json::Value =
            serde_json::from_str(payload).map_err(|e| DecodeError::Payload(e.to_string()))?;
        serde_json::from_value(serde_json::json!({"kind": kind, "payload": payload}))
            .map_err(|e| DecodeError::Payload(e.to_string()))
    }
}

/// Why a stored job could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("unknown job kind {0:?} (a newer node may know it)")]
    UnknownKind(String),
    #[error("the payload does not fit its kind: {0}")]
    Payload(String),
}

#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot encode the job: {0}")]
    Encode(#[from] serde_json::Error),
}

/// Mail to queue with the change that causes it, for store writes that
/// take their jobs (`Store::decide`, `Store::create_application` …).
#[derive(Debug, Default)]
pub struct Mailbag {
    payloads: Vec<serde_json::Value>,
    run_at: i64,
}

impl Mailbag {
    /// `messages`, to be sent from `run_at` (now, usually).
    pub fn new(messages: Vec<mail::Message>, run_at: i64) -> Result<Self, JobError> {
        let payloads = messages
            .into_iter()
            .map(|m| Job::Mail(m).payload())
            .collect::<Result<_, _>>()?;
        Ok(Self { payloads, run_at })
    }

    pub fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }

    /// The jobs, as the store writes them.
    pub fn jobs(&self) -> Vec<NewJob<'_>> {
        self.payloads
            .iter()
            .map(|payload| NewJob {
                kind: "mail",
                payload,
                run_at: self.run_at,
                max_attempts: store::DEFAULT_MAX_ATTEMPTS,
            })
            .collect()
    }
}

/// Queues `job` in the caller's write transaction, not before `run_at`
/// (Unix seconds; `now` for at once). Call [`Wake::wake`] after the commit.
pub async fn enqueue(
    tx: &mut WriteTx,
    job: &Job,
    run_at: i64,
    now: i64,
) -> Result<JobId, JobError> {
    let payload = job.payload()?;
    let id = tx
        .enqueue_job(
            &NewJob {
                kind: job.kind(),
                payload: &payload,
                run_at,
                max_attempts: job.max_attempts(),
            },
            now,
        )
        .await?;
    Ok(id)
}

/// Queues `job` in a transaction of its own and wakes this process's
/// worker: for work that no change causes.
pub async fn submit(
    store: &Store,
    wake: &Wake,
    job: &Job,
    run_at: i64,
    now: i64,
) -> Result<JobId, JobError> {
    let mut tx = store.begin_write().await?;
    let id = enqueue(&mut tx, job, run_at, now).await?;
    tx.commit().await?;
    wake.wake();
    Ok(id)
}

/// Tells this process's worker that a job was just committed. Cheap to
/// clone. A wake-up while the worker is busy is kept: it looks again as
/// soon as it is done.
#[derive(Debug, Clone, Default)]
pub struct Wake(Arc<tokio::sync::Notify>);

impl Wake {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn wake(&self) {
        self.0.notify_one();
    }

    pub(crate) async fn woken(&self) {
        self.0.notified().await;
    }
}

/// What runs each kind of job.
#[derive(Debug, Clone)]
pub struct Handlers {
    pub mailer: Arc<mail::Mailer>,
    /// For the jobs that change data (offers); without it they wait.
    store: Option<(Store, String, Wake)>,
}

/// Why a job's attempt failed, and whether trying again may help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub retry: Retry,
}

impl Failure {
    fn retry(e: impl std::fmt::Display) -> Self {
        Self {
            message: e.to_string(),
            retry: Retry::Backoff,
        }
    }
}

impl From<DecodeError> for Failure {
    fn from(e: DecodeError) -> Self {
        let retry = match e {
            // A newer node knows it: leave it for that node.
            DecodeError::UnknownKind(_) => Retry::Backoff,
            // It will never parse.
            DecodeError::Payload(_) => Retry::Never,
        };
        Self {
            message: e.to_string(),
            retry,
        }
    }
}

impl Handlers {
    pub fn new(mailer: Arc<mail::Mailer>) -> Self {
        Self {
            mailer,
            store: None,
        }
    }

    /// Also runs the jobs that write (`public_url` for the links in the mail they queue).
    pub fn with_store(mut self, store: Store, public_url: &str, wake: Wake) -> Self {
        self.store = Some((store, public_url.to_owned(), wake));
        self
    }

    /// Runs one job once, at `now`.
    pub async fn run(&self, job: &Job, now: i64) -> Result<(), Failure> {
        match job {
            Job::Mail(message) => self.mailer.send(message).await.map_err(Failure::retry),
            Job::ExpireOffer { registration } => {
                let Some((store, public_url, wake)) = &self.store else {
                    return Err(Failure::retry("this worker has no store"));
                };
                crate::events::expire_offer(store, public_url, wake, *registration, now)
                    .await
                    .map_err(Failure::retry)
            }
            Job::ExpireMeeting { meeting } => {
                let Some((store, public_url, wake)) = &self.store else {
                    return Err(Failure::retry("this worker has no store"));
                };
                crate::meetings::expire(store, public_url, wake, *meeting, now)
                    .await
                    .map_err(Failure::retry)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail() -> Job {
        Job::Mail(mail::Message::text("aysel@example.org", "Təsdiq", "Salam"))
    }

    #[test]
    fn a_job_round_trips_through_its_kind_and_payload() {
        let job = mail();
        let payload = job.payload().unwrap();
        assert_eq!(payload["to"], "aysel@example.org");
        let back = Job::decode(job.kind(), &payload.to_string()).unwrap();
        assert_eq!(back, job);
    }

    #[test]
    fn every_kind_name_is_the_serde_tag_and_listed() {
        let job = mail();
        let tagged = serde_json::to_value(&job).unwrap();
        assert_eq!(tagged["kind"], job.kind());
        assert!(KINDS.contains(&job.kind()));
    }

    #[test]
    fn an_unknown_kind_is_retried_and_a_bad_payload_is_not() {
        let unknown = Job::decode("send_fax", "{}").unwrap_err();
        assert_eq!(unknown, DecodeError::UnknownKind("send_fax".into()));
        assert_eq!(Failure::from(unknown).retry, Retry::Backoff);
        let bad = Job::decode("mail", r#"{"to": 7}"#).unwrap_err();
        assert!(matches!(bad, DecodeError::Payload(_)));
        assert_eq!(Failure::from(bad).retry, Retry::Never);
        assert!(matches!(
            Job::decode("mail", "not json"),
            Err(DecodeError::Payload(_))
        ));
    }
}
