//! The job queue as the secretariat sees it: how many jobs wait, run, are
//! done or failed, each failed one with its error, and retrying it. A
//! mail's body is never shown: it may carry a single-use link.

use crate::jobs::Job;
use crate::{App, Result, SignedIn, authorize};
use domain::Action;
use store::{JobCounts, JobFilter, JobId, JobState};

/// One job, without its payload's secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobSummary {
    pub id: i64,
    pub kind: String,
    /// Whom a mail goes to, and its subject (empty for other kinds).
    pub recipient: String,
    pub subject: String,
    pub state: JobState,
    pub attempts: u32,
    pub max_attempts: u32,
    pub run_at: i64,
    pub last_error: String,
}

/// The counts and the newest jobs of one state (all states when `None`).
pub struct Overview {
    pub counts: JobCounts,
    pub jobs: Vec<JobSummary>,
}

pub async fn overview(
    app: &App,
    who: Option<&SignedIn>,
    state: Option<JobState>,
    limit: u32,
) -> Result<Overview> {
    authorize(who, Action::ManageJobs)?;
    let counts = app.store().job_counts().await?;
    let rows = app
        .store()
        .jobs(&JobFilter {
            state,
            before: None,
            limit,
        })
        .await?;
    let jobs = rows
        .into_iter()
        .map(|r| {
            let (recipient, subject) = match Job::decode(&r.kind, &r.payload) {
                Ok(Job::Mail(m)) => (m.to, m.subject),
                Ok(Job::ExpireOffer { registration }) => {
                    (String::new(), format!("registration {registration}"))
                }
                Ok(Job::ExpireMeeting { meeting }) => (String::new(), format!("meeting {meeting}")),
                Err(_) => (String::new(), String::new()),
            };
            JobSummary {
                id: r.id.0,
                kind: r.kind,
                recipient,
                subject,
                state: r.state,
                attempts: r.attempts,
                max_attempts: r.max_attempts,
                run_at: r.run_at,
                last_error: r.last_error.unwrap_or_default(),
            }
        })
        .collect();
    Ok(Overview { counts, jobs })
}

/// Puts a failed job back in the queue (audited); whether it was failed.
pub async fn retry(app: &App, who: Option<&SignedIn>, id: i64) -> Result<bool> {
    let me = authorize(who, Action::ManageJobs)?;
    let retried = app
        .store()
        .retry_job(JobId(id), me.actorship(), app.now())
        .await?;
    if retried {
        app.wake().wake();
    }
    Ok(retried)
}
