//! The job queue page: counts per state, the newest jobs of a state with
//! their errors, and retrying a failed one.

use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{Posted, csrf_form};
use crate::http::views::{Chrome, format_time};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use store::JobState;

/// Jobs listed per page.
const JOBS_SHOWN: u32 = 100;

#[derive(Template)]
#[template(path = "admin/jobs.html")]
struct JobsPage {
    chrome: Chrome,
    csrf: String,
    /// Each state: its name, label key, count, link, and whether it is shown.
    states: Vec<(&'static str, String, u64, String, bool)>,
    /// Each job: the summary and when it (next) runs, formatted.
    jobs: Vec<(app::admin::jobs::JobSummary, String)>,
}

#[derive(serde::Deserialize, Default)]
pub(super) struct JobsQuery {
    #[serde(default)]
    state: String,
}

pub(super) async fn jobs(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Query(q): Query<JobsQuery>,
) -> Result<Response, AppError> {
    // Failed jobs first: they are what needs the secretariat.
    let shown = JobState::parse(&q.state).unwrap_or(JobState::Failed);
    let overview =
        app::admin::jobs::overview(state.app(), viewer.0.as_ref(), Some(shown), JOBS_SHOWN).await?;
    let states = JobState::ALL
        .iter()
        .map(|s| {
            (
                s.as_str(),
                format!("jobs-state-{}", s.as_str()),
                overview.counts.get(*s),
                chrome.href(&format!("/admin/jobs?state={}", s.as_str())),
                *s == shown,
            )
        })
        .collect();
    let jobs = overview
        .jobs
        .into_iter()
        .map(|j| {
            let at = format_time(j.run_at);
            (j, at)
        })
        .collect();
    let page = JobsPage {
        chrome,
        csrf: csrf.token.clone(),
        states,
        jobs,
    };
    Ok(csrf.attach(Html(page.render()?).into_response()))
}

csrf_form! {
    pub struct RetryForm {}
}

pub(super) async fn retry(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(id): Path<i64>,
    Posted(_form): Posted<RetryForm>,
) -> Result<Response, AppError> {
    if !app::admin::jobs::retry(state.app(), viewer.0.as_ref(), id).await? {
        return Err(AppError::Conflict(
            "This job is not failed (any more): nothing to retry.".into(),
        ));
    }
    Ok(Redirect::to(&chrome.href("/admin/jobs?state=pending")).into_response())
}
