//! Two real `birlik serve` nodes on one PostgreSQL database under a rush:
//! 2,000 people ask at the same moment for a 500-seat forum, half through
//! each node. Exactly 500 get seats and 1,500 the waitlist; nobody gets an
//! error or two registrations; what each was told is what is stored.

#![expect(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failure panics with its cause"
)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Barrier;
use std::time::Instant;

mod common;
use common::{Server, postgres_database};
use domain::{EventKind, RegistrationState};
use store::{EventText, Location, NewEvent, Store};

const FORUM: &str = "rush-forum";
const SEATS: u64 = 500;
const PEOPLE: usize = 2000;

fn now() -> i64 {
    let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    i64::try_from(since.unwrap().as_secs()).unwrap()
}

/// A 500-seat forum open for registration: no approval, no quotas, starting
/// in ten days (the nodes run on the real clock).
fn forum(now: i64) -> NewEvent {
    NewEvent {
        id: FORUM.into(),
        network: "ots".into(),
        forum_id: FORUM.into(),
        kind: Some(EventKind::Forum),
        starts_at: now + 10 * 86_400,
        ends_at: now + 11 * 86_400,
        time_zone: "Asia/Baku".into(),
        capacity: Some(SEATS),
        original_lang: "en".into(),
        texts: vec![EventText {
            lang: "en".into(),
            title: "The rush forum".into(),
            description: String::new(),
        }],
        ..NewEvent::default()
    }
}

/// Writes the forum and `PEOPLE` accounts, each with a personal access
/// token, straight to the store; returns the tokens as callers send them.
/// Signing 2,000 people up through the pages would hash 2,000 passwords
/// with Argon2 for nothing: these accounts never sign in.
async fn seed(store: &Store) -> Vec<String> {
    let now = now();
    let mut tx = store.begin_write().await.unwrap();
    tx.insert_event(&forum(now), now).await.unwrap();
    tx.commit().await.unwrap();
    let mut tokens = Vec::with_capacity(PEOPLE);
    for i in 0..PEOPLE {
        let email = domain::Email::parse(&format!("rush{i}@example.org")).unwrap();
        let account = store
            .create_account(
                &store::NewAccount {
                    email: &email,
                    display_name: &format!("Participant {i}"),
                    password_hash: "never-signs-in",
                    locale: "en",
                },
                now,
            )
            .await
            .unwrap()
            .expect("a fresh address");
        // The shape /account/tokens makes: `bk_<16-char id>_<64 hex digits>`.
        let id = format!("{i:016}");
        let secret = app::secrets::random_token();
        store
            .create_access_token(
                &id,
                account,
                "rush",
                &app::secrets::token_hash(&secret),
                email.as_str(),
                now,
            )
            .await
            .unwrap();
        tokens.push(format!("bk_{id}_{secret}"));
    }
    tokens
}

/// One registration over the API: the status code and the JSON body, or
/// why there was no answer at all.
fn register(node: &Server, token: &str) -> Result<(u16, serde_json::Value), String> {
    let auth = format!("Bearer {token}");
    let response = node
        .try_request(
            "POST",
            &format!("/api/v1/events/{FORUM}/registrations"),
            &[
                ("Authorization", auth.as_str()),
                ("Content-Type", "application/json"),
            ],
            r#"{"delegation":"KZ"}"#,
        )
        .map_err(|e| format!("no answer: {e}"))?;
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status line: {response:?}"))?;
    let body = response.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    let json =
        serde_json::from_str(body).map_err(|e| format!("{status}, not JSON ({e}): {response}"))?;
    Ok((status, json))
}

/// The forum's public counts as a node's API gives them: (held, waitlisted).
fn public_counts(node: &Server) -> (u64, u64) {
    let response = node.get(&format!("/api/v1/forums/{FORUM}"));
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    let body = response.split_once("\r\n\r\n").unwrap().1;
    let programme: serde_json::Value = serde_json::from_str(body).unwrap();
    let forum = &programme["events"][0];
    assert_eq!(forum["id"], FORUM);
    (
        forum["held"].as_u64().unwrap(),
        forum["waitlisted"].as_u64().unwrap(),
    )
}

#[test]
fn two_thousand_ask_two_nodes_for_five_hundred_seats() {
    let Some(url) = postgres_database() else {
        return;
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // Store::open migrates the fresh database.
    let store = runtime
        .block_on(Store::open(&Location::Url(url.clone())))
        .unwrap();
    let seeding = Instant::now();
    let tokens = runtime.block_on(seed(&store));
    eprintln!(
        "seeded {PEOPLE} accounts and tokens in {:?}",
        seeding.elapsed()
    );

    // Each node keeps its mail outbox in a data directory of its own.
    let dirs = tempfile::tempdir().unwrap();
    let node = |name: &str| {
        let data = dirs.path().join(name);
        Server::start(&["--database-url", &url, "--data", data.to_str().unwrap()])
    };
    let nodes = [node("a"), node("b")];

    // A thread per person, all released at once, alternating nodes: every
    // request is in flight together, as when a registration opens. (This
    // needs serve's deep listen backlog: with 128, Linux reset about half
    // of the connections before any request reached a node.)
    let start = Barrier::new(PEOPLE);
    let rush = Instant::now();
    let answers: Vec<Result<(u16, serde_json::Value), String>> = std::thread::scope(|s| {
        let asks: Vec<_> = tokens
            .iter()
            .enumerate()
            .map(|(i, token)| {
                let (node, start) = (&nodes[i % 2], &start);
                std::thread::Builder::new()
                    .stack_size(256 * 1024)
                    .spawn_scoped(s, move || {
                        start.wait();
                        register(node, token)
                    })
                    .unwrap()
            })
            .collect();
        asks.into_iter().map(|t| t.join().unwrap()).collect()
    });
    eprintln!("{PEOPLE} registrations answered in {:?}", rush.elapsed());

    // Every answer is a success with a seat or a place on the waitlist.
    let mut told: HashMap<i64, String> = HashMap::new();
    let mut failures = Vec::new();
    for answer in &answers {
        match answer {
            Ok((200 | 201, json)) if json["already"] == false => {
                let id = json["id"].as_i64().unwrap();
                let state = json["state"].as_str().unwrap().to_owned();
                assert!(
                    told.insert(id, state).is_none(),
                    "registration {id} told twice"
                );
            }
            other => failures.push(format!("{other:?}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {PEOPLE} failed, e.g. {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    let mut by_state: BTreeMap<&str, usize> = BTreeMap::new();
    for state in told.values() {
        *by_state.entry(state.as_str()).or_default() += 1;
    }
    assert_eq!(
        by_state,
        BTreeMap::from([("confirmed", 500), ("waitlisted", 1500)])
    );

    // The database agrees: one registration per person, each in the state
    // its person was told.
    let stored = runtime.block_on(store.participants(FORUM)).unwrap();
    assert_eq!(stored.len(), PEOPLE);
    let people: HashSet<i64> = stored.iter().map(|p| p.registration.account_id).collect();
    assert_eq!(people.len(), PEOPLE, "nobody is registered twice");
    let in_store: HashMap<i64, String> = stored
        .iter()
        .map(|p| (p.registration.id, p.registration.state.as_str().to_owned()))
        .collect();
    assert_eq!(in_store, told);
    let confirmed = stored
        .iter()
        .filter(|p| p.registration.state == RegistrationState::Confirmed)
        .count();
    assert_eq!(confirmed, 500);

    // And both nodes show the same public counts.
    for node in &nodes {
        assert_eq!(public_counts(node), (500, 1500));
    }
}
