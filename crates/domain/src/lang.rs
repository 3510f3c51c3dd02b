use crate::{Problem, ValidationErrors};
use std::fmt;

/// The languages the interface speaks, in the order the network lists them.
pub const UI_LANGS: [&str; 9] = ["az", "tr", "uz", "kk", "ky", "tk", "hu", "ru", "en"];

/// A BCP 47 language tag in canonical case (`uz-Cyrl`, `en-GB`, `kk`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let raw = raw.trim().replace('_', "-");
        let mut out = String::with_capacity(raw.len());
        for (i, part) in raw.split('-').enumerate() {
            let ok_len = if i == 0 {
                (2..=3).contains(&part.len())
            } else {
                (1..=8).contains(&part.len())
            };
            let ok_chars = if i == 0 {
                part.chars().all(|c| c.is_ascii_alphabetic())
            } else {
                part.chars().all(|c| c.is_ascii_alphanumeric())
            };
            if !ok_len || !ok_chars {
                return Err(Problem::LanguageTag { value: raw });
            }
            if i > 0 {
                out.push('-');
            }
            // Canonical case per BCP 47: script Title, region UPPER, rest lower.
            if i > 0 && part.len() == 4 && part.chars().all(|c| c.is_ascii_alphabetic()) {
                out.push_str(&part[..1].to_ascii_uppercase());
                out.push_str(&part[1..].to_ascii_lowercase());
            } else if i > 0 && part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()) {
                out.push_str(&part.to_ascii_uppercase());
            } else {
                out.push_str(&part.to_ascii_lowercase());
            }
        }
        Ok(Self(out))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag: `uz` for `uz-Cyrl`.
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An ISO 15924 script code (`Latn`, `Cyrl`, …).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Script(String);

impl Script {
    pub fn parse(raw: &str) -> Result<Self, Problem> {
        let raw = raw.trim();
        if raw.len() != 4 || !raw.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Problem::ScriptCode {
                value: raw.to_owned(),
            });
        }
        Ok(Self(format!(
            "{}{}",
            raw[..1].to_ascii_uppercase(),
            raw[1..].to_ascii_lowercase()
        )))
    }

    /// The script a name is written in, when its source did not say.
    pub fn infer(value: &str) -> Self {
        let code = match names::detect_script(value) {
            names::Script::Cyrl => "Cyrl",
            names::Script::Latn => "Latn",
            // Mixed or other: the ISO 15924 codes for "undetermined" and "common".
            names::Script::Mixed => "Zyyy",
            names::Script::Other => "Zzzz",
        };
        Self(code.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

pub(crate) fn parse_lang(field: &str, raw: &str) -> Result<Lang, ValidationErrors> {
    Lang::parse(raw).map_err(|m| ValidationErrors::single(field, m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalizes_case() {
        assert_eq!(Lang::parse("UZ-cyrl").unwrap().as_str(), "uz-Cyrl");
        assert_eq!(Lang::parse("en_gb").unwrap().as_str(), "en-GB");
        assert_eq!(Lang::parse("uz-Cyrl").unwrap().primary(), "uz");
        assert_eq!(Script::parse("cyrl").unwrap().as_str(), "Cyrl");
    }

    #[test]
    fn rejects_non_tags() {
        for bad in ["", "english", "a", "12", "az--x", "ru-abcdefghi"] {
            assert!(Lang::parse(bad).is_err(), "{bad}");
        }
        assert!(Script::parse("Latin").is_err());
    }

    #[test]
    fn infers_script() {
        assert_eq!(Script::infer("Хикмет Гаджиев").as_str(), "Cyrl");
        assert_eq!(Script::infer("Hikmət Hacıyev").as_str(), "Latn");
    }
}
