//! Forums: the event tree, its texts, people, organizers and quotas;
//! registrations, and check-ins.
//!
//! Every write that changes who holds a seat runs inside a [`WriteTx`] that
//! first takes the event's lock ([`WriteTx::lock_events`]: SQLite's one
//! writer; `FOR UPDATE` on the event rows on PostgreSQL, in id order so two
//! nodes never wait on each other in a circle), then counts
//! ([`WriteTx::seats`]) and writes. The rule for who gets what is
//! `domain::{place, plan_offers}`; the use cases (`app::events`) compose
//! them.

use crate::write::{WriteConn, WriteTx, on_write_tx};
use crate::{Store, StoreError, on_pool};
use domain::{CountryCode, EventKind, RegistrationState, Seats};
use std::collections::BTreeMap;

/// An event's title and description in one language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventText {
    pub lang: String,
    pub title: String,
    pub description: String,
}

/// A speaker or moderator of a session (a person record).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EventPerson {
    pub record_id: String,
    /// `speaker` or `moderator`.
    pub role: String,
}

/// One forum, leg or session, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: String,
    pub network: String,
    pub parent_id: Option<String>,
    pub forum_id: String,
    pub kind: EventKind,
    pub format: String,
    /// `scheduled`, `planned` (date not fixed) or `cancelled`.
    pub status: String,
    pub series_id: Option<String>,
    pub venue_id: Option<String>,
    pub venue_name: String,
    /// Unix seconds, UTC.
    pub starts_at: i64,
    pub ends_at: i64,
    /// The venue's IANA zone (`Asia/Baku`).
    pub time_zone: String,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    /// `None`: open to every participant of the forum, no registration.
    pub capacity: Option<u64>,
    pub needs_approval: bool,
    pub cancel_until: Option<i64>,
    pub original_lang: String,
    pub position: i64,
    pub texts: Vec<EventText>,
    pub people: Vec<EventPerson>,
    pub organizers: Vec<String>,
    pub quotas: BTreeMap<CountryCode, u64>,
    pub updated_at: i64,
}

impl Event {
    /// The text in `lang`, else in the original language, else any.
    pub fn text(&self, lang: &str) -> Option<&EventText> {
        self.texts
            .iter()
            .find(|t| t.lang == lang)
            .or_else(|| self.texts.iter().find(|t| t.lang == self.original_lang))
            .or_else(|| self.texts.first())
    }

    /// People register for it: a forum, or a session with seats.
    pub fn takes_registrations(&self) -> bool {
        self.kind.takes_registrations(self.capacity)
    }
}

/// A bilateral series: the forums of NGOs of two countries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub id: String,
    pub network: String,
    pub country_a: CountryCode,
    pub country_b: CountryCode,
}

/// One person's registration for one event.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Registration {
    pub id: i64,
    pub event_id: String,
    pub account_id: i64,
    pub org_id: Option<String>,
    pub delegation: CountryCode,
    pub state: RegistrationState,
    /// Waitlist order: earlier first, then by id.
    pub queued_at: i64,
    pub offer_expires_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// What a write transaction knows of a locked event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockedEvent {
    pub id: String,
    pub forum_id: String,
    pub kind: EventKind,
    pub status: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub capacity: Option<u64>,
    pub needs_approval: bool,
    pub cancel_until: Option<i64>,
}

impl LockedEvent {
    pub fn takes_registrations(&self) -> bool {
        self.kind.takes_registrations(self.capacity)
    }
}

/// An event to create (the demo, imports, organizers).
#[derive(Debug, Clone, Default)]
pub struct NewEvent {
    pub id: String,
    pub network: String,
    pub parent_id: Option<String>,
    pub forum_id: String,
    pub kind: Option<EventKind>,
    pub format: String,
    pub status: String,
    pub series_id: Option<String>,
    pub venue_id: Option<String>,
    pub venue_name: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub time_zone: String,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    pub capacity: Option<u64>,
    pub needs_approval: bool,
    pub cancel_until: Option<i64>,
    pub original_lang: String,
    pub position: i64,
    pub texts: Vec<EventText>,
    pub people: Vec<EventPerson>,
    pub organizers: Vec<String>,
    pub quotas: Vec<(CountryCode, u64)>,
}

/// What organizers change of an event ([`WriteTx::update_event`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventUpdate {
    pub texts: Vec<EventText>,
    pub original_lang: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub capacity: Option<u64>,
    pub needs_approval: bool,
}

/// How a check-in went: a new row, or the one already there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckIn {
    Recorded { at: i64 },
    Already { at: i64, by_account: i64 },
}

