use crate::lang::parse_lang;
use crate::{AreaSlug, CountryCode, EntityId, FieldError, Lang, Problem, Script, ValidationErrors};
use std::collections::BTreeMap;
use std::fmt;

/// What a directory record is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Organization,
    Person,
    Place,
}

impl EntityKind {
    pub const ALL: [EntityKind; 3] = [Self::Organization, Self::Person, Self::Place];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Organization => "organization",
            Self::Person => "person",
            Self::Place => "place",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == raw)
    }

    /// The path segment of this kind's pages and API (`/organizations/…`).
    pub fn collection(self) -> &'static str {
        match self {
            Self::Organization => "organizations",
            Self::Person => "people",
            Self::Place => "places",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub const MAX_NAMES: usize = 50;
pub const MAX_NAME_LEN: usize = 300;
pub const MAX_CITY_LEN: usize = 200;
pub const MAX_WEBSITE_LEN: usize = 500;
pub const MAX_DESCRIPTION_LEN: usize = 20_000;
pub const FOUNDED_RANGE: std::ops::RangeInclusive<i64> = 1000..=2100;

/// A name as the import format and the API write it.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameInput {
    pub value: Option<String>,
    pub lang: Option<String>,
    pub script: Option<String>,
}

/// One line of the import format, before validation. Unknown fields are
/// refused rather than dropped, so nothing an importer sent is silently lost.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordInput {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub id: Option<String>,
    #[serde(default)]
    pub names: Vec<NameInput>,
    pub country: Option<String>,
    pub city: Option<String>,
    #[serde(default)]
    pub areas: Vec<String>,
    pub founded: Option<i64>,
    pub website: Option<String>,
    #[serde(default)]
    pub description: BTreeMap<String, String>,
}

/// A name of a record in one language and script.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Name {
    pub value: String,
    pub lang: Lang,
    pub script: Script,
}

/// A valid directory record: an organization, a person or a place.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Record {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub id: EntityId,
    pub names: Vec<Name>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryCode>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<AreaSlug>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub founded: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: BTreeMap<Lang, String>,
}

impl Record {
    /// The name to show when no language is preferred: the first one given.
    pub fn display_name(&self) -> &str {
        self.names
            .first()
            .map(|n| n.value.as_str())
            .unwrap_or(self.id.as_str())
    }

    /// The record's name in the first of `langs` it has one in, else its
    /// first name.
    pub fn name_in(&self, langs: &[&str]) -> &str {
        langs
            .iter()
            .find_map(|l| self.names.iter().find(|n| n.lang.primary() == *l))
            .map(|n| n.value.as_str())
            .unwrap_or_else(|| self.display_name())
    }

    /// Parses one import line (already split off its file) into a record.
    pub fn from_json(line: &str) -> Result<Self, ValidationErrors> {
        let input: RecordInput = serde_json::from_str(line).map_err(|e| {
            ValidationErrors::single(
                "json",
                Problem::Malformed {
                    detail: json_error_message(&e),
                },
            )
        })?;
        Self::try_from(input)
    }
}

fn json_error_message(e: &serde_json::Error) -> String {
    match e.classify() {
        serde_json::error::Category::Data => e.to_string(),
        _ => format!("invalid JSON: {e}"),
    }
}

/// Trims and refuses control characters (they break pages, CSV cells and
/// terminals); `Ok(None)` for text that is empty once trimmed.
pub(crate) fn clean_text(field: &str, raw: &str, max: usize) -> Result<Option<String>, FieldError> {
    let v = raw.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max {
        return Err(FieldError::new(field, Problem::TooLong { max }));
    }
    if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(FieldError::new(field, Problem::ControlCharacters));
    }
    Ok(Some(v.to_owned()))
}

/// [`clean_text`] for an optional field, recording its error.
pub(crate) fn optional_text(
    field: &str,
    raw: Option<&str>,
    max: usize,
    errs: &mut Vec<FieldError>,
) -> Option<String> {
    clean_text(field, raw?, max).unwrap_or_else(|e| {
        errs.push(e);
        None
    })
}

