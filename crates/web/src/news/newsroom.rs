//! The secretariat's newsroom: writing a story as a translation set, and
//! editing it later. A form is held to exactly the rules of the news format
//! (it is turned into an `ArticleInput`), and every save is audited.
//!
//! The editor names records as people know them: the records a story
//! mentions are found by name (the form's "find" button searches and
//! offers them as boxes to tick, which submit ids), and a name typed where
//! an id is expected is looked up. The cover is chosen among the images
//! already on the site, or uploaded with the form.

use crate::http::auth::{Csrf, Viewer};
use crate::http::cards::{article_url, category_key, media_url};
use crate::http::forms::{self, FormErrors, Posted, WithCsrf as _};
use crate::http::views::{Chrome, kind_key, record_url};
use crate::{AppError, AppState};
use app::news::Lookup;
use askama::Template;
use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use domain::{Action, Article, ArticleId, ArticleInput, Category, EntityKind, Problem, UI_LANGS};

type Page = Result<Response, AppError>;

/// A story's form with its cover image (at most the media store's limit).
const MAX_STORY_BYTES: usize = store::MAX_MEDIA_BYTES + 256 * 1024;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/admin/news/new",
            get(new_story)
                .post(save_new)
                .layer(DefaultBodyLimit::max(MAX_STORY_BYTES)),
        )
        .route(
            "/admin/news/{id}/edit",
            get(edit_story)
                .post(save_edit)
                .layer(DefaultBodyLimit::max(MAX_STORY_BYTES)),
        )
}

/// A posted story: its fields, and the cover image uploaded with it. The
/// page sends `multipart/form-data` (for the image); a plain
/// `application/x-www-form-urlencoded` form is taken too. Either way the
/// CSRF token is checked before the handler runs.
struct StoryPost {
    fields: Vec<(String, String)>,
    /// The file's name as the browser sent it, and its bytes.
    upload: Option<(String, Vec<u8>)>,
}

impl FromRequest<AppState> for StoryPost {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, AppError> {
        let is_multipart = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().starts_with("multipart/form-data"));
        if !is_multipart {
            let Posted(fields) =
                Posted::<Vec<(String, String)>>::from_request(request, state).await?;
            return Ok(Self {
                fields,
                upload: None,
            });
        }
        let csrf = request
            .extensions()
            .get::<Csrf>()
            .cloned()
            .unwrap_or_default();
        let mut multipart = Multipart::from_request(request, state)
            .await
            .map_err(|e| AppError::bad_request("invalid_form", e.body_text()))?;
        let mut fields = Vec::new();
        let mut upload = None;
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|e| AppError::bad_request("invalid_form", e.body_text()))?
        {
            let name = field.name().unwrap_or_default().to_owned();
            if name == "cover_file" {
                let file_name = field.file_name().unwrap_or_default().to_owned();
                let bytes = field.bytes().await.map_err(|_| {
                    AppError::PayloadTooLarge("The image is larger than 5 MB.".into())
                })?;
                // A file input left empty still sends an empty part.
                if !bytes.is_empty() {
                    upload = Some((file_name, bytes.to_vec()));
                }
                continue;
            }
            fields.push((name, forms::text_field(field).await?));
        }
        csrf.verify(fields.csrf())?;
        Ok(Self { fields, upload })
    }
}

/// A record the form offers to tick: chosen already, or found by a search.
struct RecordChoice {
    id: String,
    name: String,
    kind_key: String,
    country: String,
    url: String,
    is_person: bool,
    chosen: bool,
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
    /// Ids of the records mentioned; while the form is being filled, also
    /// names typed where an id is expected, until they are looked up.
    mentions: Vec<String>,
    /// The text of the record search.
    find: String,
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
            mentions: a.mentions.iter().map(|m| m.as_str().to_owned()).collect(),
            find: String::new(),
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
                // Ticked boxes, one id each; or a list typed by hand.
                "mention" => s.mentions.push(v),
                "mentions" => s.mentions.extend(
                    v.split(',')
                        .map(str::trim)
                        .filter(|m| !m.is_empty())
                        .map(str::to_owned),
                ),
                "find" => s.find = v,
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
        let mut seen = std::collections::BTreeSet::new();
        s.mentions.retain(|m| seen.insert(m.clone()));
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
            "mentions": self.mentions,
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
    /// The records the story mentions, then those the search found.
    records: Vec<RecordChoice>,
    /// A search was made and found no record beyond those chosen.
    found_nothing: bool,
    /// The author's person record, by name (empty when none or unknown).
    author_name: String,
    author_url: String,
    /// The images on the site, the latest first, and whether each is the cover.
    images: Vec<(String, bool)>,
    cover_url: String,
    errors: FormErrors,
}

