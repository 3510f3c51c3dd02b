//! One-to-one meetings on SQLite and PostgreSQL: 200 simultaneous
//! acceptances of one person's slot end in exactly one meeting; tables run
//! out exactly; a storm of requests, acceptances, moves and cancellations
//! never puts a person or a table twice in one slot; declining,
//! withdrawing, cancelling, moving, sessions blocking time, and requests
//! lapsing through the timed job.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failure panics with its cause"
)]

use app::meetings::{self, MeetingAnswer};
use app::{App, Clock, SignedIn, events};
use domain::meetings::MeetingState;
use domain::{Actor, CountryCode, EntityId, EventKind, Role};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, RwLock};
use store::{EventText, Location, NewEvent, Store};

const NOW: i64 = 1_800_000_000;
const DAY: i64 = 86_400;
const FORUM: &str = "meet-forum";
const BLOCK: &str = "meet-block";
const PANEL: &str = "meet-panel";
/// The block's start: ten days on; six slots of 20 minutes.
const START: i64 = NOW + 10 * DAY;
const SLOT: i64 = 20 * 60;

fn app_on(store: Store, outbox: &std::path::Path) -> App {
    let read = Arc::new(RwLock::new(app::readmodel::ReadModel::build(
        std::iter::empty(),
    )));
    let mailer = Arc::new(mail::Mailer::outbox(outbox, "Birlik <noreply@birlik.test>"));
    App::with_clock(
        store,
        read,
        "https://birlik.test",
        mailer,
        Clock::fixed(NOW),
    )
}

fn event(id: &str, kind: EventKind, format: &str, starts_at: i64, minutes: i64) -> NewEvent {
    NewEvent {
        id: id.into(),
        network: "ots".into(),
        parent_id: (kind != EventKind::Forum).then(|| FORUM.to_owned()),
        forum_id: FORUM.into(),
        kind: Some(kind),
        format: format.into(),
        starts_at,
        ends_at: starts_at + minutes * 60,
        time_zone: "Asia/Baku".into(),
        capacity: Some(1_000),
        original_lang: "en".into(),
        texts: vec![EventText {
            lang: "en".into(),
            title: format!("Event {id}"),
            description: String::new(),
        }],
        organizers: vec!["AZ-BOSS".into()],
        ..NewEvent::default()
    }
}

/// A forum with a two-hour meeting block (`tables` tables) and a panel
/// from the block's third slot to its fourth.
async fn forum(app: &App, tables: i64) {
    let mut tx = app.store().begin_write().await.unwrap();
    tx.insert_event(
        &event(FORUM, EventKind::Forum, "", START - DAY, 3 * 24 * 60),
        NOW,
    )
    .await
    .unwrap();
    let mut block = event(BLOCK, EventKind::Session, "meetings", START, 120);
    block.capacity = None;
    tx.insert_event(&block, NOW).await.unwrap();
    tx.insert_event(
        &event(PANEL, EventKind::Session, "panel", START + 2 * SLOT, 40),
        NOW,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let boss = person(app, "boss", "AZ-BOSS", "en").await;
    meetings::set_tables(app, Some(&boss), BLOCK, tables)
        .await
        .unwrap();
}

/// A participant of the forum on behalf of `org` (its editor).
async fn person(app: &App, name: &str, org: &str, locale: &str) -> SignedIn {
    let email = domain::Email::parse(&format!("{name}@example.org")).unwrap();
    let id = app
        .store()
        .create_account(
            &store::NewAccount {
                email: &email,
                display_name: &format!("Person {name}"),
                password_hash: "x",
                locale,
            },
            NOW,
        )
        .await
        .unwrap()
        .unwrap();
    let account = app.store().account(id).await.unwrap().unwrap();
    SignedIn::new(
        account,
        Actor {
            account_id: id,
            roles: vec![Role::Editor(EntityId::parse(org).unwrap())],
        },
        String::new(),
    )
}

async fn participant(app: &App, name: &str, org: &str, locale: &str) -> SignedIn {
    let who = person(app, name, org, locale).await;
    let org_id = EntityId::parse(org).unwrap();
    let country = CountryCode::parse(&org[..2]).unwrap();
    let registered = events::register(app, Some(&who), FORUM, Some(&org_id), Some(country))
        .await
        .unwrap();
    assert_eq!(
        registered.registration.state,
        domain::RegistrationState::Confirmed
    );
    who
}

fn org(id: &str) -> EntityId {
    EntityId::parse(id).unwrap()
}

fn code(result: &Result<store::Meeting, app::Error>) -> &'static str {
    match result {
        Ok(_) => "ok",
        Err(app::Error::Invalid { code, .. }) => code,
        Err(app::Error::Conflict(_)) => "conflict",
        Err(app::Error::Forbidden(_)) => "forbidden",
        Err(app::Error::NotFound(_)) => "not_found",
        Err(app::Error::Rejected(_)) => "rejected",
        Err(e) => panic!("a failure that is not the caller's: {e}"),
    }
}

