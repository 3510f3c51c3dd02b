//! What every handler can reach: the store, the read model, the
//! deployment's configuration and keys, and the clock.

use crate::AppError;
use crate::http::auth::{self, CookiePolicy};
use app::App;
use app::readmodel::ReadModel;
use domain::{CountryCode, KindCounts, Network};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use store::Store;

/// What every handler can reach; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    app: App,
    config: WebConfig,
    csrf_key: Vec<u8>,
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
    /// Where visitors write to the secretariat (the contact page, the
    /// privacy notice): by default the address the platform's mail comes from.
    pub contact_email: String,
}

/// The address in a mailbox (`Birlik <noreply@birlik.local>` → `noreply@birlik.local`).
pub fn address_of(mailbox: &str) -> String {
    let inner = match (mailbox.rfind('<'), mailbox.rfind('>')) {
        (Some(open), Some(close)) if open < close => &mailbox[open + 1..close],
        _ => mailbox,
    };
    inner.trim().to_owned()
}

/// The sender of the platform's mail unless the deployment says otherwise.
pub const DEFAULT_MAIL_FROM: &str = "Birlik <noreply@birlik.local>";

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
            mailer: mail::Mailer::outbox(dir.join("outbox"), DEFAULT_MAIL_FROM),
            public_url: public_url.trim_end_matches('/').to_owned(),
            contact_email: address_of(DEFAULT_MAIL_FROM),
        }
    }
}

impl AppState {
    /// Loads (or creates) the deployment's CSRF key from the database.
    pub async fn new(
        store: Store,
        read: Arc<RwLock<ReadModel>>,
        mut config: WebConfig,
    ) -> Result<Self, AppError> {
        let key = store.secret("csrf", &auth::random_token()).await?;
        let mailer = std::mem::replace(&mut config.mailer, mail::Mailer::outbox("", ""));
        let app = App::new(store, read, &config.public_url, Arc::new(mailer));
        Ok(Self {
            inner: Arc::new(Inner {
                app,
                config,
                csrf_key: key.into_bytes(),
            }),
        })
    }

    /// The use cases, with the store, the read model and the clock.
    pub fn app(&self) -> &App {
        &self.inner.app
    }

    pub fn store(&self) -> &Store {
        self.inner.app.store()
    }

    pub fn config(&self) -> &WebConfig {
        &self.inner.config
    }

    /// Now, in Unix seconds, by the one clock.
    pub fn now(&self) -> i64 {
        self.inner.app.now()
    }

    /// Moves this server's clock forward (tests of expiry and rate limits).
    pub fn advance_clock(&self, seconds: i64) {
        self.inner.app.clock().advance(seconds);
    }

    /// Waits until every background task started so far has finished,
    /// then runs every job that is due (tests read the outbox after it).
    pub async fn background_settled(&self) {
        self.inner.app.background_settled().await;
        if let Err(e) = self.inner.app.run_due_jobs().await {
            tracing::warn!(error = %e, "running due jobs");
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

    /// The search index and counts.
    pub(crate) fn read(&self) -> std::sync::RwLockReadGuard<'_, ReadModel> {
        self.inner.app.read()
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

    /// Shows a record this node just wrote at once.
    pub(crate) fn apply_local(&self, record: &domain::Record) {
        self.inner.app.apply_local(record);
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

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_address_out_of_a_mailbox() {
        assert_eq!(
            super::address_of("Birlik <noreply@birlik.local>"),
            "noreply@birlik.local"
        );
        assert_eq!(super::address_of(" ots@example.org "), "ots@example.org");
        assert_eq!(super::address_of("Broken <x"), "Broken <x");
    }
}
