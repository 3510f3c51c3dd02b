//! Registrations per second for one 500-seat forum under 64 concurrent
//! clients, and the latency of a check-in, through the use cases (the same
//! calls the pages and the API make), on SQLite (`synchronous=FULL`) or
//! PostgreSQL.
//!
//! ```sh
//! cargo run --release -p app --example registrations              # SQLite in a temp dir
//! cargo run --release -p app --example registrations -- postgres://postgres@127.0.0.1:55440/postgres
//! ```
//! Options by environment: `PEOPLE` (default 4000), `CLIENTS` (64).

#![expect(clippy::unwrap_used, reason = "a benchmark: stop on any failure")]

use app::{App, Clock, SignedIn, events};
use domain::{Actor, CountryCode, EventKind, Role};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use store::{EventText, Location, NewEvent, Store};

const NOW: i64 = 1_800_000_000;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let people = env("PEOPLE", 4000);
    let clients = env("CLIENTS", 64);
    let dir = tempfile::tempdir().unwrap();
    let location = match std::env::args().nth(1) {
        Some(url) => Location::Url(url),
        None => Location::Dir(dir.path().to_owned()),
    };
    let store = Store::open(&location).await.unwrap();
    let read = Arc::new(RwLock::new(app::readmodel::ReadModel::build(
        std::iter::empty(),
    )));
    let mailer = Arc::new(mail::Mailer::outbox(
        dir.path(),
        "Birlik <noreply@birlik.test>",
    ));
    let app = App::with_clock(
        store.clone(),
        read,
        "https://birlik.test",
        mailer,
        Clock::fixed(NOW),
    );
    let forum = format!("bench-{}", std::process::id());
    let mut tx = store.begin_write().await.unwrap();
    tx.insert_event(
        &NewEvent {
            id: forum.clone(),
            network: "ots".into(),
            forum_id: forum.clone(),
            kind: Some(EventKind::Forum),
            starts_at: NOW + 30 * 86_400,
            ends_at: NOW + 31 * 86_400,
            time_zone: "Asia/Baku".into(),
            capacity: Some(500),
            original_lang: "en".into(),
            organizers: vec!["AZ-BENCH-1".into()],
            texts: vec![EventText {
                lang: "en".into(),
                title: "Benchmark forum".into(),
                description: String::new(),
            }],
            ..NewEvent::default()
        },
        NOW,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    eprintln!("creating {people} accounts…");
    let mut signed_in = Vec::with_capacity(people);
    for i in 0..people {
        let email =
            domain::Email::parse(&format!("bench{}-{i}@example.org", std::process::id())).unwrap();
        let id = store
            .create_account(
                &store::NewAccount {
                    email: &email,
                    display_name: &format!("Participant {i}"),
                    password_hash: "x",
                    locale: "en",
                },
                NOW,
            )
            .await
            .unwrap()
            .unwrap();
        let account = store.account(id).await.unwrap().unwrap();
        signed_in.push(SignedIn::new(
            account,
            Actor {
                account_id: id,
                roles: vec![],
            },
            String::new(),
        ));
    }
    let signed_in = Arc::new(signed_in);
    eprintln!("{clients} clients register {people} people for 500 seats…");
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let (app, people, forum) = (app.clone(), signed_in.clone(), forum.clone());
        tasks.push(tokio::spawn(async move {
            let mut i = c;
            while i < people.len() {
                events::register(
                    &app,
                    Some(&people[i]),
                    &forum,
                    None,
                    Some(CountryCode::parse("KZ").unwrap()),
                )
                .await
                .unwrap();
                i += clients;
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let took = started.elapsed();
    println!(
        "{}: {people} registrations ({clients} clients) in {:.2} s = {:.0} registrations/s",
        store.backend(),
        took.as_secs_f64(),
        people as f64 / took.as_secs_f64()
    );
    let counts = store.forum_counts(&forum).await.unwrap();
    println!("states: {:?}", counts.get(&forum).map(|c| &c.by_state));

    // Check-ins, one at a time at the door: each a signed code, verified and written.
    let organizer = SignedIn::new(
        signed_in[0].account.clone(),
        Actor {
            account_id: signed_in[0].account.id,
            roles: vec![Role::Editor(domain::EntityId::parse("AZ-BENCH-1").unwrap())],
        },
        String::new(),
    );
    let confirmed: Vec<i64> = store
        .participants(&forum)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.registration.state == domain::RegistrationState::Confirmed)
        .map(|p| p.registration.id)
        .collect();
    let mut latencies: Vec<Duration> = Vec::with_capacity(confirmed.len());
    for id in &confirmed {
        let code = events::checkin_code(&app, *id).await.unwrap();
        let t = Instant::now();
        events::check_in(&app, Some(&organizer), &forum, &code)
            .await
            .unwrap();
        latencies.push(t.elapsed());
    }
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 - 1.0) * q) as usize];
    println!(
        "check-in ({} people): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        latencies.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3
    );
}