/// No person and no table holds two meetings in one slot, and every booked
/// meeting holds exactly its two people and one table.
async fn assert_no_double_booking(app: &App) {
    let rows = app.store().occupancy(FORUM).await.unwrap();
    let distinct: HashSet<&(String, i64)> = rows.iter().collect();
    assert_eq!(distinct.len(), rows.len());
    let booked = app.store().booked_meetings(FORUM).await.unwrap();
    assert_eq!(rows.len(), 3 * booked.len(), "two people and a table each");
    let mut seen: HashSet<(i64, i64)> = HashSet::new();
    let mut tables: HashSet<(i64, i64)> = HashSet::new();
    for m in &booked {
        let slot = m.slot_start.unwrap();
        assert!(seen.insert((m.requester_account, slot)), "{m:?}");
        assert!(seen.insert((m.receiver_account.unwrap(), slot)), "{m:?}");
        assert!(tables.insert((m.table_no.unwrap(), slot)), "{m:?}");
    }
}

/// 200 people of 200 organizations ask one Kazakh participant for a
/// meeting, all at once through two nodes; then she accepts all 200 at
/// once in the same slot: exactly one is booked, 199 hear `slot_taken`.
async fn two_hundred_race_for_one_persons_slot(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let a = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let b = app_on(Store::open(&location).await.unwrap(), outbox.path());
    forum(&a, 300).await;
    let aigerim = participant(&a, "aigerim", "KZ-ORG-1", "kk").await;
    let mut askers = Vec::new();
    for i in 0..200 {
        askers.push(participant(&a, &format!("p{i}"), &format!("AZ-ORG-{i}"), "az").await);
    }
    let mut asks = Vec::new();
    for (i, who) in askers.iter().enumerate() {
        let node = if i % 2 == 0 { a.clone() } else { b.clone() };
        let who = who.clone();
        asks.push(tokio::spawn(async move {
            meetings::request(&node, Some(&who), FORUM, &org("KZ-ORG-1"), "Salam!").await
        }));
    }
    let mut requested = Vec::new();
    for ask in asks {
        requested.push(ask.await.unwrap().expect("every request is made").id);
    }
    // Asking twice answers already_requested.
    let again = meetings::request(&a, Some(&askers[0]), FORUM, &org("KZ-ORG-1"), "").await;
    assert_eq!(code(&again), "already_requested");

    let mut accepts = Vec::new();
    for (i, id) in requested.iter().enumerate() {
        let node = if i % 2 == 0 { a.clone() } else { b.clone() };
        let who = aigerim.clone();
        let id = *id;
        accepts.push(tokio::spawn(async move {
            meetings::answer(&node, Some(&who), id, MeetingAnswer::Accept { slot: START }).await
        }));
    }
    let mut answers: HashMap<&'static str, usize> = HashMap::new();
    for accept in accepts {
        *answers.entry(code(&accept.await.unwrap())).or_default() += 1;
    }
    assert_eq!(answers.get("ok"), Some(&1), "{answers:?}");
    assert_eq!(answers.get("slot_taken"), Some(&199), "{answers:?}");
    let booked = a.store().booked_meetings(FORUM).await.unwrap();
    assert_eq!(booked.len(), 1);
    assert_eq!(booked[0].receiver_account, Some(aigerim.account.id));
    assert_eq!(booked[0].table_no, Some(1));
    assert_no_double_booking(&a).await;
    // The 199 others are still pending: a later slot books the next one.
    let next = requested
        .iter()
        .find(|id| **id != booked[0].id)
        .copied()
        .unwrap();
    let second = meetings::answer(
        &b,
        Some(&aigerim),
        next,
        MeetingAnswer::Accept { slot: START + SLOT },
    )
    .await
    .unwrap();
    assert_eq!(second.state, MeetingState::Accepted);
    assert_no_double_booking(&a).await;
}

