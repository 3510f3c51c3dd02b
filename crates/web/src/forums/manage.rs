//! The organizers' lists: who is confirmed, offered, waitlisted, cancelled
//! and checked in, per session and per delegation; approving, refusing,
//! cancelling and moving people between sessions; the same list as CSV.

use super::view::{DELEGATIONS, state_label};
use super::{Page, html};
use crate::http::auth::{Csrf, Viewer};
use crate::http::csv::csv_cell;
use crate::http::forms::{Posted, csrf_form};
use crate::http::params::encode;
use crate::http::views::{Chrome, format_time};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use domain::{EventKind, RegistrationState};
use std::collections::BTreeMap;
use store::{Event, Participant};

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct ListQuery {
    event: String,
    delegation: String,
    state: String,
}

pub(super) struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

struct Row {
    id: i64,
    name: String,
    email: String,
    delegation: String,
    org: String,
    state: RegistrationState,
    state_label: String,
    checked_in: String,
}

#[derive(Template)]
#[template(path = "forums/manage.html")]
struct ManagePage {
    chrome: Chrome,
    csrf: String,
    forum_title: String,
    forum_url: String,
    action_url: String,
    csv_url: String,
    checkin_url: String,
    badges_url: String,
    edit_url: String,
    events: Vec<Choice>,
    delegations: Vec<Choice>,
    states: Vec<Choice>,
    /// (state label, count)
    totals: Vec<(String, u64)>,
    /// (delegation name, confirmed, waitlisted)
    by_delegation: Vec<(String, u64, u64)>,
    rows: Vec<Row>,
    /// The other sessions with seats a participant of this one can be moved to.
    move_targets: Vec<Choice>,
}

pub(super) fn title_of(e: &Event, lang: &str) -> String {
    e.text(lang)
        .map(|t| t.title.clone())
        .unwrap_or_else(|| e.id.clone())
}

/// The forum's events an organizer may pick, the chosen one first-class.
pub(super) fn event_choices(tree: &[Event], lang: &str, chosen: &str) -> Vec<Choice> {
    tree.iter()
        .filter(|e| e.kind != EventKind::Leg)
        .map(|e| Choice {
            value: e.id.clone(),
            label: title_of(e, lang),
            selected: e.id == chosen,
        })
        .collect()
}

/// From a session with seats: the forum's other sessions with seats.
fn move_targets(tree: &[Event], lang: &str, from: &str) -> Vec<Choice> {
    let is_seated_session = |e: &Event| e.kind == EventKind::Session && e.takes_registrations();
    if !tree.iter().any(|e| e.id == from && is_seated_session(e)) {
        return Vec::new();
    }
    tree.iter()
        .filter(|e| e.id != from && is_seated_session(e) && e.status == "scheduled")
        .map(|e| Choice {
            value: e.id.clone(),
            label: title_of(e, lang),
            selected: false,
        })
        .collect()
}

struct Listed {
    tree: Vec<Event>,
    event: String,
    participants: Vec<Participant>,
}

async fn listed(
    state: &AppState,
    viewer: &Viewer,
    forum: &str,
    event: &str,
) -> Result<Listed, AppError> {
    app::events::authorize_organizer(state.app(), viewer.0.as_ref(), forum).await?;
    let tree = state.store().forum_tree(forum).await?;
    let event = if tree.iter().any(|e| e.id == event) {
        event.to_owned()
    } else {
        forum.to_owned()
    };
    let participants = app::events::participants(state.app(), viewer.0.as_ref(), &event).await?;
    Ok(Listed {
        tree,
        event,
        participants,
    })
}

fn keep(p: &Participant, q: &ListQuery) -> bool {
    (q.delegation.is_empty() || p.registration.delegation.as_str() == q.delegation)
        && (q.state.is_empty()
            || (q.state == "checked-in" && p.checked_in_at.is_some())
            || p.registration.state.as_str() == q.state)
}

