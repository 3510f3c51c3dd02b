//! Numbers and dates in each interface language's CLDR style.

use crate::{LANGS, icu_locale, lang_index};
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use std::sync::OnceLock;

#[expect(
    clippy::expect_used,
    reason = "the root locale's symbols are compiled into icu_decimal"
)]
fn decimal_formatter(lang: &str) -> &'static DecimalFormatter {
    static CACHE: [OnceLock<DecimalFormatter>; LANGS.len()] =
        [const { OnceLock::new() }; LANGS.len()];
    let i = lang_index(lang);
    CACHE[i].get_or_init(|| {
        DecimalFormatter::try_new(icu_locale(i).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            // The root locale's symbols are compiled into icu_decimal.
            .expect("ICU4X's compiled data has root decimal symbols")
    })
}

/// A count in the language's digits and grouping: `12.345` (az, tr),
/// `12 345` with U+00A0 (uz, kk, ky, tk, hu, ru), `12,345` (en). Hungarian,
/// like CLDR says, leaves four-digit numbers ungrouped (`1234`).
pub fn format_count(lang: &str, n: u64) -> String {
    decimal_formatter(lang)
        .format(&Decimal::from(n))
        .to_string()
}

/// `units` × 10^-`fraction_digits`, with exactly that many digits after the
/// language's decimal separator: `format_fixed("az", 52, 2)` is `0,52`.
pub fn format_fixed(lang: &str, units: i64, fraction_digits: u8) -> String {
    let mut d = Decimal::from(units);
    d.multiply_pow10(-i16::from(fraction_digits));
    decimal_formatter(lang).format(&d).to_string()
}

type LongDate = FixedCalendarDateTimeFormatter<Gregorian, YMD>;

#[expect(
    clippy::expect_used,
    reason = "the root Gregorian patterns are compiled into icu_datetime"
)]
fn date_formatter(lang: &str) -> &'static LongDate {
    static CACHE: [OnceLock<LongDate>; LANGS.len()] = [const { OnceLock::new() }; LANGS.len()];
    let i = lang_index(lang);
    CACHE[i].get_or_init(|| {
        LongDate::try_new(icu_locale(i).into(), YMD::long())
            .or_else(|_| LongDate::try_new(Default::default(), YMD::long()))
            // The root locale's Gregorian patterns are compiled into icu_datetime.
            .expect("ICU4X's compiled data has root Gregorian date patterns")
    })
}

/// A day in the language's long date style: `27 oktyabr 2025` (az),
/// `27 октября 2025 г.` (ru), `2025. október 27.` (hu), `October 27, 2025`
/// (en). `None` for a day that does not exist.
pub fn format_date(lang: &str, year: i32, month: u8, day: u8) -> Option<String> {
    let date = Date::try_new_gregorian(year, month, day).ok()?;
    Some(date_formatter(lang).format(&date).to_string())
}

/// [`format_date`] of an ISO 8601 calendar date (`2025-10-27`); `None` when
/// `iso` is not one.
pub fn format_iso_date(lang: &str, iso: &str) -> Option<String> {
    let mut parts = iso.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    format_date(lang, y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}
