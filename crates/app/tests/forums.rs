//! Seats, the waitlist and offers on SQLite and PostgreSQL: thousands of
//! simultaneous registrations never confirm more people than there are
//! seats; cancelled seats are offered to the next in order; an offer left
//! to expire passes on; quotas, the cut-off, approval and check-in.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failure panics with its cause"
)]

use app::{App, Clock, SignedIn, events};
use domain::{Actor, CountryCode, EventKind, RegistrationState, Role};
use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, RwLock};
use store::{CheckIn, EventText, Location, NewEvent, Store};

const NOW: i64 = 1_800_000_000;
const DAY: i64 = 86_400;
const FORUM: &str = "test-forum";
const PANEL: &str = "test-panel";

fn c(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap()
}

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

fn event(id: &str, kind: EventKind, capacity: Option<u64>) -> NewEvent {
    NewEvent {
        id: id.into(),
        network: "ots".into(),
        parent_id: (kind != EventKind::Forum).then(|| FORUM.to_owned()),
        forum_id: FORUM.into(),
        kind: Some(kind),
        format: if kind == EventKind::Session {
            "panel".into()
        } else {
            String::new()
        },
        starts_at: NOW + 10 * DAY,
        ends_at: NOW + 11 * DAY,
        time_zone: "Asia/Baku".into(),
        capacity,
        original_lang: "en".into(),
        texts: vec![EventText {
            lang: "en".into(),
            title: format!("Event {id}"),
            description: String::new(),
        }],
        organizers: vec!["AZ-ORG-1".into()],
        ..NewEvent::default()
    }
}

async fn create(store: &Store, events: &[NewEvent]) {
    let mut tx = store.begin_write().await.unwrap();
    for e in events {
        tx.insert_event(e, NOW).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn people(store: &Store, n: usize, prefix: &str) -> Vec<SignedIn> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let email = domain::Email::parse(&format!("{prefix}{i}@example.org")).unwrap();
        let id = store
            .create_account(
                &store::NewAccount {
                    email: &email,
                    display_name: &format!("Participant {i}"),
                    password_hash: "x",
                    locale: "kk",
                },
                NOW,
            )
            .await
            .unwrap()
            .unwrap();
        let account = store.account(id).await.unwrap().unwrap();
        out.push(SignedIn::new(
            account,
            Actor {
                account_id: id,
                roles: vec![],
            },
            String::new(),
        ));
    }
    out
}

fn organizer(of: &SignedIn) -> SignedIn {
    SignedIn::new(
        of.account.clone(),
        Actor {
            account_id: of.account.id,
            roles: vec![Role::Editor(domain::EntityId::parse("AZ-ORG-1").unwrap())],
        },
        String::new(),
    )
}

async fn states(store: &Store, event: &str) -> BTreeMap<RegistrationState, Vec<i64>> {
    let mut by_state: BTreeMap<RegistrationState, Vec<i64>> = BTreeMap::new();
    for p in store.participants(event).await.unwrap() {
        by_state
            .entry(p.registration.state)
            .or_default()
            .push(p.registration.account_id);
    }
    by_state
}

fn count(by_state: &BTreeMap<RegistrationState, Vec<i64>>, s: RegistrationState) -> usize {
    by_state.get(&s).map_or(0, Vec::len)
}

