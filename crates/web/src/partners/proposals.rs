//! Proposing cooperation, and the proposals an editor's organizations made
//! and received, with accept (each side's role), decline and withdraw.

use super::pages::{Choice, area_choices};
use super::{Page, html};
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::params::{IdPath, encode};
use crate::http::views::{Chrome, record_url};
use crate::{AppError, AppState};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::partners::{IatiRole, ProposalInput, ProposalState};
use domain::{Action, EntityId, EntityKind, Record};
use std::collections::HashSet;

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct ProposeQuery {
    to: String,
}

csrf_form!(
    pub struct ProposeForm {
        area: String,
        activity: String,
        message: String,
        starts_on: String,
        ends_on: String,
    }
);

#[derive(Template)]
#[template(path = "partners/propose.html")]
struct ProposePage {
    chrome: Chrome,
    csrf: String,
    from_name: String,
    to_name: String,
    to_lang: String,
    to_url: String,
    action_url: String,
    areas: Vec<Choice>,
    activity: String,
    message: String,
    starts_on: String,
    ends_on: String,
    errors: FormErrors,
}

async fn organization(state: &AppState, id: &EntityId) -> Result<Record, AppError> {
    state
        .store()
        .get(id)
        .await?
        .filter(|r| r.kind == EntityKind::Organization)
        .ok_or_else(|| AppError::NotFound("There is no such organization.".into()))
}

#[expect(clippy::too_many_arguments, reason = "the form as typed")]
async fn propose_page(
    state: &AppState,
    chrome: Chrome,
    csrf: String,
    from: &EntityId,
    to: &EntityId,
    typed: ProposeForm,
    errors: FormErrors,
    status: StatusCode,
) -> Page {
    let from_record = organization(state, from).await?;
    let to_record = organization(state, to).await?;
    let (to_name, to_lang) = super::shown_name(&chrome, &to_record);
    let base = record_url(EntityKind::Organization, from.as_str());
    let default_area = if typed.area.is_empty() {
        to_record
            .areas
            .iter()
            .find(|a| from_record.areas.contains(a))
            .or(to_record.areas.first())
            .map(|a| a.as_str().to_owned())
            .unwrap_or_default()
    } else {
        typed.area.clone()
    };
    html(
        status,
        ProposePage {
            from_name: from_record.name_in(&[chrome.lang]).to_owned(),
            to_name,
            to_lang,
            to_url: chrome.href(&record_url(EntityKind::Organization, to.as_str())),
            action_url: chrome.href(&format!("{base}/propose?to={}", encode(to.as_str()))),
            areas: area_choices(&chrome, &default_area),
            activity: typed.activity,
            message: typed.message,
            starts_on: typed.starts_on,
            ends_on: typed.ends_on,
            errors,
            chrome,
            csrf,
        },
    )
}

fn target(q: &ProposeQuery) -> Result<EntityId, AppError> {
    EntityId::parse(q.to.trim()).map_err(|e| AppError::bad_request("invalid_id", e.to_string()))
}

pub(super) async fn form(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    IdPath(from): IdPath,
    Query(q): Query<ProposeQuery>,
) -> Page {
    let chrome = chrome.section("partners");
    viewer.authorize(Action::ActForOrganization { org: &from })?;
    let to = target(&q)?;
    let errors = FormErrors::new(chrome.lang);
    let token = csrf.token.clone();
    let page = propose_page(
        &state,
        chrome,
        token,
        &from,
        &to,
        ProposeForm::default(),
        errors,
        StatusCode::OK,
    )
    .await?;
    Ok(csrf.attach(page))
}

fn label(chrome: &Chrome, field: &str) -> String {
    match field {
        "area" => chrome.t("proposal-area"),
        "activity" => chrome.t("proposal-activity"),
        "message" => chrome.t("proposal-message"),
        "starts_on" => chrome.t("proposal-starts"),
        "ends_on" => chrome.t("proposal-ends"),
        _ => String::new(),
    }
}

