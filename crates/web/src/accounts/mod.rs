//! Account pages: sign-up with email confirmation, sign-in and -out,
//! password reset, settings (name, language, password, access tokens,
//! deleting the account).
//!
//! Answers never tell whether an address has an account: sign-up and reset
//! say "check your mail" either way, and sign-in failures are one message.

use crate::http::auth::{ClientIp, Csrf, Viewer, random_token, token_hash};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use app::accounts::{hash_password, links, verify_password};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::{DisplayName, Email, UI_LANGS, check_password};
use store::{NewAccount, TokenPurpose};

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

fn html(status: StatusCode, t: impl Template) -> Page {
    Ok((status, Html(t.render()?)).into_response())
}

/// A message page ("check your mail", "confirmed" …).
#[derive(Template)]
#[template(path = "accounts/message.html")]
struct MessagePage {
    chrome: Chrome,
    title_key: &'static str,
    body_key: &'static str,
    link: String,
    link_key: &'static str,
}

fn message(
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
fn safe_next(next: &str) -> Option<&str> {
    let printable = next.bytes().all(|b| b.is_ascii_graphic());
    let path = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    (printable && path && next.parse::<axum::http::uri::PathAndQuery>().is_ok()).then_some(next)
}

/// Takes one token from a shared bucket: refuses when it is empty, with a
/// message that says what to do and `Retry-After`.
async fn limit(
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
async fn take(
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

// ---- sign-up ----

#[derive(Template)]
#[template(path = "accounts/signup.html")]
struct SignupPage {
    chrome: Chrome,
    csrf: String,
    name: String,
    email: String,
    errors: FormErrors,
}

async fn signup_form(chrome: Chrome, csrf: Csrf) -> Page {
    let page = SignupPage {
        chrome,
        csrf: csrf.token.clone(),
        name: String::new(),
        email: String::new(),
        errors: FormErrors::default(),
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

async fn signup(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    ip: ClientIp,
    Posted(form): Posted<SignupForm>,
) -> Page {
    limit(&state, format!("signup:ip:{}", ip.0), 10.0, 10.0).await?;
    let mut errors = FormErrors::default();
    let name = errors.check(DisplayName::parse(&form.name));
    let email = errors.check(Email::parse(&form.email));
    if let Some(email) = &email {
        errors.check(check_password(&form.password, email));
    }
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

#[derive(serde::Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "accounts/token_form.html")]
struct TokenFormPage {
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

/// The mailed link opens a page with a button: mail scanners that follow
/// links must not confirm or reset anything by a GET.
async fn confirm_form(chrome: Chrome, csrf: Csrf, Query(q): Query<TokenQuery>) -> Page {
    let page = TokenFormPage {
        action: chrome.href("/account/confirm"),
        chrome,
        csrf: csrf.token.clone(),
        token: q.token,
        title_key: "confirm-title",
        body_key: "confirm-body",
        button_key: "confirm-button",
        with_password: false,
        errors: FormErrors::default(),
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct TokenForm {
        token: String,
        password: String,
    }
}

async fn confirm(
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

// ---- sign-in ----

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    chrome: Chrome,
    csrf: String,
    email: String,
    next: String,
    error_key: &'static str,
    notice_key: &'static str,
}

#[derive(serde::Deserialize, Default)]
struct LoginQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    done: String,
}

async fn login_form(chrome: Chrome, csrf: Csrf, Query(q): Query<LoginQuery>) -> Page {
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

async fn login(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    ip: ClientIp,
    viewer: Viewer,
    headers: axum::http::HeaderMap,
    Posted(form): Posted<LoginForm>,
) -> Page {
    let folded = form.email.trim().to_ascii_lowercase();
    limit(&state, format!("login:ip:{}", ip.0), 30.0, 60.0).await?;
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
    if !known_device {
        limit(&state, format!("login:account:{folded}"), 5.0, 12.0).await?;
    }
    let hash = account.as_ref().map(|a| a.password_hash.clone());
    let ok = verify_password(form.password, hash).await;
    let fail = |error_key| {
        let page = LoginPage {
            chrome: chrome.clone(),
            csrf: csrf.token.clone(),
            email: form.email.clone(),
            next: form.next.clone(),
            error_key,
            notice_key: "",
        };
        html(StatusCode::UNAUTHORIZED, page)
    };
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
    // Without a page to return to, the account's own language is the one to use.
    let target = safe_next(&form.next)
        .map(str::to_owned)
        .unwrap_or_else(|| format!("/{}/account", account.locale));
    let mut response = Redirect::to(&target).into_response();
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

async fn logout(
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
    let mut response = Redirect::to(&chrome.href("/")).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, state.config().cookies.clear_session());
    Ok(response)
}

// ---- password reset ----

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    chrome: Chrome,
    csrf: String,
}

async fn forgot_form(chrome: Chrome, csrf: Csrf) -> Page {
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

async fn forgot(
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

async fn reset_form(chrome: Chrome, csrf: Csrf, Query(q): Query<TokenQuery>) -> Page {
    let page = TokenFormPage {
        action: chrome.href("/password/reset"),
        chrome,
        csrf: csrf.token.clone(),
        token: q.token,
        title_key: "reset-title",
        body_key: "reset-body",
        button_key: "reset-button",
        with_password: true,
        errors: FormErrors::default(),
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

async fn reset(
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
    if let Err(e) = check_password(&form.password, &email) {
        let mut errors = FormErrors::default();
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

// ---- settings ----

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    chrome: Chrome,
    csrf: String,
    name: String,
    email: String,
    locale: String,
    languages: Vec<(&'static str, &'static str)>,
    roles: Vec<String>,
    organizations: Vec<OrgLink>,
    tokens: Vec<store::AccessTokenInfo>,
    new_token: String,
    notice_key: &'static str,
    errors: FormErrors,
}

pub(crate) struct OrgLink {
    pub name: String,
    pub state_key: String,
    pub url: String,
}

#[derive(serde::Deserialize, Default)]
struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// The account page again, with a form's validation messages.
async fn account_errors(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    errors: FormErrors,
) -> Page {
    account_page(state, chrome, csrf, viewer, String::new(), "", errors).await
}

async fn account_page(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    new_token: String,
    notice_key: &'static str,
    errors: FormErrors,
) -> Page {
    let me = viewer.require()?;
    let mut organizations = Vec::new();
    let mut roles = Vec::new();
    for role in &me.actor.roles {
        match role {
            domain::Role::Editor(org) => {
                let review = state.store().review(org.as_str()).await?;
                let record = state.store().get(org).await?;
                let name = record
                    .as_ref()
                    .map(|r| r.display_name().to_owned())
                    .or_else(|| {
                        review
                            .as_ref()
                            .map(|r| r.proposal.display_name().to_owned())
                    })
                    .unwrap_or_else(|| org.as_str().to_owned());
                organizations.push(OrgLink {
                    name,
                    state_key: review
                        .map(|r| format!("state-{}", r.state))
                        .unwrap_or_default(),
                    url: chrome.href(&format!(
                        "/review/{}",
                        crate::http::params::encode(org.as_str())
                    )),
                });
            }
            domain::Role::Coordinator(c) => {
                roles.push(chrome.t1("role-coordinator-of", "country", chrome.country(c.as_str())))
            }
            domain::Role::Secretariat => roles.push(chrome.t("role-secretariat")),
        }
    }
    let tokens = state.store().access_tokens_of(me.account.id).await?;
    let page = AccountPage {
        name: me.account.display_name.clone(),
        email: me.account.email.clone(),
        locale: me.account.locale.clone(),
        languages: UI_LANGS
            .iter()
            .map(|l| (*l, crate::http::i18n::endonym(l)))
            .collect(),
        roles,
        organizations,
        tokens,
        new_token,
        notice_key,
        errors,
        chrome,
        csrf,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let mut response = html(status, page)?;
    // The page can show a fresh access token: never keep it in a cache.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

async fn settings(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Query(q): Query<DoneQuery>,
) -> Page {
    let notice_key = match q.done.as_str() {
        "saved" => "notice-saved",
        "password" => "notice-password-changed",
        "revoked" => "notice-token-revoked",
        _ => "",
    };
    account_page(
        &state,
        chrome,
        csrf.token,
        &viewer,
        String::new(),
        notice_key,
        FormErrors::default(),
    )
    .await
}

csrf_form! {
    pub struct SettingsForm {
        name: String,
        locale: String,
    }
}

async fn save_settings(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<SettingsForm>,
) -> Page {
    let me = viewer.require()?;
    let mut errors = FormErrors::default();
    let name = errors.check(DisplayName::parse(&form.name));
    if !UI_LANGS.contains(&form.locale.as_str()) {
        errors.add("locale", "choose one of the platform's languages");
    }
    let Some(name) = name.filter(|_| errors.is_empty()) else {
        return account_errors(&state, chrome, csrf.token, &viewer, errors).await;
    };
    state
        .store()
        .update_account(me.account.id, name.as_str(), &form.locale, state.now())
        .await?;
    Ok(Redirect::to(&format!("/{}/account?done=saved", form.locale)).into_response())
}

csrf_form! {
    pub struct PasswordForm {
        current: String,
        password: String,
    }
}

async fn change_password(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<PasswordForm>,
) -> Page {
    let me = viewer.require()?;
    limit(
        &state,
        format!("password:account:{}", me.account.id),
        5.0,
        12.0,
    )
    .await?;
    let mut errors = FormErrors::default();
    if !verify_password(form.current, Some(me.account.password_hash.clone())).await {
        errors.add("current", "this is not your current password");
    }
    let email = Email::parse(&me.account.email)?;
    errors.check(check_password(&form.password, &email));
    if !errors.is_empty() {
        return account_errors(&state, chrome, csrf.token, &viewer, errors).await;
    }
    let hash = hash_password(form.password).await?;
    let now = state.now();
    // Ends every session, this one too; then this browser gets a new one.
    state
        .store()
        .set_password(me.account.id, &hash, now)
        .await?;
    let token = random_token();
    state
        .store()
        .create_session(&token_hash(&token), me.account.id, now)
        .await?;
    let mut response = Redirect::to(&chrome.href("/account?done=password")).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        state.config().cookies.set_session(&token),
    );
    Ok(response)
}

csrf_form! {
    pub struct DeleteForm {
        password: String,
    }
}

async fn delete_account(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<DeleteForm>,
) -> Page {
    let me = viewer.require()?;
    if !verify_password(form.password, Some(me.account.password_hash.clone())).await {
        let mut errors = FormErrors::default();
        errors.add("delete", "this is not your current password");
        return account_errors(&state, chrome, csrf.token, &viewer, errors).await;
    }
    state
        .store()
        .delete_account(me.account.id, state.now())
        .await?;
    let mut response = Redirect::to(&chrome.href("/login?done=deleted")).into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, state.config().cookies.clear_session());
    Ok(response)
}

csrf_form! {
    pub struct NewTokenForm {
        name: String,
    }
}

async fn create_token(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<NewTokenForm>,
) -> Page {
    let me = viewer.require()?;
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        let mut errors = FormErrors::default();
        errors.add("token_name", "give the token a name (up to 100 characters)");
        return account_errors(&state, chrome, csrf.token, &viewer, errors).await;
    }
    let id = random_token()[..16].to_owned();
    let secret = random_token();
    state
        .store()
        .create_access_token(
            &id,
            me.account.id,
            name,
            &token_hash(&secret),
            &me.account.email,
            state.now(),
        )
        .await?;
    let shown = format!("bk_{id}_{secret}");
    account_page(
        &state,
        chrome,
        csrf.token,
        &viewer,
        shown,
        "notice-token-created",
        FormErrors::default(),
    )
    .await
}

async fn revoke_token(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(id): Path<String>,
    Posted(_): Posted<EmptyForm>,
) -> Page {
    let me = viewer.require()?;
    if !state
        .store()
        .revoke_access_token(me.account.id, &id, &me.account.email, state.now())
        .await?
    {
        return Err(AppError::NotFound("You have no such live token.".into()));
    }
    Ok(Redirect::to(&chrome.href("/account?done=revoked")).into_response())
}
