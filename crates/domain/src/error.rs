use std::fmt;

/// What is wrong with one value. Its `Display` is the English sentence the
/// API and the CLI print; pages show [`Problem::key`] with [`Problem::args`]
/// through the visitor's language file instead, so no English reaches a page
/// in Kazakh.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("is missing")]
    Missing,
    #[error("must not be empty")]
    Empty,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("contains control characters")]
    ControlCharacters,
    #[error("must be one line")]
    NotOneLine,
    #[error("has more than {max} entries")]
    TooMany { max: usize },
    /// A value that is not valid JSON or not of the right JSON type.
    #[error("{detail}")]
    Malformed { detail: String },

    #[error("enter your email address")]
    EmailMissing,
    #[error("this email address is too long")]
    EmailTooLong,
    #[error("an email address has no spaces")]
    EmailHasSpaces,
    #[error("an email address has an @ in it, like name@example.org")]
    EmailWithoutAt,
    #[error("this is not an email address like name@example.org")]
    EmailInvalid,
    #[error("enter your name")]
    NameMissing,
    #[error("give the token a name (up to {max} characters)")]
    TokenNameInvalid { max: usize },
    #[error("use at least {min} characters")]
    PasswordTooShort { min: usize },
    #[error("use at most {max} characters")]
    PasswordTooLong { max: usize },
    #[error("do not use your email address as your password")]
    PasswordIsEmail,
    #[error("this password is too common; choose another")]
    PasswordTooCommon,
    #[error("the two passwords differ")]
    PasswordsDiffer,

    #[error("{value:?} is not an area of cooperation (known: {known})")]
    UnknownArea { value: String, known: String },
    #[error("{value:?} is not a two-letter country code (ISO 3166-1 alpha-2, XN for the TRNC)")]
    CountryCodeMalformed { value: String },
    #[error("{value:?} is not a known country code")]
    UnknownCountry { value: String },
    #[error("choose the country where the organization is registered")]
    CountryMissing,
    #[error("is {len} characters long; at most {max} are allowed")]
    IdTooLong { len: usize, max: usize },
    #[error("contains {found:?}; use letters A–Z, a–z, digits and - _ . : / ~ + @")]
    IdCharacter { found: char },
    #[error("{value:?} is not a language tag (expected BCP 47, such as az, ru, uz-Cyrl)")]
    LanguageTag { value: String },
    #[error("{value:?} is not an ISO 15924 script code (such as Latn or Cyrl)")]
    ScriptCode { value: String },
    #[error("{value:?} is not one of the platform's languages ({known})")]
    NotPlatformLanguage { value: String, known: String },
    #[error("is missing (organization, person or place)")]
    RecordTypeMissing,
    #[error("{value:?} is not a record type (organization, person or place)")]
    RecordTypeUnknown { value: String },
    #[error("a year, like 2004")]
    NotAYear,
    #[error("{year} is not a plausible year ({min}–{max})")]
    ImplausibleYear { year: i64, min: i64, max: i64 },
    #[error("{value:?} is not an http:// or https:// address")]
    NotAWebAddress { value: String },
    #[error("{value:?} is not an RFC 3339 date and time (such as 2025-11-24T10:00:00Z)")]
    NotATimestamp { value: String },
    #[error("{value:?} is not a plausible publication time ({min}–{max})")]
    ImplausibleTime { value: String, min: i64, max: i64 },

    #[error("choose a registry of {country} or {platform}")]
    RegistrySchemeNotFor { country: String, platform: String },
    #[error("a {scheme} is {digits} digits")]
    RegistryDigits { scheme: String, digits: String },
    #[error("enter your registration number (up to {max} characters)")]
    RegistryNumberMissing { max: usize },
    #[error("attach a document: your registration certificate (PDF, PNG or JPEG)")]
    EvidenceMissing,
    #[error("the document is larger than {max_mb} MB")]
    EvidenceTooLarge { max_mb: usize },
    #[error("the document must be a PDF, PNG or JPEG file")]
    EvidenceType,
    #[error("attach the signed memorandum as a PDF file")]
    MemorandumNotPdf,

    #[error("{value:?} is not a slug (lowercase a–z and digits, words joined by single hyphens)")]
    NotASlug { value: String },
    #[error("{value:?} is not a news category (known: {known})")]
    UnknownCategory { value: String, known: String },
    #[error("is missing ({known})")]
    CategoryMissing { known: String },
    #[error("{value:?} has no file extension")]
    MediaWithoutExtension { value: String },
    #[error("{value:?} is not a plain file name (lowercase a–z, digits, - and _)")]
    MediaName { value: String },
    #[error("{value:?}: images are {known}")]
    MediaType { value: String, known: String },
    #[error("is before the publication time")]
    UpdatedBeforePublished,
    #[error("needs at least one translation")]
    NoTranslation,
    #[error("{lang} has a translation already")]
    TranslationTwice { lang: String },
    #[error("mark the language the story was written in as \"original\": true")]
    OriginalMissing,
    #[error("only one translation can be the original")]
    OriginalTwice,
    #[error("a story with this address exists already; choose another")]
    StoryAddressTaken,
    #[error("there is no record {id}")]
    NoSuchRecord { id: String },
    #[error("there is no image with this name on the site")]
    NoSuchImage,
    #[error("a date like {example}")]
    NotADate { example: String },
    #[error("member, observer or none")]
    UnknownMembershipStatus,
    #[error("the chair must be a member country")]
    ChairNotMember,
    #[error("no account has this address; ask the person to sign up first")]
    NoSuchAccount,
    #[error("choose one of the platform's languages")]
    NotALanguageChoice,
    #[error("this is not your current password")]
    WrongPassword,
    #[error("say why: the applicant reads it")]
    ReasonMissing,
    #[error("choose a decision")]
    DecisionMissing,
    #[error("several records are named {name}: {choices}; tick the one you mean")]
    AmbiguousRecord { name: String, choices: String },
    #[error("there is no record named {name}")]
    NoRecordNamed { name: String },
    #[error("several people are named {name}: {choices}; enter the id of the one you mean")]
    AmbiguousPerson { name: String, choices: String },
    #[error("there is no person named {name}")]
    NoPersonNamed { name: String },
    #[error("a date and time like {example}")]
    NotALocalTime { example: String },
    #[error("must be after the start")]
    EndsBeforeStart,
    #[error("a whole number of seats up to {max}, or empty for no limit")]
    NotASeatCount { max: usize },
    #[error("{held} seats are taken already: no fewer")]
    BelowHeldSeats { held: u64 },
}

