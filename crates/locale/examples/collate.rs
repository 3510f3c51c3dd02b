//! What ordering names costs, per interface language: building a collator,
//! comparing, making sort keys (and how long they are), sorting by either.
//!
//! ```sh
//! # names of the benchmark corpus, one a line (the first name of each record)
//! python3 ../shared/bench/gen_corpus.py --count 1000000 --seed 7 \
//!   | python3 -c 'import sys,json;[print(json.loads(l)["names"][0]["value"]) for l in sys.stdin]' > /tmp/names.txt
//! cargo run --release -p locale --example collate -- /tmp/names.txt [az,ru,…]
//! ```
//!
//! Without a file it makes 1,000,000 Turkic-looking names in Latin and
//! Cyrillic from a fixed seed.

use std::time::Instant;

fn synthetic(count: usize) -> Vec<String> {
    const LATIN: &[&str] = &[
        "Ə", "a", "ba", "cə", "ça", "də", "e", "fu", "ğa", "hə", "xa", "ı", "i", "jə", "kü", "qa",
        "lə", "mə", "nu", "o", "ö", "pə", "ra", "sə", "şa", "tü", "u", "ü", "va", "yə", "za", "cs",
        "gy", "sz", "zs", "ny", "ä", "ň", "ý", "ž", "oʻ", "gʻ", "sh", "ch",
    ];
    const CYRILLIC: &[&str] = &[
        "а", "ә", "б", "в", "г", "ғ", "д", "е", "ё", "ж", "з", "и", "й", "к", "қ", "л", "м", "н",
        "ң", "о", "ө", "п", "р", "с", "т", "у", "ұ", "ү", "ф", "х", "һ", "ц", "ч", "ш", "ы", "і",
        "э", "ю", "я",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        // xorshift64*: deterministic and dependency-free.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    };
    (0..count)
        .map(|_| {
            let table = if next(3) == 0 { CYRILLIC } else { LATIN };
            let words = 1 + next(3);
            let mut name = String::new();
            for w in 0..words {
                if w > 0 {
                    name.push(' ');
                }
                for s in 0..2 + next(4) {
                    let syl = table[next(table.len())];
                    if s == 0 {
                        let mut cs = syl.chars();
                        if let Some(first) = cs.next() {
                            name.extend(first.to_uppercase());
                            name.push_str(cs.as_str());
                        }
                    } else {
                        name.push_str(syl);
                    }
                }
            }
            name
        })
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let names: Vec<String> = match args.next() {
        Some(path) if path != "-" => std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .lines()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => synthetic(1_000_000),
    };
    let langs: Vec<String> = args
        .next()
        .map(|l| l.split(',').map(str::to_owned).collect())
        .unwrap_or_else(|| locale::LANGS.iter().map(|l| (*l).to_owned()).collect());
    let n = names.len();
    let bytes: usize = names.iter().map(String::len).sum();
    println!(
        "{n} names, {:.1} bytes on average (UTF-8)",
        bytes as f64 / n as f64
    );
    println!(
        "| lang | collator built | compare (ns) | sort key (ns) | key bytes (mean) | sort by compare (s) | sort by keys incl. making them (s) |"
    );
    println!("|---|---|---|---|---|---|---|");
    for lang in &langs {
        let started = Instant::now();
        let c = locale::collation(lang);
        let built = started.elapsed();

        // Neighbouring pairs: the same mix of shared prefixes as real lists.
        let started = Instant::now();
        let mut less = 0usize;
        for pair in names.windows(2) {
            less += usize::from(c.compare(&pair[0], &pair[1]).is_lt());
        }
        let compare_ns = started.elapsed().as_nanos() as f64 / (n.max(2) - 1) as f64;

        let started = Instant::now();
        let mut key_bytes = 0usize;
        let mut buf = Vec::with_capacity(256);
        for name in &names {
            buf.clear();
            c.write_sort_key(name, &mut buf);
            key_bytes += buf.len();
        }
        let key_ns = started.elapsed().as_nanos() as f64 / n as f64;

        let mut v: Vec<&str> = names.iter().map(String::as_str).collect();
        let started = Instant::now();
        v.sort_unstable_by(|a, b| c.compare(a, b));
        let by_compare = started.elapsed().as_secs_f64();

        let started = Instant::now();
        let mut keyed: Vec<(Vec<u8>, u32)> = names
            .iter()
            .enumerate()
            .map(|(i, s)| (c.sort_key(s), i as u32))
            .collect();
        keyed.sort_unstable();
        let by_keys = started.elapsed().as_secs_f64();
        assert_eq!(
            keyed
                .first()
                .map(|(_, i)| c.compare(&names[*i as usize], v[0])),
            Some(std::cmp::Ordering::Equal),
            "both sorts agree on the first name"
        );
        println!(
            "| {lang} | {:.2} ms | {compare_ns:.0} | {key_ns:.0} | {:.1} | {by_compare:.2} | {by_keys:.2} |",
            built.as_secs_f64() * 1000.0,
            key_bytes as f64 / n as f64,
        );
        std::hint::black_box(less);
    }
}
