//! The life of an organization's verification: applied (pending), verified
//! or rejected by its country's coordinator, suspended and re-verified; and
//! the registry identifier and evidence an application carries.

use crate::{CountryCode, Problem, ValidationErrors};
use std::fmt;

/// Where an organization stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VerificationState {
    Pending,
    Verified,
    Rejected,
    Suspended,
}

impl VerificationState {
    pub const ALL: [Self; 4] = [
        Self::Pending,
        Self::Verified,
        Self::Rejected,
        Self::Suspended,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Verified => "verified",
            Self::Rejected => "rejected",
            Self::Suspended => "suspended",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Whether the organization is listed in the public directory.
    pub fn is_public(self) -> bool {
        matches!(self, Self::Verified | Self::Suspended)
    }
}

impl fmt::Display for VerificationState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a coordinator (or the applicant, for `Resubmit`) does to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Verify,
    Reject,
    Suspend,
    /// Re-verification of a suspended organization.
    Reinstate,
    /// The applicant sends a rejected application again, after fixing it.
    Resubmit,
}

impl Decision {
    pub const ALL: [Self; 5] = [
        Self::Verify,
        Self::Reject,
        Self::Suspend,
        Self::Reinstate,
        Self::Resubmit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Verify => "verify",
            Self::Reject => "reject",
            Self::Suspend => "suspend",
            Self::Reinstate => "reinstate",
            Self::Resubmit => "resubmit",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == raw)
    }

    /// Rejecting and suspending must say why: the applicant reads it.
    pub fn needs_reason(self) -> bool {
        matches!(self, Self::Reject | Self::Suspend)
    }

    /// Whether `reason` (already trimmed) may go with this decision.
    pub fn check_reason(self, reason: &str) -> Result<(), ReasonProblem> {
        if self.needs_reason() && reason.is_empty() {
            return Err(ReasonProblem::Missing);
        }
        if reason.chars().count() > MAX_REASON_CHARS {
            return Err(ReasonProblem::TooLong);
        }
        Ok(())
    }
}

/// The longest reason a decision carries, in characters.
pub const MAX_REASON_CHARS: usize = 2000;

/// Why a decision's reason was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReasonProblem {
    #[error("say why: the applicant reads it")]
    Missing,
    #[error("at most 2000 characters")]
    TooLong,
}

impl From<ReasonProblem> for Problem {
    fn from(p: ReasonProblem) -> Self {
        match p {
            ReasonProblem::Missing => Problem::ReasonMissing,
            ReasonProblem::TooLong => Problem::TooLong {
                max: MAX_REASON_CHARS,
            },
        }
    }
}

/// A decision that does not apply to the current state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an organization that is {from} cannot be given the decision {decision:?}")]
pub struct InvalidTransition {
    pub from: VerificationState,
    pub decision: Decision,
}

/// The state machine of verification.
pub fn transition(
    from: VerificationState,
    decision: Decision,
) -> Result<VerificationState, InvalidTransition> {
    use Decision as D;
    use VerificationState as S;
    match (from, decision) {
        (S::Pending, D::Verify) => Ok(S::Verified),
        (S::Pending, D::Reject) => Ok(S::Rejected),
        (S::Verified, D::Suspend) => Ok(S::Suspended),
        (S::Suspended, D::Reinstate) => Ok(S::Verified),
        (S::Rejected, D::Resubmit) => Ok(S::Pending),
        _ => Err(InvalidTransition { from, decision }),
    }
}

/// A scheme of official registry identifiers (org-id.guide style).
pub struct RegistryScheme {
    pub code: &'static str,
    /// The country whose registry it is; `None` for the platform's own.
    pub country: Option<&'static str>,
    /// What the registry is, in English (shown beside the field).
    pub label: &'static str,
    /// Allowed shape: digits only and how many, or free text.
    pub digits: Option<std::ops::RangeInclusive<usize>>,
}

/// The platform's own scheme, for countries with no public NGO registry
/// number the platform can check (and for anyone whose registry is not listed).
pub const PLATFORM_SCHEME: &str = "XI-BIRLIK";

