//! HTML forms: every posted form carries the CSRF token, checked by the
//! [`Posted`] extractor before the handler runs, and validation errors are
//! collected per field to show beside the fields.

use crate::AppError;
use crate::auth::Csrf;
use axum::extract::{FromRequest, Request};
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
            #[allow(dead_code)]
            csrf: String,
            $($field: $ty,)*
        }
        impl $crate::forms::WithCsrf for $name {
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
        let axum::Form(form) = axum::Form::<T>::from_request(request, state)
            .await
            .map_err(|e| AppError::bad_request("invalid_form", e.body_text()))?;
        csrf.verify(form.csrf())?;
        Ok(Self(form))
    }
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
