//! Birlik's HTTP face: server-rendered pages that work without JavaScript,
//! the JSON API (`/api/v1`) and its generated OpenAPI document.
//!
//! Handlers are thin: they parse the request into domain types, ask the
//! store or the search index, and render. Errors go through [`AppError`].

mod api;
mod error;
mod i18n;
mod order;
mod pages;
mod params;
mod read_model;
mod sitemap;
mod views;

pub use api::to_search_kind;
pub use error::{AppError, ErrorInfo};
pub use order::DirectoryOrder;
pub use read_model::{
    DirectoryCounts, ReadModel, ReadModelBuilder, follow_changes, search_doc, settle_order,
};

use askama::Template;
use axum::Router;
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use domain::{CountryCode, KindCounts, Network};
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use store::Store;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Longest query string accepted; longer ones get 414 before any handler runs.
pub const MAX_QUERY_BYTES: usize = 4096;
const MAX_BODY_BYTES: usize = 1024 * 1024;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// What every handler can reach; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    read: Arc<RwLock<ReadModel>>,
}

/// Directory-wide figures for the home and country pages.
pub(crate) struct Stats {
    pub network: Option<Network>,
    pub by_country: BTreeMap<CountryCode, KindCounts>,
    pub totals: KindCounts,
}

impl AppState {
    pub fn new(store: Store, read: Arc<RwLock<ReadModel>>) -> Self {
        Self {
            inner: Arc::new(Inner { store, read }),
        }
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
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

    pub(crate) fn count(&self, filter: &store::ListFilter) -> u64 {
        self.read().counts.get(filter)
    }
}

/// The whole application: pages (under `/{lang}` too), API, OpenAPI
/// document, health check, assets.
pub fn router(state: AppState) -> Router {
    let (api_routes, openapi) = api::routes().split_for_parts();
    let openapi = Arc::new(openapi);
    let app = Router::new()
        .merge(pages::routes())
        .merge(sitemap::routes())
        .merge(api_routes)
        .route(
            "/api/openapi.json",
            get(move || {
                let doc = openapi.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .route("/healthz", get(|| async { "ok" }))
        .route("/static/birlik.css", get(stylesheet))
        .fallback(not_found)
        .with_state(state);
    // The outer router only wraps: `harden` strips the language prefix
    // before the inner router matches the path.
    Router::new()
        .fallback_service(app)
        .layer(middleware::from_fn(harden))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
}

/// The OpenAPI document, for tests and for `birlik` to print.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api::routes().split_for_parts().1
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/birlik.css"),
    )
}

async fn not_found() -> AppError {
    AppError::NotFound("There is no page at this address.".into())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: views::Chrome,
    title_key: &'static str,
    message: &'a str,
}

fn error_title_key(status: StatusCode) -> &'static str {
    match status.as_u16() {
        404 => "error-title-404",
        414 => "error-title-414",
        400..=499 => "error-title-400",
        _ => "error-title-500",
    }
}

/// Reads the interface language (stripping a `/{lang}` prefix), refuses
/// oversized addresses, renders errors as pages outside the API in the
/// visitor's language, and sets the headers every response carries.
async fn harden(mut request: Request, next: Next) -> Response {
    let accept = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let (locale, rest) = i18n::Locale::from_request(request.uri().path(), accept);
    if let Some(rest) = rest {
        let query = request
            .uri()
            .query()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        if let Ok(uri) = format!("{rest}{query}").parse() {
            *request.uri_mut() = uri;
        }
    }
    request.extensions_mut().insert(locale);
    let here = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".into());
    let is_api = request.uri().path().starts_with("/api/");
    let too_long = request
        .uri()
        .query()
        .is_some_and(|q| q.len() > MAX_QUERY_BYTES);
    let mut response = if too_long {
        AppError::UriTooLong(MAX_QUERY_BYTES).into_response()
    } else {
        next.run(request).await
    };
    if !is_api && let Some(info) = response.extensions().get::<ErrorInfo>().cloned() {
        let page = ErrorPage {
            chrome: views::Chrome::new(locale, &here),
            title_key: error_title_key(info.status),
            message: &info.message,
        };
        if let Ok(html) = page.render() {
            response = (info.status, Html(html)).into_response();
        }
    }
    let headers = response.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name, value: &'static str| {
        h.insert(name, HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(
        headers,
        header::REFERRER_POLICY,
        "strict-origin-when-cross-origin",
    );
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    if !is_api {
        set(headers, header::CONTENT_LANGUAGE, locale.lang);
        if !locale.prefixed {
            // The same address answers in the language the browser asks for.
            set(headers, header::VARY, "Accept-Language");
        }
    }
    response
}