pub const REGISTRY_SCHEMES: &[RegistryScheme] = &[
    RegistryScheme {
        code: "AZ-VOEN",
        country: Some("AZ"),
        label: "Azerbaijan taxpayer number (VÖEN)",
        digits: Some(10..=10),
    },
    RegistryScheme {
        code: "TR-MOI",
        country: Some("TR"),
        label: "Türkiye Ministry of Interior associations register (kütük no)",
        digits: Some(6..=12),
    },
    RegistryScheme {
        code: "UZ-KTUT",
        country: Some("UZ"),
        label: "Uzbekistan classifier of enterprises (KTUT / OKPO)",
        digits: Some(8..=8),
    },
    RegistryScheme {
        code: "KZ-BIN",
        country: Some("KZ"),
        label: "Kazakhstan business identification number (BIN)",
        digits: Some(12..=12),
    },
    RegistryScheme {
        code: "KG-INN",
        country: Some("KG"),
        label: "Kyrgyzstan taxpayer number (INN)",
        digits: Some(14..=14),
    },
    RegistryScheme {
        code: "HU-AFA",
        country: Some("HU"),
        label: "Hungary tax number (adószám)",
        digits: Some(11..=11),
    },
    RegistryScheme {
        code: PLATFORM_SCHEME,
        country: None,
        label: "Birlik registration (countries without a listed registry)",
        digits: None,
    },
];

/// The schemes an applicant from `country` may choose.
pub fn schemes_for(country: CountryCode) -> impl Iterator<Item = &'static RegistryScheme> {
    REGISTRY_SCHEMES
        .iter()
        .filter(move |s| s.country.is_none() || s.country == Some(country.as_str()))
}

/// A registry identifier: scheme and value, checked against the scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryId {
    pub scheme: &'static str,
    pub value: String,
}

impl RegistryId {
    /// Separators people type (spaces, dashes, dots) are dropped from
    /// numeric identifiers, so "1234-5678-1-42" and "12345678142" are one.
    pub fn parse(
        scheme: &str,
        value: &str,
        country: CountryCode,
    ) -> Result<Self, ValidationErrors> {
        let Some(found) = schemes_for(country).find(|s| s.code == scheme.trim()) else {
            return Err(ValidationErrors::single(
                "registry_scheme",
                Problem::RegistrySchemeNotFor {
                    country: country.to_string(),
                    platform: PLATFORM_SCHEME.to_owned(),
                },
            ));
        };
        let value = value.trim();
        match &found.digits {
            Some(len) => {
                let digits: String = value
                    .chars()
                    .filter(|c| !matches!(c, ' ' | '-' | '.' | '/'))
                    .collect();
                if !digits.chars().all(|c| c.is_ascii_digit()) || !len.contains(&digits.len()) {
                    let digits = if len.start() == len.end() {
                        len.start().to_string()
                    } else {
                        format!("{}–{}", len.start(), len.end())
                    };
                    return Err(ValidationErrors::single(
                        "registry_value",
                        Problem::RegistryDigits {
                            scheme: found.code.to_owned(),
                            digits,
                        },
                    ));
                }
                Ok(Self {
                    scheme: found.code,
                    value: digits,
                })
            }
            None => {
                if value.is_empty()
                    || value.chars().count() > 64
                    || value.chars().any(char::is_control)
                {
                    return Err(ValidationErrors::single(
                        "registry_value",
                        Problem::RegistryNumberMissing { max: 64 },
                    ));
                }
                Ok(Self {
                    scheme: found.code,
                    value: value.to_owned(),
                })
            }
        }
    }
}

/// Largest evidence document accepted.
pub const MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;

/// The kinds of evidence document accepted, recognized by their first bytes
/// (never by the file name or the browser's claimed type).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceType {
    Pdf,
    Png,
    Jpeg,
}

