//! One-to-one meetings at forums: a participant asks another participating
//! organization for a meeting; one of its participants accepts it in a
//! slot both people have free (the table is the first free one), declines
//! it, or lets it lapse (a timed job); either person cancels or moves a
//! booked meeting.
//!
//! A slot is booked only inside the write transaction that holds the
//! meeting's row lock, by inserting one occupancy row per person and one
//! for the table under their primary keys: however many requests race for
//! one person's slot, on one node or many, one wins and the others hear
//! `slot_taken`. People's rows are inserted in account order, then the
//! table's, so two bookings never wait on each other in a circle.

mod mail;

use crate::jobs::{Job, enqueue};
use crate::{App, Error, Result, SignedIn, authorize};
use domain::meetings::{self, Block, MeetingState};
use domain::{Action, EntityId, EventKind, RegistrationState};
use mail::{About, To, Told};
use store::{Event, ForumContact, Meeting, Store, WriteTx};

pub use domain::meetings::SLOT_MINUTES;

/// What a person does with a meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingAnswer {
    /// The receiving side books it at `slot` (a slot's start, Unix seconds).
    Accept {
        slot: i64,
    },
    Decline,
    /// Withdraws a request, or calls off a booked meeting.
    Cancel,
    /// Moves a booked meeting to `slot`.
    Reschedule {
        slot: i64,
    },
}

fn no_meeting() -> Error {
    Error::NotFound("There is no such meeting.".into())
}

fn no_forum() -> Error {
    Error::NotFound("There is no such forum.".into())
}

pub(crate) fn not_a_participant() -> Error {
    Error::invalid(
        "not_a_participant",
        "Meetings are for the forum's confirmed participants who take part on behalf of an organization.",
    )
}

fn slot_taken() -> Error {
    Error::invalid(
        "slot_taken",
        "One of you has a meeting at that time already; choose another slot.",
    )
}

fn busy_in_session() -> Error {
    Error::invalid(
        "busy_in_session",
        "One of you is registered for a session at that time; choose another slot.",
    )
}

fn no_table() -> Error {
    Error::invalid(
        "no_table_free",
        "Every table is booked at that time; choose another slot.",
    )
}

fn not_a_slot() -> Error {
    Error::invalid(
        "not_a_slot",
        "Choose one of the forum's meeting slots that has not begun.",
    )
}

async fn forum(store: &Store, forum_id: &str) -> Result<Event> {
    store
        .event(forum_id)
        .await?
        .filter(|e| e.kind == EventKind::Forum)
        .ok_or_else(no_forum)
}

/// The organization a person takes part in a forum for: their confirmed
/// forum registration's.
async fn org_at(tx: &mut WriteTx, forum_id: &str, account: i64) -> Result<Option<String>> {
    Ok(tx
        .registration_for(forum_id, account)
        .await?
        .filter(|r| r.state == RegistrationState::Confirmed)
        .and_then(|r| r.org_id))
}

/// The caller's organization at a forum, read outside a transaction (pages).
pub async fn participation(app: &App, who: &SignedIn, forum_id: &str) -> Result<Option<String>> {
    Ok(app
        .store()
        .registrations_in_forum(who.account.id, forum_id)
        .await?
        .into_iter()
        .find(|r| r.event_id == forum_id && r.state == RegistrationState::Confirmed)
        .and_then(|r| r.org_id))
}

fn signed_in(who: Option<&SignedIn>) -> Result<&SignedIn> {
    authorize(who, Action::RegisterForEvent { on_behalf_of: None })
}

/// What the mails of one meeting name: its forum and its two organizations
/// (each in the reader's language), and who to tell on the receiving side.
struct Sides {
    forum: Event,
    records: std::collections::HashMap<String, domain::Record>,
    receiver_contacts: Vec<ForumContact>,
}

impl Sides {
    fn org(&self, id: &str, lang: &str) -> String {
        self.records
            .get(id)
            .map(|r| r.name_in(&[lang]).to_owned())
            .unwrap_or_else(|| id.to_owned())
    }
}

/// Read through the pool, so before the write transaction: a read through
/// the pool while it holds SQLite's write lock could wait on connections
/// queued behind it.
async fn sides(
    store: &Store,
    forum_id: &str,
    requester_org: &str,
    receiver_org: &str,
) -> Result<Sides> {
    Ok(Sides {
        forum: forum(store, forum_id).await?,
        records: store
            .get_many(&[requester_org.to_owned(), receiver_org.to_owned()])
            .await?,
        receiver_contacts: store.forum_contacts(forum_id, receiver_org).await?,
    })
}

