//! Signing up, and confirming the address by the mailed link.

use super::*;
use crate::http::auth::{ClientIp, Csrf, token_hash};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use app::accounts::{hash_password, links};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use domain::{DisplayName, Email, check_password};
use store::{NewAccount, TokenPurpose};

#[derive(Template)]
#[template(path = "accounts/signup.html")]
pub(super) struct SignupPage {
    chrome: Chrome,
    csrf: String,
    name: String,
    email: String,
    errors: FormErrors,
}

pub(super) async fn signup_form(chrome: Chrome, csrf: Csrf) -> Page {
    let lang = chrome.lang;
    let page = SignupPage {
        chrome,
        csrf: csrf.token.clone(),
        name: String::new(),
        email: String::new(),
        errors: FormErrors::new(lang),
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct SignupForm {
        name: String,
        email: String,
        password: String,
    }
}

pub(super) async fn signup(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    ip: ClientIp,
    Posted(form): Posted<SignupForm>,
) -> Page {
    limit(&state, format!("signup:ip:{}", ip.0), 10.0, 10.0).await?;
    let mut errors = FormErrors::new(chrome.lang);
    let name = errors.check(DisplayName::parse(&form.name));
    let email = errors.check(Email::parse(&form.email));
    errors.check(check_password(&form.password, email.as_ref()));
    let (Some(name), Some(email), true) = (name, email, errors.is_empty()) else {
        let page = SignupPage {
            chrome,
            csrf: csrf.token,
            name: form.name,
            email: form.email,
            errors,
        };
        return html(StatusCode::UNPROCESSABLE_ENTITY, page);
    };
    // Hash first, whether or not the address is taken: the answer's timing
    // must not tell.
    let hash = hash_password(form.password).await?;
    let now = state.now();
    let new = NewAccount {
        email: &email,
        display_name: name.as_str(),
        password_hash: &hash,
        locale: chrome.lang,
    };
    match state.store().create_account(&new, now).await? {
        Some(id) => links::send_confirmation(state.app(), chrome.lang, id, email.as_str()).await?,
        // Taken: tell its owner, but a few times a day at most, whoever
        // asks (the answer is the same either way).
        None if take(
            &state,
            &format!("signup:taken:{}", email.as_str()),
            3.0,
            3.0,
        )
        .await? =>
        {
            links::address_taken(state.app(), chrome.lang, email.as_str()).await?;
        }
        None => {}
    }
    message(
        chrome,
        "signup-sent-title",
        "signup-sent-body",
        "/login",
        "nav-login",
    )
}

/// The mailed link opens a page with a button: mail scanners that follow
/// links must not confirm or reset anything by a GET.
pub(super) async fn confirm_form(chrome: Chrome, csrf: Csrf, Query(q): Query<TokenQuery>) -> Page {
    let lang = chrome.lang;
    let page = TokenFormPage {
        action: chrome.href("/account/confirm"),
        chrome,
        csrf: csrf.token.clone(),
        token: q.token,
        title_key: "confirm-title",
        body_key: "confirm-body",
        button_key: "confirm-button",
        with_password: false,
        errors: FormErrors::new(lang),
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

pub(super) async fn confirm(
    State(state): State<AppState>,
    chrome: Chrome,
    Posted(form): Posted<TokenForm>,
) -> Page {
    let now = state.now();
    let used = state
        .store()
        .take_token(TokenPurpose::Confirm, &token_hash(&form.token), now)
        .await?;
    match used.and_then(|t| t.account_id) {
        Some(id) => {
            state.store().confirm_account(id, now).await?;
            message(
                chrome,
                "confirmed-title",
                "confirmed-body",
                "/login",
                "nav-login",
            )
        }
        None => Err(AppError::bad_request(
            "invalid_token",
            "This link is used up or has expired. Sign in to get a new one.",
        )),
    }
}
