//! Every names function must accept any text without panicking, and folding
//! must be idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let folded = names::fold(&text);
    assert_eq!(names::fold(&folded), folded, "fold is idempotent");
    let _ = names::sort_key(&text);
    let _ = names::detect_script(&text);
    for token in names::tokens(&text) {
        let _ = token;
    }
    for word in names::split_words(&text) {
        let _ = word;
    }
});