/// Queues the mail to one account of the meeting, about `other` (the other
/// side's organization and person).
#[expect(clippy::too_many_arguments, reason = "who, about whom, what and when")]
async fn tell_account(
    tx: &mut WriteTx,
    public_url: &str,
    account: i64,
    sides: &Sides,
    other: (&str, &str),
    meeting: &Meeting,
    what: Told,
    now: i64,
) -> Result<()> {
    let Some((email, locale, _)) = tx.account_contact(account).await? else {
        return Ok(());
    };
    let lang = crate::letters::Letter::new(&locale, public_url).lang();
    let forum_title = sides
        .forum
        .text(lang)
        .map(|t| t.title.clone())
        .unwrap_or_else(|| sides.forum.id.clone());
    let other_org = sides.org(other.0, lang);
    let about = About {
        forum_title: &forum_title,
        time_zone: &sides.forum.time_zone,
        other_org: &other_org,
        other_person: other.1,
    };
    let message = mail::told(
        public_url,
        To {
            email: &email,
            locale: &locale,
        },
        &about,
        meeting,
        what,
    );
    enqueue(tx, &Job::Mail(message), now, now).await?;
    Ok(())
}

/// Asks `to` (an organization with confirmed participants at the forum)
/// for a meeting; one open meeting per person and organization asked.
pub async fn request(
    app: &App,
    who: Option<&SignedIn>,
    forum_id: &str,
    to: &EntityId,
    message: &str,
) -> Result<Meeting> {
    let me = signed_in(who)?;
    let message = meetings::check_message(message)?;
    let forum = forum(app.store(), forum_id).await?;
    let blocks = app.store().meeting_blocks(&forum.id).await?;
    let now = app.now();
    let expires_at = meetings::request_expiry(now, &blocks).ok_or_else(|| {
        Error::invalid(
            "no_meeting_slots",
            "This forum has no meeting slots left to book.",
        )
    })?;
    let own = participation(app, me, &forum.id)
        .await?
        .ok_or_else(not_a_participant)?;
    let sides = sides(app.store(), &forum.id, &own, to.as_str()).await?;
    let receivers = &sides.receiver_contacts;
    if receivers.is_empty() {
        return Err(Error::invalid(
            "not_participating",
            "That organization has no confirmed participant at this forum.",
        ));
    }
    let mut tx = app.store().begin_write().await?;
    // Still a participant for that organization, as the transaction sees it.
    if org_at(&mut tx, &forum.id, me.account.id).await?.as_deref() != Some(own.as_str()) {
        return Err(not_a_participant());
    }
    if own == to.as_str() {
        return Err(Error::invalid(
            "meeting_with_self",
            "Choose another organization than your own.",
        ));
    }
    let Some(id) = tx
        .insert_meeting(
            &forum.id,
            (me.account.id, &own),
            to.as_str(),
            &message,
            expires_at,
            now,
        )
        .await?
    else {
        return Err(Error::invalid(
            "already_requested",
            "You have an open meeting with that organization already.",
        ));
    };
    let meeting = tx.lock_meeting(id).await?.ok_or_else(no_meeting)?;
    enqueue(
        &mut tx,
        &Job::ExpireMeeting { meeting: id },
        expires_at,
        now,
    )
    .await?;
    for contact in receivers {
        tell_account(
            &mut tx,
            app.public_url(),
            contact.account_id,
            &sides,
            (&own, &me.account.display_name),
            &meeting,
            Told::Requested,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    app.wake().wake();
    Ok(meeting)
}

/// Answers a meeting as one of its people (or, while it is pending, any
/// confirmed participant of the organization asked). A meeting's state
/// moves only under its row lock; an answer to a meeting that moved on
/// meanwhile is a conflict.
pub async fn answer(
    app: &App,
    who: Option<&SignedIn>,
    meeting_id: i64,
    answer: MeetingAnswer,
) -> Result<Meeting> {
    let me = signed_in(who)?;
    let seen = app
        .store()
        .meeting(meeting_id)
        .await?
        .ok_or_else(no_meeting)?;
    // Read before the write transaction: names and addresses for the mail.
    let sides = sides(
        app.store(),
        &seen.forum_id,
        &seen.requester_org,
        &seen.receiver_org,
    )
    .await?;
    let now = app.now();
    let mut tx = app.store().begin_write().await?;
    let meeting = tx.lock_meeting(meeting_id).await?.ok_or_else(no_meeting)?;
    let caller_org = org_at(&mut tx, &meeting.forum_id, me.account.id).await?;
    let on_receiving_side = caller_org.as_deref() == Some(meeting.receiver_org.as_str());
    let is_requester = meeting.requester_account == me.account.id;
    let is_receiver = meeting.receiver_account == Some(me.account.id);
    let allowed = match (answer, meeting.state) {
        (MeetingAnswer::Accept { .. } | MeetingAnswer::Decline, MeetingState::Pending) => {
            on_receiving_side && !is_requester
        }
        (MeetingAnswer::Cancel, MeetingState::Pending) => is_requester,
        (MeetingAnswer::Cancel | MeetingAnswer::Reschedule { .. }, MeetingState::Accepted) => {
            is_requester || is_receiver
        }
        _ => {
            // Moved on already: say so to whoever may see it.
            if meeting.involves(me.account.id) || on_receiving_side {
                return Err(Error::Conflict(format!(
                    "This meeting is {} already.",
                    meeting.state.as_str()
                )));
            }
            false
        }
    };
    if !allowed {
        return Err(Error::Forbidden(domain::Denied::Forbidden));
    }
    if meeting.state == MeetingState::Pending && meeting.expires_at <= now {
        tx.end_meeting(meeting.id, MeetingState::Expired, None, None, now)
            .await?;
        tx.commit().await?;
        return Err(Error::Conflict("This meeting request has expired.".into()));
    }
    let what = match answer {
        MeetingAnswer::Accept { slot } => {
            book(
                &mut tx,
                &meeting,
                (me.account.id, me.account.id),
                slot,
                now,
                false,
            )
            .await?;
            Told::Accepted
        }
        MeetingAnswer::Reschedule { slot } => {
            let receiver = meeting.receiver_account.ok_or_else(no_meeting)?;
            book(
                &mut tx,
                &meeting,
                (receiver, me.account.id),
                slot,
                now,
                true,
            )
            .await?;
            Told::Rescheduled
        }
        MeetingAnswer::Decline => {
            tx.end_meeting(
                meeting.id,
                MeetingState::Declined,
                Some(me.account.id),
                Some(me.account.id),
                now,
            )
            .await?;
            Told::Declined
        }
        MeetingAnswer::Cancel => {
            tx.release_meeting(meeting.id).await?;
            tx.end_meeting(
                meeting.id,
                MeetingState::Cancelled,
                None,
                Some(me.account.id),
                now,
            )
            .await?;
            Told::Cancelled
        }
    };
    let done = tx.lock_meeting(meeting.id).await?.ok_or_else(no_meeting)?;
    // The other side hears of it: the requester, or the receiving person
    // (every participant of the organization asked, for a withdrawn request).
    let me_name = me.account.display_name.clone();
    if is_requester {
        let told: Vec<i64> = match done.receiver_account {
            Some(r) => vec![r],
            None => sides
                .receiver_contacts
                .iter()
                .map(|c| c.account_id)
                .collect(),
        };
        for account in told {
            tell_account(
                &mut tx,
                app.public_url(),
                account,
                &sides,
                (&done.requester_org, &me_name),
                &done,
                what,
                now,
            )
            .await?;
        }
    } else {
        tell_account(
            &mut tx,
            app.public_url(),
            done.requester_account,
            &sides,
            (&done.receiver_org, &me_name),
            &done,
            what,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    app.wake().wake();
    Ok(done)
}

/// Books `meeting` at `slot` for its requester and `receiver`: every check
/// and every occupancy row in the caller's transaction. A move frees the
/// old slot first, so a failed move keeps it (the transaction rolls back).
async fn book(
    tx: &mut WriteTx,
    meeting: &Meeting,
    (receiver, by): (i64, i64),
    slot: i64,
    now: i64,
    moving: bool,
) -> Result<()> {
    let blocks = tx.meeting_blocks(&meeting.forum_id).await?;
    let block: Block = meetings::block_of(&blocks, slot)
        .filter(|_| slot > now)
        .cloned()
        .ok_or_else(not_a_slot)?;
    let mut people = [meeting.requester_account, receiver];
    people.sort_unstable();
    if tx
        .in_session(
            &meeting.forum_id,
            &people,
            slot,
            slot + block.slot_seconds(),
        )
        .await?
    {
        return Err(busy_in_session());
    }
    if moving {
        tx.release_meeting(meeting.id).await?;
    }
    for person in people {
        if !tx
            .occupy_person(&meeting.forum_id, person, slot, meeting.id)
            .await?
        {
            return Err(slot_taken());
        }
    }
    let table = tx
        .occupy_table(&block, slot, meeting.id)
        .await?
        .ok_or_else(no_table)?;
    tx.book_meeting(
        meeting.id,
        receiver,
        (&block.event_id, slot, table),
        by,
        now,
    )
    .await?;
    Ok(())
}

/// The timed job: ends a request still unanswered at its expiry and tells
/// the requester.
pub async fn expire(
    store: &Store,
    public_url: &str,
    wake: &crate::jobs::Wake,
    meeting_id: i64,
    now: i64,
) -> Result<()> {
    let Some(seen) = store.meeting(meeting_id).await? else {
        return Ok(());
    };
    if seen.state != MeetingState::Pending || seen.expires_at > now {
        return Ok(());
    }
    let sides = sides(
        store,
        &seen.forum_id,
        &seen.requester_org,
        &seen.receiver_org,
    )
    .await?;
    let mut tx = store.begin_write().await?;
    let Some(meeting) = tx.lock_meeting(meeting_id).await? else {
        return Ok(());
    };
    if meeting.state != MeetingState::Pending || meeting.expires_at > now {
        return Ok(());
    }
    tx.end_meeting(meeting.id, MeetingState::Expired, None, None, now)
        .await?;
    let done = Meeting {
        state: MeetingState::Expired,
        ..meeting
    };
    tell_account(
        &mut tx,
        public_url,
        done.requester_account,
        &sides,
        (&done.receiver_org, ""),
        &done,
        Told::Expired,
        now,
    )
    .await?;
    tx.commit().await?;
    wake.wake();
    Ok(())
}

/// The slots of the forum, not yet begun, in which `people` are all free
/// (no meeting, no session) and a table is free: `(block, slot start)`.
/// `except` is a meeting whose own slot counts as free (when moving it).
pub async fn free_slots(
    app: &App,
    forum_id: &str,
    people: &[i64],
    except: Option<&Meeting>,
) -> Result<Vec<(String, i64)>> {
    let blocks = app.store().meeting_blocks(forum_id).await?;
    // A meeting being moved: its own slot (its people's rows, its table) counts as free.
    let except = except
        .filter(|m| m.state == MeetingState::Accepted)
        .map(|m| m.id);
    let busy = app.store().busy_spans(forum_id, people, except).await?;
    let taken = app.store().tables_taken(forum_id, except).await?;
    Ok(meetings::free_slots(&blocks, app.now(), &busy, &taken))
}

/// The caller's meetings at a forum: those they asked for or meet at, and
/// the requests their organization has still to answer.
pub async fn meetings_of(
    app: &App,
    who: Option<&SignedIn>,
    forum_id: &str,
) -> Result<Vec<Meeting>> {
    let me = signed_in(who)?;
    let orgs: Vec<String> = participation(app, me, forum_id)
        .await?
        .into_iter()
        .collect();
    let mut meetings = app
        .store()
        .meetings_for(forum_id, me.account.id, &orgs)
        .await?;
    // Their own, and the requests their organization has still to answer
    // (not what a colleague of the same organization booked or declined).
    meetings.retain(|m| {
        m.involves(me.account.id)
            || (m.state == MeetingState::Pending && orgs.contains(&m.receiver_org))
    });
    Ok(meetings)
}

/// Makes a meetings session of a forum a meeting block with `tables`
/// tables (its organizers only). Blocks of one forum may not overlap.
pub async fn set_tables(
    app: &App,
    who: Option<&SignedIn>,
    session_id: &str,
    tables: i64,
) -> Result<()> {
    let session = crate::events::event(app, session_id).await?;
    crate::events::authorize_organizer(app, who, &session.forum_id).await?;
    if session.kind != EventKind::Session || session.format != "meetings" {
        return Err(Error::invalid(
            "not_a_meetings_session",
            "Only a session of the meetings format holds one-to-one meetings.",
        ));
    }
    let tables = meetings::check_tables(tables).ok_or_else(|| {
        Error::invalid(
            "invalid_tables",
            format!(
                "A meeting block has from 1 to {} tables.",
                meetings::MAX_TABLES
            ),
        )
    })?;
    let mut tx = app.store().begin_write().await?;
    tx.lock_events(&[session.forum_id.as_str()]).await?;
    let mut blocks = tx.meeting_blocks(&session.forum_id).await?;
    blocks.retain(|b| b.event_id != session.id);
    blocks.push(Block {
        event_id: session.id.clone(),
        starts_at: session.starts_at,
        ends_at: session.ends_at,
        tables,
        slot_minutes: SLOT_MINUTES,
    });
    if let Some((a, b)) = meetings::overlapping_blocks(&blocks) {
        return Err(Error::invalid(
            "blocks_overlap",
            format!(
                "The meeting blocks {} and {} overlap; a forum's meeting blocks follow one another.",
                a.event_id, b.event_id
            ),
        ));
    }
    tx.set_meeting_block(&session.id, &session.forum_id, tables, SLOT_MINUTES)
        .await?;
    tx.commit().await?;
    Ok(())
}
