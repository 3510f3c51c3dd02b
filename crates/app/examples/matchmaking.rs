//! Suggested partners for one organization at a million records: the
//! latency of `app::partners::suggestions` (the call the page makes: the
//! partner market in memory, then the top candidates' records) over a
//! directory of `ORGS` organizations of which `SHARE` percent state offers
//! and needs (one to three each, over the 24 areas, aimed at up to two
//! countries), on SQLite or PostgreSQL.
//!
//! ```sh
//! cargo run --release -p app --example matchmaking                 # SQLite in a temp dir
//! ORGS=100000 cargo run --release -p app --example matchmaking -- postgres://postgres@127.0.0.1:55440/postgres
//! ```
//! Options by environment: `ORGS` (default 1,000,000), `SHARE` (30),
//! `QUERIES` (500).

#![expect(clippy::unwrap_used, reason = "a benchmark: stop on any failure")]

use app::{App, Clock};
use domain::partners::InterestInput;
use domain::{EntityId, Record};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};
use store::{Location, Store};

const NOW: i64 = 1_800_000_000;
const COUNTRIES: [&str; 8] = ["AZ", "TR", "UZ", "KZ", "KG", "TM", "HU", "XN"];
const LANGS: [&str; 9] = ["az", "tr", "uz", "kk", "ky", "tk", "hu", "ru", "en"];

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

#[tokio::main]
async fn main() {
    let orgs = env("ORGS", 1_000_000);
    let share = env("SHARE", 30);
    let queries = env("QUERIES", 500);
    let dir = tempfile::tempdir().unwrap();
    let location = match std::env::args().nth(1) {
        Some(url) => Location::Url(url),
        None => Location::Dir(dir.path().to_owned()),
    };
    let store = Store::open(&location).await.unwrap();
    let areas: Vec<&str> = domain::AREAS.iter().map(|a| a.slug).collect();
    let mut dice = Dice(0x2545_f491_4f6c_dd1d);
    let started = Instant::now();
    let mut stating = Vec::new();
    for chunk in 0..orgs.div_ceil(10_000) {
        let mut records = Vec::with_capacity(10_000);
        for i in chunk * 10_000..((chunk + 1) * 10_000).min(orgs) {
            let country = COUNTRIES[dice.below(8)];
            let (a, b) = (
                areas[dice.below(areas.len())],
                areas[dice.below(areas.len())],
            );
            let line = format!(
                r#"{{"type":"organization","id":"mm-{i}","country":"{country}","names":[{{"value":"Organization {i}","lang":"en"}}],"areas":["{a}","{b}"]}}"#
            );
            records.push(Record::from_json(&line).unwrap());
            if dice.below(100) < share {
                stating.push(i);
            }
        }
        store.upsert(&records).await.unwrap();
    }
    let loaded = started.elapsed();
    let started = Instant::now();
    let mut stated = 0usize;
    for chunk in stating.chunks(20_000) {
        let mut tx = store.begin_write().await.unwrap();
        for i in chunk {
            for _ in 0..1 + dice.below(3) {
                let input = InterestInput {
                    direction: if dice.below(2) == 0 { "offer" } else { "need" }.into(),
                    area: areas[dice.below(areas.len())].into(),
                    countries: (0..dice.below(3))
                        .map(|_| COUNTRIES[dice.below(8)].to_owned())
                        .collect(),
                    languages: vec![LANGS[dice.below(9)].to_owned()],
                    original_lang: "en".into(),
                    texts: [("en".to_owned(), "We work together".to_owned())].into(),
                };
                let interest = domain::partners::check_interest(&input).unwrap();
                tx.insert_interest("ots", &format!("mm-{i}"), &interest, NOW)
                    .await
                    .unwrap();
                stated += 1;
            }
        }
        tx.commit().await.unwrap();
    }
    let stated_in = started.elapsed();
    println!(
        "{orgs} organizations ({:.1} s), {} stating {stated} offers and needs ({:.1} s), backend {}",
        loaded.as_secs_f64(),
        stating.len(),
        stated_in.as_secs_f64(),
        store.backend()
    );
    let read = Arc::new(RwLock::new(app::readmodel::ReadModel::build(
        std::iter::empty(),
    )));
    let mailer = Arc::new(mail::Mailer::outbox(
        dir.path(),
        "Birlik <noreply@birlik.test>",
    ));
    let app = App::with_clock(
        store,
        read,
        "https://birlik.test",
        mailer,
        Clock::fixed(NOW),
    );
    // The first call loads the market into memory; the next 20 warm the
    // caches; neither is counted.
    let first = EntityId::parse(&format!("mm-{}", stating[0])).unwrap();
    let t = Instant::now();
    app::partners::suggestions(&app, &first, 10).await.unwrap();
    println!(
        "the partner market loaded in {:.2} s (the first call)",
        t.elapsed().as_secs_f64()
    );
    let mut took = Vec::with_capacity(queries);
    let mut found = 0usize;
    for q in 0..queries + 20 {
        let org = EntityId::parse(&format!("mm-{}", stating[dice.below(stating.len())])).unwrap();
        let t = Instant::now();
        let s = app::partners::suggestions(&app, &org, 10).await.unwrap();
        if q >= 20 {
            took.push(t.elapsed());
            found += s.len();
        }
    }
    took.sort();
    // A change of offers and needs reaches the next call (one node's
    // market catching up with one write).
    let changed = EntityId::parse(&format!("mm-{}", stating[1])).unwrap();
    let mut tx = app.store().begin_write().await.unwrap();
    let input = InterestInput {
        direction: "need".into(),
        area: areas[0].into(),
        countries: Vec::new(),
        languages: vec!["ru".into()],
        original_lang: "en".into(),
        texts: [("en".to_owned(), "We seek partners".to_owned())].into(),
    };
    let interest = domain::partners::check_interest(&input).unwrap();
    tx.insert_interest("ots", changed.as_str(), &interest, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let t = Instant::now();
    app::partners::suggestions(&app, &changed, 10)
        .await
        .unwrap();
    println!(
        "after a change of offers and needs: {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    println!(
        "suggestions for one organization, {queries} queries: p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms; {:.1} suggestions each",
        pct(&took, 0.5).as_secs_f64() * 1e3,
        pct(&took, 0.9).as_secs_f64() * 1e3,
        pct(&took, 0.99).as_secs_f64() * 1e3,
        took.last().unwrap().as_secs_f64() * 1e3,
        found as f64 / queries as f64
    );
}
