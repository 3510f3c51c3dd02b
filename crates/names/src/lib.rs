//! Cross-script name normalization for the Turkic world.
//!
//! The same organization, person or place is written in Azerbaijani, Turkish,
//! Uzbek (Latin and Cyrillic), Kazakh, Kyrgyz, Turkmen, Hungarian, Russian and
//! English. No single romanization bridges them (`Hikmət Hacıyev`,
//! `Hikmat Hajiyev`, `Хикмет Гаджиев`, `Hikmet Gadzhiev`), so every word is
//! turned into a small, bounded set of *keys*, computed by the same function
//! at index and at query time:
//!
//! * `folded` — the word itself, NFKC, Turkic-safe lower case (I ı İ i → i),
//!   apostrophes removed; still in its own script (for exact-script ranking);
//! * `variants` — up to [`MAX_VARIANTS`] plausible ASCII spellings
//!   (ə → a/e, х → kh/h, c → c/j, initial Г → g/h …), the first being the plain
//!   diacritic-stripped (Latin) or primary (Cyrillic) romanization;
//! * `skeletons` — phonetic keys that merge the classes of NAMES.md §2.8
//!   (vowels a/e/ə/ä, i/ı/y/ы/і, o/u/ö/ü; x/kh/h; c/j/dzh/zh; q/k/g/ğ; ç/ch/cs;
//!   ş/sh; z/s/ts; doubled letters), one per spelling ambiguity that survives;
//! * `stems` — skeletons without case endings and Russian/Turkic
//!   surname and plural suffixes (-ov/-eva/-ovich/-uly/-qyzy/-lar, -ский)
//!   and country-name formants (-stan/-iston, Hungarian -ország);
//! * `blind` — skeletons with every vowel class replaced by `*` (vowel
//!   harmony and reduction differ between languages: Iraq / Iroq / Ирак);
//! * `concepts` — symbols such as `@union` from a small cross-language
//!   lexicon of generic words (union / birliyi / одағы / союз …).
//!
//! Plain-ASCII Latin words also get the ş/ç readings of their s and c (a
//! Turkic word typed without diacritics), and words that look Hungarian
//! (sz, cs, zs, gy …) get the Hungarian values of s, c, j.
//!
//! Exonyms: [`aliases`] looks a whole name up in a table of place names
//! from the Unicode CLDR (`data/cldr_places.tsv`, Unicode License v3) and
//! returns the groups (one per place) it belongs to, so that names sharing
//! no sounds (`Olaszország` / `Italy`, `Bécs` / `Wien`) can be linked;
//! [`alias_groups`] does the same from a ready key; [`aliases_fuzzy`]
//! tolerates one misspelled word.
//!
//! Entry points: [`fold`], [`tokens`] (words with byte ranges and keys),
//! [`split_words`] + [`word_keys`] (the same in two steps, for callers that
//! cache keys per word), [`sort_key`], [`detect_script`], [`is_cyrillic`],
//! [`edit_distance_within`].
//!
//! Nothing here does I/O, and no function panics on any input.

mod aliases;
mod lexicon;
mod translit;

use unicode_normalization::UnicodeNormalization;

pub use aliases::{
    alias_groups, alias_max_words, alias_may_start, aliases, aliases_fuzzy, word_budget,
};
pub use translit::MAX_VARIANTS;

/// The writing system of a string, judged from its letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Script {
    /// Only Latin letters.
    Latn,
    /// Only Cyrillic letters.
    Cyrl,
    /// Letters of more than one script.
    Mixed,
    /// No letters, or letters of other scripts only.
    Other,
}

/// Detects the script of `s` from its letters (digits and punctuation are
/// ignored).
pub fn detect_script(s: &str) -> Script {
    let (mut lat, mut cyr, mut other) = (false, false, false);
    for c in s
        .chars()
        .filter(|c| c.is_alphabetic() && !is_apostrophe(*c))
    {
        if translit::is_cyr_char(c) {
            cyr = true;
        } else if is_latin_char(c) {
            lat = true;
        } else {
            other = true;
        }
    }
    match (lat, cyr, other) {
        (true, false, false) => Script::Latn,
        (false, true, false) => Script::Cyrl,
        (false, false, _) => Script::Other,
        _ => Script::Mixed,
    }
}

/// True if `s` contains at least one Cyrillic letter.
pub fn is_cyrillic(s: &str) -> bool {
    s.chars().any(translit::is_cyr_char)
}

fn is_latin_char(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{0259}')
}

/// Apostrophe-like characters. Inside a word they are part of it (Uzbek
/// `Oʻzbekiston`, `Taʼlim`, Russian-style `д’Юрвиль`) and are dropped when
/// folding; elsewhere they separate words.
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | 'ʻ' | 'ʼ' | '’' | '‘' | 'ʹ' | '′' | '´' | 'ʽ' | 'ʾ' | 'ʿ'
    )
}

