//! View models: what templates show, computed in Rust so templates stay plain.

use crate::http::i18n::{self, Locale};
use crate::http::params::encode;
use domain::{EntityKind, Record, country_name};
use locale::messages::Arg as FluentValue;

/// The page chrome every template shares: the interface language, which
/// section is current, the search box's text, and the helpers templates use
/// for strings and links.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub active: &'static str,
    pub q: String,
    pub lang: &'static str,
    /// `/kk` when the URL named the language, else empty.
    prefix: String,
    /// This page's path and query without the language prefix.
    here: String,
    /// The signed-in account's name; empty for anonymous visitors.
    pub user_name: String,
    /// The CSRF token for forms on this page (the sign-out button).
    pub csrf: String,
    /// Whether to show the review queue and the admin pages in the menu.
    pub can_review: bool,
    pub is_admin: bool,
    /// The languages this page exists in, when not every interface
    /// language (a news story's translations); `None` for all.
    only_in: Option<Vec<&'static str>>,
    /// The site's origin as the client reached it (`https://host`), for
    /// the canonical address and the social preview tags.
    origin: String,
    /// This page's `<meta name="description">`; empty for the site's own.
    pub description: String,
    /// The Open Graph preview of this page, for pages worth sharing.
    pub social: Option<SocialPreview>,
    /// The language whose address is this page's canonical one, when not
    /// the page's own (a story shown in a fallback translation).
    canonical_lang: Option<&'static str>,
}

/// What a link to this page shows when shared (Open Graph, Twitter cards).
#[derive(Debug, Clone, Default)]
pub struct SocialPreview {
    /// `article` for a news story, `profile` for a person, else `website`.
    pub kind: &'static str,
    pub title: String,
    /// The image's address, absolute; empty for none.
    pub image: String,
    pub image_alt: String,
    /// The story's publication and last change (RFC 3339), for `article`.
    pub published: String,
    pub modified: String,
}

/// The longest meta description kept: search engines show about this much.
const DESCRIPTION_CHARS: usize = 200;

/// `text` on one line, cut at a word near [`DESCRIPTION_CHARS`] characters
/// with an ellipsis, for a meta description.
pub fn summarize(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= DESCRIPTION_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(DESCRIPTION_CHARS).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.', ' ']))
}

impl Default for Chrome {
    fn default() -> Self {
        Self::new(
            Locale {
                lang: "en",
                prefixed: false,
            },
            "/",
        )
    }
}

/// One entry of the language switcher.
pub struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub url: String,
    pub current: bool,
}

impl Chrome {
    pub fn new(locale: Locale, here: &str) -> Self {
        Self {
            active: "",
            q: String::new(),
            lang: locale.lang,
            prefix: if locale.prefixed {
                format!("/{}", locale.lang)
            } else {
                String::new()
            },
            here: here.to_owned(),
            user_name: String::new(),
            csrf: String::new(),
            can_review: false,
            is_admin: false,
            only_in: None,
            origin: String::new(),
            description: String::new(),
            social: None,
            canonical_lang: None,
        }
    }

    /// Says this page's content is the one at this language's address.
    pub fn canonical_in(mut self, lang: &'static str) -> Self {
        self.canonical_lang = Some(lang);
        self
    }

    /// Sets this page's meta description (flattened and shortened).
    pub fn describe(mut self, text: &str) -> Self {
        self.description = summarize(text);
        self
    }

    /// Sets the preview a shared link to this page shows.
    pub fn preview(mut self, social: SocialPreview) -> Self {
        self.social = Some(social);
        self
    }

    /// The meta description: this page's own, else the site's.
    pub fn meta_description(&self) -> String {
        if self.description.is_empty() {
            format!("{}: {}", self.t("site-name"), self.t("site-tagline"))
        } else {
            self.description.clone()
        }
    }

    /// This page's address in this language, absolute (its canonical URL
    /// and `og:url`).
    pub fn canonical_url(&self) -> String {
        let lang = self.canonical_lang.unwrap_or(self.lang);
        format!("{}/{lang}{}", self.origin, self.here)
            .trim_end_matches('/')
            .to_owned()
    }

