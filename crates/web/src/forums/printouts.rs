//! What a forum prints and exports: badges (one's own; sheets of a
//! delegation or a session for the organizers), certificates of attendance
//! for those checked in, and the programme as iCalendar (the whole forum,
//! or a participant's own).

use super::Page;
use super::manage::title_of;
use super::view::when;
use crate::http::auth::Viewer;
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use documents::{Badge, BadgeLayout, CalendarEvent, Certificate, CertificateLabels, Fonts};
use domain::{EventKind, RegistrationState};
use std::sync::OnceLock;
use store::{Event, Registration};

/// The fonts, read once from Debian's fonts-dejavu-core.
pub(super) fn fonts() -> Result<&'static Fonts, AppError> {
    static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let [regular, bold] = documents::DEJAVU_PATHS;
            let read = |path: &str| {
                std::fs::read(path).map_err(|e| {
                    format!("cannot read the font {path} ({e}): install Debian's fonts-dejavu-core")
                })
            };
            Fonts::from_bytes(read(regular)?, read(bold)?).map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| AppError::Unavailable(e.clone()))
}

pub(super) fn pdf(bytes: Vec<u8>, name: &str) -> Page {
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{}\"", name.replace('"', "")),
            ),
        ],
        bytes,
    )
        .into_response())
}

fn document_error(e: documents::DocumentError) -> AppError {
    AppError::Internal(format!("document: {e}"))
}

pub(super) async fn tree_and_root(
    state: &AppState,
    id: &str,
) -> Result<(Vec<Event>, Event), AppError> {
    let tree = state.store().forum_tree(id).await?;
    let root = tree
        .iter()
        .find(|e| e.id == id && e.kind == EventKind::Forum)
        .cloned()
        .ok_or_else(|| AppError::NotFound("There is no such forum.".into()))?;
    Ok((tree, root))
}

/// A participant's badge: name as written, in capitals, in Latin when not Latin.
async fn badge_of(
    state: &AppState,
    chrome: &Chrome,
    root: &Event,
    registration: &Registration,
    name: &str,
    lang: &str,
) -> Result<Badge, AppError> {
    let organization = match &registration.org_id {
        Some(org) => state
            .store()
            .get_many(std::slice::from_ref(org))
            .await?
            .get(org)
            .map(|r| r.name_in(&[lang]).to_owned())
            .unwrap_or_default(),
        None => String::new(),
    };
    let name_latin = names::is_cyrillic(name).then(|| names::romanize(name, lang));
    Ok(Badge {
        name: name.to_owned(),
        name_latin,
        lang: lang.to_owned(),
        organization,
        delegation: chrome.country(registration.delegation.as_str()),
        role: chrome.t("forum-badge-participant"),
        event_title: title_of(root, chrome.lang),
        event_dates: when(chrome, root),
        qr_payload: app::events::checkin_code(state.app(), registration.id).await?,
    })
}

async fn own_forum_registration(
    state: &AppState,
    viewer: &Viewer,
    forum: &str,
) -> Result<Registration, AppError> {
    let me = viewer.require()?;
    state
        .store()
        .registrations_in_forum(me.account.id, forum)
        .await?
        .into_iter()
        .find(|r| r.event_id == forum && r.state == RegistrationState::Confirmed)
        .ok_or_else(|| {
            AppError::NotFound("You have no confirmed registration for this forum.".into())
        })
}