/// Counts of one event's registrations by state, and check-ins.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct EventCounts {
    pub by_state: BTreeMap<&'static str, u64>,
    pub checked_in: u64,
}

impl EventCounts {
    pub fn get(&self, state: RegistrationState) -> u64 {
        self.by_state.get(state.as_str()).copied().unwrap_or(0)
    }
}

/// A registration as the organizers' lists show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub registration: Registration,
    pub display_name: String,
    pub email: String,
    pub locale: String,
    /// When they were checked in at this event, if they were.
    pub checked_in_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: String,
    network: String,
    parent_id: Option<String>,
    forum_id: String,
    kind: String,
    format: String,
    status: String,
    series_id: Option<String>,
    venue_id: Option<String>,
    venue_name: String,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    languages: String,
    interpretation: String,
    capacity: Option<i64>,
    needs_approval: bool,
    cancel_until: Option<i64>,
    original_lang: String,
    position: i64,
    updated_at: i64,
}

const EVENT_COLUMNS: &str = "id, network, parent_id, forum_id, kind, format, status, series_id, \
     venue_id, venue_name, starts_at, ends_at, time_zone, languages, interpretation, capacity, \
     needs_approval, cancel_until, original_lang, position, updated_at";

#[derive(sqlx::FromRow)]
struct RegistrationRow {
    id: i64,
    event_id: String,
    account_id: i64,
    org_id: Option<String>,
    delegation: String,
    state: String,
    queued_at: i64,
    offer_expires_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

const REGISTRATION_COLUMNS: &str = "id, event_id, account_id, org_id, delegation, state, \
     queued_at, offer_expires_at, created_at, updated_at";

/// A key and how many rows had it.
type Counted = (String, i64);

fn corrupt(id: &str, message: String) -> StoreError {
    StoreError::Corrupt {
        id: id.to_owned(),
        message,
    }
}

fn list_of(joined: &str) -> Vec<String> {
    joined
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn capacity_of(id: &str, raw: Option<i64>) -> Result<Option<u64>, StoreError> {
    raw.map(|c| u64::try_from(c).map_err(|_| corrupt(id, format!("capacity {c}"))))
        .transpose()
}

impl RegistrationRow {
    fn into_registration(self) -> Result<Registration, StoreError> {
        let state = RegistrationState::parse(&self.state)
            .ok_or_else(|| corrupt(&self.event_id, format!("registration state {}", self.state)))?;
        let delegation = CountryCode::parse(&self.delegation)
            .map_err(|_| corrupt(&self.event_id, format!("delegation {}", self.delegation)))?;
        Ok(Registration {
            id: self.id,
            event_id: self.event_id,
            account_id: self.account_id,
            org_id: self.org_id,
            delegation,
            state,
            queued_at: self.queued_at,
            offer_expires_at: self.offer_expires_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
        })
    }
}

fn event_of(row: EventRow) -> Result<Event, StoreError> {
    let kind = EventKind::parse(&row.kind)
        .ok_or_else(|| corrupt(&row.id, format!("event kind {}", row.kind)))?;
    Ok(Event {
        capacity: capacity_of(&row.id, row.capacity)?,
        kind,
        languages: list_of(&row.languages),
        interpretation: list_of(&row.interpretation),
        id: row.id,
        network: row.network,
        parent_id: row.parent_id,
        forum_id: row.forum_id,
        format: row.format,
        status: row.status,
        series_id: row.series_id,
        venue_id: row.venue_id,
        venue_name: row.venue_name,
        starts_at: row.starts_at,
        ends_at: row.ends_at,
        time_zone: row.time_zone,
        needs_approval: row.needs_approval,
        cancel_until: row.cancel_until,
        original_lang: row.original_lang,
        position: row.position,
        updated_at: row.updated_at,
        texts: Vec::new(),
        people: Vec::new(),
        organizers: Vec::new(),
        quotas: BTreeMap::new(),
    })
}

fn placeholders(from: usize, n: usize) -> String {
    (from..from + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Store {
    /// Loads events whose `column` is one of `values`, with their texts,
    /// people, organizers and quotas, ordered by start then position.
    async fn events_where(
        &self,
        column: &str,
        values: &[String],
    ) -> Result<Vec<Event>, StoreError> {
        if values.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events WHERE {column} IN ({}) \
             ORDER BY starts_at, position, id",
            placeholders(1, values.len())
        );
        let rows: Vec<EventRow> = on_pool!(&self.db, |pool| {
            let mut q = sqlx::query_as::<_, EventRow>(sqlx::AssertSqlSafe(sql.clone()));
            for v in values {
                q = q.bind(v.clone());
            }
            q.fetch_all(pool).await?
        });
        let mut events = rows
            .into_iter()
            .map(event_of)
            .collect::<Result<Vec<_>, _>>()?;
        let ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        if ids.is_empty() {
            return Ok(events);
        }
        let list = placeholders(1, ids.len());
        let texts_sql = format!(
            "SELECT event_id, lang, title, description FROM event_texts WHERE event_id IN ({list}) ORDER BY lang"
        );
        let people_sql = format!(
            "SELECT event_id, record_id, role FROM event_people WHERE event_id IN ({list}) ORDER BY position, record_id"
        );
        let orgs_sql = format!(
            "SELECT event_id, org_id FROM event_organizers WHERE event_id IN ({list}) ORDER BY org_id"
        );
        let quotas_sql =
            format!("SELECT event_id, country, seats FROM event_quotas WHERE event_id IN ({list})");
        let (texts, people, orgs, quotas) = on_pool!(&self.db, |pool| {
            macro_rules! fetch {
                ($sql:expr, $ty:ty) => {{
                    let mut q = sqlx::query_as::<_, $ty>(sqlx::AssertSqlSafe($sql.to_owned()));
                    for id in &ids {
                        q = q.bind(id.clone());
                    }
                    q.fetch_all(pool).await?
                }};
            }
            (
                fetch!(&texts_sql, (String, String, String, String)),
                fetch!(&people_sql, (String, String, String)),
                fetch!(&orgs_sql, (String, String)),
                fetch!(&quotas_sql, (String, String, i64)),
            )
        });
        let index: BTreeMap<String, usize> = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let at = |id: &str| index.get(id).copied();
        for (event_id, lang, title, description) in texts {
            if let Some(i) = at(&event_id) {
                events[i].texts.push(EventText {
                    lang,
                    title,
                    description,
                });
            }
        }
        for (event_id, record_id, role) in people {
            if let Some(i) = at(&event_id) {
                events[i].people.push(EventPerson { record_id, role });
            }
        }
        for (event_id, org_id) in orgs {
            if let Some(i) = at(&event_id) {
                events[i].organizers.push(org_id);
            }
        }
        for (event_id, country, seats) in quotas {
            if let (Some(i), Ok(code)) = (at(&event_id), CountryCode::parse(&country)) {
                events[i]
                    .quotas
                    .insert(code, u64::try_from(seats).unwrap_or(0));
            }
        }
        Ok(events)
    }

    /// One event, or `None`.
    pub async fn event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        Ok(self
            .events_where("id", &[id.to_owned()])
            .await?
            .into_iter()
            .next())
    }

    /// A forum and everything under it, in programme order (the forum first).
    pub async fn forum_tree(&self, forum_id: &str) -> Result<Vec<Event>, StoreError> {
        let mut events = self
            .events_where("forum_id", &[forum_id.to_owned()])
            .await?;
        events.sort_by_key(|e| (e.kind != EventKind::Forum, e.starts_at, e.position));
        Ok(events)
    }

    /// The forums of a network, the latest first.
    pub async fn forums(&self, network: &str) -> Result<Vec<Event>, StoreError> {
        let ids: Vec<String> = on_pool!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT id FROM events WHERE kind = 'forum' AND network = $1 ORDER BY starts_at DESC, id",
            )
            .bind(network.to_owned())
            .fetch_all(pool)
            .await?
        });
        let mut forums = self.events_where("id", &ids).await?;
        forums.sort_by_key(|e| std::cmp::Reverse(e.starts_at));
        Ok(forums)
    }

    /// The events of the bilateral series, oldest first.
    pub async fn series_events(&self, network: &str) -> Result<Vec<Event>, StoreError> {
        let ids: Vec<String> = on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT id FROM events WHERE series_id IS NOT NULL AND network = $1")
                .bind(network.to_owned())
                .fetch_all(pool)
                .await?
        });
        self.events_where("id", &ids).await
    }

    /// Every bilateral series of a network.
    pub async fn series(&self, network: &str) -> Result<Vec<Series>, StoreError> {
        let rows: Vec<(String, String, String, String)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT id, network, country_a, country_b FROM event_series WHERE network = $1 ORDER BY id",
            )
            .bind(network.to_owned())
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|(id, network, a, b)| {
                let parse = |c: &str| {
                    CountryCode::parse(c).map_err(|_| corrupt(&id, format!("series country {c}")))
                };
                Ok(Series {
                    country_a: parse(&a)?,
                    country_b: parse(&b)?,
                    id,
                    network,
                })
            })
            .collect()
    }

    /// One registration by id.
    pub async fn registration(&self, id: i64) -> Result<Option<Registration>, StoreError> {
        let sql = format!("SELECT {REGISTRATION_COLUMNS} FROM registrations WHERE id = $1");
        let row: Option<RegistrationRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(id)
                .fetch_optional(pool)
                .await?
        });
        row.map(RegistrationRow::into_registration).transpose()
    }

    /// An account's registrations under one forum (the forum's and its sessions').
    pub async fn registrations_in_forum(
        &self,
        account_id: i64,
        forum_id: &str,
    ) -> Result<Vec<Registration>, StoreError> {
        let sql = format!(
            "SELECT {REGISTRATION_COLUMNS} FROM registrations WHERE account_id = $1 \
             AND event_id IN (SELECT id FROM events WHERE forum_id = $2) ORDER BY id"
        );
        let rows: Vec<RegistrationRow> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(account_id)
                .bind(forum_id.to_owned())
                .fetch_all(pool)
                .await?
        });
        rows.into_iter()
            .map(RegistrationRow::into_registration)
            .collect()
    }

    /// Confirmed registrations for each forum of a network (the forum's own,
    /// not its sessions'), per delegation: `(forum, delegation, count)`.
    pub async fn forum_participation(
        &self,
        network: &str,
    ) -> Result<Vec<(String, CountryCode, u64)>, StoreError> {
        let rows: Vec<(String, String, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT r.event_id, r.delegation, COUNT(*) FROM registrations r \
                 JOIN events e ON e.id = r.event_id \
                 WHERE e.network = $1 AND e.kind = 'forum' AND r.state = 'confirmed' \
                 GROUP BY r.event_id, r.delegation ORDER BY r.event_id, r.delegation",
            )
            .bind(network.to_owned())
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(f, d, n)| Some((f, CountryCode::parse(&d).ok()?, u64::try_from(n).ok()?)))
            .collect())
    }

    /// Registration counts by state and check-ins, per event of a forum.
    pub async fn forum_counts(
        &self,
        forum_id: &str,
    ) -> Result<BTreeMap<String, EventCounts>, StoreError> {
        let (states, checkins): (Vec<(String, String, i64)>, Vec<Counted>) =
            on_pool!(&self.db, |pool| {
                let states = sqlx::query_as(
                    "SELECT r.event_id, r.state, COUNT(*) FROM registrations r \
                     JOIN events e ON e.id = r.event_id WHERE e.forum_id = $1 \
                     GROUP BY r.event_id, r.state",
                )
                .bind(forum_id.to_owned())
                .fetch_all(pool)
                .await?;
                let checkins = sqlx::query_as(
                    "SELECT c.event_id, COUNT(*) FROM checkins c \
                     JOIN events e ON e.id = c.event_id WHERE e.forum_id = $1 GROUP BY c.event_id",
                )
                .bind(forum_id.to_owned())
                .fetch_all(pool)
                .await?;
                (states, checkins)
            });
        let mut counts: BTreeMap<String, EventCounts> = BTreeMap::new();
        for (event, state, n) in states {
            if let Some(state) = RegistrationState::parse(&state) {
                counts
                    .entry(event)
                    .or_default()
                    .by_state
                    .insert(state.as_str(), u64::try_from(n).unwrap_or(0));
            }
        }
        for (event, n) in checkins {
            counts.entry(event).or_default().checked_in = u64::try_from(n).unwrap_or(0);
        }
        Ok(counts)
    }

    /// Everyone registered for `event_id`, waitlist order within each
    /// state, with their account's name and address and their check-in.
    /// For a session without seats, check-ins list the forum's participants.
    pub async fn participants(&self, event_id: &str) -> Result<Vec<Participant>, StoreError> {
        let cols = REGISTRATION_COLUMNS
            .split(", ")
            .map(|c| format!("r.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {cols}, a.display_name, a.email, a.locale, c.at FROM registrations r \
             JOIN accounts a ON a.id = r.account_id \
             LEFT JOIN checkins c ON c.registration_id = r.id AND c.event_id = r.event_id \
             WHERE r.event_id = $1 ORDER BY r.queued_at, r.id"
        );
        let rows: Vec<RegistrationRowFlat> = on_pool!(&self.db, |pool| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(event_id.to_owned())
                .fetch_all(pool)
                .await?
        });
        rows.into_iter()
            .map(|flat| {
                let (display_name, email, locale, checked_in_at) = (
                    flat.display_name.clone(),
                    flat.email.clone(),
                    flat.locale.clone(),
                    flat.at,
                );
                Ok(Participant {
                    registration: flat.registration().into_registration()?,
                    display_name,
                    email,
                    locale,
                    checked_in_at,
                })
            })
            .collect()
    }

    /// Who checked in at `event_id`: registration id → when.
    pub async fn checkins(&self, event_id: &str) -> Result<BTreeMap<i64, i64>, StoreError> {
        let rows: Vec<(i64, i64)> = on_pool!(&self.db, |pool| {
            sqlx::query_as("SELECT registration_id, at FROM checkins WHERE event_id = $1")
                .bind(event_id.to_owned())
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().collect())
    }

    /// The events a participant (their forum registration) was checked in at.
    pub async fn checkins_of(&self, registration_id: i64) -> Result<Vec<String>, StoreError> {
        Ok(on_pool!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT event_id FROM checkins WHERE registration_id = $1 ORDER BY at",
            )
            .bind(registration_id)
            .fetch_all(pool)
            .await?
        }))
    }

    /// A value of the settings table, if set.
    pub async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(on_pool!(&self.db, |pool| {
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(key.to_owned())
                .fetch_optional(pool)
                .await?
        }))
    }

    /// Sets `key` to `value` unless it is set already; returns the value
    /// that holds (so every node agrees on a generated secret).
    pub async fn setting_or_insert(&self, key: &str, value: &str) -> Result<String, StoreError> {
        let mut tx = self.begin_write().await?;
        let held = tx.setting_or_insert(key, value).await?;
        tx.commit().await?;
        Ok(held)
    }
}

