//! The secretariat's newsroom: writing a story as a translation set, and
//! editing it later. A form is held to exactly the rules of the news format
//! (it is turned into an `ArticleInput`), and every save is audited.

use crate::http::auth::{Csrf, Viewer};
use crate::http::cards::{article_url, category_key};
use crate::http::forms::{FormErrors, Posted};
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::{Action, Article, ArticleId, ArticleInput, Category, UI_LANGS};

type Page = Result<Response, AppError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/news/new", get(new_story).post(save_new))
        .route("/admin/news/{id}/edit", get(edit_story).post(save_edit))
}

/// One language's part of the form.
struct TranslationFields {
    lang: &'static str,
    label: String,
    title: String,
    summary: String,
    body: String,
    cover_alt: String,
    missing: bool,
}

/// The story as the form shows it.
#[derive(Default)]
struct StoryFields {
    id: String,
    category: String,
    tags: String,
    published: String,
    author: String,
    author_person: String,
    cover: String,
    mentions: String,
    original: String,
    /// title, summary, body, cover_alt by language.
    texts: std::collections::BTreeMap<String, [String; 4]>,
}

impl StoryFields {
    fn from_article(a: &Article) -> Self {
        Self {
            id: a.id.to_string(),
            category: a.category.as_str().to_owned(),
            tags: a
                .tags
                .iter()
                .map(|t| t.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            published: a.published.rfc3339(),
            author: a.author.name.clone(),
            author_person: a
                .author
                .person
                .as_ref()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            cover: a
                .cover
                .as_ref()
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            mentions: a
                .mentions
                .iter()
                .map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            original: a.original().lang.to_owned(),
            texts: a
                .translations
                .iter()
                .map(|t| {
                    (
                        t.lang.to_owned(),
                        [
                            t.title.clone(),
                            t.summary.clone(),
                            t.body.join("\n\n"),
                            t.cover_alt.clone(),
                        ],
                    )
                })
                .collect(),
        }
    }

    fn from_form(fields: &[(String, String)]) -> Self {
        let mut s = Self::default();
        for (k, v) in fields {
            let v = v.clone();
            match k.as_str() {
                "id" => s.id = v,
                "category" => s.category = v,
                "tags" => s.tags = v,
                "published" => s.published = v,
                "author" => s.author = v,
                "author_person" => s.author_person = v,
                "cover" => s.cover = v,
                "mentions" => s.mentions = v,
                "original" => s.original = v,
                other => {
                    let Some((part, lang)) = other.rsplit_once('_') else {
                        continue;
                    };
                    let Some(lang) = UI_LANGS.iter().find(|l| **l == lang) else {
                        continue;
                    };
                    let slot = match part {
                        "title" => 0,
                        "summary" => 1,
                        "body" => 2,
                        "coveralt" => 3,
                        _ => continue,
                    };
                    s.texts.entry((*lang).to_owned()).or_default()[slot] = v;
                }
            }
        }
        s
    }

    /// The story in the news format, validated by its own rules. Languages
    /// with no title are translations not written yet.
    fn to_article(&self, updated: &str) -> Result<Article, domain::ValidationErrors> {
        let list = |raw: &str| -> Vec<String> {
            raw.split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let translations: Vec<serde_json::Value> = self
            .texts
            .iter()
            .filter(|(_, t)| !t[0].trim().is_empty())
            .map(|(lang, [title, summary, body, alt])| {
                let paragraphs: Vec<&str> = body
                    .split("\n\n")
                    .map(|p| p.trim())
                    .filter(|p| !p.is_empty())
                    .collect();
                let mut t = serde_json::json!({
                    "lang": lang, "original": *lang == self.original, "title": title.trim(), "body": paragraphs,
                });
                if !summary.trim().is_empty() {
                    t["summary"] = summary.trim().into();
                }
                if !alt.trim().is_empty() {
                    t["cover_alt"] = alt.trim().into();
                }
                t
            })
            .collect();
        let mut author = serde_json::json!({"name": self.author.trim()});
        if !self.author_person.trim().is_empty() {
            author["person"] = self.author_person.trim().into();
        }
        let mut doc = serde_json::json!({
            "id": self.id.trim(),
            "category": self.category.trim(),
            "tags": list(&self.tags),
            "published": self.published.trim(),
            "author": author,
            "mentions": list(&self.mentions),
            "translations": translations,
        });
        if !updated.is_empty() {
            doc["updated"] = updated.into();
        }
        if !self.cover.trim().is_empty() {
            doc["cover"] = self.cover.trim().into();
        }
        let input: ArticleInput = serde_json::from_value(doc).map_err(|e| {
            domain::ValidationErrors::single(
                "form",
                domain::Problem::Malformed {
                    detail: e.to_string(),
                },
            )
        })?;
        Article::try_from(input)
    }
}

#[derive(Template)]
#[template(path = "news/newsroom.html")]
struct StoryPage {
    chrome: Chrome,
    csrf: String,
    /// Empty for a new story.
    editing: String,
    s: StoryFields,
    categories: Vec<(&'static str, &'static str, bool)>,
    languages: Vec<(&'static str, String, bool)>,
    translations: Vec<TranslationFields>,
    missing: u64,
    errors: FormErrors,
}

fn story_page(
    chrome: Chrome,
    csrf: String,
    editing: String,
    s: StoryFields,
    errors: FormErrors,
) -> Page {
    let translations: Vec<TranslationFields> = UI_LANGS
        .iter()
        .map(|l| {
            let [title, summary, body, cover_alt] = s.texts.get(*l).cloned().unwrap_or_default();
            TranslationFields {
                lang: l,
                label: chrome.t(&format!("language-{l}")),
                missing: title.trim().is_empty(),
                title,
                summary,
                body,
                cover_alt,
            }
        })
        .collect();
    let page = StoryPage {
        categories: Category::ALL
            .iter()
            .map(|c| (c.as_str(), category_key(*c), c.as_str() == s.category))
            .collect(),
        languages: UI_LANGS
            .iter()
            .map(|l| (*l, chrome.t(&format!("language-{l}")), *l == s.original))
            .collect(),
        missing: translations.iter().filter(|t| t.missing).count() as u64,
        translations,
        chrome,
        csrf,
        editing,
        s,
        errors,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok((status, Html(page.render()?)).into_response())
}

fn now_rfc3339(state: &AppState) -> String {
    domain::Timestamp::from_unix(state.now())
        .map(domain::Timestamp::rfc3339)
        .unwrap_or_default()
}

async fn new_story(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
) -> Page {
    let lang = chrome.lang;
    viewer.authorize(Action::PublishNews)?;
    let s = StoryFields {
        category: "forum".into(),
        published: now_rfc3339(&state),
        original: chrome.lang.to_owned(),
        ..Default::default()
    };
    story_page(chrome, csrf.token, String::new(), s, FormErrors::new(lang))
}

async fn edit_story(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Page {
    let lang = chrome.lang;
    viewer.authorize(Action::PublishNews)?;
    let article = load(&state, &id).await?;
    story_page(
        chrome,
        csrf.token,
        id,
        StoryFields::from_article(&article),
        FormErrors::new(lang),
    )
}

async fn load(state: &AppState, id: &str) -> Result<Article, AppError> {
    let id =
        ArticleId::parse(id).map_err(|_| AppError::NotFound("There is no such story.".into()))?;
    state
        .store()
        .article(&id)
        .await?
        .ok_or_else(|| AppError::NotFound("There is no such story.".into()))
}

async fn save_new(
    state: State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    form: Posted<Vec<(String, String)>>,
) -> Page {
    save(state, chrome, csrf, viewer, None, form).await
}

async fn save_edit(
    state: State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<String>,
    form: Posted<Vec<(String, String)>>,
) -> Page {
    save(state, chrome, csrf, viewer, Some(id), form).await
}

async fn save(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    editing: Option<String>,
    Posted(fields): Posted<Vec<(String, String)>>,
) -> Page {
    viewer.authorize(Action::PublishNews)?;
    let before = match &editing {
        Some(id) => Some(load(&state, id).await?),
        None => None,
    };
    let mut s = StoryFields::from_form(&fields);
    if let Some(b) = &before {
        // The address of a published story does not change.
        s.id = b.id.to_string();
    }
    let mut errors = FormErrors::new(chrome.lang);
    let updated = if before.is_some() {
        now_rfc3339(&state)
    } else {
        String::new()
    };
    let article = errors.check(s.to_article(&updated));
    if let (Some(a), true) = (&article, errors.is_empty()) {
        let problems =
            app::news::publish(state.app(), viewer.0.as_ref(), a, before.is_none()).await?;
        if problems.is_empty() {
            return Ok(Redirect::to(&chrome.href(&article_url(&a.id))).into_response());
        }
        for (field, problem) in problems {
            errors.problem(field, &problem);
        }
    }
    story_page(chrome, csrf.token, editing.unwrap_or_default(), s, errors)
}
