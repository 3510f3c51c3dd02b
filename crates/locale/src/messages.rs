//! The interface strings in the network's nine languages: Fluent messages
//! from `locales/<lang>/*.ftl` (`main.ftl`, `news.ftl` …) at the
//! repository's root, compiled into the binary. Pages and mail (composed by
//! the use cases) read them through [`message`].

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// A message argument: text or a number.
pub use fluent_templates::fluent_bundle::FluentValue as Arg;

static_loader! {
    pub static LOCALES = {
        locales: "../../locales",
        fallback_language: "en",
        // No Unicode isolation marks around placeables: they would show up
        // in page titles and attribute values. Numbers are written by ICU4X
        // in the bundle's language (Fluent alone prints bare digits).
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_number));
        },
    };
}

/// The interface language of a Fluent bundle, read off its memoizer (a
/// formatter hook gets the memoizer, not the bundle).
struct BundleLang(&'static str);

impl intl_memoizer::Memoizable for BundleLang {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self(ui_lang(lang.language.as_str()).unwrap_or("en")))
    }
}

/// Writes whole numbers (the `$count` of plural messages) with the
/// language's grouping: `12 345 организаций`, `12.345 təşkilat`. Other
/// numbers keep Fluent's own formatting. Plural selection still sees the
/// number itself.
fn format_number(
    value: &FluentValue<'_>,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let whole = n.value >= 0.0 && n.value.fract() == 0.0 && n.value < 9.0e15;
    if !whole || n.options.minimum_fraction_digits.is_some_and(|d| d > 0) {
        return None;
    }
    let lang = intls.with_try_get::<BundleLang, _, _>((), |l| l.0).ok()?;
    Some(crate::format_count(lang, n.value as u64))
}

/// The languages tried, in order, when a string is missing: never a blank.
pub fn fallback_chain(lang: &str) -> &'static [&'static str] {
    match lang {
        "kk" => &["kk", "ru", "en"],
        "ky" => &["ky", "ru", "en"],
        "uz" => &["uz", "en"],
        "tk" => &["tk", "en"],
        "az" => &["az", "tr", "en"],
        "tr" => &["tr", "az", "en"],
        "hu" => &["hu", "en"],
        "ru" => &["ru", "en"],
        _ => &["en"],
    }
}

/// Each language's name in itself, for the language switcher.
pub fn endonym(lang: &str) -> &'static str {
    match lang {
        "az" => "Azərbaycanca",
        "tr" => "Türkçe",
        "uz" => "Oʻzbekcha",
        "kk" => "Қазақша",
        "ky" => "Кыргызча",
        "tk" => "Türkmençe",
        "hu" => "Magyar",
        "ru" => "Русский",
        _ => "English",
    }
}

#[expect(clippy::expect_used, reason = "en is always an interface language")]
pub fn identifier(lang: &str) -> &'static LanguageIdentifier {
    static IDS: OnceLock<HashMap<&'static str, LanguageIdentifier>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        crate::LANGS
            .iter()
            .filter_map(|l| l.parse().ok().map(|id| (*l, id)))
            .collect()
    });
    ids.get(lang)
        .or_else(|| ids.get("en"))
        .expect("en is always a UI language")
}

/// The interface language for `raw` (`kk`, `KK`, `kk-KZ` …), if it is one.
pub fn ui_lang(raw: &str) -> Option<&'static str> {
    let primary = raw.split(['-', '_']).next()?.to_ascii_lowercase();
    crate::LANGS.iter().copied().find(|l| *l == primary)
}

/// Picks the best interface language from an Accept-Language header.
pub fn negotiate(accept_language: Option<&str>) -> &'static str {
    let Some(header) = accept_language else {
        return "en";
    };
    let mut best: Option<(f32, usize, &'static str)> = None;
    for (pos, part) in header.split(',').enumerate() {
        let mut pieces = part.trim().split(';');
        let Some(lang) = pieces.next().and_then(|t| ui_lang(t.trim())) else {
            continue;
        };
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        // Highest q wins; on a tie, the one listed first.
        if best.is_none_or(|(bq, bpos, _)| q > bq || (q == bq && pos < bpos)) {
            best = Some((q, pos, lang));
        }
    }
    best.map(|(_, _, l)| l).unwrap_or("en")
}

/// The string `key` in `lang`, with arguments, following the fallback chain.
pub fn message(lang: &str, key: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    let args = (!args.is_empty()).then_some(&args);
    for l in fallback_chain(lang) {
        if let Ok(s) = LOCALES.lookup_single_language(identifier(l), key, args) {
            return s;
        }
    }
    // Only reachable for a key missing from English too, which a test forbids.
    key.to_owned()
}
