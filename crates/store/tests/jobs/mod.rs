//! The job queue on both backends (part of the store test binary): a job
//! exists only if its transaction commits, waits for its time, is retried
//! with a growing delay, fails for good after its last attempt, comes back
//! when its worker's lease expires, and is claimed exactly once however
//! many workers on however many pools ask at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use store::{
    Actorship, AuditFilter, ClaimedJob, JobFilter, JobId, JobState, Location, NewJob, Retry,
    Settled, Store, retry_delay_secs,
};

const NOW: i64 = 1_800_000_000;
const LEASE: i64 = 60;

const SECRETARIAT: Actorship<'static> = Actorship {
    id: None,
    email: "secretariat@example.org",
};

fn payload(n: u32) -> serde_json::Value {
    serde_json::json!({"to": format!("user{n}@example.org"), "n": n})
}

async fn enqueue(store: &Store, n: u32, run_at: i64, max_attempts: u32) -> JobId {
    store
        .enqueue_job(
            &NewJob {
                kind: "test",
                payload: &payload(n),
                run_at,
                max_attempts,
            },
            NOW,
        )
        .await
        .unwrap()
}

async fn claim_one(store: &Store, worker: &str, now: i64) -> Option<ClaimedJob> {
    let mut got = store.claim_jobs(worker, 10, LEASE, now).await.unwrap();
    assert!(got.len() <= 1, "one job queued, {} claimed", got.len());
    got.pop()
}

async fn state_of(store: &Store, id: JobId) -> store::JobRecord {
    store.job(id).await.unwrap().unwrap()
}

async fn a_job_exists_only_if_its_transaction_commits(store: Store) {
    let kept = payload(1);
    let lost = payload(2);
    {
        let mut tx = store.begin_write().await.unwrap();
        tx.enqueue_job(
            &NewJob {
                kind: "test",
                payload: &lost,
                run_at: NOW,
                max_attempts: 3,
            },
            NOW,
        )
        .await
        .unwrap();
        tx.rollback().await.unwrap();
    }
    {
        let mut tx = store.begin_write().await.unwrap();
        tx.enqueue_job(
            &NewJob {
                kind: "test",
                payload: &lost,
                run_at: NOW,
                max_attempts: 3,
            },
            NOW,
        )
        .await
        .unwrap();
        // Dropped without commit.
    }
    assert_eq!(store.job_counts().await.unwrap().pending, 0);
    assert!(
        store
            .claim_jobs("w", 10, LEASE, NOW)
            .await
            .unwrap()
            .is_empty()
    );

    let mut tx = store.begin_write().await.unwrap();
    let id = tx
        .enqueue_job(
            &NewJob {
                kind: "test",
                payload: &kept,
                run_at: NOW,
                max_attempts: 3,
            },
            NOW,
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let job = claim_one(&store, "w", NOW).await.unwrap();
    assert_eq!(job.id, id);
    assert_eq!(job.kind, "test");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&job.payload).unwrap(),
        kept
    );
    assert_eq!((job.attempt, job.max_attempts), (1, 3));

    let refused = store
        .enqueue_job(
            &NewJob {
                kind: "test",
                payload: &kept,
                run_at: NOW,
                max_attempts: 0,
            },
            NOW,
        )
        .await;
    assert!(refused.is_err(), "a job with no attempt is refused");
}

async fn a_job_waits_for_its_run_at(store: Store) {
    let id = enqueue(&store, 1, NOW + 3600, 3).await;
    assert!(claim_one(&store, "w", NOW).await.is_none());
    assert!(claim_one(&store, "w", NOW + 3599).await.is_none());
    let job = claim_one(&store, "w", NOW + 3600).await.unwrap();
    assert_eq!(job.id, id);
    assert_eq!(state_of(&store, id).await.state, JobState::Running);
}

