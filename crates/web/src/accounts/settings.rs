//! The account page: name, language, password, access tokens, deleting the account.

use super::*;
use crate::http::auth::{Csrf, Viewer, random_token, token_hash};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use app::accounts::{hash_password, verify_password};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use domain::{DisplayName, Email, UI_LANGS, check_password};

#[derive(Template)]
#[template(path = "accounts/account.html")]
pub(super) struct AccountPage {
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

pub(super) struct OrgLink {
    pub name: String,
    /// The name's language tag, empty when unknown.
    pub lang: String,
    pub state_key: String,
    pub url: String,
}

#[derive(serde::Deserialize, Default)]
pub(super) struct DoneQuery {
    #[serde(default)]
    done: String,
}

/// The account page again, with a form's validation messages.
pub(super) async fn account_errors(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    errors: FormErrors,
) -> Page {
    account_page(state, chrome, csrf, viewer, String::new(), "", errors).await
}

pub(super) async fn account_page(
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
                let shown = record.as_ref().or(review.as_ref().map(|r| &r.proposal));
                let name = shown
                    .map(|r| r.display_name().to_owned())
                    .unwrap_or_else(|| org.as_str().to_owned());
                organizations.push(OrgLink {
                    lang: shown
                        .map(|r| crate::http::views::name_lang(r, &name))
                        .unwrap_or_default(),
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
        languages: {
            let mut languages: Vec<_> = UI_LANGS
                .iter()
                .map(|l| (*l, crate::http::i18n::endonym(l)))
                .collect();
            chrome.sort_by_label(&mut languages, |l| l.1);
            languages
        },
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

pub(super) async fn settings(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Query(q): Query<DoneQuery>,
) -> Page {
    let lang = chrome.lang;
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
        FormErrors::new(lang),
    )
    .await
}

csrf_form! {
    pub struct SettingsForm {
        name: String,
        locale: String,
    }
}

pub(super) async fn save_settings(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<SettingsForm>,
) -> Page {
    let me = viewer.require()?;
    let mut errors = FormErrors::new(chrome.lang);
    let name = errors.check(DisplayName::parse(&form.name));
    if !UI_LANGS.contains(&form.locale.as_str()) {
        errors.problem("locale", &domain::Problem::NotALanguageChoice);
    }
    let Some(name) = name.filter(|_| errors.is_empty()) else {
        return account_errors(&state, chrome, csrf.token, &viewer, errors).await;
    };
    state
        .store()
        .update_account(me.account.id, name.as_str(), &form.locale, state.now())
        .await?;
    // In the language just chosen.
    Ok(chrome
        .redirect(&format!("/{}/account?done=saved", form.locale))
        .into_response())
}

csrf_form! {
    pub struct PasswordForm {
        current: String,
        password: String,
    }
}

pub(super) async fn change_password(
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
    let mut errors = FormErrors::new(chrome.lang);
    if !verify_password(form.current, Some(me.account.password_hash.clone())).await {
        errors.problem("current", &domain::Problem::WrongPassword);
    }
    let email = Email::parse(&me.account.email)?;
    errors.check(check_password(&form.password, Some(&email)));
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
    let mut response = chrome.redirect("/account?done=password").into_response();
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

pub(super) async fn delete_account(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<DeleteForm>,
) -> Page {
    let me = viewer.require()?;
    if !verify_password(form.password, Some(me.account.password_hash.clone())).await {
        let mut errors = FormErrors::new(chrome.lang);
        errors.problem("delete", &domain::Problem::WrongPassword);
        return account_errors(&state, chrome, csrf.token, &viewer, errors).await;
    }
    state
        .store()
        .delete_account(me.account.id, state.now())
        .await?;
    let mut response = chrome.redirect("/login?done=deleted").into_response();
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

pub(super) async fn create_token(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Posted(form): Posted<NewTokenForm>,
) -> Page {
    let lang = chrome.lang;
    let me = viewer.require()?;
    let name = match domain::TokenName::parse(&form.name) {
        Ok(name) => name,
        Err(e) => {
            let mut errors = FormErrors::new(chrome.lang);
            errors.check::<()>(Err(e));
            return account_errors(&state, chrome, csrf.token, &viewer, errors).await;
        }
    };
    let id = random_token()[..16].to_owned();
    let secret = random_token();
    state
        .store()
        .create_access_token(
            &id,
            me.account.id,
            name.as_str(),
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
        FormErrors::new(lang),
    )
    .await
}

pub(super) async fn revoke_token(
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
    Ok(chrome.redirect("/account?done=revoked").into_response())
}
