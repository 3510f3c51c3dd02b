//! Forums: registering for a forum and its sessions, the waitlist and its
//! offers, cancelling, the organizers' approval, and check-in.
//!
//! Seats are never counted outside a write transaction that holds the
//! event's lock (`seats`), so no concurrency, on one node or many, can
//! confirm more people than there are seats. Registrations are committed
//! in groups (`registrar`): as strict as one at a time, many times faster.

mod mail;
mod registrar;
mod seats;
pub mod tokens;

pub use mail::venue_time;
pub use registrar::MAX_BATCH;

pub(crate) mod registrar_handle {
    pub(crate) use super::registrar::Registrar as Handle;
}

use crate::jobs::Wake;
use crate::{App, Error, Result, SignedIn, authorize};
use domain::{Action, CountryCode, EntityId, EventKind, RegistrationState};
use mail::Notice;
use seats::{Ctx, lock_for, notify, settle};
use store::{CheckIn, Event, Registration, Store};

/// A registration as its use case answers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registered {
    pub registration: Registration,
    /// The person was registered already; nothing changed.
    pub already: bool,
}

pub(crate) fn not_registrable() -> Error {
    Error::invalid(
        "not_registrable",
        "This part of the programme is open to every participant of the forum: there is nothing to register for.",
    )
}

pub(crate) fn registration_closed() -> Error {
    Error::invalid(
        "registration_closed",
        "Registration has closed: the event has started, or it is not scheduled.",
    )
}

pub(crate) fn forum_first() -> Error {
    Error::invalid(
        "forum_first",
        "Register for the forum first, then for its sessions.",
    )
}

fn no_event() -> Error {
    Error::NotFound("There is no such event.".into())
}

fn no_registration() -> Error {
    Error::NotFound("There is no such registration.".into())
}

/// An event, or 404.
pub async fn event(app: &App, id: &str) -> Result<Event> {
    app.store().event(id).await?.ok_or_else(no_event)
}

/// A forum's organizers may run it (and the secretariat, always).
pub async fn authorize_organizer<'a>(
    app: &App,
    who: Option<&'a SignedIn>,
    forum_id: &str,
) -> Result<&'a SignedIn> {
    let forum = event(app, forum_id).await?;
    let organizers: Vec<EntityId> = forum
        .organizers
        .iter()
        .filter_map(|o| EntityId::parse(o).ok())
        .collect();
    authorize(
        who,
        Action::ManageEvent {
            organizers: &organizers,
        },
    )
}

/// Registers the caller for a forum (on behalf of `org`, in `delegation`'s
/// delegation) or for one of its sessions (with the forum registration's
/// organization and delegation). A full event puts them on its waitlist;
/// asking twice answers the first registration.
pub async fn register(
    app: &App,
    who: Option<&SignedIn>,
    event_id: &str,
    org: Option<&EntityId>,
    delegation: Option<CountryCode>,
) -> Result<Registered> {
    let me = authorize(who, Action::RegisterForEvent { on_behalf_of: org })?;
    let event = event(app, event_id).await?;
    app.registrar()
        .submit(registrar::Request {
            account_id: me.account.id,
            event_id: event.id,
            forum_id: event.forum_id,
            org_id: org.map(|o| o.as_str().to_owned()),
            delegation,
        })
        .await
}

/// Whether the caller may act on `registration`: their own, or as an
/// organizer of its forum.
async fn may_change(
    app: &App,
    who: Option<&SignedIn>,
    registration: &Registration,
    forum_id: &str,
) -> Result<bool> {
    let me = authorize(who, Action::RegisterForEvent { on_behalf_of: None })?;
    if me.account.id == registration.account_id {
        return Ok(false);
    }
    authorize_organizer(app, who, forum_id).await?;
    Ok(true)
}

