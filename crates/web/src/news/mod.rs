//! News pages (`/news`, `/news/{id}`), the media store's images
//! (`/media/{name}`) and the read-only news API (`/api/v1/news`).
//!
//! A story is shown in the reader's language when it has that translation;
//! otherwise in the nearest one along the interface's fallback chain (else
//! the original), saying so.

use crate::http::cards::{
    NewsItem, article_url, category_key, fallback_note, media_url, shown_translation, tag_label,
};
use crate::http::i18n::{endonym, fallback_chain};
use crate::http::params::{Params, encode, number};
use crate::http::views::{Chrome, SocialPreview, kind_key, name_lang, record_url};

mod feed;
mod newsroom;
use crate::{AppError, AppState};
use askama::Template;
use axum::Json;
use axum::Router;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use domain::{Article, ArticleId, Category, EntityKind, MediaName, Record, Tag, Translation};
use serde::{Deserialize, Serialize};
use store::NewsFilter;
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// Stories on a page of `/news`.
const PAGE_SIZE: u32 = 10;

type Page = Result<Response, AppError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(newsroom::routes())
        .merge(feed::routes())
        .route("/news", get(news_page))
        .route("/news/{id}", get(article_page))
        .route("/media/{name}", get(media))
}

pub fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_news))
        .routes(routes!(get_news))
}

/// A link in a row of choices (categories, languages).
struct Choice {
    label: String,
    url: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "news/news.html")]
struct NewsPage {
    chrome: Chrome,
    categories: Vec<Choice>,
    /// The tag filter's label, empty when unfiltered.
    tag: String,
    unfiltered_url: String,
    items: Vec<NewsItem>,
    first_url: String,
    next_url: String,
}

/// `/news` parameters.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NewsPageQuery {
    category: Option<String>,
    tag: Option<String>,
    after: Option<String>,
}

fn present(raw: &Option<String>) -> Option<&str> {
    raw.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The category and tag filters and the story to continue after.
fn parse_filters(
    category: &Option<String>,
    tag: &Option<String>,
    after: &Option<String>,
) -> Result<(NewsFilter, Option<ArticleId>), AppError> {
    let filter = NewsFilter {
        category: present(category).map(Category::parse).transpose()?,
        tag: present(tag)
            .map(|t| {
                Tag::parse(t).map_err(|e| {
                    AppError::bad_request("invalid_parameter", format!("tag: {}", e.0[0].message()))
                })
            })
            .transpose()?,
        ..NewsFilter::default()
    };
    let after = present(after)
        .map(|a| {
            ArticleId::parse(a).map_err(|e| AppError::bad_request("invalid_cursor", e.to_string()))
        })
        .transpose()?;
    Ok((filter, after))
}

async fn news_page(
    State(state): State<AppState>,
    chrome: Chrome,
    Params(q): Params<NewsPageQuery>,
) -> Page {
    let chrome = chrome.section("news");
    let chrome = chrome.clone().describe(&chrome.t("news-lead"));
    let (filter, after) = parse_filters(&q.category, &q.tag, &q.after)?;
    let articles = state
        .store()
        .news(&filter, after.as_ref(), PAGE_SIZE)
        .await?;
    let url = |category: Option<Category>, tag: Option<&Tag>, after: Option<&ArticleId>| {
        let mut query = Vec::new();
        if let Some(c) = category {
            query.push(format!("category={c}"));
        }
        if let Some(t) = tag {
            query.push(format!("tag={t}"));
        }
        if let Some(a) = after {
            query.push(format!("after={}", encode(a.as_str())));
        }
        if query.is_empty() {
            chrome.href("/news")
        } else {
            chrome.href(&format!("/news?{}", query.join("&")))
        }
    };
    let tag = filter.tag.as_ref();
    let mut categories = vec![Choice {
        label: chrome.t("news-all-categories"),
        url: url(None, tag, None),
        current: filter.category.is_none(),
    }];
    categories.extend(Category::ALL.map(|c| Choice {
        label: chrome.t(category_key(c)),
        url: url(Some(c), tag, None),
        current: filter.category == Some(c),
    }));
    let next_url = match articles.last() {
        Some(last) if articles.len() == PAGE_SIZE as usize => {
            url(filter.category, tag, Some(&last.id))
        }
        _ => String::new(),
    };
    render(NewsPage {
        categories,
        tag: tag.map(|t| tag_label(t, &chrome)).unwrap_or_default(),
        unfiltered_url: url(filter.category, None, None),
        items: NewsItem::list(&articles, &chrome),
        first_url: if after.is_some() {
            url(filter.category, tag, None)
        } else {
            String::new()
        },
        next_url,
        chrome,
    })
}

fn render(t: impl Template) -> Page {
    Ok(Html(t.render()?).into_response())
}

/// An article id from the last path segment.
struct ArticlePath(ArticleId);

impl<S: Send + Sync> FromRequestParts<S> for ArticlePath {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(|e| AppError::bad_request("invalid_id", e.body_text()))?;
        ArticleId::parse(&raw)
            .map(ArticlePath)
            .map_err(|e| AppError::bad_request("invalid_id", e.to_string()))
    }
}

