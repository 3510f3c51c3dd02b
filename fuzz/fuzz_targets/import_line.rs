//! An import line is parsed or refused with a message; never a panic, and a
//! parsed record serializes to a line that parses to the same record.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(record) = domain::Record::from_json(line) {
        let again = serde_json::to_string(&record).expect("records serialize");
        assert_eq!(domain::Record::from_json(&again).as_ref(), Ok(&record));
    }
});
