//! Applying: the profile, the registry identifier and the evidence document.

use super::*;
use crate::http::auth::{Csrf, Viewer, random_token};
use crate::http::forms::{self, FormErrors};
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};

use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::{Action, CountryCode, EntityId, EvidenceType, Problem, RegistryId};

#[derive(Template)]
#[template(path = "review/apply.html")]
pub(super) struct ApplyPage {
    chrome: Chrome,
    csrf: String,
    p: ProfileFields,
    countries: Vec<Choice>,
    areas: Vec<Choice>,
    name_langs: Vec<Choice>,
    translations: Vec<TranslationField>,
    schemes: Vec<(String, String, bool)>,
    registry_value: String,
    /// The handle of the document kept from a refused attempt (empty if none).
    evidence_draft: String,
    errors: FormErrors,
}

impl ApplyPage {
    fn new(
        chrome: Chrome,
        csrf: String,
        p: ProfileFields,
        scheme: &str,
        registry_value: String,
        evidence_draft: String,
        errors: FormErrors,
    ) -> Self {
        let mut schemes: Vec<(String, String, bool)> = Vec::new();
        for s in domain::REGISTRY_SCHEMES {
            // What the registry is, in the visitor's language.
            let label = chrome.t(&registry_key(s.code));
            schemes.push((
                s.code.to_owned(),
                format!("{} — {label}", s.code),
                s.code == scheme,
            ));
        }
        Self {
            countries: country_choices(&chrome, &p.country),
            areas: area_choices(&chrome, &p.areas),
            name_langs: language_choices(&chrome, &p.name_lang),
            translations: translation_fields(&chrome, &p),
            chrome,
            csrf,
            p,
            schemes,
            registry_value,
            evidence_draft,
            errors,
        }
    }
}

/// The language files' key for a registry scheme (`AZ-VOEN` →
/// `registry-az-voen`).
fn registry_key(code: &str) -> String {
    format!("registry-{}", code.to_ascii_lowercase())
}

pub(super) async fn apply_form(chrome: Chrome, csrf: Csrf, viewer: Viewer) -> Page {
    viewer.authorize(Action::ApplyForOrganization)?;
    let chrome_lang = chrome.lang;
    let p = ProfileFields {
        name_lang: chrome.lang.to_owned(),
        ..Default::default()
    };
    html(
        StatusCode::OK,
        ApplyPage::new(
            chrome,
            csrf.token,
            p,
            "",
            String::new(),
            String::new(),
            FormErrors::new(chrome_lang),
        ),
    )
}

pub(super) async fn apply(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    mut multipart: Multipart,
) -> Page {
    let me = viewer.authorize(Action::ApplyForOrganization)?;
    let mut p = ProfileFields::default();
    let (mut scheme, mut registry_value, mut token) = (String::new(), String::new(), String::new());
    let mut evidence_draft = String::new();
    let mut evidence: Vec<u8> = Vec::new();
    let too_big = || AppError::PayloadTooLarge("The evidence document is larger than 5 MB.".into());
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::bad_request("invalid_form", e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "evidence" {
            evidence = field.bytes().await.map_err(|_| too_big())?.to_vec();
            continue;
        }
        let value = forms::text_field(field).await?;
        match name.as_str() {
            "csrf" => token = value,
            "registry_scheme" => scheme = value,
            "registry_value" => registry_value = value,
            "evidence_draft" => evidence_draft = value,
            other => {
                p.set(other, value);
            }
        }
    }
    csrf.verify(&token)?;
    let uploads_dir = &state.config().uploads_dir;
    let owner = me.account.id;
    // A new file replaces the one kept from the last attempt.
    if evidence.is_empty() {
        match uploads::draft(uploads_dir, owner, &evidence_draft).await {
            Some(kept) => evidence = kept,
            None => evidence_draft.clear(),
        }
    } else {
        evidence_draft.clear();
    }
    let mut errors = FormErrors::new(chrome.lang);
    // The platform names new organizations: country, then a random part.
    let country = CountryCode::parse(&p.country).ok();
    let id = EntityId::parse(&format!(
        "{}-BRL-{}",
        country
            .map(|c| c.to_string())
            .unwrap_or_else(|| "XX".into()),
        &random_token()[..10].to_uppercase()
    ))?;
    let record = errors.check(p.to_record(&id));
    let registry = match country {
        Some(c) => errors.check(RegistryId::parse(&scheme, &registry_value, c)),
        // Without a country no scheme can be checked, but an empty number
        // is wrong whatever the country.
        None => {
            if scheme.trim().is_empty() {
                errors.problem("registry_scheme", &Problem::Missing);
            }
            if registry_value.trim().is_empty() {
                errors.problem(
                    "registry_value",
                    &Problem::RegistryNumberMissing { max: 64 },
                );
            }
            None
        }
    };
    let kind = errors.check(EvidenceType::sniff(&evidence));
    let (Some(record), Some(registry), Some(kind), true) =
        (record, registry, kind, errors.is_empty())
    else {
        // A valid document waits server-side for the corrected form.
        if let Ok(kind) = EvidenceType::sniff(&evidence)
            && evidence_draft.is_empty()
        {
            evidence_draft =
                uploads::hold_draft(uploads_dir, owner, &evidence, kind.extension()).await?;
        }
        let page = ApplyPage::new(
            chrome,
            csrf.token,
            p,
            &scheme,
            registry_value,
            evidence_draft,
            errors,
        );
        return html(StatusCode::UNPROCESSABLE_ENTITY, page);
    };
    // Evidence is kept outside any served directory, under a generated
    // name, and only once its record has committed (see `uploads`).
    let file = format!("{}.{}", random_token(), kind.extension());
    let staged = uploads::stage(&state.config().uploads_dir, &file, &evidence).await?;
    match app::review::file_application(state.app(), Some(me), &record, &registry, &file).await {
        Ok(()) => {
            staged.keep().await?;
            uploads::drop_draft(uploads_dir, owner, &evidence_draft).await;
        }
        Err(e) => {
            staged.discard().await;
            return Err(e.into());
        }
    }
    Ok(
        Redirect::to(&chrome.href(&format!("/review/{}", encode(record.id.as_str()))))
            .into_response(),
    )
}
