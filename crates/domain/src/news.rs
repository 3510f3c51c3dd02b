//! News: an article is a translation set, the same story in several of the
//! platform's languages (as a news agency writes it), one of them the
//! original. Category, tags, publication time, author, cover image and the
//! directory records the story mentions belong to the set; title, summary,
//! body and the cover's alt text belong to each translation.
//!
//! Text is plain: paragraphs of text, never markup (pages escape it).

use crate::record::clean_text;
use crate::{EntityId, FieldError, Problem, UI_LANGS, ValidationErrors};
use std::fmt;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub const MAX_ARTICLE_ID_LEN: usize = 120;
pub const MAX_TAG_LEN: usize = 50;
pub const MAX_TAGS: usize = 20;
pub const MAX_MENTIONS: usize = 100;
pub const MAX_AUTHOR_LEN: usize = 200;
pub const MAX_TITLE_LEN: usize = 300;
pub const MAX_SUMMARY_LEN: usize = 1_000;
pub const MAX_PARAGRAPHS: usize = 200;
pub const MAX_PARAGRAPH_LEN: usize = 10_000;
pub const MAX_ALT_LEN: usize = 500;
pub const MAX_MEDIA_NAME_LEN: usize = 100;
/// Publication years accepted: anything else is a typo.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1990..=2199;

/// Lowercase ASCII words joined by single hyphens: `solidarity-forum-2025`.
fn is_slug(raw: &str) -> bool {
    !raw.is_empty()
        && raw.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn slug(field: &str, raw: &str, max: usize) -> Result<String, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(FieldError::new(field, Problem::Empty));
    }
    if raw.len() > max {
        return Err(FieldError::new(field, Problem::TooLong { max }));
    }
    if !is_slug(raw) {
        return Err(FieldError::new(
            field,
            Problem::NotASlug {
                value: raw.to_owned(),
            },
        ));
    }
    Ok(raw.to_owned())
}

/// An article's stable id, which is also its address: `/news/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct ArticleId(String);