async fn a_failure_is_retried_after_a_growing_delay_then_succeeds_once(store: Store) {
    let id = enqueue(&store, 1, NOW, 5).await;
    let mut now = NOW;
    for attempt in 1..=3 {
        let job = claim_one(&store, "w", now).await.unwrap();
        assert_eq!(job.attempt, attempt);
        let delay = retry_delay_secs(attempt);
        let settled = store
            .fail_job(
                &job,
                &format!("relay down ({attempt})"),
                Retry::Backoff,
                now,
            )
            .await
            .unwrap();
        assert_eq!(
            settled,
            Settled::Retry {
                run_at: now + delay
            }
        );
        let record = state_of(&store, id).await;
        assert_eq!(record.state, JobState::Pending);
        assert_eq!(record.attempts, attempt);
        assert_eq!(
            record.last_error.as_deref(),
            Some(&*format!("relay down ({attempt})"))
        );
        assert!(
            claim_one(&store, "w", now + delay - 1).await.is_none(),
            "not before its delay"
        );
        now += delay;
    }
    assert_eq!(
        (
            retry_delay_secs(1),
            retry_delay_secs(2),
            retry_delay_secs(3)
        ),
        (30, 60, 120)
    );
    let job = claim_one(&store, "w", now).await.unwrap();
    assert_eq!(job.attempt, 4);
    assert!(store.complete_job(&job, now).await.unwrap());
    let record = state_of(&store, id).await;
    assert_eq!(record.state, JobState::Done);
    assert_eq!(record.finished_at, Some(now));
    // Done is done: not by time, not by a late report, not by hand.
    assert!(claim_one(&store, "w", now + 10 * 86_400).await.is_none());
    assert!(!store.complete_job(&job, now).await.unwrap());
    assert_eq!(
        store
            .fail_job(&job, "late", Retry::Backoff, now)
            .await
            .unwrap(),
        Settled::LeaseLost
    );
    assert!(!store.retry_job(id, SECRETARIAT, now).await.unwrap());
    assert_eq!(state_of(&store, id).await.state, JobState::Done);
}

async fn the_last_failed_attempt_fails_the_job_with_its_error_until_retried(store: Store) {
    let id = enqueue(&store, 1, NOW, 2).await;
    let job = claim_one(&store, "w", NOW).await.unwrap();
    store
        .fail_job(&job, "first", Retry::Backoff, NOW)
        .await
        .unwrap();
    let later = NOW + retry_delay_secs(1);
    let job = claim_one(&store, "w", later).await.unwrap();
    assert_eq!(
        store
            .fail_job(&job, "550 mailbox unavailable", Retry::Backoff, later)
            .await
            .unwrap(),
        Settled::Failed
    );
    let record = state_of(&store, id).await;
    assert_eq!(record.state, JobState::Failed);
    assert_eq!(record.attempts, 2);
    assert_eq!(
        record.last_error.as_deref(),
        Some("550 mailbox unavailable")
    );
    assert_eq!(record.finished_at, Some(later));
    assert!(claim_one(&store, "w", later + 86_400).await.is_none());

    // The secretariat sees it, with its error, and retries it.
    let failed = store
        .jobs(&JobFilter {
            state: Some(JobState::Failed),
            ..JobFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].id, id);
    assert_eq!(store.job_counts().await.unwrap().failed, 1);
    let retry_at = later + 100;
    assert!(store.retry_job(id, SECRETARIAT, retry_at).await.unwrap());
    assert!(
        !store.retry_job(id, SECRETARIAT, retry_at).await.unwrap(),
        "only a failed job is retried"
    );
    let record = state_of(&store, id).await;
    assert_eq!(
        (
            record.state,
            record.attempts,
            record.run_at,
            record.finished_at
        ),
        (JobState::Pending, 0, retry_at, None)
    );
    let audit = store
        .audit_entries(&AuditFilter {
            before_id: None,
            target: Some(format!("job:{id}")),
            action_prefix: None,
            limit: 10,
        })
        .await
        .unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].action, "job.retry");
    assert_eq!(audit[0].actor_email, "secretariat@example.org");
    assert!(
        audit[0]
            .before
            .as_deref()
            .unwrap_or("")
            .contains("550 mailbox unavailable")
    );
    let job = claim_one(&store, "w", retry_at).await.unwrap();
    assert_eq!((job.attempt, job.max_attempts), (1, 2));
}