async fn load(state: &AppState, id: &ArticleId) -> Result<Article, AppError> {
    state
        .store()
        .article(id)
        .await?
        .ok_or_else(|| AppError::NotFound(format!("There is no news story with the id {id}.")))
}

/// A record a story mentions, as a link.
struct MentionLink {
    url: String,
    name: String,
    /// The name's language tag, empty when unknown.
    lang: String,
    kind_key: String,
}

/// A translation of the story, as a link.
struct TranslationLink {
    code: &'static str,
    name: &'static str,
    url: String,
    original: bool,
    current: bool,
}

#[derive(Template)]
#[template(path = "news/article.html")]
struct ArticlePage {
    chrome: Chrome,
    /// The newsroom's edit address (shown to the secretariat).
    edit_url: String,
    title: String,
    summary: String,
    body: Vec<String>,
    lang: &'static str,
    note: String,
    date: String,
    datetime: String,
    updated_date: String,
    updated_datetime: String,
    category_key: &'static str,
    category_url: String,
    tags: Vec<Choice>,
    author: String,
    /// The author's name's language: their person record's, else the story's.
    author_lang: String,
    author_url: String,
    cover_url: String,
    cover_alt: String,
    translations: Vec<TranslationLink>,
    mentions: Vec<MentionLink>,
    json_ld: String,
    api_url: String,
}

async fn article_page(
    State(state): State<AppState>,
    chrome: Chrome,
    ArticlePath(id): ArticlePath,
) -> Page {
    let a = load(&state, &id).await?;
    let chain = fallback_chain(chrome.lang);
    let t = shown_translation(&a, chrome.lang);
    let cover_alt = if t.cover_alt.is_empty() {
        t.title.clone()
    } else {
        t.cover_alt.clone()
    };
    let chrome = chrome.section("news").only_in(a.langs().collect());
    // Shared links show the story: its summary (or its opening), its cover.
    let cover_image = a
        .cover
        .as_ref()
        .map(|c| chrome.absolute(&media_url(c)))
        .unwrap_or_default();
    let chrome = chrome
        .canonical_in(t.lang)
        .describe(if t.summary.is_empty() {
            t.body.first().unwrap_or(&t.title)
        } else {
            &t.summary
        })
        .preview(SocialPreview {
            kind: "article",
            title: t.title.clone(),
            image: cover_image,
            image_alt: cover_alt.clone(),
            published: a.published.rfc3339(),
            modified: a.updated.rfc3339(),
        });
    let mut ids: Vec<String> = a.mentions.iter().map(|m| m.to_string()).collect();
    ids.extend(a.author.person.iter().map(|p| p.to_string()));
    let records = state.store().get_many(&ids).await?;
    let mentioned: Vec<&Record> = a
        .mentions
        .iter()
        .filter_map(|m| records.get(m.as_str()))
        .collect();
    let author_url = a
        .author
        .person
        .as_ref()
        .and_then(|p| records.get(p.as_str()))
        .map(|r| chrome.href(&record_url(r.kind, r.id.as_str())))
        .unwrap_or_default();
    let path = article_url(&a.id);
    let json_ld = json_ld(&a, t, &mentioned, &author_url);
    render(ArticlePage {
        edit_url: chrome.href(&format!("/admin/news/{}/edit", a.id)),
        title: t.title.clone(),
        summary: t.summary.clone(),
        body: t.body.clone(),
        lang: t.lang,
        note: fallback_note(t, &chrome),
        date: chrome.date(&a.published.date()),
        datetime: a.published.rfc3339(),
        updated_date: if a.updated == a.published {
            String::new()
        } else {
            chrome.date(&a.updated.date())
        },
        updated_datetime: a.updated.rfc3339(),
        category_key: category_key(a.category),
        category_url: chrome.href(&format!("/news?category={}", a.category)),
        tags: a
            .tags
            .iter()
            .map(|tag| Choice {
                label: tag_label(tag, &chrome),
                url: chrome.href(&format!("/news?tag={tag}")),
                current: false,
            })
            .collect(),
        author: a.author.name.clone(),
        author_lang: a
            .author
            .person
            .as_ref()
            .and_then(|p| records.get(p.as_str()))
            .map(|r| name_lang(r, &a.author.name))
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| t.lang.to_owned()),
        author_url,
        cover_url: a.cover.as_ref().map(media_url).unwrap_or_default(),
        cover_alt,
        translations: a
            .translations
            .iter()
            .map(|x| TranslationLink {
                code: x.lang,
                name: endonym(x.lang),
                url: format!("/{}{path}", x.lang),
                original: x.original,
                current: x.lang == t.lang,
            })
            .collect(),
        mentions: mentioned
            .iter()
            .map(|r| MentionLink {
                url: chrome.href(&record_url(r.kind, r.id.as_str())),
                name: r.name_in(chain).to_owned(),
                lang: name_lang(r, r.name_in(chain)),
                kind_key: kind_key(r.kind),
            })
            .collect(),
        json_ld,
        api_url: format!("/api/v1/news/{}", a.id),
        chrome,
    })
}