/// 2,000 people ask at once for 500 seats, through two nodes (two pools,
/// two registration queues). Then ten confirmed people cancel: exactly the
/// next ten on the waitlist get offers, in order; three let theirs expire
/// and the next three get them.
async fn two_thousand_ask_for_five_hundred_seats(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let a = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let b = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let mut forum = event(FORUM, EventKind::Forum, Some(500));
    forum.cancel_until = Some(NOW + 5 * DAY);
    create(a.store(), &[forum]).await;
    let everyone = people(a.store(), 2000, "p").await;

    let mut asks = Vec::new();
    for (i, person) in everyone.iter().enumerate() {
        let node = if i % 2 == 0 { a.clone() } else { b.clone() };
        let person = person.clone();
        asks.push(tokio::spawn(async move {
            events::register(&node, Some(&person), FORUM, None, Some(c("KZ"))).await
        }));
    }
    let mut confirmed = 0;
    let mut waitlisted = 0;
    for ask in asks {
        let registered = ask.await.unwrap().expect("no registration fails");
        assert!(!registered.already);
        match registered.registration.state {
            RegistrationState::Confirmed => confirmed += 1,
            RegistrationState::Waitlisted => waitlisted += 1,
            other => panic!("unexpected state {other:?}"),
        }
    }
    assert_eq!((confirmed, waitlisted), (500, 1500));
    let stored = states(a.store(), FORUM).await;
    assert_eq!(count(&stored, RegistrationState::Confirmed), 500);
    assert_eq!(count(&stored, RegistrationState::Waitlisted), 1500);
    let distinct: HashSet<i64> = stored.values().flatten().copied().collect();
    assert_eq!(distinct.len(), 2000, "one registration per person");

    // Asking again answers the registration already there.
    let again = events::register(&a, Some(&everyone[0]), FORUM, None, Some(c("KZ")))
        .await
        .unwrap();
    assert!(again.already);

    // The waitlist in order (participants() lists by queue order).
    let waitlist: Vec<i64> = a
        .store()
        .participants(FORUM)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.registration.state == RegistrationState::Waitlisted)
        .map(|p| p.registration.id)
        .collect();
    let confirmed_people: Vec<&SignedIn> = everyone
        .iter()
        .filter(|p| stored[&RegistrationState::Confirmed].contains(&p.account.id))
        .take(10)
        .collect();
    for person in &confirmed_people {
        let mine = a
            .store()
            .registrations_in_forum(person.account.id, FORUM)
            .await
            .unwrap();
        let cancelled = events::cancel(&a, Some(person), mine[0].id).await.unwrap();
        assert_eq!(cancelled.state, RegistrationState::Cancelled);
    }
    let offered: Vec<i64> = a
        .store()
        .participants(FORUM)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.registration.state == RegistrationState::Offered)
        .map(|p| p.registration.id)
        .collect();
    let mut offered_sorted = offered.clone();
    offered_sorted.sort_by_key(|id| waitlist.iter().position(|w| w == id));
    assert_eq!(offered_sorted, waitlist[..10], "the next ten, in order");
    let after = states(a.store(), FORUM).await;
    assert_eq!(count(&after, RegistrationState::Confirmed), 490);
    assert_eq!(count(&after, RegistrationState::Offered), 10);

    // Seven take their seat; three let the offer expire (the job runs at
    // the deadline); the next three on the waitlist get theirs.
    for id in &waitlist[..7] {
        let r = a.store().registration(*id).await.unwrap().unwrap();
        let who = everyone
            .iter()
            .find(|p| p.account.id == r.account_id)
            .unwrap();
        let taken = events::answer_offer(&a, Some(who), *id, true)
            .await
            .unwrap();
        assert_eq!(taken.state, RegistrationState::Confirmed);
    }
    a.clock().advance(domain::OFFER_HOURS * 3600 + 1);
    let report = a.run_due_jobs().await.unwrap();
    assert!(report.done > 0);
    let expired: Vec<i64> = waitlist[7..10].to_vec();
    for id in &expired {
        let r = a.store().registration(*id).await.unwrap().unwrap();
        assert_eq!(r.state, RegistrationState::Expired);
    }
    let now_offered: Vec<i64> = a
        .store()
        .participants(FORUM)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.registration.state == RegistrationState::Offered)
        .map(|p| p.registration.id)
        .collect();
    let mut sorted = now_offered.clone();
    sorted.sort_by_key(|id| waitlist.iter().position(|w| w == id));
    assert_eq!(sorted, waitlist[10..13], "the next three, in order");
    // An expired offer cannot be taken.
    let late = a.store().registration(expired[0]).await.unwrap().unwrap();
    let who = everyone
        .iter()
        .find(|p| p.account.id == late.account_id)
        .unwrap();
    assert!(matches!(
        events::answer_offer(&a, Some(who), expired[0], true).await,
        Err(app::Error::Conflict(_))
    ));
    let end = states(a.store(), FORUM).await;
    assert_eq!(
        count(&end, RegistrationState::Confirmed) + count(&end, RegistrationState::Offered),
        500
    );
}