    /// An address on this site (`/media/x.svg`) made absolute.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// The Open Graph locale of this page's language (`kk_KZ`).
    pub fn og_locale(&self) -> &'static str {
        match self.lang {
            "az" => "az_AZ",
            "tr" => "tr_TR",
            "uz" => "uz_UZ",
            "kk" => "kk_KZ",
            "ky" => "ky_KG",
            "ru" => "ru_RU",
            "hu" => "hu_HU",
            "tk" => "tk_TM",
            _ => "en_GB",
        }
    }

    pub fn section(mut self, active: &'static str) -> Self {
        self.active = active;
        self
    }

    /// The interface string `key`.
    pub fn t(&self, key: &str) -> String {
        i18n::message(self.lang, key, &[])
    }

    /// The interface string `key` with a count (plural forms per language).
    pub fn tn(&self, key: &str, count: &u64) -> String {
        i18n::message(self.lang, key, &[("count", FluentValue::from(*count))])
    }

    /// The interface string `key` with one text argument.
    pub fn t1(&self, key: &str, name: &'static str, value: impl AsRef<str>) -> String {
        i18n::message(self.lang, key, &[(name, FluentValue::from(value.as_ref()))])
    }

    /// The interface string `key` around its one argument `name`: the text
    /// before it and after it, so a template can mark the argument up (give
    /// a name its own `lang`).
    pub fn t1_around(&self, key: &str, name: &'static str) -> (String, String) {
        const SLOT: &str = "\u{E000}";
        let whole = self.t1(key, name, SLOT);
        let clean = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
        match whole.split_once(SLOT) {
            Some((before, after)) => (clean(before), clean(after)),
            None => (clean(&whole), String::new()),
        }
    }

    /// The interface string `key` with two text arguments.
    pub fn t2(&self, key: &str, a: (&'static str, &str), b: (&'static str, &str)) -> String {
        i18n::message(
            self.lang,
            key,
            &[(a.0, FluentValue::from(a.1)), (b.0, FluentValue::from(b.1))],
        )
    }

    /// Says the page exists only in these languages (its `hreflang` alternates).
    /// A string with any number of text arguments.
    pub fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: Vec<(&'static str, FluentValue<'_>)> = args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(value.as_str())))
            .collect();
        i18n::message(self.lang, key, &args)
    }

    pub fn only_in(mut self, langs: Vec<&'static str>) -> Self {
        self.only_in = Some(langs);
        self
    }

    /// The `hreflang` alternates of this page: every interface language,
    /// or those set by [`Chrome::only_in`].
    pub fn alternates(&self) -> Vec<LanguageLink> {
        let mut all = self.languages();
        if let Some(only) = &self.only_in {
            all.retain(|l| only.contains(&l.code));
        }
        all
    }

    /// The Atom feed of news in this page's language.
    pub fn feed_url(&self) -> String {
        format!("/{}/news.atom", self.lang)
    }

    /// A count in this page's language (`12.345`, `12 345`, `12,345`).
    pub fn number(&self, n: &usize) -> String {
        locale::format_count(self.lang, u64::try_from(*n).unwrap_or(u64::MAX))
    }

    /// An ISO date (`2009-10-03`) in this page's language's long style
    /// (`3 oktyabr 2009`); anything else as it is.
    pub fn date(&self, iso: &str) -> String {
        locale::format_iso_date(self.lang, iso).unwrap_or_else(|| iso.to_owned())
    }

    /// A link to `path` (which starts with `/`) in this page's language.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.prefix)
    }

    /// Where to send the visitor next (a redirect's target, a `next`
    /// parameter): `target` (a path on this site) in this page's language.
    /// A target that names a language already keeps it; any other gets
    /// this page's prefix, so nobody who came in Russian lands in English.
    pub fn local(&self, target: &str) -> String {
        let first = target
            .trim_start_matches('/')
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("");
        if domain::UI_LANGS.contains(&first) {
            target.to_owned()
        } else {
            self.href(target)
        }
    }

    /// A redirect (303 See Other) to `target` in this page's language
    /// (see [`Chrome::local`]): every redirect of a page goes through here.
    pub fn redirect(&self, target: &str) -> axum::response::Redirect {
        axum::response::Redirect::to(&self.local(target))
    }

    /// This page in every interface language.
    pub fn languages(&self) -> Vec<LanguageLink> {
        domain::UI_LANGS
            .iter()
            .map(|code| LanguageLink {
                code,
                name: i18n::endonym(code),
                url: format!("/{code}{}", self.here),
                current: *code == self.lang,
            })
            .collect()
    }

    /// Sorts `items` by their label in this page's language's alphabetical
    /// order (ICU4X collation: Azerbaijani ə after e, Kazakh ә after а …).
    /// Every option list of every form and filter is sorted through here.
    pub fn sort_by_label<T>(&self, items: &mut [T], label: impl Fn(&T) -> &str) {
        locale::collation(self.lang).sort_by_name(items, label);
    }

    /// The name of the country with this code in this page's language
    /// (the code itself if unknown; empty for no code).
    pub fn country(&self, code: &str) -> String {
        country_name(code, self.lang).unwrap_or(code).to_owned()
    }
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Chrome {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        let locale = parts.extensions.get::<Locale>().copied().unwrap_or(Locale {
            lang: "en",
            prefixed: false,
        });
        let here = parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/");
        let mut chrome = Chrome::new(locale, here);
        chrome.origin = origin(&parts.headers);
        if let Some(viewer) = parts.extensions.get::<crate::http::auth::Viewer>()
            && let Some(me) = &viewer.0
        {
            chrome.user_name = me.account.display_name.clone();
            chrome.is_admin = me.actor.is_secretariat();
            chrome.can_review =
                domain::authorize(Some(&me.actor), domain::Action::ReadReviewQueue).is_ok();
        }
        if let Some(csrf) = parts.extensions.get::<crate::http::auth::Csrf>() {
            chrome.csrf = csrf.token.clone();
        }
        Ok(chrome)
    }
}