/// The form for `s`, with the records it names shown by name, the search's
/// hits when the editor searched, and the images to choose the cover from.
async fn story_page(
    state: &AppState,
    viewer: &Viewer,
    chrome: Chrome,
    csrf: String,
    editing: String,
    s: StoryFields,
    errors: FormErrors,
) -> Page {
    let chain = crate::http::i18n::fallback_chain(chrome.lang);
    let hits = app::news::search_records(state.app(), &s.find, None);
    let mut ids: Vec<String> = s.mentions.clone();
    ids.extend(hits.iter().map(|h| h.id.clone()));
    ids.push(s.author_person.trim().to_owned());
    let found = state.store().get_many(&ids).await?;
    let choice = |id: &str, chosen: bool| {
        found.get(id).map(|r| RecordChoice {
            id: id.to_owned(),
            name: r.name_in(chain).to_owned(),
            kind_key: kind_key(r.kind),
            country: r
                .country
                .map(|c| chrome.country(c.as_str()))
                .unwrap_or_default(),
            url: chrome.href(&record_url(r.kind, r.id.as_str())),
            is_person: r.kind == EntityKind::Person,
            chosen,
        })
    };
    let mut records: Vec<RecordChoice> = s
        .mentions
        .iter()
        .filter_map(|id| choice(id, true))
        .collect();
    for hit in &hits {
        if !s.mentions.contains(&hit.id)
            && let Some(c) = choice(&hit.id, false)
        {
            records.push(c);
        }
    }
    let author = found.get(s.author_person.trim());
    let mut images: Vec<(String, bool)> = app::news::images(state.app(), viewer.0.as_ref())
        .await?
        .into_iter()
        .map(|name| {
            let current = name.as_str() == s.cover.trim();
            (name.as_str().to_owned(), current)
        })
        .collect();
    // A cover named in a form that is not on the site stays shown, with its error.
    if !s.cover.trim().is_empty() && !images.iter().any(|(_, current)| *current) {
        images.insert(0, (s.cover.trim().to_owned(), true));
    }
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
        found_nothing: !s.find.trim().is_empty() && records.iter().all(|r| r.chosen),
        records,
        author_name: author
            .map(|r| r.name_in(chain).to_owned())
            .unwrap_or_default(),
        author_url: author
            .map(|r| chrome.href(&record_url(r.kind, r.id.as_str())))
            .unwrap_or_default(),
        cover_url: domain::MediaName::parse(&s.cover)
            .map(|c| media_url(&c))
            .unwrap_or_default(),
        images,
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
    story_page(
        &state,
        &viewer,
        chrome,
        csrf.token,
        String::new(),
        s,
        FormErrors::new(lang),
    )
    .await
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
        &state,
        &viewer,
        chrome,
        csrf.token,
        id,
        StoryFields::from_article(&article),
        FormErrors::new(lang),
    )
    .await
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
    form: StoryPost,
) -> Page {
    save(state, chrome, csrf, viewer, None, form).await
}

async fn save_edit(
    state: State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<String>,
    form: StoryPost,
) -> Page {
    save(state, chrome, csrf, viewer, Some(id), form).await
}

/// Replaces the names typed for records with their ids. What names no
/// record, or several, is a message beside the field; an id that is no
/// record's is left for `app::news::publish` to refuse.
async fn look_up_records(
    state: &AppState,
    s: &mut StoryFields,
    errors: &mut FormErrors,
) -> Result<(), AppError> {
    let describe = |choices: &[(String, String)]| {
        choices
            .iter()
            .map(|(id, name)| format!("{name} ({id})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut resolved = Vec::new();
    for typed in std::mem::take(&mut s.mentions) {
        match app::news::find_record(state.app(), &typed, None).await? {
            Lookup::Found(id) => resolved.push(id),
            Lookup::Ambiguous(choices) => {
                errors.problem(
                    "mentions",
                    &Problem::AmbiguousRecord {
                        name: typed.clone(),
                        choices: describe(&choices),
                    },
                );
                // Offer them to tick.
                s.find = typed;
            }
            Lookup::NotFound if domain::EntityId::parse(&typed).is_ok() => resolved.push(typed),
            Lookup::NotFound => {
                errors.problem(
                    "mentions",
                    &Problem::NoRecordNamed {
                        name: typed.clone(),
                    },
                );
                s.find = typed;
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    resolved.retain(|id| seen.insert(id.clone()));
    s.mentions = resolved;
    let author = s.author_person.trim().to_owned();
    if !author.is_empty() {
        match app::news::find_record(state.app(), &author, Some(search::Kind::Person)).await? {
            Lookup::Found(id) => s.author_person = id,
            Lookup::Ambiguous(choices) => errors.problem(
                "author_person",
                &Problem::AmbiguousPerson {
                    name: author.clone(),
                    choices: describe(&choices),
                },
            ),
            Lookup::NotFound if domain::EntityId::parse(&author).is_ok() => {}
            Lookup::NotFound => {
                errors.problem(
                    "author_person",
                    &Problem::NoPersonNamed {
                        name: author.clone(),
                    },
                );
            }
        }
    }
    Ok(())
}

async fn save(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    editing: Option<String>,
    StoryPost { fields, upload }: StoryPost,
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
    // An image sent with the form is kept even if the story is not saved
    // yet: the form comes back with it chosen (a file input cannot).
    if let Some((file_name, bytes)) = upload {
        match app::news::upload_image(state.app(), viewer.0.as_ref(), &file_name, &bytes).await {
            Ok(name) => s.cover = name.as_str().to_owned(),
            Err(app::Error::Invalid { message, .. }) => {
                errors.problem("cover", &Problem::Malformed { detail: message })
            }
            Err(e) => return Err(e.into()),
        }
    }
    let searching = fields.iter().any(|(k, v)| k == "action" && v == "find");
    if searching {
        // Only the search: show what it found, save nothing.
        return story_page(
            &state,
            &viewer,
            chrome,
            csrf.token,
            editing.unwrap_or_default(),
            s,
            errors,
        )
        .await;
    }
    look_up_records(&state, &mut s, &mut errors).await?;
    let updated = if before.is_some() {
        now_rfc3339(&state)
    } else {
        String::new()
    };
    let article = if errors.is_empty() {
        errors.check(s.to_article(&updated))
    } else {
        None
    };
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
    story_page(
        &state,
        &viewer,
        chrome,
        csrf.token,
        editing.unwrap_or_default(),
        s,
        errors,
    )
    .await
}
