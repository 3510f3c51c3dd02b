//! HTML forms: every posted form carries the CSRF token, checked by the
//! [`Posted`] extractor before the handler runs, and validation errors are
//! collected per field to show beside the fields.

use crate::AppError;
use crate::http::auth::Csrf;
use crate::http::i18n;
use crate::http::params::percent_decodes_to_utf8;
use axum::body::Bytes;
use axum::extract::multipart::Field;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use domain::{Problem, ValidationErrors};

/// A form whose `csrf` field the extractor checks.
pub trait WithCsrf {
    fn csrf(&self) -> &str;
}

/// Declares a form struct with a `csrf` field (and `#[serde(default)]` on
/// every field, so a missing field is a validation message, not a crash).
macro_rules! csrf_form {
    (pub struct $name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(serde::Deserialize, Default)]
        #[serde(default)]
        pub struct $name {
            csrf: String,
            $($field: $ty,)*
        }
        impl $crate::http::forms::WithCsrf for $name {
            fn csrf(&self) -> &str {
                &self.csrf
            }
        }
    };
}
pub(crate) use csrf_form;

/// Forms with fields named at run time (a field per language, per country)
/// are read as pairs; their `csrf` pair is the token.
impl WithCsrf for Vec<(String, String)> {
    fn csrf(&self) -> &str {
        self.iter()
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

/// An `application/x-www-form-urlencoded` form with a valid CSRF token.
pub struct Posted<T>(pub T);

impl<S, T> FromRequest<S> for Posted<T>
where
    S: Send + Sync,
    T: serde::de::DeserializeOwned + WithCsrf,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let csrf = request
            .extensions()
            .get::<Csrf>()
            .cloned()
            .unwrap_or_default();
        let is_form = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| {
                v.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Err(AppError::bad_request(
                "invalid_form",
                "a form is sent as application/x-www-form-urlencoded",
            ));
        }
        let body = Bytes::from_request(request, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                AppError::PayloadTooLarge("The form is larger than this address accepts.".into())
            } else {
                AppError::bad_request("invalid_form", e.body_text())
            }
        })?;
        let form: T = parse_form(&body)?;
        csrf.verify(form.csrf())?;
        Ok(Self(form))
    }
}

/// Decodes an `application/x-www-form-urlencoded` body, the part of
/// [`Posted`] that needs no request (public for the fuzz targets). A body
/// that is not UTF-8 once percent-decoded is refused.
pub fn parse_form<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    // The form decoder would quietly store invalid UTF-8 as U+FFFD.
    if !percent_decodes_to_utf8(body) {
        return Err(AppError::bad_request(
            "invalid_form",
            "the form is not valid UTF-8 once percent-decoded",
        ));
    }
    serde_urlencoded::from_bytes(body)
        .map_err(|e| AppError::bad_request("invalid_form", format!("the form: {e}")))
}

/// A multipart text field, refused unless it is UTF-8 (axum's `text()`
/// would quietly turn invalid bytes into U+FFFD).
pub async fn text_field(field: Field<'_>) -> Result<String, AppError> {
    let name = field.name().unwrap_or_default().to_owned();
    let bytes = field.bytes().await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            AppError::PayloadTooLarge("The form is larger than this address accepts.".into())
        } else {
            AppError::bad_request("invalid_form", e.body_text())
        }
    })?;
    String::from_utf8(bytes.into()).map_err(|_| {
        AppError::bad_request(
            "invalid_form",
            format!("{name}: the text is not valid UTF-8"),
        )
    })
}

/// One message of a form, in the visitor's language, for one field.
#[derive(Debug, Clone)]
pub struct FormError {
    pub field: String,
    /// What the field is called on the page, for the summary (empty: the
    /// message says it).
    pub label: String,
    pub message: String,
}

impl FormError {
    /// The element id of the field (`f-founded`), the target of the error
    /// summary's links.
    pub fn anchor(&self) -> String {
        field_id(base_field(&self.field))
    }
}

/// Every validation message of one submission, in the visitor's language,
/// by field: the form shows them all at once, in a summary that takes the
/// focus and beside each field (tied to it by `aria-describedby`).
#[derive(Debug, Clone)]
pub struct FormErrors {
    lang: &'static str,
    pub list: Vec<FormError>,
}