pub(super) async fn propose(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    IdPath(from): IdPath,
    Query(q): Query<ProposeQuery>,
    Posted(typed): Posted<ProposeForm>,
) -> Page {
    let chrome = chrome.section("partners");
    let to = target(&q)?;
    let input = ProposalInput {
        area: typed.area.clone(),
        activity: typed.activity.clone(),
        message: typed.message.clone(),
        lang: chrome.lang.to_owned(),
        starts_on: typed.starts_on.clone(),
        ends_on: typed.ends_on.clone(),
    };
    let mut errors = FormErrors::new(chrome.lang);
    match app::partners::propose(state.app(), viewer.0.as_ref(), &from, &to, &input).await {
        Ok(_) => {
            return Ok(chrome
                .redirect("/partners/proposals?done=sent")
                .into_response());
        }
        Err(app::Error::Rejected(problems)) => {
            errors.check::<()>(Err(problems));
        }
        Err(app::Error::Invalid { code, .. }) => errors.push(
            "activity",
            chrome.t(&format!("error-detail-{}", code.replace('_', "-"))),
        ),
        Err(other) => return Err(other.into()),
    }
    errors.label_with(|field| label(&chrome, field));
    let token = csrf.token.clone();
    let page = propose_page(
        &state,
        chrome,
        token,
        &from,
        &to,
        typed,
        errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await?;
    Ok(csrf.attach(page))
}

struct ProposalView {
    id: i64,
    from_name: String,
    from_url: String,
    to_name: String,
    to_url: String,
    area: String,
    activity: String,
    message: String,
    lang: String,
    dates: String,
    state: &'static str,
    state_label: String,
    can_answer: bool,
    can_withdraw: bool,
    action_url: String,
}

#[derive(Template)]
#[template(path = "partners/proposals.html")]
struct ProposalsPage {
    chrome: Chrome,
    csrf: String,
    received: Vec<ProposalView>,
    made: Vec<ProposalView>,
    roles: Vec<(&'static str, String)>,
    done: String,
    partners_url: String,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct Done {
    done: String,
}

pub(super) async fn list(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Query(q): Query<Done>,
) -> Page {
    let chrome = chrome.section("partners");
    let proposals = app::partners::proposals_for(state.app(), viewer.0.as_ref()).await?;
    let mine: HashSet<String> = viewer
        .0
        .as_ref()
        .map(app::partners::orgs_of)
        .unwrap_or_default()
        .iter()
        .map(|o| o.as_str().to_owned())
        .collect();
    let ids: Vec<String> = proposals
        .iter()
        .flat_map(|p| [p.from_org.clone(), p.to_org.clone()])
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let records = state.store().get_many(&ids).await?;
    let name = |id: &str| {
        records
            .get(id)
            .map(|r| r.name_in(&[chrome.lang]).to_owned())
            .unwrap_or_else(|| id.to_owned())
    };
    let (mut received, mut made) = (Vec::new(), Vec::new());
    for p in &proposals {
        let pending = p.state == ProposalState::Pending;
        let is_received = mine.contains(&p.to_org);
        let view = ProposalView {
            id: p.id,
            from_name: name(&p.from_org),
            from_url: chrome.href(&record_url(EntityKind::Organization, &p.from_org)),
            to_name: name(&p.to_org),
            to_url: chrome.href(&record_url(EntityKind::Organization, &p.to_org)),
            area: chrome.t(&format!("area-{}", p.area)),
            activity: p.activity.clone(),
            message: p.message.clone(),
            lang: p.lang.clone(),
            dates: match (p.starts_on.as_str(), p.ends_on.as_str()) {
                ("", "") => String::new(),
                (s, "") => chrome.date(s),
                (s, e) => chrome.t2(
                    "proposal-dates",
                    ("from", &chrome.date(s)),
                    ("until", &chrome.date(e)),
                ),
            },
            state: p.state.as_str(),
            state_label: chrome.t(&format!("proposal-state-{}", p.state.as_str())),
            can_answer: pending && is_received,
            can_withdraw: pending && mine.contains(&p.from_org),
            action_url: chrome.href(&format!("/partners/proposals/{}", p.id)),
        };
        if is_received {
            received.push(view);
        } else {
            made.push(view);
        }
    }
    let done = match q.done.as_str() {
        "sent" => chrome.t("proposal-sent"),
        "accepted" => chrome.t("proposal-accepted"),
        "declined" => chrome.t("proposal-declined"),
        "withdrawn" => chrome.t("proposal-withdrawn"),
        _ => String::new(),
    };
    let page = ProposalsPage {
        csrf: csrf.token.clone(),
        received,
        made,
        roles: IatiRole::ALL
            .iter()
            .map(|r| (r.as_str(), chrome.t(&format!("iati-role-{}", r.as_str()))))
            .collect(),
        done,
        partners_url: chrome.href("/partners"),
        chrome,
    };
    Ok(csrf.attach(html(StatusCode::OK, page)?))
}

csrf_form!(
    pub struct AnswerForm {
        action: String,
        role_proposer: String,
        role_receiver: String,
    }
);

pub(super) async fn answer(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(pid): Path<String>,
    Posted(form): Posted<AnswerForm>,
) -> Page {
    let chrome = chrome.section("partners");
    let pid: i64 = pid
        .parse()
        .map_err(|_| AppError::NotFound("There is no such proposal.".into()))?;
    let role = |raw: &str| IatiRole::parse(raw).unwrap_or(IatiRole::Implementing);
    let (answer, done) = match form.action.as_str() {
        "accept" => (
            app::partners::Answer::Accept {
                proposer: role(&form.role_proposer),
                receiver: role(&form.role_receiver),
            },
            "accepted",
        ),
        "decline" => (app::partners::Answer::Decline, "declined"),
        "withdraw" => (app::partners::Answer::Withdraw, "withdrawn"),
        _ => {
            return Err(AppError::bad_request(
                "invalid_decision",
                "Accept, decline or withdraw.",
            ));
        }
    };
    app::partners::answer(state.app(), viewer.0.as_ref(), pid, answer).await?;
    Ok(chrome
        .redirect(&format!("/partners/proposals?done={done}"))
        .into_response())
}
