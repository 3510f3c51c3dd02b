//! Which interface languages ICU4X's compiled data covers, per service:
//! a language without data of its own falls back (to a parent locale, at
//! worst to the root), and this says so instead of letting it pass unseen.

use crate::{LANGS, icu_locale, lang_index};
use icu_provider::prelude::*;

/// What a language's formatting or ordering is drawn from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataSource {
    /// CLDR data for the language itself.
    Own,
    /// Data of another locale (`und` is the root, CLDR's language-neutral default).
    Fallback(String),
    /// Nothing at all (only the built-in root behaviour).
    Missing,
}

/// A locale-dependent service of this crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// Alphabetical order ([`crate::collation`]).
    Collation,
    /// Digits, separators and grouping ([`crate::format_count`]).
    Numbers,
    /// Month names and date patterns ([`crate::format_date`]).
    Dates,
}

fn source<M, P>(provider: &P, lang: &str, attributes: &str) -> DataSource
where
    M: DataMarker,
    P: DataProvider<M>,
{
    let locale = DataLocale::from(&icu_locale(lang_index(lang)));
    let Ok(attributes) = DataMarkerAttributes::try_from_str(attributes) else {
        return DataSource::Missing;
    };
    let request = DataRequest {
        id: DataIdentifierBorrowed::for_marker_attributes_and_locale(attributes, &locale),
        ..Default::default()
    };
    match provider.load(request) {
        Ok(response) => match response.metadata.locale {
            None => DataSource::Own,
            Some(l) => DataSource::Fallback(l.to_string()),
        },
        Err(_) => DataSource::Missing,
    }
}

/// Where `service`'s data for `lang` comes from. Collation asks for the
/// language's collation metadata (present when CLDR defines an order for
/// it, tailored or not), numbers for its decimal symbols, dates for its
/// wide Gregorian month names.
pub fn coverage(lang: &str, service: Service) -> DataSource {
    match service {
        Service::Collation => source::<icu_collator::provider::CollationMetadataV1, _>(
            &icu_collator::provider::Baked,
            lang,
            "",
        ),
        Service::Numbers => source::<icu_decimal::provider::DecimalSymbolsV1, _>(
            &icu_decimal::provider::Baked,
            lang,
            "",
        ),
        Service::Dates => {
            source::<icu_datetime::provider::names::DatetimeNamesMonthGregorianV1, _>(
                &icu_datetime::provider::Baked,
                lang,
                "5",
            )
        }
    }
}

/// Every language of [`LANGS`] whose `service` is not its own, with what it gets.
pub fn fallbacks(service: Service) -> Vec<(&'static str, DataSource)> {
    LANGS
        .iter()
        .map(|l| (*l, coverage(l, service)))
        .filter(|(_, s)| *s != DataSource::Own)
        .collect()
}
