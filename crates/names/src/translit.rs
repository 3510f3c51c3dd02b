//! Transliteration of one folded word onto the comparison alphabet.
//!
//! A word is cut into *segments* (a letter or a digraph such as `sh`, `dzh`,
//! `дж`). Every segment carries two lists of alternatives:
//!
//! * `ascii` — plausible ASCII spellings (first = the plain, diacritic-stripped
//!   or primary romanization), used for the variant keys;
//! * `skel` — phonetic classes (see [`crate::skeleton`] docs), used for the
//!   skeleton keys. Classes are upper case for merged vowel/consonant classes
//!   and lower case for consonants that map to themselves.
//!
//! The product of the alternatives is expanded with a hard cap, so a word
//! never yields more than [`MAX_VARIANTS`] spellings or skeletons. The same
//! code runs at index and at query time, which is what makes it symmetric.

/// Upper bound on the number of ASCII variants and of skeletons per word.
pub const MAX_VARIANTS: usize = 8;

/// Alternatives of one segment.
#[derive(Clone, Copy)]
enum Alts {
    /// Static alternatives: (ascii spellings, skeleton classes).
    S(&'static [&'static str], &'static [&'static str]),
    /// A character with no table entry (digits, other scripts): kept as is.
    Ch(char),
    /// Nothing (hard/soft signs).
    Empty,
}

macro_rules! s {
    ([$($a:expr),+], [$($k:expr),+]) => {
        Alts::S(&[$($a),+], &[$($k),+])
    };
}

fn is_vowel_latin(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'ə'
            | 'ä'
            | 'ö'
            | 'ü'
            | 'ı'
            | 'á'
            | 'é'
            | 'í'
            | 'ó'
            | 'ú'
            | 'ő'
            | 'ű'
            | 'ý'
    )
}

fn is_vowel_cyr(c: char) -> bool {
    matches!(
        c,
        'а' | 'е'
            | 'ё'
            | 'и'
            | 'о'
            | 'у'
            | 'ы'
            | 'э'
            | 'ю'
            | 'я'
            | 'ә'
            | 'ө'
            | 'ұ'
            | 'ү'
            | 'і'
            | 'ў'
    )
}

/// True for letters of the Cyrillic blocks.
pub(crate) fn is_cyr_char(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}')
}

/// Heuristic: does this (lower-case Latin) word look Hungarian? Hungarian
/// digraphs change the value of `s`, `c`, `j`, so they are decided per word.
fn looks_hungarian(w: &[char]) -> bool {
    let has = |a: char, b: char| w.windows(2).any(|p| p[0] == a && p[1] == b);
    w.iter().any(|&c| matches!(c, 'ő' | 'ű'))
        || has('s', 'z')
        || has('c', 's')
        || has('z', 's')
        || has('g', 'y')
        || (has('n', 'y') && w.iter().any(|&c| matches!(c, 'á' | 'é' | 'í' | 'ó' | 'ú')))
}

