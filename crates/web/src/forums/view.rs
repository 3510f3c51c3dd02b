//! How an event shows: its title in the visitor's language (or the
//! original, saying so), its times on the venue's clock, its people and
//! seats, and its schema.org Event description.

use crate::http::params::encode;
use crate::http::views::{Chrome, record_url};
use domain::{EventKind, Record, RegistrationState};
use std::collections::HashMap;
use store::{Event, EventCounts};

/// The countries whose delegations a forum of the network has.
pub const DELEGATIONS: [&str; 8] = ["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"];

/// One event of a programme, ready for a template.
pub struct EventView {
    pub id: String,
    pub title: String,
    /// The language the title is shown in (`lang` attribute).
    pub title_lang: String,
    pub description: String,
    /// Shown in another language than the visitor's: the note saying so.
    pub translation_note: String,
    pub when: String,
    pub format_label: String,
    pub venue: Option<(String, String)>,
    pub languages: String,
    pub people: Vec<PersonView>,
    /// "120 seats, 35 free" / "Full: waitlist" / "" (no registration).
    pub seats: String,
    pub full: bool,
    pub takes_registrations: bool,
    pub open: bool,
    /// The visitor's registration here, if any: state key and label.
    pub mine: Option<(RegistrationState, String)>,
    pub children: Vec<EventView>,
    pub checked_in: u64,
    /// This session alone as iCalendar; empty for legs and forums.
    pub calendar_url: String,
}

pub struct PersonView {
    pub name: String,
    pub url: String,
    pub role: String,
}

