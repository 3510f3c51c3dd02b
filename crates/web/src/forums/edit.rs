//! The organizers edit the programme (`/forums/{id}/edit?event=…`): each
//! event's title and description in every language (the original marked,
//! the missing translations named), its times on the venue's clock, seats
//! and approval. A refused form comes back with what was typed; an edit
//! made meanwhile by someone else is never overwritten unseen.

use super::manage::{Choice, event_choices, title_of};
use super::{Page, html};
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted};
use crate::http::i18n::endonym;
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::{EventKind, EventTextInput, Problem, UI_LANGS};
use store::Event;

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct EditQuery {
    event: String,
    done: String,
}

/// One language's fields.
struct LanguageFields {
    lang: &'static str,
    name: &'static str,
    title: String,
    description: String,
    original: bool,
    missing: bool,
    title_name: String,
    description_name: String,
    /// The controls' `id` and error attributes, and their messages.
    title_attrs: String,
    title_note: String,
    description_attrs: String,
    description_note: String,
}

#[derive(Template)]
#[template(path = "forums/edit.html")]
struct EditPage {
    chrome: Chrome,
    csrf: String,
    forum_title: String,
    manage_url: String,
    action_url: String,
    events: Vec<Choice>,
    event_title: String,
    languages: Vec<LanguageFields>,
    /// The missing translations by name, for the notice at the top.
    missing: String,
    starts: String,
    ends: String,
    time_zone: String,
    takes_seats: bool,
    capacity: String,
    needs_approval: bool,
    version: i64,
    errors: FormErrors,
    saved: bool,
    changed_meanwhile: bool,
}

/// What the form holds: as stored, or as typed.
struct Typed {
    texts: Vec<EventTextInput>,
    original_lang: String,
    starts: String,
    ends: String,
    capacity: String,
    needs_approval: bool,
    version: i64,
}

fn local(zone: &str, at: i64) -> String {
    domain::wall_clock(zone, at)
        .map(|(y, m, d, h, min)| format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}"))
        .unwrap_or_default()
}

