//! Exonyms: groups of names of the same place in different languages, from
//! the Unicode CLDR (`data/cldr_places.tsv`, Unicode License v3), for names
//! that share no sounds (`Olaszország` / `Italy` / `Италия`, `Bécs` / `Wien`).
//!
//! A whole name is looked up by its *alias key*: its folded words joined by
//! single spaces, or the primary ASCII spellings of its words joined the same
//! way (a name typed without diacritics). The table holds, for every CLDR
//! name, its folded key and the keys of its word-by-word ASCII spellings (a
//! bounded product of each word's variants), plus the long forms of the
//! Russian abbreviations `о-в` / `о-ва` (остров / острова). Every key of
//! two or more words is also stored glued (`addisabeba`, `pitcairnszigetek`:
//! a name typed without its space or hyphen).
//!
//! [`aliases_fuzzy`] finds the groups of a *misspelled* whole name: a key
//! with the same number of words, all equal but one, which is within a small
//! edit distance ([`word_budget`]). Keys are bucketed by word count and first
//! letter: a lookup compares the query with the keys of one bucket only.

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
    /// Keys as char vectors per word, bucketed by (word count, first char).
    fuzzy: HashMap<(usize, char), Vec<FuzzyKey>>,
    /// First words of all keys (a cheap pre-check before joining words).
    first: HashSet<String>,
    max_words: usize,
}

/// One key of the fuzzy lookup.
struct FuzzyKey {
    words: Vec<Box<[char]>>,
    groups: Vec<u32>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn add(t: &mut Table, key: String, g: u32) {
    if key.is_empty() {
        return;
    }
    if key.contains(' ') {
        add_key(t, key.split(' ').collect(), g);
    }
    add_key(t, key, g);
}

fn add_key(t: &mut Table, key: String, g: u32) {
    let first = key.split(' ').next().unwrap_or_default();
    if !t.first.contains(first) {
        t.first.insert(first.to_string());
    }
    let v = t.groups.entry(key).or_default();
    if !v.contains(&g) {
        v.push(g);
    }
}

/// Buckets every key of the table for [`aliases_fuzzy`].
fn index_fuzzy(t: &mut Table) {
    for (key, groups) in &t.groups {
        let words: Vec<Box<[char]>> = key.split(' ').map(|w| w.chars().collect()).collect();
        let Some(&c) = words[0].first() else {
            continue;
        };
        t.fuzzy.entry((words.len(), c)).or_default().push(FuzzyKey {
            words,
            groups: groups.clone(),
        });
    }
}

fn build() -> Table {
    let mut t = Table {
        groups: HashMap::new(),
        fuzzy: HashMap::new(),
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
    index_fuzzy(&mut t);
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

/// The folded words of `s` and their primary ASCII spellings, or `None`
/// when `s` has no words or more than any key.
fn query_keys(s: &str) -> Option<(Vec<String>, Vec<String>)> {
    let words = crate::split_words(s);
    if words.is_empty() || words.len() > alias_max_words() {
        return None;
    }
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
    Some((words.into_iter().map(|w| w.folded).collect(), ascii))
}

/// The groups of the whole string `s` (folded, then as primary ASCII
/// spellings), sorted and deduplicated.
pub fn aliases(s: &str) -> Vec<u32> {
    let Some((folded, ascii)) = query_keys(s) else {
        return Vec::new();
    };
    let mut out: Vec<u32> = alias_groups(&folded.join(" ")).to_vec();
    out.extend_from_slice(alias_groups(&ascii.join(" ")));
    out.sort_unstable();
    out.dedup();
    out
}

/// Edits allowed in one word of `n` letters (the query's) by
/// [`aliases_fuzzy`]: none below 4 letters, 1 up to 7, then 2.
pub fn word_budget(n: usize) -> usize {
    match n {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The groups of the keys nearest to a misspelled whole string `s` (folded
/// or as primary ASCII spellings): same number of words, every word equal
/// but one, that one within [`word_budget`] edits (of the query word's
/// length). Only the keys at the smallest distance count; sorted and
/// deduplicated. Exact keys count too (distance 0), so callers that already
/// have [`aliases`] use this only when that is empty.
pub fn aliases_fuzzy(s: &str) -> Vec<u32> {
    let Some((folded, ascii)) = query_keys(s) else {
        return Vec::new();
    };
    let t = table();
    let mut best = usize::MAX;
    let mut out: Vec<u32> = Vec::new();
    for q in [&folded, &ascii] {
        let q: Vec<Vec<char>> = q.iter().map(|w| w.chars().collect()).collect();
        let Some(&c) = q[0].first() else {
            continue;
        };
        let Some(bucket) = t.fuzzy.get(&(q.len(), c)) else {
            continue;
        };
        for k in bucket {
            let Some(d) = key_distance(&q, &k.words) else {
                continue;
            };
            if d < best {
                best = d;
                out.clear();
            }
            if d == best {
                out.extend_from_slice(&k.groups);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Distance of a query to a key of the same word count: all words equal but
/// at most one, which is within its budget.
fn key_distance(q: &[Vec<char>], k: &[Box<[char]>]) -> Option<usize> {
    let mut total = 0;
    for (a, b) in q.iter().zip(k) {
        if a[..] == b[..] {
            continue;
        }
        if total > 0 {
            return None;
        }
        total = osa_within(a, b, word_budget(a.len()))?;
    }
    Some(total)
}

/// Longest word compared by [`osa_within`] (stack buffers).
const MAX_FUZZY_CHARS: usize = 40;

/// Optimal-string-alignment distance of `a` and `b` if at most `max`
/// (`max` ≥ 1, words of at most [`MAX_FUZZY_CHARS`]); no allocation.
fn osa_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if max == 0 || a.len().abs_diff(b.len()) > max || b.len() >= MAX_FUZZY_CHARS {
        return None;
    }
    if a.len() >= MAX_FUZZY_CHARS {
        return None;
    }
    let w = b.len() + 1;
    let mut rows = [[0usize; MAX_FUZZY_CHARS]; 3];
    for (j, v) in rows[1][..w].iter_mut().enumerate() {
        *v = j;
    }
    // rows[(i + 1) % 3] is the current row, rows[i % 3] the previous one,
    // rows[(i + 2) % 3] the one before.
    for i in 1..=a.len() {
        let (cur, prev, prev2) = ((i + 1) % 3, i % 3, (i + 2) % 3);
        rows[cur][0] = i;
        let mut row_min = i;
        for j in 1..w {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
    }
    let d = rows[(a.len() + 1) % 3][b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn osa_within_agrees_with_edit_distance(a in "[abcд]{0,9}", b in "[abcд]{0,9}", max in 1usize..3) {
            let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            prop_assert_eq!(super::osa_within(&ca, &cb, max), crate::edit_distance_within(&a, &b, max));
        }
    }

    #[test]
    fn osa_within_edges() {
        let w = |s: &str| s.chars().collect::<Vec<char>>();
        assert_eq!(super::osa_within(&w("ireland"), &w("ireand"), 1), Some(1));
        assert_eq!(super::osa_within(&w("ab"), &w("ba"), 1), Some(1));
        assert_eq!(super::osa_within(&w("ab"), &w("ab"), 0), None);
        let long = "a".repeat(super::MAX_FUZZY_CHARS);
        assert_eq!(super::osa_within(&w(&long), &w(&long), 2), None);
    }
}
