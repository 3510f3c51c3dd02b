//! The layers around the application: language prefix, tracking
//! parameters, oversized and non-UTF-8 addresses, panics and timeouts, error
//! pages in the visitor's language, and the headers every response carries.

use crate::AppState;
use crate::http::error::{AppError, ErrorInfo};
use crate::http::{i18n, params, views};
use askama::Template;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Longest query string accepted; longer ones get 414 before any handler runs.
pub const MAX_QUERY_BYTES: usize = 4096;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The layers around the application. The outer router only wraps:
/// `harden` strips the language prefix before the inner router matches.
pub fn wrap(app: Router, hardening: AppState, largest_body: usize) -> Router {
    Router::new()
        .fallback_service(app)
        // The largest body anything accepts (an application with its
        // evidence); extractors hold other routes to MAX_BODY_BYTES.
        .layer(RequestBodyLimitLayer::new(largest_body))
        // A handler's panic and a request past its time answer bare 500 and
        // 503; inside `harden`, like the body limit, so those answers too get
        // the error shape and the headers.
        .layer(CatchPanicLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn_with_state(hardening, harden))
        // For a panic in `harden` itself.
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
}

/// The span every request's log lines belong to, as tower_http's default
/// one but with secrets in the query string redacted.
fn request_span(request: &Request) -> tracing::Span {
    tracing::debug_span!(
        "request",
        method = %request.method(),
        uri = %params::redacted(request.uri()),
        version = ?request.version(),
    )
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/birlik.css"),
    )
}

/// Keeps a form's typed values in the tab across a language switch or a
/// sign-in (progressive: forms work without it).
pub async fn drafts_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/drafts.js"),
    )
}

/// Keeps the check-in page's attendance count live (progressive).
pub async fn attendance_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../static/attendance.js"),
    )
}

/// How long browsers may keep the icon: it changes with a release, if ever.
const ICON_CACHE: &str = "public, max-age=2592000, immutable";

/// The site's icon, an SVG: at `/favicon.svg`, linked from every page, and
/// at `/favicon.ico`, which browsers and crawlers ask for on their own
/// (every current browser draws an SVG whatever the address says).
pub async fn favicon() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, ICON_CACHE),
        ],
        include_str!("../../static/favicon.svg"),
    )
}

pub async fn not_found() -> AppError {
    AppError::NotFound("There is no page at this address.".into())
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: views::Chrome,
    title_key: &'static str,
    message: &'a str,
}

/// The error page's text: the refusal's kind by its code, then each
/// problem the domain found, field by field.
fn error_detail(chrome: &views::Chrome, info: &ErrorInfo) -> String {
    let mut text = if crate::http::error::ERROR_CODES.contains(&info.code) {
        chrome.t(&format!("error-detail-{}", info.code.replace('_', "-")))
    } else {
        chrome.t("error-detail-other")
    };
    for p in &info.problems {
        text.push_str(&format!(
            " {} — {}.",
            p.field,
            i18n::problem(chrome.lang, &p.problem)
        ));
    }
    text
}

fn error_title_key(status: StatusCode) -> &'static str {
    match status.as_u16() {
        404 => "error-title-404",
        414 => "error-title-414",
        400..=499 => "error-title-400",
        _ => "error-title-500",
    }
}