impl ArticleId {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        slug("id", raw, MAX_ARTICLE_ID_LEN)
            .map(Self)
            .map_err(|e| ValidationErrors(vec![e]))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A tag: a slug (`zangezur-corridor`). Tags that are also areas of
/// cooperation (`youth`, `women` …) are shown with the area's label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Tag(String);

impl Tag {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        slug("tag", raw, MAX_TAG_LEN)
            .map(Self)
            .map_err(|e| ValidationErrors(vec![e]))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The news desk's sections: a small fixed taxonomy, labelled in every
/// interface language (`news-category-{slug}`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Forums and their sessions.
    Forum,
    /// The platform and the network of countries.
    Network,
    /// News from member organizations.
    Members,
    /// Calls, deadlines, notices.
    Announcements,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Self::Forum,
        Self::Network,
        Self::Members,
        Self::Announcements,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Forum => "forum",
            Self::Network => "network",
            Self::Members => "members",
            Self::Announcements => "announcements",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        let raw = raw.trim();
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == raw)
            .ok_or_else(|| {
                ValidationErrors::single(
                    "category",
                    Problem::UnknownCategory {
                        value: raw.to_owned(),
                        known: Self::ALL.map(Self::as_str).join(", "),
                    },
                )
            })
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Image types the platform serves from its media store, by extension.
pub const MEDIA_TYPES: &[(&str, &str)] = &[
    ("jpeg", "image/jpeg"),
    ("jpg", "image/jpeg"),
    ("png", "image/png"),
    ("svg", "image/svg+xml"),
    ("webp", "image/webp"),
];

/// The name of an image in the media store (`forum-baku.svg`): a plain
/// file name (no folders, no dots but the extension's) with an allowed
/// extension, served at `/media/{name}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct MediaName(String);

impl MediaName {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        let bad = |problem| ValidationErrors::single("cover", problem);
        let raw = raw.trim();
        let value = raw.to_owned();
        if raw.len() > MAX_MEDIA_NAME_LEN {
            return Err(bad(Problem::TooLong {
                max: MAX_MEDIA_NAME_LEN,
            }));
        }
        let Some((stem, ext)) = raw.rsplit_once('.') else {
            return Err(bad(Problem::MediaWithoutExtension { value }));
        };
        let stem_ok = stem
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && stem
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !stem_ok {
            return Err(bad(Problem::MediaName { value }));
        }
        if !MEDIA_TYPES.iter().any(|(e, _)| *e == ext) {
            return Err(bad(Problem::MediaType {
                value,
                known: MEDIA_TYPES
                    .iter()
                    .map(|(e, _)| *e)
                    .collect::<Vec<_>>()
                    .join(", "),
            }));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The MIME type its extension stands for.
    pub fn content_type(&self) -> &'static str {
        let ext = self.0.rsplit('.').next().unwrap_or("");
        MEDIA_TYPES
            .iter()
            .find(|(e, _)| *e == ext)
            .map(|(_, t)| *t)
            .unwrap_or("application/octet-stream")
    }
}

impl fmt::Display for MediaName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An instant in UTC, to the second, written as RFC 3339 (`2025-11-24T10:00:00Z`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    /// Parses RFC 3339 with any offset; the result is in UTC, without fractions.
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let t =
            OffsetDateTime::parse(raw.trim(), &Rfc3339).map_err(|_| Problem::NotATimestamp {
                value: raw.to_owned(),
            })?;
        let t = t.to_offset(time::UtcOffset::UTC);
        if !YEAR_RANGE.contains(&t.year()) {
            return Err(Problem::ImplausibleTime {
                value: raw.to_owned(),
                min: (*YEAR_RANGE.start()).into(),
                max: (*YEAR_RANGE.end()).into(),
            });
        }
        Ok(Self(t.replace_nanosecond(0).unwrap_or(t)))
    }

    /// Seconds since 1970-01-01 UTC, as the store keeps it.
    pub fn unix(self) -> i64 {
        self.0.unix_timestamp()
    }

    pub fn from_unix(secs: i64) -> Option<Self> {
        OffsetDateTime::from_unix_timestamp(secs).ok().map(Self)
    }

    /// `2025-11-24T10:00:00Z`.
    pub fn rfc3339(self) -> String {
        // Years are within 0–9999 (YEAR_RANGE), which RFC 3339 can always write.
        self.0.format(&Rfc3339).unwrap_or_default()
    }

    /// `2026-11-23 08:15 UTC`, to the minute (audit log, review history).
    pub fn minute_utc(self) -> String {
        let (d, t) = (self.0.date(), self.0.time());
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02} UTC",
            d.year(),
            u8::from(d.month()),
            d.day(),
            t.hour(),
            t.minute()
        )
    }

    /// `2025-11-24`.
    pub fn date(self) -> String {
        let d = self.0.date();
        format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339())
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.rfc3339())
    }
}

/// Who wrote the story: a byline, and the person's record when there is one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Author {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<EntityId>,
}

/// The story in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Translation {
    /// One of the interface languages ([`UI_LANGS`]), so every translation has a page.
    pub lang: &'static str,
    /// The language the story was written in; the others translate it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub original: bool,
    pub title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Paragraphs of plain text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<String>,
    /// Describes the cover image for people who cannot see it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cover_alt: String,
}

/// A valid news article: one story in one or more languages.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Article {
    pub id: ArticleId,
    pub category: Category,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    pub published: Timestamp,
    /// The last significant change; the publication time when never changed.
    pub updated: Timestamp,
    pub author: Author,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cover: Option<MediaName>,
    /// Ids of the organizations, people and places the story is about.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<EntityId>,
    /// The original first, then the others in the network's language order.
    pub translations: Vec<Translation>,
}

