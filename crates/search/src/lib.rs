//! An in-memory, cross-script name index over organizations, people and
//! places.
//!
//! # How it works
//!
//! Every word of every name is expanded by [`names::word_keys`] into keys:
//! folded form (own script), ASCII variants, phonetic skeletons, stems,
//! vowel-blind skeletons and lexicon concepts (`@union`, `@palace` …). Each
//! distinct key is a *term* with a sorted posting list of the names holding
//! it. Hyphenated compounds are also indexed glued (`Alma-Ata` → `almaata`).
//!
//! A query word is expanded by the same function, plus:
//! * fuzzy neighbours of its skeletons and stems from deletion-neighbourhood
//!   tables: edit distance 1 (skeletons of ≥ 4 symbols, one side ≥ 5) and 2
//!   (≥ 6 symbols) on the comparison alphabet;
//! * truncations: indexed words that are a ≥ 5-symbol prefix of the query
//!   word (`Ekvatorial` finds `Ekvator`);
//! * for the last word of a query not ending in a space, prefixes (type-ahead);
//! * an unknown word that matches nothing is split into two known words
//!   (`KostaRika`).
//!
//! Scoring is term-at-a-time over dense per-name accumulators kept per thread
//! (a query allocates almost nothing): each query word contributes the
//! weight of its *best* matching key (exact 1.0 > ASCII variant > skeleton >
//! stem > concept > fuzzy …) times its IDF. The final score adds coverage of
//! the query, coverage of the name (a record whose whole name the query
//! spells beats longer names that merely contain it) and a bonus for
//! whole-name equality in any word order (exact script above ASCII fold).
//! See [`Index::search`].
//!
//! Exonyms: a name whose whole text is a place name of the CLDR table of
//! [`names::aliases`] (folded, or as ASCII spellings) also gets the term of
//! each group it belongs to (`#:<n>`); a query whose whole text is in a group
//! matches every name of that group (`Olaszország` → `Italy`), scored like a
//! whole-name match between exact script and ASCII fold. A query in no
//! group whose whole text is one misspelled word away from a group's name
//! ([`names::aliases_fuzzy`]: `Ireand` → `Írország`) matches that group
//! too, scored like a whole-name match of fuzzy words.
//!
//! Words are processed rarest first; long posting lists of generic words
//! ("union") only re-score candidates found by rarer words (also those found
//! after the generic word was processed), which bounds the work per query.
//!
//! Memory: besides the index itself (postings are `u32` name ids), every
//! thread that searches keeps a scratch area of 16 bytes per name and 12 per
//! record (≈ 31 MB at 1M records), reused across queries.
//!
//! No I/O: the caller feeds [`Doc`]s.

mod fx;
mod types;
mod verify;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Bound;

use fx::{FxMap, hash_str};
use names::WordKeys;
pub use types::{Doc, Facets, Hit, Kind, MatchKind, Query, Results};

// ---- weights of the key kinds: exact script > ASCII variant > phonetic ----
// The scale is compressed on purpose: a phonetic match is strong evidence of
// the same name, so spelling precision must not outweigh whole-name coverage.
const W_EXACT: f32 = 1.0;
const W_VARIANT: f32 = 0.95;
const W_SKEL: f32 = 0.9;
const W_STEM: f32 = 0.8;
const W_CONCEPT: f32 = 0.75;
/// A misspelled generic word's concept ([`names::concepts_fuzzy`]).
const W_CONCEPT_FUZZY: f32 = 0.69;
const W_FUZZY1: f32 = 0.7;
const W_PREFIX: f32 = 0.6;
const W_FUZZY2: f32 = 0.45;
const W_BLIND: f32 = 0.65;
/// An indexed word that is a prefix (≥ 5 symbols) of the query word.
const W_TRUNC: f32 = 0.6;
/// An initial (`A.`) matching the first letter of a word.
const W_INITIAL: f32 = 0.6;
/// Weight of the sound-bigram similarity added when re-ranking.
const W_SOUND: f32 = 0.15;
/// How many top candidates are re-ranked by sound similarity.
const RERANK: usize = 30;
/// Weight at or above which a word match counts as "spelled right".
const W_STRONG: f32 = 0.95;
/// Score of a name in the same exonym group as the whole query: that of a
/// complete match (2 query + 4 name coverage + 0.3) with a whole-name bonus
/// between the ASCII-fold (1.0, plus up to [`W_SOUND`] when re-ranked) and
/// the exact-script (1.5) one.
const ALIAS_SCORE: f32 = 2.0 + 4.0 + 0.3 + 1.0 + W_SOUND + 0.05;
/// Score of a name in the exonym group of a misspelled whole query (see
/// [`names::aliases_fuzzy`]): below [`ALIAS_SCORE`].
const ALIAS_FUZZY_SCORE: f32 = ALIAS_SCORE - 1.0;
/// Tag of exonym group terms.
const TAG_ALIAS: char = '#';

/// Query words beyond this are ignored (a 10 KB query must stay fast).
const MAX_QUERY_WORDS: usize = 12;
/// Only this many bytes of the query text are read.
const MAX_QUERY_BYTES: usize = 1024;
/// A term whose postings exceed `max(GENERATE_MIN, names / GENERATE_DIV)`
/// only re-scores candidates found by rarer words and stronger terms (unless
/// nothing was found yet): generic words like "union" must not drag
/// in a tenth of the index.
const GENERATE_MIN: usize = 2_000;
const GENERATE_DIV: usize = 200;
/// Terms up to `max(GENERATE_MIN * 10, names / GENERATE_DIV * 4)` postings may
/// still generate while fewer than [`FEW_CANDIDATES`] were found.
const GENERATE_SOFT_FACTOR: usize = 4;
const FEW_CANDIDATES: usize = 2_000;
/// Re-score-only scans stop after this many postings per query: a query
/// made only of generic words ("association youth union …") must not read
/// the whole index; the remaining generic terms then go uncredited.
const SCAN_BUDGET: usize = 200_000;
/// No query scores more than this many names (then the remaining lists only
/// re-score): what bounds the work of the broadest queries.
const MAX_CANDIDATES: usize = 8_000;
/// A query word found as written in more than `max(GENERIC_MIN, names /
/// GENERIC_DIV)` names is generic: it cannot carry a match alone.
const GENERIC_MIN: usize = 1_000;
const GENERIC_DIV: usize = 50;
/// Hits are verified word by word (the precision rule, [`verify`]) among
/// this many best candidates beyond the requested page.
const VERIFY_EXTRA: usize = 100;
/// ... and this many more, the best scored of the rest.
const VERIFY_BY_SCORE: usize = 30;
/// "Did you mean" for queries without hits scans the vocabulary only up to
/// this many distinct words.
const RESPELL_MAX_WORDS: usize = 50_000;
/// Prefix expansion reads at most this many terms.
const MAX_PREFIX_TERMS: usize = 24;

/// Tags of the key kinds inside the term dictionary.
const TAG_EXACT: char = 'e';
const TAG_VARIANT: char = 'v';
const TAG_SKEL: char = 's';
const TAG_STEM: char = 't';
const TAG_BLIND: char = 'b';
const TAG_CONCEPT: char = 'k';
/// First letter of the primary ASCII spelling (for initials like `A.`).
const TAG_INITIAL: char = 'i';
/// Acronym of an organization's name, in its own script (`Organization of
/// Turkic States` → `ots`, `Организация тюркских государств` → `отг`).
const TAG_ACRONYM: char = 'a';
/// The same from the primary ASCII spelling of each word (`отг` → `otg`).
const TAG_ACRONYM_ASCII: char = 'A';
/// Acronyms are indexed for names of this many significant words.
const ACRONYM_WORDS: std::ops::RangeInclusive<usize> = 3..=8;

fn tagged(tag: char, s: &str) -> String {
    let mut k = String::with_capacity(s.len() + 2);
    k.push(tag);
    k.push(':');
    k.push_str(s);
    k
}

/// Every tagged key of a word with its weight.
fn word_key_list(k: &WordKeys) -> Vec<(String, f32)> {
    let mut out = Vec::with_capacity(24);
    out.push((tagged(TAG_EXACT, &k.folded), W_EXACT));
    out.extend(
        k.variants
            .iter()
            .map(|v| (tagged(TAG_VARIANT, v), W_VARIANT)),
    );
    out.extend(k.skeletons.iter().map(|v| (tagged(TAG_SKEL, v), W_SKEL)));
    out.extend(k.stems.iter().map(|v| (tagged(TAG_STEM, v), W_STEM)));
    out.extend(k.blind.iter().map(|v| (tagged(TAG_BLIND, v), W_BLIND)));
    out.extend(
        k.concepts
            .iter()
            .map(|v| (tagged(TAG_CONCEPT, v), W_CONCEPT)),
    );
    out
}