async fn a_job_that_cannot_succeed_fails_at_once(store: Store) {
    let id = enqueue(&store, 1, NOW, 10).await;
    let job = claim_one(&store, "w", NOW).await.unwrap();
    assert_eq!(
        store
            .fail_job(&job, "payload does not parse", Retry::Never, NOW)
            .await
            .unwrap(),
        Settled::Failed
    );
    let record = state_of(&store, id).await;
    assert_eq!((record.state, record.attempts), (JobState::Failed, 1));
}

async fn an_expired_lease_is_claimed_again_and_the_old_claim_settles_nothing(store: Store) {
    let id = enqueue(&store, 1, NOW, 3).await;
    let first = claim_one(&store, "node-a", NOW).await.unwrap();
    assert_eq!(first.locked_until, NOW + LEASE);
    assert!(
        claim_one(&store, "node-b", NOW + LEASE - 1).await.is_none(),
        "a live lease is respected"
    );
    let second = claim_one(&store, "node-b", NOW + LEASE).await.unwrap();
    assert_eq!((second.id, second.attempt), (id, 2));
    let record = state_of(&store, id).await;
    assert_eq!(record.locked_by.as_deref(), Some("node-b"));
    assert!(
        record
            .last_error
            .as_deref()
            .unwrap_or("")
            .contains("lease expired")
    );
    // node-a wakes up: its reports change nothing.
    assert!(!store.complete_job(&first, NOW + LEASE).await.unwrap());
    assert_eq!(
        store
            .fail_job(&first, "late", Retry::Backoff, NOW + LEASE)
            .await
            .unwrap(),
        Settled::LeaseLost
    );
    assert_eq!(state_of(&store, id).await.state, JobState::Running);
    assert!(store.complete_job(&second, NOW + LEASE + 1).await.unwrap());
    assert_eq!(state_of(&store, id).await.state, JobState::Done);
}

async fn a_lease_that_expires_on_the_last_attempt_fails_the_job(store: Store) {
    let id = enqueue(&store, 1, NOW, 1).await;
    let job = claim_one(&store, "node-a", NOW).await.unwrap();
    assert!(claim_one(&store, "node-b", NOW + LEASE).await.is_none());
    let record = state_of(&store, id).await;
    assert_eq!(record.state, JobState::Failed);
    assert!(
        record
            .last_error
            .as_deref()
            .unwrap_or("")
            .contains("lease expired")
    );
    assert!(!store.complete_job(&job, NOW + LEASE).await.unwrap());
}