impl WriteTx {
    /// A value of the settings table, if set, read inside this transaction.
    pub async fn setting(&mut self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(on_write_tx!(self, |conn| {
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(key.to_owned())
                .fetch_optional(&mut **conn)
                .await?
        }))
    }

    /// [`Store::setting_or_insert`] inside this transaction.
    pub async fn setting_or_insert(
        &mut self,
        key: &str,
        value: &str,
    ) -> Result<String, StoreError> {
        let tx = self;
        on_write_tx!(tx, |conn| {
            sqlx::query(
                "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
            )
            .bind(key.to_owned())
            .bind(value.to_owned())
            .execute(&mut **conn)
            .await?
            .rows_affected()
        });
        let held: String = on_write_tx!(tx, |conn| {
            sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
                .bind(key.to_owned())
                .fetch_one(&mut **conn)
                .await?
        });
        Ok(held)
    }
}

#[derive(sqlx::FromRow)]
struct RegistrationRowFlat {
    id: i64,
    event_id: String,
    account_id: i64,
    org_id: Option<String>,
    delegation: String,
    state: String,
    queued_at: i64,
    offer_expires_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
    display_name: String,
    email: String,
    locale: String,
    at: Option<i64>,
}

impl RegistrationRowFlat {
    fn registration(self) -> RegistrationRow {
        RegistrationRow {
            id: self.id,
            event_id: self.event_id,
            account_id: self.account_id,
            org_id: self.org_id,
            delegation: self.delegation,
            state: self.state,
            queued_at: self.queued_at,
            offer_expires_at: self.offer_expires_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

impl WriteTx {
    pub(crate) fn lock_suffix(&self) -> &'static str {
        match self.conn {
            WriteConn::Sqlite(_) => "",
            WriteConn::Pg(_) => " FOR UPDATE",
        }
    }

    /// Replaces what organizers edit of an event: its texts (the whole
    /// translation set), original language, times, seats and approval.
    pub async fn update_event(
        &mut self,
        id: &str,
        edit: &EventUpdate,
        now: i64,
    ) -> Result<(), StoreError> {
        let capacity = edit.capacity.map(|c| i64::try_from(c).unwrap_or(i64::MAX));
        on_write_tx!(self, |conn| {
            sqlx::query(
                "UPDATE events SET original_lang = $2, starts_at = $3, ends_at = $4, capacity = $5, \
                 needs_approval = $6, updated_at = $7 WHERE id = $1",
            )
            .bind(id.to_owned())
            .bind(edit.original_lang.clone())
            .bind(edit.starts_at)
            .bind(edit.ends_at)
            .bind(capacity)
            .bind(edit.needs_approval)
            .bind(now)
            .execute(&mut **conn)
            .await?;
            sqlx::query("DELETE FROM event_texts WHERE event_id = $1")
                .bind(id.to_owned())
                .execute(&mut **conn)
                .await?;
            for text in &edit.texts {
                sqlx::query(
                    "INSERT INTO event_texts (event_id, lang, title, description) VALUES ($1, $2, $3, $4)",
                )
                .bind(id.to_owned())
                .bind(text.lang.clone())
                .bind(text.title.clone())
                .bind(text.description.clone())
                .execute(&mut **conn)
                .await?;
            }
        });
        Ok(())
    }

    /// When an event was last changed, read under its lock.
    pub async fn event_version(&mut self, id: &str) -> Result<Option<i64>, StoreError> {
        Ok(on_write_tx!(self, |conn| {
            sqlx::query_scalar("SELECT updated_at FROM events WHERE id = $1")
                .bind(id.to_owned())
                .fetch_optional(&mut **conn)
                .await?
        }))
    }

    /// Creates an event with its texts, people, organizers and quotas.
    pub async fn insert_event(&mut self, event: &NewEvent, now: i64) -> Result<(), StoreError> {
        let kind = event
            .kind
            .ok_or_else(|| StoreError::Unsupported("an event needs a kind".into()))?;
        let capacity = event.capacity.map(|c| i64::try_from(c).unwrap_or(i64::MAX));
        let status = if event.status.is_empty() {
            "scheduled"
        } else {
            event.status.as_str()
        };
        on_write_tx!(self, |conn| {
            sqlx::query(
                "INSERT INTO events (id, network, parent_id, forum_id, kind, format, status, series_id, \
                 venue_id, venue_name, starts_at, ends_at, time_zone, languages, interpretation, capacity, \
                 needs_approval, cancel_until, original_lang, position, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)",
            )
            .bind(event.id.clone())
            .bind(if event.network.is_empty() { "ots".to_owned() } else { event.network.clone() })
            .bind(event.parent_id.clone())
            .bind(event.forum_id.clone())
            .bind(kind.as_str())
            .bind(event.format.clone())
            .bind(status.to_owned())
            .bind(event.series_id.clone())
            .bind(event.venue_id.clone())
            .bind(event.venue_name.clone())
            .bind(event.starts_at)
            .bind(event.ends_at)
            .bind(event.time_zone.clone())
            .bind(event.languages.join(","))
            .bind(event.interpretation.join(","))
            .bind(capacity)
            .bind(event.needs_approval)
            .bind(event.cancel_until)
            .bind(event.original_lang.clone())
            .bind(event.position)
            .bind(now)
            .execute(&mut **conn)
            .await?;
            for text in &event.texts {
                sqlx::query(
                    "INSERT INTO event_texts (event_id, lang, title, description) VALUES ($1, $2, $3, $4)",
                )
                .bind(event.id.clone())
                .bind(text.lang.clone())
                .bind(text.title.clone())
                .bind(text.description.clone())
                .execute(&mut **conn)
                .await?;
            }
            for (position, person) in event.people.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO event_people (event_id, record_id, role, position) VALUES ($1, $2, $3, $4)",
                )
                .bind(event.id.clone())
                .bind(person.record_id.clone())
                .bind(person.role.clone())
                .bind(i64::try_from(position).unwrap_or(i64::MAX))
                .execute(&mut **conn)
                .await?;
            }
            for org in &event.organizers {
                sqlx::query("INSERT INTO event_organizers (event_id, org_id) VALUES ($1, $2)")
                    .bind(event.id.clone())
                    .bind(org.clone())
                    .execute(&mut **conn)
                    .await?;
            }
            for (country, seats) in &event.quotas {
                sqlx::query(
                    "INSERT INTO event_quotas (event_id, country, seats) VALUES ($1, $2, $3)",
                )
                .bind(event.id.clone())
                .bind(country.as_str())
                .bind(i64::try_from(*seats).unwrap_or(i64::MAX))
                .execute(&mut **conn)
                .await?;
            }
        });
        Ok(())
    }

