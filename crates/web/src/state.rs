//! What every handler can reach: the store, the read model, the
//! deployment's configuration and keys, and the clock.

use crate::AppError;
use crate::http::auth::{self, CookiePolicy};
use app::readmodel::ReadModel;
use domain::{CountryCode, KindCounts, Network};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};
use store::Store;

/// What every handler can reach; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    read: Arc<RwLock<ReadModel>>,
    config: WebConfig,
    csrf_key: Vec<u8>,
    /// Seconds added to the system clock: tests move time forward with it.
    clock_offset: AtomicI64,
    /// Work a request started and does not wait for (mail).
    background: Background,
}

/// Counts detached tasks so tests (and shutdown) can wait for them.
#[derive(Default)]
struct Background {
    running: std::sync::atomic::AtomicUsize,
    idle: tokio::sync::Notify,
}

/// How this deployment runs: cookies, proxies, where uploads and mail go.
#[derive(Debug)]
pub struct WebConfig {
    pub cookies: CookiePolicy,
    /// Take the client address from the last `X-Forwarded-For` hop (only
    /// behind a reverse proxy that sets it).
    pub trust_forwarded_for: bool,
    /// Uploaded evidence documents, outside any served directory.
    pub uploads_dir: PathBuf,
    pub mailer: mail::Mailer,
    /// The address people reach the site at, for links in mail (`https://…`, no trailing slash).
    pub public_url: String,
}

impl WebConfig {
    /// Defaults for a data directory: uploads in `DIR/uploads`, mail to the
    /// outbox `DIR/outbox`, plain-HTTP cookies.
    pub fn for_data_dir(dir: &Path, public_url: &str) -> Self {
        Self {
            cookies: CookiePolicy {
                secure: public_url.starts_with("https://"),
            },
            trust_forwarded_for: false,
            uploads_dir: dir.join("uploads"),
            mailer: mail::Mailer::outbox(dir.join("outbox"), "Birlik <noreply@birlik.local>"),
            public_url: public_url.trim_end_matches('/').to_owned(),
        }
    }
}

impl AppState {
    /// Loads (or creates) the deployment's CSRF key from the database.
    pub async fn new(
        store: Store,
        read: Arc<RwLock<ReadModel>>,
        config: WebConfig,
    ) -> Result<Self, AppError> {
        let key = store.secret("csrf", &auth::random_token()).await?;
        Ok(Self {
            inner: Arc::new(Inner {
                store,
                read,
                config,
                csrf_key: key.into_bytes(),
                clock_offset: AtomicI64::new(0),
                background: Background::default(),
            }),
        })
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub fn config(&self) -> &WebConfig {
        &self.inner.config
    }

    /// Now, in Unix seconds.
    pub fn now(&self) -> i64 {
        let system = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        system + self.inner.clock_offset.load(Ordering::Relaxed)
    }

    /// Moves this server's clock forward (tests of expiry and rate limits).
    pub fn advance_clock(&self, seconds: i64) {
        self.inner
            .clock_offset
            .fetch_add(seconds, Ordering::Relaxed);
    }

    /// Runs `work` after the answer, never delaying it or failing it: the
    /// answer must not depend on the mail server (or tell, by its timing,
    /// that there was anything to do). Failures are logged.
    pub(crate) fn in_background<F>(&self, what: &'static str, work: F)
    where
        F: std::future::Future<Output = Result<(), AppError>> + Send + 'static,
    {
        let state = self.clone();
        state
            .inner
            .background
            .running
            .fetch_add(1, Ordering::SeqCst);
        tokio::spawn(async move {
            if let Err(e) = work.await {
                tracing::warn!(error = %e, "{what} failed");
            }
            let background = &state.inner.background;
            if background.running.fetch_sub(1, Ordering::SeqCst) == 1 {
                background.idle.notify_waiters();
            }
        });
    }

    /// Sends a message in the background (see [`Self::in_background`]).
    pub(crate) fn send_later(&self, message: mail::Message) {
        let state = self.clone();
        self.in_background("mail", async move {
            state.config().mailer.send(&message).await?;
            Ok(())
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

    pub(crate) fn csrf_token(&self, seed: &str) -> String {
        auth::csrf_token(&self.inner.csrf_key, seed)
    }

    pub(crate) fn device_mark(&self, account_id: i64) -> String {
        auth::device_mark(&self.inner.csrf_key, account_id)
    }

    pub(crate) fn is_known_device(&self, headers: &axum::http::HeaderMap, account_id: i64) -> bool {
        auth::is_known_device(
            &self.inner.csrf_key,
            self.config().cookies,
            headers,
            account_id,
        )
    }

    /// The search index and counts. A panic while holding the lock cannot
    /// leave them half-written (writers replace whole records), so a
    /// poisoned lock is still usable.
    pub(crate) fn read(&self) -> std::sync::RwLockReadGuard<'_, ReadModel> {
        self.inner
            .read
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub(crate) async fn stats(&self) -> Result<Stats, AppError> {
        let network = self.store().network().await?;
        let read = self.read();
        Ok(Stats {
            network,
            by_country: read.counts.by_country(),
            totals: read.counts.totals(),
        })
    }

    /// Shows a record this node just wrote at once (the change stream
    /// brings it to the other nodes, and again here, harmlessly).
    pub(crate) fn apply_local(&self, record: &domain::Record) {
        self.inner
            .read
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .apply(record);
    }

    pub(crate) fn count(&self, filter: &store::ListFilter) -> u64 {
        self.read().counts.get(filter)
    }
}

/// Directory-wide figures for the home and country pages.
pub(crate) struct Stats {
    pub network: Option<Network>,
    pub by_country: BTreeMap<CountryCode, KindCounts>,
    pub totals: KindCounts,
}