/// schema.org `NewsArticle` for a story in one translation, safe to place
/// inside a `<script type="application/ld+json">` block.
fn json_ld(a: &Article, t: &Translation, mentioned: &[&Record], author_url: &str) -> String {
    use serde_json::{Value, json};
    let url = |lang: &str| format!("/{lang}{}", article_url(&a.id));
    let mut author = json!({"@type": "Person", "name": a.author.name});
    if !author_url.is_empty() {
        author["url"] = Value::from(author_url);
    }
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url(t.lang),
        "url": url(t.lang),
        "identifier": a.id.as_str(),
        "headline": t.title,
        "inLanguage": t.lang,
        "datePublished": a.published.rfc3339(),
        "dateModified": a.updated.rfc3339(),
        "articleSection": crate::http::i18n::message(t.lang, category_key(a.category), &[]),
        "author": author,
    });
    if !t.summary.is_empty() {
        doc["description"] = Value::from(t.summary.as_str());
    }
    if !t.body.is_empty() {
        doc["articleBody"] = Value::from(t.body.join("\n\n"));
    }
    if !a.tags.is_empty() {
        doc["keywords"] = json!(a.tags.iter().map(Tag::as_str).collect::<Vec<_>>());
    }
    if let Some(cover) = &a.cover {
        doc["image"] = Value::from(media_url(cover));
    }
    if !mentioned.is_empty() {
        let chain = fallback_chain(t.lang);
        doc["mentions"] = mentioned
            .iter()
            .map(|r| {
                json!({
                    "@type": match r.kind {
                        EntityKind::Organization => "NGO",
                        EntityKind::Person => "Person",
                        EntityKind::Place => "Place",
                    },
                    "@id": record_url(r.kind, r.id.as_str()),
                    "name": r.name_in(chain),
                })
            })
            .collect();
    }
    if t.original {
        let others: Vec<Value> = a
            .translations
            .iter()
            .filter(|x| !x.original)
            .map(|x| json!({"@id": url(x.lang), "inLanguage": x.lang}))
            .collect();
        if !others.is_empty() {
            doc["workTranslation"] = Value::from(others);
        }
    } else {
        doc["translationOfWork"] = json!({"@id": url(a.original().lang)});
    }
    // `<` never appears raw, so no text can close the script block.
    doc.to_string().replace('<', "\\u003c")
}

