//! The precision rule: which query words a candidate name really matches,
//! and how.
//!
//! Candidate generation ([`Index::candidates`](crate::Index)) is generous on
//! purpose (vowel-blind keys, stems, fuzzy neighbours, truncations): it finds
//! the record whatever the spelling. Before a candidate becomes a hit, every
//! significant query word is checked against the words of its name:
//!
//! * **exact**: the same folded word;
//! * **transliterated**: a shared ASCII spelling or phonetic skeleton (the
//!   same word in another script or romanization; final vowels aside, as in
//!   `Bermuda` / `Бермуд`), or an initial (`A.`);
//! * **translated**: a shared lexicon concept (`союз` / `union`), an exonym
//!   group of the whole query, or the acronym of the name in another script;
//! * **fuzzy**: an ASCII spelling (or, for words of 7 symbols or more, a
//!   skeleton) within [`names::word_budget`] edits of the query word's (none
//!   up to 3 letters, 1 up to 7, 2 from 8), some spellings of both beginning
//!   with the same letter, or the type-ahead
//!   prefix of a name word (last word of the query, 4 letters at least).
//!
//! A name matching every word is a full hit whose [`MatchKind`] is that of
//! its weakest word; otherwise it is at most a partial hit, and only if it
//! matches, otherwise than within the typo budget, a word that is not
//! *generic* (a lexicon word such as union,
//! association, centre in any language, a word found in a large share of
//! the index, a word of at most 3 letters, an initial, or half of a word
//! the query ran together).

use crate::{Cand, Index, MatchKind, QPlan, TAG_SKEL, TAG_VARIANT};

/// Ranks of the word classes, best first.
pub(crate) const C_EXACT: u8 = 0;
pub(crate) const C_TRANSLIT: u8 = 1;
pub(crate) const C_TRANSLATED: u8 = 2;
pub(crate) const C_FUZZY: u8 = 3;
/// Not matched.
pub(crate) const C_NONE: u8 = 4;

/// Shortest skeleton compared within the typo budget on the comparison
/// alphabet (shorter words compare their ASCII spellings).
const SKELETON_FUZZY_MIN: usize = 7;

/// The verdict on one candidate.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Verdict {
    /// Every significant query word matched (generic ones may be missing
    /// when the query has others).
    pub full: bool,
    /// The weakest class of the matched words (the kind of a full hit).
    pub worst: u8,
    /// Query words matched, and of them non-generic ones.
    pub matched: u8,
    pub matched_sig: u8,
    /// Non-generic words matched otherwise than within the typo budget.
    pub matched_sig_sure: u8,
    /// Query words matched exactly.
    pub nexact: u8,
    /// Percentage of the name's words that matched some query word.
    pub coverage: u8,
    /// The name equals the query, word for word in any order (folded or
    /// ASCII spelling).
    pub whole: bool,
    /// The class the rank uses for the weakest word: an exonym of the
    /// whole query (a name the place is known by) ranks like a
    /// transliteration, an acronym (first letters of any long name may
    /// spell it) like a translation.
    pub rank_worst: u8,
}

impl Verdict {
    /// Whether the candidate may be shown at all.
    pub fn relevant(&self, plan: &QPlan) -> bool {
        self.full || (self.matched_sig_sure > 0 && plan.words.iter().any(|w| !w.generic))
    }

    pub fn kind(&self) -> MatchKind {
        if !self.full {
            return MatchKind::Partial;
        }
        match self.worst {
            C_EXACT => MatchKind::Exact,
            C_TRANSLIT => MatchKind::Transliterated,
            C_TRANSLATED => MatchKind::Translated,
            _ => MatchKind::Fuzzy,
        }
    }

    /// Sort key, higher is better. Full hits first: those with no fuzzy
    /// word above those with one (a typo never outranks the word spelled
    /// right); then by the share of the name's words matched (the record
    /// the query names, in whatever script, above longer names that merely
    /// contain its words); then by weakest class (exact, transliterated, translated),
    /// whole-name equality and exact words. Partial hits after, by the
    /// number of (significant) words they match.
    pub fn rank(&self) -> [u8; 6] {
        if self.full {
            [
                2,
                u8::from(self.worst < C_FUZZY),
                self.coverage,
                self.matched,
                C_NONE - self.rank_worst,
                u8::from(self.whole) * 16 + self.nexact.min(15),
            ]
        } else {
            [
                1,
                self.matched_sig,
                self.matched,
                self.coverage,
                self.nexact,
                0,
            ]
        }
    }
}

/// A skeleton without its final vowel classes.
fn trim_final_vowels(sk: &str) -> &str {
    sk.trim_end_matches(['A', 'I', 'U'])
}