pub(super) async fn badge(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Page {
    let (_, root) = tree_and_root(&state, &id).await?;
    let registration = own_forum_registration(&state, &viewer, &id).await?;
    let me = viewer.require()?;
    let badge = badge_of(
        &state,
        &chrome,
        &root,
        &registration,
        &me.account.display_name,
        &me.account.locale,
    )
    .await?;
    let bytes = documents::badges_pdf(fonts()?, &[badge], BadgeLayout::OnePerPage)
        .map_err(document_error)?;
    pdf(bytes, &format!("badge-{id}.pdf"))
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct SheetQuery {
    event: String,
    delegation: String,
}

/// Sheets of badges for bulk printing: the confirmed participants of an
/// event (the forum by default), of one delegation if asked.
pub(super) async fn badges(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(q): Query<SheetQuery>,
) -> Page {
    let (tree, root) = tree_and_root(&state, &id).await?;
    let event = if tree.iter().any(|e| e.id == q.event) {
        q.event.clone()
    } else {
        id.clone()
    };
    let participants = app::events::participants(state.app(), viewer.0.as_ref(), &event).await?;
    let forum_people = if event == id {
        participants
    } else {
        // A session's list, badged by their forum registrations.
        let wanted: std::collections::HashSet<i64> = participants
            .iter()
            .filter(|p| p.registration.state == RegistrationState::Confirmed)
            .map(|p| p.registration.account_id)
            .collect();
        app::events::participants(state.app(), viewer.0.as_ref(), &id)
            .await?
            .into_iter()
            .filter(|p| wanted.contains(&p.registration.account_id))
            .collect()
    };
    let mut sheet = Vec::new();
    for p in forum_people.iter().filter(|p| {
        p.registration.state == RegistrationState::Confirmed
            && (q.delegation.is_empty() || p.registration.delegation.as_str() == q.delegation)
    }) {
        sheet.push(
            badge_of(
                &state,
                &chrome,
                &root,
                &p.registration,
                &p.display_name,
                &p.locale,
            )
            .await?,
        );
    }
    if sheet.is_empty() {
        return Err(AppError::NotFound(
            "No confirmed participant matches: there is no badge to print.".into(),
        ));
    }
    let bytes =
        documents::badges_pdf(fonts()?, &sheet, BadgeLayout::Sheet).map_err(document_error)?;
    pdf(bytes, &format!("badges-{event}.pdf"))
}

pub(super) async fn certificate(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Page {
    let (tree, root) = tree_and_root(&state, &id).await?;
    let registration = own_forum_registration(&state, &viewer, &id).await?;
    let me = viewer.require()?;
    let attended = state.store().checkins_of(registration.id).await?;
    if attended.is_empty() {
        return Err(AppError::NotFound(
            "A certificate of attendance is issued once you have been checked in.".into(),
        ));
    }
    let sessions = tree
        .iter()
        .filter(|e| e.kind == EventKind::Session && attended.contains(&e.id))
        .map(|e| title_of(e, chrome.lang))
        .collect();
    let badge = badge_of(
        &state,
        &chrome,
        &root,
        &registration,
        &me.account.display_name,
        &me.account.locale,
    )
    .await?;
    let venue = match &root.venue_id {
        Some(v) => state
            .store()
            .get_many(std::slice::from_ref(v))
            .await?
            .remove(v),
        None => None,
    };
    let place = venue.map_or_else(
        || root.venue_name.clone(),
        |r| r.name_in(&[chrome.lang]).to_owned(),
    );
    let organizers = state.store().get_many(&root.organizers).await?;
    let issuer = root
        .organizers
        .iter()
        .filter_map(|o| organizers.get(o))
        .map(|r| r.name_in(&[chrome.lang]).to_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let certificate = Certificate {
        name: badge.name,
        name_latin: badge.name_latin,
        lang: badge.lang,
        organization: badge.organization,
        event_title: badge.event_title,
        event_dates: badge.event_dates,
        place,
        sessions_attended: sessions,
        issued_on: crate::http::views::format_time(state.now()),
        issuer,
        verify_payload: chrome.absolute(&format!("/forums/{}", encode(&id))),
        labels: CertificateLabels {
            heading: chrome.t("certificate-heading"),
            certifies: chrome.t("certificate-certifies"),
            took_part: chrome.t("certificate-took-part"),
            sessions: chrome.t("certificate-sessions"),
            issued_on: chrome.t("certificate-issued-on"),
            verify: chrome.t("certificate-verify"),
        },
    };
    let bytes = documents::certificates_pdf(fonts()?, &[certificate]).map_err(document_error)?;
    pdf(bytes, &format!("certificate-{id}.pdf"))
}

fn calendar_event(chrome: &Chrome, e: &Event, host: &str) -> Option<CalendarEvent> {
    let at = |t: i64| time::OffsetDateTime::from_unix_timestamp(t).ok();
    let text = e.text(chrome.lang);
    Some(CalendarEvent {
        uid: format!("{}@{host}", e.id),
        summary: text
            .map(|t| t.title.clone())
            .unwrap_or_else(|| e.id.clone()),
        description: text.map(|t| t.description.clone()).unwrap_or_default(),
        location: e.venue_name.clone(),
        starts_at_utc: at(e.starts_at)?,
        ends_at_utc: at(e.ends_at)?,
        url: Some(chrome.absolute(&format!(
            "/forums/{}#{}",
            encode(&e.forum_id),
            encode(&e.id)
        ))),
        last_modified: at(e.updated_at)?,
    })
}

fn ics(body: String, name: &str) -> Page {
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}\"", name.replace('"', "")),
            ),
        ],
        body,
    )
        .into_response())
}

