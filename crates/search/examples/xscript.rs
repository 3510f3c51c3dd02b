//! Cross-script benchmark, equivalent to `shared/bench/xscript_eval.py` but
//! in-process (no store, no CLI):
//!
//! ```sh
//! python3 shared/bench/gen_corpus.py --count 1000000 --no-places > corpus-1m.jsonl
//! cargo run --release -p search --example xscript -- corpus-1m.jsonl shared/bench/dev_entities.txt [--misses]
//! ```
//!
//! Builds the index from the corpus plus one target record per name group,
//! asks every other spelling (tiers `translit`/`translation` from the file,
//! `ascii` = Latin spelling without diacritics, `typo` = middle letter of the
//! longest word dropped) and prints recall@1/@10 and MRR per tier, latency
//! percentiles, build time and peak RSS (VmHWM).
//!
//! Flags: `--misses` lists the queries whose target was not first (with the
//! target and the top hit) and the slowest queries; `--query TEXT` explains
//! one query (terms, weights, postings) and shows its top hits; `--repeat N`
//! runs the query set N times before measuring (warm caches, profiling).

#![expect(clippy::expect_used, reason = "a failure panics with its cause")]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::time::Instant;

use search::{Doc, Index, Kind, Query};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

struct Group {
    key: String,
    kind: Kind,
    tier: String,
    variants: Vec<String>,
}

fn parse_entities(path: &str) -> Vec<Group> {
    let text = std::fs::read_to_string(path).expect("read entities");
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.splitn(4, '|').collect();
        if parts.len() < 4 {
            continue;
        }
        let variants: Vec<String> = parts[3]
            .split(';')
            .filter_map(|p| p.trim().split_once('=').map(|(_, v)| v.trim().to_string()))
            .filter(|v| !v.is_empty())
            .collect();
        if variants.len() >= 2 {
            out.push(Group {
                key: parts[0].to_string(),
                kind: Kind::parse(parts[1]).expect("kind"),
                tier: parts[2].to_string(),
                variants,
            });
        }
    }
    out
}

/// Same as the Python `ascii_fold`.
fn ascii_fold(s: &str) -> String {
    let t: String = s
        .chars()
        .map(|c| match c {
            'ı' => "i".to_string(),
            'İ' => "I".to_string(),
            'ə' => "e".to_string(),
            'Ə' => "E".to_string(),
            'ʻ' | 'ʼ' => "'".to_string(),
            'ß' => "ss".to_string(),
            'ł' => "l".to_string(),
            'ø' => "o".to_string(),
            c => c.to_string(),
        })
        .collect();
    t.nfkd().filter(|c| !is_combining_mark(*c)).collect()
}

fn is_latin(s: &str) -> bool {
    s.chars()
        .all(|c| (c as u32) < 0x250 || c == 'ʻ' || c == 'ʼ')
}

fn typo(s: &str) -> Option<String> {
    let mut words: Vec<String> = s.split_whitespace().map(String::from).collect();
    let mut best = 0;
    for (i, w) in words.iter().enumerate() {
        if w.chars().count() > words[best].chars().count() {
            best = i;
        }
    }
    let w: Vec<char> = words.get(best)?.chars().collect();
    if w.len() < 5 {
        return None;
    }
    let mid = w.len() / 2;
    words[best] = w[..mid].iter().chain(&w[mid + 1..]).collect();
    Some(words.join(" "))
}

fn build(groups: &[Group]) -> (Vec<Doc>, Vec<(String, String, String)>) {
    let mut records = Vec::new();
    let mut queries = Vec::new();
    for (n, g) in groups.iter().enumerate() {
        let idx = n % g.variants.len();
        let value = &g.variants[idx];
        let tid = format!("target-{}", g.key);
        records.push(Doc {
            id: tid.clone(),
            kind: g.kind,
            names: vec![value.clone()],
            country: None,
            areas: vec![],
        });
        let mut seen = vec![value.clone()];
        for (j, v) in g.variants.iter().enumerate() {
            if j == idx || seen.contains(v) {
                continue;
            }
            seen.push(v.clone());
            queries.push((v.clone(), tid.clone(), g.tier.clone()));
            if is_latin(v) {
                let a = ascii_fold(v);
                if !seen.contains(&a) {
                    seen.push(a.clone());
                    queries.push((a, tid.clone(), "ascii".to_string()));
                }
            }
        }
        if let Some(t) =
            typo(&g.variants[(idx + 1) % g.variants.len()]).filter(|t| !seen.contains(t))
        {
            queries.push((t, tid.clone(), "typo".to_string()));
        }
    }
    (records, queries)
}