/// Optimal-string-alignment distance of two short ASCII strings, if within
/// `max` (skeletons are ASCII; longer or non-ASCII input falls back to the
/// general function).
pub(crate) fn within(a: &str, b: &str, max: usize) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    if a.len() > 31 || b.len() > 31 || !a.is_ascii() || !b.is_ascii() {
        // Safe: both are valid UTF-8 strings by construction.
        let (a, b) = (
            std::str::from_utf8(a).unwrap_or(""),
            std::str::from_utf8(b).unwrap_or(""),
        );
        return names::edit_distance_within(a, b, max).is_some();
    }
    let w = b.len() + 1;
    let mut prev2 = [0usize; 32];
    let mut prev = [0usize; 32];
    let mut cur = [0usize; 32];
    for (j, p) in prev.iter_mut().enumerate().take(w) {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = i;
        for j in 1..w {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
        prev2 = prev;
        prev = cur;
    }
    prev[b.len()] <= max
}

impl Index {
    /// Applies the precision rule to one candidate (see the module docs).
    pub(crate) fn verify(&self, plan: &QPlan, c: &Cand) -> Verdict {
        let nq = plan.words.len().min(16);
        let mut best = [C_NONE; 16];
        // Per query word: matched by an acronym, by an exonym of the whole
        // query (for the rank only).
        let mut by_acronym = [false; 16];
        let mut by_alias = [false; 16];
        let ne = &self.names[c.name as usize];
        let start = ne.words_start as usize;
        let words = &self.name_words[start..start + usize::from(ne.words_len)];
        let nreal = usize::from(ne.nreal);
        let mut name_hit: u64 = 0;
        // Shared exact, spelling, skeleton and concept terms.
        for (j, &wi) in words.iter().enumerate() {
            for t in &self.words[wi as usize].terms {
                if let Some(m) = plan.strong.get(t) {
                    for (cls, &mask) in m.iter().enumerate() {
                        if mask == 0 {
                            continue;
                        }
                        name_hit |= 1 << j.min(63);
                        for (i, b) in best.iter_mut().enumerate().take(nq) {
                            if mask & (1 << i) != 0 {
                                *b = (*b).min(cls as u8);
                            }
                        }
                    }
                }
            }
        }
        // Generic words are not required when the query has others
        // (`Bermud adaları` is the record `Bermuda`), only ranked on; a
        // query of three or more generic words may miss one (a translation
        // often has a word more: `Organization of Turkic-speaking States`).
        let has_sig = plan.words.iter().any(|w| !w.generic);
        // Acronyms, exonyms, then the typo budget for the words still open.
        for (i, w) in plan.words.iter().enumerate().take(nq) {
            if best[i] <= C_TRANSLIT {
                continue;
            }
            for &(t, cls) in &w.acronyms {
                if self.postings[t as usize].binary_search(&c.name).is_ok() {
                    best[i] = best[i].min(cls);
                    by_acronym[i] = true;
                    name_hit |= (1u64 << nreal.min(63)) - 1;
                }
            }
            if c.alias == 1 {
                best[i] = best[i].min(C_TRANSLATED);
                by_alias[i] = true;
                name_hit |= (1u64 << nreal.min(63)) - 1;
            }
            if best[i] < C_NONE {
                continue;
            }
            for (j, &wi) in words.iter().enumerate() {
                if let Some(cls) = self.word_matches(w, wi) {
                    best[i] = best[i].min(cls);
                    name_hit |= 1 << j.min(63);
                    if cls <= C_TRANSLIT {
                        break;
                    }
                }
            }
            // A misspelled exonym of the whole query stands for the words
            // matched no better, but not for a generic word the query may
            // omit (`Komor` is all of `Komor orolari`, `Bermuda` of
            // `Bermud adaarı`).
            if c.alias == 2 && best[i] >= C_FUZZY && !(w.generic && has_sig) {
                best[i] = C_FUZZY;
                name_hit |= (1u64 << nreal.min(63)) - 1;
            }
        }
        let mut v = Verdict {
            full: true,
            worst: C_EXACT,
            matched: 0,
            matched_sig: 0,
            matched_sig_sure: 0,
            nexact: 0,
            coverage: 0,
            // (A name the whole query's place is known by is one too:
            // `Оңтүстік Судан` for `Del-Szudan`, as much as `Судан`.)
            whole: ne.exact_hash == plan.exact_hash
                || ne.ascii_hash == plan.ascii_hash
                || c.alias == 1,
            rank_worst: C_EXACT,
        };
        let mut missing = 0;
        for (i, w) in plan.words.iter().enumerate().take(nq) {
            if best[i] == C_NONE {
                if !(w.generic && has_sig) {
                    missing += 1;
                }
                continue;
            }
            v.matched_sig_sure += u8::from(!w.generic && best[i] < C_FUZZY);
            v.matched += 1;
            v.matched_sig += u8::from(!w.generic);
            v.nexact += u8::from(best[i] == C_EXACT);
            // A word the query may omit does not make the hit fuzzy when it
            // matches only within the typo budget (`Kanar adalary` for
            // `Kanári-zigetek` is no worse than names without the word).
            if w.generic && has_sig && best[i] >= C_FUZZY {
                continue;
            }
            v.worst = v.worst.max(best[i]);
            let rank_class = if by_alias[i] {
                best[i].min(C_TRANSLIT)
            } else if by_acronym[i] {
                best[i].max(C_TRANSLATED)
            } else {
                best[i]
            };
            v.rank_worst = v.rank_worst.max(rank_class);
        }
        let spare = usize::from(!has_sig && nq >= 3);
        if v.matched == 0 || missing > spare {
            v.full = false;
        }
        // Share of the name's words matched (a glued compound matched alone
        // stands for its two parts: `Almaata` ~ `Alma-Ata`).
        let real_hits = (name_hit & ((1u64 << nreal.min(63)) - 1)).count_ones() as usize;
        let glued_hits = (name_hit >> nreal.min(63)).count_ones() as usize;
        let covered = if real_hits == 0 {
            (2 * glued_hits).min(nreal)
        } else {
            real_hits.min(nreal)
        };
        v.coverage = (100 * covered).checked_div(nreal).map_or(100, |c| c as u8);
        v.whole &= v.full;
        v
    }

