//! One-to-one meetings at a forum (`/forums/{id}/meetings`): the
//! participant's agenda (booked meetings and the sessions they hold a seat
//! at, also as a PDF and in their calendar feed), the requests to their
//! organization (accept in a slot both have free, or decline), their own
//! requests, and asking another participating organization; organizers
//! set each meeting block's tables.

use super::printouts::{fonts, pdf};
use super::{Page, html};
use crate::http::auth::{Csrf, Viewer};
use crate::http::forms::{FormErrors, Posted, csrf_form};
use crate::http::params::encode;
use crate::http::views::{Chrome, record_url};
use crate::{AppError, AppState};
use app::meetings::{self as use_case, MeetingAnswer};
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use domain::meetings::MeetingState;
use domain::{EntityId, EntityKind, EventKind, Record, RegistrationState};
use std::collections::HashMap;
use store::{Event, Meeting};

/// `24 November 2025, 10:00–10:20 (Asia/Baku)`.
pub(super) fn span_label(chrome: &Chrome, zone: &str, start: i64, end: i64) -> String {
    let (Some(s), Some(e)) = (
        domain::wall_clock(zone, start),
        domain::wall_clock(zone, end),
    ) else {
        return String::new();
    };
    let day = locale::format_date(chrome.lang, s.0, s.1, s.2)
        .unwrap_or_else(|| format!("{}-{:02}-{:02}", s.0, s.1, s.2));
    format!(
        "{day}, {:02}:{:02}–{:02}:{:02} ({zone})",
        s.3, s.4, e.3, e.4
    )
}

/// `Table 3`, in the page's language.
pub(super) fn table_label(chrome: &Chrome, table: Option<i64>) -> String {
    chrome.t1(
        "meetings-table",
        "table",
        table.unwrap_or_default().to_string(),
    )
}

struct Forum {
    root: Event,
    tree: Vec<Event>,
}

impl Forum {
    fn title(&self, lang: &str) -> String {
        self.root
            .text(lang)
            .map(|t| t.title.clone())
            .unwrap_or_else(|| self.root.id.clone())
    }

    fn slot_label(&self, chrome: &Chrome, start: i64) -> String {
        span_label(
            chrome,
            &self.root.time_zone,
            start,
            start + use_case::SLOT_MINUTES * 60,
        )
    }

    fn event_title(&self, id: &str, lang: &str) -> String {
        self.tree
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.text(lang))
            .map(|t| t.title.clone())
            .unwrap_or_else(|| id.to_owned())
    }
}

async fn forum(state: &AppState, raw: &str) -> Result<Forum, AppError> {
    let (tree, root) = super::printouts::tree_and_root(state, raw.trim()).await?;
    Ok(Forum { root, tree })
}

/// A name of an organization as the page shows it, with its language.
struct OrgName {
    id: String,
    name: String,
    lang: String,
    url: String,
}

fn org_name(chrome: &Chrome, records: &HashMap<String, Record>, id: &str) -> OrgName {
    let (name, lang) = records
        .get(id)
        .map(|r| crate::partners::shown_name(chrome, r))
        .unwrap_or_else(|| (id.to_owned(), String::new()));
    OrgName {
        id: id.to_owned(),
        name,
        lang,
        url: chrome.href(&record_url(EntityKind::Organization, id)),
    }
}

struct SlotChoice {
    value: i64,
    label: String,
}

/// One line of the agenda: a booked meeting or a session.
struct AgendaLine {
    when: String,
    starts_at: i64,
    title: String,
    title_lang: String,
    /// The table, or the venue.
    place: String,
    /// The other side, for a meeting.
    with: Option<OrgName>,
    with_person: String,
    meeting_id: i64,
    moves: Vec<SlotChoice>,
}

struct RequestView {
    id: i64,
    other: OrgName,
    person: String,
    message: String,
    expires: String,
    state_label: String,
    slots: Vec<SlotChoice>,
}

struct BlockView {
    id: String,
    /// The form field of its tables (`tables-<session>`).
    field: String,
    title: String,
    when: String,
    tables: u32,
}