fn read_corpus(path: &str) -> Vec<Doc> {
    let f = std::fs::File::open(path).expect("open corpus");
    let mut docs = Vec::new();
    for line in BufReader::new(f).lines() {
        let line = line.expect("read line");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let kind = v["type"]
            .as_str()
            .and_then(Kind::parse)
            .unwrap_or(Kind::Organization);
        let names = v["names"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|n| n["value"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let areas = v["areas"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        docs.push(Doc {
            id: v["id"].as_str().unwrap_or_default().to_string(),
            kind,
            names,
            country: v["country"].as_str().map(String::from),
            areas,
        });
    }
    docs
}

fn peak_rss_mib() -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn pct(v: &[f64], p: f64) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v.get(((p / 100.0) * v.len() as f64) as usize)
        .or(v.last())
        .copied()
        .unwrap_or(0.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let corpus = args
        .get(1)
        .expect("usage: xscript CORPUS.jsonl [ENTITIES] [--misses]");
    let entities = args
        .get(2)
        .filter(|a| !a.starts_with("--"))
        .map_or("/work/shared/bench/dev_entities.txt", |s| s);
    let show_misses = args.iter().any(|a| a == "--misses");
    let groups = parse_entities(entities);
    let (targets, queries) = build(&groups);
    let target_names: std::collections::HashMap<String, String> = targets
        .iter()
        .map(|d| (d.id.clone(), d.names[0].clone()))
        .collect();

    let t0 = Instant::now();
    let mut docs = read_corpus(corpus);
    let read_s = t0.elapsed().as_secs_f64();
    docs.extend(targets);
    let ndocs = docs.len();
    let rss_before = peak_rss_mib();
    let t1 = Instant::now();
    let ix = Index::build(docs);
    let build_s = t1.elapsed().as_secs_f64();
    println!(
        "{ndocs} records ({} indexed), {} groups, {} queries; read {read_s:.1}s, build {build_s:.1}s, peak RSS {:.0} MiB (after read {rss_before:.0} MiB)",
        ix.len(),
        groups.len(),
        queries.len(),
        peak_rss_mib()
    );

    println!("{}", ix.stats());
    // `--repeat N`: run the query set N times first (profiling, warm caches).
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    // `--query TEXT`: show the top hits of one query and exit.
    if let Some(i) = args.iter().position(|a| a == "--query") {
        let text = args.get(i + 1).cloned().unwrap_or_default();
        for (df, idf, terms) in ix.explain(&text) {
            println!("word df {df} idf {idf:.2}: {terms:?}");
        }
        for _ in 0..repeat.max(1) {
            let _ = ix.search(&Query {
                text: text.clone(),
                limit: 10,
                ..Default::default()
            });
        }
        let t = Instant::now();
        let r = ix.search(&Query {
            text,
            limit: 10,
            ..Default::default()
        });
        println!(
            "{} us, total {}, suggestion {:?}",
            t.elapsed().as_micros(),
            r.total,
            r.suggestion
        );
        for h in r.hits {
            println!("  {:.3}  {}  {}", h.score, h.id, h.name);
        }
        return;
    }
    // Warm-up (first-touch of the per-thread scratch).
    let _ = ix.search(&Query {
        text: "warm up".into(),
        limit: 10,
        ..Default::default()
    });
    for _ in 0..repeat {
        for (q, _, _) in &queries {
            let _ = ix.search(&Query {
                text: q.clone(),
                limit: 10,
                ..Default::default()
            });
        }
    }
    let mut lat = Vec::with_capacity(queries.len());
    #[derive(Default)]
    struct T {
        n: usize,
        r1: usize,
        r10: usize,
        mrr: f64,
        missed: Vec<String>,
    }
    let mut tiers: BTreeMap<String, T> = BTreeMap::new();
    for (q, tid, tier) in &queries {
        let t = Instant::now();
        let r = ix.search(&Query {
            text: q.clone(),
            limit: 10,
            ..Default::default()
        });
        lat.push(t.elapsed().as_secs_f64() * 1e6);
        let rank = r.hits.iter().position(|h| &h.id == tid).map(|p| p + 1);
        for name in [tier.as_str(), "all"] {
            let s = tiers.entry(name.to_string()).or_default();
            s.n += 1;
            match rank {
                Some(1) => {
                    s.r1 += 1;
                    s.r10 += 1;
                    s.mrr += 1.0;
                }
                Some(k) => {
                    s.r10 += 1;
                    s.mrr += 1.0 / k as f64;
                    if name != "all" {
                        let top = r.hits.first().map(|h| h.name.clone()).unwrap_or_default();
                        s.missed.push(format!(
                            "{q} [#{k}; want {}; top: {top}]",
                            target_names[tid]
                        ));
                    }
                }
                None => {
                    if name != "all" {
                        let top = r.hits.first().map(|h| h.name.clone()).unwrap_or_default();
                        s.missed.push(format!(
                            "{q} [miss; want {}; top: {top}]",
                            target_names[tid]
                        ));
                    }
                }
            }
        }
    }
    let mut slow: Vec<(f64, &str)> = lat
        .iter()
        .copied()
        .zip(queries.iter().map(|q| q.0.as_str()))
        .collect();
    slow.sort_by(|a, b| b.0.total_cmp(&a.0));
    if show_misses {
        println!("slowest: {:?}", &slow[..slow.len().min(8)]);
    }
    println!(
        "latency us: p50 {:.0}  p90 {:.0}  p99 {:.0}  max {:.0}",
        pct(&lat, 50.0),
        pct(&lat, 90.0),
        pct(&lat, 99.0),
        pct(&lat, 100.0)
    );
    for (name, s) in &tiers {
        println!(
            "  {name:12} n={:4}  recall@1={:.3}  recall@10={:.3}  mrr={:.3}",
            s.n,
            s.r1 as f64 / s.n as f64,
            s.r10 as f64 / s.n as f64,
            s.mrr / s.n as f64
        );
        if show_misses {
            for m in &s.missed {
                println!("      {m}");
            }
        }
    }
}