/// An image of the media store. Only names of the allowed image types are
/// served, with their own type (never sniffed).
async fn media(State(state): State<AppState>, Path(raw): Path<String>) -> Page {
    let not_found = || AppError::NotFound("There is no such image.".into());
    let name = MediaName::parse(&raw).map_err(|_| not_found())?;
    let (_, bytes) = state.store().media(&name).await?.ok_or_else(not_found)?;
    Ok((
        [
            (header::CONTENT_TYPE, name.content_type()),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        bytes,
    )
        .into_response())
}

// ---- JSON API ----

/// One translation of a story.
#[derive(Serialize, ToSchema)]
pub struct TranslationJson {
    /// Language code (one of the platform's nine).
    pub lang: String,
    /// The language the story was written in.
    pub original: bool,
    pub title: String,
    pub summary: String,
    /// Paragraphs of plain text.
    pub body: Vec<String>,
    /// Alt text of the cover image in this language.
    pub cover_alt: String,
}

#[derive(Serialize, ToSchema)]
pub struct AuthorJson {
    pub name: String,
    /// The author's person record, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
}

/// A news story with every translation.
#[derive(Serialize, ToSchema)]
pub struct ArticleJson {
    pub id: String,
    /// `forum`, `network`, `members` or `announcements`.
    pub category: String,
    pub tags: Vec<String>,
    /// RFC 3339, UTC.
    pub published: String,
    /// RFC 3339, UTC.
    pub updated: String,
    pub author: AuthorJson,
    /// Address of the cover image.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover: Option<String>,
    /// Ids of the organizations, people and places the story mentions.
    pub mentions: Vec<String>,
    /// The original first.
    pub translations: Vec<TranslationJson>,
}

impl From<Article> for ArticleJson {
    fn from(a: Article) -> Self {
        Self {
            id: a.id.to_string(),
            category: a.category.as_str().to_owned(),
            tags: a.tags.iter().map(|t| t.to_string()).collect(),
            published: a.published.rfc3339(),
            updated: a.updated.rfc3339(),
            author: AuthorJson {
                name: a.author.name,
                person: a.author.person.map(|p| p.to_string()),
            },
            cover: a.cover.as_ref().map(media_url),
            mentions: a.mentions.iter().map(|m| m.to_string()).collect(),
            translations: a
                .translations
                .into_iter()
                .map(|t| TranslationJson {
                    lang: t.lang.to_owned(),
                    original: t.original,
                    title: t.title,
                    summary: t.summary,
                    body: t.body,
                    cover_alt: t.cover_alt,
                })
                .collect(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct NewsPageJson {
    pub items: Vec<ArticleJson>,
    /// Pass as `after` to get the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct NewsQuery {
    /// Only stories translated into this language (`az`, `en`, `ru` …).
    pub lang: Option<String>,
    /// Only stories in this category: `forum`, `network`, `members` or `announcements`.
    pub category: Option<String>,
    /// Only stories with this tag.
    pub tag: Option<String>,
    /// Continue after the story with this id (the previous page's `next`).
    pub after: Option<String>,
    /// Page size (1–100, default 20).
    pub limit: Option<String>,
}

/// The latest news first, with every translation; filters and keyset paging.
#[utoipa::path(get, path = "/api/v1/news", tag = "news", params(NewsQuery),
    responses((status = 200, body = NewsPageJson), (status = 400, body = crate::http::error::ErrorBody)))]
async fn list_news(
    State(state): State<AppState>,
    Params(q): Params<NewsQuery>,
) -> Result<Json<NewsPageJson>, AppError> {
    let (mut filter, after) = parse_filters(&q.category, &q.tag, &q.after)?;
    filter.lang = match present(&q.lang) {
        None => None,
        Some(l) => Some(
            domain::UI_LANGS
                .iter()
                .copied()
                .find(|x| *x == l)
                .ok_or_else(|| {
                    AppError::bad_request(
                        "invalid_parameter",
                        format!("lang: {l:?} is not one of {}", domain::UI_LANGS.join(", ")),
                    )
                })?,
        ),
    };
    let limit = number("limit", &q.limit, 20, 100)?.max(1);
    let articles = state.store().news(&filter, after.as_ref(), limit).await?;
    let next = (articles.len() == limit as usize)
        .then(|| articles.last().map(|a| a.id.to_string()))
        .flatten();
    Ok(Json(NewsPageJson {
        items: articles.into_iter().map(ArticleJson::from).collect(),
        next,
    }))
}

/// One news story by id, with every translation.
#[utoipa::path(get, path = "/api/v1/news/{id}", tag = "news",
    params(("id" = String, Path, description = "The story's id (a slug)")),
    responses((status = 200, body = ArticleJson), (status = 400, body = crate::http::error::ErrorBody), (status = 404, body = crate::http::error::ErrorBody)))]
async fn get_news(
    State(state): State<AppState>,
    ArticlePath(id): ArticlePath,
) -> Result<Json<ArticleJson>, AppError> {
    Ok(Json(load(&state, &id).await?.into()))
}