    /// Whether indexed word `wi` is within the typo budget of query word `w`
    /// (skeletons), is begun by it (type-ahead), or starts with its initial.
    fn word_matches(&self, w: &crate::QWord, wi: u32) -> Option<u8> {
        let terms = &self.words[wi as usize].terms;
        if w.initial {
            let c = w.ascii.chars().next()?;
            return self.words[wi as usize]
                .ascii
                .starts_with(c)
                .then_some(C_TRANSLIT);
        }
        // The same primary skeleton but for final vowels (`Bermuda` /
        // `Бермуд`, `Keniýa` / `Kenia`): a transliteration, not a typo.
        let first_skel = terms.iter().find_map(|&t| {
            let text = &self.term_text[t as usize];
            (text.as_bytes()[0] == TAG_SKEL as u8).then(|| &text[2..])
        });
        if let (Some(body), Some(q)) = (first_skel, w.skels.first()) {
            let body = trim_final_vowels(body);
            if body.len() >= 5 && trim_final_vowels(q) == body {
                return Some(C_TRANSLIT);
            }
        }
        // A typo keeps the first letter (Meilisearch charges a first-letter
        // change double): some spelling of each must begin alike. Within the
        // budget are two ASCII spellings, or, for words of at least
        // [`SKELETON_FUZZY_MIN`] symbols, two skeletons (the comparison
        // alphabet merges letters, so on short words it would let through
        // `Kenya` ~ `Kaya`, `Nijer` ~ `Nicat`).
        let mut first_ok = false;
        let mut variants = 0;
        for &t in terms {
            let text = &self.term_text[t as usize];
            if text.as_bytes()[0] != TAG_VARIANT as u8 {
                continue;
            }
            let body = &text[2..];
            if w.prefix && w.ascii.chars().count() >= 4 && body.starts_with(w.ascii.as_str()) {
                return Some(C_FUZZY);
            }
            if !body.bytes().next().is_some_and(|b| w.firsts.contains(&b)) {
                continue;
            }
            first_ok = true;
            if variants < 3 {
                variants += 1;
                for q in w.variants.iter().take(3) {
                    let n = q.chars().count();
                    let budget = names::word_budget(n);
                    // A short word keeps its last letter too (`Mary` is not
                    // `Maria`, `Keya` may be `Kenya`).
                    if n <= crate::SHORT_WORD && body.bytes().last() != q.bytes().last() {
                        continue;
                    }
                    if budget > 0 && within(q, body, budget) {
                        return Some(C_FUZZY);
                    }
                }
            }
        }
        if !first_ok {
            return None;
        }
        let mut skels = 0;
        for &t in terms {
            let text = &self.term_text[t as usize];
            let (tag, body) = (text.as_bytes()[0], &text[2..]);
            if tag == TAG_SKEL as u8 && skels < 3 {
                skels += 1;
                for q in w
                    .skels
                    .iter()
                    .filter(|q| q.chars().count() >= SKELETON_FUZZY_MIN)
                {
                    let budget = names::word_budget(q.chars().count());
                    if within(q, body, budget) {
                        return Some(C_FUZZY);
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::within;

    #[test]
    fn distance_within_budget() {
        assert!(within("hAcIAf", "hAcIf", 1));
        assert!(!within("hIkmAt", "hUlmAt", 1));
        assert!(within("abcd", "abdc", 1), "a transposition is one edit");
        assert!(within("kAzAkstAn", "kAzAstAn", 2));
        assert!(!within("kAzAkstAn", "kArAkUl", 2));
        assert!(within("", "", 0));
    }
}
