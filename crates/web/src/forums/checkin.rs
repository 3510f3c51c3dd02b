//! Check-in at the door, on a phone: pick the session, scan or type the
//! code from the badge; a repeated scan says when and by whom the person
//! was checked in first. The count of people in the room is beside it.

use super::manage::{Choice, event_choices, title_of};
use super::{Page, html};
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{Posted, csrf_form};
use crate::http::params::encode;
use crate::http::views::Chrome;
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use store::CheckIn;

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct CheckinQuery {
    event: String,
}

/// What the last scan found (shown above the form), and the code to show
/// again when it was refused.
#[derive(Default)]
struct LastScan {
    outcome: Option<(&'static str, String)>,
    code: String,
}

#[derive(Template)]
#[template(path = "forums/checkin.html")]
struct CheckinPage {
    chrome: Chrome,
    csrf: String,
    forum_title: String,
    action_url: String,
    manage_url: String,
    events: Vec<Choice>,
    event_title: String,
    event_id: String,
    /// The public programme, whose counts keep `attendance` current.
    live_url: String,
    attendance: usize,
    /// The outcome of the last scan: (class, message).
    outcome: Option<(&'static str, String)>,
    code: String,
}

async fn page(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    forum: &str,
    event: &str,
    last: LastScan,
) -> Result<CheckinPage, AppError> {
    let LastScan { outcome, code } = last;
    app::events::authorize_organizer(state.app(), viewer.0.as_ref(), forum).await?;
    let tree = state.store().forum_tree(forum).await?;
    let root = tree
        .iter()
        .find(|e| e.id == forum)
        .ok_or_else(|| AppError::NotFound("There is no such forum.".into()))?;
    let chosen = tree.iter().find(|e| e.id == event).unwrap_or(root);
    let attendance = state.store().checkins(&chosen.id).await?.len();
    let base = format!("/forums/{}", encode(forum));
    Ok(CheckinPage {
        forum_title: title_of(root, chrome.lang),
        action_url: chrome.href(&format!("{base}/checkin?event={}", encode(&chosen.id))),
        manage_url: chrome.href(&format!("{base}/manage?event={}", encode(&chosen.id))),
        events: event_choices(&tree, chrome.lang, &chosen.id),
        event_title: title_of(chosen, chrome.lang),
        event_id: chosen.id.clone(),
        live_url: format!("/api/v1/forums/{}", encode(forum)),
        chrome,
        csrf,
        attendance,
        outcome,
        code,
    })
}

pub(super) async fn form(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(forum): Path<String>,
    Query(q): Query<CheckinQuery>,
) -> Page {
    let chrome = chrome.section("forums");
    let p = page(
        &state,
        chrome,
        csrf.token.clone(),
        &viewer,
        &forum,
        &q.event,
        LastScan::default(),
    )
    .await?;
    Ok(csrf.attach(html(StatusCode::OK, p)?))
}

csrf_form! {
    pub struct CheckinForm {
        code: String,
    }
}

pub(super) async fn check_in(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(forum): Path<String>,
    Query(q): Query<CheckinQuery>,
    Posted(form): Posted<CheckinForm>,
) -> Page {
    let chrome = chrome.section("forums");
    let event = if q.event.is_empty() {
        forum.clone()
    } else {
        q.event.clone()
    };
    let zone = state
        .store()
        .event(&event)
        .await?
        .map_or_else(|| "UTC".to_owned(), |e| e.time_zone);
    let (status, outcome, code) =
        match app::events::check_in(state.app(), viewer.0.as_ref(), &event, &form.code).await {
            Ok(done) => {
                let message = match done.result {
                    CheckIn::Recorded { .. } => {
                        chrome.t1("forum-checkin-recorded", "name", &done.display_name)
                    }
                    CheckIn::Already { at, .. } => chrome.t_args(
                        "forum-checkin-already",
                        &[
                            ("name", done.display_name.clone()),
                            ("time", app::events::venue_time(&zone, at)),
                            ("by", done.first_by.clone().unwrap_or_default()),
                        ],
                    ),
                };
                let class = match done.result {
                    CheckIn::Recorded { .. } => "notice success",
                    CheckIn::Already { .. } => "notice",
                };
                (StatusCode::OK, Some((class, message)), String::new())
            }
            Err(app::Error::Invalid { code, .. }) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                Some((
                    "notice error",
                    chrome.t(&format!("error-detail-{}", code.replace('_', "-"))),
                )),
                form.code.clone(),
            ),
            Err(other) => return Err(other.into()),
        };
    let p = page(
        &state,
        chrome,
        csrf.token.clone(),
        &viewer,
        &forum,
        &event,
        LastScan { outcome, code },
    )
    .await?;
    Ok(csrf.attach(html(status, p)?))
}