impl Problem {
    /// The message's key in the language files (`problem-too-long` …).
    pub fn key(&self) -> &'static str {
        match self {
            Self::Missing => "problem-missing",
            Self::Empty => "problem-empty",
            Self::TooLong { .. } => "problem-too-long",
            Self::ControlCharacters => "problem-control-characters",
            Self::NotOneLine => "problem-not-one-line",
            Self::TooMany { .. } => "problem-too-many",
            Self::Malformed { .. } => "problem-malformed",
            Self::EmailMissing => "problem-email-missing",
            Self::EmailTooLong => "problem-email-too-long",
            Self::EmailHasSpaces => "problem-email-has-spaces",
            Self::EmailWithoutAt => "problem-email-without-at",
            Self::EmailInvalid => "problem-email-invalid",
            Self::NameMissing => "problem-name-missing",
            Self::TokenNameInvalid { .. } => "problem-token-name-invalid",
            Self::PasswordTooShort { .. } => "problem-password-too-short",
            Self::PasswordTooLong { .. } => "problem-password-too-long",
            Self::PasswordIsEmail => "problem-password-is-email",
            Self::PasswordTooCommon => "problem-password-too-common",
            Self::PasswordsDiffer => "problem-passwords-differ",
            Self::UnknownArea { .. } => "problem-unknown-area",
            Self::CountryCodeMalformed { .. } => "problem-country-code-malformed",
            Self::UnknownCountry { .. } => "problem-unknown-country",
            Self::CountryMissing => "problem-country-missing",
            Self::IdTooLong { .. } => "problem-id-too-long",
            Self::IdCharacter { .. } => "problem-id-character",
            Self::LanguageTag { .. } => "problem-language-tag",
            Self::ScriptCode { .. } => "problem-script-code",
            Self::NotPlatformLanguage { .. } => "problem-not-platform-language",
            Self::RecordTypeMissing => "problem-record-type-missing",
            Self::RecordTypeUnknown { .. } => "problem-record-type-unknown",
            Self::NotAYear => "problem-not-a-year",
            Self::ImplausibleYear { .. } => "problem-implausible-year",
            Self::NotAWebAddress { .. } => "problem-not-a-web-address",
            Self::NotATimestamp { .. } => "problem-not-a-timestamp",
            Self::ImplausibleTime { .. } => "problem-implausible-time",
            Self::RegistrySchemeNotFor { .. } => "problem-registry-scheme-not-for",
            Self::RegistryDigits { .. } => "problem-registry-digits",
            Self::RegistryNumberMissing { .. } => "problem-registry-number-missing",
            Self::EvidenceMissing => "problem-evidence-missing",
            Self::EvidenceTooLarge { .. } => "problem-evidence-too-large",
            Self::EvidenceType => "problem-evidence-type",
            Self::MemorandumNotPdf => "problem-memorandum-not-pdf",
            Self::NotASlug { .. } => "problem-not-a-slug",
            Self::UnknownCategory { .. } => "problem-unknown-category",
            Self::CategoryMissing { .. } => "problem-category-missing",
            Self::MediaWithoutExtension { .. } => "problem-media-without-extension",
            Self::MediaName { .. } => "problem-media-name",
            Self::MediaType { .. } => "problem-media-type",
            Self::UpdatedBeforePublished => "problem-updated-before-published",
            Self::NoTranslation => "problem-no-translation",
            Self::TranslationTwice { .. } => "problem-translation-twice",
            Self::OriginalMissing => "problem-original-missing",
            Self::OriginalTwice => "problem-original-twice",
            Self::StoryAddressTaken => "problem-story-address-taken",
            Self::NoSuchRecord { .. } => "problem-no-such-record",
            Self::NoSuchImage => "problem-no-such-image",
            Self::NotADate { .. } => "problem-not-a-date",
            Self::UnknownMembershipStatus => "problem-unknown-membership-status",
            Self::ChairNotMember => "problem-chair-not-member",
            Self::NoSuchAccount => "problem-no-such-account",
            Self::NotALanguageChoice => "problem-not-a-language-choice",
            Self::WrongPassword => "problem-wrong-password",
            Self::ReasonMissing => "problem-reason-missing",
            Self::DecisionMissing => "problem-decision-missing",
            Self::AmbiguousRecord { .. } => "problem-ambiguous-record",
            Self::NoRecordNamed { .. } => "problem-no-record-named",
            Self::AmbiguousPerson { .. } => "problem-ambiguous-person",
            Self::NoPersonNamed { .. } => "problem-no-person-named",
            Self::NotALocalTime { .. } => "problem-not-a-local-time",
            Self::EndsBeforeStart => "problem-ends-before-start",
            Self::NotASeatCount { .. } => "problem-not-a-seat-count",
            Self::BelowHeldSeats { .. } => "problem-below-held-seats",
        }
    }

    /// The message's arguments, by the names the language files use.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let n = |v: &usize| v.to_string();
        match self {
            Self::TooLong { max }
            | Self::TooMany { max }
            | Self::TokenNameInvalid { max }
            | Self::PasswordTooLong { max }
            | Self::RegistryNumberMissing { max } => vec![("max", n(max))],
            Self::PasswordTooShort { min } => vec![("min", n(min))],
            Self::EvidenceTooLarge { max_mb } => vec![("max", n(max_mb))],
            Self::Malformed { detail } => vec![("detail", detail.clone())],
            Self::IdTooLong { len, max } => vec![("len", n(len)), ("max", n(max))],
            Self::IdCharacter { found } => vec![("value", found.to_string())],
            Self::UnknownArea { value, known }
            | Self::NotPlatformLanguage { value, known }
            | Self::UnknownCategory { value, known }
            | Self::MediaType { value, known } => {
                vec![("value", value.clone()), ("known", known.clone())]
            }
            Self::CategoryMissing { known } => vec![("known", known.clone())],
            Self::CountryCodeMalformed { value }
            | Self::UnknownCountry { value }
            | Self::LanguageTag { value }
            | Self::ScriptCode { value }
            | Self::RecordTypeUnknown { value }
            | Self::NotAWebAddress { value }
            | Self::NotATimestamp { value }
            | Self::NotASlug { value }
            | Self::MediaWithoutExtension { value }
            | Self::MediaName { value } => vec![("value", value.clone())],
            Self::ImplausibleTime { value, min, max } => vec![
                ("value", value.clone()),
                ("min", min.to_string()),
                ("max", max.to_string()),
            ],
            Self::ImplausibleYear { year, min, max } => vec![
                ("year", year.to_string()),
                ("min", min.to_string()),
                ("max", max.to_string()),
            ],
            Self::RegistrySchemeNotFor { country, platform } => {
                vec![("country", country.clone()), ("platform", platform.clone())]
            }
            Self::RegistryDigits { scheme, digits } => {
                vec![("scheme", scheme.clone()), ("digits", digits.clone())]
            }
            Self::TranslationTwice { lang } => vec![("lang", lang.clone())],
            Self::NoSuchRecord { id } => vec![("id", id.clone())],
            Self::NotADate { example } | Self::NotALocalTime { example } => {
                vec![("example", example.clone())]
            }
            Self::NotASeatCount { max } => vec![("max", n(max))],
            Self::BelowHeldSeats { held } => vec![("held", held.to_string())],
            Self::AmbiguousRecord { name, choices } | Self::AmbiguousPerson { name, choices } => {
                vec![("name", name.clone()), ("choices", choices.clone())]
            }
            Self::NoRecordNamed { name } | Self::NoPersonNamed { name } => {
                vec![("name", name.clone())]
            }
            _ => Vec::new(),
        }
    }
}