/// Quotas per delegation, sessions after the forum, the cut-off, approval,
/// and a check-in that answers the first one when repeated.
async fn quotas_sessions_cut_off_approval_and_check_in(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let app = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let mut forum = event(FORUM, EventKind::Forum, Some(10));
    forum.quotas = vec![(c("AZ"), 2)];
    forum.cancel_until = Some(NOW + DAY);
    let mut panel = event(PANEL, EventKind::Session, Some(1));
    panel.needs_approval = true;
    let open = event("test-visit", EventKind::Session, None);
    create(app.store(), &[forum, panel, open]).await;
    let folk = people(app.store(), 5, "q").await;

    // Azerbaijan's delegation has two seats: the third Azerbaijani waits
    // while a Kazakh behind them gets a seat.
    let mut got = Vec::new();
    for (person, country) in folk.iter().zip(["AZ", "AZ", "AZ", "KZ"]) {
        let r = events::register(&app, Some(person), FORUM, None, Some(c(country)))
            .await
            .unwrap();
        got.push(r.registration.state);
    }
    use RegistrationState::*;
    assert_eq!(got, [Confirmed, Confirmed, Waitlisted, Confirmed]);

    // Sessions: the forum first; a session without seats takes none.
    assert!(matches!(
        events::register(&app, Some(&folk[4]), PANEL, None, None).await,
        Err(app::Error::Invalid {
            code: "forum_first",
            ..
        })
    ));
    assert!(matches!(
        events::register(&app, Some(&folk[0]), "test-visit", None, None).await,
        Err(app::Error::Invalid {
            code: "not_registrable",
            ..
        })
    ));
    // The panel asks for approval and has one seat.
    let first = events::register(&app, Some(&folk[0]), PANEL, None, None)
        .await
        .unwrap();
    assert_eq!(first.registration.state, Pending);
    assert_eq!(first.registration.delegation, c("AZ"));
    let second = events::register(&app, Some(&folk[1]), PANEL, None, None)
        .await
        .unwrap();
    assert_eq!(second.registration.state, Waitlisted);
    // A participant may not approve; the organizer may. Refusing frees the
    // seat for the next in line.
    assert!(
        events::decide_pending(&app, Some(&folk[1]), first.registration.id, true)
            .await
            .is_err()
    );
    let boss = organizer(&folk[3]);
    let refused = events::decide_pending(&app, Some(&boss), first.registration.id, false)
        .await
        .unwrap();
    assert_eq!(refused.state, Refused);
    let next = app
        .store()
        .registration(second.registration.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(next.state, Offered);
    assert!(next.offer_expires_at.unwrap() <= NOW + 10 * DAY - 3600);

    // Cancelling the forum gives up its sessions and offers the freed
    // forum seat (within Azerbaijan's quota) to the waiting Azerbaijani.
    let forum_reg = app
        .store()
        .registrations_in_forum(folk[1].account.id, FORUM)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.event_id == FORUM)
        .unwrap();
    events::cancel(&app, Some(&folk[1]), forum_reg.id)
        .await
        .unwrap();
    let panel_reg = app.store().registration(next.id).await.unwrap().unwrap();
    assert_eq!(panel_reg.state, Cancelled);
    let third = app
        .store()
        .registrations_in_forum(folk[2].account.id, FORUM)
        .await
        .unwrap();
    assert_eq!(third[0].state, Offered);

    // After the cut-off a participant cannot cancel; the organizer can.
    app.clock().advance(2 * DAY);
    let kazakh = app
        .store()
        .registrations_in_forum(folk[3].account.id, FORUM)
        .await
        .unwrap()[0]
        .clone();
    assert!(matches!(
        events::cancel(&app, Some(&folk[3]), kazakh.id).await,
        Err(app::Error::Invalid {
            code: "cancel_closed",
            ..
        })
    ));

    // Check-in by the code on the badge: once; a repeat answers the first;
    // a forged code and a participant's own attempt are refused.
    let mine = app
        .store()
        .registrations_in_forum(folk[0].account.id, FORUM)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.event_id == FORUM)
        .unwrap();
    let code = events::checkin_code(&app, mine.id).await.unwrap();
    assert!(
        events::check_in(&app, Some(&folk[0]), FORUM, &code)
            .await
            .is_err()
    );
    let first_scan = events::check_in(&app, Some(&boss), "test-visit", &code)
        .await
        .unwrap();
    assert!(matches!(first_scan.result, CheckIn::Recorded { .. }));
    app.clock().advance(60);
    let again = events::check_in(&app, Some(&boss), "test-visit", &code.to_lowercase())
        .await
        .unwrap();
    match again.result {
        CheckIn::Already { at, by_account } => {
            assert_eq!(at, NOW + 2 * DAY);
            assert_eq!(by_account, boss.account.id);
        }
        other => panic!("expected the first check-in, got {other:?}"),
    }
    assert_eq!(app.store().checkins("test-visit").await.unwrap().len(), 1);
    let forged = format!("{}-AAAAAAAAAAAA", mine.id);
    assert!(matches!(
        events::check_in(&app, Some(&boss), FORUM, &forged).await,
        Err(app::Error::Invalid {
            code: "invalid_checkin",
            ..
        })
    ));
    // The mail went out through the queue, in the participant's language.
    app.run_due_jobs().await.unwrap();
    let subjects: Vec<String> = mail::read_outbox(outbox.path())
        .into_iter()
        .map(|m| m.subject)
        .collect();
    assert!(
        subjects.iter().any(|s| s.contains("расталды")),
        "{subjects:?}"
    );
    assert!(
        subjects.iter().any(|s| s.contains("күту тізіміндесіз")),
        "{subjects:?}"
    );
    // The seat at the forum came with the check-in code, typed and as a QR code.
    let sent = mail::read_outbox(outbox.path());
    let seat = sent
        .iter()
        .find(|m| m.to == folk[0].account.email && m.body.contains(&code))
        .unwrap_or_else(|| panic!("no mail with {code} in {sent:?}"));
    assert_eq!(seat.attachments.len(), 1);
    assert_eq!(seat.attachments[0].content_type, "image/png");
    assert_eq!(seat.attachments[0].data, documents::qr_png(&code).unwrap());
    let waiting = sent
        .iter()
        .find(|m| m.subject.contains("күту тізіміндесіз"))
        .unwrap();
    assert!(waiting.attachments.is_empty(), "no code for the waitlist");
}