    /// Creates a bilateral series.
    pub async fn insert_series(&mut self, series: &Series, now: i64) -> Result<(), StoreError> {
        let (a, b) = if series.country_a <= series.country_b {
            (series.country_a, series.country_b)
        } else {
            (series.country_b, series.country_a)
        };
        on_write_tx!(self, |conn| {
            sqlx::query(
                "INSERT INTO event_series (id, network, country_a, country_b, created_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(series.id.clone())
            .bind(series.network.clone())
            .bind(a.as_str())
            .bind(b.as_str())
            .bind(now)
            .execute(&mut **conn)
            .await?
            .rows_affected()
        });
        Ok(())
    }

    /// Locks these events until commit, in id order, and reads them; a
    /// missing id is left out.
    pub async fn lock_events(&mut self, ids: &[&str]) -> Result<Vec<LockedEvent>, StoreError> {
        let mut ids: Vec<&str> = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        let sql = format!(
            "SELECT id, forum_id, kind, status, starts_at, ends_at, time_zone, capacity, needs_approval, cancel_until \
             FROM events WHERE id = $1{}",
            self.lock_suffix()
        );
        let mut locked = Vec::with_capacity(ids.len());
        for id in ids {
            type Row = (
                String,
                String,
                String,
                String,
                i64,
                i64,
                String,
                Option<i64>,
                bool,
                Option<i64>,
            );
            let row: Option<Row> = on_write_tx!(self, |conn| {
                sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                    .bind(id.to_owned())
                    .fetch_optional(&mut **conn)
                    .await?
            });
            if let Some((
                id,
                forum_id,
                kind,
                status,
                starts_at,
                ends_at,
                time_zone,
                capacity,
                needs_approval,
                cancel_until,
            )) = row
            {
                locked.push(LockedEvent {
                    kind: EventKind::parse(&kind)
                        .ok_or_else(|| corrupt(&id, format!("event kind {kind}")))?,
                    capacity: capacity_of(&id, capacity)?,
                    id,
                    forum_id,
                    status,
                    starts_at,
                    ends_at,
                    time_zone,
                    needs_approval,
                    cancel_until,
                });
            }
        }
        Ok(locked)
    }

    /// Ends the offers of `event_id` that expired by `now`; returns them.
    pub async fn expire_lapsed_offers(
        &mut self,
        event_id: &str,
        now: i64,
    ) -> Result<Vec<Registration>, StoreError> {
        let sql = format!(
            "UPDATE registrations SET state = 'expired', offer_expires_at = NULL, updated_at = $2 \
             WHERE event_id = $1 AND state = 'offered' AND offer_expires_at <= $2 \
             RETURNING {REGISTRATION_COLUMNS}"
        );
        let rows: Vec<RegistrationRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(event_id.to_owned())
                .bind(now)
                .fetch_all(&mut **conn)
                .await?
        });
        rows.into_iter()
            .map(RegistrationRow::into_registration)
            .collect()
    }

    /// The seats of a locked event: its capacity, quotas and what each
    /// delegation holds (call after [`Self::expire_lapsed_offers`]).
    pub async fn seats(&mut self, event: &LockedEvent) -> Result<Seats, StoreError> {
        let (quotas, held): (Vec<Counted>, Vec<Counted>) = on_write_tx!(self, |conn| {
            let quotas =
                sqlx::query_as("SELECT country, seats FROM event_quotas WHERE event_id = $1")
                    .bind(event.id.clone())
                    .fetch_all(&mut **conn)
                    .await?;
            let held = sqlx::query_as(
                "SELECT delegation, COUNT(*) FROM registrations WHERE event_id = $1 \
                 AND state IN ('pending', 'confirmed', 'offered') GROUP BY delegation",
            )
            .bind(event.id.clone())
            .fetch_all(&mut **conn)
            .await?;
            (quotas, held)
        });
        let parse = |rows: Vec<(String, i64)>| -> BTreeMap<CountryCode, u64> {
            rows.into_iter()
                .filter_map(|(c, n)| Some((CountryCode::parse(&c).ok()?, u64::try_from(n).ok()?)))
                .collect()
        };
        Ok(Seats {
            capacity: event.capacity,
            quotas: parse(quotas),
            held: parse(held),
        })
    }

    /// The waitlist of an event, in order.
    pub async fn waitlist(
        &mut self,
        event_id: &str,
    ) -> Result<Vec<(i64, CountryCode)>, StoreError> {
        let rows: Vec<(i64, String)> = on_write_tx!(self, |conn| {
            sqlx::query_as(
                "SELECT id, delegation FROM registrations WHERE event_id = $1 AND state = 'waitlisted' \
                 ORDER BY queued_at, id",
            )
            .bind(event_id.to_owned())
            .fetch_all(&mut **conn)
            .await?
        });
        Ok(rows
            .into_iter()
            .filter_map(|(id, c)| Some((id, CountryCode::parse(&c).ok()?)))
            .collect())
    }

    /// A person's registration for an event, read under the event's lock.
    pub async fn registration_for(
        &mut self,
        event_id: &str,
        account_id: i64,
    ) -> Result<Option<Registration>, StoreError> {
        let sql = format!(
            "SELECT {REGISTRATION_COLUMNS} FROM registrations WHERE event_id = $1 AND account_id = $2"
        );
        let row: Option<RegistrationRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(event_id.to_owned())
                .bind(account_id)
                .fetch_optional(&mut **conn)
                .await?
        });
        row.map(RegistrationRow::into_registration).transpose()
    }

    /// A registration by id, inside this transaction.
    pub async fn registration(&mut self, id: i64) -> Result<Option<Registration>, StoreError> {
        let sql = format!("SELECT {REGISTRATION_COLUMNS} FROM registrations WHERE id = $1");
        let row: Option<RegistrationRow> = on_write_tx!(self, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(id)
                .fetch_optional(&mut **conn)
                .await?
        });
        row.map(RegistrationRow::into_registration).transpose()
    }

    /// Writes a registration: a new row, or the person's row for this event
    /// given a new state (registering again after giving up).
    #[expect(clippy::too_many_arguments, reason = "one row's columns")]
    pub async fn put_registration(
        &mut self,
        event_id: &str,
        account_id: i64,
        org_id: Option<&str>,
        delegation: CountryCode,
        state: RegistrationState,
        offer_expires_at: Option<i64>,
        now: i64,
    ) -> Result<Registration, StoreError> {
        let sql = format!(
            "INSERT INTO registrations (event_id, account_id, org_id, delegation, state, queued_at, \
             offer_expires_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $6) \
             ON CONFLICT (event_id, account_id) DO UPDATE SET org_id = excluded.org_id, \
             delegation = excluded.delegation, state = excluded.state, queued_at = excluded.queued_at, \
             offer_expires_at = excluded.offer_expires_at, updated_at = excluded.updated_at \
             RETURNING {REGISTRATION_COLUMNS}"
        );
        let row: RegistrationRow = on_write_tx!(self, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(event_id.to_owned())
                .bind(account_id)
                .bind(org_id.map(str::to_owned))
                .bind(delegation.as_str())
                .bind(state.as_str())
                .bind(now)
                .bind(offer_expires_at)
                .fetch_one(&mut **conn)
                .await?
        });
        row.into_registration()
    }

    /// Moves a registration to `state` (with the offer's expiry for `offered`).
    pub async fn set_registration_state(
        &mut self,
        id: i64,
        state: RegistrationState,
        offer_expires_at: Option<i64>,
        now: i64,
    ) -> Result<Registration, StoreError> {
        let sql = format!(
            "UPDATE registrations SET state = $2, offer_expires_at = $3, updated_at = $4 WHERE id = $1 \
             RETURNING {REGISTRATION_COLUMNS}"
        );
        let row: RegistrationRow = on_write_tx!(self, |conn| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .bind(id)
                .bind(state.as_str())
                .bind(offer_expires_at)
                .bind(now)
                .fetch_one(&mut **conn)
                .await?
        });
        row.into_registration()
    }

    /// The address, language and name of an account, for its mail.
    pub async fn account_contact(
        &mut self,
        account_id: i64,
    ) -> Result<Option<(String, String, String)>, StoreError> {
        Ok(on_write_tx!(self, |conn| {
            sqlx::query_as("SELECT email, locale, display_name FROM accounts WHERE id = $1")
                .bind(account_id)
                .fetch_optional(&mut **conn)
                .await?
        }))
    }

    /// An event's title in `lang`, else in its original language.
    pub async fn event_title(&mut self, event_id: &str, lang: &str) -> Result<String, StoreError> {
        let title: Option<String> = on_write_tx!(self, |conn| {
            sqlx::query_scalar(
                "SELECT t.title FROM event_texts t JOIN events e ON e.id = t.event_id \
                 WHERE t.event_id = $1 AND (t.lang = $2 OR t.lang = e.original_lang) \
                 ORDER BY CASE WHEN t.lang = $2 THEN 0 ELSE 1 END LIMIT 1",
            )
            .bind(event_id.to_owned())
            .bind(lang.to_owned())
            .fetch_optional(&mut **conn)
            .await?
        });
        Ok(title.unwrap_or_else(|| event_id.to_owned()))
    }

    /// Records that `registration_id` arrived at `event_id`, once: a repeat
    /// answers the first check-in.
    pub async fn check_in(
        &mut self,
        registration_id: i64,
        event_id: &str,
        by_account: i64,
        now: i64,
    ) -> Result<CheckIn, StoreError> {
        let inserted = on_write_tx!(self, |conn| {
            sqlx::query(
                "INSERT INTO checkins (registration_id, event_id, at, by_account) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (registration_id, event_id) DO NOTHING",
            )
            .bind(registration_id)
            .bind(event_id.to_owned())
            .bind(now)
            .bind(by_account)
            .execute(&mut **conn)
            .await?
            .rows_affected()
        });
        if inserted == 1 {
            return Ok(CheckIn::Recorded { at: now });
        }
        let (at, by_account): (i64, i64) = on_write_tx!(self, |conn| {
            sqlx::query_as(
                "SELECT at, by_account FROM checkins WHERE registration_id = $1 AND event_id = $2",
            )
            .bind(registration_id)
            .bind(event_id.to_owned())
            .fetch_one(&mut **conn)
            .await?
        });
        Ok(CheckIn::Already { at, by_account })
    }
}
