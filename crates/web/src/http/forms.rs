//! HTML forms: every posted form carries the CSRF token, checked by the
//! [`Posted`] extractor before the handler runs, and validation errors are
//! collected per field to show beside the fields.

use crate::AppError;
use crate::http::auth::Csrf;
use crate::http::params::percent_decodes_to_utf8;
use axum::body::Bytes;
use axum::extract::multipart::Field;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use domain::ValidationErrors;

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

/// Validation messages by field, for re-showing a form.
#[derive(Debug, Default, Clone)]
pub struct FormErrors(pub Vec<(String, String)>);

impl FormErrors {
    /// Keeps the value, or records its field errors.
    pub fn check<T>(&mut self, result: Result<T, ValidationErrors>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.0.extend(e.0.into_iter().map(|f| (f.field, f.message)));
                None
            }
        }
    }

    pub fn add(&mut self, field: &str, message: &str) {
        self.0.push((field.to_owned(), message.to_owned()));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message for one field (empty if none), for templates.
    pub fn of(&self, field: &str) -> String {
        self.0
            .iter()
            .filter(|(f, _)| {
                f == field
                    || f.starts_with(&format!("{field}."))
                    || f.starts_with(&format!("{field}["))
            })
            .map(|(_, m)| m.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}