/// The interface-string key naming a record kind.
pub fn kind_key(kind: EntityKind) -> String {
    format!("kind-{}", kind.as_str())
}

/// The interface-string key naming a language (`uz-Cyrl` → `language-uz`),
/// or `None` for languages the interface does not name.
pub fn language_key(lang: &str) -> Option<String> {
    let primary = lang.split('-').next().unwrap_or(lang);
    domain::UI_LANGS
        .contains(&primary)
        .then(|| format!("language-{primary}"))
}

/// The interface-string key naming a writing system by its ISO 15924 code
/// (`Latn` → Latin), or `None` for scripts the interface does not name.
pub fn script_key(code: &str) -> Option<&'static str> {
    Some(match code {
        "Latn" => "script-latn",
        "Cyrl" => "script-cyrl",
        "Arab" => "script-arab",
        "Grek" => "script-grek",
        "Geor" => "script-geor",
        "Armn" => "script-armn",
        "Hani" | "Hans" | "Hant" => "script-hani",
        "Mong" => "script-mong",
        "Orkh" => "script-orkh",
        "Zyyy" => "script-zyyy",
        "Zzzz" => "script-zzzz",
        _ => return None,
    })
}

pub fn record_url(kind: EntityKind, id: &str) -> String {
    format!("/{}/{}", kind.collection(), encode(id))
}

pub fn api_url(kind: EntityKind, id: &str) -> String {
    format!("/api/v1/{}/{}", kind.collection(), encode(id))
}

/// schema.org JSON-LD for a record page (NGO, Person or Place), safe to
/// place inside a `<script type="application/ld+json">` block.
pub fn json_ld(r: &Record, chrome: &Chrome) -> String {
    use serde_json::{Value, json};
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": match r.kind {
            EntityKind::Organization => "NGO",
            EntityKind::Person => "Person",
            EntityKind::Place => "Place",
        },
        "@id": chrome.href(&record_url(r.kind, r.id.as_str())),
        "identifier": r.id.as_str(),
        "name": r.display_name(),
    });
    let alternate: Vec<&str> = r.names.iter().skip(1).map(|n| n.value.as_str()).collect();
    if !alternate.is_empty() {
        doc["alternateName"] = json!(alternate);
    }
    if r.country.is_some() || r.city.is_some() {
        let mut address = json!({"@type": "PostalAddress"});
        if let Some(c) = r.country {
            address["addressCountry"] = Value::from(c.as_str());
        }
        if let Some(city) = &r.city {
            address["addressLocality"] = Value::from(city.as_str());
        }
        doc[if r.kind == EntityKind::Person {
            "homeLocation"
        } else {
            "address"
        }] = address;
    }
    if let Some(w) = &r.website {
        doc["url"] = Value::from(w.as_str());
    }
    if let Some(y) = r.founded {
        doc["foundingDate"] = Value::from(y.to_string());
    }
    if let Some((_, text)) = r
        .description
        .iter()
        .find(|(l, _)| l.primary() == chrome.lang)
        .or_else(|| r.description.iter().next())
    {
        doc["description"] = Value::from(text.as_str());
    }
    if !r.areas.is_empty() {
        doc["knowsAbout"] = json!(
            r.areas
                .iter()
                .map(|a| chrome.t(&format!("area-{a}")))
                .collect::<Vec<_>>()
        );
    }
    // `<` never appears raw, so no text can close the script block.
    doc.to_string().replace('<', "\\u003c")
}

