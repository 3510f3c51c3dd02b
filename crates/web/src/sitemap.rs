//! `/sitemap.xml`: a sitemap index over the static pages (with their
//! language alternates) and every record, 50,000 addresses a file.

use crate::views::record_url;
use crate::{AppError, AppState};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The sitemaps protocol's limit of addresses per file.
const PER_FILE: u32 = 50_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sitemap.xml", get(index))
        .route("/sitemaps/pages.xml", get(pages))
        .route("/sitemaps/{file}", get(records))
        .route("/robots.txt", get(robots))
}

async fn robots(headers: HeaderMap) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!(
            "User-agent: *\nDisallow: /api/\nSitemap: {}/sitemap.xml\n",
            origin(&headers)
        ),
    )
        .into_response()
}

/// The site's origin as the client reached it. Sitemaps need absolute
/// addresses; behind a proxy, the proxy must pass the public Host.
fn origin(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
    {
        Some("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{host}")
}

fn xml(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn index(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    let origin = origin(&headers);
    let files = state.store().total().await?.div_ceil(u64::from(PER_FILE));
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    body.push_str(&format!(
        "<sitemap><loc>{origin}/sitemaps/pages.xml</loc></sitemap>\n"
    ));
    for n in 0..files {
        body.push_str(&format!(
            "<sitemap><loc>{origin}/sitemaps/records-{n}.xml</loc></sitemap>\n"
        ));
    }
    body.push_str("</sitemapindex>\n");
    Ok(xml(body))
}

async fn pages(headers: HeaderMap) -> Response {
    let origin = origin(&headers);
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for path in ["/", "/organizations", "/people", "/places", "/countries"] {
        for lang in domain::UI_LANGS {
            body.push_str(&format!("<url><loc>{origin}/{lang}{path}</loc>"));
            for alt in domain::UI_LANGS {
                body.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{origin}/{alt}{path}\"/>"
                ));
            }
            body.push_str("</url>\n");
        }
    }
    body.push_str("</urlset>\n");
    xml(body)
}

async fn records(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let not_found = || AppError::NotFound("There is no such sitemap.".into());
    let n: u64 = file
        .strip_prefix("records-")
        .and_then(|f| f.strip_suffix(".xml"))
        .and_then(|n| n.parse().ok())
        .ok_or_else(not_found)?;
    let ids = state
        .store()
        .ids_slice(n.saturating_mul(u64::from(PER_FILE)), PER_FILE)
        .await?;
    if ids.is_empty() {
        return Err(not_found());
    }
    let origin = origin(&headers);
    let mut body = String::with_capacity(ids.len() * 80);
    body.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (kind, id) in ids {
        // Ids are URL-safe once encoded, and hold no XML specials.
        body.push_str(&format!(
            "<url><loc>{origin}{}</loc></url>\n",
            record_url(kind, id.as_str())
        ));
    }
    body.push_str("</urlset>\n");
    Ok(xml(body))
}