impl TryFrom<RecordInput> for Record {
    type Error = ValidationErrors;

    fn try_from(input: RecordInput) -> Result<Self, ValidationErrors> {
        let mut errs = Vec::new();
        let kind = match input.kind.as_deref().map(str::trim) {
            None | Some("") => {
                errs.push(FieldError::new("type", Problem::RecordTypeMissing));
                None
            }
            Some(k) => EntityKind::parse(k).or_else(|| {
                errs.push(FieldError::new(
                    "type",
                    Problem::RecordTypeUnknown {
                        value: k.to_owned(),
                    },
                ));
                None
            }),
        };
        let id = match input.id.as_deref().map(str::trim) {
            None | Some("") => {
                errs.push(FieldError::new("id", Problem::Missing));
                None
            }
            Some(raw) => EntityId::parse(raw).map_err(|e| errs.extend(e.0)).ok(),
        };
        if input.names.len() > MAX_NAMES {
            errs.push(FieldError::new(
                "names",
                Problem::TooMany { max: MAX_NAMES },
            ));
        }
        let mut names = Vec::with_capacity(input.names.len());
        for (i, n) in input.names.iter().enumerate() {
            let field = format!("names[{i}]");
            let value = match n
                .value
                .as_deref()
                .map(|v| clean_text(&format!("{field}.value"), v, MAX_NAME_LEN))
            {
                Some(Ok(Some(v))) => v,
                Some(Ok(None)) => {
                    errs.push(FieldError::new(format!("{field}.value"), Problem::Empty));
                    continue;
                }
                Some(Err(e)) => {
                    errs.push(e);
                    continue;
                }
                None => {
                    errs.push(FieldError::new(format!("{field}.value"), Problem::Missing));
                    continue;
                }
            };
            let lang = match n.lang.as_deref() {
                None => {
                    errs.push(FieldError::new(format!("{field}.lang"), Problem::Missing));
                    continue;
                }
                Some(l) => match parse_lang(&format!("{field}.lang"), l) {
                    Ok(l) => l,
                    Err(e) => {
                        errs.extend(e.0);
                        continue;
                    }
                },
            };
            let script = match n.script.as_deref() {
                None | Some("") => Script::infer(&value),
                Some(s) => match Script::parse(s) {
                    Ok(s) => s,
                    Err(m) => {
                        errs.push(FieldError::new(format!("{field}.script"), m));
                        continue;
                    }
                },
            };
            names.push(Name {
                value,
                lang,
                script,
            });
        }
        let country = match input.country.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(c) => CountryCode::parse(c).map_err(|e| errs.extend(e.0)).ok(),
        };
        let city = optional_text("city", input.city.as_deref(), MAX_CITY_LEN, &mut errs);
        let mut areas = Vec::new();
        for a in &input.areas {
            match AreaSlug::parse(a) {
                Ok(a) if !areas.contains(&a) => areas.push(a),
                Ok(_) => {}
                Err(e) => errs.extend(e.0),
            }
        }
        areas.sort();
        let founded = match input.founded {
            None => None,
            Some(y) if FOUNDED_RANGE.contains(&y) => i32::try_from(y).ok(),
            Some(y) => {
                errs.push(FieldError::new(
                    "founded",
                    Problem::ImplausibleYear {
                        year: y,
                        min: *FOUNDED_RANGE.start(),
                        max: *FOUNDED_RANGE.end(),
                    },
                ));
                None
            }
        };
        let website = match optional_text(
            "website",
            input.website.as_deref(),
            MAX_WEBSITE_LEN,
            &mut errs,
        ) {
            Some(w) if is_web_url(&w) => Some(w),
            Some(w) => {
                errs.push(FieldError::new(
                    "website",
                    Problem::NotAWebAddress { value: w },
                ));
                None
            }
            None => None,
        };
        let mut description = BTreeMap::new();
        for (lang, text) in &input.description {
            let field = format!("description.{lang}");
            match parse_lang(&field, lang) {
                Ok(l) => {
                    if let Some(t) =
                        optional_text(&field, Some(text), MAX_DESCRIPTION_LEN, &mut errs)
                    {
                        description.insert(l, t);
                    }
                }
                Err(e) => errs.extend(e.0),
            }
        }
        match (kind, id) {
            (Some(kind), Some(id)) if errs.is_empty() => Ok(Record {
                kind,
                id,
                names,
                country,
                city,
                areas,
                founded,
                website,
                description,
            }),
            _ => Err(ValidationErrors(errs)),
        }
    }
}

