//! Exonyms: groups of names of the same place in different languages, from
//! the Unicode CLDR (`data/cldr_places.tsv`, Unicode License v3), for names
//! that share no sounds (`Olaszország` / `Italy` / `Италия`, `Bécs` / `Wien`).
//!
//! A whole name is looked up by its *alias key*: its folded words joined by
//! single spaces, or the primary ASCII spellings of its words joined the same
//! way (a name typed without diacritics). The table holds, for every CLDR
//! name, its folded key and the keys of its word-by-word ASCII spellings (a
//! bounded product of each word's variants), plus the long forms of the
//! Russian abbreviations `о-в` / `о-ва` (остров / острова).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const DATA: &str = include_str!("../data/cldr_places.tsv");

/// At most this many ASCII spellings of one name enter the table.
const MAX_COMBOS: usize = 16;

/// Abbreviations of CLDR forms and their long forms (both are indexed).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("о-в", "остров"),
    ("о-ва", "острова"),
    ("о-вов", "островов"),
];

struct Table {
    groups: HashMap<String, Vec<u32>>,
    /// First words of all keys (a cheap pre-check before joining words).
    first: HashSet<String>,
    max_words: usize,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn add(t: &mut Table, key: String, g: u32) {
    if key.is_empty() {
        return;
    }
    let first = key.split(' ').next().unwrap_or_default();
    if !t.first.contains(first) {
        t.first.insert(first.to_string());
    }
    let v = t.groups.entry(key).or_default();
    if !v.contains(&g) {
        v.push(g);
    }
}

fn build() -> Table {
    let mut t = Table {
        groups: HashMap::new(),
        first: HashSet::new(),
        max_words: 0,
    };
    let lines = DATA
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    for (g, line) in lines.enumerate() {
        let g = g as u32;
        // Names of one or two letters (`БУ`) are too ambiguous to link.
        for name in line
            .split('\t')
            .filter(|n| n.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        {
            let words: Vec<String> = crate::split_words(name)
                .into_iter()
                .map(|w| w.folded)
                .collect();
            let long: Vec<String> = words
                .iter()
                .map(|w| {
                    ABBREVIATIONS
                        .iter()
                        .find(|(a, _)| a == w)
                        .map_or_else(|| w.clone(), |(_, l)| (*l).to_string())
                })
                .collect();
            for ws in [&words, &long] {
                t.max_words = t.max_words.max(ws.len());
                add(&mut t, ws.join(" "), g);
                // Word-by-word ASCII spellings, bounded.
                let mut combos: Vec<String> = vec![String::new()];
                for w in ws.iter() {
                    let (variants, _) = crate::translit::romanize(w);
                    let mut next = Vec::new();
                    for c in &combos {
                        for v in &variants {
                            if next.len() < MAX_COMBOS {
                                next.push(if c.is_empty() {
                                    v.clone()
                                } else {
                                    format!("{c} {v}")
                                });
                            }
                        }
                    }
                    combos = next;
                }
                for c in combos {
                    add(&mut t, c, g);
                }
            }
        }
    }
    t
}

/// The groups of an alias key (folded words, or primary ASCII spellings,
/// joined by single spaces); empty when the key is no known place name.
pub fn alias_groups(key: &str) -> &'static [u32] {
    table().groups.get(key).map_or(&[], Vec::as_slice)
}

/// Whether some alias key starts with the word `w` (folded or ASCII): a
/// name whose first word fails this needs no lookup.
pub fn alias_may_start(w: &str) -> bool {
    table().first.contains(w)
}

/// The largest number of words of a name in the table: longer names need no
/// lookup.
pub fn alias_max_words() -> usize {
    table().max_words
}

/// The groups of the whole string `s` (folded, then as primary ASCII
/// spellings), sorted and deduplicated.
pub fn aliases(s: &str) -> Vec<u32> {
    let words = crate::split_words(s);
    if words.is_empty() || words.len() > alias_max_words() {
        return Vec::new();
    }
    let folded: Vec<&str> = words.iter().map(|w| w.folded.as_str()).collect();
    let mut out: Vec<u32> = alias_groups(&folded.join(" ")).to_vec();
    let ascii: Vec<String> = words
        .iter()
        .map(|w| {
            crate::translit::romanize(&w.folded)
                .0
                .into_iter()
                .next()
                .unwrap_or_default()
        })
        .collect();
    out.extend_from_slice(alias_groups(&ascii.join(" ")));
    out.sort_unstable();
    out.dedup();
    out
}