#[derive(Template)]
#[template(path = "forums/meetings.html")]
struct MeetingsPage {
    chrome: Chrome,
    csrf: String,
    forum_title: String,
    forum_url: String,
    action_url: String,
    participant: bool,
    own_org: Option<OrgName>,
    agenda: Vec<AgendaLine>,
    received: Vec<RequestView>,
    sent: Vec<RequestView>,
    past: Vec<RequestView>,
    orgs: Vec<(OrgName, bool)>,
    message: String,
    blocks: Vec<BlockView>,
    organizer: bool,
    done: String,
    errors: FormErrors,
    /// The meeting a refused answer was for: its card shows the message.
    refused_for: i64,
    refusal: String,
}

csrf_form! {
    pub struct RequestForm {
        org: String,
        message: String,
    }
}

csrf_form! {
    pub struct AnswerForm {
        action: String,
        slot: String,
    }
}

csrf_form! {
    pub struct TablesForm {
        block: String,
        tables: String,
    }
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub(super) struct MeetingsQuery {
    done: String,
    /// An organization to ask (prefilled from a partner page).
    with: String,
}

/// What the page shows besides its data: the typed request, a refusal.
#[derive(Default)]
struct Typed {
    /// The status to answer with (`200 OK` when not set).
    status: Option<StatusCode>,
    org: String,
    message: String,
    done: String,
    refused_for: i64,
    refusal: String,
}

#[expect(clippy::too_many_lines, reason = "one page, read top to bottom")]
async fn render(
    state: &AppState,
    chrome: Chrome,
    csrf: &Csrf,
    viewer: &Viewer,
    raw: &str,
    typed: Typed,
    errors: FormErrors,
) -> Page {
    let status = typed.status.unwrap_or(StatusCode::OK);
    let me = viewer.require()?;
    let forum = forum(state, raw).await?;
    let app = state.app();
    let forum_id = forum.root.id.clone();
    let own = use_case::participation(app, me, &forum_id).await?;
    let organizer = app::events::authorize_organizer(app, viewer.0.as_ref(), &forum_id)
        .await
        .is_ok();
    let meetings = if own.is_some() {
        use_case::meetings_of(app, viewer.0.as_ref(), &forum_id).await?
    } else {
        Vec::new()
    };
    let participating = state.store().participating_orgs(&forum_id).await?;
    let mut ids: Vec<String> = participating.iter().map(|(o, _)| o.clone()).collect();
    ids.extend(own.iter().cloned());
    let records = state.store().get_many(&ids).await?;

    let mut agenda = Vec::new();
    let mut received = Vec::new();
    let mut sent = Vec::new();
    let mut past = Vec::new();
    for m in &meetings {
        let mine_asked = m.requester_account == me.account.id;
        let side = m.other_side(me.account.id);
        let other_org = side.org;
        let other_person = side.person.to_owned();
        match m.state {
            MeetingState::Accepted => {
                let start = m.slot_start.unwrap_or_default();
                let other = side.account.unwrap_or(m.requester_account);
                let moves = use_case::free_slots(app, &forum_id, &[me.account.id, other], Some(m))
                    .await?
                    .into_iter()
                    .filter(|(_, s)| *s != start)
                    .map(|(_, s)| SlotChoice {
                        value: s,
                        label: forum.slot_label(&chrome, s),
                    })
                    .collect();
                let with = org_name(&chrome, &records, other_org);
                agenda.push(AgendaLine {
                    when: forum.slot_label(&chrome, start),
                    starts_at: start,
                    title: chrome.t1("meetings-with", "org", &with.name),
                    title_lang: String::new(),
                    place: table_label(&chrome, m.table_no),
                    with: Some(with),
                    with_person: other_person,
                    meeting_id: m.id,
                    moves,
                });
            }
            MeetingState::Pending => {
                let slots = if mine_asked {
                    Vec::new()
                } else {
                    use_case::free_slots(
                        app,
                        &forum_id,
                        &[me.account.id, m.requester_account],
                        None,
                    )
                    .await?
                    .into_iter()
                    .map(|(_, s)| SlotChoice {
                        value: s,
                        label: forum.slot_label(&chrome, s),
                    })
                    .collect()
                };
                let view =
                    request_view(&chrome, &forum, &records, m, other_org, other_person, slots);
                if mine_asked {
                    sent.push(view);
                } else {
                    received.push(view);
                }
            }
            _ => past.push(request_view(
                &chrome,
                &forum,
                &records,
                m,
                other_org,
                other_person,
                Vec::new(),
            )),
        }
    }
    // The sessions they hold a seat at, in the same agenda.
    if own.is_some() {
        for r in state
            .store()
            .registrations_in_forum(me.account.id, &forum_id)
            .await?
        {
            let Some(e) = forum.tree.iter().find(|e| e.id == r.event_id) else {
                continue;
            };
            if e.kind != EventKind::Session || r.state != RegistrationState::Confirmed {
                continue;
            }
            let text = e.text(chrome.lang);
            agenda.push(AgendaLine {
                when: span_label(&chrome, &e.time_zone, e.starts_at, e.ends_at),
                starts_at: e.starts_at,
                title: text
                    .map(|t| t.title.clone())
                    .unwrap_or_else(|| e.id.clone()),
                title_lang: text.map(|t| t.lang.clone()).unwrap_or_default(),
                place: e.venue_name.clone(),
                with: None,
                with_person: String::new(),
                meeting_id: 0,
                moves: Vec::new(),
            });
        }
    }
    agenda.sort_by_key(|l| l.starts_at);

    let mut orgs: Vec<(OrgName, bool)> = participating
        .iter()
        .filter(|(o, _)| Some(o) != own.as_ref())
        .map(|(o, _)| (org_name(&chrome, &records, o), *o == typed.org))
        .collect();
    locale::collation(chrome.lang).sort_by_name(&mut orgs, |o| &o.0.name);

    // Every meetings session, a block once it has tables.
    let tables: HashMap<String, u32> = state
        .store()
        .meeting_blocks(&forum_id)
        .await?
        .into_iter()
        .map(|b| (b.event_id, b.tables))
        .collect();
    let blocks: Vec<BlockView> = forum
        .tree
        .iter()
        .filter(|e| e.kind == EventKind::Session && e.format == "meetings")
        .map(|e| BlockView {
            title: forum.event_title(&e.id, chrome.lang),
            when: span_label(&chrome, &e.time_zone, e.starts_at, e.ends_at),
            field: format!("tables-{}", e.id),
            tables: tables.get(&e.id).copied().unwrap_or(0),
            id: e.id.clone(),
        })
        .collect();
    let base = format!("/forums/{}", encode(&forum_id));
    let done = match typed.done.as_str() {
        "requested" | "accepted" | "declined" | "cancelled" | "rescheduled" | "tables" => {
            chrome.t(&format!("meetings-done-{}", typed.done))
        }
        _ => String::new(),
    };
    let page = MeetingsPage {
        forum_title: forum.title(chrome.lang),
        forum_url: chrome.href(&base),
        action_url: chrome.href(&format!("{base}/meetings")),
        participant: own.is_some(),
        own_org: own.as_deref().map(|o| org_name(&chrome, &records, o)),
        agenda,
        received,
        sent,
        past,
        orgs,
        message: typed.message,
        blocks,
        organizer,
        done,
        errors,
        refused_for: typed.refused_for,
        refusal: typed.refusal,
        csrf: csrf.token.clone(),
        chrome,
    };
    html(status, page)
}

fn request_view(
    chrome: &Chrome,
    forum: &Forum,
    records: &HashMap<String, Record>,
    m: &Meeting,
    other_org: &str,
    person: String,
    slots: Vec<SlotChoice>,
) -> RequestView {
    RequestView {
        id: m.id,
        other: org_name(chrome, records, other_org),
        person,
        message: m.message.clone(),
        expires: app::events::venue_time(&forum.root.time_zone, m.expires_at),
        state_label: chrome.t(&format!("meetings-state-{}", m.state.as_str())),
        slots,
    }
}

pub(super) async fn page(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Query(q): Query<MeetingsQuery>,
) -> Page {
    let chrome = chrome.section("forums");
    let typed = Typed {
        org: q.with,
        done: q.done,
        ..Typed::default()
    };
    let errors = FormErrors::new(chrome.lang);
    let page = render(&state, chrome, &csrf, &viewer, &raw, typed, errors).await?;
    Ok(csrf.attach(page))
}

/// Back to the meetings page, saying what was done.
fn done(chrome: &Chrome, forum_id: &str, what: &str) -> Page {
    Ok(chrome
        .redirect(&format!(
            "/forums/{}/meetings?done={what}",
            encode(forum_id)
        ))
        .into_response())
}

fn refusal_text(chrome: &Chrome, e: &app::Error) -> Option<String> {
    match e {
        app::Error::Invalid { code, .. } => {
            Some(chrome.t(&format!("error-detail-{}", code.replace('_', "-"))))
        }
        app::Error::Conflict(_) => Some(chrome.t("meetings-moved-on")),
        _ => None,
    }
}

pub(super) async fn request(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Posted(form): Posted<RequestForm>,
) -> Page {
    let chrome = chrome.section("forums");
    let forum_id = raw.trim().to_owned();
    let mut errors = FormErrors::new(chrome.lang);
    let asked = match EntityId::parse(form.org.trim()) {
        Ok(to) => {
            use_case::request(
                state.app(),
                viewer.0.as_ref(),
                &forum_id,
                &to,
                &form.message,
            )
            .await
        }
        Err(_) => Err(app::Error::invalid(
            "not_participating",
            "Choose an organization.",
        )),
    };
    match asked {
        Ok(_) => return done(&chrome, &forum_id, "requested"),
        Err(app::Error::Rejected(problems)) => {
            errors.check::<()>(Err(problems));
        }
        Err(e) => match refusal_text(&chrome, &e) {
            Some(text) => errors.push("org", text),
            None => return Err(e.into()),
        },
    }
    errors.label_with(|field| match field {
        "org" => chrome.t("meetings-ask-org"),
        "message" => chrome.t("meetings-ask-message"),
        _ => String::new(),
    });
    let typed = Typed {
        org: form.org,
        message: form.message,
        status: Some(StatusCode::UNPROCESSABLE_ENTITY),
        ..Typed::default()
    };
    let page = render(&state, chrome, &csrf, &viewer, &forum_id, typed, errors).await?;
    Ok(csrf.attach(page))
}

pub(super) async fn answer(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path((raw, mid)): Path<(String, i64)>,
    Posted(form): Posted<AnswerForm>,
) -> Page {
    let chrome = chrome.section("forums");
    let forum_id = raw.trim().to_owned();
    let slot = form.slot.trim().parse::<i64>();
    let what = match (form.action.as_str(), slot) {
        ("accept", Ok(slot)) => MeetingAnswer::Accept { slot },
        ("reschedule", Ok(slot)) => MeetingAnswer::Reschedule { slot },
        ("decline", _) => MeetingAnswer::Decline,
        ("cancel", _) => MeetingAnswer::Cancel,
        ("accept" | "reschedule", Err(_)) => {
            return refused(
                &state,
                chrome.clone(),
                &csrf,
                &viewer,
                &forum_id,
                mid,
                chrome.t("error-detail-not-a-slot"),
            )
            .await;
        }
        _ => {
            return Err(AppError::bad_request(
                "invalid_form",
                "Choose accept, decline, cancel or reschedule.",
            ));
        }
    };
    match use_case::answer(state.app(), viewer.0.as_ref(), mid, what).await {
        Ok(answered) => {
            let word = match (what, answered.state) {
                (MeetingAnswer::Reschedule { .. }, _) => "rescheduled",
                (_, s) => s.as_str(),
            };
            done(&chrome, &forum_id, word)
        }
        Err(e) => match refusal_text(&chrome, &e) {
            Some(text) => refused(&state, chrome, &csrf, &viewer, &forum_id, mid, text).await,
            None => Err(e.into()),
        },
    }
}

async fn refused(
    state: &AppState,
    chrome: Chrome,
    csrf: &Csrf,
    viewer: &Viewer,
    forum_id: &str,
    mid: i64,
    text: String,
) -> Page {
    let errors = FormErrors::new(chrome.lang);
    let typed = Typed {
        refused_for: mid,
        refusal: text,
        status: Some(StatusCode::CONFLICT),
        ..Typed::default()
    };
    let page = render(state, chrome, csrf, viewer, forum_id, typed, errors).await?;
    Ok(csrf.attach(page))
}

pub(super) async fn tables(
    State(state): State<AppState>,
    chrome: Chrome,
    csrf: Csrf,
    viewer: Viewer,
    Path(raw): Path<String>,
    Posted(form): Posted<TablesForm>,
) -> Page {
    let chrome = chrome.section("forums");
    let forum_id = raw.trim().to_owned();
    let tables = form.tables.trim().parse::<i64>().unwrap_or(0);
    let mut errors = FormErrors::new(chrome.lang);
    let field = format!("tables-{}", form.block.trim());
    match use_case::set_tables(state.app(), viewer.0.as_ref(), form.block.trim(), tables).await {
        Ok(()) => return done(&chrome, &forum_id, "tables"),
        Err(e) => match refusal_text(&chrome, &e) {
            Some(text) => errors.push(&field, text),
            None => return Err(e.into()),
        },
    }
    errors.label_with(|_| chrome.t("meetings-tables"));
    let page = render(
        &state,
        chrome,
        &csrf,
        &viewer,
        &forum_id,
        Typed {
            status: Some(StatusCode::UNPROCESSABLE_ENTITY),
            ..Typed::default()
        },
        errors,
    )
    .await?;
    Ok(csrf.attach(page))
}

/// The participant's agenda as a PDF: sessions and meetings, in time order.
pub(super) async fn agenda_pdf(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path(raw): Path<String>,
) -> Page {
    let me = viewer.require()?;
    let forum = forum(&state, &raw).await?;
    let lines = agenda_lines(&state, &chrome, me, &forum).await?;
    let document = documents::Agenda {
        title: forum.title(chrome.lang),
        person: me.account.display_name.clone(),
        heading: chrome.t("meetings-agenda"),
        lines: lines
            .into_iter()
            .map(|(_, when, what, place)| documents::AgendaLine { when, what, place })
            .collect(),
        empty: chrome.t("meetings-agenda-empty"),
    };
    let bytes = documents::agenda_pdf(fonts()?, &document)
        .map_err(|e| AppError::Internal(format!("agenda: {e}")))?;
    pdf(bytes, &format!("agenda-{}.pdf", forum.root.id))
}

/// What the PDF and the calendar list: (start, when, what, where).
async fn agenda_lines(
    state: &AppState,
    chrome: &Chrome,
    me: &app::SignedIn,
    forum: &Forum,
) -> Result<Vec<(i64, String, String, String)>, AppError> {
    let forum_id = &forum.root.id;
    let mut lines = Vec::new();
    for b in booked(state, chrome, me, forum_id).await? {
        let start = b.meeting.slot_start.unwrap_or_default();
        lines.push((
            start,
            forum.slot_label(chrome, start),
            format!("{} · {}", b.title, b.person),
            table_label(chrome, b.meeting.table_no),
        ));
    }
    for r in state
        .store()
        .registrations_in_forum(me.account.id, forum_id)
        .await?
    {
        if r.state != RegistrationState::Confirmed {
            continue;
        }
        if let Some(e) = forum
            .tree
            .iter()
            .find(|e| e.id == r.event_id && e.kind == EventKind::Session)
        {
            lines.push((
                e.starts_at,
                span_label(chrome, &e.time_zone, e.starts_at, e.ends_at),
                forum.event_title(&e.id, chrome.lang),
                e.venue_name.clone(),
            ));
        }
    }
    lines.sort_by_key(|l| l.0);
    Ok(lines)
}

/// A booked meeting as the agenda names it.
pub(super) struct Booked {
    pub meeting: Meeting,
    /// "Meeting with <organization>", in the page's language.
    pub title: String,
    /// Who of the other side they meet.
    pub person: String,
}

/// A participant's booked meetings at a forum, in time order (agenda PDF
/// and calendar feed).
pub(super) async fn booked(
    state: &AppState,
    chrome: &Chrome,
    me: &app::SignedIn,
    forum_id: &str,
) -> Result<Vec<Booked>, AppError> {
    let meetings = use_case::meetings_of(state.app(), Some(me), forum_id).await?;
    let ids: Vec<String> = meetings
        .iter()
        .flat_map(|m| [m.requester_org.clone(), m.receiver_org.clone()])
        .collect();
    let records = state.store().get_many(&ids).await?;
    Ok(meetings
        .into_iter()
        .filter(|m| m.state == MeetingState::Accepted)
        .map(|meeting| {
            let side = meeting.other_side(me.account.id);
            let name = org_name(chrome, &records, side.org).name;
            Booked {
                title: chrome.t1("meetings-with", "org", &name),
                person: side.person.to_owned(),
                meeting,
            }
        })
        .collect())
}
