//! Editing a profile, with its version: a stale form keeps what was typed.

use super::*;
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted};
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::{Action, EntityId, UI_LANGS};

#[derive(Template)]
#[template(path = "review/edit.html")]
pub(super) struct EditPage {
    chrome: Chrome,
    csrf: String,
    id: String,
    p: ProfileFields,
    areas: Vec<Choice>,
    name_langs: Vec<Choice>,
    translations: Vec<TranslationField>,
    missing: u64,
    errors: FormErrors,
    invited: String,
    /// The edit version the form was read at; saving refuses if it moved.
    version: i64,
    /// Set when someone else saved meanwhile: their values of the fields
    /// that differ from what this editor typed.
    changed_meanwhile: Vec<(String, String)>,
}

/// The organization's current profile (published or still in review) with its edit version.
pub(super) async fn current_profile(
    state: &AppState,
    id: &EntityId,
) -> Result<store::EditableOrganization, AppError> {
    state
        .store()
        .editable_organization(id.as_str())
        .await?
        .ok_or_else(|| AppError::NotFound("There is no such organization.".into()))
}

/// What someone else saved that differs from what this editor typed: a
/// field's label and its stored value.
pub(super) fn changed_meanwhile(
    chrome: &Chrome,
    theirs: &ProfileFields,
    typed: &ProfileFields,
) -> Vec<(String, String)> {
    let mut changed = Vec::new();
    let mut differ = |label: String, a: &str, b: &str| {
        if a.trim() != b.trim() {
            let shown = if a.trim().is_empty() { "—" } else { a.trim() };
            changed.push((label, shown.to_owned()));
        }
    };
    differ(chrome.t("field-org-name"), &theirs.name, &typed.name);
    differ(
        chrome.t("field-name-language"),
        &theirs.name_lang,
        &typed.name_lang,
    );
    differ(
        chrome.t("field-other-names"),
        &theirs.other_names,
        &typed.other_names,
    );
    differ(chrome.t("field-city"), &theirs.city, &typed.city);
    let (mut a, mut b) = (theirs.areas.clone(), typed.areas.clone());
    a.sort();
    b.sort();
    differ(chrome.t("record-areas"), &a.join(", "), &b.join(", "));
    differ(chrome.t("field-founded"), &theirs.founded, &typed.founded);
    differ(chrome.t("record-website"), &theirs.website, &typed.website);
    let description =
        |p: &ProfileFields, lang: &str| p.descriptions.get(lang).cloned().unwrap_or_default();
    for lang in UI_LANGS {
        let label = format!(
            "{} ({})",
            chrome.t("field-descriptions"),
            chrome.t(&format!("language-{lang}"))
        );
        differ(label, &description(theirs, lang), &description(typed, lang));
    }
    changed
}

pub(super) fn edit_page(
    chrome: Chrome,
    csrf: String,
    id: &EntityId,
    p: ProfileFields,
    version: i64,
    errors: FormErrors,
    invited: String,
) -> EditPage {
    let translations = translation_fields(&chrome, &p);
    EditPage {
        missing: translations.iter().filter(|t| t.missing).count() as u64,
        areas: area_choices(&chrome, &p.areas),
        name_langs: language_choices(&chrome, &p.name_lang),
        translations,
        id: id.as_str().to_owned(),
        chrome,
        csrf,
        p,
        errors,
        invited,
        version,
        changed_meanwhile: Vec::new(),
    }
}

#[derive(serde::Deserialize, Default)]
pub(super) struct EditQuery {
    #[serde(default)]
    invited: String,
}

pub(super) async fn edit_form(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Query(q): Query<EditQuery>,
) -> Page {
    let lang = chrome.lang;
    let id = org_id(&raw)?;
    let current = current_profile(&state, &id).await?;
    viewer.authorize(Action::EditOrganization {
        org: &id,
        country: current.record.country,
    })?;
    let page = edit_page(
        chrome,
        csrf.token,
        &id,
        ProfileFields::from_record(&current.record),
        current.version,
        FormErrors::new(lang),
        q.invited,
    );
    html(StatusCode::OK, page)
}

pub(super) async fn edit(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Posted(fields): Posted<Vec<(String, String)>>,
) -> Page {
    let id = org_id(&raw)?;
    let before = current_profile(&state, &id).await?;
    let country = before.record.country;
    let me = viewer.authorize(Action::EditOrganization { org: &id, country })?;
    let mut p = ProfileFields::default();
    let mut version = None;
    for (k, v) in fields {
        if k == "version" {
            version = v.trim().parse::<i64>().ok();
        } else {
            p.set(&k, v);
        }
    }
    // The country is not edited here: moving an organization to another
    // country moves it to another coordinator, which is a review matter.
    p.country = country.map(|c| c.as_str().to_owned()).unwrap_or_default();
    let shown_version = version.unwrap_or(before.version);
    let mut errors = FormErrors::new(chrome.lang);
    let Some(record) = errors.check(p.to_record(&id)) else {
        let page = edit_page(
            chrome,
            csrf.token,
            &id,
            p,
            shown_version,
            errors,
            String::new(),
        );
        return html(StatusCode::UNPROCESSABLE_ENTITY, page);
    };
    // A form without a version (an old page) is checked against the version
    // read above, so at worst it conflicts, never overwrites unseen.
    let expected = Some(shown_version);
    match state
        .store()
        .save_organization(&record, expected, me.actorship(), state.now())
        .await?
    {
        Ok(saved) => {
            if saved.public {
                state.apply_local(&saved.record);
            }
            let target = if saved.public {
                format!("/organizations/{}", encode(id.as_str()))
            } else {
                format!("/review/{}", encode(id.as_str()))
            };
            Ok(Redirect::to(&chrome.href(&target)).into_response())
        }
        Err(store::EditConflict::Missing) => {
            Err(AppError::NotFound("There is no such organization.".into()))
        }
        Err(store::EditConflict::Stale(theirs)) => {
            // Shown again with what this editor typed (nothing lost), the
            // other person's values beside it, and the new version: saving
            // again is a choice made seeing both.
            let changed =
                changed_meanwhile(&chrome, &ProfileFields::from_record(&theirs.record), &p);
            let mut page = edit_page(
                chrome,
                csrf.token,
                &id,
                p,
                theirs.version,
                errors,
                String::new(),
            );
            page.changed_meanwhile = changed;
            html(StatusCode::CONFLICT, page)
        }
    }
}