/// All deletions of one character (distinct, the word itself excluded).
fn deletions(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<String> = Vec::with_capacity(chars.len());
    for i in 0..chars.len() {
        let d: String = chars[..i].iter().chain(&chars[i + 1..]).collect();
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

/// Words of at most this many letters match across scripts by their ASCII
/// spellings only, and within the typo budget only keeping their first and
/// last letters.
const SHORT_WORD: usize = 4;

/// Minimum skeleton length (chars) for distance-1 and distance-2 fuzzy keys.
const FUZZY1_MIN: usize = 4;
/// Two edits only from 8 symbols on ([`names::word_budget`]).
const FUZZY2_MIN: usize = 8;
/// Shortest terms with a distance-2 neighbourhood: a query word of
/// [`FUZZY2_MIN`] symbols reaches terms at most 2 shorter.
const FUZZY2_INDEX_MIN: usize = FUZZY2_MIN - 2;
/// How many skeletons of an indexed word get distance-2 neighbourhoods.
const FUZZY2_SKELETONS: usize = 2;

// ===================== index structures =====================

/// Cached analysis of one folded word: its term ids.
struct WordTerms {
    terms: Vec<u32>,
    stop: bool,
    /// Primary ASCII spelling (for order-insensitive whole-name hashes).
    ascii: Box<str>,
    /// Sorted bigrams of the primary skeleton (re-ranking by sound).
    grams: Box<[u64]>,
}

struct DocEntry {
    id: String,
    names: Vec<String>,
    first_name: u32,
    alive: bool,
}

/// The filter and facet fields of a document, compact for scans.
#[derive(Clone, Copy)]
struct DocMeta {
    kind: Kind,
    /// Index into `countries`, or `NO_COUNTRY`.
    country: u16,
    /// Range of the doc's areas in `area_arena`.
    areas_start: u32,
    areas_len: u16,
}

const NO_COUNTRY: u16 = u16::MAX;

/// Flag of [`Index::name_doc`]: the document has several names (its best
/// one must be chosen).
const SEVERAL_NAMES: u32 = 1 << 31;

struct NameEntry {
    doc: u32,
    /// Number of words, function words excluded (at least 1).
    ntok: u8,
    /// Hash of the sorted folded words (order-insensitive exact name).
    exact_hash: u64,
    /// Hash of the sorted primary ASCII spellings.
    ascii_hash: u64,
    /// Start of the name's non-function words in `name_words`, followed by
    /// the glued forms of its hyphenated compounds.
    words_start: u32,
    /// Number of entries in `name_words`: `nreal` words, then glued forms.
    words_len: u8,
    /// Number of non-function words (possibly 0, unlike `ntok`).
    nreal: u8,
    alive: bool,
}

/// The name index. `Send + Sync`; searches take `&self` and may run in
/// parallel.
#[derive(Default)]
pub struct Index {
    docs: Vec<DocEntry>,
    /// Word ids of every name's non-function words, name after name.
    name_words: Vec<u32>,
    /// `NameEntry::ntok` of every name, compact for scans.
    name_ntok: Vec<u8>,
    /// `NameEntry::doc` of every name, compact for scoring, with
    /// [`SEVERAL_NAMES`] set when the document has more than one name.
    name_doc: Vec<u32>,
    meta: Vec<DocMeta>,
    area_arena: Vec<u16>,
    by_id: FxMap<String, u32>,
    names: Vec<NameEntry>,
    terms: FxMap<Box<str>, u32>,
    term_text: Vec<Box<str>>,
    postings: Vec<Vec<u32>>,
    /// Variant spellings (untagged) → term, for prefix search.
    prefix: BTreeMap<Box<str>, u32>,
    /// Deletion neighbourhood (≤ 1) of skeleton and stem terms of at least
    /// [`FUZZY1_MIN`] symbols: hash of a deletion → terms.
    fuzzy1: FxMap<u64, Vec<u32>>,
    /// Deletion neighbourhood (≤ 2) of the first skeletons and stem of each
    /// word, for terms of at least [`FUZZY2_MIN`] symbols.
    fuzzy2: FxMap<u64, Vec<u32>>,
    /// Whether a term has its entries in `fuzzy2`.
    has_fuzzy2: Vec<bool>,
    words: Vec<WordTerms>,
    word_ix: FxMap<Box<str>, u32>,
    countries: Vec<String>,
    country_ix: FxMap<String, u16>,
    areas: Vec<String>,
    area_ix: FxMap<String, u16>,
    live: usize,
    dead_names: usize,
}

// ===================== per-thread scoring scratch =====================

/// Per-name accumulator of one query, packed so that crediting a name
/// touches one cache line.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// Query generation in which the name was first touched.
    qgen: u32,
    /// Word generation in which the name last received credit.
    wgen: u32,
    /// Sum of weight × IDF of the matched query words.
    acc: f32,
    /// Number of matched query words.
    matched: u8,
    /// Number of query words matched exactly or by ASCII variant.
    strong: u8,
    /// 1 if the name is in an exonym group of the whole query, 2 if only
    /// in one of the misspelled whole query.
    alias: u8,
    /// Number of query words matched exactly, by spelling or by skeleton
    /// (what the precision rule will call exact or transliterated).
    sound: u8,
}

/// Per-document best name of one query.
#[derive(Clone, Copy, Default)]
struct DocSlot {
    dgen: u32,
    name: u32,
    score: f32,
}

/// Per-thread scratch space of dense accumulators, reused across queries
/// (and across indexes: generations make stale entries invisible).
#[derive(Default)]
struct Scratch {
    counter: u32,
    slots: Vec<Slot>,
    touched: Vec<u32>,
    /// Bit per name: is it in `touched`? (150 KB at 1.2M names: scanning a
    /// long list against it stays in cache, unlike the slots.)
    bits: Vec<u64>,
    docs: Vec<DocSlot>,
    dtouched: Vec<u32>,
}

impl Scratch {
    fn next_gen(&mut self) -> u32 {
        if self.counter == u32::MAX {
            self.counter = 0;
            self.slots.iter_mut().for_each(|s| *s = Slot::default());
            self.docs.iter_mut().for_each(|d| *d = DocSlot::default());
        }
        self.counter += 1;
        self.counter
    }

    fn ensure(&mut self, names: usize, docs: usize) {
        if self.slots.len() < names {
            self.slots.resize(names, Slot::default());
        }
        if self.bits.len() * 64 < names {
            self.bits.resize(names.div_ceil(64), 0);
        }
        if self.docs.len() < docs {
            self.docs.resize(docs, DocSlot::default());
        }
    }
}

impl Slot {
    /// Credits the name with one query word matched at weight `w`.
    #[inline]
    fn credit(&mut self, wg: u32, w: f32, idf: f32) {
        self.wgen = wg;
        self.acc += w * idf;
        self.matched = self.matched.saturating_add(1);
        self.strong = self.strong.saturating_add(u8::from(w >= W_STRONG));
        self.sound = self.sound.saturating_add(u8::from(w >= W_SKEL));
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

// ===================== query plan =====================

/// One analysed query word.
struct QWord {
    /// (term, weight), best weight per term.
    terms: Vec<(u32, f32)>,
    /// `terms` without those whose posting list equals the list of a
    /// stronger term (a word's exact, variant and skeleton lists often
    /// coincide): what the scoring loops read.
    scan: Vec<(u32, f32)>,
    /// Sum of posting lengths (an upper bound of its document frequency).
    df: usize,
    idf: f32,
    /// Never adds candidates, only scores those found by other words
    /// (initials: a letter matches a twentieth of the index).
    rescore_only: bool,
    /// Up to three phonetic skeletons (for the typo budget).
    skels: Vec<String>,
    /// Primary ASCII spelling.
    ascii: String,
    /// First letters of its ASCII spellings.
    firsts: Vec<u8>,
    /// Up to three ASCII spellings (for the typo budget).
    variants: Vec<String>,
    /// Type-ahead: may be the beginning of a name word.
    prefix: bool,
    /// An initial (`A.`).
    initial: bool,
    /// Cannot carry a match alone (lexicon word, very frequent word, initial).
    generic: bool,
    /// Acronym terms the word may be (single-word queries) with their class.
    acronyms: Vec<(u32, u8)>,
}

/// One query word before term lookup.
struct QKey {
    keys: WordKeys,
    /// Also match indexed words it is a prefix of (last word, type-ahead).
    prefix: bool,
    /// Index of the glued form of its hyphenated compound, if any.
    glue: Option<usize>,
    /// An initial like `A.`.
    initial: bool,
    /// Half of an unknown word split in two (`KostaRika`).
    split: bool,
    /// Typed in capitals (`OTS`, `ТДТ`).
    upper: bool,
    /// Typed as a capital followed by small letters (`Osh`, `O'sh`).
    title: bool,
}

/// The analysed query.
struct QPlan {
    words: Vec<QWord>,
    exact_hash: u64,
    ascii_hash: u64,
    /// Sound bigrams of the query (for re-ranking the top hits), sorted.
    grams: Vec<u64>,
    /// Per query word: folded form, sorted sound bigrams, whether any term
    /// matched (for spelling suggestions).
    spelled: Vec<(String, Vec<u64>, bool)>,
    /// Exonym group terms of the whole query.
    alias_terms: Vec<u32>,
    /// Exonym group terms of the misspelled whole query (when
    /// `alias_terms` is empty).
    alias_fuzzy_terms: Vec<u32>,
    /// Terms that match a query word exactly, by spelling or skeleton, or
    /// by concept: per class ([`verify::C_EXACT`] …), the mask of the query
    /// words they match.
    strong: FxMap<u32, [u16; 4]>,
}

/// Debugging view of one query word: document-frequency bound, IDF and the
/// matched terms as `(key, weight, postings)`.
#[doc(hidden)]
pub type WordExplain = (usize, f32, Vec<(String, f32, usize)>);

/// The terms of a query word that only re-scored candidates.
struct Deferred {
    /// Index of the word in the plan.
    word: usize,
    /// Number of candidates when the word was done.
    end_mark: usize,
    /// (term, weight), strongest first.
    terms: Vec<(u32, f32)>,
}

/// A scored document before hits are materialised.
#[derive(Clone, Copy)]
struct Cand {
    doc: u32,
    name: u32,
    score: f32,
    matched: u8,
    strong: u8,
    /// 1 if the name is in an exonym group of the whole query, 2 if of the
    /// misspelled whole query.
    alias: u8,
    /// See [`Slot::sound`].
    sound: u8,
}

fn sorted_hash<'a>(parts: impl Iterator<Item = &'a str>) -> u64 {
    let mut v: Vec<&str> = parts.collect();
    v.sort_unstable();
    hash_str(&v.join(" "))
}

/// A capital letter, then only small ones (at least one): how a word, not
/// an acronym, is written.
fn is_title_case(raw: &str) -> bool {
    let mut letters = raw.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && {
        let mut rest = letters.peekable();
        rest.peek().is_some() && rest.all(char::is_lowercase)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl Index {
    /// An empty index.
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds an index from many documents (later duplicates of an id
    /// replace earlier ones).
    pub fn build(docs: impl IntoIterator<Item = Doc>) -> Self {
        let mut ix = Self::new();
        for d in docs {
            ix.upsert(d);
        }
        ix
    }

    /// Number of live documents.
    pub fn len(&self) -> usize {
        self.live
    }

    /// True if no document is indexed.
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    // ---------- building and updating ----------

    /// Inserts a document, replacing any document with the same id.
    pub fn upsert(&mut self, doc: Doc) {
        self.remove(&doc.id);
        let Ok(doc_ix) = u32::try_from(self.docs.len()) else {
            return;
        };
        if doc_ix & SEVERAL_NAMES != 0 {
            return;
        }
        let country = doc
            .country
            .as_deref()
            .map(|c| Self::intern(&mut self.countries, &mut self.country_ix, c));
        let mut areas: Vec<u16> = doc
            .areas
            .iter()
            .map(|a| Self::intern(&mut self.areas, &mut self.area_ix, a))
            .collect();
        areas.sort_unstable();
        areas.dedup();
        let first_name = self.names.len() as u32;
        for name in &doc.names {
            self.add_name(doc_ix, name, doc.kind);
            let flag = if doc.names.len() > 1 {
                SEVERAL_NAMES
            } else {
                0
            };
            self.name_doc.push(doc_ix | flag);
        }
        self.by_id.insert(doc.id.clone(), doc_ix);
        self.meta.push(DocMeta {
            kind: doc.kind,
            country: country.unwrap_or(NO_COUNTRY),
            areas_start: self.area_arena.len() as u32,
            areas_len: u16::try_from(areas.len()).unwrap_or(u16::MAX),
        });
        self.area_arena
            .extend(areas.iter().take(usize::from(u16::MAX)));
        self.docs.push(DocEntry {
            id: doc.id,
            names: doc.names,
            first_name,
            alive: true,
        });
        self.live += 1;
    }

    /// Removes a document; returns whether it existed.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(ix) = self.by_id.remove(id) else {
            return false;
        };
        let d = &mut self.docs[ix as usize];
        d.alive = false;
        let (first, n) = (d.first_name as usize, d.names.len());
        for ne in &mut self.names[first..first + n] {
            ne.alive = false;
        }
        self.live -= 1;
        self.dead_names += n;
        // Tombstones cost scan time; rebuild when they dominate.
        if self.dead_names > 10_000 && self.dead_names > self.names.len() / 2 {
            self.compact();
        }
        true
    }

    /// Rebuilds the postings without removed documents.
    fn compact(&mut self) {
        let docs: Vec<Doc> = std::mem::take(&mut self.docs)
            .into_iter()
            .zip(&self.meta)
            .filter(|(d, _)| d.alive)
            .map(|(d, m)| Doc {
                id: d.id,
                kind: m.kind,
                names: d.names,
                country: self.country_name(m.country),
                areas: self
                    .doc_areas(m)
                    .iter()
                    .map(|a| self.areas[*a as usize].clone())
                    .collect(),
            })
            .collect();
        *self = Self::build(docs);
    }

    fn intern(list: &mut Vec<String>, ix: &mut FxMap<String, u16>, s: &str) -> u16 {
        if let Some(&i) = ix.get(s) {
            return i;
        }
        // More than 65k distinct values would be a data error; they share
        // the last slot (u16::MAX itself means "none").
        let last = u16::MAX - 1;
        let i = u16::try_from(list.len()).unwrap_or(last).min(last);
        if usize::from(i) == list.len() {
            list.push(s.to_string());
            ix.insert(s.to_string(), i);
        }
        i
    }

    fn country_name(&self, c: u16) -> Option<String> {
        self.countries.get(usize::from(c)).cloned()
    }

    fn doc_areas(&self, m: &DocMeta) -> &[u16] {
        let a = m.areas_start as usize;
        self.area_arena
            .get(a..a + usize::from(m.areas_len))
            .unwrap_or(&[])
    }

    fn add_name(&mut self, doc: u32, name: &str, kind: Kind) {
        let name_ix = self.names.len() as u32;
        let mut ntok = 0u8;
        let mut folded: Vec<Box<str>> = Vec::new();
        let mut ascii: Vec<Box<str>> = Vec::new();
        let spans: Vec<names::WordSpan> = names::split_words(name).into_iter().take(64).collect();
        let chains = hyphen_chains(name, &spans);
        let mut word_ids: Vec<u32> = spans.iter().map(|w| self.word_terms(&w.folded)).collect();
        // Hyphenated compounds are also indexed glued (Alma-Ata ~ Almaty).
        for &(a, b) in &chains {
            let glued: String = spans[a..=b].iter().map(|w| w.folded.as_str()).collect();
            word_ids.push(self.word_terms(&glued));
        }
        // Exonyms: the whole name (folded, or primary ASCII spellings).
        let may_alias = spans.first().is_some_and(|w| {
            names::alias_may_start(&w.folded)
                || names::alias_may_start(&self.words[word_ids[0] as usize].ascii)
        });
        if may_alias && spans.len() <= names::alias_max_words() {
            let folded_key = spans
                .iter()
                .map(|w| w.folded.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let ascii_key = word_ids[..spans.len()]
                .iter()
                .map(|&wi| &*self.words[wi as usize].ascii)
                .collect::<Vec<_>>()
                .join(" ");
            let mut groups: Vec<u32> = names::alias_groups(&folded_key).to_vec();
            groups.extend_from_slice(names::alias_groups(&ascii_key));
            groups.sort_unstable();
            groups.dedup();
            for g in groups {
                let t = self.term_or_insert(tagged(TAG_ALIAS, &g.to_string()), false);
                let p = &mut self.postings[t as usize];
                if p.last() != Some(&name_ix) {
                    p.push(name_ix);
                }
            }
        }
        let words_start = self.name_words.len() as u32;
        // Acronyms of organizations (`OTS`, `TDT`, `ОТГ`): first letters of
        // the significant words, in their own script and in ASCII.
        if kind == Kind::Organization {
            let sig: Vec<usize> = (0..spans.len())
                .filter(|&i| !self.words[word_ids[i] as usize].stop)
                .collect();
            if ACRONYM_WORDS.contains(&sig.len()) {
                let own: String = sig
                    .iter()
                    .filter_map(|&i| spans[i].folded.chars().next())
                    .collect();
                let asc: String = sig
                    .iter()
                    .filter_map(|&i| self.words[word_ids[i] as usize].ascii.chars().next())
                    .collect();
                for key in [tagged(TAG_ACRONYM, &own), tagged(TAG_ACRONYM_ASCII, &asc)] {
                    let t = self.term_or_insert(key, false);
                    let p = &mut self.postings[t as usize];
                    if p.last() != Some(&name_ix) {
                        p.push(name_ix);
                    }
                }
            }
        }
        let mut glued_words: Vec<u32> = Vec::new();
        for (i, &wi) in word_ids.iter().enumerate() {
            let wt = &self.words[wi as usize];
            if i < spans.len() && !wt.stop {
                ntok = ntok.saturating_add(1);
                self.name_words.push(wi);
                folded.push(spans[i].folded.clone().into_boxed_str());
                ascii.push(wt.ascii.clone());
            } else if i >= spans.len() {
                glued_words.push(wi);
            }
            for &t in &wt.terms {
                let p = &mut self.postings[t as usize];
                if p.last() != Some(&name_ix) {
                    p.push(name_ix);
                }
            }
        }
        let nreal = ntok;
        glued_words.truncate(usize::from(u8::MAX - nreal));
        self.name_words.extend_from_slice(&glued_words);
        self.name_ntok.push(ntok.max(1));
        self.names.push(NameEntry {
            doc,
            ntok: ntok.max(1),
            exact_hash: sorted_hash(folded.iter().map(|s| &**s)),
            ascii_hash: sorted_hash(ascii.iter().map(|s| &**s)),
            words_start,
            words_len: nreal + glued_words.len() as u8,
            nreal,
            alive: true,
        });
    }

    /// The cached term ids of a folded word, creating terms as needed.
    fn word_terms(&mut self, folded: &str) -> u32 {
        if let Some(&i) = self.word_ix.get(folded) {
            return i;
        }
        let k = names::word_keys(folded);
        let mut terms: Vec<u32> = Vec::with_capacity(24);
        let (mut skel_rank, mut stem_rank) = (0, 0);
        for (key, _) in word_key_list(&k) {
            // Distance-2 neighbourhoods are large: only for the first
            // skeletons of a word (query words probe with all of theirs).
            let is_skel = key.starts_with(TAG_SKEL);
            let is_stem = key.starts_with(TAG_STEM);
            let rich = (is_skel && skel_rank < FUZZY2_SKELETONS) || (is_stem && stem_rank == 0);
            let t = self.term_or_insert(key, rich);
            skel_rank += usize::from(is_skel);
            stem_rank += usize::from(is_stem);
            if !terms.contains(&t) {
                terms.push(t);
            }
        }
        if let Some(c) = k.variants.first().and_then(|v| v.chars().next()) {
            let t = self.term_or_insert(tagged(TAG_INITIAL, c.encode_utf8(&mut [0; 4])), false);
            terms.push(t);
        }
        let i = self.words.len() as u32;
        self.words.push(WordTerms {
            terms,
            stop: k.stop,
            ascii: k
                .variants
                .first()
                .cloned()
                .unwrap_or_default()
                .into_boxed_str(),
            grams: {
                let mut g = Vec::new();
                if let Some(sk) = k.skeletons.first() {
                    push_grams(sk, &mut g);
                }
                g.sort_unstable();
                g.into_boxed_slice()
            },
        });
        self.word_ix.insert(folded.into(), i);
        i
    }

    /// The term of `key`, created if new; `fuzzy2` asks for its distance-2
    /// deletion neighbourhood (skeleton terms only).
    fn term_or_insert(&mut self, key: String, fuzzy2: bool) -> u32 {
        let t = match self.terms.get(key.as_str()) {
            Some(&t) => t,
            None => {
                let t = self.term_text.len() as u32;
                let body = &key[2..];
                // Skeletons and stems get distance-1 neighbourhoods (a typo in
                // an inflected word is often one edit away from the stem).
                let fuzzy_kind = key.starts_with(TAG_SKEL) || key.starts_with(TAG_STEM);
                if fuzzy_kind && body.chars().count() >= FUZZY1_MIN {
                    self.fuzzy1.entry(hash_str(body)).or_default().push(t);
                    for d in deletions(body) {
                        self.fuzzy1.entry(hash_str(&d)).or_default().push(t);
                    }
                } else if key.starts_with(TAG_VARIANT) {
                    self.prefix.insert(body.into(), t);
                }
                self.term_text.push(key.clone().into_boxed_str());
                self.terms.insert(key.into_boxed_str(), t);
                self.postings.push(Vec::new());
                self.has_fuzzy2.push(false);
                t
            }
        };
        if fuzzy2 && !self.has_fuzzy2[t as usize] {
            self.has_fuzzy2[t as usize] = true;
            let body = self.term_text[t as usize][2..].to_string();
            if body.chars().count() >= FUZZY2_INDEX_MIN {
                let mut seen: Vec<u64> = vec![hash_str(&body)];
                for d1 in deletions(&body) {
                    for d2 in deletions(&d1).into_iter().chain(std::iter::once(d1)) {
                        let h = hash_str(&d2);
                        if !seen.contains(&h) {
                            seen.push(h);
                        }
                    }
                }
                for h in seen {
                    self.fuzzy2.entry(h).or_default().push(t);
                }
            }
        }
        t
    }

    // ---------- query analysis ----------

    /// Skeleton and stem terms within edit distance 1 (or 2 for words of at
    /// least [`FUZZY2_MIN`] symbols) of `skel`, with their weights.
    fn fuzzy_terms(&self, skel: &str, out: &mut Vec<(u32, f32)>) {
        self.fuzzy_terms_min(skel, FUZZY2_MIN, out);
    }

    /// [`Index::fuzzy_terms`] with distance 2 from `d2_min` symbols on.
    fn fuzzy_terms_min(&self, skel: &str, d2_min: usize, out: &mut Vec<(u32, f32)>) {
        let len = skel.chars().count();
        if len < FUZZY1_MIN {
            return;
        }
        let mut cands: Vec<u32> = Vec::new();
        let mut probe = |map: &FxMap<u64, Vec<u32>>, s: &str| {
            if let Some(v) = map.get(&hash_str(s)) {
                cands.extend_from_slice(v);
            }
        };
        probe(&self.fuzzy1, skel);
        let dels = deletions(skel);
        for d in &dels {
            probe(&self.fuzzy1, d);
        }
        let long = len >= d2_min;
        if long {
            probe(&self.fuzzy2, skel);
            for d in &dels {
                probe(&self.fuzzy2, d);
                for d2 in deletions(d) {
                    probe(&self.fuzzy2, &d2);
                }
            }
        }
        cands.sort_unstable();
        cands.dedup();
        let first = skel.chars().next();
        for t in cands {
            let body = &self.term_text[t as usize][2..];
            // A typo keeps the first letter (the precision rule, [`verify`]).
            if body.chars().next() != first {
                continue;
            }
            let blen = body.chars().count();
            let max = if long && blen >= d2_min { 2 } else { 1 };
            // Distance 1 needs one side of ≥ 5 symbols: short words are too dense.
            let d = (0..=max).find(|&d| verify::within(skel, body, d));
            if let Some(d) = d {
                let w = match d {
                    0 => continue, // exact skeleton, already present
                    1 if len.max(blen) >= 5 => W_FUZZY1,
                    2 => W_FUZZY2,
                    _ => continue,
                };
                out.push((t, w));
            }
        }
    }

    /// Indexed skeletons that are a prefix (≥ 5 symbols, at most 5 shorter)
    /// of `skel`: inflected or derived query words (`Ekvatorial` → `Ekvator`).
    fn truncated_terms(&self, skel: &str, out: &mut Vec<(u32, f32)>) {
        let bounds: Vec<usize> = skel.char_indices().map(|(i, _)| i).collect();
        let len = bounds.len();
        if len < 6 {
            return;
        }
        let mut key = String::with_capacity(skel.len() + 2);
        for cut in (5.max(len.saturating_sub(names::word_budget(len)))..len).rev() {
            key.clear();
            key.push(TAG_SKEL);
            key.push(':');
            key.push_str(&skel[..bounds[cut]]);
            if let Some(&t) = self.terms.get(key.as_str()) {
                out.push((t, W_TRUNC));
            }
        }
    }

    /// The initial-letter term of an ASCII spelling, if indexed.
    fn initial_term(&self, ascii: &str) -> Option<u32> {
        let c = ascii.chars().next()?;
        self.terms
            .get(tagged(TAG_INITIAL, c.encode_utf8(&mut [0; 4])).as_str())
            .copied()
    }

    /// True if the word's spelling or skeleton is indexed.
    fn known(&self, k: &WordKeys) -> bool {
        let has = |tag: char, s: &String| self.terms.contains_key(tagged(tag, s).as_str());
        has(TAG_EXACT, &k.folded)
            || k.variants.iter().any(|v| has(TAG_VARIANT, v))
            || k.skeletons.iter().any(|v| has(TAG_SKEL, v))
    }

    /// True if the word has any indexed key or fuzzy neighbour.
    fn matches_anything(&self, k: &WordKeys) -> bool {
        if self.known(k)
            || k.concepts
                .iter()
                .any(|c| self.terms.contains_key(tagged(TAG_CONCEPT, c).as_str()))
        {
            return true;
        }
        let mut fuzzy = Vec::new();
        for sk in &k.skeletons {
            self.fuzzy_terms(sk, &mut fuzzy);
        }
        !fuzzy.is_empty()
    }

    /// Splits an unknown word into two indexed words (each ≥ 3 letters),
    /// trying the most balanced cut first.
    fn word_break(&self, folded: &str) -> Option<(WordKeys, WordKeys)> {
        let bounds: Vec<usize> = folded.char_indices().map(|(i, _)| i).collect();
        let n = bounds.len();
        if !(6..=40).contains(&n) {
            return None;
        }
        let mut cuts: Vec<usize> = (3..=n - 3).collect();
        cuts.sort_by_key(|&c| c.abs_diff(n / 2));
        cuts.into_iter().find_map(|c| {
            let (l, r) = folded.split_at(bounds[c]);
            let (kl, kr) = (names::word_keys(l), names::word_keys(r));
            (self.known(&kl) && self.known(&kr)).then_some((kl, kr))
        })
    }

    /// Analyses a query; terms weaker than `min_weight` are left out.
    fn plan(&self, text: &str, min_weight: f32) -> QPlan {
        let cut = floor_char_boundary(text, MAX_QUERY_BYTES);
        let text = &text[..cut];
        let group_terms = |groups: Vec<u32>| -> Vec<u32> {
            groups
                .into_iter()
                .filter_map(|g| {
                    self.terms
                        .get(tagged(TAG_ALIAS, &g.to_string()).as_str())
                        .copied()
                })
                .collect()
        };
        let alias_terms = group_terms(names::aliases(text));
        // A misspelled exonym is a fuzzy match: not for duplicate hints.
        let alias_fuzzy_terms = if alias_terms.is_empty() && min_weight < W_FUZZY1 {
            group_terms(names::aliases_fuzzy(text))
        } else {
            Vec::new()
        };
        let mut spans = names::split_words(text);
        let open_end = !text.ends_with(char::is_whitespace);
        spans.truncate(4 * MAX_QUERY_WORDS);
        // Glued forms of hyphenated compounds, keyed by their parts.
        let mut glued: Vec<Option<usize>> = vec![None; spans.len()];
        let mut glued_keys: Vec<WordKeys> = Vec::new();
        for (a, b) in hyphen_chains(text, &spans) {
            let g: String = spans[a..=b].iter().map(|w| w.folded.as_str()).collect();
            glued_keys.push(names::word_keys(&g));
            glued[a..=b]
                .iter_mut()
                .for_each(|x| *x = Some(glued_keys.len() - 1));
        }
        let mut keys: Vec<QKey> = Vec::new();
        let nspans = spans.len();
        for (i, w) in spans.drain(..).enumerate() {
            if keys.iter().any(|q| q.keys.folded == w.folded) {
                continue;
            }
            let is_last = i + 1 == nspans;
            let k = names::word_keys(&w.folded);
            // Words typed together ("KostaRika", "AddisAbeba"): split an
            // unknown word into two known ones.
            if glued[i].is_none()
                && !w.initial
                && !self.matches_anything(&k)
                && let Some((a, b)) = self.word_break(&w.folded)
            {
                keys.push(QKey {
                    keys: a,
                    prefix: false,
                    glue: None,
                    initial: false,
                    split: true,
                    upper: false,
                    title: false,
                });
                keys.push(QKey {
                    keys: b,
                    prefix: is_last && open_end,
                    glue: None,
                    initial: false,
                    split: true,
                    upper: false,
                    title: false,
                });
                continue;
            }
            let prefix = is_last && open_end && !w.initial;
            let raw = &text[w.start..w.end];
            keys.push(QKey {
                keys: k,
                prefix,
                glue: glued[i],
                initial: w.initial,
                split: false,
                upper: raw.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()),
                title: is_title_case(raw),
            });
        }
        // Function words count only when nothing else is left ("A." of
        // "A. Kovács" is an initial, not the article).
        if keys.iter().any(|q| !q.keys.stop && !q.initial) {
            keys.retain(|q| !q.keys.stop || q.initial);
        }
        keys.truncate(MAX_QUERY_WORDS);
        let exact_hash = sorted_hash(keys.iter().map(|q| q.keys.folded.as_str()));
        let ascii_hash = sorted_hash(
            keys.iter()
                .map(|q| q.keys.variants.first().map_or("", String::as_str)),
        );
        let n = self.names.len().max(1) as f32;
        let single = keys.len() == 1 && !keys[0].initial;
        let mut words = Vec::with_capacity(keys.len());
        for q in &keys {
            let (k, prefix, glue) = (&q.keys, &q.prefix, &q.glue);
            let mut terms: Vec<(u32, f32)> = Vec::with_capacity(32);
            if q.initial {
                // An initial matches any word with that first letter.
                if let Some(t) = k.variants.first().and_then(|v| self.initial_term(v)) {
                    terms.push((t, W_INITIAL));
                }
                let df = terms
                    .first()
                    .map_or(0, |(t, _)| self.postings[*t as usize].len());
                let idf = (1.0 + n / (1.0 + df as f32)).ln().max(0.05);
                words.push(QWord {
                    scan: terms.clone(),
                    terms,
                    df,
                    idf,
                    rescore_only: true,
                    skels: Vec::new(),
                    ascii: k.variants.first().cloned().unwrap_or_default(),
                    firsts: Vec::new(),
                    variants: Vec::new(),
                    prefix: false,
                    initial: true,
                    generic: true,
                    acronyms: Vec::new(),
                });
                continue;
            }
            let glued_list = glue
                .map(|g| word_key_list(&glued_keys[g]))
                .unwrap_or_default();
            for (key, w) in word_key_list(k).into_iter().chain(glued_list) {
                if let Some(&t) = self.terms.get(key.as_str()) {
                    terms.push((t, w));
                }
            }
            // Frequency of the word as written: a word in a large share of
            // the names is generic whatever the lexicon says.
            let exact_df = self
                .terms
                .get(tagged(TAG_EXACT, &k.folded).as_str())
                .map_or(0, |&t| self.postings[t as usize].len());
            let letters = k.folded.chars().count();
            // A misspelled generic word (`Dövlələri`) is still generic.
            let mut fuzzy_concept = false;
            if k.concepts.is_empty() && !k.stop {
                for c in names::concepts_fuzzy(&k.folded) {
                    if let Some(&t) = self.terms.get(tagged(TAG_CONCEPT, c).as_str()) {
                        terms.push((t, W_CONCEPT_FUZZY));
                        fuzzy_concept = true;
                    }
                }
            }
            let generic = !k.concepts.is_empty()
                || fuzzy_concept
                || k.stop
                || q.split
                || letters <= 3
                || exact_df > GENERIC_MIN.max(self.names.len() / GENERIC_DIV);
            // A single short word may be an acronym: typed in capitals
            // (`OTS`, `ТДТ`, `TÜRKPA`) or of three small letters (`otg`);
            // a capital then small letters is a word (`Osh`, `Ош` are a
            // city, not `Oklend Suw Hereketi`).
            let mut acronyms: Vec<(u32, u8)> = Vec::new();
            if single
                && (q.upper || (letters <= 3 && !q.title))
                && (2..=*ACRONYM_WORDS.end()).contains(&letters)
            {
                if let Some(&t) = self.terms.get(tagged(TAG_ACRONYM, &k.folded).as_str()) {
                    acronyms.push((t, verify::C_EXACT));
                    terms.push((t, W_EXACT));
                }
                for v in &k.variants {
                    if let Some(&t) = self.terms.get(tagged(TAG_ACRONYM_ASCII, v).as_str()) {
                        acronyms.push((t, verify::C_TRANSLIT));
                        terms.push((t, W_VARIANT));
                    }
                }
            }
            for sk in &k.skeletons {
                self.fuzzy_terms(sk, &mut terms);
                self.truncated_terms(sk, &mut terms);
            }
            for st in k.stems.iter().filter(|st| !k.skeletons.contains(st)) {
                self.fuzzy_terms(st, &mut terms);
            }
            if let Some(p) = k
                .variants
                .first()
                .filter(|_| *prefix && k.folded.chars().count() >= 3)
            {
                let range = self
                    .prefix
                    .range::<str, _>((Bound::Included(p.as_str()), Bound::Unbounded));
                for (body, &t) in range.take(MAX_PREFIX_TERMS) {
                    if !body.starts_with(p.as_str()) {
                        break;
                    }
                    terms.push((t, W_PREFIX));
                }
            }
            terms.retain(|t| t.1 >= min_weight);
            // Best weight per term, strongest first.
            terms.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
            terms.dedup_by_key(|x| x.0);
            // Strongest first; among equals the rarest first, so that small
            // lists generate candidates before big ones are consulted.
            terms.sort_unstable_by(|a, b| {
                b.1.total_cmp(&a.1).then_with(|| {
                    self.postings[a.0 as usize]
                        .len()
                        .cmp(&self.postings[b.0 as usize].len())
                })
            });
            let df: usize = terms
                .iter()
                .map(|(t, _)| self.postings[*t as usize].len())
                .sum();
            let idf = (1.0 + n / (1.0 + df.min(self.names.len()) as f32))
                .ln()
                .max(0.05);
            let mut scan: Vec<(u32, f32)> = Vec::with_capacity(terms.len());
            for &(t, w) in &terms {
                let p = &self.postings[t as usize];
                let dup = scan.iter().any(|&(k, _)| {
                    let q = &self.postings[k as usize];
                    q.len() == p.len() && q == p
                });
                if !dup {
                    scan.push((t, w));
                }
            }
            words.push(QWord {
                terms,
                scan,
                df,
                idf,
                rescore_only: false,
                skels: k.skeletons.iter().take(3).cloned().collect(),
                ascii: k.variants.first().cloned().unwrap_or_default(),
                firsts: k.variants.iter().filter_map(|v| v.bytes().next()).collect(),
                variants: k.variants.iter().take(3).cloned().collect(),
                prefix: *prefix,
                initial: false,
                generic,
                acronyms,
            });
        }
        let mut grams = Vec::new();
        let mut spelled = Vec::with_capacity(keys.len());
        for (q, w) in keys.iter().zip(&words) {
            let mut g = Vec::new();
            if let Some(sk) = q.keys.skeletons.first() {
                push_grams(sk, &mut g);
            }
            grams.extend_from_slice(&g);
            g.sort_unstable();
            spelled.push((q.keys.folded.clone(), g, !w.terms.is_empty()));
        }
        grams.sort_unstable();
        let mut strong: FxMap<u32, [u16; 4]> = FxMap::default();
        for (i, w) in words.iter().enumerate().take(16) {
            // A word of at most 4 letters must be spelled alike (its
            // skeleton is shared by too many words: `Osh` ~ `us`, `Keya` ~
            // `Kaya`, `Çaem` ~ `Cem`).
            let short = keys
                .get(i)
                .is_some_and(|k| k.keys.folded.chars().count() <= SHORT_WORD);
            for &(t, wt) in &w.terms {
                let cls = if wt >= W_EXACT {
                    verify::C_EXACT
                } else if wt >= W_VARIANT || (wt >= W_SKEL && !short) {
                    verify::C_TRANSLIT
                } else if wt == W_CONCEPT {
                    verify::C_TRANSLATED
                } else if wt == W_CONCEPT_FUZZY {
                    verify::C_FUZZY
                } else {
                    continue;
                };
                strong.entry(t).or_default()[usize::from(cls)] |= 1 << i;
            }
        }
        QPlan {
            strong,
            words,
            exact_hash,
            ascii_hash,
            grams,
            spelled,
            alias_terms,
            alias_fuzzy_terms,
        }
    }

    // ---------- candidate generation and scoring ----------

    /// Scores every document matching the plan; returns candidates (one per
    /// doc, its best name) and the number of query words.
    fn candidates(&self, plan: &QPlan, kind: Option<Kind>) -> Vec<Cand> {
        let nwords = plan.words.len();
        if nwords == 0 || self.names.is_empty() {
            return Vec::new();
        }
        let sum_idf: f32 = plan.words.iter().map(|w| w.idf).sum::<f32>().max(1e-6);
        let mut order: Vec<usize> = (0..nwords).collect();
        // Rarest first; re-score-only words last, when candidates exist.
        // Generic words (union, centre …) never carry a match alone, so
        // when the query has another word they only re-score its candidates.
        let has_sig = plan.words.iter().any(|w| !w.generic);
        let rescore_only = |w: &QWord| w.rescore_only || (has_sig && w.generic);
        order.sort_by_key(|&i| (rescore_only(&plan.words[i]), plan.words[i].df));
        SCRATCH.with(|cell| {
            let mut guard = cell.borrow_mut();
            let sc = &mut *guard;
            sc.ensure(self.names.len(), self.docs.len());
            let q = sc.next_gen();
            // Clear the previous query's bits, then its candidates.
            let Scratch { bits, touched, .. } = &mut *sc;
            for &n in touched.iter() {
                bits[n as usize >> 6] &= !(1u64 << (n & 63));
            }
            touched.clear();
            let gen_limit = GENERATE_MIN.max(self.names.len() / GENERATE_DIV);
            let soft_limit = (GENERATE_MIN * 10).max(gen_limit * GENERATE_SOFT_FACTOR);
            let check_alive = self.dead_names > 0;
            // Terms that did not generate, per word, with the number of
            // candidates that existed when the word was done: candidates
            // found later by other words still deserve their credit.
            let mut deferred: Vec<Deferred> = Vec::new();
            // Postings read by re-score-only scans so far.
            let mut scanned = 0usize;
            for &wi in &order {
                let word = &plan.words[wi];
                let wg = sc.next_gen();
                // Names credited by this word so far.
                let mut word_hits = 0usize;
                let mut skipped: Vec<(u32, f32)> = Vec::new();
                for &(t, w) in &word.scan {
                    let postings = &self.postings[t as usize];
                    // Approximate matches (fuzzy, prefix, vowel-blind) with
                    // long lists only re-score: they would flood the
                    // candidates with look-alikes.
                    let len = postings.len();
                    let rescore = rescore_only(word);
                    let full = sc.touched.len() >= MAX_CANDIDATES;
                    // A list that would overflow the candidates brings in
                    // only short names (below), not the first names it holds.
                    let fits = sc.touched.len() + len <= MAX_CANDIDATES;
                    let generate = if rescore || !fits {
                        false
                    } else if w < W_FUZZY1 {
                        // Distance-2 look-alikes: small lists, or when this
                        // word found nothing better.
                        len <= gen_limit / 2 || word_hits == 0
                    } else {
                        len <= gen_limit || (len <= soft_limit && sc.touched.len() < FEW_CANDIDATES)
                    };
                    // Short queries still look through long approximate lists
                    // for names they could cover entirely (`Boku` → `Baku`
                    // among thousands of `B*k*` words).
                    // And a very long list of the first words only brings in
                    // the names it could cover entirely or all but one word.
                    let short_names = !generate
                        && !rescore
                        && !full
                        && ((nwords <= 2 && (W_TRUNC..W_FUZZY1).contains(&w) && len <= soft_limit)
                            || ((sc.touched.len() < FEW_CANDIDATES || !fits) && w >= W_FUZZY1));
                    let short_max = if w >= W_FUZZY1 { nwords + 1 } else { nwords };
                    if !generate {
                        skipped.push((t, w));
                    }
                    if !generate && !short_names {
                        // Re-score only: filter the list through the bitset,
                        // within the scan budget of the query (and not at
                        // all while there is nothing to re-score).
                        if scanned > SCAN_BUDGET || sc.touched.is_empty() {
                            continue;
                        }
                        scanned += len;
                        let Scratch { slots, bits, .. } = &mut *sc;
                        for &n in postings {
                            if bits[n as usize >> 6] & (1u64 << (n & 63)) != 0 {
                                let slot = &mut slots[n as usize];
                                if slot.wgen != wg {
                                    slot.credit(wg, w, word.idf);
                                    word_hits += 1;
                                }
                            }
                        }
                        continue;
                    }
                    if !generate {
                        // Short-name scans of long lists share the budget.
                        if scanned > SCAN_BUDGET {
                            continue;
                        }
                        scanned += len;
                    }
                    for &n in postings {
                        let slot = &mut sc.slots[n as usize];
                        if slot.wgen == wg {
                            continue;
                        }
                        if slot.qgen != q {
                            let short_ok =
                                short_names && usize::from(self.name_ntok[n as usize]) <= short_max;
                            if !(generate || short_ok) || sc.touched.len() >= MAX_CANDIDATES {
                                continue;
                            }
                            if check_alive || kind.is_some() {
                                let ne = &self.names[n as usize];
                                if !ne.alive
                                    || kind.is_some_and(|k| self.meta[ne.doc as usize].kind != k)
                                {
                                    continue;
                                }
                            }
                            *slot = Slot {
                                qgen: q,
                                ..Slot::default()
                            };
                            sc.touched.push(n);
                            sc.bits[n as usize >> 6] |= 1u64 << (n & 63);
                        }
                        slot.credit(wg, w, word.idf);
                        word_hits += 1;
                    }
                }
                if !skipped.is_empty() {
                    deferred.push(Deferred {
                        word: wi,
                        end_mark: sc.touched.len(),
                        terms: skipped,
                    });
                }
            }
            self.credit_late(sc, plan, q, &deferred, SCAN_BUDGET.saturating_sub(scanned));
            // Exonyms of the whole query.
            let alias_lists = plan.alias_terms.iter().map(|&t| (t, true));
            let fuzzy_lists = plan.alias_fuzzy_terms.iter().map(|&t| (t, false));
            for (t, exact) in alias_lists.chain(fuzzy_lists) {
                for &n in &self.postings[t as usize] {
                    let slot = &mut sc.slots[n as usize];
                    if slot.qgen != q {
                        let ne = &self.names[n as usize];
                        if !ne.alive || kind.is_some_and(|k| self.meta[ne.doc as usize].kind != k) {
                            continue;
                        }
                        *slot = Slot {
                            qgen: q,
                            ..Slot::default()
                        };
                        sc.touched.push(n);
                        sc.bits[n as usize >> 6] |= 1u64 << (n & 63);
                    }
                    if exact {
                        slot.alias = 1;
                    } else if slot.alias == 0 {
                        slot.alias = 2;
                    }
                }
            }
            // Score names, keep the best name per doc.
            let dq = sc.next_gen();
            sc.dtouched.clear();
            let cand = |slot: Slot, doc: u32, name: u32, score: f32| {
                // An exonym counts as every query word spelled right (a
                // misspelled one as every word matched).
                let all = u8::try_from(nwords).unwrap_or(u8::MAX);
                let (matched, strong) = if slot.alias == 1 {
                    (all, all)
                } else if slot.alias == 2 {
                    (all, 0)
                } else {
                    (0, 0)
                };
                Cand {
                    doc,
                    name,
                    score,
                    matched: slot.matched.max(matched),
                    strong: slot.strong.max(strong),
                    alias: slot.alias,
                    sound: slot.sound.max(strong),
                }
            };
            // The loop reads compact arrays (the name entries and the
            // per-document slots are cache misses at a million records):
            // a name's entry only when it may equal the query, a document's
            // slot only when the document has several names.
            let mut out: Vec<Cand> = Vec::with_capacity(sc.touched.len());
            for &n in &sc.touched {
                let slot = sc.slots[n as usize];
                let ntok = self.name_ntok[n as usize];
                let qcov = slot.acc / sum_idf;
                let ncov = f32::from(slot.matched.min(ntok)) / f32::from(ntok);
                // Name coverage weighs more than query coverage: the record
                // whose whole name the query spells beats longer names that
                // merely contain the query words.
                let mut s = 2.0 * qcov + 4.0 * ncov;
                if usize::from(slot.matched) == nwords {
                    s += 0.3;
                }
                // Whole-name equality needs as many words as the query.
                if usize::from(ntok) == nwords {
                    let ne = &self.names[n as usize];
                    if ne.exact_hash == plan.exact_hash {
                        s += 1.5;
                    } else if ne.ascii_hash == plan.ascii_hash {
                        s += 1.0;
                    }
                }
                if slot.alias == 1 {
                    s = s.max(ALIAS_SCORE);
                } else if slot.alias == 2 {
                    s = s.max(ALIAS_FUZZY_SCORE);
                }
                let nd = self.name_doc[n as usize];
                let doc = nd & !SEVERAL_NAMES;
                if nd & SEVERAL_NAMES == 0 {
                    out.push(cand(slot, doc, n, s));
                    continue;
                }
                let d = &mut sc.docs[doc as usize];
                if d.dgen != dq {
                    *d = DocSlot {
                        dgen: dq,
                        name: n,
                        score: s,
                    };
                    sc.dtouched.push(doc);
                } else if s > d.score {
                    d.score = s;
                    d.name = n;
                }
            }
            out.extend(sc.dtouched.iter().map(|&d| {
                let ds = sc.docs[d as usize];
                cand(sc.slots[ds.name as usize], d, ds.name, ds.score)
            }));
            out
        })
    }

    /// Second pass of [`Index::candidates`]: gives candidates found after a
    /// word was processed the credit of that word's non-generating terms
    /// (strongest first, one credit per word).
    fn credit_late(
        &self,
        sc: &mut Scratch,
        plan: &QPlan,
        q: u32,
        deferred: &[Deferred],
        mut budget: usize,
    ) {
        for d in deferred {
            let (end_mark, terms) = (&d.end_mark, &d.terms);
            if sc.touched.len() <= *end_mark {
                continue;
            }
            let word = &plan.words[d.word];
            // `late` marks late candidates not yet credited by this word.
            let late = sc.next_gen();
            let done = sc.next_gen();
            let Scratch {
                slots,
                touched,
                bits,
                ..
            } = sc;
            for &n in &touched[*end_mark..] {
                slots[n as usize].wgen = late;
            }
            for &(t, w) in terms {
                let postings = &self.postings[t as usize];
                if postings.len() > budget {
                    continue;
                }
                budget -= postings.len();
                for &n in postings {
                    if bits[n as usize >> 6] & (1u64 << (n & 63)) != 0 {
                        let slot = &mut slots[n as usize];
                        if slot.qgen == q && slot.wgen == late {
                            slot.credit(done, w, word.idf);
                        }
                    }
                }
            }
        }
    }

    // ---------- public search API ----------

    /// Prepares this thread's scoring scratch space (about 30 MB at 1M
    /// records), so that the thread's first search does not pay for it.
    pub fn warm_up(&self) {
        SCRATCH.with(|cell| {
            cell.borrow_mut().ensure(self.names.len(), self.docs.len());
        });
    }

    /// Debugging aid: sizes of the internal structures.
    #[doc(hidden)]
    pub fn stats(&self) -> String {
        let postings: usize = self.postings.iter().map(Vec::len).sum();
        let f1: usize = self.fuzzy1.values().map(Vec::len).sum();
        let f2: usize = self.fuzzy2.values().map(Vec::len).sum();
        format!(
            "docs {} names {} words {} terms {} postings {} fuzzy1 {}/{} fuzzy2 {}/{}",
            self.docs.len(),
            self.names.len(),
            self.words.len(),
            self.term_text.len(),
            postings,
            self.fuzzy1.len(),
            f1,
            self.fuzzy2.len(),
            f2
        )
    }

    /// Debugging aid (see [`WordExplain`]): for each query word, its document-frequency bound, IDF
    /// and matched terms as `(key, weight, postings)`.
    #[doc(hidden)]
    pub fn explain(&self, text: &str) -> Vec<WordExplain> {
        self.plan(text, 0.0)
            .words
            .iter()
            .map(|w| {
                let terms = w
                    .terms
                    .iter()
                    .map(|&(t, wt)| {
                        (
                            self.term_text[t as usize].to_string(),
                            wt,
                            self.postings[t as usize].len(),
                        )
                    })
                    .collect();
                (w.df, w.idf, terms)
            })
            .collect()
    }

    /// Searches the index.
    ///
    /// Score (positive, higher is better) of a name:
    /// `2 × query coverage + 4 × name coverage + 0.3 if every query word
    /// matched + 1.5 for whole-name equality in any word order (or 1.0 for
    /// equality of the ASCII spellings)`, where query coverage is the
    /// IDF-weighted mean of each word's best match weight (exact 1.0, ASCII
    /// variant 0.95, skeleton 0.9, stem 0.8, concept 0.75, distance-1 0.7,
    /// vowel-blind 0.65, prefix/truncation 0.6, distance-2 0.45) and name
    /// coverage the share of the name's words matched. A record scores as
    /// its best name. The best 30 then get up to 0.15 for the sound-bigram
    /// similarity of name and query (a tie-breaker between look-alikes);
    /// remaining ties go to the earlier indexed record.
    ///
    /// A record *matches* when it matches at least half of the query words;
    /// if none does, any record matching one word matches. `total` and `hits`
    /// apply the filters; `facets` ignore them (see [`Facets`]). Because
    /// very common approximate keys only re-score (see the crate docs),
    /// `total` is a lower bound for broad queries with rare typos.
    ///
    /// Empty or punctuation-only text gives no hits; only the first 1 KiB and
    /// 12 distinct words of the text are used.
    pub fn search(&self, q: &Query) -> Results {
        let plan = self.plan(&q.text, 0.0);
        if plan.words.is_empty() {
            return Results::empty();
        }
        let nwords = plan.words.len();
        let limit = if q.limit == 0 { 10 } else { q.limit };
        let mut cands = self.candidates(&plan, None);
        // The precision rule (see [`verify`]) on the best candidates: those
        // matching the most words, then the best scored. Beyond them, a
        // candidate counts only if generation matched all its words.
        let want = q.offset.saturating_add(limit).saturating_add(VERIFY_EXTRA);
        let pre = |a: &Cand, b: &Cand| {
            b.matched
                .cmp(&a.matched)
                .then(b.sound.cmp(&a.sound))
                .then(b.score.total_cmp(&a.score))
                .then(a.doc.cmp(&b.doc))
        };
        // And the best scored of the others (short names matched by a stem
        // or vowel-blind key, `Bermuda` for `Бермуд`).
        // Whatever the words matched: a name spelling the query's rare word
        // alone (`Komor` for `Komor orolari`) must not be crowded out by
        // thousands of longer names that also hold its generic one.
        let pre2 = |a: &Cand, b: &Cand| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc));
        let mut verify_n = want.min(cands.len());
        if want < cands.len() {
            cands.select_nth_unstable_by(want, pre);
            let rest = &mut cands[want..];
            let extra = VERIFY_BY_SCORE.min(rest.len());
            if extra < rest.len() {
                rest.select_nth_unstable_by(extra, pre2);
            }
            verify_n += extra;
        }
        let mut verdicts: Vec<Option<verify::Verdict>> = Vec::with_capacity(cands.len());
        for (i, c) in cands.iter().enumerate() {
            verdicts.push((i < verify_n).then(|| self.verify(&plan, c)));
        }
        let matching: Vec<(Cand, Option<verify::Verdict>)> = cands
            .into_iter()
            .zip(verdicts)
            .filter(|(c, v)| match v {
                Some(v) => v.relevant(&plan),
                None => usize::from(c.matched) >= nwords,
            })
            .collect();

        let mut facets = Facets::default();
        let mut kinds = [0usize; 3];
        let mut countries = vec![0usize; self.countries.len()];
        let mut areas = vec![0usize; self.areas.len()];
        let country_filter = q
            .country
            .as_deref()
            .map(|c| self.country_ix.get(c).copied());
        let area_filter = q.area.as_deref().map(|a| self.area_ix.get(a).copied());
        let mut hits: Vec<(Cand, Option<verify::Verdict>)> = Vec::new();
        for (c, v) in &matching {
            let m = &self.meta[c.doc as usize];
            let doc_areas = self.doc_areas(m);
            kinds[m.kind as usize] += 1;
            if let Some(n) = countries.get_mut(usize::from(m.country)) {
                *n += 1;
            }
            for a in doc_areas {
                areas[*a as usize] += 1;
            }
            let ok = q.kind.is_none_or(|k| k == m.kind)
                && country_filter.is_none_or(|f| f == Some(m.country))
                && area_filter.is_none_or(|f| f.is_some_and(|f| doc_areas.contains(&f)));
            if ok {
                hits.push((*c, *v));
            }
        }
        for (k, n) in [Kind::Organization, Kind::Person, Kind::Place]
            .into_iter()
            .zip(kinds)
        {
            if n > 0 {
                facets.kind.push((k, n));
            }
        }
        facets.kind.sort_by_key(|k| std::cmp::Reverse(k.1));
        facets.country = top_facets(countries, &self.countries);
        facets.area = top_facets(areas, &self.areas);

        let total = hits.len();
        let verified: Vec<(Cand, verify::Verdict)> = hits
            .into_iter()
            .filter_map(|(c, v)| v.map(|v| (c, v)))
            .collect();
        let page = self.top(self.rerank(verified, &plan), q.offset, limit);
        let suggestion = match page.first() {
            Some(_) => self.suggestion(&page, nwords),
            None => self.respell(&plan),
        };
        let hits = page
            .iter()
            .map(|(c, v)| self.hit(c, &plan, v.kind()))
            .collect();
        Results {
            total,
            hits,
            facets,
            suggestion,
        }
    }

    /// The best `limit` verified hits after `offset`, best first: by
    /// [`verify::Verdict::rank`], then score.
    fn top(
        &self,
        mut v: Vec<(Cand, verify::Verdict)>,
        offset: usize,
        limit: usize,
    ) -> Vec<(Cand, verify::Verdict)> {
        let cmp = |(a, va): &(Cand, verify::Verdict), (b, vb): &(Cand, verify::Verdict)| {
            vb.rank()
                .cmp(&va.rank())
                .then(b.score.total_cmp(&a.score))
                .then(a.doc.cmp(&b.doc))
        };
        let want = offset.saturating_add(limit);
        if want < v.len() {
            v.select_nth_unstable_by(want, cmp);
            v.truncate(want);
        }
        v.sort_unstable_by(cmp);
        v.into_iter().skip(offset).collect()
    }

    /// Adds to the best [`RERANK`] candidates a share of the sound-bigram
    /// similarity of their name to the query: among names matched equally
    /// well word by word, the one that sounds closest wins (`Канда` →
    /// `Kanada` rather than `Keniýa`).
    fn rerank(
        &self,
        mut v: Vec<(Cand, verify::Verdict)>,
        plan: &QPlan,
    ) -> Vec<(Cand, verify::Verdict)> {
        if plan.grams.is_empty() || v.is_empty() {
            return v;
        }
        let cmp = |(a, va): &(Cand, verify::Verdict), (b, vb): &(Cand, verify::Verdict)| {
            vb.rank()
                .cmp(&va.rank())
                .then(b.score.total_cmp(&a.score))
                .then(a.doc.cmp(&b.doc))
        };
        let n = v.len().min(RERANK);
        if n < v.len() {
            v.select_nth_unstable_by(n - 1, cmp);
        }
        let mut buf: Vec<u64> = Vec::with_capacity(64);
        for (c, _) in &mut v[..n] {
            let ne = &self.names[c.name as usize];
            let start = ne.words_start as usize;
            let end = start + usize::from(ne.nreal);
            buf.clear();
            for &wi in &self.name_words[start..end] {
                buf.extend_from_slice(&self.words[wi as usize].grams);
            }
            buf.sort_unstable();
            c.score += W_SOUND * dice(&plan.grams, &buf);
        }
        v
    }

    /// "Did you mean": the best hit's name when it matched only approximately.
    fn suggestion(&self, page: &[(Cand, verify::Verdict)], nwords: usize) -> Option<String> {
        let (best, _) = page.first()?;
        if usize::from(best.strong) >= nwords {
            return None;
        }
        Some(self.name_text(best.name).to_string())
    }

    /// "Did you mean" when nothing matched: every query word that matched
    /// no term is replaced by the indexed word that sounds closest (sound
    /// bigram Dice ≥ 0.5). Scans the vocabulary, so it is only used when
    /// there are no hits.
    fn respell(&self, plan: &QPlan) -> Option<String> {
        // The scan is linear in the vocabulary: beyond
        // [`RESPELL_MAX_WORDS`] words it would dominate the query's time.
        if self.words.len() > RESPELL_MAX_WORDS {
            return None;
        }
        let mut changed = false;
        let mut out: Vec<&str> = Vec::with_capacity(plan.spelled.len());
        for (folded, grams, matched) in &plan.spelled {
            if *matched || grams.is_empty() || folded.chars().count() < 3 {
                out.push(folded);
                continue;
            }
            let best = self
                .word_ix
                .iter()
                .filter(|(_, wi)| !self.words[**wi as usize].stop)
                .map(|(w, wi)| (dice(grams, &self.words[*wi as usize].grams), &**w))
                .filter(|(d, _)| *d >= 0.5)
                .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)));
            match best {
                Some((_, w)) => {
                    out.push(w);
                    changed = true;
                }
                None => out.push(folded),
            }
        }
        changed.then(|| out.join(" "))
    }

    fn name_text(&self, n: u32) -> &str {
        let ne = &self.names[n as usize];
        let d = &self.docs[ne.doc as usize];
        let i = (n - d.first_name) as usize;
        d.names.get(i).map_or("", String::as_str)
    }

    fn hit(&self, c: &Cand, plan: &QPlan, match_kind: MatchKind) -> Hit {
        let d = &self.docs[c.doc as usize];
        let name = self.name_text(c.name).to_string();
        let qterms: FxMap<u32, ()> = plan
            .words
            .iter()
            .flat_map(|w| w.terms.iter().map(|(t, _)| (*t, ())))
            .collect();
        let mut highlights = Vec::new();
        for w in names::split_words(&name) {
            let hit = match self.word_ix.get(w.folded.as_str()) {
                Some(&wi) => self.words[wi as usize]
                    .terms
                    .iter()
                    .any(|t| qterms.contains_key(t)),
                None => false,
            };
            if hit {
                highlights.push((w.start, w.end));
            }
        }
        let m = &self.meta[c.doc as usize];
        Hit {
            id: d.id.clone(),
            kind: m.kind,
            name,
            country: self.country_name(m.country),
            score: c.score.max(f32::MIN_POSITIVE),
            highlights,
            match_kind,
        }
    }

    /// Duplicate hints: existing records of `kind` having a name that matches
    /// one of `names` across scripts on every word (without distance-2 fuzzy
    /// matching) and covers at least two thirds of that name's words; best
    /// first, at most `limit`.
    pub fn similar(&self, names: &[String], kind: Kind, limit: usize) -> Vec<Hit> {
        let mut best: FxMap<u32, (Cand, usize)> = FxMap::default();
        let mut plans = Vec::new();
        for name in names {
            // Duplicate hints want near-certain word matches: no distance-2
            // fuzzy terms.
            let plan = self.plan(name, W_FUZZY1);
            let nwords = plan.words.len();
            if nwords == 0 {
                continue;
            }
            for c in self.candidates(&plan, Some(kind)) {
                // Every word must match, and the match must cover most of
                // the existing name too (a namesake's first name alone is
                // not a duplicate).
                let ntok = usize::from(self.names[c.name as usize].ntok);
                if usize::from(c.matched) < nwords || 3 * usize::from(c.matched) < 2 * ntok {
                    continue;
                }
                let e = best.entry(c.doc).or_insert((c, plans.len()));
                if c.score > e.0.score {
                    *e = (c, plans.len());
                }
            }
            plans.push(plan);
        }
        let mut v: Vec<(Cand, usize)> = best.into_values().collect();
        v.sort_unstable_by(|a, b| b.0.score.total_cmp(&a.0.score).then(a.0.doc.cmp(&b.0.doc)));
        v.truncate(limit);
        v.iter()
            .map(|(c, p)| {
                let kind = self.verify(&plans[*p], c).kind();
                self.hit(c, &plans[*p], kind)
            })
            .collect()
    }
}

