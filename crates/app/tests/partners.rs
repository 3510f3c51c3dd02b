//! Partners on SQLite and PostgreSQL: planted complementary pairs find each
//! other among 10,000 organizations; a proposal is answered exactly once
//! whatever races it; one open proposal per pair; the mail of each step in
//! its reader's language; partnerships on both sides and in the coverage.

#![expect(clippy::unwrap_used, reason = "a failure panics with its cause")]

use app::partners::{self, Answer};
use app::{App, Clock, SignedIn};
use domain::partners::{InterestInput, ProposalInput, ProposalState};
use domain::{Actor, EntityId, Record, Role};
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};
use store::{Location, Store};

const NOW: i64 = 1_800_000_000;
const COUNTRIES: [&str; 8] = ["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"];
const LANGS: [&str; 9] = ["az", "tr", "uz", "kk", "ky", "tk", "hu", "ru", "en"];

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

/// A small deterministic generator (no dependency for a test's dice).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn org(id: &str, country: &str, name: &str, lang: &str, areas: &[&str]) -> Record {
    let areas: Vec<String> = areas.iter().map(|a| format!("\"{a}\"")).collect();
    Record::from_json(&format!(
        r#"{{"type":"organization","id":"{id}","country":"{country}","names":[{{"value":"{name}","lang":"{lang}"}}],"areas":[{}]}}"#,
        areas.join(",")
    ))
    .unwrap()
}

fn interest(direction: &str, area: &str, countries: &[&str], languages: &[&str]) -> InterestInput {
    InterestInput {
        direction: direction.into(),
        area: area.into(),
        countries: countries.iter().map(|c| (*c).to_owned()).collect(),
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        original_lang: "en".into(),
        texts: [("en".to_owned(), format!("We {direction} {area}"))].into(),
    }
}

async fn state_interests(store: &Store, all: &[(String, InterestInput)]) {
    for chunk in all.chunks(2_000) {
        let mut tx = store.begin_write().await.unwrap();
        for (org, input) in chunk {
            let checked = domain::partners::check_interest(input).unwrap();
            tx.insert_interest("ots", org, &checked, NOW).await.unwrap();
        }
        tx.commit().await.unwrap();
    }
}