pub(super) async fn lists(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(forum): Path<String>,
    Query(q): Query<ListQuery>,
) -> Page {
    let chrome = chrome.section("forums");
    let listed = listed(&state, &viewer, &forum, &q.event).await?;
    let root = listed
        .tree
        .iter()
        .find(|e| e.id == forum)
        .ok_or_else(|| AppError::NotFound("There is no such forum.".into()))?;
    let mut totals: BTreeMap<RegistrationState, u64> = BTreeMap::new();
    let mut by_delegation: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut checked_in = 0;
    for p in &listed.participants {
        *totals.entry(p.registration.state).or_default() += 1;
        let entry = by_delegation
            .entry(p.registration.delegation.as_str().to_owned())
            .or_default();
        match p.registration.state {
            RegistrationState::Confirmed => entry.0 += 1,
            RegistrationState::Waitlisted => entry.1 += 1,
            _ => {}
        }
        if p.checked_in_at.is_some() {
            checked_in += 1;
        }
    }
    let mut totals: Vec<(String, u64)> = totals
        .into_iter()
        .map(|(s, n)| (state_label(&chrome, s), n))
        .collect();
    totals.push((chrome.t("forum-checked-in"), checked_in));
    let mut by_delegation: Vec<(String, u64, u64)> = by_delegation
        .into_iter()
        .map(|(c, (a, b))| (chrome.country(&c), a, b))
        .collect();
    chrome.sort_by_label(&mut by_delegation, |d| &d.0);
    let orgs = state
        .store()
        .get_many(
            &listed
                .participants
                .iter()
                .filter_map(|p| p.registration.org_id.clone())
                .collect::<Vec<_>>(),
        )
        .await?;
    let rows = listed
        .participants
        .iter()
        .filter(|p| keep(p, &q))
        .map(|p| Row {
            id: p.registration.id,
            name: p.display_name.clone(),
            email: p.email.clone(),
            delegation: chrome.country(p.registration.delegation.as_str()),
            org: p
                .registration
                .org_id
                .as_ref()
                .and_then(|o| orgs.get(o))
                .map(|r| r.name_in(&[chrome.lang]).to_owned())
                .unwrap_or_default(),
            state: p.registration.state,
            state_label: state_label(&chrome, p.registration.state),
            checked_in: p.checked_in_at.map(format_time).unwrap_or_default(),
        })
        .collect();
    let mut delegations: Vec<Choice> = DELEGATIONS
        .iter()
        .map(|c| Choice {
            value: (*c).into(),
            label: chrome.country(c),
            selected: q.delegation == *c,
        })
        .collect();
    chrome.sort_by_label(&mut delegations, |c| &c.label);
    let mut states: Vec<Choice> = RegistrationState::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: state_label(&chrome, *s),
            selected: q.state == s.as_str(),
        })
        .collect();
    states.push(Choice {
        value: "checked-in".into(),
        label: chrome.t("forum-checked-in"),
        selected: q.state == "checked-in",
    });
    let base = format!("/forums/{}", encode(&forum));
    let page = ManagePage {
        forum_title: title_of(root, chrome.lang),
        forum_url: chrome.href(&base),
        action_url: chrome.href(&format!("{base}/manage?event={}", encode(&listed.event))),
        csv_url: chrome.href(&format!(
            "{base}/manage.csv?event={}&delegation={}&state={}",
            encode(&listed.event),
            encode(&q.delegation),
            encode(&q.state)
        )),
        checkin_url: chrome.href(&format!("{base}/checkin?event={}", encode(&listed.event))),
        edit_url: chrome.href(&format!("{base}/edit?event={}", encode(&listed.event))),
        badges_url: chrome.href(&format!(
            "{base}/badges.pdf?event={}&delegation={}",
            encode(&listed.event),
            encode(&q.delegation)
        )),
        events: event_choices(&listed.tree, chrome.lang, &listed.event),
        move_targets: move_targets(&listed.tree, chrome.lang, &listed.event),
        csrf: csrf.token.clone(),
        chrome,
        delegations,
        states,
        totals,
        by_delegation,
        rows,
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

pub(super) async fn csv(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(forum): Path<String>,
    Query(q): Query<ListQuery>,
) -> Page {
    let listed = listed(&state, &viewer, &forum, &q.event).await?;
    let mut out = String::from(
        "registration,name,email,delegation,organization,state,queued_at,checked_in_at\r\n",
    );
    for p in listed.participants.iter().filter(|p| keep(p, &q)) {
        let cells = [
            p.registration.id.to_string(),
            p.display_name.clone(),
            p.email.clone(),
            p.registration.delegation.as_str().to_owned(),
            p.registration.org_id.clone().unwrap_or_default(),
            p.registration.state.as_str().to_owned(),
            format_time(p.registration.queued_at),
            p.checked_in_at.map(format_time).unwrap_or_default(),
        ];
        out.push_str(
            &cells
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    let _ = chrome;
    let name = format!(
        "attachment; filename=\"{}-participants.csv\"",
        listed.event.replace('"', "")
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, name),
        ],
        out,
    )
        .into_response())
}

csrf_form! {
    pub struct DecideForm {
        registration: i64,
        action: String,
        // `to`: where `move` takes the participant (another session).
        to: String,
    }
}

pub(super) async fn decide(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(forum): Path<String>,
    Query(q): Query<ListQuery>,
    Posted(form): Posted<DecideForm>,
) -> Page {
    let app = state.app();
    let who = viewer.0.as_ref();
    app::events::authorize_organizer(app, who, &forum).await?;
    match form.action.as_str() {
        "approve" => app::events::decide_pending(app, who, form.registration, true).await?,
        "refuse" => app::events::decide_pending(app, who, form.registration, false).await?,
        "cancel" => app::events::cancel(app, who, form.registration).await?,
        "move" => app::events::move_registration(app, who, form.registration, &form.to).await?,
        _ => {
            return Err(AppError::bad_request(
                "invalid_form",
                "Choose approve, refuse, cancel or move.",
            ));
        }
    };
    Ok(chrome
        .redirect(&format!(
            "/forums/{}/manage?event={}",
            encode(&forum),
            encode(&q.event)
        ))
        .into_response())
}