/// Cuts a folded word into segments.
fn segments(w: &[char]) -> Vec<Alts> {
    let hu = looks_hungarian(w);
    // A plain-ASCII word may be a Turkic word typed without diacritics
    // (Asqabat = Aşqabat, Cikago = Çikago): s and c get ş/ç readings too.
    let ascii = w.iter().all(char::is_ascii);
    let mut out = Vec::with_capacity(w.len());
    let mut i = 0;
    while i < w.len() {
        let c = w[i];
        let next = w.get(i + 1).copied();
        let next2 = w.get(i + 2).copied();
        let prev = if i > 0 { Some(w[i - 1]) } else { None };
        let after_vowel_cyr = prev.is_none_or(|p| is_vowel_cyr(p) || p == 'ъ' || p == 'ь');
        let after_cons_cyr =
            prev.is_some_and(|p| is_cyr_char(p) && !is_vowel_cyr(p) && p != 'ъ' && p != 'ь');
        let mut used = 1;
        let a = match c {
            // Latin gu/qu/ku before a vowel is gv/kv in Slavic and Turkic
            // transcriptions (Guinea = Gvineya, Guatemala = Qvatemala).
            'u' if matches!(prev, Some('g' | 'q' | 'k')) && next.is_some_and(is_vowel_latin) => {
                s!(["u", "v"], ["U", "v"])
            }
            // ---- Latin vowels
            'a' | 'á' | 'à' | 'â' | 'ā' | 'å' | 'ã' => s!(["a"], ["A"]),
            'e' | 'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => s!(["e"], ["A"]),
            'ə' => s!(["e", "a"], ["A"]),
            'ä' => s!(["a", "e"], ["A"]),
            'i' | 'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => s!(["i"], ["I"]),
            'o' | 'ó' | 'ò' | 'ô' | 'õ' | 'ō' | 'ø' | 'ö' | 'ő' => s!(["o"], ["U"]),
            'u' | 'ú' | 'ù' | 'û' | 'ū' | 'ü' | 'ű' | 'ů' => s!(["u"], ["U"]),
            'y' | 'ý' | 'ÿ' => s!(["y"], ["I"]),
            // ---- Latin consonants and digraphs
            'b' => s!(["b"], ["b"]),
            'c' if hu && next == Some('s') => {
                used = 2;
                s!(["cs", "ch"], ["C"])
            }
            'c' if next == Some('h') => {
                used = 2;
                s!(["ch"], ["C"])
            }
            'c' if hu => s!(["c", "ts"], ["s"]),
            'c' if next == Some('k') => {
                used = 2;
                s!(["ck", "k"], ["K"])
            }
            // Az/Tr c = [dʒ]; in loanwords and English it is k or s.
            'c' if ascii && matches!(next, Some('e' | 'i' | 'y')) => {
                s!(["c", "j"], ["J", "s", "C"])
            }
            'c' if ascii => s!(["c", "j"], ["J", "K", "C"]),
            'c' if matches!(next, Some('e' | 'i' | 'y' | 'ı' | 'ə')) => {
                s!(["c", "j"], ["J", "s"])
            }
            'c' => s!(["c", "j"], ["J", "K"]),
            'ç' | 'č' | 'ć' => s!(["c", "ch"], ["C"]),
            'd' if next == Some('z') && next2 == Some('h') => {
                used = 3;
                s!(["dzh", "j"], ["J"])
            }
            'd' if next == Some('z') && next2 == Some('s') => {
                used = 3;
                s!(["dzs", "j"], ["J"])
            }
            'd' if next == Some('ž') => {
                used = 2;
                s!(["dz", "j"], ["J"])
            }
            'd' if next == Some('j') => {
                used = 2;
                s!(["dj", "j"], ["J"])
            }
            'd' | 'ď' | 'đ' => s!(["d"], ["d"]),
            'f' => s!(["f"], ["f"]),
            'g' if next == Some('h') => {
                used = 2;
                s!(["gh", "g"], ["K"])
            }
            'g' if hu && next == Some('y') => {
                used = 2;
                s!(["gy", "d"], ["dI", "KI"])
            }
            // Soviet spellings put Г for Turkic h (Гаджи = Hacı), so a
            // re-romanized initial g may stand for h.
            'g' if i == 0 => s!(["g", "h"], ["K", "H"]),
            'g' | 'ǵ' | 'ğ' => {
                if c == 'g' {
                    s!(["g"], ["K"])
                } else {
                    s!(["g", "gh"], ["K"])
                }
            }
            'h' => s!(["h"], ["H"]),
            'j' if hu => s!(["j", "y"], ["I"]),
            // Hungarian (and German) j = y: `Jemen` = `Yemen`.
            'j' => s!(["j"], ["J", "I"]),
            'k' if next == Some('h') => {
                used = 2;
                s!(["kh", "h"], ["H"])
            }
            'k' => s!(["k"], ["K"]),
            'q' => s!(["q", "k"], ["K"]),
            'l' | 'ł' | 'ľ' => s!(["l"], ["l"]),
            'm' => s!(["m"], ["m"]),
            'ñ' | 'ň' | 'ń' | 'ŋ' => s!(["n", "ng"], ["nK"]),
            'n' => s!(["n"], ["n"]),
            'p' if next == Some('h') => {
                used = 2;
                s!(["ph", "f"], ["f"])
            }
            'p' => s!(["p"], ["p"]),
            'r' | 'ř' => s!(["r"], ["r"]),
            's' if hu && next == Some('z') => {
                used = 2;
                s!(["sz", "s"], ["s"])
            }
            's' if next == Some('h') && next2 == Some('c') && w.get(i + 3) == Some(&'h') => {
                used = 4;
                s!(["shch", "sh"], ["S"])
            }
            's' if next == Some('h') => {
                used = 2;
                s!(["sh"], ["S"])
            }
            // Hungarian s = [ʃ], but the word may only look Hungarian.
            's' if hu => s!(["s", "sh"], ["S", "s"]),
            's' if ascii => s!(["s"], ["s", "S"]),
            's' => s!(["s"], ["s"]),
            'ş' | 'š' | 'ś' | 'ș' => s!(["s", "sh"], ["S"]),
            't' if next == Some('h') => {
                used = 2;
                s!(["th", "t"], ["t"])
            }
            't' if matches!(next, Some('s' | 'z')) && next2 != Some('h') => {
                used = 2;
                s!(["ts"], ["s"])
            }
            't' | 'ţ' | 'ț' | 'ť' => s!(["t"], ["t"]),
            'v' => s!(["v"], ["v"]),
            'w' => s!(["w", "v"], ["v"]),
            // Az/Uz x = [x] (Cyrillic х); in English and loanwords x = ks.
            'x' => s!(["x", "kh"], ["H", "Ks"]),
            'z' if next == Some('h') => {
                used = 2;
                s!(["zh", "j"], ["J"])
            }
            'z' if hu && next == Some('s') => {
                used = 2;
                s!(["zs", "zh"], ["J"])
            }
            'z' | 'ź' | 'ż' => s!(["z"], ["s"]),
            'ž' => s!(["z", "zh"], ["J"]),
            'ß' => s!(["ss"], ["s"]),
            'æ' => s!(["ae"], ["A"]),
            'œ' => s!(["oe"], ["A"]),
            // ---- Cyrillic (union of ru, kk, ky, uz, tg, az, tk letters)
            'а' => s!(["a"], ["A"]),
            'ә' => s!(["a", "e"], ["A"]),
            'б' => s!(["b"], ["b"]),
            'в' => s!(["v"], ["v"]),
            'г' if i == 0 => s!(["g", "h"], ["K", "H"]),
            'г' | 'ґ' | 'ҝ' => s!(["g"], ["K"]),
            'ғ' => s!(["gh", "g"], ["K"]),
            'д' if next == Some('ж') => {
                used = 2;
                s!(["dzh", "j"], ["J"])
            }
            'д' => s!(["d"], ["d"]),
            'е' if after_vowel_cyr => s!(["ye", "e"], ["IA", "A"]),
            'е' | 'є' => s!(["e"], ["A"]),
            'ё' if after_cons_cyr => s!(["yo", "o"], ["IU", "U"]),
            'ё' => s!(["yo"], ["IU"]),
            'ж' => s!(["zh", "j"], ["J"]),
            'җ' | 'ҹ' | 'џ' => s!(["j", "dzh"], ["J"]),
            'з' => s!(["z"], ["s"]),
            'и' | 'і' | 'ї' => s!(["i"], ["I"]),
            'й' | 'ј' => s!(["y", "i"], ["I"]),
            'к' => s!(["k"], ["K"]),
            'қ' | 'ҡ' => s!(["q", "k"], ["K"]),
            'л' => s!(["l"], ["l"]),
            'м' => s!(["m"], ["m"]),
            'н' => s!(["n"], ["n"]),
            'ң' => s!(["ng", "n"], ["nK"]),
            'о' => s!(["o"], ["U"]),
            'ө' => s!(["o"], ["U"]),
            'п' => s!(["p"], ["p"]),
            'р' => s!(["r"], ["r"]),
            'с' => s!(["s"], ["s"]),
            // Russian тс is the ts of Latin spellings (Монтсеррат).
            'т' if next == Some('с') => {
                used = 2;
                s!(["ts"], ["s"])
            }
            'т' => s!(["t"], ["t"]),
            // Kazakh у after a vowel is the glide [w] (Аустралия = Avstraliya,
            // Еуропа = Yevropa).
            'у' if prev.is_some_and(is_vowel_cyr) => s!(["u", "w"], ["U", "v"]),
            'у' | 'ұ' | 'ү' => s!(["u"], ["U"]),
            'ў' => s!(["o", "u"], ["U"]),
            'ф' => s!(["f"], ["f"]),
            'х' => s!(["kh", "h", "x"], ["H"]),
            'һ' | 'ҳ' => s!(["h"], ["H"]),
            'ц' => s!(["ts", "s"], ["s"]),
            'ч' | 'ҷ' => s!(["ch"], ["C"]),
            'ш' => s!(["sh"], ["S"]),
            'щ' => s!(["shch", "sh"], ["S"]),
            'ъ' | 'ь' => Alts::Empty,
            'ы' => s!(["y", "i"], ["I"]),
            'э' => s!(["e"], ["A"]),
            // After a consonant ю/я/ё often render Turkic ü/ä/ö (Гюлистан).
            'ю' if after_cons_cyr => s!(["yu", "u"], ["IU", "U"]),
            'ю' => s!(["yu"], ["IU"]),
            'я' if after_cons_cyr => s!(["ya", "a"], ["IA", "A"]),
            'я' => s!(["ya"], ["IA"]),
            _ => {
                // Other Latin letters with diacritics: use the base letter.
                let base = strip_mark(c);
                if base != c && base.is_ascii_alphabetic() {
                    let mut sub = segments(&[base]);
                    out.append(&mut sub);
                    i += 1;
                    continue;
                }
                Alts::Ch(c)
            }
        };
        out.push(a);
        i += used;
    }
    out
}