/// Turkic-safe lower case of one character: all of I ı İ i become `i`
/// (plain `to_lowercase` turns İ into `i` + U+0307).
fn push_lower(c: char, out: &mut String) {
    match c {
        'I' | 'İ' | 'ı' => out.push('i'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase()),
    }
}

/// Folds one word: NFKC, Turkic-safe lower case, apostrophes and stray
/// combining dots removed, NFC.
pub fn fold_word(word: &str) -> String {
    let mut low = String::with_capacity(word.len());
    for c in word.nfkc() {
        if is_apostrophe(c) || c == '\u{0307}' {
            // U+0307 is the dot İ decomposes into; it never distinguishes names.
            continue;
        }
        push_lower(c, &mut low);
    }
    if low.is_ascii() {
        low
    } else {
        low.nfc().collect()
    }
}

/// Search fold of a whole string: the folded words joined by single spaces.
/// Punctuation, quotes and separators disappear; the script is kept.
/// `fold(fold(s)) == fold(s)` for every `s`.
pub fn fold(s: &str) -> String {
    // NFKC first: compatibility forms may contain separators (¼ → 1⁄4).
    let s: String = s.nfkc().collect();
    let mut out = String::with_capacity(s.len());
    for w in split_words(&s) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w.folded);
    }
    out
}

/// A script-neutral, bytewise-comparable key for ORDER BY: the primary ASCII
/// romanization of every word, joined by spaces (`Əliyev` → `eliyev`,
/// `Алиев` → `aliev`).
pub fn sort_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in split_words(s) {
        let (ascii, _) = translit::romanize(&w.folded);
        if let Some(first) = ascii.first() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(first);
        }
    }
    out
}

/// A word of the input, before key generation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordSpan {
    /// Byte offset of the word in the input.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// The folded word ([`fold_word`]).
    pub folded: String,
    /// A single letter followed by a dot, like the `A.` of `A. Kovács`.
    pub initial: bool,
}

/// Abbreviations written with a hyphen that must stay one word.
const HYPHEN_WORDS: &[&str] = &["о-в", "о-ва", "о-вов"];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// Splits `s` into words. Separators are white space, punctuation, hyphens and
/// quotes («» „” "" …); apostrophes inside a word keep it whole
/// (`O‘zbekiston`, `Noma’lum`).
pub fn split_words(s: &str) -> Vec<WordSpan> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out: Vec<WordSpan> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !is_word_char(c) || is_apostrophe(c) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if is_apostrophe(c) {
                // Keep an apostrophe only between two word characters.
                if j + 1 < chars.len()
                    && is_word_char(chars[j + 1].1)
                    && !is_apostrophe(chars[j + 1].1)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            if !is_word_char(c) {
                break;
            }
            j += 1;
        }
        let end = chars.get(j).map_or(s.len(), |p| p.0);
        let mut span = WordSpan {
            start,
            end,
            folded: fold_word(&s[start..end]),
            initial: false,
        };
        // `о-ва` (острова) and friends: glue the hyphenated parts back.
        if chars.get(j).is_some_and(|p| p.1 == '-') {
            let mut k = j + 1;
            while k < chars.len() && is_word_char(chars[k].1) {
                k += 1;
            }
            if k > j + 1 {
                let end2 = chars.get(k).map_or(s.len(), |p| p.0);
                let glued = fold_word(&s[start..end2]);
                if HYPHEN_WORDS.contains(&glued.as_str()) {
                    out.push(WordSpan {
                        start,
                        end: end2,
                        folded: glued,
                        initial: false,
                    });
                    i = k;
                    continue;
                }
            }
        }
        span.initial = j == i + 1 && chars.get(j).is_some_and(|p| p.1 == '.') && c.is_alphabetic();
        if !span.folded.is_empty() {
            out.push(span);
        }
        i = j;
    }
    out
}

/// All comparison keys of one folded word. See the crate documentation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordKeys {
    /// The folded word, in its own script.
    pub folded: String,
    /// ASCII spellings, plain/primary one first (≤ [`MAX_VARIANTS`]).
    pub variants: Vec<String>,
    /// Phonetic skeletons (≤ [`MAX_VARIANTS`]).
    pub skeletons: Vec<String>,
    /// Stemmed skeletons (case endings and name suffixes removed).
    pub stems: Vec<String>,
    /// Vowel-blind skeletons (only when at least 2 consonants).
    pub blind: Vec<String>,
    /// Concept symbols of the lexicon (`@union`, `@palace` …).
    pub concepts: Vec<&'static str>,
    /// A function word (`of`, `və`, `имени` …) that carries no identity.
    pub stop: bool,
}