/// Organizers move people between sessions: a seat there, the seat left
/// behind offered to the next in line; a full session refuses and nothing
/// changes; two organizers racing for the last seat: exactly one wins.
async fn organizers_move_people_between_sessions(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let app = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let other = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let forum = event(FORUM, EventKind::Forum, Some(10));
    let panel = event(PANEL, EventKind::Session, Some(1));
    let workshop = event("test-workshop", EventKind::Session, Some(2));
    let open = event("test-visit", EventKind::Session, None);
    create(app.store(), &[forum, panel, workshop, open]).await;
    let folk = people(app.store(), 5, "m").await;
    for person in &folk {
        events::register(&app, Some(person), FORUM, None, Some(c("KZ")))
            .await
            .unwrap();
    }
    let at_panel = events::register(&app, Some(&folk[0]), PANEL, None, None)
        .await
        .unwrap()
        .registration;
    let waiting = events::register(&app, Some(&folk[1]), PANEL, None, None)
        .await
        .unwrap()
        .registration;
    assert_eq!(waiting.state, RegistrationState::Waitlisted);
    let boss = organizer(&folk[4]);

    // Only the forum's organizers move people, and only between sessions with seats.
    assert!(matches!(
        events::move_registration(&app, Some(&folk[0]), at_panel.id, "test-workshop").await,
        Err(app::Error::Forbidden(_))
    ));
    for target in ["test-visit", FORUM, PANEL] {
        assert!(
            matches!(
                events::move_registration(&app, Some(&boss), at_panel.id, target).await,
                Err(app::Error::Invalid {
                    code: "move_target",
                    ..
                })
            ),
            "{target}"
        );
    }

    let moved = events::move_registration(&app, Some(&boss), at_panel.id, "test-workshop")
        .await
        .unwrap();
    assert_eq!(
        (moved.event_id.as_str(), moved.state),
        ("test-workshop", RegistrationState::Confirmed)
    );
    let panel_now = states(app.store(), PANEL).await;
    assert_eq!(
        panel_now[&RegistrationState::Cancelled],
        [folk[0].account.id]
    );
    assert_eq!(
        panel_now[&RegistrationState::Offered],
        [folk[1].account.id],
        "the seat left behind goes to the next in line"
    );
    app.run_due_jobs().await.unwrap();
    assert!(
        mail::read_outbox(outbox.path())
            .iter()
            .any(|m| m.to == folk[0].account.email && m.body.contains("Event test-panel")),
        "the participant is told where they were moved from"
    );
    // Moving them again, to where they are already: refused.
    assert!(matches!(
        events::move_registration(&app, Some(&boss), at_panel.id, "test-workshop").await,
        Err(app::Error::Invalid {
            code: "not_active",
            ..
        })
    ));

    // The workshop has one seat left; two organizers on two nodes move two
    // people into it at once: exactly one wins, the other loses nothing.
    let third = events::register(&app, Some(&folk[2]), PANEL, None, None)
        .await
        .unwrap()
        .registration;
    let fourth = events::register(&app, Some(&folk[3]), PANEL, None, None)
        .await
        .unwrap()
        .registration;
    let (a, b) = tokio::join!(
        events::move_registration(&app, Some(&boss), third.id, "test-workshop"),
        events::move_registration(&other, Some(&boss), fourth.id, "test-workshop"),
    );
    let wins = [&a, &b].iter().filter(|r| r.is_ok()).count();
    assert_eq!(wins, 1, "{a:?} {b:?}");
    let loser = if a.is_ok() { &b } else { &a };
    assert!(
        matches!(
            loser,
            Err(app::Error::Invalid {
                code: "session_full",
                ..
            })
        ),
        "{loser:?}"
    );
    let workshop_now = states(app.store(), "test-workshop").await;
    assert_eq!(count(&workshop_now, RegistrationState::Confirmed), 2);
    let loser_id = if a.is_ok() { fourth.id } else { third.id };
    assert_eq!(
        app.store()
            .registration(loser_id)
            .await
            .unwrap()
            .unwrap()
            .state,
        RegistrationState::Waitlisted,
        "the one who lost the race keeps their place at the panel"
    );
}

