//! Birlik's HTTP face: server-rendered pages that work without JavaScript,
//! the JSON API (`/api/v1`) and its generated OpenAPI document.
//!
//! Handlers are thin: they parse the request into domain types, ask the
//! store or the search index, and render. Errors go through [`AppError`].

mod about;
mod accounts;
mod admin;
mod directory;
mod forums;
mod http;
mod news;
mod partners;
mod review;
mod seo;
mod state;
mod statistics;

pub use http::auth::CookiePolicy;
pub use http::error::{AppError, ErrorInfo};
pub use http::harden::MAX_QUERY_BYTES;
pub use http::i18n::problem as i18n_problem;
pub use review::uploads::sweep as sweep_uploads;
pub(crate) use state::Stats;
pub use state::{AppState, DEFAULT_MAIL_FROM, WebConfig, address_of};

// The parsers of what clients send, public for the fuzz targets in `fuzz/`.
pub use http::forms::{parse_form, text_field};
pub use http::params::{parse_query, redacted, without_tracking};

use axum::Router;
use axum::middleware;
use axum::routing::get;
use std::sync::Arc;

const MAX_BODY_BYTES: usize = 1024 * 1024;

/// The whole application: pages (under `/{lang}` too), API, OpenAPI
/// document, health check, assets.
pub fn router(state: AppState) -> Router {
    let hardening = state.clone();
    let (api_routes, openapi) = api_routes_and_document();
    let openapi = Arc::new(openapi);
    let app = Router::new()
        .merge(directory::routes())
        .merge(about::routes())
        .merge(forums::routes())
        .merge(accounts::routes())
        .merge(review::routes())
        .merge(admin::routes())
        .merge(news::routes())
        .merge(partners::routes())
        .merge(seo::routes())
        .merge(statistics::routes())
        .merge(api_routes)
        .route(
            "/api/openapi.json",
            get(move || {
                let doc = openapi.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .route("/healthz", get(|| async { "ok" }))
        .route("/static/birlik.css", get(http::harden::stylesheet))
        .route("/static/drafts.js", get(http::harden::drafts_script))
        .route(
            "/static/attendance.js",
            get(http::harden::attendance_script),
        )
        .route("/favicon.svg", get(http::harden::favicon))
        .route("/favicon.ico", get(http::harden::favicon))
        .fallback(http::harden::not_found)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            http::auth::authenticate,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state);
    http::harden::wrap(app, hardening, review::MAX_APPLICATION_BYTES)
}

/// The OpenAPI document, for tests and for `birlik` to print.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api_routes_and_document().1
}

/// The API's routes and its OpenAPI document, assembled from each
/// feature's routes, each parameter described precisely
/// ([`http::openapi::refine`]).
fn api_routes_and_document() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut document) =
        utoipa_axum::router::OpenApiRouter::with_openapi(http::openapi::base())
            .merge(directory::api_routes())
            .merge(review::api_routes())
            .merge(news::api_routes())
            .merge(forums::api_routes())
            .merge(statistics::api_routes())
            .split_for_parts();
    http::openapi::refine(&mut document);
    (router, document)
}