async fn planted_pairs_find_each_other_among_ten_thousand(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let app = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let areas: Vec<&str> = domain::AREAS.iter().map(|a| a.slug).collect();
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    let mut records = Vec::new();
    let mut stated = Vec::new();
    // 9,900 organizations saying what they offer and seek at random.
    for i in 0..9_900 {
        let id = format!("BG-{i}");
        let country = *dice.pick(&COUNTRIES);
        let own: Vec<&str> = (0..2).map(|_| *dice.pick(&areas)).collect();
        records.push(org(&id, country, &format!("Background {i}"), "en", &own));
        for _ in 0..1 + dice.below(3) {
            let direction = if dice.below(2) == 0 { "offer" } else { "need" };
            let targets: Vec<&str> = (0..dice.below(3)).map(|_| *dice.pick(&COUNTRIES)).collect();
            let langs: Vec<&str> = (0..1 + dice.below(2)).map(|_| *dice.pick(&LANGS)).collect();
            let area = areas[dice.below(areas.len())];
            stated.push((id.clone(), interest(direction, area, &targets, &langs)));
        }
    }
    // 50 pairs in two countries: each offers what the other seeks, for the
    // other's country, in a shared language.
    let mut pairs = Vec::new();
    for p in 0..50 {
        let (ca, cb) = loop {
            let (a, b) = (*dice.pick(&COUNTRIES), *dice.pick(&COUNTRIES));
            if a != b {
                break (a, b);
            }
        };
        let (x, y) = loop {
            let (x, y) = (*dice.pick(&areas), *dice.pick(&areas));
            if x != y {
                break (x, y);
            }
        };
        let lang = *dice.pick(&LANGS);
        let (a, b) = (format!("PA-{p}"), format!("PB-{p}"));
        records.push(org(&a, ca, &format!("Planted A {p}"), "en", &[y]));
        records.push(org(&b, cb, &format!("Planted B {p}"), "en", &[x]));
        stated.push((a.clone(), interest("need", x, &[cb], &[lang])));
        stated.push((a.clone(), interest("offer", y, &[cb], &[lang])));
        stated.push((b.clone(), interest("offer", x, &[ca], &[lang])));
        stated.push((b.clone(), interest("need", y, &[ca], &[lang])));
        pairs.push((a, b));
    }
    for chunk in records.chunks(1_000) {
        app.store().upsert(chunk).await.unwrap();
    }
    state_interests(app.store(), &stated).await;

    let mut misses = Vec::new();
    for (a, b) in &pairs {
        for (me, partner) in [(a, b), (b, a)] {
            let found = partners::suggestions(&app, &EntityId::parse(me).unwrap(), 5)
                .await
                .unwrap();
            if !found.iter().any(|s| s.record.id.as_str() == partner) {
                misses.push(format!(
                    "{me}: {:?}",
                    found
                        .iter()
                        .map(|s| (s.record.id.as_str().to_owned(), s.suggestion.score))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    assert!(
        misses.is_empty(),
        "{} of 100 missed: {misses:#?}",
        misses.len()
    );
}

async fn editor(store: &Store, email: &str, locale: &str, org: &str) -> SignedIn {
    let address = domain::Email::parse(email).unwrap();
    let id = store
        .create_account(
            &store::NewAccount {
                email: &address,
                display_name: email,
                password_hash: "x",
                locale,
            },
            NOW,
        )
        .await
        .unwrap()
        .unwrap();
    let role = Role::Editor(EntityId::parse(org).unwrap());
    store
        .grant_role(
            id,
            &role,
            &store::Actorship {
                id: None,
                email: "test",
            },
            NOW,
        )
        .await
        .unwrap();
    SignedIn::new(
        store.account(id).await.unwrap().unwrap(),
        Actor {
            account_id: id,
            roles: vec![role],
        },
        String::new(),
    )
}

fn proposal(activity: &str) -> ProposalInput {
    ProposalInput {
        area: "youth".into(),
        activity: activity.into(),
        message: "Salam! Birlikdə gənclər mübadiləsi edək.".into(),
        lang: "az".into(),
        starts_on: "2027-05-01".into(),
        ends_on: "2027-05-10".into(),
    }
}

async fn proposals_are_answered_once(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let a = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let b = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let (az, kz) = (
        EntityId::parse("AZ-YOUTH").unwrap(),
        EntityId::parse("KZ-MEDIA").unwrap(),
    );
    a.store()
        .upsert(&[
            org("AZ-YOUTH", "AZ", "Gənclər Birliyi", "az", &["youth"]),
            org("KZ-MEDIA", "KZ", "Жастар медиа орталығы", "kk", &["media"]),
        ])
        .await
        .unwrap();
    let az_editor = editor(a.store(), "az@example.org", "az", "AZ-YOUTH").await;
    let kz_editor = editor(a.store(), "kz@example.org", "kk", "KZ-MEDIA").await;
    let stranger = editor(a.store(), "tr@example.org", "tr", "TR-OTHER").await;

    // Only an editor speaks for an organization; not to itself.
    assert!(matches!(
        partners::propose(&a, Some(&stranger), &az, &kz, &proposal("Exchange")).await,
        Err(app::Error::Forbidden(_))
    ));
    assert!(matches!(
        partners::propose(&a, Some(&az_editor), &az, &az, &proposal("Exchange")).await,
        Err(app::Error::Invalid {
            code: "proposal_to_self",
            ..
        })
    ));
    let mut bad = proposal("Exchange");
    bad.ends_on = "2027-04-01".into();
    assert!(matches!(
        partners::propose(&a, Some(&az_editor), &az, &kz, &bad).await,
        Err(app::Error::Rejected(e)) if e.0[0].field == "ends_on"
    ));

    // Twenty editors' clicks at once, on two nodes: one open proposal.
    let mut asks = Vec::new();
    for i in 0..20 {
        let node = if i % 2 == 0 { a.clone() } else { b.clone() };
        let (who, from, to) = (az_editor.clone(), az.clone(), kz.clone());
        asks.push(tokio::spawn(async move {
            partners::propose(&node, Some(&who), &from, &to, &proposal("Youth media camp")).await
        }));
    }
    let (mut made, mut refused) = (Vec::new(), 0);
    for ask in asks {
        match ask.await.unwrap() {
            Ok(p) => made.push(p),
            Err(app::Error::Invalid {
                code: "already_proposed",
                ..
            }) => refused += 1,
            Err(other) => panic!("{other:?}"),
        }
    }
    assert_eq!((made.len(), refused), (1, 19));
    let first = made.pop().unwrap();
    assert_eq!(first.state, ProposalState::Pending);

    // The receiver was mailed, in Kazakh.
    a.run_due_jobs().await.unwrap();
    let sent = mail::read_outbox(outbox.path());
    let to_kz: Vec<_> = sent.iter().filter(|m| m.to == "kz@example.org").collect();
    assert_eq!(to_kz.len(), 1, "{sent:?}");
    assert!(
        to_kz[0].subject.contains("Gənclər Birliyi"),
        "{}",
        to_kz[0].subject
    );
    assert!(
        to_kz[0].body.contains("/kk/partners/proposals"),
        "{}",
        to_kz[0].body
    );

    // The proposer cannot accept its own proposal; the receiver cannot withdraw it.
    assert!(matches!(
        partners::answer(&a, Some(&az_editor), first.id, Answer::Decline).await,
        Err(app::Error::Forbidden(_))
    ));
    assert!(matches!(
        partners::answer(&a, Some(&kz_editor), first.id, Answer::Withdraw).await,
        Err(app::Error::Forbidden(_))
    ));

    // Accept, decline and withdraw race on two nodes: exactly one is done.
    let accept = Answer::Accept {
        proposer: domain::partners::IatiRole::Implementing,
        receiver: domain::partners::IatiRole::Extending,
    };
    let mut racers = Vec::new();
    for i in 0..12 {
        let node = if i % 2 == 0 { a.clone() } else { b.clone() };
        let (who, answer) = match i % 3 {
            0 => (kz_editor.clone(), accept),
            1 => (kz_editor.clone(), Answer::Decline),
            _ => (az_editor.clone(), Answer::Withdraw),
        };
        let id = first.id;
        racers.push(tokio::spawn(async move {
            (
                answer,
                partners::answer(&node, Some(&who), id, answer).await,
            )
        }));
    }
    let mut winners = Vec::new();
    for r in racers {
        match r.await.unwrap() {
            (answer, Ok(done)) => winners.push((answer, done)),
            (_, Err(app::Error::Conflict(_))) => {}
            (_, Err(other)) => panic!("{other:?}"),
        }
    }
    assert_eq!(winners.len(), 1, "{winners:?}");
    let (won, (decided, partnership)) = winners.pop().unwrap();
    let stored = a.store().proposal(first.id).await.unwrap().unwrap();
    assert_eq!(stored.state, decided.state);
    let on_az = partners::partnerships_of(&a, &az).await.unwrap();
    let on_kz = partners::partnerships_of(&a, &kz).await.unwrap();
    if won == accept {
        let p = partnership.unwrap();
        assert_eq!(on_az, vec![p.clone()]);
        assert_eq!(on_kz, vec![p]);
    } else {
        assert!(partnership.is_none() && on_az.is_empty() && on_kz.is_empty());
    }

    // A new proposal may follow a closed one; accepted, it is a partnership
    // on both profiles, and the proposer is told in Azerbaijani.
    let second = partners::propose(&a, Some(&az_editor), &az, &kz, &proposal("Media school"))
        .await
        .unwrap();
    let (done, p) = partners::answer(&b, Some(&kz_editor), second.id, accept)
        .await
        .unwrap();
    assert_eq!(done.state, ProposalState::Accepted);
    let p = p.unwrap();
    assert_eq!(
        (p.org_a.as_str(), p.org_b.as_str()),
        ("AZ-YOUTH", "KZ-MEDIA")
    );
    assert!(
        partners::partnerships_of(&a, &kz)
            .await
            .unwrap()
            .contains(&p)
    );
    assert!(matches!(
        partners::answer(&a, Some(&kz_editor), second.id, Answer::Decline).await,
        Err(app::Error::Conflict(_))
    ));
    b.run_due_jobs().await.unwrap();
    let to_az: BTreeMap<String, String> = mail::read_outbox(outbox.path())
        .into_iter()
        .filter(|m| m.to == "az@example.org")
        .map(|m| (m.subject, m.body))
        .collect();
    assert!(
        to_az.keys().any(|s| s.contains("Жастар медиа орталығы")),
        "{to_az:?}"
    );
    // The receiver's editor sees both proposals; a stranger sees none.
    assert_eq!(
        partners::proposals_for(&a, Some(&kz_editor))
            .await
            .unwrap()
            .len(),
        2
    );
    assert!(
        partners::proposals_for(&a, Some(&stranger))
            .await
            .unwrap()
            .is_empty()
    );
}

async fn offers_and_needs_are_checked_and_kept(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let app = app_on(Store::open(&location).await.unwrap(), outbox.path());
    app.store()
        .upsert(&[org("AZ-YOUTH", "AZ", "Gənclər Birliyi", "az", &["youth"])])
        .await
        .unwrap();
    let az = EntityId::parse("AZ-YOUTH").unwrap();
    let me = editor(app.store(), "az@example.org", "az", "AZ-YOUTH").await;
    let other = editor(app.store(), "kz@example.org", "kk", "KZ-MEDIA").await;
    let mut input = interest("need", "media", &["KZ"], &["ru", "kk"]);
    input.original_lang = "az".into();
    input.texts = [
        ("az".to_owned(), "Media tərəfdaşı axtarırıq".to_owned()),
        ("ru".to_owned(), "Ищем партнёров в медиа".to_owned()),
    ]
    .into();
    assert!(matches!(
        partners::add_interest(&app, Some(&other), &az, &input).await,
        Err(app::Error::Forbidden(_))
    ));
    let id = partners::add_interest(&app, Some(&me), &az, &input)
        .await
        .unwrap();
    let stored = partners::interests(&app, &az).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].interest.texts["ru"], "Ищем партнёров в медиа");
    assert_eq!(stored[0].interest.original_lang, "az");
    let mut bad = input.clone();
    bad.area = "mining".into();
    assert!(matches!(
        partners::add_interest(&app, Some(&me), &az, &bad).await,
        Err(app::Error::Rejected(_))
    ));
    // Another editor's organization cannot remove it; its own can.
    assert!(
        partners::remove_interest(&app, Some(&other), &az, id)
            .await
            .is_err()
    );
    partners::remove_interest(&app, Some(&me), &az, id)
        .await
        .unwrap();
    assert!(partners::interests(&app, &az).await.unwrap().is_empty());
}

/// Each node keeps its partner market in memory: an offer stated or
/// removed through one node changes the next suggestions of the other.
async fn a_change_on_one_node_reaches_the_other_nodes_market(location: Location) {
    let outbox = tempfile::tempdir().unwrap();
    let a = app_on(Store::open(&location).await.unwrap(), outbox.path());
    let b = app_on(Store::open(&location).await.unwrap(), outbox.path());
    a.store()
        .upsert(&[
            org("az-m", "AZ", "Gənclər Mərkəzi", "az", &["youth"]),
            org("kz-m", "KZ", "Медиа одағы", "kk", &["media"]),
            org("tr-m", "TR", "Medya Derneği", "tr", &["media"]),
        ])
        .await
        .unwrap();
    state_interests(
        a.store(),
        &[
            ("az-m".into(), interest("need", "media", &[], &["ru"])),
            ("kz-m".into(), interest("offer", "media", &[], &["ru"])),
        ],
    )
    .await;
    let ids = |s: Vec<partners::Suggested>| -> Vec<String> {
        s.into_iter().map(|s| s.suggestion.org_id).collect()
    };
    let az = EntityId::parse("az-m").unwrap();
    assert_eq!(
        ids(partners::suggestions(&a, &az, 10).await.unwrap()),
        ["kz-m"]
    );
    // Through node b: the Turkish association offers media too.
    let tr_editor = editor(b.store(), "tr@example.org", "tr", "tr-m").await;
    let tr = EntityId::parse("tr-m").unwrap();
    partners::add_interest(
        &b,
        Some(&tr_editor),
        &tr,
        &interest("offer", "media", &["AZ"], &["ru"]),
    )
    .await
    .unwrap();
    let now = ids(partners::suggestions(&a, &az, 10).await.unwrap());
    assert_eq!(now, ["tr-m", "kz-m"], "aimed at Azerbaijan, it comes first");
    // And removed through node b, it is gone from node a's next answer.
    let stated = partners::interests(&b, &tr).await.unwrap();
    partners::remove_interest(&b, Some(&tr_editor), &tr, stated[0].id)
        .await
        .unwrap();
    assert_eq!(
        ids(partners::suggestions(&a, &az, 10).await.unwrap()),
        ["kz-m"]
    );
}

store::on_both_backends!(locations:
    a_change_on_one_node_reaches_the_other_nodes_market,
    planted_pairs_find_each_other_among_ten_thousand,
    proposals_are_answered_once,
    offers_and_needs_are_checked_and_kept,
);
