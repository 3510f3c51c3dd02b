//! The review queue, one organization's review, the decision, the evidence.

use super::*;
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::params::encode;
use crate::http::views::{Chrome, name_lang};
use crate::{AppError, AppState};
use app::review::DecideError;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use domain::{
    Action, Decision, EvidenceType, Problem, ReasonProblem, VerificationState, transition,
};
use store::ReviewFilter;

#[derive(Template)]
#[template(path = "review/review_queue.html")]
pub(super) struct QueuePage {
    chrome: Chrome,
    items: Vec<QueueItem>,
    state_filter: String,
    states: Vec<Choice>,
}

pub(super) struct QueueItem {
    url: String,
    name: String,
    /// The name's language tag, empty when unknown.
    lang: String,
    country: String,
    state_key: String,
    state: &'static str,
}

#[derive(serde::Deserialize, Default)]
pub(super) struct QueueQuery {
    #[serde(default)]
    state: String,
}

pub(super) async fn queue(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Query(q): Query<QueueQuery>,
) -> Page {
    let me = viewer
        .authorize(Action::ReadReviewQueue)
        .map_err(|e| match e {
            AppError::Forbidden(_) => AppError::Forbidden(
                "Only country coordinators and the secretariat review organizations.".into(),
            ),
            other => other,
        })?;
    // A coordinator's queue holds their countries; the secretariat's all.
    let countries = (!me.actor.is_secretariat()).then(|| me.actor.coordinated_countries());
    let filter_state = if q.state.is_empty() {
        Some(VerificationState::Pending)
    } else {
        VerificationState::parse(&q.state)
    };
    let reviews = state
        .store()
        .reviews(&ReviewFilter {
            countries,
            state: filter_state,
            applicant: None,
            limit: 200,
        })
        .await?;
    let items = reviews
        .iter()
        .map(|r| QueueItem {
            url: chrome.href(&format!("/review/{}", encode(r.org_id.as_str()))),
            name: r.proposal.display_name().to_owned(),
            lang: name_lang(&r.proposal, r.proposal.display_name()),
            country: chrome.country(r.country.as_str()),
            state_key: format!("state-{}", r.state),
            state: r.state.as_str(),
        })
        .collect();
    let current = filter_state.map(|s| s.as_str()).unwrap_or("");
    let states = sorted(
        &chrome,
        VerificationState::ALL
            .iter()
            .map(|s| Choice {
                value: s.as_str().into(),
                label: chrome.t(&format!("state-{s}")),
                selected: s.as_str() == current,
            })
            .collect(),
    );
    html(
        StatusCode::OK,
        QueuePage {
            chrome,
            items,
            state_filter: current.to_owned(),
            states,
        },
    )
}

