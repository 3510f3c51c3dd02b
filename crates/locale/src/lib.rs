//! Locale-aware ordering and formatting for the nine interface languages
//! (az, tr, uz, kk, ky, tk, hu, ru, en), on ICU4X and the CLDR data compiled
//! into its crates: nothing is loaded at run time and nothing here does I/O.
//!
//! - [`collation`]: how each language sorts (Azerbaijani ə after e, Turkish
//!   ı before i, Hungarian cs after c, Kazakh ә after а …), by comparison or
//!   by sort key. Collators are built once per language and kept.
//! - [`format_count`] / [`format_fixed`]: numbers with the language's
//!   grouping (`1.234` in az and tr, `1 234` with a no-break space in ru, kk,
//!   `1,234` in en; Hungarian groups from five digits on).
//! - [`format_date`] / [`format_iso_date`]: a day in the language's long date
//!   style (`27 oktyabr 2025`, `27 октября 2025 г.`, `2025. október 27.`).
//! - [`coverage`]: which languages ICU4X has data of its own for, per
//!   service, so a fallback is never silent (a test pins it).
//!
//! - [`messages`]: the interface strings (Fluent), for pages and mail.
//!
//! Languages outside the nine (and empty or unknown codes) get English.

mod collation;
mod coverage;
mod format;
pub mod messages;
#[cfg(test)]
mod tests;

pub use collation::{Collation, collation};
pub use coverage::{DataSource, Service, coverage, fallbacks};
pub use format::{format_count, format_date, format_fixed, format_iso_date};

/// The interface languages, in the order the network lists them (the same
/// as `domain::UI_LANGS`).
pub const LANGS: [&str; 9] = ["az", "tr", "uz", "kk", "ky", "tk", "hu", "ru", "en"];

/// The index in [`LANGS`] of `lang` (`kk`, `kk-KZ`, `KK`, `uz-Latn` …);
/// English for anything else.
pub(crate) fn lang_index(lang: &str) -> usize {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    LANGS
        .iter()
        .position(|l| l.eq_ignore_ascii_case(primary))
        .unwrap_or(LANGS.len() - 1)
}

/// The ICU4X locale for a language of [`LANGS`]. Uzbek is the Latin
/// orthography (CLDR's default for `uz`), as the interface writes it.
pub(crate) fn icu_locale(index: usize) -> icu_locale_core::Locale {
    let code = LANGS.get(index).copied().unwrap_or("en");
    code.parse().unwrap_or(icu_locale_core::Locale::UNKNOWN)
}
