//! Resetting a forgotten password by a mailed link.

use super::*;
use crate::http::auth::{ClientIp, Csrf, token_hash};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use app::accounts::{hash_password, links};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::{Email, check_password};
use store::TokenPurpose;

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
pub(super) struct ForgotPage {
    chrome: Chrome,
    csrf: String,
}

pub(super) async fn forgot_form(chrome: Chrome, csrf: Csrf) -> Page {
    let page = ForgotPage {
        chrome,
        csrf: csrf.token.clone(),
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct ForgotForm {
        email: String,
    }
}

pub(super) async fn forgot(
    State(state): State<AppState>,
    chrome: Chrome,
    ip: ClientIp,
    Posted(form): Posted<ForgotForm>,
) -> Page {
    let folded = form.email.trim().to_ascii_lowercase();
    limit(&state, format!("reset:ip:{}", ip.0), 10.0, 10.0).await?;
    limit(&state, format!("reset:account:{folded}"), 3.0, 3.0).await?;
    // Whether the account exists, the token and the mail happen after the
    // answer: it reads the same, in the same time, for any address.
    if let Ok(email) = Email::parse(&form.email) {
        let app = state.app().clone();
        let lang = chrome.lang;
        state.app().in_background("password reset", async move {
            links::send_reset(&app, lang, &email).await
        });
    }
    message(
        chrome,
        "forgot-sent-title",
        "forgot-sent-body",
        "/login",
        "nav-login",
    )
}

pub(super) async fn reset_form(chrome: Chrome, csrf: Csrf, Query(q): Query<TokenQuery>) -> Page {
    let lang = chrome.lang;
    let page = TokenFormPage {
        action: chrome.href("/password/reset"),
        chrome,
        csrf: csrf.token.clone(),
        token: q.token,
        title_key: "reset-title",
        body_key: "reset-body",
        button_key: "reset-button",
        with_password: true,
        errors: FormErrors::new(lang),
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

pub(super) async fn reset(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    Posted(form): Posted<TokenForm>,
) -> Page {
    let now = state.now();
    let hash = token_hash(&form.token);
    let expired = || {
        AppError::bad_request(
            "invalid_token",
            "This link is used up or has expired. Ask for a new one.",
        )
    };
    let token = state
        .store()
        .peek_token(TokenPurpose::Reset, &hash, now)
        .await?
        .ok_or_else(expired)?;
    let email = Email::parse(&token.email)?;
    if let Err(e) = check_password(&form.password, Some(&email)) {
        let mut errors = FormErrors::new(chrome.lang);
        errors.check::<()>(Err(e));
        let page = TokenFormPage {
            action: chrome.href("/password/reset"),
            chrome,
            csrf: csrf.token,
            token: form.token,
            title_key: "reset-title",
            body_key: "reset-body",
            button_key: "reset-button",
            with_password: true,
            errors,
        };
        return html(StatusCode::UNPROCESSABLE_ENTITY, page);
    }
    let used = state
        .store()
        .take_token(TokenPurpose::Reset, &hash, now)
        .await?
        .ok_or_else(expired)?;
    let account_id = used.account_id.ok_or_else(expired)?;
    let new_hash = hash_password(form.password).await?;
    state
        .store()
        .set_password(account_id, &new_hash, now)
        .await?;
    // Reading the link proves the mailbox is theirs.
    state.store().confirm_account(account_id, now).await?;
    Ok(Redirect::to(&chrome.href("/login?done=reset")).into_response())
}
