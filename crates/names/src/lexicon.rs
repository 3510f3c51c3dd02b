//! The cross-language lexicon of generic words (see `lexicon.txt`).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::WordKeys;

/// Concept of function words.
pub(crate) const STOP: &str = "@stop";

const TABLE: &str = include_str!("lexicon.txt");

/// Words shorter than this are looked up by their folded form only: their
/// phonetic stems are too short to be distinctive.
const MIN_STEM_LOOKUP: usize = 4;

/// Shortest stem key (skeleton without its final vowels): a key of four
/// symbols is shared by names (`Гянджа` ~ `gənc`, youth).
const MIN_STEM_KEY: usize = 5;

struct Lexicon {
    /// Folded word → concepts.
    exact: HashMap<String, Vec<&'static str>>,
    /// Deletion neighbourhood of the listed words of at least
    /// [`FUZZY_MIN`] letters (one deletion, two from 8 letters): a
    /// deletion → the words it comes from, with their concepts.
    deletions: HashMap<String, Vec<(String, &'static str)>>,
    /// Stemmed skeleton → concepts.
    stems: HashMap<String, Vec<&'static str>>,
}

fn add(map: &mut HashMap<String, Vec<&'static str>>, key: String, concept: &'static str) {
    let v = map.entry(key).or_default();
    if !v.contains(&concept) {
        v.push(concept);
    }
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon {
        exact: HashMap::new(),
        deletions: HashMap::new(),
        stems: HashMap::new(),
    };
    for line in TABLE.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let Some(concept) = parts.next().filter(|c| c.starts_with('@')) else {
            continue;
        };
        for word in parts {
            let (exact_only, word) = match word.strip_prefix('=') {
                Some(w) => (true, w),
                None => (false, word),
            };
            // A listed compound (`xotin-qizlar`) contributes each of its words.
            for w in crate::split_words(word) {
                add(&mut lex.exact, w.folded.clone(), concept);
                // Latin words also by their plain-ASCII spelling (`guney`
                // for `güney`, `es` for `és`): diacritics are often omitted.
                if !crate::is_cyrillic(&w.folded)
                    && let Some(plain) = ascii_plain(&w.folded)
                {
                    add(&mut lex.exact, plain, concept);
                }
                if !exact_only && concept != STOP && w.folded.chars().count() >= MIN_STEM_LOOKUP {
                    // Primary skeleton only: alternates (initial g→h …) would
                    // make ordinary names look like generic words.
                    let keys = crate::phonetic_keys(&w.folded);
                    if let Some(st) = keys.skeletons.first().and_then(|s| lex_key(s)) {
                        add(&mut lex.stems, st, concept);
                    }
                }
            }
        }
    }
    let words: Vec<(String, Vec<&'static str>)> = lex
        .exact
        .iter()
        .filter(|(w, c)| w.chars().count() >= FUZZY_MIN && !c.contains(&STOP))
        .map(|(w, c)| (w.clone(), c.clone()))
        .collect();
    for (w, concepts) in words {
        for d in neighbourhood(&w) {
            let v = lex.deletions.entry(d).or_default();
            for &c in &concepts {
                if !v.iter().any(|(x, y)| *x == w && *y == c) {
                    v.push((w.clone(), c));
                }
            }
        }
    }
    lex
});

/// Shortest lexicon word looked up within the typo budget.
const FUZZY_MIN: usize = 5;

/// The word and its deletions within [`crate::word_budget`].
fn neighbourhood(w: &str) -> Vec<String> {
    let chars: Vec<char> = w.chars().collect();
    let mut out = vec![w.to_string()];
    let dels = |cs: &[char]| -> Vec<Vec<char>> {
        (0..cs.len())
            .map(|i| cs[..i].iter().chain(&cs[i + 1..]).copied().collect())
            .collect()
    };
    let first = dels(&chars);
    if crate::word_budget(chars.len()) >= 2 {
        for d in &first {
            out.extend(dels(d).into_iter().map(|c| c.into_iter().collect()));
        }
    }
    out.extend(first.into_iter().map(|c| c.into_iter().collect()));
    out.sort_unstable();
    out.dedup();
    out
}

/// Concepts of the lexicon words within the typo budget of a folded word
/// that has none of its own (`dövlələri` → `@state`, `аралары` →
/// `@island`): for queries, never for indexed names.
pub(crate) fn lookup_fuzzy(folded: &str) -> Vec<&'static str> {
    let n = folded.chars().count();
    if n < FUZZY_MIN {
        return Vec::new();
    }
    let budget = crate::word_budget(n);
    let lex = &*LEXICON;
    let mut out: Vec<&'static str> = Vec::new();
    for d in neighbourhood(folded) {
        let Some(v) = lex.deletions.get(&d) else {
            continue;
        };
        for (w, c) in v {
            if !out.contains(c)
                && w.chars().next() == folded.chars().next()
                && crate::edit_distance_within(w, folded, budget).is_some()
            {
                out.push(c);
            }
        }
    }
    out
}

/// The lexicon key of a skeleton: without trailing vowels (case endings,
/// possessive -ı/-si). Suffix stripping is not used here: it would make names
/// look like generic words (Гонолулу ~ könüllü).
fn lex_key(sk: &str) -> Option<String> {
    let key = sk.trim_end_matches(['A', 'I', 'U']);
    (key.chars().count() >= MIN_STEM_KEY).then(|| key.to_string())
}

/// The plain-ASCII spelling of a Latin word (its first variant), if it
/// differs from the word.
fn ascii_plain(folded: &str) -> Option<String> {
    let plain = crate::translit::romanize(folded).0.into_iter().next()?;
    (plain != folded).then_some(plain)
}

/// Concepts of a word: by its folded form, else by its lexicon key.
pub(crate) fn lookup(k: &WordKeys) -> Vec<&'static str> {
    let lex = &*LEXICON;
    if let Some(c) = lex.exact.get(&k.folded) {
        return c.clone();
    }
    if !crate::is_cyrillic(&k.folded)
        && let Some(c) = k.variants.first().and_then(|v| lex.exact.get(v))
    {
        return c.clone();
    }
    // Four-letter words are too easily homophones of generic words
    // (Cons ~ konsey): they must be listed exactly.
    if k.folded.chars().count() <= MIN_STEM_LOOKUP {
        return Vec::new();
    }
    // Any skeleton of the looked-up word: it may be typed without diacritics
    // (`simali` for `şimali`).
    let mut out: Vec<&'static str> = Vec::new();
    let hits = k
        .skeletons
        .iter()
        .filter_map(|s| lex_key(s))
        .filter_map(|st| lex.stems.get(&st));
    for cs in hits {
        for c in cs {
            if !out.contains(c) {
                out.push(c);
            }
        }
    }
    out
}