/// Gives up a registration (a seat or a place on the waitlist), by the
/// participant until the event's cut-off, or by its organizers at any time.
/// Giving up the forum gives up its sessions. Freed seats go to the
/// waitlist at once.
pub async fn cancel(
    app: &App,
    who: Option<&SignedIn>,
    registration_id: i64,
) -> Result<Registration> {
    let first = app
        .store()
        .registration(registration_id)
        .await?
        .ok_or_else(no_registration)?;
    let event = event(app, &first.event_id).await?;
    let as_organizer = may_change(app, who, &first, &event.forum_id).await?;
    let ctx = Ctx {
        public_url: app.public_url(),
        now: app.now(),
    };
    let mut tx = app.store().begin_write().await?;
    let locked = lock_for(&mut tx, &event.id, &event.forum_id).await?;
    let current = tx
        .registration(registration_id)
        .await?
        .ok_or_else(no_registration)?;
    if !current.state.can_cancel() {
        return Ok(current);
    }
    let cut_off = locked.cancel_until.unwrap_or(locked.starts_at);
    if !as_organizer && ctx.now >= cut_off {
        return Err(Error::invalid(
            "cancel_closed",
            format!(
                "Registrations can no longer be cancelled (the cut-off was {}). Write to the organizers.",
                venue_time(&locked.time_zone, cut_off)
            ),
        ));
    }
    let cancelled = tx
        .set_registration_state(current.id, RegistrationState::Cancelled, None, ctx.now)
        .await?;
    notify(&mut tx, &cancelled, &locked, Notice::Ended, &ctx).await?;
    let mut freed = vec![locked];
    if event.kind == EventKind::Forum {
        // Its sessions go with it, in the lock order: the forum, then
        // sessions by id.
        let mut sessions = Vec::new();
        for r in app
            .store()
            .registrations_in_forum(current.account_id, &event.forum_id)
            .await?
        {
            if r.event_id != event.forum_id {
                sessions.push(r.event_id);
            }
        }
        let ids: Vec<&str> = sessions.iter().map(String::as_str).collect();
        for session in tx.lock_events(&ids).await? {
            if let Some(r) = tx
                .registration_for(&session.id, current.account_id)
                .await?
                .filter(|r| r.state.can_cancel())
            {
                tx.set_registration_state(r.id, RegistrationState::Cancelled, None, ctx.now)
                    .await?;
            }
            freed.push(session);
        }
    }
    for event in &freed {
        settle(&mut tx, event, &ctx).await?;
    }
    tx.commit().await?;
    app.wake().wake();
    Ok(cancelled)
}

/// The participant takes (`accept`) or passes on the seat offered to them.
/// An offer that has expired holds nothing: it cannot be taken.
pub async fn answer_offer(
    app: &App,
    who: Option<&SignedIn>,
    registration_id: i64,
    accept: bool,
) -> Result<Registration> {
    let me = authorize(who, Action::RegisterForEvent { on_behalf_of: None })?;
    let first = app
        .store()
        .registration(registration_id)
        .await?
        .filter(|r| r.account_id == me.account.id)
        .ok_or_else(no_registration)?;
    let event = event(app, &first.event_id).await?;
    let ctx = Ctx {
        public_url: app.public_url(),
        now: app.now(),
    };
    let mut tx = app.store().begin_write().await?;
    let locked = lock_for(&mut tx, &event.id, &event.forum_id).await?;
    let current = tx
        .registration(registration_id)
        .await?
        .ok_or_else(no_registration)?;
    let live = current.state == RegistrationState::Offered
        && current.offer_expires_at.is_some_and(|t| t > ctx.now);
    if !live {
        // Let a lapsed offer pass on now rather than at the job's run.
        settle(&mut tx, &locked, &ctx).await?;
        tx.commit().await?;
        app.wake().wake();
        return Err(Error::Conflict(
            "This offer is no longer open: it expired or was answered.".into(),
        ));
    }
    let to = if accept {
        RegistrationState::Confirmed
    } else {
        RegistrationState::Declined
    };
    let answered = tx
        .set_registration_state(current.id, to, None, ctx.now)
        .await?;
    let notice = if accept {
        Notice::Approved
    } else {
        Notice::Ended
    };
    notify(&mut tx, &answered, &locked, notice, &ctx).await?;
    settle(&mut tx, &locked, &ctx).await?;
    tx.commit().await?;
    app.wake().wake();
    Ok(answered)
}

