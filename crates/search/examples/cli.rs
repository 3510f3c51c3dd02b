//! A stand-in for `birlik import` / `birlik search` over the index alone, so
//! that `shared/bench/xscript_eval.py` can measure the engine without a
//! release build of the whole program (and without the store):
//!
//! ```sh
//! cargo build --release -p search --example cli
//! python3 ../shared/bench/xscript_eval.py --bin target/release/examples/cli --count 20000 --absent A.txt
//! ```
//!
//! `import --data DIR FILE` only remembers the file; `search --data DIR
//! [--limit N]` builds the index from it and answers standard input in the
//! contract's format (plus `match`). `--slowest N` (after `search`) prints the
//! N slowest queries to standard error.

#![expect(clippy::expect_used, reason = "a failure panics with its cause")]

use std::io::{BufRead, Write};
use std::time::Instant;

use search::{Doc, Index, Kind, Query};

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let data = arg(&args, "--data").expect("--data DIR");
    let list = std::path::Path::new(&data).join("corpus.path");
    match args.get(1).map(String::as_str) {
        Some("import") => {
            let file = args.last().expect("FILE");
            std::fs::create_dir_all(&data).expect("create --data");
            let abs = std::fs::canonicalize(file).expect("FILE");
            std::fs::write(&list, abs.to_string_lossy().as_bytes()).expect("write");
        }
        Some("search") => {
            let limit: usize = arg(&args, "--limit").map_or(10, |l| l.parse().expect("N"));
            let slowest: usize = arg(&args, "--slowest").map_or(0, |l| l.parse().expect("N"));
            let path = std::fs::read_to_string(&list).expect("import first");
            let text = std::fs::read_to_string(path.trim()).expect("read corpus");
            let t = Instant::now();
            let ix = Index::build(text.lines().filter(|l| !l.trim().is_empty()).map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
                Doc {
                    id: v["id"].as_str().unwrap_or_default().to_string(),
                    kind: Kind::parse(v["type"].as_str().unwrap_or("organization"))
                        .unwrap_or(Kind::Organization),
                    names: v["names"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|n| n["value"].as_str().map(String::from))
                                .collect()
                        })
                        .unwrap_or_default(),
                    country: v["country"].as_str().map(String::from),
                    areas: Vec::new(),
                }
            }));
            eprintln!("index of {} records built in {:.1?}", ix.len(), t.elapsed());
            ix.warm_up();
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut times: Vec<(u64, String)> = Vec::new();
            for line in std::io::stdin().lock().lines() {
                let q = line.expect("UTF-8");
                if std::env::var_os("PLANTIME").is_some() {
                    let t = Instant::now();
                    let _ = ix.explain(&q);
                    eprintln!("plan {q}: {} µs", t.elapsed().as_micros());
                }
                if std::env::var_os("EXPLAIN").is_some() {
                    for (df, idf, terms) in ix.explain(&q) {
                        let big: Vec<_> = terms.iter().filter(|t| t.2 > 2000).collect();
                        eprintln!(
                            "{q}: df {df} idf {idf:.2} terms {} big {big:?}",
                            terms.len()
                        );
                    }
                }
                let t = Instant::now();
                let r = ix.search(&Query {
                    text: q.clone(),
                    limit,
                    ..Default::default()
                });
                let micros = t.elapsed().as_micros() as u64;
                let hits: Vec<serde_json::Value> = r
                    .hits
                    .iter()
                    .map(|h| {
                        serde_json::json!({"id": h.id, "type": h.kind.as_str(), "name": h.name,
                            "score": h.score, "match": h.match_kind.as_str(),
                            "hl": h.highlights.iter().map(|&(a, b)| &h.name[a..b]).collect::<Vec<_>>()})
                    })
                    .collect();
                let line = serde_json::json!({"q": q, "hits": hits, "micros": micros});
                writeln!(out, "{line}").expect("write");
                times.push((micros, q));
            }
            out.flush().expect("flush");
            times.sort_unstable_by(|a, b| b.cmp(a));
            for (us, q) in times.iter().take(slowest) {
                eprintln!("{us:>8} µs  {q}");
            }
        }
        _ => eprintln!("usage: cli import --data DIR FILE | cli search --data DIR [--limit N]"),
    }
}