/// One field that failed validation, with what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }

    /// The English sentence (the API's and the CLI's message).
    pub fn message(&self) -> String {
        self.problem.to_string()
    }
}

/// Reports show `{field, code, message}`: the code for programs, the
/// message for people.
impl serde::Serialize for FieldError {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("FieldError", 3)?;
        st.serialize_field("field", &self.field)?;
        st.serialize_field("code", self.problem.key().trim_start_matches("problem-"))?;
        st.serialize_field("message", &self.message())?;
        st.end()
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

/// Every problem found in one input, not just the first: a person fixing an
/// import line or a form wants to see all of them at once.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ValidationErrors(pub Vec<FieldError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl ValidationErrors {
    pub fn single(field: impl Into<String>, problem: Problem) -> Self {
        Self(vec![FieldError::new(field, problem)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_speaks_english_to_programs_and_names_its_key_for_pages() {
        let p = Problem::TooLong { max: 200 };
        assert_eq!(p.to_string(), "is longer than 200 characters");
        assert_eq!(p.key(), "problem-too-long");
        assert_eq!(p.args(), vec![("max", "200".to_owned())]);
        let e = FieldError::new("name", p);
        assert_eq!(e.to_string(), "name: is longer than 200 characters");
        assert_eq!(
            serde_json::to_value(&e).unwrap_or_default(),
            serde_json::json!({"field": "name", "code": "too-long",
                "message": "is longer than 200 characters"})
        );
    }
}