fn is_web_url(w: &str) -> bool {
    let rest = w
        .strip_prefix("https://")
        .or_else(|| w.strip_prefix("http://"));
    matches!(rest, Some(host) if !host.is_empty() && !host.starts_with('/') && !w.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTRACT_ORG: &str = r#"{"type": "organization", "id": "AZ-NGO-0001", "names": [{"value": "Gənclər Birliyi", "lang": "az", "script": "Latn"}, {"value": "Youth Union", "lang": "en"}], "country": "AZ", "city": "Bakı", "areas": ["youth", "education"], "founded": 2004, "website": "https://example.org", "description": {"az": "…", "en": "…"}}"#;

    #[test]
    fn parses_the_contract_examples() {
        let r = Record::from_json(CONTRACT_ORG).unwrap();
        assert_eq!(r.kind, EntityKind::Organization);
        assert_eq!(r.display_name(), "Gənclər Birliyi");
        assert_eq!(r.names[1].script.as_str(), "Latn", "inferred");
        assert_eq!(
            r.areas.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
            ["education", "youth"]
        );
        let p = Record::from_json(
            r#"{"type": "person", "id": "p-17", "names": [{"value": "Хикмет Гаджиев", "lang": "ru"}], "country": "AZ"}"#,
        )
        .unwrap();
        assert_eq!(p.names[0].script.as_str(), "Cyrl");
    }

    #[test]
    fn picks_a_name_by_language() {
        let r = Record::from_json(CONTRACT_ORG).unwrap();
        assert_eq!(r.name_in(&["en"]), "Youth Union");
        assert_eq!(
            r.name_in(&["kk", "ru"]),
            "Gənclər Birliyi",
            "falls back to the first name"
        );
    }

    #[test]
    fn serializes_back_to_the_same_record() {
        let r = Record::from_json(CONTRACT_ORG).unwrap();
        let again = Record::from_json(&serde_json::to_string(&r).unwrap()).unwrap();
        assert_eq!(r, again);
    }

    fn fields(line: &str) -> Vec<String> {
        Record::from_json(line)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn reports_every_bad_field() {
        assert_eq!(fields(r#"{"type":"planet","id":""}"#), ["type", "id"]);
        assert_eq!(fields(r#"{"id":"x"}"#), ["type"]);
        assert_eq!(fields(r#"{"type":"person"}"#), ["id"]);
        assert_eq!(
            fields(
                r#"{"type":"organization","id":"x","country":"ZZ","areas":["space"],"founded":99,"website":"ftp://x"}"#
            ),
            ["country", "areas", "founded", "website"]
        );
        assert_eq!(
            fields(
                r#"{"type":"person","id":"x","names":[{"value":"A"},{"value":" ","lang":"en"},{"value":"B","lang":"english"}]}"#
            ),
            ["names[0].lang", "names[1].value", "names[2].lang"]
        );
    }

    #[test]
    fn refuses_malformed_json_and_unknown_fields() {
        assert_eq!(fields("{not json"), ["json"]);
        let e = Record::from_json(r#"{"type":"person","id":"x","nmes":[]}"#).unwrap_err();
        assert!(e.to_string().contains("unknown field `nmes`"), "{e}");
    }

    #[test]
    fn refuses_control_characters_in_text() {
        assert_eq!(
            fields(r#"{"type":"person","id":"x","names":[{"value":"A\u0000B","lang":"en"}]}"#),
            ["names[0].value"]
        );
    }
}
