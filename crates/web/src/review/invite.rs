//! Inviting a colleague to edit, and accepting the invitation.

use super::edit::{current_profile, edit_page};
use super::*;
use crate::http::auth::{Csrf, Viewer, token_hash};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::{Action, Role};
use store::TokenPurpose;

csrf_form! {
    pub struct InviteForm {
        email: String,
    }
}

pub(super) async fn invite(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Posted(form): Posted<InviteForm>,
) -> Page {
    let id = org_id(&raw)?;
    let current = current_profile(&state, &id).await?;
    let record = current.record;
    let me = viewer.authorize(Action::InviteEditor {
        org: &id,
        country: record.country,
    })?;
    let email = match domain::Email::parse(&form.email) {
        Ok(e) => e,
        Err(e) => {
            let mut errors = FormErrors::new(chrome.lang);
            errors.check::<()>(Err(e));
            let page = edit_page(
                chrome,
                csrf.token,
                &id,
                ProfileFields::from_record(&record),
                current.version,
                errors,
                String::new(),
            );
            return html(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    app::review::invite_editor(state.app(), Some(me), &record, &email, chrome.lang).await?;
    Ok(Redirect::to(&chrome.href(&format!(
        "/organizations/{}/edit?invited={}",
        encode(id.as_str()),
        encode(email.as_str())
    )))
    .into_response())
}

#[derive(serde::Deserialize, Default)]
pub(super) struct TokenQuery {
    #[serde(default)]
    token: String,
}

#[derive(Template)]
#[template(path = "review/invite.html")]
pub(super) struct InvitePage {
    chrome: Chrome,
    csrf: String,
    token: String,
    signed_in: bool,
    login_url: String,
}

pub(super) async fn accept_form(
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Query(q): Query<TokenQuery>,
) -> Page {
    let login_url = chrome.href(&format!(
        "/login?next={}",
        encode(&chrome.href(&format!("/invites/accept?token={}", q.token)))
    ));
    let page = InvitePage {
        signed_in: viewer.0.is_some(),
        chrome,
        csrf: csrf.token.clone(),
        token: q.token,
        login_url,
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct AcceptForm {
        token: String,
    }
}

pub(super) async fn accept(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Posted(form): Posted<AcceptForm>,
) -> Page {
    let me = viewer.require()?;
    let now = state.now();
    let hash = token_hash(&form.token);
    let expired = || {
        AppError::bad_request(
            "invalid_token",
            "This invitation is used up or has expired. Ask for a new one.",
        )
    };
    let invitation = state
        .store()
        .peek_token(TokenPurpose::Invite, &hash, now)
        .await?
        .ok_or_else(expired)?;
    // A forwarded link is not an invitation: the address must be the one invited.
    if invitation.email != me.account.email {
        return Err(AppError::Forbidden(
            "This invitation was sent to another email address. Sign in with that address.".into(),
        ));
    }
    let used = state
        .store()
        .take_token(TokenPurpose::Invite, &hash, now)
        .await?
        .ok_or_else(expired)?;
    let org = org_id(&used.subject)?;
    let by = store::Actorship {
        id: used.created_by,
        email: "invitation",
    };
    state
        .store()
        .grant_role(me.account.id, &Role::Editor(org.clone()), &by, now)
        .await?;
    Ok(
        Redirect::to(&chrome.href(&format!("/organizations/{}/edit", encode(org.as_str()))))
            .into_response(),
    )
}
