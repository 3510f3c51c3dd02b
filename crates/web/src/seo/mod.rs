//! `/sitemap.xml`: a sitemap index over the static pages (with their
//! language alternates), every record, 50,000 addresses a file, and every
//! news story in each of its translations (alternates to the others).

use crate::http::cards::article_url;
use crate::http::views::{origin, record_url};
use crate::{AppError, AppState};
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

/// The sitemaps protocol's limit of addresses per file.
const PER_FILE: u32 = 50_000;
/// Stories per news sitemap: each has up to nine addresses (one a language).
const ARTICLES_PER_FILE: u32 = PER_FILE / 9;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sitemap.xml", get(index))
        .route("/sitemaps/pages.xml", get(pages))
        .route("/sitemaps/{file}", get(records_or_news))
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
    let news_files = state
        .store()
        .article_count()
        .await?
        .div_ceil(u64::from(ARTICLES_PER_FILE));
    for n in 0..news_files {
        body.push_str(&format!(
            "<sitemap><loc>{origin}/sitemaps/news-{n}.xml</loc></sitemap>\n"
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
    let sections = [
        "/",
        "/organizations",
        "/people",
        "/places",
        "/countries",
        "/news",
    ];
    // The pages about the platform (`crate::about`).
    let about = ["/about", "/contact", "/privacy", "/terms", "/accessibility"];
    for path in sections.into_iter().chain(about) {
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

async fn records_or_news(
    state: State<AppState>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    if let Some(n) = file
        .strip_prefix("news-")
        .and_then(|f| f.strip_suffix(".xml"))
    {
        let n = n.parse().map_err(|_| not_found())?;
        return news(state, headers, n).await;
    }
    records(state, headers, file).await
}

fn not_found() -> AppError {
    AppError::NotFound("There is no such sitemap.".into())
}

/// Every translation of every story in a slice, each listing the others as
/// its alternates (the sitemaps way of saying hreflang).
async fn news(
    State(state): State<AppState>,
    headers: HeaderMap,
    n: u64,
) -> Result<Response, AppError> {
    let articles = state
        .store()
        .articles_slice(
            n.saturating_mul(u64::from(ARTICLES_PER_FILE)),
            ARTICLES_PER_FILE,
        )
        .await?;
    if articles.is_empty() {
        return Err(not_found());
    }
    let origin = origin(&headers);
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for a in &articles {
        // Article ids are slugs: nothing to escape.
        let path = article_url(&a.id);
        for lang in a.langs() {
            body.push_str(&format!(
                "<url><loc>{origin}/{lang}{path}</loc><lastmod>{}</lastmod>",
                a.updated.rfc3339()
            ));
            for alt in a.langs() {
                body.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{alt}\" href=\"{origin}/{alt}{path}\"/>"
                ));
            }
            body.push_str("</url>\n");
        }
    }
    body.push_str("</urlset>\n");
    Ok(xml(body))
}

async fn records(
    State(state): State<AppState>,
    headers: HeaderMap,
    file: String,
) -> Result<Response, AppError> {
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