/// Computes the keys of a word already folded with [`fold_word`].
pub fn word_keys(folded: &str) -> WordKeys {
    let mut k = phonetic_keys(folded);
    let concepts = lexicon::lookup(&k);
    k.stop = concepts.contains(&lexicon::STOP);
    k.concepts = concepts
        .into_iter()
        .filter(|c| *c != lexicon::STOP)
        .collect();
    k
}

/// Concepts of the generic words ([`WordKeys::concepts`]) within the typo
/// budget ([`word_budget`], same first letter) of a folded word: for query
/// words that have no concept of their own (`Dövlələri` → `@state`).
pub fn concepts_fuzzy(folded: &str) -> Vec<&'static str> {
    lexicon::lookup_fuzzy(folded)
}

/// Keys without the lexicon lookup (used to build the lexicon itself).
fn phonetic_keys(folded: &str) -> WordKeys {
    let (variants, skeletons) = translit::romanize(folded);
    let mut stems: Vec<String> = Vec::new();
    let mut blind: Vec<String> = Vec::new();
    for sk in &skeletons {
        let bl = translit::vowel_blind(sk);
        if bl.chars().filter(|c| *c != '*').count() >= 2 && !blind.contains(&bl) {
            blind.push(bl);
        }
        let st = translit::stem(sk);
        if !stems.contains(&st) {
            stems.push(st);
        }
    }
    WordKeys {
        folded: folded.to_string(),
        variants,
        skeletons,
        stems,
        blind,
        concepts: Vec::new(),
        stop: false,
    }
}

/// A word of a name with its position and keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The word as written in the input.
    pub text: String,
    /// Byte range of the word in the input.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// A single letter followed by a dot (`A.`).
    pub initial: bool,
    /// The comparison keys.
    pub keys: WordKeys,
}

/// Tokenizes `s` and computes the keys of every word.
pub fn tokens(s: &str) -> Vec<Token> {
    split_words(s)
        .into_iter()
        .map(|w| Token {
            text: s[w.start..w.end].to_string(),
            start: w.start,
            end: w.end,
            initial: w.initial,
            keys: word_keys(&w.folded),
        })
        .collect()
}

/// Optimal-string-alignment edit distance between `a` and `b` (insertions,
/// deletions, substitutions, adjacent transpositions), or `None` if it exceeds
/// `max`. Runs in O(|a|·|b|) on chars with an early exit.
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests;

/// A readable Latin form of a Cyrillic name, for badges and letters
/// ("Қасым-Жомарт Тоқаев" → "Qasym-Jomart Toqaev" in Kazakh, "Хикмет
/// Гаджиев" → "Khikmet Gadzhiev" in Russian). Latin text comes back as it
/// is. Not the comparison alphabet: that one is lower case and lossy.
pub fn romanize(s: &str, lang: &str) -> String {
    let turkic = matches!(lang, "kk" | "ky" | "tk" | "uz" | "az" | "tr");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let upper = c.is_uppercase();
        let lower: char = c.to_lowercase().next().unwrap_or(c);
        let latin: &str = match lower {
            'а' => "a",
            'ә' => "ä",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'ғ' => "ğ",
            'д' => "d",
            'е' => "e",
            'ё' => "yo",
            'ж' if turkic => "j",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' => "y",
            'к' => "k",
            'қ' => "q",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'ң' => "ñ",
            'о' => "o",
            'ө' => "ö",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ұ' => "u",
            'ү' => "ü",
            'ф' => "f",
            'х' if turkic => "h",
            'х' => "kh",
            'һ' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'і' => "i",
            'э' => "e",
            'ю' => "yu",
            'я' => "ya",
            _ => {
                out.push(c);
                continue;
            }
        };
        let mut letters = latin.chars();
        if let (true, Some(first)) = (upper, letters.next()) {
            out.extend(first.to_uppercase());
            out.push_str(letters.as_str());
        } else {
            out.push_str(latin);
        }
    }
    out
}

#[cfg(test)]
mod romanize_tests {
    #[test]
    fn cyrillic_names_get_a_readable_latin_form() {
        assert_eq!(
            super::romanize("Қасым-Жомарт Тоқаев", "kk"),
            "Qasym-Jomart Toqaev"
        );
        assert_eq!(super::romanize("Хикмет Гаджиев", "ru"), "Khikmet Gadzhiev");
        assert_eq!(
            super::romanize("Айгүл Өмүрбекова", "ky"),
            "Aygül Ömürbekova"
        );
        assert_eq!(super::romanize("Hikmət Hacıyev", "az"), "Hikmət Hacıyev");
    }
}