/// The organizers approve or refuse a registration waiting for approval.
pub async fn decide_pending(
    app: &App,
    who: Option<&SignedIn>,
    registration_id: i64,
    approve: bool,
) -> Result<Registration> {
    let first = app
        .store()
        .registration(registration_id)
        .await?
        .ok_or_else(no_registration)?;
    let event = event(app, &first.event_id).await?;
    authorize_organizer(app, who, &event.forum_id).await?;
    let ctx = Ctx {
        public_url: app.public_url(),
        now: app.now(),
    };
    let mut tx = app.store().begin_write().await?;
    let locked = lock_for(&mut tx, &event.id, &event.forum_id).await?;
    let current = tx
        .registration(registration_id)
        .await?
        .ok_or_else(no_registration)?;
    if current.state != RegistrationState::Pending {
        return Err(Error::Conflict(format!(
            "This registration is {}, not waiting for approval.",
            current.state.as_str()
        )));
    }
    let (to, notice) = if approve {
        (RegistrationState::Confirmed, Notice::Approved)
    } else {
        (RegistrationState::Refused, Notice::Ended)
    };
    let decided = tx
        .set_registration_state(current.id, to, None, ctx.now)
        .await?;
    notify(&mut tx, &decided, &locked, notice, &ctx).await?;
    settle(&mut tx, &locked, &ctx).await?;
    tx.commit().await?;
    app.wake().wake();
    Ok(decided)
}

/// The job behind an offer's deadline: ends it if still unanswered and
/// passes the seat on. Harmless when the offer was answered meanwhile.
pub async fn expire_offer(
    store: &Store,
    public_url: &str,
    wake: &Wake,
    registration_id: i64,
    now: i64,
) -> Result<()> {
    let Some(first) = store.registration(registration_id).await? else {
        return Ok(());
    };
    let Some(event) = store.event(&first.event_id).await? else {
        return Ok(());
    };
    let ctx = Ctx { public_url, now };
    let mut tx = store.begin_write().await?;
    let locked = lock_for(&mut tx, &event.id, &event.forum_id).await?;
    settle(&mut tx, &locked, &ctx).await?;
    tx.commit().await?;
    wake.wake();
    Ok(())
}

/// A participant's check-in code (the QR code on their badge).
pub async fn checkin_code(app: &App, registration_id: i64) -> Result<String> {
    Ok(tokens::checkin_code(
        &checkin_secret(app.store()).await?,
        registration_id,
    ))
}

/// The check-in secret, inside a write transaction (for the mail that
/// carries a code); made and kept the first time it is needed.
pub(crate) async fn checkin_secret_in(tx: &mut store::WriteTx) -> Result<String> {
    if let Some(secret) = tx.setting(tokens::SECRET_SETTING).await? {
        return Ok(secret);
    }
    Ok(tx
        .setting_or_insert(tokens::SECRET_SETTING, &crate::secrets::random_token())
        .await?)
}

async fn checkin_secret(store: &Store) -> Result<String> {
    if let Some(secret) = store.setting(tokens::SECRET_SETTING).await? {
        return Ok(secret);
    }
    Ok(store
        .setting_or_insert(tokens::SECRET_SETTING, &crate::secrets::random_token())
        .await?)
}

/// What a check-in found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedIn {
    pub registration: Registration,
    pub display_name: String,
    pub result: CheckIn,
    /// Who recorded the first check-in, when it was not this one.
    pub first_by: Option<String>,
}

/// An organizer checks a participant in at `event_id` (the forum or one of
/// its sessions) by the code on their badge. Checking in twice answers
/// the first check-in.
pub async fn check_in(
    app: &App,
    who: Option<&SignedIn>,
    event_id: &str,
    code: &str,
) -> Result<CheckedIn> {
    let at = event(app, event_id).await?;
    let me = authorize_organizer(app, who, &at.forum_id).await?;
    let secret = checkin_secret(app.store()).await?;
    let invalid = || {
        Error::invalid(
            "invalid_checkin",
            "This is not a check-in code of a participant of this forum.",
        )
    };
    let registration_id = tokens::verify_code(&secret, code).ok_or_else(invalid)?;
    let registration = app
        .store()
        .registration(registration_id)
        .await?
        .filter(|r| r.event_id == at.forum_id)
        .ok_or_else(invalid)?;
    if registration.state != RegistrationState::Confirmed {
        return Err(Error::invalid(
            "not_confirmed",
            format!(
                "This participant's registration is {}, not confirmed.",
                registration.state.as_str()
            ),
        ));
    }
    let now = app.now();
    let mut tx = app.store().begin_write().await?;
    if at.kind == EventKind::Session && at.capacity.is_some() {
        let has_seat = tx
            .registration_for(&at.id, registration.account_id)
            .await?
            .is_some_and(|r| r.state == RegistrationState::Confirmed);
        if !has_seat {
            return Err(Error::invalid(
                "not_registered",
                "This participant has no confirmed seat at this session.",
            ));
        }
    }
    let result = tx
        .check_in(registration.id, &at.id, me.account.id, now)
        .await?;
    let display_name = tx
        .account_contact(registration.account_id)
        .await?
        .map(|(_, _, name)| name)
        .unwrap_or_default();
    let first_by = match result {
        CheckIn::Already { by_account, .. } => tx
            .account_contact(by_account)
            .await?
            .map(|(_, _, name)| name),
        CheckIn::Recorded { .. } => None,
    };
    tx.commit().await?;
    Ok(CheckedIn {
        registration,
        display_name,
        result,
        first_by,
    })
}

