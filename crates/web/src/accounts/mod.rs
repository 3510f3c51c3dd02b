//! Account pages: sign-up with email confirmation, sign-in and -out,
//! password reset, settings (name, language, password, access tokens,
//! deleting the account).
//!
//! Answers never tell whether an address has an account: sign-up and reset
//! say "check your mail" either way, and sign-in failures are one message.

use crate::http::forms::{FormErrors, csrf_form};
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::Router;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

mod reset;
mod settings;
mod signin;
mod signup;

use reset::*;
use settings::*;
use signin::*;
use signup::*;

type Page = Result<Response, AppError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/signup", get(signup_form).post(signup))
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/account/confirm", get(confirm_form).post(confirm))
        .route("/password/forgot", get(forgot_form).post(forgot))
        .route("/password/reset", get(reset_form).post(reset))
        .route("/account", get(settings).post(save_settings))
        .route("/account/password", post(change_password))
        .route("/account/delete", post(delete_account))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/{id}/revoke", post(revoke_token))
}

pub(super) fn html(status: StatusCode, t: impl Template) -> Page {
    Ok((status, Html(t.render()?)).into_response())
}

/// A message page ("check your mail", "confirmed" …).
#[derive(Template)]
#[template(path = "accounts/message.html")]
pub(super) struct MessagePage {
    chrome: Chrome,
    title_key: &'static str,
    body_key: &'static str,
    link: String,
    link_key: &'static str,
}

pub(super) fn message(
    chrome: Chrome,
    title_key: &'static str,
    body_key: &'static str,
    link: &str,
    link_key: &'static str,
) -> Page {
    let link = chrome.href(link);
    html(
        StatusCode::OK,
        MessagePage {
            chrome,
            title_key,
            body_key,
            link,
            link_key,
        },
    )
}

/// Where to go after signing in: only a path on this site.
/// `next` if it is a path on this site, else nothing. Browsers drop tabs
/// and newlines from URLs and read `\\` as `/`, so `/\t/evil.example` is
/// `//evil.example` to them: only printable ASCII that is a path, not an
/// authority, passes (anything else is percent-encoded by our own links).
pub(super) fn safe_next(next: &str) -> Option<&str> {
    let printable = next.bytes().all(|b| b.is_ascii_graphic());
    let path = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    (printable && path && next.parse::<axum::http::uri::PathAndQuery>().is_ok()).then_some(next)
}

/// Takes one token from a shared bucket: refuses when it is empty, with a
/// message that says what to do and `Retry-After`.
pub(super) async fn limit(
    state: &AppState,
    bucket: String,
    capacity: f64,
    per_hour: f64,
) -> Result<(), AppError> {
    if take(state, &bucket, capacity, per_hour).await? {
        Ok(())
    } else {
        Err(AppError::TooManyRequests(
            "Too many attempts. Wait a few minutes, then try again.".into(),
            (3600.0 / per_hour).ceil() as u64,
        ))
    }
}

/// Takes one token from a shared bucket; whether there was one.
pub(super) async fn take(
    state: &AppState,
    bucket: &str,
    capacity: f64,
    per_hour: f64,
) -> Result<bool, AppError> {
    Ok(state
        .store()
        .take_rate_token(bucket, capacity, per_hour / 3600.0, state.now())
        .await?)
}

// ---- the page a mailed link opens (confirming, resetting) ----

#[derive(serde::Deserialize)]
pub(super) struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "accounts/token_form.html")]
pub(super) struct TokenFormPage {
    chrome: Chrome,
    csrf: String,
    action: String,
    token: String,
    title_key: &'static str,
    body_key: &'static str,
    button_key: &'static str,
    with_password: bool,
    errors: FormErrors,
}

csrf_form! {
    pub struct TokenForm {
        token: String,
        password: String,
    }
}