fn as_stored(e: &Event) -> Typed {
    Typed {
        texts: UI_LANGS
            .iter()
            .map(|lang| {
                let t = e.texts.iter().find(|t| t.lang == *lang);
                EventTextInput {
                    lang: (*lang).to_owned(),
                    title: t.map(|t| t.title.clone()).unwrap_or_default(),
                    description: t.map(|t| t.description.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        original_lang: e.original_lang.clone(),
        starts: local(&e.time_zone, e.starts_at),
        ends: local(&e.time_zone, e.ends_at),
        capacity: e.capacity.map(|c| c.to_string()).unwrap_or_default(),
        needs_approval: e.needs_approval,
        version: e.updated_at,
    }
}

fn as_typed(fields: &[(String, String)]) -> Typed {
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    Typed {
        texts: UI_LANGS
            .iter()
            .map(|lang| EventTextInput {
                lang: (*lang).to_owned(),
                title: field(&format!("title_{lang}")),
                description: field(&format!("description_{lang}")),
            })
            .collect(),
        original_lang: field("original_lang").trim().to_owned(),
        starts: field("starts"),
        ends: field("ends"),
        capacity: field("capacity"),
        needs_approval: !field("needs_approval").is_empty(),
        version: field("version").trim().parse().unwrap_or(0),
    }
}

/// What the page shows beside the event: the form as typed (else as
/// stored), its messages, and how the last save went.
struct Shown {
    typed: Option<Typed>,
    errors: FormErrors,
    saved: bool,
    changed_meanwhile: bool,
}

async fn page(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    forum: &str,
    event: &str,
    mut shown: Shown,
) -> Result<EditPage, AppError> {
    app::events::authorize_organizer(state.app(), viewer.0.as_ref(), forum).await?;
    let tree = state.store().forum_tree(forum).await?;
    let root = tree
        .iter()
        .find(|e| e.id == forum)
        .ok_or_else(|| AppError::NotFound("There is no such forum.".into()))?;
    let chosen = tree.iter().find(|e| e.id == event).unwrap_or(root);
    let stored = as_stored(chosen);
    let mut form = shown.typed.take().unwrap_or_else(|| as_stored(chosen));
    // A conflict shows what is stored now, beside the typed texts: the
    // version is the new one, so saving again is a deliberate overwrite.
    form.version = stored.version;
    let languages: Vec<LanguageFields> = form
        .texts
        .iter()
        .filter_map(|t| {
            let lang = UI_LANGS.iter().find(|l| **l == t.lang)?;
            let (title_name, description_name) =
                (format!("title_{lang}"), format!("description_{lang}"));
            Some(LanguageFields {
                title_attrs: shown.errors.attrs(&title_name),
                title_note: shown.errors.note(&title_name),
                description_attrs: shown.errors.attrs(&description_name),
                description_note: shown.errors.note(&description_name),
                title_name,
                description_name,
                lang,
                name: endonym(lang),
                title: t.title.clone(),
                description: t.description.clone(),
                original: form.original_lang == *lang,
                missing: stored
                    .texts
                    .iter()
                    .any(|s| s.lang == t.lang && s.title.trim().is_empty()),
            })
        })
        .collect();
    let missing = languages
        .iter()
        .filter(|l| l.missing)
        .map(|l| l.name)
        .collect::<Vec<_>>()
        .join(", ");
    let base = format!("/forums/{}", encode(forum));
    Ok(EditPage {
        forum_title: title_of(root, chrome.lang),
        manage_url: chrome.href(&format!("{base}/manage?event={}", encode(&chosen.id))),
        action_url: chrome.href(&format!("{base}/edit?event={}", encode(&chosen.id))),
        events: event_choices(&tree, chrome.lang, &chosen.id),
        event_title: title_of(chosen, chrome.lang),
        languages,
        missing,
        starts: form.starts,
        ends: form.ends,
        time_zone: chosen.time_zone.clone(),
        takes_seats: chosen.kind != EventKind::Leg,
        capacity: form.capacity,
        needs_approval: form.needs_approval,
        version: form.version,
        errors: shown.errors,
        saved: shown.saved,
        changed_meanwhile: shown.changed_meanwhile,
        chrome,
        csrf,
    })
}

pub(super) async fn form(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(forum): Path<String>,
    Query(q): Query<EditQuery>,
) -> Page {
    let chrome = chrome.section("forums");
    let shown = Shown {
        typed: None,
        errors: FormErrors::new(chrome.lang),
        saved: q.done == "saved",
        changed_meanwhile: false,
    };
    let page = page(
        &state,
        chrome,
        csrf.token.clone(),
        &viewer,
        &forum,
        &q.event,
        shown,
    )
    .await?;
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

pub(super) async fn save(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(forum): Path<String>,
    Query(q): Query<EditQuery>,
    Posted(fields): Posted<Vec<(String, String)>>,
) -> Page {
    let chrome = chrome.section("forums");
    app::events::authorize_organizer(state.app(), viewer.0.as_ref(), &forum).await?;
    let tree = state.store().forum_tree(&forum).await?;
    let chosen = tree
        .iter()
        .find(|e| e.id == q.event)
        .or_else(|| tree.iter().find(|e| e.id == forum))
        .ok_or_else(|| AppError::NotFound("There is no such forum.".into()))?;
    let typed = as_typed(&fields);
    let mut errors = FormErrors::new(chrome.lang);
    let starts = errors.check(
        domain::parse_wall_clock(&chosen.time_zone, &typed.starts)
            .map_err(|p| domain::ValidationErrors::single("starts", p)),
    );
    let ends = errors.check(
        domain::parse_wall_clock(&chosen.time_zone, &typed.ends)
            .map_err(|p| domain::ValidationErrors::single("ends", p)),
    );
    let capacity = match typed.capacity.trim() {
        "" => None,
        raw => match raw.parse::<u64>() {
            Ok(n) if n <= domain::MAX_SEATS as u64 => Some(n),
            _ => {
                errors.problem(
                    "capacity",
                    &Problem::NotASeatCount {
                        max: domain::MAX_SEATS,
                    },
                );
                None
            }
        },
    };
    errors.check(domain::check_event_texts(
        &typed.original_lang,
        &typed.texts,
    ));
    let event_id = chosen.id.clone();
    let mut changed_meanwhile = false;
    if errors.is_empty()
        && let (Some(starts_at), Some(ends_at)) = (starts, ends)
    {
        let edit = app::events::EventEdit {
            texts: typed.texts.clone(),
            original_lang: typed.original_lang.clone(),
            starts_at,
            ends_at,
            capacity,
            needs_approval: typed.needs_approval,
            version: typed.version,
        };
        match app::events::edit_event(state.app(), viewer.0.as_ref(), &event_id, edit).await {
            Ok(_) => {
                return Ok(chrome
                    .redirect(&format!(
                        "/forums/{}/edit?event={}&done=saved",
                        encode(&forum),
                        encode(&event_id)
                    ))
                    .into_response());
            }
            Err(app::Error::Rejected(problems)) => {
                errors.check::<()>(Err(problems));
            }
            Err(app::Error::Conflict(_)) => changed_meanwhile = true,
            Err(other) => return Err(other.into()),
        }
    }
    errors.label_with(|field| label(&chrome, field));
    let status = if changed_meanwhile {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let shown = Shown {
        typed: Some(typed),
        errors,
        saved: false,
        changed_meanwhile,
    };
    let page = page(
        &state,
        chrome,
        csrf.token.clone(),
        &viewer,
        &forum,
        &event_id,
        shown,
    )
    .await?;
    Ok(csrf.attach(html(status, page)?))
}

/// A field's name in the error summary: `Қазақ тілі: title`.
fn label(chrome: &Chrome, field: &str) -> String {
    if let Some(lang) = field.strip_prefix("title_") {
        format!("{}: {}", endonym(lang), chrome.t("forum-edit-title-field"))
    } else if let Some(lang) = field.strip_prefix("description_") {
        format!(
            "{}: {}",
            endonym(lang),
            chrome.t("forum-edit-description-field")
        )
    } else {
        match field {
            "starts" => chrome.t("forum-edit-starts"),
            "ends" => chrome.t("forum-edit-ends"),
            "capacity" => chrome.t("forum-edit-capacity"),
            _ => chrome.t("forum-edit-original"),
        }
    }
}
