//! Birlik's use cases, one module per feature. Each is a plain async
//! function taking the [`App`], the caller ([`SignedIn`], if anyone) and
//! typed input; it asks `domain::authorize`, writes through the store,
//! queues the jobs the change causes (mail) and returns a typed result or
//! an [`Error`]. Pages, the JSON API, the CLI and the background worker call
//! the same functions; nothing here knows HTTP or HTML.

pub mod accounts;
pub mod admin;
mod clock;
pub mod directory;
mod error;
pub mod events;
pub mod jobs;
pub mod letters;
pub mod meetings;
pub mod news;
pub mod partners;
pub mod readmodel;
pub mod review;
pub mod secrets;
pub mod statistics;

pub use accounts::SignedIn;
pub use clock::Clock;
pub use error::{Error, Result};
pub use jobs::Mailbag;

use readmodel::ReadModel;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock, RwLockReadGuard};
use store::Store;

/// What every use case works with; cheap to clone.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    read: Arc<RwLock<ReadModel>>,
    clock: Clock,
    /// The address people reach the site at, for links in mail
    /// (`https://…`, no trailing slash).
    public_url: String,
    mailer: Arc<mail::Mailer>,
    /// Tells this process's job worker that jobs were committed.
    wake: jobs::Wake,
    /// Work a request started and does not wait for.
    background: Background,
    /// Registrations, committed in groups (started on first use).
    registrar: std::sync::OnceLock<events::registrar_handle::Handle>,
    /// Offers and needs in memory for suggestions (loaded on first use),
    /// and the lock that lets one request at a time bring it up to date.
    market: RwLock<Option<partners::market::Market>>,
    market_refresh: tokio::sync::Mutex<()>,
}

/// Counts detached tasks so tests (and shutdown) can wait for them.
#[derive(Default)]
struct Background {
    running: AtomicUsize,
    idle: tokio::sync::Notify,
}

impl App {
    pub fn new(
        store: Store,
        read: Arc<RwLock<ReadModel>>,
        public_url: &str,
        mailer: Arc<mail::Mailer>,
    ) -> Self {
        Self::with_clock(store, read, public_url, mailer, Clock::system())
    }

    /// As [`App::new`], on `clock` (tests: [`Clock::fixed`]).
    pub fn with_clock(
        store: Store,
        read: Arc<RwLock<ReadModel>>,
        public_url: &str,
        mailer: Arc<mail::Mailer>,
        clock: Clock,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                store,
                read,
                clock,
                public_url: public_url.trim_end_matches('/').to_owned(),
                mailer,
                wake: jobs::Wake::new(),
                background: Background::default(),
                registrar: std::sync::OnceLock::new(),
                market: RwLock::new(None),
                market_refresh: tokio::sync::Mutex::new(()),
            }),
        }
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub(crate) fn market(&self) -> &RwLock<Option<partners::market::Market>> {
        &self.inner.market
    }

    pub(crate) fn market_refresh(&self) -> &tokio::sync::Mutex<()> {
        &self.inner.market_refresh
    }

    pub fn clock(&self) -> &Clock {
        &self.inner.clock
    }

    /// Now, in Unix seconds, by the one clock (tests move it).
    pub fn now(&self) -> i64 {
        self.inner.clock.now()
    }

    pub fn public_url(&self) -> &str {
        &self.inner.public_url
    }

    pub fn mailer(&self) -> &Arc<mail::Mailer> {
        &self.inner.mailer
    }

    /// Wakes this process's worker (after a commit that queued jobs).
    pub fn wake(&self) -> &jobs::Wake {
        &self.inner.wake
    }

    /// The worker that runs this process's jobs (mail), on the same clock.
    pub fn worker(&self) -> jobs::Worker {
        jobs::Worker::new(
            self.store().clone(),
            self.handlers(),
            self.wake().clone(),
            self.clock().clone(),
        )
    }

    /// Runs every job due now, here (tests and the CLI).
    pub async fn run_due_jobs(&self) -> Result<jobs::RunReport> {
        let handlers = self.handlers();
        Ok(jobs::run_due(self.store(), &handlers, &jobs::worker_name(), self.now()).await?)
    }

    /// What runs this process's jobs: mail, and the forums' timed work.
    pub fn handlers(&self) -> jobs::Handlers {
        jobs::Handlers::new(self.mailer().clone()).with_store(
            self.store().clone(),
            self.public_url(),
            self.wake().clone(),
        )
    }

    /// The registration queue of this process.
    pub(crate) fn registrar(&self) -> &events::registrar_handle::Handle {
        self.inner.registrar.get_or_init(|| {
            events::registrar_handle::Handle::start(
                self.store().clone(),
                self.clock().clone(),
                self.public_url().to_owned(),
                self.wake().clone(),
            )
        })
    }

    /// Queues `messages` in a transaction of their own and wakes the worker.
    pub async fn submit_mail(&self, messages: Vec<mail::Message>) -> Result<()> {
        let mut tx = self.store().begin_write().await?;
        let now = self.now();
        for message in messages {
            jobs::enqueue(&mut tx, &jobs::Job::Mail(message), now, now).await?;
        }
        tx.commit().await?;
        self.wake().wake();
        Ok(())
    }

    /// The search index and counts. A panic while holding the lock cannot
    /// leave them half-written (writers replace whole records), so a
    /// poisoned lock is still usable.
    pub fn read(&self) -> RwLockReadGuard<'_, ReadModel> {
        self.inner
            .read
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Shows a record this node just wrote at once (the change stream
    /// brings it to the other nodes, and again here, harmlessly).
    pub fn apply_local(&self, record: &domain::Record) {
        self.inner
            .read
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .apply(record);
    }
}

impl App {
    /// Runs `work` after the answer, never delaying it or failing it: the
    /// answer must not depend on the mail server (or tell, by its timing,
    /// that there was anything to do). Failures are logged.
    pub fn in_background<F>(&self, what: &'static str, work: F)
    where
        F: std::future::Future<Output = Result<()>> + Send + 'static,
    {
        let app = self.clone();
        app.inner.background.running.fetch_add(1, Ordering::SeqCst);
        tokio::spawn(async move {
            if let Err(e) = work.await {
                tracing::warn!(error = %e, "{what} failed");
            }
            let background = &app.inner.background;
            if background.running.fetch_sub(1, Ordering::SeqCst) == 1 {
                background.idle.notify_waiters();
            }
        });
    }

    /// Waits until every background task started so far has finished.
    pub async fn background_settled(&self) {
        let background = &self.inner.background;
        loop {
            let idle = background.idle.notified();
            if background.running.load(Ordering::SeqCst) == 0 {
                return;
            }
            idle.await;
        }
    }
}

/// Asks the permission rules for `who`: the one call every write makes.
pub fn authorize<'a>(
    who: Option<&'a SignedIn>,
    action: domain::Action<'_>,
) -> Result<&'a SignedIn> {
    domain::authorize(who.map(|s| &s.actor), action)?;
    who.ok_or(Error::Forbidden(domain::Denied::SignInRequired))
}
