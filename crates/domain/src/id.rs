use crate::{Problem, ValidationErrors};
use std::fmt;

/// A record's id as given by its source (the import format's `id`).
///
/// 1–200 characters from a URL- and shell-friendly set, so an id can appear in
/// a path segment (percent-encoding `/`) and in a CSV cell without surprises.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct EntityId(String);

pub const MAX_ID_LEN: usize = 200;

impl EntityId {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        if raw.is_empty() {
            return Err(ValidationErrors::single("id", Problem::Empty));
        }
        if raw.len() > MAX_ID_LEN {
            return Err(ValidationErrors::single(
                "id",
                Problem::IdTooLong {
                    len: raw.len(),
                    max: MAX_ID_LEN,
                },
            ));
        }
        if let Some(bad) = raw.chars().find(|c| !is_id_char(*c)) {
            return Err(ValidationErrors::single(
                "id",
                Problem::IdCharacter { found: bad },
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/' | '~' | '+' | '@')
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for EntityId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_generated_and_cldr_style_ids() {
        for ok in [
            "AZ-NGO-0001",
            "p-17",
            "gen-city:America/North_Dakota/Center",
            "a.b~c+d@e",
        ] {
            assert_eq!(EntityId::parse(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn rejects_empty_long_and_odd_characters() {
        assert!(EntityId::parse("").is_err());
        assert!(EntityId::parse(&"x".repeat(201)).is_err());
        for bad in ["a b", "a?b", "a#b", "<script>", "é", "a\"b", "a%2F"] {
            let err = EntityId::parse(bad).unwrap_err();
            assert_eq!(err.0[0].field, "id", "{bad}");
        }
    }
}