/// Three tables, eight pairs, one slot, all at once: three meetings, five
/// `no_table_free`. Then a storm of requests, acceptances in random slots,
/// moves and cancellations: never a person or a table twice in a slot.
async fn tables_run_out_and_a_storm_books_nobody_twice(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let a = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let b = app_on(Store::open(&location).await.unwrap(), outbox.path());
    forum(&a, 3).await;
    let mut kz = Vec::new();
    let mut az = Vec::new();
    for i in 0..8 {
        kz.push(participant(&a, &format!("kz{i}"), &format!("KZ-ORG-{i}"), "kk").await);
        az.push(participant(&a, &format!("az{i}"), &format!("AZ-ORG-{i}"), "az").await);
    }
    let mut ids = Vec::new();
    for (i, asker) in az.iter().enumerate() {
        let m = meetings::request(&a, Some(asker), FORUM, &org(&format!("KZ-ORG-{i}")), "")
            .await
            .unwrap();
        ids.push(m.id);
    }
    let mut accepts = Vec::new();
    for i in 0..8 {
        let node = if i % 2 == 0 { a.clone() } else { b.clone() };
        let who = kz[i].clone();
        let id = ids[i];
        accepts.push(tokio::spawn(async move {
            meetings::answer(&node, Some(&who), id, MeetingAnswer::Accept { slot: START }).await
        }));
    }
    let mut answers: HashMap<&'static str, usize> = HashMap::new();
    for accept in accepts {
        *answers.entry(code(&accept.await.unwrap())).or_default() += 1;
    }
    assert_eq!(answers.get("ok"), Some(&3), "{answers:?}");
    assert_eq!(answers.get("no_table_free"), Some(&5), "{answers:?}");
    assert_no_double_booking(&a).await;

    // Every Azerbaijani asks every Kazakh organization (the ones not asked
    // yet), then everyone answers everything at once, in slots picked by a
    // fixed pseudo-random sequence; some move or cancel what they got.
    for (i, asker) in az.iter().enumerate() {
        for j in 0..8 {
            if i != j {
                meetings::request(&a, Some(asker), FORUM, &org(&format!("KZ-ORG-{j}")), "")
                    .await
                    .unwrap();
            }
        }
    }
    let pending: Vec<store::Meeting> = a
        .store()
        .meetings_for(
            FORUM,
            0,
            &(0..8).map(|j| format!("KZ-ORG-{j}")).collect::<Vec<_>>(),
        )
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.state == MeetingState::Pending)
        .collect();
    assert!(pending.len() > 50);
    let mut seed: u64 = 7;
    let mut next = move || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        seed >> 33
    };
    let mut storm = Vec::new();
    for (k, m) in pending.iter().enumerate() {
        let j: usize = m.receiver_org["KZ-ORG-".len()..].parse().unwrap();
        let who = kz[j].clone();
        let node = if k % 2 == 0 { a.clone() } else { b.clone() };
        let slot = START + i64::try_from(next() % 6).unwrap() * SLOT;
        let id = m.id;
        storm.push(tokio::spawn(async move {
            meetings::answer(&node, Some(&who), id, MeetingAnswer::Accept { slot }).await
        }));
    }
    let mut stormed: HashMap<&'static str, usize> = HashMap::new();
    for s in storm {
        *stormed.entry(code(&s.await.unwrap())).or_default() += 1;
    }
    assert!(stormed.get("ok").copied().unwrap_or(0) > 0, "{stormed:?}");
    assert_no_double_booking(&a).await;
    // Moves and cancellations at once.
    let booked = a.store().booked_meetings(FORUM).await.unwrap();
    let mut changes = Vec::new();
    for (k, m) in booked.iter().enumerate() {
        let requester = az
            .iter()
            .find(|p| p.account.id == m.requester_account)
            .unwrap()
            .clone();
        let node = if k % 2 == 0 { a.clone() } else { b.clone() };
        let what = if k % 3 == 0 {
            MeetingAnswer::Cancel
        } else {
            MeetingAnswer::Reschedule {
                slot: START + i64::try_from(next() % 6).unwrap() * SLOT,
            }
        };
        let id = m.id;
        changes.push(tokio::spawn(async move {
            meetings::answer(&node, Some(&requester), id, what).await
        }));
    }
    for c in changes {
        code(&c.await.unwrap());
    }
    assert_no_double_booking(&a).await;
}

