//! Signing in and out.

use super::*;
use crate::AppState;
use crate::http::auth::{ClientIp, Csrf, Viewer, random_token, token_hash};
use crate::http::forms::{Posted, csrf_form};
use crate::http::views::Chrome;
use app::accounts::{links, verify_password};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use domain::Email;

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub(super) struct LoginPage {
    chrome: Chrome,
    csrf: String,
    email: String,
    next: String,
    error_key: &'static str,
    notice_key: &'static str,
}

#[derive(serde::Deserialize, Default)]
pub(super) struct LoginQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    done: String,
}

pub(super) async fn login_form(chrome: Chrome, csrf: Csrf, Query(q): Query<LoginQuery>) -> Page {
    let notice_key = match q.done.as_str() {
        "reset" => "notice-password-reset",
        "deleted" => "notice-account-deleted",
        _ => "",
    };
    let page = LoginPage {
        chrome,
        csrf: csrf.token.clone(),
        email: String::new(),
        next: q.next,
        error_key: "",
        notice_key,
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct LoginForm {
        email: String,
        password: String,
        next: String,
    }
}

pub(super) async fn login(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    ip: ClientIp,
    viewer: Viewer,
    headers: axum::http::HeaderMap,
    Posted(form): Posted<LoginForm>,
) -> Page {
    let folded = form.email.trim().to_ascii_lowercase();
    // A refusal shows the form again, with the message and what was typed.
    let page = |error_key| LoginPage {
        chrome: chrome.clone(),
        csrf: csrf.token.clone(),
        email: form.email.clone(),
        next: form.next.clone(),
        error_key,
        notice_key: "",
    };
    // `Retry-After`: when the bucket has a token again.
    let limited = |per_hour: f64| -> Page {
        let mut response = html(
            StatusCode::TOO_MANY_REQUESTS,
            page("error-detail-rate-limited"),
        )?;
        response.headers_mut().insert(
            header::RETRY_AFTER,
            axum::http::HeaderValue::from((3600.0 / per_hour).ceil() as u64),
        );
        Ok(response)
    };
    if !take(&state, &format!("login:ip:{}", ip.0), 30.0, 60.0).await? {
        return limited(60.0);
    }
    let account = match Email::parse(&form.email) {
        Ok(email) => state.store().account_by_email(&email).await?,
        Err(_) => None,
    };
    // Guessing one account's password is limited per account; a browser
    // that has signed in to it before is not held back by that limit, so
    // nobody can lock the owner out by failing on purpose.
    let known_device = account
        .as_ref()
        .is_some_and(|a| state.is_known_device(&headers, a.id));
    if !known_device && !take(&state, &format!("login:account:{folded}"), 5.0, 12.0).await? {
        return limited(12.0);
    }
    let hash = account.as_ref().map(|a| a.password_hash.clone());
    let ok = verify_password(form.password.clone(), hash).await;
    let fail = |error_key| html(StatusCode::UNAUTHORIZED, page(error_key));
    let Some(account) = account.filter(|_| ok) else {
        return fail("login-failed");
    };
    if !account.confirmed {
        // Only someone who knows the password learns this.
        let email = Email::parse(&account.email)?;
        links::send_confirmation(state.app(), chrome.lang, account.id, email.as_str()).await?;
        return fail("login-unconfirmed");
    }
    // A new session on every sign-in: a session id planted before sign-in
    // is worth nothing after it.
    if let Some(old) = &viewer.0 {
        state.store().delete_session(old.session_hash()).await?;
    }
    let token = random_token();
    state
        .store()
        .create_session(&token_hash(&token), account.id, state.now())
        .await?;
    // Back where they were, or to their account, in the language they
    // signed in from.
    let target = safe_next(&form.next).unwrap_or("/account");
    let mut response = chrome.redirect(target).into_response();
    let cookies = state.config().cookies;
    let set = response.headers_mut();
    set.append(header::SET_COOKIE, cookies.set_session(&token));
    if !known_device {
        set.append(
            header::SET_COOKIE,
            cookies.set_device(&state.device_mark(account.id)),
        );
    }
    Ok(response)
}

csrf_form! {
    pub struct EmptyForm {}
}

pub(super) async fn logout(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Posted(_): Posted<EmptyForm>,
) -> Page {
    if let Some(signed_in) = &viewer.0 {
        state
            .store()
            .delete_session(signed_in.session_hash())
            .await?;
    }
    let mut response = chrome.redirect("/").into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, state.config().cookies.clear_session());
    Ok(response)
}