/// The base letter of a precomposed character (`ñ` → `n`), or the character.
fn strip_mark(c: char) -> char {
    use unicode_normalization::UnicodeNormalization;
    let mut d = std::iter::once(c).nfd();
    d.next().unwrap_or(c)
}

/// Expands the product of the alternatives, keeping at most `cap` results.
/// Earlier segments vary first, so the first result is the all-primary form.
fn expand(segs: &[Alts], skel: bool, cap: usize) -> Vec<String> {
    let mut acc: Vec<String> = vec![String::new()];
    for seg in segs {
        match *seg {
            Alts::Empty => {}
            Alts::Ch(c) => acc.iter_mut().for_each(|s| s.push(c)),
            Alts::S(ascii, sk) => {
                let alts = if skel { sk } else { ascii };
                if alts.len() == 1 || acc.len() >= cap {
                    acc.iter_mut().for_each(|s| s.push_str(alts[0]));
                } else {
                    let mut next = Vec::with_capacity(cap);
                    // Keep every existing prefix with the primary choice first,
                    // then add alternatives while there is room.
                    for s in &acc {
                        let mut t = s.clone();
                        t.push_str(alts[0]);
                        next.push(t);
                    }
                    'outer: for alt in &alts[1..] {
                        for s in &acc {
                            if next.len() >= cap {
                                break 'outer;
                            }
                            let mut t = s.clone();
                            t.push_str(alt);
                            next.push(t);
                        }
                    }
                    acc = next;
                }
            }
        }
    }
    acc
}

