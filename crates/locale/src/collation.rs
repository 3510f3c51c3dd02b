//! How each interface language orders text: one ICU4X collator per
//! language, built on first use and kept for the life of the process.

use crate::{LANGS, icu_locale, lang_index};
use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::OnceLock;

/// A language's alphabetical order (CLDR's standard collation for it).
///
/// Mixed scripts follow CLDR too: Russian, Kazakh and Kyrgyz put Cyrillic
/// before Latin, the other languages Latin before Cyrillic. Within a script,
/// letters follow the language's alphabet (`Ela < Əli < Fuad` in az,
/// `Cukor < Csaba < Dávid` in hu, `Алма < Әлия < Бек` in kk); then accents,
/// then case, so the order is total up to identical strings.
///
/// Before comparing, quotation marks are dropped (`«Gənclər» Birliyi`
/// files under G), and for Uzbek the apostrophes people type for ʻ (`O'zbek`,
/// `O‘zbek`) become the modifier letter ʻ that Uzbek's alphabet order knows.
#[derive(Debug)]
pub struct Collation {
    lang: &'static str,
    collator: CollatorBorrowed<'static>,
}

/// The collation of `lang` (`az`, `kk-KZ` …; English for any other code),
/// built once and shared.
pub fn collation(lang: &str) -> &'static Collation {
    static CACHE: [OnceLock<Collation>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];
    let i = lang_index(lang);
    CACHE[i].get_or_init(|| Collation::new(i))
}

impl Collation {
    #[expect(
        clippy::expect_used,
        reason = "the root collation is compiled into icu_collator"
    )]
    fn new(index: usize) -> Self {
        let options = CollatorOptions::default();
        let collator = Collator::try_new(icu_locale(index).into(), options)
            .or_else(|_| Collator::try_new(Default::default(), options))
            // The root collation is compiled into icu_collator: it cannot be missing.
            .expect("ICU4X's compiled data has the root collation");
        Self {
            lang: LANGS[index],
            collator,
        }
    }

    /// The language this collation is for.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Compares two strings in this language's order.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(&self.prepare(a), &self.prepare(b))
    }

    /// A sort key: comparing two keys bytewise (as SQLite's BLOB and
    /// PostgreSQL's bytea do) gives the same order as [`Self::compare`].
    /// Keys change when ICU4X's data or code does: recompute, never migrate.
    pub fn sort_key(&self, s: &str) -> Vec<u8> {
        let mut key = Vec::with_capacity(s.len() * 2 + 8);
        self.write_sort_key(s, &mut key);
        key
    }

    /// Appends the sort key of `s` to `out` (see [`Self::sort_key`]).
    pub fn write_sort_key(&self, s: &str, out: &mut Vec<u8>) {
        let Ok(()) = self.collator.write_sort_key_to(&self.prepare(s), out);
    }

    /// Sorts `items` by the text `name` gives for each, in this language's
    /// order; stable, so equal names keep their order.
    pub fn sort_by_name<T>(&self, items: &mut [T], name: impl Fn(&T) -> &str) {
        items.sort_by(|a, b| self.compare(name(a), name(b)));
    }

    /// The text as the collator sees it (see the type's documentation).
    fn prepare<'a>(&self, s: &'a str) -> Cow<'a, str> {
        let uzbek = self.lang == "uz";
        let needs_work = s
            .chars()
            .any(|c| is_quotation_mark(c) || (uzbek && is_okina_lookalike(c)));
        if !needs_work {
            return Cow::Borrowed(s);
        }
        let mut out = String::with_capacity(s.len() + 2);
        let mut prev: Option<char> = None;
        for c in s.chars() {
            if uzbek && is_okina_lookalike(c) && matches!(prev, Some('o' | 'O' | 'g' | 'G')) {
                out.push('\u{02BB}');
            } else if !is_quotation_mark(c) {
                out.push(c);
            }
            prev = Some(c);
        }
        Cow::Owned(out)
    }
}

/// Quotation marks around (parts of) names: «…», “…”, „…“, "…", ‹…›, '…'.
fn is_quotation_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '«' | '»' | '‹' | '›' | '\u{2018}'..='\u{201F}' | '「' | '」' | '＂'
    )
}

/// What people type for Uzbek's ʻ (U+02BB) in oʻ and gʻ.
fn is_okina_lookalike(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '´' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{02B9}'
    )
}
