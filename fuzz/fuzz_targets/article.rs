//! The article parsers: any bytes, read as each input format, must give an article or a reason,
//! never a panic.
#![no_main]

use kzsearch::article::{html, jsonl, markdown, text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&format, rest)) = data.split_first() else {
        return;
    };
    let raw = String::from_utf8_lossy(rest);
    let id = || "fuzz".to_string();
    let path = || "fuzz.txt".to_string();
    match format % 4 {
        0 => drop(text::parse(id(), path(), &raw)),
        1 => drop(html::parse(id(), path(), &raw)),
        2 => drop(markdown::parse(id(), path(), &raw)),
        _ => {
            for (number, line) in raw.lines().enumerate() {
                let _ = jsonl::parse_line("fuzz", "fuzz.jsonl", number + 1, line);
            }
        }
    }
});
