//! Letter classes and lower case for the scripts kzsearch mostly reads, answered without
//! Unicode's tables: ASCII and Cyrillic (Russian and Kazakh news, U+0400-U+052F). Looking a
//! Cyrillic letter up in the standard library's tables costs tens of instructions, and every
//! tokenizer here asks about every character. Other characters go to the standard library,
//! so each function agrees with its `char` method everywhere (tests check the whole block).

/// `c.is_alphabetic()`.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c {
        // (The standard library's own test, which compiles to less than a match of ranges.)
        '\0'..='\x7f' => c.is_alphabetic(),
        // Letters all but the numeric sign and the combining marks (U+0482-U+0489).
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => true,
        '\u{482}'..='\u{489}' => false,
        c => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_alphanumeric(),
        // No Cyrillic character is a number.
        '\u{400}'..='\u{52f}' => is_alphabetic(c),
        c => c.is_alphanumeric(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    Uncased,
}

/// The case of a character of the Cyrillic blocks, `None` outside them.
#[inline]
fn cyrillic_case(u: u32) -> Option<Case> {
    let pair = |capital_parity| {
        if u % 2 == capital_parity {
            Case::Upper
        } else {
            Case::Lower
        }
    };
    Some(match u {
        0x400..=0x42f | 0x4c0 => Case::Upper,
        0x430..=0x45f | 0x4cf => Case::Lower,
        0x482..=0x489 => Case::Uncased,
        // Pairs, capital first, except in U+04C1-U+04CE where they start one later (U+04C0,
        // palochka, is a capital on its own).
        0x4c1..=0x4ce => pair(1),
        0x460..=0x52f => pair(0),
        _ => return None,
    })
}

/// `c.is_uppercase()`.
#[inline]
pub fn is_uppercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_uppercase();
    }
    match cyrillic_case(u32::from(c)) {
        Some(case) => case == Case::Upper,
        None => c.is_uppercase(),
    }
}

/// `c.is_lowercase()`.
#[inline]
pub fn is_lowercase(c: char) -> bool {
    if c.is_ascii() {
        return c.is_lowercase();
    }
    match cyrillic_case(u32::from(c)) {
        Some(case) => case == Case::Lower,
        None => c.is_lowercase(),
    }
}

/// Appends the lower case of `c` to `out` (`out.extend(c.to_lowercase())`).
#[inline]
pub fn push_lowercase(out: &mut String, c: char) {
    let u = u32::from(c);
    let lower = match u {
        0..=0x7f => u32::from(c.to_ascii_lowercase()),
        0x400..=0x40f => u + 0x50,
        0x410..=0x42f => u + 0x20,
        0x4c0 => 0x4cf,
        _ => match cyrillic_case(u) {
            Some(Case::Upper) => u + 1,
            Some(_) => u,
            None => {
                out.extend(c.to_lowercase());
                return;
            }
        },
    };
    out.push(char::from_u32(lower).unwrap_or(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ASCII, Latin-1 and the Cyrillic blocks with what lies around them.
    fn chars() -> impl Iterator<Item = char> {
        (0..=0x600).filter_map(char::from_u32)
    }

    #[test]
    fn classes_agree_with_the_standard_library() {
        for c in chars() {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_lowercase(c), c.is_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn lower_case_agrees_with_the_standard_library() {
        for c in chars().chain(['İ', 'Σ', 'ẞ', 'Ａ']) {
            let mut ours = String::new();
            push_lowercase(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "{c:?}");
        }
        let mut word = String::new();
        "ҚАЗАҚСТАН Ёлка ӘҒҢӨҰҮҺІ"
            .chars()
            .for_each(|c| push_lowercase(&mut word, c));
        assert_eq!(word, "қазақстан ёлка әғңөұүһі");
    }
}
