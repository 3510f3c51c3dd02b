//! What an account is made of: an email address, a display name and a
//! password that meets the policy. Parsing here is the only way in.

use crate::{Problem, ValidationErrors};
use std::fmt;

pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 128;
pub const MAX_DISPLAY_NAME_CHARS: usize = 100;
const MAX_EMAIL_BYTES: usize = 254;

/// An email address, normalized for comparison: trimmed, with ASCII letters
/// lowercased. Non-ASCII letters are kept as written: Unicode lowercasing
/// would turn a Turkish `İ` into `i̇`, which no mail server would agree with.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        let bad = |problem| Err(ValidationErrors::single("email", problem));
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return bad(Problem::EmailMissing);
        }
        if trimmed.len() > MAX_EMAIL_BYTES {
            return bad(Problem::EmailTooLong);
        }
        if trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return bad(Problem::EmailHasSpaces);
        }
        let Some((local, domain)) = trimmed.rsplit_once('@') else {
            return bad(Problem::EmailWithoutAt);
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !domain.contains('@');
        if local.is_empty() || local.len() > 64 || !domain_ok || local.contains('@') {
            return bad(Problem::EmailInvalid);
        }
        Ok(Self(trimmed.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a person wants to be called on the platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisplayName(String);

impl DisplayName {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(ValidationErrors::single("name", Problem::NameMissing));
        }
        if trimmed.chars().count() > MAX_DISPLAY_NAME_CHARS {
            return Err(ValidationErrors::single(
                "name",
                Problem::TooLong {
                    max: MAX_DISPLAY_NAME_CHARS,
                },
            ));
        }
        if trimmed.chars().any(char::is_control) {
            return Err(ValidationErrors::single("name", Problem::ControlCharacters));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The longest name of a personal access token, in characters.
pub const MAX_TOKEN_NAME_CHARS: usize = 100;

/// What a person calls one of their access tokens ("CRM sync").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenName(String);

impl TokenName {
    pub fn parse(raw: &str) -> Result<Self, ValidationErrors> {
        let trimmed = raw.trim();
        if trimmed.is_empty()
            || trimmed.chars().count() > MAX_TOKEN_NAME_CHARS
            || trimmed.chars().any(char::is_control)
        {
            return Err(ValidationErrors::single(
                "token_name",
                Problem::TokenNameInvalid {
                    max: MAX_TOKEN_NAME_CHARS,
                },
            ));
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Passwords people pick first; refused whatever their length.
const COMMON_PASSWORDS: &[&str] = &[
    "123456789012",
    "1234567890123",
    "password1234",
    "passwordpassword",
    "qwertyuiopas",
    "qwerty123456",
    "111111111111",
    "000000000000",
    "iloveyou1234",
    "azerbaijan123",
    "baku12345678",
    "birlik123456",
    "solidarity2025",
    "letmein12345",
    "admin1234567",
    "welcome12345",
];

/// The password policy (NIST SP 800-63B, as OWASP recommends): long enough,
/// not absurdly long (Argon2 still hashes it, but a 1 MB "password" is an
/// attack), not the email address and not a well-known password. No
/// composition rules: they make passwords worse, not stronger.
pub fn check_password(password: &str, email: Option<&Email>) -> Result<(), ValidationErrors> {
    let chars = password.chars().count();
    let bad = |problem| Err(ValidationErrors::single("password", problem));
    if chars < MIN_PASSWORD_CHARS {
        return bad(Problem::PasswordTooShort {
            min: MIN_PASSWORD_CHARS,
        });
    }
    if chars > MAX_PASSWORD_CHARS {
        return bad(Problem::PasswordTooLong {
            max: MAX_PASSWORD_CHARS,
        });
    }
    let folded = password.to_ascii_lowercase();
    // Without a valid address (the form shows that problem too), the
    // password is still checked for everything else.
    if let Some(email) = email
        && (folded == email.as_str() || folded == email.as_str().split('@').next().unwrap_or(""))
    {
        return bad(Problem::PasswordIsEmail);
    }
    if COMMON_PASSWORDS.contains(&folded.as_str())
        || password
            .chars()
            .all(|c| c == password.chars().next().unwrap_or(' '))
    {
        return bad(Problem::PasswordTooCommon);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_names_are_short_printable_text() {
        let longest = "ş".repeat(MAX_TOKEN_NAME_CHARS);
        let long = "ş".repeat(MAX_TOKEN_NAME_CHARS + 1);
        for (raw, ok) in [
            ("CRM sync", true),
            ("  Дубликаты  ", true),
            (longest.as_str(), true),
            (long.as_str(), false),
            ("", false),
            ("   ", false),
            ("tab\there", false),
        ] {
            assert_eq!(TokenName::parse(raw).is_ok(), ok, "{raw:?}");
        }
        assert_eq!(
            TokenName::parse("  Дубликаты ").unwrap().as_str(),
            "Дубликаты"
        );
    }

    #[test]
    fn emails_are_trimmed_and_ascii_lowercased_only() {
        assert_eq!(
            Email::parse("  Aysel@Example.ORG ").unwrap().as_str(),
            "aysel@example.org"
        );
        // A Turkish dotted capital stays: no mail server lowercases it to i̇.
        assert_eq!(
            Email::parse("İlkin@örnek.az").unwrap().as_str(),
            "İlkin@örnek.az"
        );
        for bad in [
            "", "no-at", "a@b", "a @b.org", "@b.org", "a@.org", "a@b..org", "a@b.org.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn password_policy() {
        let email = Email::parse("leyla@example.org").unwrap();
        assert!(check_password("short", Some(&email)).is_err());
        assert!(check_password(&"x".repeat(129), Some(&email)).is_err());
        assert!(check_password("leyla@example.org", Some(&email)).is_err());
        assert!(check_password("Password1234", Some(&email)).is_err());
        assert!(check_password("aaaaaaaaaaaaaaa", Some(&email)).is_err());
        assert!(check_password("correct horse battery", Some(&email)).is_ok());
        // Counted in characters, not bytes: twelve Azerbaijani letters pass.
        assert!(check_password("əəğğşşççööüü", Some(&email)).is_ok());
        assert!(check_password("short", None).is_err());
        assert!(check_password("leyla@example.org", None).is_ok());
    }

    #[test]
    fn display_names() {
        assert_eq!(
            DisplayName::parse("  Hikmət Hacıyev ").unwrap().as_str(),
            "Hikmət Hacıyev"
        );
        assert!(DisplayName::parse("   ").is_err());
        assert!(DisplayName::parse("a\u{7}b").is_err());
        assert!(DisplayName::parse(&"ə".repeat(101)).is_err());
    }
}