/// Appends the bigrams of a skeleton padded with `^` and `$`, each packed
/// into a `u64`.
fn push_grams(skel: &str, out: &mut Vec<u64>) {
    let mut prev = '^';
    for c in skel.chars().chain(std::iter::once('$')) {
        out.push((u64::from(u32::from(prev)) << 32) | u64::from(u32::from(c)));
        prev = c;
    }
}

/// Dice coefficient of two sorted multisets.
fn dice(a: &[u64], b: &[u64]) -> f32 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let total = a.len() + b.len();
    if total == 0 {
        0.0
    } else {
        2.0 * common as f32 / total as f32
    }
}

/// Runs of words joined by single hyphens (`Alma-Ata`, `Kosta-Rika`), as
/// inclusive index ranges into `spans`.
fn hyphen_chains(text: &str, spans: &[names::WordSpan]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for i in 0..spans.len() {
        let linked = spans.get(i + 1).is_some_and(|n| {
            n.start == spans[i].end + 1 && text.as_bytes().get(spans[i].end) == Some(&b'-')
        });
        match (linked, start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push((a, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn top_facets(counts: Vec<usize>, labels: &[String]) -> Vec<(String, usize)> {
    let mut v: Vec<(String, usize)> = counts
        .into_iter()
        .zip(labels)
        .filter(|(n, _)| *n > 0)
        .map(|(n, l)| (l.clone(), n))
        .collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

#[cfg(test)]
mod tests;