/// One record in a list.
pub struct RecordItem {
    pub url: String,
    /// The name, split into runs; `true` runs matched the search.
    pub segments: Vec<(String, bool)>,
    /// The name's language tag (`lang` attribute), empty when unknown.
    pub lang: String,
    /// The record's other names, each with its language tag.
    pub also: Vec<(String, String)>,
    pub kind_key: String,
    pub country_code: String,
    pub country_name: String,
    pub city: String,
    pub area_keys: Vec<String>,
    /// Verified by its country's coordinator (organizations only).
    pub verified: bool,
}

impl RecordItem {
    pub fn from_record(r: &Record, chrome: &Chrome) -> Self {
        Self::with_name(r, r.display_name(), &[], chrome)
    }

    /// Shows `name` (one of the record's names) with `highlights` (byte ranges) marked.
    pub fn with_name(
        r: &Record,
        name: &str,
        highlights: &[(usize, usize)],
        chrome: &Chrome,
    ) -> Self {
        let also = r
            .names
            .iter()
            .filter(|n| n.value != name)
            .take(3)
            .map(|n| (n.lang.to_string(), n.value.clone()))
            .collect();
        let country = r.country.map(|c| c.as_str().to_owned()).unwrap_or_default();
        Self {
            url: chrome.href(&record_url(r.kind, r.id.as_str())),
            segments: segments(name, highlights),
            lang: name_lang(r, name),
            also,
            kind_key: kind_key(r.kind),
            country_name: chrome.country(&country),
            country_code: country,
            city: r.city.clone().unwrap_or_default(),
            area_keys: r.areas.iter().map(|a| format!("area-{a}")).collect(),
            verified: false,
        }
    }
}

/// The language tag of the record's name spelled `name` (for a `lang`
/// attribute), empty when it is none of its names (its id).
pub fn name_lang(r: &Record, name: &str) -> String {
    r.names
        .iter()
        .find(|n| n.value == name)
        .map(|n| n.lang.to_string())
        .unwrap_or_default()
}

/// Marks the verified organizations among listed records (one query a page).
pub async fn mark_verified(
    store: &store::Store,
    records: &[Record],
    items: &mut [RecordItem],
) -> Result<(), store::StoreError> {
    let ids: Vec<String> = records
        .iter()
        .filter(|r| r.kind == EntityKind::Organization)
        .map(|r| r.id.as_str().to_owned())
        .collect();
    let states = store.verification_states(&ids).await?;
    for (r, item) in records.iter().zip(items.iter_mut()) {
        item.verified = states.get(r.id.as_str()) == Some(&domain::VerificationState::Verified);
    }
    Ok(())
}

/// Splits `text` at the highlighted byte ranges, ignoring ranges that are
/// out of bounds or not on character boundaries.
pub fn segments(text: &str, highlights: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut ranges: Vec<(usize, usize)> = highlights
        .iter()
        .copied()
        .filter(|&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    ranges.sort_unstable();
    let mut out = Vec::new();
    let mut pos = 0;
    for (s, e) in ranges {
        if s < pos {
            continue;
        }
        if s > pos {
            out.push((text[pos..s].to_owned(), false));
        }
        out.push((text[s..e].to_owned(), true));
        pos = e;
    }
    if pos < text.len() || out.is_empty() {
        out.push((text[pos..].to_owned(), false));
    }
    out
}

/// An `<option>` of a filter.
pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_mark_matches_and_survive_bad_ranges() {
        assert_eq!(
            segments("Hikmət Hacıyev", &[(0, 7)]),
            vec![("Hikmət".to_owned(), true), (" Hacıyev".to_owned(), false)]
        );
        // 5 is inside "ə": ignored rather than panicking.
        assert_eq!(
            segments("Hikmət", &[(0, 5), (3, 99)]),
            vec![("Hikmət".to_owned(), false)]
        );
        assert_eq!(segments("", &[]), vec![(String::new(), false)]);
    }
}

/// A moment as `2026-11-23 08:15 UTC` (audit log, review history).
pub fn format_time(unix_seconds: i64) -> String {
    domain::Timestamp::from_unix(unix_seconds)
        .map(domain::Timestamp::minute_utc)
        .unwrap_or_default()
}

#[cfg(test)]
mod time_tests {
    #[test]
    fn formats_utc_times() {
        assert_eq!(super::format_time(0), "1970-01-01 00:00 UTC");
        assert_eq!(super::format_time(1_795_425_300), "2026-11-23 09:15 UTC");
        assert_eq!(super::format_time(951_782_400), "2000-02-29 00:00 UTC");
    }
}

/// The site's origin as the client reached it. Sitemaps need absolute
/// addresses; behind a proxy, the proxy must pass the public Host.
pub fn origin(headers: &axum::http::HeaderMap) -> String {
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c))
        })
        .unwrap_or("localhost");
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
    {
        Some("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{host}")
}
