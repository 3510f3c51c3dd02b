//! The public forum pages, registering, and the participant's own page.

use super::view::{
    DELEGATIONS, EventView, event_view, json_ld, referenced_records, state_label, when,
};
use super::{Page, html};
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::{CountryCode, EntityId, EventKind, Record, RegistrationState, Role};
use std::collections::HashMap;
use store::{Event, Registration};

pub struct Option_ {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

struct ForumItem {
    url: String,
    title: String,
    title_lang: String,
    when: String,
    venue: String,
}

#[derive(Template)]
#[template(path = "forums/forums.html")]
struct ForumsPage {
    chrome: Chrome,
    upcoming: Vec<ForumItem>,
    past: Vec<ForumItem>,
    coverage_url: String,
}

async fn records_for(
    state: &AppState,
    events: &[Event],
) -> Result<HashMap<String, Record>, AppError> {
    Ok(state.store().get_many(&referenced_records(events)).await?)
}

pub(super) async fn forums(State(state): State<AppState>, chrome: Chrome) -> Page {
    let chrome = chrome.section("forums");
    let forums = state.store().forums("ots").await?;
    let records = records_for(&state, &forums).await?;
    let now = state.now();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for forum in &forums {
        let text = forum.text(chrome.lang);
        let item = ForumItem {
            url: chrome.href(&format!("/forums/{}", encode(&forum.id))),
            title: text
                .map(|t| t.title.clone())
                .unwrap_or_else(|| forum.id.clone()),
            title_lang: text.map(|t| t.lang.clone()).unwrap_or_default(),
            when: when(&chrome, forum),
            venue: forum
                .venue_id
                .as_ref()
                .and_then(|v| records.get(v))
                .map(|r| r.name_in(&[chrome.lang]).to_owned())
                .unwrap_or_else(|| forum.venue_name.clone()),
        };
        if forum.ends_at >= now || forum.status == "planned" {
            upcoming.push(item);
        } else {
            past.push(item);
        }
    }
    upcoming.reverse();
    html(
        StatusCode::OK,
        ForumsPage {
            coverage_url: chrome.href("/forums/coverage"),
            chrome,
            upcoming,
            past,
        },
    )
}

#[derive(Template)]
#[template(path = "forums/forum.html")]
pub(super) struct ForumPage {
    chrome: Chrome,
    csrf: String,
    /// `/forums/{id}` in the visitor's language.
    base_url: String,
    forum: EventView,
    organizers: Vec<(String, String)>,
    json_ld: String,
    signed_in: bool,
    login_url: String,
    /// The viewer's forum registration: its state, when there is an active one.
    registered: bool,
    orgs: Vec<Option_>,
    delegations: Vec<Option_>,
    errors: FormErrors,
    is_organizer: bool,
    done: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct DoneQuery {
    done: String,
}

fn clean_id(raw: &str) -> String {
    raw.trim().to_owned()
}

/// Builds the forum page for `viewer`.
#[expect(clippy::too_many_arguments, reason = "the page's inputs")]
pub(super) async fn forum_page(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    id: &str,
    errors: FormErrors,
    chosen: (&str, &str),
    done: String,
) -> Result<ForumPage, AppError> {
    let tree = state.store().forum_tree(id).await?;
    let Some(root) = tree
        .iter()
        .find(|e| e.kind == EventKind::Forum && e.id == id)
    else {
        return Err(AppError::NotFound("There is no such forum.".into()));
    };
    let records = records_for(state, &tree).await?;
    let counts = state.store().forum_counts(id).await?;
    let now = state.now();
    let mine: HashMap<String, RegistrationState> = match &viewer.0 {
        Some(me) => state
            .store()
            .registrations_in_forum(me.account.id, id)
            .await?
            .into_iter()
            .filter(|r| r.state.is_active())
            .map(|r| (r.event_id, r.state))
            .collect(),
        None => HashMap::new(),
    };
    let view = |e: &Event| {
        event_view(
            &chrome,
            e,
            &records,
            counts.get(&e.id),
            mine.get(&e.id).copied(),
            now,
        )
    };
    let mut forum = view(root);
    for child in tree.iter().filter(|e| e.parent_id.as_deref() == Some(id)) {
        let mut child_view = view(child);
        child_view.children = tree
            .iter()
            .filter(|e| e.parent_id.as_deref() == Some(child.id.as_str()))
            .map(&view)
            .collect();
        forum.children.push(child_view);
    }
    let organizers = root
        .organizers
        .iter()
        .filter_map(|o| records.get(o))
        .map(|r| {
            (
                r.name_in(&[chrome.lang]).to_owned(),
                chrome.href(&crate::http::views::record_url(r.kind, r.id.as_str())),
            )
        })
        .collect();
    let edited: Vec<String> = viewer
        .0
        .as_ref()
        .map(|me| {
            me.actor
                .roles
                .iter()
                .filter_map(|r| match r {
                    Role::Editor(o) => Some(o.as_str().to_owned()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let edited_records = state.store().get_many(&edited).await?;
    let mut orgs: Vec<Option_> = edited_records
        .values()
        .map(|r| Option_ {
            value: r.id.as_str().to_owned(),
            label: r.name_in(&[chrome.lang]).to_owned(),
            selected: r.id.as_str() == chosen.0,
        })
        .collect();
    chrome.sort_by_label(&mut orgs, |o| &o.label);
    let default_delegation = chosen.1;
    let mut delegations: Vec<Option_> = DELEGATIONS
        .iter()
        .map(|c| Option_ {
            value: (*c).to_owned(),
            label: chrome.country(c),
            selected: *c == default_delegation,
        })
        .collect();
    chrome.sort_by_label(&mut delegations, |o| &o.label);
    let is_organizer = app::events::authorize_organizer(state.app(), viewer.0.as_ref(), id)
        .await
        .is_ok();
    let login_url = chrome.href(&format!(
        "/login?next={}",
        encode(&chrome.href(&format!("/forums/{}", encode(id))))
    ));
    let json_ld = json_ld(&chrome, &tree, &records);
    let base_url = chrome.href(&format!("/forums/{}", encode(id)));
    Ok(ForumPage {
        base_url,
        registered: mine.contains_key(id),
        signed_in: viewer.0.is_some(),
        chrome,
        csrf,
        forum,
        organizers,
        json_ld,
        login_url,
        orgs,
        delegations,
        errors,
        is_organizer,
        done,
    })
}

pub(super) async fn forum_handler(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Query(q): Query<DoneQuery>,
) -> Page {
    let chrome = chrome.section("forums");
    let id = clean_id(&raw);
    let errors = FormErrors::new(chrome.lang);
    let page = forum_page(
        &state,
        chrome,
        csrf.token.clone(),
        &viewer,
        &id,
        errors,
        ("", ""),
        q.done,
    )
    .await?;
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct RegisterForm {
        event: String,
        org: String,
        delegation: String,
    }
}

pub(super) async fn register(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Posted(form): Posted<RegisterForm>,
) -> Page {
    let chrome = chrome.section("forums");
    let id = clean_id(&raw);
    viewer.require()?;
    let event_id = if form.event.trim().is_empty() {
        id.clone()
    } else {
        form.event.trim().to_owned()
    };
    let mut errors = FormErrors::new(chrome.lang);
    let delegation = if event_id == id {
        match CountryCode::parse(form.delegation.trim()) {
            Ok(c) => Some(c),
            Err(_) => {
                errors.problem("delegation", &domain::Problem::CountryMissing);
                None
            }
        }
    } else {
        None
    };
    let org = match form.org.trim() {
        "" => None,
        raw => match EntityId::parse(raw) {
            Ok(o) => Some(o),
            Err(problems) => {
                for e in &problems.0 {
                    errors.problem("org", &e.problem);
                }
                None
            }
        },
    };
    if !errors.is_empty() {
        errors.label_with(|field| match field {
            "delegation" => chrome.t("forum-delegation"),
            _ => chrome.t("forum-on-behalf-of"),
        });
        let page = forum_page(
            &state,
            chrome,
            csrf.token.clone(),
            &viewer,
            &id,
            errors,
            (form.org.trim(), form.delegation.trim()),
            String::new(),
        )
        .await?;
        return Ok(csrf.attach(html(StatusCode::UNPROCESSABLE_ENTITY, page)?));
    }
    let registered = app::events::register(
        state.app(),
        viewer.0.as_ref(),
        &event_id,
        org.as_ref(),
        delegation,
    )
    .await?;
    let done = registered.registration.state.as_str();
    Ok(chrome
        .redirect(&format!("/forums/{}/me?done={done}", encode(&id)))
        .into_response())
}

struct MyRegistration {
    id: i64,
    title: String,
    title_lang: String,
    when: String,
    state_label: String,
    offer_until: String,
    can_cancel: bool,
    is_forum: bool,
}

#[derive(Template)]
#[template(path = "forums/mine.html")]
struct MinePage {
    chrome: Chrome,
    csrf: String,
    forum_title: String,
    forum_url: String,
    registrations: Vec<MyRegistration>,
    checkin_code: String,
    /// The code as a QR image (SVG markup made by `documents::qr_svg`).
    checkin_qr: String,
    checked_in: bool,
    done: String,
}

pub(super) async fn mine(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Query(q): Query<DoneQuery>,
) -> Page {
    let chrome = chrome.section("forums");
    let me = viewer.require()?;
    let id = clean_id(&raw);
    let tree = state.store().forum_tree(&id).await?;
    let Some(root) = tree
        .iter()
        .find(|e| e.id == id && e.kind == EventKind::Forum)
    else {
        return Err(AppError::NotFound("There is no such forum.".into()));
    };
    let events: HashMap<&str, &Event> = tree.iter().map(|e| (e.id.as_str(), e)).collect();
    let mine: Vec<Registration> = state
        .store()
        .registrations_in_forum(me.account.id, &id)
        .await?;
    let mut checkin_code = String::new();
    let mut registrations = Vec::new();
    for r in &mine {
        let Some(event) = events.get(r.event_id.as_str()) else {
            continue;
        };
        let text = event.text(chrome.lang);
        if event.kind == EventKind::Forum && r.state == RegistrationState::Confirmed {
            checkin_code = app::events::checkin_code(state.app(), r.id).await?;
        }
        registrations.push(MyRegistration {
            id: r.id,
            title: text
                .map(|t| t.title.clone())
                .unwrap_or_else(|| event.id.clone()),
            title_lang: text.map(|t| t.lang.clone()).unwrap_or_default(),
            when: when(&chrome, event),
            state_label: state_label(&chrome, r.state),
            offer_until: r
                .offer_expires_at
                .map(|t| app::events::venue_time(&event.time_zone, t))
                .unwrap_or_default(),
            can_cancel: r.state.can_cancel(),
            is_forum: event.kind == EventKind::Forum,
        });
    }
    let done = match q.done.as_str() {
        "confirmed" | "pending" | "waitlisted" | "offered" | "cancelled" | "declined" => {
            chrome.t(&format!("forum-done-{}", q.done))
        }
        _ => String::new(),
    };
    let text = root.text(chrome.lang);
    let checkin_qr = if checkin_code.is_empty() {
        String::new()
    } else {
        documents::qr_svg(&checkin_code, &chrome.t("forum-your-code"))
            .map_err(|e| AppError::Internal(format!("qr: {e}")))?
    };
    let checked_in = match mine
        .iter()
        .find(|r| r.event_id == id && r.state == RegistrationState::Confirmed)
    {
        Some(r) => !state.store().checkins_of(r.id).await?.is_empty(),
        None => false,
    };
    let page = MinePage {
        checkin_qr,
        checked_in,
        forum_title: text.map(|t| t.title.clone()).unwrap_or_else(|| id.clone()),
        forum_url: chrome.href(&format!("/forums/{}", encode(&id))),
        csrf: csrf.token.clone(),
        chrome,
        registrations,
        checkin_code,
        done,
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form! {
    pub struct ChangeForm {
        action: String,
    }
}

pub(super) async fn change(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((raw, rid)): Path<(String, i64)>,
    Posted(form): Posted<ChangeForm>,
) -> Page {
    let id = clean_id(&raw);
    let app = state.app();
    let who = viewer.0.as_ref();
    let changed = match form.action.as_str() {
        "accept" => app::events::answer_offer(app, who, rid, true).await?,
        "decline" => app::events::answer_offer(app, who, rid, false).await?,
        "cancel" => app::events::cancel(app, who, rid).await?,
        _ => {
            return Err(AppError::bad_request(
                "invalid_form",
                "Choose accept, decline or cancel.",
            ));
        }
    };
    Ok(chrome
        .redirect(&format!(
            "/forums/{}/me?done={}",
            encode(&id),
            changed.state.as_str()
        ))
        .into_response())
}