async fn lists_pending_and_failed_jobs_newest_first_with_counts(store: Store) {
    let mut ids = Vec::new();
    for n in 0..5 {
        ids.push(enqueue(&store, n, NOW, 1).await);
    }
    let done = claim_one_of(&store, ids[0]).await;
    assert!(store.complete_job(&done, NOW).await.unwrap());
    let failed = claim_one_of(&store, ids[1]).await;
    store
        .fail_job(&failed, "refused", Retry::Backoff, NOW)
        .await
        .unwrap();
    let _running = claim_one_of(&store, ids[2]).await;
    let counts = store.job_counts().await.unwrap();
    assert_eq!(
        (counts.pending, counts.running, counts.done, counts.failed),
        (2, 1, 1, 1)
    );
    assert_eq!(counts.get(JobState::Pending), 2);

    let pending = store
        .jobs(&JobFilter {
            state: Some(JobState::Pending),
            ..JobFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(
        pending.iter().map(|j| j.id).collect::<Vec<_>>(),
        vec![ids[4], ids[3]]
    );
    assert!(pending.iter().all(|j| j.last_error.is_none()));
    let failed = store
        .jobs(&JobFilter {
            state: Some(JobState::Failed),
            ..JobFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].last_error.as_deref(), Some("refused"));
    assert_eq!(failed[0].kind, "test");

    // Keyset paging over all of them.
    let first = store
        .jobs(&JobFilter {
            state: None,
            before: None,
            limit: 3,
        })
        .await
        .unwrap();
    let rest = store
        .jobs(&JobFilter {
            state: None,
            before: first.last().map(|j| j.id),
            limit: 3,
        })
        .await
        .unwrap();
    let all: Vec<JobId> = first.iter().chain(&rest).map(|j| j.id).collect();
    assert_eq!(all, ids.iter().rev().copied().collect::<Vec<_>>());

    // Pruning removes only what is done.
    assert_eq!(store.prune_jobs(NOW + 1).await.unwrap(), 1);
    assert!(store.job(ids[0]).await.unwrap().is_none());
    assert_eq!(store.job_counts().await.unwrap().failed, 1);
}

/// Claims the next due job, which must be `id` (claims go by run_at, then id).
async fn claim_one_of(store: &Store, id: JobId) -> ClaimedJob {
    let mut jobs = store.claim_jobs("w", 1, LEASE, NOW).await.unwrap();
    let job = jobs.pop().unwrap();
    assert_eq!(job.id, id, "claimed in order");
    job
}

/// A thousand jobs, two pools on one database (as two `serve` processes
/// would have), four claimers on each: every job is claimed exactly once
/// and all end done.
async fn a_thousand_jobs_claimed_from_two_pools_are_each_claimed_once(location: Location) {
    let a = Store::open(&location).await.unwrap();
    let b = Store::open(&location).await.unwrap();
    let mut tx = a.begin_write().await.unwrap();
    let mut queued = Vec::new();
    for n in 0..1000 {
        queued.push(
            tx.enqueue_job(
                &NewJob {
                    kind: "test",
                    payload: &payload(n),
                    run_at: NOW,
                    max_attempts: 3,
                },
                NOW,
            )
            .await
            .unwrap(),
        );
    }
    tx.commit().await.unwrap();

    let claims: Arc<Mutex<HashMap<JobId, Vec<String>>>> = Arc::default();
    let mut tasks = Vec::new();
    for (pool, store) in [("a", &a), ("b", &b)] {
        for i in 0..4 {
            let store = store.clone();
            let claims = claims.clone();
            let worker = format!("{pool}{i}");
            tasks.push(tokio::spawn(async move {
                loop {
                    let jobs = store.claim_jobs(&worker, 10, 600, NOW).await.unwrap();
                    if jobs.is_empty() {
                        break;
                    }
                    for job in jobs {
                        claims
                            .lock()
                            .unwrap()
                            .entry(job.id)
                            .or_default()
                            .push(worker.clone());
                        assert!(store.complete_job(&job, NOW).await.unwrap());
                    }
                }
            }));
        }
    }
    for t in tasks {
        t.await.unwrap();
    }
    let claims = claims.lock().unwrap().clone();
    assert_eq!(claims.len(), 1000, "every job claimed");
    let twice: Vec<_> = claims.iter().filter(|(_, w)| w.len() != 1).collect();
    assert!(twice.is_empty(), "claimed more than once: {twice:?}");
    let pools: std::collections::HashSet<char> = claims
        .values()
        .filter_map(|w| w[0].chars().next())
        .collect();
    assert_eq!(pools.len(), 2, "both pools took part");
    let counts = b.job_counts().await.unwrap();
    assert_eq!((counts.done, counts.pending, counts.running), (1000, 0, 0));
    a.close().await;
    b.close().await;
}

store::on_both_backends!(
    a_job_exists_only_if_its_transaction_commits,
    a_job_waits_for_its_run_at,
    a_failure_is_retried_after_a_growing_delay_then_succeeds_once,
    the_last_failed_attempt_fails_the_job_with_its_error_until_retried,
    a_job_that_cannot_succeed_fails_at_once,
    an_expired_lease_is_claimed_again_and_the_old_claim_settles_nothing,
    a_lease_that_expires_on_the_last_attempt_fails_the_job,
    lists_pending_and_failed_jobs_newest_first_with_counts,
);

store::on_both_backends!(locations: a_thousand_jobs_claimed_from_two_pools_are_each_claimed_once);