/// The organizers' lists of one event (the forum or a session).
pub async fn participants(
    app: &App,
    who: Option<&SignedIn>,
    event_id: &str,
) -> Result<Vec<store::Participant>> {
    let at = event(app, event_id).await?;
    authorize_organizer(app, who, &at.forum_id).await?;
    Ok(app.store().participants(&at.id).await?)
}

/// The coverage matrix of a network's bilateral series: which pairs of
/// countries have held their forums, planned them, or never met.
pub async fn coverage(app: &App, network: &str) -> Result<domain::Coverage> {
    let store = app.store();
    // No network configured: only the countries the series name.
    let countries: Vec<CountryCode> = store
        .network()
        .await?
        .map(|n| n.countries.iter().map(|c| c.code).collect())
        .unwrap_or_default();
    let series: Vec<domain::SeriesPair> = store
        .series(network)
        .await?
        .into_iter()
        .map(|s| domain::SeriesPair {
            id: s.id,
            a: s.country_a,
            b: s.country_b,
        })
        .collect();
    let now = app.now();
    let editions: Vec<domain::Edition> = store
        .series_events(network)
        .await?
        .into_iter()
        .filter(|e| e.status != "cancelled")
        .filter_map(|e| {
            let (year, ..) = domain::wall_clock(&e.time_zone, e.starts_at)?;
            Some(domain::Edition {
                series_id: e.series_id?,
                // `planned`: the date is not fixed, so it cannot have passed.
                held: e.status == "scheduled" && e.ends_at <= now,
                event_id: e.id,
                forum_id: e.forum_id,
                year,
            })
        })
        .collect();
    let mut matrix = domain::coverage(&countries, &series, &editions);
    for (_, a, b) in store.partnerships_with_countries(network).await? {
        if let (Some(Ok(a)), Some(Ok(b))) = (
            a.as_deref().map(CountryCode::parse),
            b.as_deref().map(CountryCode::parse),
        ) {
            matrix.count_partnership(&a, &b);
        }
    }
    Ok(matrix)
}

/// The organizers move a participant from one session of a forum to
/// another: a confirmed seat there (approval is theirs to give), the seat
/// left behind offered to the waitlist at once. Refused, and nothing
/// changed, when the other session has no seat free for the person's
/// delegation or they are registered there already.
pub async fn move_registration(
    app: &App,
    who: Option<&SignedIn>,
    registration_id: i64,
    to_event_id: &str,
) -> Result<Registration> {
    let first = app
        .store()
        .registration(registration_id)
        .await?
        .ok_or_else(no_registration)?;
    let from = event(app, &first.event_id).await?;
    authorize_organizer(app, who, &from.forum_id).await?;
    let to = event(app, to_event_id).await?;
    if from.kind != EventKind::Session
        || to.kind != EventKind::Session
        || !to.takes_registrations()
        || to.forum_id != from.forum_id
        || to.id == from.id
    {
        return Err(Error::invalid(
            "move_target",
            "A participant can be moved from one session with seats to another session with seats of the same forum.",
        ));
    }
    let ctx = Ctx {
        public_url: app.public_url(),
        now: app.now(),
    };
    let mut tx = app.store().begin_write().await?;
    tx.lock_events(&[from.forum_id.as_str()]).await?;
    let locked = tx.lock_events(&[from.id.as_str(), to.id.as_str()]).await?;
    let (Some(from_locked), Some(to_locked)) = (
        locked.iter().find(|e| e.id == from.id).cloned(),
        locked.iter().find(|e| e.id == to.id).cloned(),
    ) else {
        return Err(no_event());
    };
    let current = tx
        .registration(registration_id)
        .await?
        .ok_or_else(no_registration)?;
    if !current.state.is_active() {
        return Err(Error::invalid(
            "not_active",
            format!(
                "This registration is {}: there is nothing to move.",
                current.state.as_str()
            ),
        ));
    }
    if tx
        .registration_for(&to.id, current.account_id)
        .await?
        .is_some_and(|r| r.state.is_active())
    {
        return Err(Error::invalid(
            "already_registered",
            "This participant is registered for that session already.",
        ));
    }
    if to_locked.status != "scheduled" || ctx.now >= to_locked.starts_at {
        return Err(registration_closed());
    }
    let seats = settle(&mut tx, &to_locked, &ctx).await?;
    if !seats.has_room_for(current.delegation) {
        return Err(Error::invalid(
            "session_full",
            "That session has no seat free for this participant's delegation.",
        ));
    }
    tx.set_registration_state(current.id, RegistrationState::Cancelled, None, ctx.now)
        .await?;
    let moved = tx
        .put_registration(
            &to.id,
            current.account_id,
            current.org_id.as_deref(),
            current.delegation,
            RegistrationState::Confirmed,
            None,
            ctx.now,
        )
        .await?;
    let from_title = tx
        .account_contact(current.account_id)
        .await?
        .map(|(_, locale, _)| locale);
    let from_title = tx
        .event_title(&from.id, from_title.as_deref().unwrap_or("en"))
        .await?;
    notify(
        &mut tx,
        &moved,
        &to_locked,
        Notice::Moved { from: &from_title },
        &ctx,
    )
    .await?;
    settle(&mut tx, &from_locked, &ctx).await?;
    tx.commit().await?;
    app.wake().wake();
    Ok(moved)
}