/// Two organizers save the same form at once: one wins, the other is told
/// it changed meanwhile; more seats go to the waitlist at once.
async fn edits_race_and_more_seats_go_to_the_waitlist(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let app = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let other = app_on(Store::open(&location).await.unwrap(), outbox.path());
    create(app.store(), &[event(FORUM, EventKind::Forum, Some(1))]).await;
    let folk = people(app.store(), 3, "e").await;
    for person in &folk[..2] {
        events::register(&app, Some(person), FORUM, None, Some(c("AZ")))
            .await
            .unwrap();
    }
    let boss = organizer(&folk[2]);
    let stored = events::event(&app, FORUM).await.unwrap();
    let edit = |title: &str, capacity: u64| events::EventEdit {
        texts: vec![domain::EventTextInput {
            lang: "en".into(),
            title: title.into(),
            description: String::new(),
        }],
        original_lang: "en".into(),
        starts_at: stored.starts_at,
        ends_at: stored.ends_at,
        capacity: Some(capacity),
        needs_approval: false,
        version: stored.updated_at,
    };
    assert!(
        events::edit_event(&app, Some(&folk[0]), FORUM, edit("Mine", 2))
            .await
            .is_err()
    );
    let (a, b) = tokio::join!(
        events::edit_event(&app, Some(&boss), FORUM, edit("First", 2)),
        events::edit_event(&other, Some(&boss), FORUM, edit("Second", 2)),
    );
    assert_eq!(
        [&a, &b].iter().filter(|r| r.is_ok()).count(),
        1,
        "{a:?} {b:?}"
    );
    let loser = if a.is_ok() { &b } else { &a };
    assert!(matches!(loser, Err(app::Error::Conflict(_))), "{loser:?}");
    let title = &events::event(&app, FORUM).await.unwrap().texts[0].title;
    assert_eq!(title, if a.is_ok() { "First" } else { "Second" });
    // The second seat went to the one waiting, as an offer.
    let now = states(app.store(), FORUM).await;
    assert_eq!(now[&RegistrationState::Offered], [folk[1].account.id]);
    // Fewer seats than are taken: refused by field.
    let fresh = events::event(&app, FORUM).await.unwrap();
    let mut fewer = edit("Third", 1);
    fewer.version = fresh.updated_at;
    assert!(matches!(
        events::edit_event(&app, Some(&boss), FORUM, fewer).await,
        Err(app::Error::Rejected(e)) if e.0[0].field == "capacity"
    ));
}

store::on_both_backends!(locations:
    two_thousand_ask_for_five_hundred_seats,
    quotas_sessions_cut_off_approval_and_check_in,
    organizers_move_people_between_sessions,
    edits_race_and_more_seats_go_to_the_waitlist,
);
