//! An organization's offers and needs, stated by its editors: the list with
//! a remove button each, and a form to add one (area, direction, countries,
//! languages, a text per language with the original marked). A refused
//! form comes back with everything typed.

use super::pages::{
    Choice, InterestView, area_choices, country_choices, interest_view, language_choices,
};
use super::{Page, html};
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted};
use crate::http::i18n::endonym;
use crate::http::params::IdPath;
use crate::http::views::{Chrome, record_url};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::partners::InterestInput;
use domain::{Action, EntityId, EntityKind, UI_LANGS};

struct TextField {
    lang: &'static str,
    name: &'static str,
    field: String,
    value: String,
    attrs: String,
    note: String,
    original: bool,
}

#[derive(Template)]
#[template(path = "partners/interests.html")]
struct InterestsPage {
    chrome: Chrome,
    csrf: String,
    org_name: String,
    org_url: String,
    suggestions_url: String,
    action_url: String,
    interests: Vec<InterestView>,
    direction: String,
    areas: Vec<Choice>,
    countries: Vec<Choice>,
    languages: Vec<Choice>,
    texts: Vec<TextField>,
    errors: FormErrors,
    done: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct Done {
    done: String,
}

fn values(fields: &[(String, String)], name: &str) -> Vec<String> {
    fields
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

fn value(fields: &[(String, String)], name: &str) -> String {
    values(fields, name).into_iter().next().unwrap_or_default()
}

fn as_typed(fields: &[(String, String)]) -> InterestInput {
    InterestInput {
        direction: value(fields, "direction"),
        area: value(fields, "area"),
        countries: values(fields, "countries"),
        languages: values(fields, "languages"),
        original_lang: value(fields, "original_lang"),
        texts: UI_LANGS
            .iter()
            .map(|l| ((*l).to_owned(), value(fields, &format!("text_{l}"))))
            .collect(),
    }
}

async fn page(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    org: &EntityId,
    typed: InterestInput,
    errors: FormErrors,
    done: String,
) -> Result<InterestsPage, AppError> {
    let record = state
        .store()
        .get(org)
        .await?
        .filter(|r| r.kind == EntityKind::Organization)
        .ok_or_else(|| AppError::NotFound("There is no such organization.".into()))?;
    let stored = app::partners::interests(state.app(), org).await?;
    let interests = stored
        .iter()
        .map(|i| interest_view(&chrome, i, Some(&record), false))
        .collect();
    let original = if typed.original_lang.is_empty() {
        chrome.lang.to_owned()
    } else {
        typed.original_lang.clone()
    };
    let texts = UI_LANGS
        .iter()
        .map(|lang| {
            let field = format!("text_{lang}");
            TextField {
                lang,
                name: endonym(lang),
                value: typed.texts.get(*lang).cloned().unwrap_or_default(),
                attrs: errors.attrs(&field),
                note: errors.note(&field),
                field,
                original: *lang == original,
            }
        })
        .collect();
    let base = record_url(EntityKind::Organization, org.as_str());
    Ok(InterestsPage {
        org_name: record.name_in(&[chrome.lang]).to_owned(),
        org_url: chrome.href(&base),
        suggestions_url: chrome.href(&format!("{base}/partners")),
        action_url: chrome.href(&format!("{base}/interests")),
        interests,
        direction: if typed.direction.is_empty() {
            "offer".into()
        } else {
            typed.direction.clone()
        },
        areas: area_choices(&chrome, &typed.area),
        countries: country_choices(&chrome, &typed.countries),
        languages: language_choices(&chrome, &typed.languages),
        texts,
        errors,
        done,
        chrome,
        csrf,
    })
}

pub(super) async fn form(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    IdPath(org): IdPath,
    Query(q): Query<Done>,
) -> Page {
    let chrome = chrome.section("partners");
    viewer.authorize(Action::ActForOrganization { org: &org })?;
    let errors = FormErrors::new(chrome.lang);
    let done = match q.done.as_str() {
        "saved" => chrome.t("partners-interest-saved"),
        "removed" => chrome.t("partners-interest-removed"),
        _ => String::new(),
    };
    let page = page(
        &state,
        chrome,
        csrf.token.clone(),
        &org,
        InterestInput::default(),
        errors,
        done,
    )
    .await?;
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

fn label(chrome: &Chrome, field: &str) -> String {
    match field {
        "direction" => chrome.t("partners-filter-direction"),
        "area" => chrome.t("partners-filter-area"),
        "countries" => chrome.t("partners-filter-country"),
        "languages" => chrome.t("partners-interest-languages"),
        "original_lang" => chrome.t("partners-interest-original"),
        f => match f.strip_prefix("text_") {
            Some(lang) => chrome.t1("partners-interest-text", "language", endonym(lang)),
            None => String::new(),
        },
    }
}

pub(super) async fn save(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    IdPath(org): IdPath,
    Posted(fields): Posted<Vec<(String, String)>>,
) -> Page {
    let chrome = chrome.section("partners");
    let me = viewer.0.as_ref();
    let here = format!(
        "{}/interests",
        record_url(EntityKind::Organization, org.as_str())
    );
    if value(&fields, "action") == "remove" {
        let id: i64 = value(&fields, "id")
            .trim()
            .parse()
            .map_err(|_| AppError::bad_request("invalid_form", "Which offer or need to remove?"))?;
        app::partners::remove_interest(state.app(), me, &org, id).await?;
        return Ok(chrome
            .redirect(&format!("{here}?done=removed"))
            .into_response());
    }
    let typed = as_typed(&fields);
    let mut errors = FormErrors::new(chrome.lang);
    match app::partners::add_interest(state.app(), me, &org, &typed).await {
        Ok(_) => {
            return Ok(chrome
                .redirect(&format!("{here}?done=saved"))
                .into_response());
        }
        Err(app::Error::Rejected(problems)) => {
            errors.check::<()>(Err(problems));
        }
        Err(app::Error::Invalid { code, .. }) => {
            errors.push(
                "area",
                chrome.t(&format!("error-detail-{}", code.replace('_', "-"))),
            );
        }
        Err(other) => return Err(other.into()),
    }
    errors.label_with(|field| label(&chrome, field));
    let page = page(
        &state,
        chrome,
        csrf.token.clone(),
        &org,
        typed,
        errors,
        String::new(),
    )
    .await?;
    Ok(csrf.attach(html(StatusCode::UNPROCESSABLE_ENTITY, page)?))
}
