use crate::{Problem, ValidationErrors};
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The columns of `data/countries.tsv` after the code.
const TABLE_LANGS: [&str; 10] = [
    "en", "az", "tr", "uz", "uz-Cyrl", "kk", "ky", "tk", "hu", "ru",
];

struct CountryRow {
    names: [&'static str; 10],
}

fn table() -> &'static HashMap<&'static str, CountryRow> {
    static TABLE: OnceLock<HashMap<&'static str, CountryRow>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/countries.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let code = cols.next()?;
                let mut names = [""; 10];
                for slot in names.iter_mut() {
                    *slot = cols.next().unwrap_or("");
                }
                Some((code, CountryRow { names }))
            })
            .collect()
    })
}

/// An ISO 3166-1 alpha-2 code known to CLDR, or `XN`, the user-assigned code
/// the network uses for the Turkish Republic of Northern Cyprus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        let up = raw.trim().to_ascii_uppercase();
        if up.len() != 2 || !up.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(ValidationErrors::single(
                "country",
                Problem::CountryCodeMalformed {
                    value: raw.to_owned(),
                },
            ));
        }
        if !table().contains_key(up.as_str()) {
            return Err(ValidationErrors::single(
                "country",
                Problem::UnknownCountry {
                    value: raw.to_owned(),
                },
            ));
        }
        let b = up.as_bytes();
        Ok(Self([b[0], b[1]]))
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII uppercase letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The country's name in `lang` (falls back to English, then the code).
    pub fn name(&self, lang: &str) -> &'static str {
        country_name(self.as_str(), lang).unwrap_or("")
    }

    /// Every country code the platform accepts, sorted.
    pub fn all() -> Vec<CountryCode> {
        let mut all: Vec<_> = table()
            .keys()
            .filter_map(|c| CountryCode::parse(c).ok())
            .collect();
        all.sort();
        all
    }
}

/// The name of the country with this code in `lang`, falling back to English.
pub fn country_name(code: &str, lang: &str) -> Option<&'static str> {
    let row = table().get(code)?;
    let col = TABLE_LANGS
        .iter()
        .position(|l| *l == lang)
        .or_else(|| {
            TABLE_LANGS
                .iter()
                .position(|l| Some(*l) == lang.split('-').next())
        })
        .unwrap_or(0);
    let name = row.names[col];
    Some(if name.is_empty() { row.names[0] } else { name })
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CountryCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_network_and_the_world() {
        for code in ["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN", "DE", "us"] {
            assert!(CountryCode::parse(code).is_ok(), "{code}");
        }
        assert_eq!(CountryCode::parse("kz").unwrap().as_str(), "KZ");
        assert!(CountryCode::all().len() > 240);
    }

    #[test]
    fn rejects_unknown_codes_with_the_field_named() {
        for bad in ["ZZ", "A", "AZE", "1A", "", "EU"] {
            let e = CountryCode::parse(bad).unwrap_err();
            assert_eq!(e.0[0].field, "country");
        }
    }

    #[test]
    fn names_in_the_network_languages() {
        assert_eq!(country_name("AZ", "az"), Some("Azərbaycan"));
        assert_eq!(country_name("KZ", "kk"), Some("Қазақстан"));
        assert_eq!(country_name("HU", "hu"), Some("Magyarország"));
        assert_eq!(
            country_name("XN", "en"),
            Some("Turkish Republic of Northern Cyprus")
        );
        assert_eq!(country_name("TR", "xx"), Some("Türkiye"));
    }
}
