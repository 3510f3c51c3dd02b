//! Prints the comparison keys of every word of every stdin line, one word per
//! line as tab-separated fields: word, variants, skeletons, stems, concepts.
//! A debugging aid for tuning the tables:
//!
//! ```sh
//! echo "Hikmət Hacıyev" | cargo run -p names --example keys
//! ```

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        for t in names::tokens(&line) {
            let k = &t.keys;
            println!(
                "{}\t{}\t{}\t{}\t{}{}",
                t.text,
                k.variants.join(","),
                k.skeletons.join(","),
                k.stems.join(","),
                k.concepts.join(","),
                if k.stop { "\tSTOP" } else { "" }
            );
        }
    }
}