/// Declining, withdrawing, cancelling (which frees the slot), moving (a
/// failed move keeps the old slot), sessions blocking time, who may answer,
/// the free slots both have, and a request lapsing through the timed job
/// with its mail in the requester's language.
async fn a_meeting_from_request_to_agenda(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let app = app_on(Store::open(&location).await.unwrap(), outbox.path());
    forum(&app, 2).await;
    let aigerim = participant(&app, "aigerim", "KZ-ORG-1", "kk").await;
    let nurlan = participant(&app, "nurlan", "KZ-ORG-1", "ru").await;
    let leyla = participant(&app, "leyla", "AZ-ORG-1", "az").await;
    let murad = participant(&app, "murad", "AZ-ORG-2", "az").await;
    let outsider = person(&app, "outsider", "TR-ORG-1", "tr").await;

    // Not a participant: refused; nor can one ask one's own organization.
    let refused = meetings::request(&app, Some(&outsider), FORUM, &org("KZ-ORG-1"), "").await;
    assert_eq!(code(&refused), "not_a_participant");
    let own = meetings::request(&app, Some(&nurlan), FORUM, &org("KZ-ORG-1"), "").await;
    assert_eq!(code(&own), "meeting_with_self");
    let nobody = meetings::request(&app, Some(&leyla), FORUM, &org("UZ-ORG-9"), "").await;
    assert_eq!(code(&nobody), "not_participating");

    // Leyla asks KZ-ORG-1; both its participants are told, in their language.
    let asked = meetings::request(
        &app,
        Some(&leyla),
        FORUM,
        &org("KZ-ORG-1"),
        "Gənclər layihəsi",
    )
    .await
    .unwrap();
    assert_eq!(asked.state, MeetingState::Pending);
    app.run_due_jobs().await.unwrap();
    let mails = mail::read_outbox(outbox.path());
    let to_aigerim = mails
        .iter()
        .find(|m| m.to == "aigerim@example.org" && m.body.contains("/meetings"))
        .expect("the receiving organization's participants are told");
    assert!(
        to_aigerim.body.contains("Gənclər layihəsi") && to_aigerim.body.contains("/kk/forums/"),
        "{}",
        to_aigerim.body
    );
    assert!(
        mails
            .iter()
            .any(|m| m.to == "nurlan@example.org"
                && m.body.contains("/ru/forums/meet-forum/meetings"))
    );

    // Someone else of another organization may not answer it.
    let stranger = meetings::answer(
        &app,
        Some(&murad),
        asked.id,
        MeetingAnswer::Accept { slot: START },
    )
    .await;
    assert_eq!(code(&stranger), "forbidden");
    // The panel (slots 2 and 3) blocks Aigerim once she registers for it.
    events::register(&app, Some(&aigerim), PANEL, None, None)
        .await
        .unwrap();
    let both = [leyla.account.id, aigerim.account.id];
    let free: Vec<i64> = meetings::free_slots(&app, FORUM, &both, None)
        .await
        .unwrap()
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(
        free,
        vec![START, START + SLOT, START + 4 * SLOT, START + 5 * SLOT]
    );
    let in_panel = meetings::answer(
        &app,
        Some(&aigerim),
        asked.id,
        MeetingAnswer::Accept {
            slot: START + 2 * SLOT,
        },
    )
    .await;
    assert_eq!(code(&in_panel), "busy_in_session");
    let off_grid = meetings::answer(
        &app,
        Some(&aigerim),
        asked.id,
        MeetingAnswer::Accept { slot: START + 7 },
    )
    .await;
    assert_eq!(code(&off_grid), "not_a_slot");

    // Aigerim accepts at the first slot; Leyla's mail names the time and table.
    let booked = meetings::answer(
        &app,
        Some(&aigerim),
        asked.id,
        MeetingAnswer::Accept { slot: START },
    )
    .await
    .unwrap();
    assert_eq!(
        (booked.state, booked.slot_start, booked.table_no),
        (MeetingState::Accepted, Some(START), Some(1))
    );
    // Answered already: Nurlan's accept is a conflict.
    let late = meetings::answer(
        &app,
        Some(&nurlan),
        asked.id,
        MeetingAnswer::Accept { slot: START + SLOT },
    )
    .await;
    assert_eq!(code(&late), "conflict");
    app.run_due_jobs().await.unwrap();
    let to_leyla = mail::read_outbox(outbox.path())
        .into_iter()
        .find(|m| m.to == "leyla@example.org" && m.body.contains("/meetings"))
        .expect("the requester is told");
    assert!(
        to_leyla.body.contains("Person aigerim"),
        "{}",
        to_leyla.body
    );

    // Murad asks too; Aigerim's first slot is hers no more.
    let second = meetings::request(&app, Some(&murad), FORUM, &org("KZ-ORG-1"), "")
        .await
        .unwrap();
    let taken = meetings::answer(
        &app,
        Some(&aigerim),
        second.id,
        MeetingAnswer::Accept { slot: START },
    )
    .await;
    assert_eq!(code(&taken), "slot_taken");
    let second = meetings::answer(
        &app,
        Some(&aigerim),
        second.id,
        MeetingAnswer::Accept { slot: START + SLOT },
    )
    .await
    .unwrap();
    // Moving Leyla's meeting onto Murad's slot fails and keeps the old one.
    let clash = meetings::answer(
        &app,
        Some(&leyla),
        asked.id,
        MeetingAnswer::Reschedule { slot: START + SLOT },
    )
    .await;
    assert_eq!(code(&clash), "slot_taken");
    let kept = app.store().meeting(asked.id).await.unwrap().unwrap();
    assert_eq!(kept.slot_start, Some(START));
    // The free slots when moving count the meeting's own slot as free.
    let movable: Vec<i64> = meetings::free_slots(&app, FORUM, &both, Some(&kept))
        .await
        .unwrap()
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(movable, vec![START, START + 4 * SLOT, START + 5 * SLOT]);
    let moved = meetings::answer(
        &app,
        Some(&leyla),
        asked.id,
        MeetingAnswer::Reschedule {
            slot: START + 4 * SLOT,
        },
    )
    .await
    .unwrap();
    assert_eq!(moved.slot_start, Some(START + 4 * SLOT));
    assert_no_double_booking(&app).await;
    // Cancelling frees the slot: Murad's meeting moves into it.
    let cancelled = meetings::answer(&app, Some(&aigerim), moved.id, MeetingAnswer::Cancel)
        .await
        .unwrap();
    assert_eq!(cancelled.state, MeetingState::Cancelled);
    let into = meetings::answer(
        &app,
        Some(&murad),
        second.id,
        MeetingAnswer::Reschedule {
            slot: START + 4 * SLOT,
        },
    )
    .await
    .unwrap();
    assert_eq!(into.slot_start, Some(START + 4 * SLOT));
    assert_no_double_booking(&app).await;
    // Cancelled, Leyla may ask again; Nurlan declines; she asks again and withdraws.
    let again = meetings::request(&app, Some(&leyla), FORUM, &org("KZ-ORG-1"), "")
        .await
        .unwrap();
    let declined = meetings::answer(&app, Some(&nurlan), again.id, MeetingAnswer::Decline)
        .await
        .unwrap();
    assert_eq!(declined.state, MeetingState::Declined);
    let third = meetings::request(&app, Some(&leyla), FORUM, &org("KZ-ORG-1"), "")
        .await
        .unwrap();
    let receivers_cannot_withdraw =
        meetings::answer(&app, Some(&nurlan), third.id, MeetingAnswer::Cancel).await;
    assert_eq!(code(&receivers_cannot_withdraw), "forbidden");
    let withdrawn = meetings::answer(&app, Some(&leyla), third.id, MeetingAnswer::Cancel)
        .await
        .unwrap();
    assert_eq!(withdrawn.state, MeetingState::Cancelled);

    // A request left unanswered lapses after three days: the job ends it
    // and tells the requester in her language; it cannot be accepted then.
    let lapsing = meetings::request(&app, Some(&leyla), FORUM, &org("KZ-ORG-1"), "")
        .await
        .unwrap();
    assert_eq!(lapsing.expires_at, NOW + 72 * 3600);
    app.clock().advance(72 * 3600);
    app.run_due_jobs().await.unwrap();
    let lapsed = app.store().meeting(lapsing.id).await.unwrap().unwrap();
    assert_eq!(lapsed.state, MeetingState::Expired);
    let to_leyla: Vec<mail::Message> = mail::read_outbox(outbox.path())
        .into_iter()
        .filter(|m| {
            m.to == "leyla@example.org" && m.body.contains("/az/forums/meet-forum/meetings")
        })
        .collect();
    // Accepted, cancelled by Aigerim, declined, and expired (the rest she
    // did herself).
    assert_eq!(to_leyla.len(), 4, "{to_leyla:#?}");
    let too_late = meetings::answer(
        &app,
        Some(&aigerim),
        lapsing.id,
        MeetingAnswer::Accept {
            slot: START + 5 * SLOT,
        },
    )
    .await;
    assert_eq!(code(&too_late), "conflict");

    // Each one's meetings: Aigerim sees Murad's booked one first.
    let hers = meetings::meetings_of(&app, Some(&aigerim), FORUM)
        .await
        .unwrap();
    assert_eq!(hers[0].id, into.id);
    assert!(
        !hers
            .iter()
            .any(|m| m.id == lapsing.id || m.id == declined.id),
        "what a colleague answered, or nobody did, is not hers"
    );
    let nurlans = meetings::meetings_of(&app, Some(&nurlan), FORUM)
        .await
        .unwrap();
    assert!(nurlans.iter().any(|m| m.id == declined.id));
    let leylas = meetings::meetings_of(&app, Some(&leyla), FORUM)
        .await
        .unwrap();
    assert!(leylas.iter().any(|m| m.id == lapsing.id));
}

store::on_both_backends!(locations:
    two_hundred_race_for_one_persons_slot,
    tables_run_out_and_a_storm_books_nobody_twice,
    a_meeting_from_request_to_agenda,
);