/// Language tags of the nine interface languages by name, in the visitor's language.
pub fn language_names(chrome: &Chrome, tags: &[String]) -> String {
    tags.iter()
        .map(|t| {
            let key = format!("language-{t}");
            let label = chrome.t(&key);
            if label == key { t.clone() } else { label }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `24 November 2025, 10:00–12:30 (Asia/Baku, UTC+04:00)`.
pub fn when(chrome: &Chrome, event: &Event) -> String {
    let zone = &event.time_zone;
    let (Some(start), Some(end)) = (
        domain::wall_clock(zone, event.starts_at),
        domain::wall_clock(zone, event.ends_at),
    ) else {
        return String::new();
    };
    let day = |(y, m, d, _, _): (i32, u8, u8, u8, u8)| {
        locale::format_date(chrome.lang, y, m, d).unwrap_or_else(|| format!("{y}-{m:02}-{d:02}"))
    };
    let offset = domain::utc_offset(zone, event.starts_at).unwrap_or(0);
    let zone_label = format!(
        "{zone}, UTC{}{:02}:{:02}",
        if offset < 0 { '-' } else { '+' },
        offset.abs() / 3600,
        offset.abs() % 3600 / 60
    );
    if event.status == "planned" {
        return format!("{} · {}", start.0, chrome.t("forum-planned"));
    }
    let same_day = (start.0, start.1, start.2) == (end.0, end.1, end.2);
    if event.kind != EventKind::Session && !same_day {
        return format!("{} – {} ({zone})", day(start), day(end));
    }
    if event.kind != EventKind::Session {
        return format!("{} ({zone})", day(start));
    }
    format!(
        "{}, {:02}:{:02}–{:02}:{:02} ({zone_label})",
        day(start),
        start.3,
        start.4,
        end.3,
        end.4
    )
}

pub fn state_label(chrome: &Chrome, state: RegistrationState) -> String {
    chrome.t(&format!("forum-state-{}", state.as_str()))
}

/// Builds the view of `event`; `records` holds its venue and people.
pub fn event_view(
    chrome: &Chrome,
    event: &Event,
    records: &HashMap<String, Record>,
    counts: Option<&EventCounts>,
    mine: Option<RegistrationState>,
    now: i64,
) -> EventView {
    let text = event.text(chrome.lang);
    let (title, title_lang, description) = text
        .map(|t| (t.title.clone(), t.lang.clone(), t.description.clone()))
        .unwrap_or_else(|| (event.id.clone(), String::new(), String::new()));
    let translation_note = if !title_lang.is_empty() && title_lang != chrome.lang {
        chrome.t1(
            "forum-shown-in",
            "language",
            crate::http::i18n::endonym(&title_lang),
        )
    } else {
        String::new()
    };
    let venue = event
        .venue_id
        .as_ref()
        .and_then(|id| records.get(id))
        .map(|r| {
            (
                r.name_in(&[chrome.lang]).to_owned(),
                chrome.href(&record_url(r.kind, r.id.as_str())),
            )
        })
        .or_else(|| {
            (!event.venue_name.is_empty()).then(|| (event.venue_name.clone(), String::new()))
        });
    let people = event
        .people
        .iter()
        .filter_map(|p| {
            let r = records.get(&p.record_id)?;
            Some(PersonView {
                name: r.name_in(&[chrome.lang]).to_owned(),
                url: chrome.href(&record_url(r.kind, r.id.as_str())),
                role: chrome.t(&format!("forum-role-{}", p.role)),
            })
        })
        .collect();
    let held = counts.map_or(0, |c| {
        c.get(RegistrationState::Confirmed)
            + c.get(RegistrationState::Pending)
            + c.get(RegistrationState::Offered)
    });
    let waiting = counts.map_or(0, |c| c.get(RegistrationState::Waitlisted));
    let (seats, full) = match event.capacity {
        Some(capacity) if event.takes_registrations() => {
            let free = capacity.saturating_sub(held);
            let full = free == 0;
            let text = if full {
                chrome.t_args(
                    "forum-seats-full",
                    &[
                        (
                            "seats",
                            chrome.number(&usize::try_from(capacity).unwrap_or(0)),
                        ),
                        (
                            "waiting",
                            chrome.number(&usize::try_from(waiting).unwrap_or(0)),
                        ),
                    ],
                )
            } else {
                chrome.t_args(
                    "forum-seats-free",
                    &[
                        (
                            "seats",
                            chrome.number(&usize::try_from(capacity).unwrap_or(0)),
                        ),
                        ("free", chrome.number(&usize::try_from(free).unwrap_or(0))),
                    ],
                )
            };
            (text, full)
        }
        _ => (String::new(), false),
    };
    EventView {
        id: event.id.clone(),
        title,
        title_lang,
        description,
        translation_note,
        when: when(chrome, event),
        format_label: if event.format.is_empty() {
            String::new()
        } else {
            chrome.t(&format!("forum-format-{}", event.format))
        },
        venue,
        languages: language_names(chrome, &event.languages),
        people,
        seats,
        full,
        takes_registrations: event.takes_registrations(),
        open: event.takes_registrations() && event.status == "scheduled" && now < event.starts_at,
        mine: mine.map(|s| (s, state_label(chrome, s))),
        children: Vec::new(),
        checked_in: counts.map_or(0, |c| c.checked_in),
        calendar_url: if event.kind == EventKind::Session && event.status != "planned" {
            chrome.href(&format!(
                "/forums/{}/calendar.ics?event={}",
                encode(&event.forum_id),
                encode(&event.id)
            ))
        } else {
            String::new()
        },
    }
}

/// The ids of the records an event tree refers to (venues, people, organizers).
pub fn referenced_records(events: &[Event]) -> Vec<String> {
    let mut ids: Vec<String> = events
        .iter()
        .flat_map(|e| {
            e.venue_id
                .iter()
                .cloned()
                .chain(e.people.iter().map(|p| p.record_id.clone()))
                .chain(e.organizers.iter().cloned())
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// schema.org Event JSON-LD for a forum and its programme (subEvent,
/// superEvent), safe inside a `<script type="application/ld+json">` block.
pub fn json_ld(chrome: &Chrome, tree: &[Event], records: &HashMap<String, Record>) -> String {
    use serde_json::{Value, json};
    let iso = |at: i64, zone: &str| {
        let offset = domain::utc_offset(zone, at).unwrap_or(0);
        let local = time::OffsetDateTime::from_unix_timestamp(at)
            .ok()
            .and_then(|t| {
                time::UtcOffset::from_whole_seconds(offset)
                    .ok()
                    .map(|o| t.to_offset(o))
            });
        local
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_default()
    };
    let describe = |e: &Event| -> Value {
        let text = e.text(chrome.lang);
        let mut doc = json!({
            "@type": "Event",
            "@id": chrome.absolute(&format!("/forums/{}#{}", e.forum_id, e.id)),
            "name": text.map(|t| t.title.as_str()).unwrap_or(e.id.as_str()),
            "startDate": iso(e.starts_at, &e.time_zone),
            "endDate": iso(e.ends_at, &e.time_zone),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": match e.status.as_str() {
                "cancelled" => "https://schema.org/EventCancelled",
                "planned" => "https://schema.org/EventScheduled",
                _ => "https://schema.org/EventScheduled",
            },
        });
        if let Some(t) = text.filter(|t| !t.description.is_empty()) {
            doc["description"] = Value::from(t.description.as_str());
        }
        if !e.languages.is_empty() {
            doc["inLanguage"] = json!(e.languages);
        }
        if let Some(r) = e.venue_id.as_ref().and_then(|id| records.get(id)) {
            let mut place = json!({"@type": "Place", "name": r.display_name()});
            if let Some(c) = r.country {
                place["address"] = json!({"@type": "PostalAddress", "addressCountry": c.as_str()});
            }
            doc["location"] = place;
        } else if !e.venue_name.is_empty() {
            doc["location"] = json!({"@type": "Place", "name": e.venue_name});
        }
        let performers: Vec<Value> = e
            .people
            .iter()
            .filter_map(|p| records.get(&p.record_id))
            .map(|r| json!({"@type": "Person", "name": r.display_name()}))
            .collect();
        if !performers.is_empty() {
            doc["performer"] = Value::Array(performers);
        }
        let organizers: Vec<Value> = e
            .organizers
            .iter()
            .filter_map(|o| records.get(o))
            .map(|r| json!({"@type": "Organization", "name": r.display_name()}))
            .collect();
        if !organizers.is_empty() {
            doc["organizer"] = Value::Array(organizers);
        }
        doc
    };
    let Some(forum) = tree.iter().find(|e| e.kind == EventKind::Forum) else {
        return "{}".into();
    };
    let mut root = describe(forum);
    root["@context"] = Value::from("https://schema.org");
    root["url"] = Value::from(chrome.absolute(&format!("/forums/{}", forum.id)));
    let children_of = |parent: &str| -> Vec<&Event> {
        tree.iter()
            .filter(|e| e.parent_id.as_deref() == Some(parent))
            .collect()
    };
    let mut legs = Vec::new();
    for leg in children_of(&forum.id) {
        let mut doc = describe(leg);
        doc["superEvent"] = json!({"@id": root["@id"].clone()});
        let sessions: Vec<Value> = children_of(&leg.id)
            .into_iter()
            .map(|s| {
                let mut d = describe(s);
                d["superEvent"] = json!({"@id": doc["@id"].clone()});
                d
            })
            .collect();
        if !sessions.is_empty() {
            doc["subEvent"] = Value::Array(sessions);
        }
        legs.push(doc);
    }
    if !legs.is_empty() {
        root["subEvent"] = Value::Array(legs);
    }
    root.to_string().replace('<', "\\u003c")
}
