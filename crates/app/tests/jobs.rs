//! The job queue end to end, on SQLite and PostgreSQL: mail queued in a
//! transaction is sent once it commits and never again, waits for its
//! time, survives a relay that is down (retried with a growing delay,
//! failed and visible when it stays down, retried by hand), and two workers
//! on two pools send a thousand messages each exactly once.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failure panics with its cause"
)]

use app::Clock;
use app::jobs::{Handlers, Job, Wake, Worker, WorkerConfig, enqueue, run_due, submit};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use store::{Actorship, JobFilter, JobId, JobState, Location, NewJob, Store, retry_delay_secs};

const NOW: i64 = 1_800_000_000;

fn message(n: u32) -> mail::Message {
    mail::Message::text(
        format!("user{n}@example.org"),
        format!("Message {n}"),
        "Salam!",
    )
}

fn outbox(dir: &Path) -> Arc<mail::Mailer> {
    Arc::new(mail::Mailer::outbox(dir, "Birlik <noreply@birlik.test>"))
}

fn subjects(dir: &Path) -> Vec<String> {
    mail::read_outbox(dir)
        .into_iter()
        .map(|m| m.subject)
        .collect()
}

async fn record(store: &Store, id: JobId) -> store::JobRecord {
    store.job(id).await.unwrap().unwrap()
}

async fn queue(store: &Store, job: &Job, run_at: i64) -> JobId {
    let mut tx = store.begin_write().await.unwrap();
    let id = enqueue(&mut tx, job, run_at, NOW).await.unwrap();
    tx.commit().await.unwrap();
    id
}