impl Article {
    /// Parses an article written in the news format (see [`ArticleInput`]).
    pub fn from_json(text: &str) -> Result<Self, ValidationErrors> {
        let input: ArticleInput = serde_json::from_str(text).map_err(|e| {
            ValidationErrors::single(
                "json",
                Problem::Malformed {
                    detail: e.to_string(),
                },
            )
        })?;
        Self::try_from(input)
    }

    /// The translation the story was written in.
    pub fn original(&self) -> &Translation {
        // Validation guarantees one original, sorted first.
        &self.translations[0]
    }

    /// The translation in this interface language, if there is one.
    pub fn translation(&self, lang: &str) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
    }

    /// The translation to show a reader of `chain` (a language and its
    /// fallbacks): the first language there is one in, else the original.
    pub fn best_translation(&self, chain: &[&str]) -> &Translation {
        chain
            .iter()
            .find_map(|l| self.translation(l))
            .unwrap_or_else(|| self.original())
    }

    /// The languages the story is available in, original first.
    pub fn langs(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.translations.iter().map(|t| t.lang)
    }
}

/// An author as the news format writes it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorInput {
    pub name: Option<String>,
    /// The id of the author's person record.
    pub person: Option<String>,
}

/// One translation as the news format writes it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationInput {
    pub lang: Option<String>,
    #[serde(default)]
    pub original: bool,
    pub title: Option<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub body: Vec<String>,
    pub cover_alt: Option<String>,
}

/// An article in the news format (JSON), before validation:
///
/// ```json
/// {"id": "forum-opens-in-baku", "category": "forum", "tags": ["solidarity-forum"],
///  "published": "2025-11-24T09:00:00Z", "author": {"name": "Press service", "person": "p-17"},
///  "cover": "forum-baku.svg", "mentions": ["venue-gulustan-palace"],
///  "translations": [{"lang": "az", "original": true, "title": "…", "summary": "…",
///                    "body": ["…", "…"], "cover_alt": "…"}, {"lang": "en", …}]}
/// ```
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleInput {
    pub id: Option<String>,
    pub category: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub published: Option<String>,
    pub updated: Option<String>,
    pub author: Option<AuthorInput>,
    pub cover: Option<String>,
    #[serde(default)]
    pub mentions: Vec<String>,
    #[serde(default)]
    pub translations: Vec<TranslationInput>,
}

/// A one-line text: [`clean_text`] without line breaks.
fn line(field: &str, raw: Option<&str>, max: usize, errs: &mut Vec<FieldError>) -> String {
    match raw.map(|r| clean_text(field, r, max)) {
        Some(Ok(Some(v))) if v.contains(['\n', '\t']) => {
            errs.push(FieldError::new(field, Problem::NotOneLine));
            String::new()
        }
        Some(Ok(Some(v))) => v,
        Some(Ok(None)) | None => String::new(),
        Some(Err(e)) => {
            errs.push(e);
            String::new()
        }
    }
}

fn required_line(field: &str, raw: Option<&str>, max: usize, errs: &mut Vec<FieldError>) -> String {
    let before = errs.len();
    let v = line(field, raw, max, errs);
    if v.is_empty() && errs.len() == before {
        errs.push(FieldError::new(field, Problem::Missing));
    }
    v
}

fn time_field(field: &str, raw: Option<&str>, errs: &mut Vec<FieldError>) -> Option<Timestamp> {
    match raw.map(str::trim) {
        None | Some("") => None,
        Some(r) => Timestamp::parse(r)
            .map_err(|m| errs.push(FieldError::new(field, m)))
            .ok(),
    }
}

/// Turns a validation error of a sub-value into one for `field`.
fn refield(e: ValidationErrors, field: &str) -> impl Iterator<Item = FieldError> {
    let field = field.to_owned();
    e.0.into_iter()
        .map(move |fe| FieldError::new(field.clone(), fe.problem))
}