fn host(chrome: &Chrome) -> String {
    let origin = chrome.absolute("/");
    origin
        .split("//")
        .nth(1)
        .unwrap_or("birlik")
        .trim_end_matches('/')
        .split('/')
        .next()
        .unwrap_or("birlik")
        .to_owned()
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct CalendarQuery {
    /// One session (or leg) of the forum; empty for the whole programme.
    event: String,
}

/// The whole programme (sessions, else the forum itself), or one session.
pub(super) async fn calendar(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(id): Path<String>,
    Query(q): Query<CalendarQuery>,
) -> Page {
    let (tree, root) = tree_and_root(&state, &id).await?;
    let host = host(&chrome);
    if !q.event.is_empty() {
        let one = tree
            .iter()
            .find(|e| e.id == q.event)
            .ok_or_else(|| AppError::NotFound("There is no such session in this forum.".into()))?;
        let events: Vec<CalendarEvent> = calendar_event(&chrome, one, &host).into_iter().collect();
        return ics(
            documents::icalendar(&title_of(one, chrome.lang), &events),
            &format!("{}.ics", one.id),
        );
    }
    let mut events: Vec<CalendarEvent> = tree
        .iter()
        .filter(|e| e.kind == EventKind::Session && e.status != "planned")
        .filter_map(|e| calendar_event(&chrome, e, &host))
        .collect();
    if events.is_empty() {
        events.extend(calendar_event(&chrome, &root, &host));
    }
    ics(
        documents::icalendar(&title_of(&root, chrome.lang), &events),
        &format!("{id}.ics"),
    )
}

/// A participant's own programme: the sessions open to every participant
/// and those they hold a confirmed seat at.
pub(super) async fn my_calendar(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Page {
    let me = viewer.require()?;
    let (tree, root) = tree_and_root(&state, &id).await?;
    let mine = state
        .store()
        .registrations_in_forum(me.account.id, &id)
        .await?;
    let confirmed = |event: &str| {
        mine.iter()
            .any(|r| r.event_id == event && r.state == RegistrationState::Confirmed)
    };
    if !confirmed(&id) {
        return Err(AppError::NotFound(
            "You have no confirmed registration for this forum.".into(),
        ));
    }
    let host = host(&chrome);
    let mut events: Vec<CalendarEvent> = tree
        .iter()
        .filter(|e| {
            e.kind == EventKind::Session
                && e.status != "planned"
                && (e.capacity.is_none() || confirmed(&e.id))
        })
        .filter_map(|e| calendar_event(&chrome, e, &host))
        .collect();
    // Their booked one-to-one meetings, each at its table.
    let at = |t: i64| time::OffsetDateTime::from_unix_timestamp(t).ok();
    for super::meetings::Booked {
        meeting: m,
        title,
        person,
    } in super::meetings::booked(&state, &chrome, me, &id).await?
    {
        let (Some(start), Some(changed)) = (m.slot_start, at(m.updated_at)) else {
            continue;
        };
        let (Some(starts), Some(ends)) = (at(start), at(start + app::meetings::SLOT_MINUTES * 60))
        else {
            continue;
        };
        events.push(CalendarEvent {
            uid: format!("meeting-{}@{host}", m.id),
            summary: title,
            description: person,
            location: super::meetings::table_label(&chrome, m.table_no),
            starts_at_utc: starts,
            ends_at_utc: ends,
            url: Some(chrome.absolute(&format!("/forums/{}/meetings", encode(&id)))),
            last_modified: changed,
        });
    }
    events.sort_by_key(|e| e.starts_at_utc);
    ics(
        documents::icalendar(&title_of(&root, chrome.lang), &events),
        &format!("{id}-mine.ics"),
    )
}