/// What organizers change of a forum, leg or session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEdit {
    /// The whole translation set; languages left out are missing.
    pub texts: Vec<domain::EventTextInput>,
    pub original_lang: String,
    pub starts_at: i64,
    pub ends_at: i64,
    /// Ignored for legs (they take no registrations).
    pub capacity: Option<u64>,
    pub needs_approval: bool,
    /// The `updated_at` the organizer's form was made from.
    pub version: i64,
}

/// The organizers edit an event. Refused, and nothing changed, when it was
/// changed since their form was made (`Conflict`), when a field breaks a
/// rule, or when fewer seats are asked for than are taken; more seats go
/// to the waitlist at once.
pub async fn edit_event(
    app: &App,
    who: Option<&SignedIn>,
    event_id: &str,
    edit: EventEdit,
) -> Result<Event> {
    let current = event(app, event_id).await?;
    authorize_organizer(app, who, &current.forum_id).await?;
    domain::check_event_texts(&edit.original_lang, &edit.texts)?;
    if edit.ends_at <= edit.starts_at {
        return Err(
            domain::ValidationErrors::single("ends", domain::Problem::EndsBeforeStart).into(),
        );
    }
    let capacity = if current.kind == EventKind::Leg {
        None
    } else {
        edit.capacity
    };
    let ctx = Ctx {
        public_url: app.public_url(),
        now: app.now(),
    };
    let mut tx = app.store().begin_write().await?;
    let locked = lock_for(&mut tx, &current.id, &current.forum_id).await?;
    if tx.event_version(&current.id).await? != Some(edit.version) {
        return Err(Error::Conflict(
            "The event was changed by someone else since this form was opened.".into(),
        ));
    }
    let seats = tx.seats(&locked).await?;
    if let Some(capacity) = capacity
        && seats.held_total() > capacity
    {
        return Err(domain::ValidationErrors::single(
            "capacity",
            domain::Problem::BelowHeldSeats {
                held: seats.held_total(),
            },
        )
        .into());
    }
    let update = store::EventUpdate {
        texts: edit
            .texts
            .iter()
            .filter(|t| !t.title.trim().is_empty())
            .map(|t| store::EventText {
                lang: t.lang.clone(),
                title: t.title.trim().to_owned(),
                description: t.description.trim().to_owned(),
            })
            .collect(),
        original_lang: edit.original_lang.clone(),
        starts_at: edit.starts_at,
        ends_at: edit.ends_at,
        capacity,
        needs_approval: edit.needs_approval,
    };
    // A version that moves even within one second: the next form's check.
    let version = ctx.now.max(edit.version + 1);
    tx.update_event(&current.id, &update, version).await?;
    let relocked = lock_for(&mut tx, &current.id, &current.forum_id).await?;
    settle(&mut tx, &relocked, &ctx).await?;
    tx.commit().await?;
    app.wake().wake();
    event(app, &current.id).await
}
