//! The profile form, shared by applying and editing.

use crate::http::views::Chrome;

use domain::{
    AREAS, EntityId, FieldError, Problem, Record, RecordInput, UI_LANGS, ValidationErrors,
};
use std::collections::BTreeMap;

/// The editable profile of an organization, as the form shows it.
#[derive(Default, Clone)]
pub(super) struct ProfileFields {
    pub name: String,
    pub name_lang: String,
    pub other_names: String,
    pub country: String,
    pub city: String,
    pub areas: Vec<String>,
    pub founded: String,
    pub website: String,
    /// One description per interface language (empty where missing).
    pub descriptions: BTreeMap<String, String>,
}

impl ProfileFields {
    pub(super) fn from_record(r: &Record) -> Self {
        let first = r.names.first();
        Self {
            name: first.map(|n| n.value.clone()).unwrap_or_default(),
            name_lang: first
                .map(|n| n.lang.as_str().to_owned())
                .unwrap_or_default(),
            other_names: r
                .names
                .iter()
                .skip(1)
                .map(|n| format!("{}: {}", n.lang.as_str(), n.value))
                .collect::<Vec<_>>()
                .join("\n"),
            country: r.country.map(|c| c.as_str().to_owned()).unwrap_or_default(),
            city: r.city.clone().unwrap_or_default(),
            areas: r.areas.iter().map(|a| a.as_str().to_owned()).collect(),
            founded: r.founded.map(|y| y.to_string()).unwrap_or_default(),
            website: r.website.clone().unwrap_or_default(),
            descriptions: r
                .description
                .iter()
                .map(|(l, t)| (l.as_str().to_owned(), t.clone()))
                .collect(),
        }
    }

    /// Reads one posted field into the profile; false if the field is not a profile field.
    pub(super) fn set(&mut self, field: &str, value: String) -> bool {
        match field {
            "name" => self.name = value,
            "name_lang" => self.name_lang = value,
            "other_names" => self.other_names = value,
            "country" => self.country = value,
            "city" => self.city = value,
            "areas" => self.areas.push(value),
            "founded" => self.founded = value,
            "website" => self.website = value,
            other => match other.strip_prefix("description_") {
                Some(lang) if UI_LANGS.contains(&lang) => {
                    self.descriptions.insert(lang.to_owned(), value);
                }
                _ => return false,
            },
        }
        true
    }

    /// Validates into a record through the import format's own rules, so a
    /// profile from a form is held to exactly what an import line is.
    pub(super) fn to_record(&self, id: &EntityId) -> Result<Record, ValidationErrors> {
        let mut names =
            vec![serde_json::json!({"value": self.name.trim(), "lang": self.name_lang.trim()})];
        for line in self.other_names.lines().filter(|l| !l.trim().is_empty()) {
            let (lang, value) = line.split_once(':').unwrap_or(("", line));
            names.push(serde_json::json!({"value": value.trim(), "lang": lang.trim()}));
        }
        let mut doc = serde_json::json!({
            "type": "organization",
            "id": id.as_str(),
            "names": names,
            "areas": self.areas,
            "description": self.descriptions.iter().filter(|(_, t)| !t.trim().is_empty()).map(|(l, t)| (l.clone(), t.trim().to_owned())).collect::<BTreeMap<_, _>>(),
        });
        for (key, value) in [
            ("country", &self.country),
            ("city", &self.city),
            ("website", &self.website),
        ] {
            if !value.trim().is_empty() {
                doc[key] = serde_json::Value::from(value.trim());
            }
        }
        // Every problem at once: a year that is not a number and a missing
        // country are reported beside those of the import format's rules.
        let mut problems = Vec::new();
        if !self.founded.trim().is_empty() {
            match self.founded.trim().parse::<i64>() {
                Ok(y) => doc["founded"] = serde_json::Value::from(y),
                Err(_) => problems.push(FieldError::new("founded", Problem::NotAYear)),
            }
        }
        if self.country.trim().is_empty() {
            problems.push(FieldError::new("country", Problem::CountryMissing));
        }
        let input: RecordInput = serde_json::from_value(doc).map_err(|e| {
            ValidationErrors::single(
                "form",
                Problem::Malformed {
                    detail: e.to_string(),
                },
            )
        })?;
        match Record::try_from(input) {
            Ok(record) if problems.is_empty() => Ok(record),
            Ok(_) => Err(ValidationErrors(problems)),
            Err(e) => {
                problems.extend(e.0);
                Err(ValidationErrors(problems))
            }
        }
    }
}

/// A choice in a `<select>` or a checkbox list.
pub(super) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One description field per interface language, marked when missing.
pub(super) struct TranslationField {
    pub lang: &'static str,
    /// The language of the original name: the text the others translate.
    pub original: bool,
    pub label: String,
    pub text: String,
    pub missing: bool,
}

pub(super) fn country_choices(chrome: &Chrome, selected: &str) -> Vec<Choice> {
    let mut codes: Vec<&str> = vec!["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"];
    codes.sort_by_key(|c| chrome.country(c));
    codes
        .into_iter()
        .map(|c| Choice {
            value: c.into(),
            label: chrome.country(c),
            selected: c == selected,
        })
        .collect()
}

pub(super) fn area_choices(chrome: &Chrome, selected: &[String]) -> Vec<Choice> {
    AREAS
        .iter()
        .map(|a| Choice {
            value: a.slug.to_owned(),
            label: chrome.t(&format!("area-{}", a.slug)),
            selected: selected.iter().any(|s| s == a.slug),
        })
        .collect()
}

pub(super) fn language_choices(chrome: &Chrome, selected: &str) -> Vec<Choice> {
    UI_LANGS
        .iter()
        .map(|l| Choice {
            value: (*l).into(),
            label: chrome.t(&format!("language-{l}")),
            selected: *l == selected,
        })
        .collect()
}

pub(super) fn translation_fields(chrome: &Chrome, p: &ProfileFields) -> Vec<TranslationField> {
    UI_LANGS
        .iter()
        .map(|l| {
            let text = p.descriptions.get(*l).cloned().unwrap_or_default();
            TranslationField {
                lang: l,
                original: *l == p.name_lang,
                label: chrome.t(&format!("language-{l}")),
                missing: text.trim().is_empty(),
                text,
            }
        })
        .collect()
}