/// Waits (a bounded time) until `done` jobs are done.
async fn until_done(store: &Store, done: u64) {
    for _ in 0..600 {
        if store.job_counts().await.unwrap().done >= done {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "not {done} jobs done in 30 s: {:?}",
        store.job_counts().await.unwrap()
    );
}

async fn mail_is_sent_once_it_commits_and_never_again(store: Store) {
    let dir = tempfile::tempdir().unwrap();
    let handlers = Handlers::new(outbox(dir.path()));
    {
        let mut tx = store.begin_write().await.unwrap();
        enqueue(&mut tx, &Job::Mail(message(0)), NOW, NOW)
            .await
            .unwrap();
        // Rolled back: the change did not happen, so neither does its mail.
        tx.rollback().await.unwrap();
    }
    let report = run_due(&store, &handlers, "w", NOW).await.unwrap();
    assert_eq!(report.total(), 0);
    assert!(subjects(dir.path()).is_empty());

    let id = queue(&store, &Job::Mail(message(1)), NOW).await;
    let report = run_due(&store, &handlers, "w", NOW).await.unwrap();
    assert_eq!((report.done, report.total()), (1, 1));
    assert_eq!(mail::read_outbox(dir.path()), vec![message(1)]);
    assert_eq!(record(&store, id).await.state, JobState::Done);
    for later in [NOW, NOW + 3600, NOW + 30 * 86_400] {
        assert_eq!(
            run_due(&store, &handlers, "w", later)
                .await
                .unwrap()
                .total(),
            0
        );
    }
    assert_eq!(subjects(dir.path()), vec!["Message 1"], "sent exactly once");
}

async fn a_job_for_later_waits_for_its_time(store: Store) {
    let dir = tempfile::tempdir().unwrap();
    let handlers = Handlers::new(outbox(dir.path()));
    // "At 18:00": an hour from now.
    let at = NOW + 3600;
    let id = queue(&store, &Job::Mail(message(1)), at).await;
    assert_eq!(
        run_due(&store, &handlers, "w", NOW).await.unwrap().total(),
        0
    );
    assert_eq!(
        run_due(&store, &handlers, "w", at - 1)
            .await
            .unwrap()
            .total(),
        0
    );
    assert!(subjects(dir.path()).is_empty());
    assert_eq!(run_due(&store, &handlers, "w", at).await.unwrap().done, 1);
    assert_eq!(subjects(dir.path()), vec!["Message 1"]);
    assert_eq!(record(&store, id).await.finished_at, Some(at));
}

async fn mail_while_the_relay_is_down_is_retried_and_sent_when_it_recovers(store: Store) {
    let dir = tempfile::tempdir().unwrap();
    let (mailer, relay) = mail::Mailer::switchable(mail::Mailer::outbox(dir.path(), "b@b.test"));
    let handlers = Handlers::new(Arc::new(mailer));
    relay.fail();
    let id = queue(&store, &Job::Mail(message(1)), NOW).await;
    let mut now = NOW;
    for attempt in 1..=3 {
        let report = run_due(&store, &handlers, "w", now).await.unwrap();
        assert_eq!(report.retried, 1, "attempt {attempt}");
        let job = record(&store, id).await;
        assert_eq!((job.state, job.attempts), (JobState::Pending, attempt));
        assert_eq!(
            job.last_error.as_deref(),
            Some("the mail relay is unavailable")
        );
        assert_eq!(
            job.run_at,
            now + retry_delay_secs(attempt),
            "a growing delay"
        );
        // Not before its time.
        let early = run_due(&store, &handlers, "w", job.run_at - 1)
            .await
            .unwrap();
        assert_eq!(early.total(), 0);
        now = job.run_at;
    }
    relay.recover();
    let report = run_due(&store, &handlers, "w", now).await.unwrap();
    assert_eq!(report.done, 1);
    assert_eq!(subjects(dir.path()), vec!["Message 1"]);
    let job = record(&store, id).await;
    assert_eq!((job.state, job.attempts), (JobState::Done, 4));
}

async fn mail_that_never_goes_through_is_failed_visibly_until_retried_by_hand(store: Store) {
    let dir = tempfile::tempdir().unwrap();
    let (mailer, relay) = mail::Mailer::switchable(mail::Mailer::outbox(dir.path(), "b@b.test"));
    let handlers = Handlers::new(Arc::new(mailer));
    relay.fail();
    let job = Job::Mail(message(1));
    let id = queue(&store, &job, NOW).await;
    let mut now = NOW;
    for _ in 0..job.max_attempts() {
        run_due(&store, &handlers, "w", now).await.unwrap();
        now += store::MAX_RETRY_DELAY_SECS;
    }
    let failed = store
        .jobs(&JobFilter {
            state: Some(JobState::Failed),
            ..JobFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].id, id);
    assert_eq!(failed[0].attempts, job.max_attempts());
    assert_eq!(
        failed[0].last_error.as_deref(),
        Some("the mail relay is unavailable")
    );
    assert_eq!(
        Job::decode(&failed[0].kind, &failed[0].payload).unwrap(),
        job,
        "what would have been sent is there to read"
    );
    assert_eq!(
        run_due(&store, &handlers, "w", now + 86_400)
            .await
            .unwrap()
            .total(),
        0
    );

    relay.recover();
    let who = Actorship {
        id: None,
        email: "secretariat@example.org",
    };
    assert!(store.retry_job(id, who, now).await.unwrap());
    assert_eq!(run_due(&store, &handlers, "w", now).await.unwrap().done, 1);
    assert_eq!(subjects(dir.path()), vec!["Message 1"]);
    assert_eq!(store.job_counts().await.unwrap().failed, 0);
}

async fn a_payload_that_does_not_parse_fails_at_once_and_an_unknown_kind_waits(store: Store) {
    let dir = tempfile::tempdir().unwrap();
    let handlers = Handlers::new(outbox(dir.path()));
    let bad = serde_json::json!({"to": 7});
    let future_kind = serde_json::json!({"registration": 1});
    let mut ids = Vec::new();
    for (kind, payload) in [("mail", &bad), ("send_fax", &future_kind)] {
        ids.push(
            store
                .enqueue_job(
                    &NewJob {
                        kind,
                        payload,
                        run_at: NOW,
                        max_attempts: 5,
                    },
                    NOW,
                )
                .await
                .unwrap(),
        );
    }
    let report = run_due(&store, &handlers, "w", NOW).await.unwrap();
    assert_eq!((report.failed, report.retried), (1, 1));
    let bad = record(&store, ids[0]).await;
    assert_eq!((bad.state, bad.attempts), (JobState::Failed, 1));
    assert!(bad.last_error.unwrap_or_default().contains("payload"));
    let unknown = record(&store, ids[1]).await;
    assert_eq!(
        unknown.state,
        JobState::Pending,
        "left for a node that knows it"
    );
    assert!(unknown.last_error.unwrap_or_default().contains("send_fax"));
}

async fn the_worker_runs_a_woken_job_at_once_and_others_on_its_poll(store: Store) {
    let dir = tempfile::tempdir().unwrap();
    let wake = Wake::new();
    let clock = Clock::fixed(NOW);
    let worker = Worker::new(
        store.clone(),
        Handlers::new(outbox(dir.path())),
        wake.clone(),
        clock.clone(),
    )
    .with_config(WorkerConfig {
        poll_interval: Duration::from_secs(3600),
        ..WorkerConfig::default()
    })
    .spawn();
    // Let the worker find nothing and settle into its wait.
    tokio::time::sleep(Duration::from_millis(200)).await;
    // Queued here and woken: sent long before the hour's poll.
    submit(&store, &wake, &Job::Mail(message(1)), NOW, NOW)
        .await
        .unwrap();
    until_done(&store, 1).await;
    assert_eq!(subjects(dir.path()), vec!["Message 1"]);
    // Queued through another node's Wake (so nobody wakes this worker):
    // it stays queued until the poll.
    let elsewhere = Wake::new();
    submit(&store, &elsewhere, &Job::Mail(message(2)), NOW, NOW)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(store.job_counts().await.unwrap().pending, 1);
    worker.stop().await;

    let polling = Worker::new(
        store.clone(),
        Handlers::new(outbox(dir.path())),
        Wake::new(),
        clock.clone(),
    )
    .with_config(WorkerConfig {
        poll_interval: Duration::from_millis(50),
        ..WorkerConfig::default()
    })
    .spawn();
    until_done(&store, 2).await;
    // A job for later: run once the clock reaches it, found by the poll.
    queue(&store, &Job::Mail(message(3)), NOW + 600).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(store.job_counts().await.unwrap().done, 2);
    clock.advance(600);
    until_done(&store, 3).await;
    polling.stop().await;
    assert_eq!(
        subjects(dir.path()),
        vec!["Message 1", "Message 2", "Message 3"]
    );
}

async fn a_stopped_worker_runs_nothing_more(store: Store) {
    let dir = tempfile::tempdir().unwrap();
    let wake = Wake::new();
    let worker = Worker::new(
        store.clone(),
        Handlers::new(outbox(dir.path())),
        wake.clone(),
        Clock::fixed(NOW),
    )
    .with_config(WorkerConfig {
        poll_interval: Duration::from_millis(20),
        ..WorkerConfig::default()
    })
    .spawn();
    tokio::time::timeout(Duration::from_secs(5), worker.stop())
        .await
        .expect("the worker stops promptly");
    submit(&store, &wake, &Job::Mail(message(1)), NOW, NOW)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(subjects(dir.path()).is_empty());
    assert_eq!(store.job_counts().await.unwrap().pending, 1);
}

/// Two workers, each on its own pool (as two `serve` processes on one
/// database), a thousand queued messages: each is sent exactly once.
async fn two_workers_on_two_pools_send_a_thousand_mails_each_exactly_once(location: Location) {
    let a = Store::open(&location).await.unwrap();
    let b = Store::open(&location).await.unwrap();
    let mut tx = a.begin_write().await.unwrap();
    for n in 0..1000 {
        enqueue(&mut tx, &Job::Mail(message(n)), NOW, NOW)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    let outboxes = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let mut workers = Vec::new();
    for (store, dir) in [(&a, &outboxes[0]), (&b, &outboxes[1])] {
        let wake = Wake::new();
        workers.push(
            Worker::new(
                store.clone(),
                Handlers::new(outbox(dir.path())),
                wake.clone(),
                Clock::fixed(NOW),
            )
            .with_config(WorkerConfig {
                poll_interval: Duration::from_millis(50),
                batch: 8,
                ..WorkerConfig::default()
            })
            .spawn(),
        );
        wake.wake();
    }
    until_done(&a, 1000).await;
    for worker in workers {
        worker.stop().await;
    }
    let mut sent: HashMap<String, u32> = HashMap::new();
    let mut per_worker = Vec::new();
    for dir in &outboxes {
        let subjects = subjects(dir.path());
        per_worker.push(subjects.len());
        for s in subjects {
            *sent.entry(s).or_default() += 1;
        }
    }
    assert_eq!(sent.len(), 1000, "every message sent");
    let twice: Vec<_> = sent.iter().filter(|(_, n)| **n != 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    assert!(
        per_worker.iter().all(|n| *n > 0),
        "both workers sent some: {per_worker:?}"
    );
    let counts = b.job_counts().await.unwrap();
    assert_eq!(
        (counts.done, counts.pending, counts.running, counts.failed),
        (1000, 0, 0, 0)
    );
    a.close().await;
    b.close().await;
}

store::on_both_backends!(
    mail_is_sent_once_it_commits_and_never_again,
    a_job_for_later_waits_for_its_time,
    mail_while_the_relay_is_down_is_retried_and_sent_when_it_recovers,
    mail_that_never_goes_through_is_failed_visibly_until_retried_by_hand,
    a_payload_that_does_not_parse_fails_at_once_and_an_unknown_kind_waits,
    the_worker_runs_a_woken_job_at_once_and_others_on_its_poll,
    a_stopped_worker_runs_nothing_more,
);

store::on_both_backends!(locations: two_workers_on_two_pools_send_a_thousand_mails_each_exactly_once);