impl EvidenceType {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Jpeg => "jpg",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
        }
    }

    pub fn from_extension(ext: &str) -> Option<Self> {
        [Self::Pdf, Self::Png, Self::Jpeg]
            .into_iter()
            .find(|t| t.extension() == ext)
    }

    /// Recognizes an uploaded document, or says why it is refused.
    pub fn sniff(bytes: &[u8]) -> Result<Self, ValidationErrors> {
        let refuse = |problem| Err(ValidationErrors::single("evidence", problem));
        if bytes.is_empty() {
            return refuse(Problem::EvidenceMissing);
        }
        if bytes.len() > MAX_EVIDENCE_BYTES {
            return refuse(Problem::EvidenceTooLarge {
                max_mb: MAX_EVIDENCE_BYTES / (1024 * 1024),
            });
        }
        if bytes.starts_with(b"%PDF-") {
            Ok(Self::Pdf)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Ok(Self::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Ok(Self::Jpeg)
        } else {
            refuse(Problem::EvidenceType)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_each_decision_needs_and_how_long_they_may_be() {
        use Decision as D;
        let long = "я".repeat(MAX_REASON_CHARS + 1);
        let longest = "я".repeat(MAX_REASON_CHARS);
        let cases: [(D, &str, Result<(), ReasonProblem>); 9] = [
            (D::Reject, "", Err(ReasonProblem::Missing)),
            (D::Suspend, "", Err(ReasonProblem::Missing)),
            (D::Verify, "", Ok(())),
            (D::Reinstate, "", Ok(())),
            (D::Resubmit, "", Ok(())),
            (D::Reject, "the registry number is not theirs", Ok(())),
            (D::Verify, "checked by phone", Ok(())),
            (D::Reject, &longest, Ok(())),
            (D::Suspend, &long, Err(ReasonProblem::TooLong)),
        ];
        for (decision, reason, expected) in cases {
            assert_eq!(
                decision.check_reason(reason),
                expected,
                "{decision:?} {reason:.20}"
            );
        }
    }

    #[test]
    fn every_state_and_decision_pair() {
        use Decision as D;
        use VerificationState as S;
        let allowed = [
            (S::Pending, D::Verify, S::Verified),
            (S::Pending, D::Reject, S::Rejected),
            (S::Verified, D::Suspend, S::Suspended),
            (S::Suspended, D::Reinstate, S::Verified),
            (S::Rejected, D::Resubmit, S::Pending),
        ];
        for from in S::ALL {
            for decision in D::ALL {
                let expected = allowed
                    .iter()
                    .find(|(f, d, _)| *f == from && *d == decision)
                    .map(|(_, _, to)| *to);
                assert_eq!(
                    transition(from, decision).ok(),
                    expected,
                    "{from} + {decision:?}"
                );
            }
        }
    }

    #[test]
    fn registry_ids_follow_their_scheme() {
        let kz = CountryCode::parse("KZ").unwrap();
        assert_eq!(
            RegistryId::parse("KZ-BIN", "1234 5678 9012", kz)
                .unwrap()
                .value,
            "123456789012"
        );
        assert!(RegistryId::parse("KZ-BIN", "12345", kz).is_err());
        assert!(RegistryId::parse("KZ-BIN", "12345678901X", kz).is_err());
        // A scheme of another country is refused; the platform's own is always open.
        assert!(RegistryId::parse("AZ-VOEN", "1234567890", kz).is_err());
        let tm = CountryCode::parse("TM").unwrap();
        assert_eq!(
            schemes_for(tm).map(|s| s.code).collect::<Vec<_>>(),
            [PLATFORM_SCHEME]
        );
        assert_eq!(
            RegistryId::parse(PLATFORM_SCHEME, " Aşgabat 2019/17 ", tm)
                .unwrap()
                .value,
            "Aşgabat 2019/17"
        );
        let hu = CountryCode::parse("HU").unwrap();
        assert_eq!(
            RegistryId::parse("HU-AFA", "18123456-1-42", hu)
                .unwrap()
                .value,
            "18123456142"
        );
    }

    #[test]
    fn evidence_is_recognized_by_content() {
        assert_eq!(
            EvidenceType::sniff(b"%PDF-1.7 ...").unwrap(),
            EvidenceType::Pdf
        );
        assert_eq!(
            EvidenceType::sniff(b"\x89PNG\r\n\x1a\n....").unwrap(),
            EvidenceType::Png
        );
        assert_eq!(
            EvidenceType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0]).unwrap(),
            EvidenceType::Jpeg
        );
        assert!(EvidenceType::sniff(b"<html><script>").is_err());
        assert!(EvidenceType::sniff(b"").is_err());
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_EVIDENCE_BYTES + 1, b' ');
        assert!(EvidenceType::sniff(&big).is_err());
    }
}