impl FormErrors {
    pub fn new(lang: &'static str) -> Self {
        Self {
            lang,
            list: Vec::new(),
        }
    }

    /// Keeps the value, or records its field errors.
    pub fn check<T>(&mut self, result: Result<T, ValidationErrors>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                for f in e.0 {
                    self.problem(&f.field, &f.problem);
                }
                None
            }
        }
    }

    /// Records a problem the domain named.
    pub fn problem(&mut self, field: &str, problem: &Problem) {
        let message = i18n::problem(self.lang, problem);
        self.push(field, message);
    }

    pub(crate) fn push(&mut self, field: &str, message: String) {
        // One field, one message each: an import line's `names[0].value`
        // and `names[1].value` are one box on a form.
        let exists = self
            .list
            .iter()
            .any(|e| e.field == field && e.message == message);
        if !exists {
            self.list.push(FormError {
                field: field.to_owned(),
                label: String::new(),
                message,
            });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Names each field in the summary (`Hungary: since` for `since_HU`).
    pub fn label_with(&mut self, label: impl Fn(&str) -> String) {
        for e in &mut self.list {
            e.label = label(&e.field);
        }
    }

    /// How many messages, as the language files count.
    pub fn count(&self) -> u64 {
        u64::try_from(self.list.len()).unwrap_or(u64::MAX)
    }

    /// Whether a field (or one of its parts) has a message.
    pub fn has(&self, field: &str) -> bool {
        self.list.iter().any(|e| belongs(&e.field, field))
    }

    /// The messages of one field (empty if none), for templates.
    pub fn of(&self, field: &str) -> String {
        self.list
            .iter()
            .filter(|e| belongs(&e.field, field))
            .map(|e| e.message.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// The attributes of a field's control: its id, and when it has a
    /// message, `aria-invalid` and the id of the message describing it.
    pub fn attrs(&self, field: &str) -> String {
        let id = field_id(field);
        if self.has(field) {
            format!(r#"id="{id}" aria-invalid="true" aria-describedby="{id}-error""#)
        } else {
            format!(r#"id="{id}""#)
        }
    }

    /// The message paragraph of a field (empty if none), escaped.
    pub fn note(&self, field: &str) -> String {
        if !self.has(field) {
            return String::new();
        }
        format!(
            r#"<p class="error" id="{}-error">{}</p>"#,
            field_id(field),
            escape(&self.of(field))
        )
    }
}

/// `names[0].value` → `names`: the form's box for an import-format field.
fn base_field(field: &str) -> &str {
    let end = field.find(['.', '[']).unwrap_or(field.len());
    &field[..end]
}

fn belongs(error_field: &str, field: &str) -> bool {
    error_field == field || base_field(error_field) == field
}

/// An element id for a field name, whatever characters the name has.
pub fn field_id(field: &str) -> String {
    let safe: String = field
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("f-{safe}")
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fields_message_is_in_the_visitors_language_and_tied_to_its_control() {
        let mut errors = FormErrors::new("kk");
        errors.check::<()>(Err(ValidationErrors::single(
            "names[0].value",
            Problem::Empty,
        )));
        errors.problem("founded", &Problem::NotAYear);
        assert_eq!(errors.count(), 2);
        assert!(errors.has("names"));
        assert_ne!(errors.of("founded"), Problem::NotAYear.to_string());
        assert!(!errors.of("founded").is_empty());
        assert_eq!(
            errors.attrs("founded"),
            r#"id="f-founded" aria-invalid="true" aria-describedby="f-founded-error""#
        );
        assert_eq!(errors.attrs("city"), r#"id="f-city""#);
        assert!(
            errors
                .note("founded")
                .starts_with(r#"<p class="error" id="f-founded-error">"#)
        );
        assert_eq!(errors.note("city"), "");
        assert_eq!(errors.list[0].anchor(), "f-names");
    }

    #[test]
    fn messages_are_escaped() {
        let mut errors = FormErrors::new("en");
        errors.problem(
            "website",
            &Problem::NotAWebAddress {
                value: "<script>".into(),
            },
        );
        assert!(!errors.note("website").contains("<script>"));
        assert!(errors.note("website").contains("&lt;script&gt;"));
    }
}