/// Reads the interface language (stripping a `/{lang}` prefix), drops
/// tracking parameters, refuses oversized addresses, gives refusals made
/// beneath the handlers the error shape, renders errors as pages outside the
/// API in the visitor's language, and sets the headers every response carries.
async fn harden(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let accept = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let (locale, rest) = i18n::Locale::from_request(request.uri().path(), accept);
    let original_query = request.uri().query().unwrap_or("").to_owned();
    let too_long = original_query.len() > MAX_QUERY_BYTES;
    // Shared links carry campaign parameters; every route ignores them,
    // here, rather than each refusing them as unknown.
    let untracked = request
        .uri()
        .query()
        .filter(|_| !too_long)
        .and_then(params::without_tracking);
    if rest.is_some() || untracked.is_some() {
        let path = rest.as_deref().unwrap_or(request.uri().path());
        let query = untracked
            .as_deref()
            .or(request.uri().query())
            .filter(|q| !q.is_empty())
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        if let Ok(uri) = format!("{path}{query}").parse() {
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
    // Every query string, whoever reads it (the API's parameters, the
    // forms' `next` and tokens, the audit filters), is UTF-8 or refused.
    let not_utf8 = !too_long && !params::percent_decodes_to_utf8(original_query.as_bytes());
    let mut response = if too_long {
        AppError::UriTooLong(MAX_QUERY_BYTES).into_response()
    } else if not_utf8 {
        AppError::bad_request(
            "invalid_parameter",
            "the query string is not valid UTF-8 once percent-decoded",
        )
        .into_response()
    } else {
        next.run(request).await
    };
    if response.extensions().get::<ErrorInfo>().is_none()
        && let Some(error) = AppError::from_bare_refusal(response.status())
    {
        response = rebody(response, error.into_response());
    }
    if !is_api
        && response
            .extensions()
            .get::<ErrorInfo>()
            .is_some_and(|i| i.status == StatusCode::UNAUTHORIZED)
    {
        // A page that needs an account sends the visitor to sign in, and back.
        let chrome = views::Chrome::new(locale, &here);
        let next = params::encode(&chrome.local(&here));
        response = chrome
            .redirect(&format!("/login?next={next}"))
            .into_response();
    } else if !is_api && let Some(info) = response.extensions().get::<ErrorInfo>().cloned() {
        let chrome = views::Chrome::new(locale, &here);
        // Said in the visitor's language: what kind of refusal it is, and
        // what was wrong with the input; the English detail is the API's.
        let localized = error_detail(&chrome, &info);
        let page = ErrorPage {
            chrome,
            title_key: error_title_key(info.status),
            message: &localized,
        };
        if let Ok(html) = page.render() {
            response = rebody(response, (info.status, Html(html)).into_response());
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
    if state.config().public_url.starts_with("https://") {
        // Served over TLS: browsers are to come back over TLS only.
        set(
            headers,
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        );
    }
    if !is_api {
        set(headers, header::CONTENT_LANGUAGE, locale.lang);
        if !locale.prefixed {
            // The same address answers in the language the browser asks for.
            set(headers, header::VARY, "Accept-Language");
        }
    }
    response
}

/// `replacement`'s status, body and extensions under the headers `original`
/// already had (`Allow`, `Retry-After`, `Cache-Control`, cookies) but for
/// those describing its old body.
fn rebody(original: Response, replacement: Response) -> Response {
    let (mut parts, _) = original.into_parts();
    let (new, body) = replacement.into_parts();
    parts.status = new.status;
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_TYPE);
    // Names `new` has replace the old values.
    parts.headers.extend(new.headers);
    parts.extensions.extend(new.extensions);
    Response::from_parts(parts, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WebConfig;
    use app::readmodel::ReadModel;
    use axum::body::Body;
    use axum::routing::get;
    use std::sync::{Arc, RwLock};
    use store::Store;
    use tower::ServiceExt;

    #[tokio::test]
    async fn a_panicking_handler_answers_in_the_error_shape_with_the_headers() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&store::Location::Dir(dir.path().to_owned()))
            .await
            .unwrap();
        let read = Arc::new(RwLock::new(ReadModel::build(&[])));
        let config = WebConfig::for_data_dir(dir.path(), "http://localhost");
        let state = AppState::new(store, read, config).await.unwrap();
        let boom = || async {
            if true {
                panic!("boom");
            }
            "never"
        };
        let app = Router::new()
            .route("/api/v1/kaput", get(boom))
            .route("/kaput", get(boom));
        let wrapped = wrap(app, state, 1 << 20);
        for (uri, kind) in [
            ("/api/v1/kaput", "application/json"),
            ("/kaput", "text/html"),
        ] {
            let response = wrapped
                .clone()
                .oneshot(Request::get(uri).body(Body::empty()).unwrap())
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
            let headers = response.headers();
            assert!(
                headers[header::CONTENT_TYPE]
                    .to_str()
                    .unwrap()
                    .starts_with(kind),
                "{uri}"
            );
            assert!(
                headers.contains_key(header::CONTENT_SECURITY_POLICY),
                "{uri}"
            );
            let body = axum::body::to_bytes(response.into_body(), 1 << 20)
                .await
                .unwrap();
            let body = String::from_utf8_lossy(&body);
            assert!(
                !body.contains("boom"),
                "the panic's text stays in the log: {body}"
            );
        }
    }

    #[test]
    fn a_request_past_its_time_is_an_error_of_ours_with_a_message() {
        let e = AppError::from_bare_refusal(StatusCode::SERVICE_UNAVAILABLE).unwrap();
        assert_eq!(e.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(e.code(), "unavailable");
    }
}