fn lang_rank(lang: &str) -> usize {
    UI_LANGS
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(UI_LANGS.len())
}

impl TryFrom<ArticleInput> for Article {
    type Error = ValidationErrors;

    fn try_from(input: ArticleInput) -> Result<Self, ValidationErrors> {
        let mut errs = Vec::new();
        let id = match input.id.as_deref().map(str::trim) {
            None | Some("") => {
                errs.push(FieldError::new("id", Problem::Missing));
                None
            }
            Some(raw) => ArticleId::parse(raw).map_err(|e| errs.extend(e.0)).ok(),
        };
        let category = match input.category.as_deref().map(str::trim) {
            None | Some("") => {
                errs.push(FieldError::new(
                    "category",
                    Problem::CategoryMissing {
                        known: Category::ALL.map(Category::as_str).join(", "),
                    },
                ));
                None
            }
            Some(raw) => Category::parse(raw).map_err(|e| errs.extend(e.0)).ok(),
        };
        if input.tags.len() > MAX_TAGS {
            errs.push(FieldError::new("tags", Problem::TooMany { max: MAX_TAGS }));
        }
        let mut tags = Vec::new();
        for (i, raw) in input.tags.iter().enumerate() {
            match Tag::parse(raw) {
                Ok(t) if !tags.contains(&t) => tags.push(t),
                Ok(_) => {}
                Err(e) => errs.extend(refield(e, &format!("tags[{i}]"))),
            }
        }
        let published = time_field("published", input.published.as_deref(), &mut errs);
        if published.is_none()
            && input
                .published
                .as_deref()
                .is_none_or(|p| p.trim().is_empty())
        {
            errs.push(FieldError::new("published", Problem::Missing));
        }
        let updated = time_field("updated", input.updated.as_deref(), &mut errs);
        if let (Some(p), Some(u)) = (published, updated)
            && u < p
        {
            errs.push(FieldError::new("updated", Problem::UpdatedBeforePublished));
        }
        let author_in = input.author.unwrap_or_default();
        let author_name = required_line(
            "author.name",
            author_in.name.as_deref(),
            MAX_AUTHOR_LEN,
            &mut errs,
        );
        let author_person = match author_in.person.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => EntityId::parse(raw)
                .map_err(|e| errs.extend(refield(e, "author.person")))
                .ok(),
        };
        let cover = match input.cover.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => MediaName::parse(raw).map_err(|e| errs.extend(e.0)).ok(),
        };
        if input.mentions.len() > MAX_MENTIONS {
            errs.push(FieldError::new(
                "mentions",
                Problem::TooMany { max: MAX_MENTIONS },
            ));
        }
        let mut mentions = Vec::new();
        for (i, raw) in input.mentions.iter().enumerate() {
            match EntityId::parse(raw.trim()) {
                Ok(m) if !mentions.contains(&m) => mentions.push(m),
                Ok(_) => {}
                Err(e) => errs.extend(refield(e, &format!("mentions[{i}]"))),
            }
        }

        if input.translations.is_empty() {
            errs.push(FieldError::new("translations", Problem::NoTranslation));
        }
        let mut translations: Vec<Translation> = Vec::new();
        for (i, t) in input.translations.iter().enumerate() {
            let f = |name: &str| format!("translations[{i}].{name}");
            let lang = match t.lang.as_deref().map(str::trim) {
                None | Some("") => {
                    errs.push(FieldError::new(f("lang"), Problem::Missing));
                    None
                }
                Some(raw) => match UI_LANGS.iter().find(|l| **l == raw) {
                    Some(l) if translations.iter().any(|t| t.lang == *l) => {
                        errs.push(FieldError::new(
                            f("lang"),
                            Problem::TranslationTwice {
                                lang: (*l).to_owned(),
                            },
                        ));
                        None
                    }
                    Some(l) => Some(*l),
                    None => {
                        errs.push(FieldError::new(
                            f("lang"),
                            Problem::NotPlatformLanguage {
                                value: raw.to_owned(),
                                known: UI_LANGS.join(", "),
                            },
                        ));
                        None
                    }
                },
            };
            let title = required_line(&f("title"), t.title.as_deref(), MAX_TITLE_LEN, &mut errs);
            let summary = match t
                .summary
                .as_deref()
                .map(|s| clean_text(&f("summary"), s, MAX_SUMMARY_LEN))
            {
                Some(Ok(Some(s))) => s,
                Some(Ok(None)) | None => String::new(),
                Some(Err(e)) => {
                    errs.push(e);
                    String::new()
                }
            };
            if t.body.len() > MAX_PARAGRAPHS {
                errs.push(FieldError::new(
                    f("body"),
                    Problem::TooMany {
                        max: MAX_PARAGRAPHS,
                    },
                ));
            }
            let mut body = Vec::with_capacity(t.body.len());
            for (j, p) in t.body.iter().enumerate() {
                match clean_text(&format!("{}[{j}]", f("body")), p, MAX_PARAGRAPH_LEN) {
                    Ok(Some(p)) => body.push(p),
                    Ok(None) => {}
                    Err(e) => errs.push(e),
                }
            }
            let cover_alt = line(
                &f("cover_alt"),
                t.cover_alt.as_deref(),
                MAX_ALT_LEN,
                &mut errs,
            );
            if let Some(lang) = lang {
                translations.push(Translation {
                    lang,
                    original: t.original,
                    title,
                    summary,
                    body,
                    cover_alt,
                });
            }
        }
        let originals = input.translations.iter().filter(|t| t.original).count();
        match originals {
            0 if input.translations.len() == 1 && translations.len() == 1 => {
                translations[0].original = true
            }
            0 if input.translations.len() > 1 => {
                errs.push(FieldError::new("translations", Problem::OriginalMissing))
            }
            0 | 1 => {}
            _ => errs.push(FieldError::new("translations", Problem::OriginalTwice)),
        }
        translations.sort_by_key(|t| (!t.original, lang_rank(t.lang)));

        match (id, category, published) {
            (Some(id), Some(category), Some(published)) if errs.is_empty() => Ok(Article {
                id,
                category,
                tags,
                published,
                updated: updated.unwrap_or(published),
                author: Author {
                    name: author_name,
                    person: author_person,
                },
                cover,
                mentions,
                translations,
            }),
            _ => Err(ValidationErrors(errs)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = r#"{
        "id": "forum-opens-in-baku", "category": "forum", "tags": ["solidarity-forum", "youth"],
        "published": "2025-11-24T13:00:00+04:00",
        "author": {"name": "Press service", "person": "p-17"},
        "cover": "forum-baku.svg", "mentions": ["venue-gulustan-palace", "az-agency-ngo-support"],
        "translations": [
            {"lang": "en", "title": "The Solidarity Forum opens in Baku", "summary": "500 participants.",
             "body": ["First paragraph.", "Second paragraph."], "cover_alt": "The hall"},
            {"lang": "az", "original": true, "title": "Həmrəylik Forumu Bakıda açıldı",
             "body": ["Birinci abzas."]},
            {"lang": "ru", "title": "В Баку открылся Форум солидарности"}
        ]
    }"#;

    #[test]
    fn parses_a_translation_set() {
        let a = Article::from_json(STORY).unwrap();
        assert_eq!(a.id.as_str(), "forum-opens-in-baku");
        assert_eq!(a.category, Category::Forum);
        assert_eq!(a.published.rfc3339(), "2025-11-24T09:00:00Z", "in UTC");
        assert_eq!(a.updated, a.published, "updated defaults to published");
        assert_eq!(a.published.date(), "2025-11-24");
        assert_eq!(
            a.langs().collect::<Vec<_>>(),
            ["az", "ru", "en"],
            "original first, then in the network's order"
        );
        assert_eq!(a.original().title, "Həmrəylik Forumu Bakıda açıldı");
        assert_eq!(a.cover.as_ref().unwrap().content_type(), "image/svg+xml");
        assert_eq!(a.author.person.as_ref().unwrap().as_str(), "p-17");
    }

    #[test]
    fn picks_the_reader_s_translation_along_the_chain() {
        let a = Article::from_json(STORY).unwrap();
        assert_eq!(a.best_translation(&["ru", "en"]).lang, "ru");
        assert_eq!(a.best_translation(&["kk", "ru", "en"]).lang, "ru");
        assert_eq!(a.best_translation(&["hu", "en"]).lang, "en");
        assert_eq!(a.best_translation(&["tk"]).lang, "az", "else the original");
    }

    #[test]
    fn serializes_back_to_the_same_article() {
        let a = Article::from_json(STORY).unwrap();
        let again = Article::from_json(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(a, again);
    }

    fn fields(text: &str) -> Vec<String> {
        Article::from_json(text)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn reports_every_bad_field() {
        assert_eq!(
            fields(r#"{}"#),
            ["id", "category", "published", "author.name", "translations"]
        );
        assert_eq!(
            fields(
                r#"{"id":"Bad Id","category":"sport","tags":["ok","Not OK"],"published":"24.11.2025",
                   "author":{"name":"A","person":"a b"},"cover":"../etc/passwd","mentions":["x y"],
                   "translations":[{"lang":"de","title":"T"},{"lang":"en"},{"lang":"en","title":"x\ny"}]}"#
            ),
            [
                "id",
                "category",
                "tags[1]",
                "published",
                "author.person",
                "cover",
                "mentions[0]",
                "translations[0].lang",
                "translations[1].title",
                "translations[2].lang",
                "translations[2].title",
                "translations"
            ]
        );
        assert_eq!(
            fields(
                r#"{"id":"a","category":"forum","published":"2025-11-24T10:00:00Z","updated":"2025-11-23T10:00:00Z",
                   "author":{"name":"A"},"translations":[{"lang":"en","title":"T","original":true},{"lang":"az","title":"T","original":true}]}"#
            ),
            ["updated", "translations"]
        );
    }

    #[test]
    fn refuses_unknown_fields_and_control_characters() {
        let e = Article::from_json(r#"{"id":"a","html":"<b>"}"#).unwrap_err();
        assert!(e.to_string().contains("unknown field `html`"), "{e}");
        assert_eq!(
            fields(
                r#"{"id":"a","category":"forum","published":"2025-11-24T10:00:00Z","author":{"name":"A"},
                   "translations":[{"lang":"en","title":"T","body":["ok","a\u0000b"]}]}"#
            ),
            ["translations[0].body[1]"]
        );
    }

    #[test]
    fn slugs_and_media_names() {
        for ok in ["a", "forum-2025", "x1-y2-z3"] {
            assert!(ArticleId::parse(ok).is_ok(), "{ok}");
            assert!(Tag::parse(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "ə", "a_b", "a/b", "a.b"] {
            assert!(ArticleId::parse(bad).is_err(), "{bad}");
        }
        for ok in ["cover.svg", "forum_baku-1.png", "a.jpeg"] {
            assert!(MediaName::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "cover",
            "cover.html",
            "cover.SVG",
            ".svg",
            "../x.svg",
            "a/b.png",
            "a.b.png",
            "-a.png",
            "x.svg.html",
        ] {
            assert!(MediaName::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timestamps_are_utc_seconds() {
        let t = Timestamp::parse("2025-11-25T10:30:15.75+04:00").unwrap();
        assert_eq!(t.rfc3339(), "2025-11-25T06:30:15Z");
        assert_eq!(Timestamp::from_unix(t.unix()), Some(t));
        assert!(Timestamp::parse("1850-01-01T00:00:00Z").is_err());
        assert!(Timestamp::parse("2025-11-25").is_err());
    }
}