#[derive(Template)]
#[template(path = "review/review.html")]
pub(super) struct ReviewPage {
    chrome: Chrome,
    csrf: String,
    id: String,
    name: String,
    /// The name's language tag, empty when unknown.
    name_lang: String,
    country: String,
    state: &'static str,
    state_key: String,
    reason: String,
    registry: String,
    has_evidence: bool,
    /// Label, value and the value's language tag (empty: the page's).
    fields: Vec<(String, String, String)>,
    history: Vec<(String, String, String)>,
    /// Link, name and the name's language tag.
    duplicates: Vec<(String, String, String)>,
    /// Other organizations filed with this registry identifier: a link (to
    /// their review for coordinators, to their public page for the
    /// applicant; none for someone else's pending application) and a label.
    same_registry: Vec<(String, String)>,
    /// Just applied: the confirmation, with what happens next.
    applied: bool,
    next_steps: String,
    /// Where the confirmation went.
    my_email: String,
    decisions: Vec<(&'static str, String, bool)>,
    can_decide: bool,
    can_edit: bool,
    public_url: String,
    /// What the coordinator chose and typed, kept when the form is refused.
    draft: DecisionDraft,
    errors: FormErrors,
}

/// What the review page shows beside the application: the decision form
/// as it was sent, and whether the applicant has just applied.
pub(super) struct ReviewShown {
    pub draft: DecisionDraft,
    pub just_applied: bool,
}

impl ReviewShown {
    fn refused(draft: DecisionDraft) -> Self {
        Self {
            draft,
            just_applied: false,
        }
    }
}

/// A decision form as it was sent.
#[derive(Default)]
pub(super) struct DecisionDraft {
    pub decision: String,
    pub reason: String,
}

pub(super) async fn load_review(state: &AppState, raw_id: &str) -> Result<store::Review, AppError> {
    state
        .store()
        .review(raw_id)
        .await?
        .ok_or_else(|| AppError::NotFound("There is no application for this organization.".into()))
}

pub(super) async fn render_review(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    viewer: &Viewer,
    review: store::Review,
    shown: ReviewShown,
    errors: FormErrors,
) -> Page {
    let ReviewShown {
        draft,
        just_applied: applied,
    } = shown;
    let me = viewer.require()?;
    let country = Some(review.country);
    let id = review.org_id.clone();
    let can_decide = country.is_some_and(|c| {
        domain::authorize(Some(&me.actor), Action::ReviewOrganization { country: c }).is_ok()
    });
    let can_edit = domain::authorize(
        Some(&me.actor),
        Action::EditOrganization { org: &id, country },
    )
    .is_ok();
    if domain::authorize(
        Some(&me.actor),
        Action::ReadApplication { org: &id, country },
    )
    .is_err()
    {
        return Err(AppError::Forbidden("Only the organization's editors, its country's coordinator and the secretariat see this page.".into()));
    }
    let record = if review.state.is_public() {
        state
            .store()
            .get(&id)
            .await?
            .unwrap_or(review.proposal.clone())
    } else {
        review.proposal.clone()
    };
    let mut fields = vec![];
    for n in &record.names {
        fields.push((
            chrome.t("record-name"),
            format!("{} ({})", n.value, n.lang.as_str()),
            n.lang.to_string(),
        ));
    }
    if let Some(city) = &record.city {
        fields.push((chrome.t("field-city"), city.clone(), String::new()));
    }
    if let Some(w) = &record.website {
        fields.push((chrome.t("record-website"), w.clone(), String::new()));
    }
    for (lang, text) in &record.description {
        fields.push((
            format!("{} ({})", chrome.t("record-about"), lang.as_str()),
            text.clone(),
            lang.to_string(),
        ));
    }
    let mut history = vec![];
    for e in state.store().review_events(review.org_id.as_str()).await? {
        let who = match e.actor_id {
            Some(a) => state
                .store()
                .account(a)
                .await?
                .map(|a| a.display_name)
                .unwrap_or_default(),
            None => String::new(),
        };
        history.push((
            crate::http::views::format_time(e.at),
            chrome.t(&format!("state-{}", e.state)),
            if e.reason.is_empty() {
                who
            } else {
                format!("{who}: {}", e.reason)
            },
        ));
    }
    // Coordinators see records that look like this one, across scripts.
    let duplicates = if can_decide {
        let hits: Vec<_> = {
            let read = state.read();
            let names: Vec<String> = record.names.iter().map(|n| n.value.clone()).collect();
            read.index
                .similar(&names, search::Kind::Organization, 5)
                .into_iter()
                .filter(|h| h.id != review.org_id.as_str())
                .collect()
        };
        let ids: Vec<String> = hits.iter().map(|h| h.id.clone()).collect();
        let found = state.store().get_many(&ids).await?;
        hits.into_iter()
            .map(|h| {
                let lang = found
                    .get(&h.id)
                    .map(|r| name_lang(r, &h.name))
                    .unwrap_or_default();
                (
                    chrome.href(&format!("/organizations/{}", encode(&h.id))),
                    h.name,
                    lang,
                )
            })
            .collect()
    } else {
        vec![]
    };
    // A registry number someone else already filed: the coordinator sees
    // which organizations (as look-alikes are shown), the applicant is
    // warned without learning the name of another's pending application.
    let same_registry = app::review::registry_matches(state.app(), &review)
        .await?
        .into_iter()
        .map(|m| {
            let state_label = chrome.t(&format!("state-{}", m.state));
            if can_decide {
                (
                    chrome.href(&format!("/review/{}", encode(m.org_id.as_str()))),
                    format!("{} ({state_label})", m.name),
                )
            } else if m.state.is_public() {
                (
                    chrome.href(&format!("/organizations/{}", encode(m.org_id.as_str()))),
                    format!("{} ({state_label})", m.name),
                )
            } else {
                (String::new(), chrome.t("review-same-registry-pending"))
            }
        })
        .collect();
    let country_name = chrome.country(review.country.as_str());
    let next_steps = if !applied {
        String::new()
    } else if app::review::has_coordinator(state.app(), review.country).await? {
        chrome.t1("apply-next-coordinator", "country", &country_name)
    } else {
        chrome.t1("apply-next-secretariat", "country", &country_name)
    };
    let decisions = Decision::ALL
        .iter()
        .filter(|d| **d != Decision::Resubmit && transition(review.state, **d).is_ok())
        .map(|d| {
            (
                d.as_str(),
                chrome.t(&format!("decision-{}", d.as_str())),
                d.needs_reason(),
            )
        })
        .collect();
    let page = ReviewPage {
        id: review.org_id.as_str().to_owned(),
        name: record.display_name().to_owned(),
        name_lang: name_lang(&record, record.display_name()),
        country: country_name,
        state: review.state.as_str(),
        state_key: format!("state-{}", review.state),
        reason: review.reason.clone(),
        registry: format!("{} {}", review.registry_scheme, review.registry_value),
        has_evidence: review.evidence_file.is_some() && can_decide,
        fields,
        history,
        duplicates,
        same_registry,
        applied,
        next_steps,
        my_email: me.account.email.clone(),
        decisions,
        can_decide,
        can_edit,
        public_url: if review.state.is_public() {
            chrome.href(&format!(
                "/organizations/{}",
                encode(review.org_id.as_str())
            ))
        } else {
            String::new()
        },
        draft,
        errors,
        chrome,
        csrf,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html(status, page)
}

#[derive(serde::Deserialize, Default)]
pub(super) struct ReviewQuery {
    /// `applied`: the applicant arrives from the application form.
    #[serde(default)]
    done: String,
}

pub(super) async fn review_page(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(q): Query<ReviewQuery>,
) -> Page {
    let lang = chrome.lang;
    viewer.require()?;
    let review = load_review(&state, &id).await?;
    render_review(
        &state,
        chrome,
        csrf.token,
        &viewer,
        review,
        ReviewShown {
            draft: DecisionDraft::default(),
            just_applied: q.done == "applied",
        },
        FormErrors::new(lang),
    )
    .await
}

csrf_form! {
    pub struct DecideForm {
        decision: String,
        reason: String,
    }
}

pub(super) async fn decide(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(id): Path<String>,
    Posted(form): Posted<DecideForm>,
) -> Page {
    viewer.require()?;
    let review = load_review(&state, &id).await?;
    let draft = DecisionDraft {
        decision: form.decision.clone(),
        reason: form.reason.clone(),
    };
    let mut errors = FormErrors::new(chrome.lang);
    let Some(decision) = Decision::parse(&form.decision) else {
        errors.problem("decision", &Problem::DecisionMissing);
        // The reason may be missing too: say so now, not on the next round.
        if form.reason.chars().count() > domain::MAX_REASON_CHARS {
            errors.problem("reason", &ReasonProblem::TooLong.into());
        }
        return render_review(
            &state,
            chrome,
            csrf.token,
            &viewer,
            review,
            ReviewShown::refused(draft),
            errors,
        )
        .await;
    };
    match app::review::decide(state.app(), viewer.0.as_ref(), &id, decision, &form.reason).await {
        Ok(_) => Ok(chrome
            .redirect(&format!("/review/{}", encode(&id)))
            .into_response()),
        Err(DecideError::Reason(problem)) => {
            errors.problem("reason", &problem.into());
            render_review(
                &state,
                chrome,
                csrf.token,
                &viewer,
                review,
                ReviewShown::refused(draft),
                errors,
            )
            .await
        }
        Err(DecideError::Other(e)) => Err(e.into()),
    }
}

pub(super) async fn evidence(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Page {
    viewer.require()?;
    let review = load_review(&state, &id).await?;
    viewer.authorize(Action::ReviewOrganization {
        country: review.country,
    })?;
    let file = review
        .evidence_file
        .ok_or_else(|| AppError::NotFound("No document was uploaded.".into()))?;
    // Only names we generated ever reach the file system.
    let kind = super::uploads::generated_extension(&file).and_then(EvidenceType::from_extension);
    let kind =
        kind.ok_or_else(|| AppError::Internal(format!("unexpected evidence file name {file:?}")))?;
    let bytes = tokio::fs::read(state.config().uploads_dir.join(&file))
        .await
        .map_err(|e| AppError::Internal(format!("evidence {file}: {e}")))?;
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind.mime()));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!(
            "attachment; filename=\"evidence-{}.{}\"",
            encode(review.org_id.as_str()).replace('"', ""),
            kind.extension()
        ))
        .unwrap_or(HeaderValue::from_static("attachment")),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}