/// Collapses runs of the same symbol (`hAJIIAv` → `hAJIAv`, `ll` → `l`).
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    for c in s.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

fn dedup_keep_order(v: &mut Vec<String>) {
    let mut seen: Vec<String> = Vec::with_capacity(v.len());
    v.retain(|s| {
        if s.is_empty() || seen.contains(s) {
            false
        } else {
            seen.push(s.clone());
            true
        }
    });
}

/// ASCII spellings and phonetic skeletons of a folded word.
pub(crate) fn romanize(folded: &str) -> (Vec<String>, Vec<String>) {
    let chars: Vec<char> = folded
        .chars()
        .filter(|c| !crate::is_apostrophe(*c))
        .collect();
    let segs = segments(&chars);
    let mut ascii = expand(&segs, false, MAX_VARIANTS);
    dedup_keep_order(&mut ascii);
    let mut skel: Vec<String> = expand(&segs, true, MAX_VARIANTS)
        .iter()
        .map(|s| collapse(s))
        .collect();
    dedup_keep_order(&mut skel);
    (ascii, skel)
}

/// Suffixes removed by [`stem`], in skeleton alphabet: surname suffixes
/// (-ovich, -ovna, -ov/-ev, -uly, -qyzy), Turkic plural (-lar/-ler),
/// Russian adjective (-skiy, -skaya …).
/// Each with the minimum length of what must remain.
const STEM_SUFFIXES: &[(&str, usize)] = &[
    // Country-name formants: Persian/Turkic -stan "land", Hungarian -ország
    // "country" (Bolqarıstan = Bolgariya, Horvátország = Xorvatiya).
    ("UrsAK", 4),
    ("IstAn", 4),
    ("IstUn", 4),
    ("stAn", 4),
    ("stUn", 4),
    // Kazakh/Turkmen genitive with ң/ň (-ның, -дің, -nyň): unambiguous,
    // unlike -din/-tin which end many names (Nuriddin, Argentina).
    ("nInK", 4),
    ("dInK", 4),
    ("tInK", 4),
    ("UvIC", 3),
    ("AvIC", 3),
    ("Uvn", 3),
    ("Avn", 3),
    ("lAr", 3),
    ("sK", 4),
    ("Uv", 3),
    ("Av", 3),
    ("Ul", 4),
    ("KIs", 4),
];

/// A stemmed skeleton: trailing vowels (case endings, Turkic possessive -ı/-si,
/// Russian -а/-ы/-ой, feminine -a, country-name -iya) and one common suffix
/// are removed, then trailing vowels again, keeping at least three symbols.
pub(crate) fn stem(skel: &str) -> String {
    let mut s = skel.to_string();
    strip_vowels(&mut s);
    for &(suf, keep) in STEM_SUFFIXES {
        if s.len() >= suf.len() + keep && s.ends_with(suf) {
            let mut t = s[..s.len() - suf.len()].to_string();
            strip_vowels(&mut t);
            // What remains must still be distinctive.
            if t.len() >= keep {
                return t;
            }
            break;
        }
    }
    s
}

fn strip_vowels(s: &mut String) {
    while s.len() > 3 && s.ends_with(['A', 'I', 'U']) {
        s.pop();
    }
}

/// The vowel-blind form of a skeleton: every vowel class becomes `*`, so
/// `Iroq`/`Irak`/`Ирак` and `Qambiya`/`Гамбье` meet.
pub(crate) fn vowel_blind(skel: &str) -> String {
    collapse(&skel.replace(['A', 'I', 'U'], "*"))
}
