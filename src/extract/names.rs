//! Name keys: one spelling-independent form of a person's name, so that transliterations
//! ("Abylkassymova", "Абылкасымова") and small typos meet. Used for matching names only, never
//! for ordinary words.

/// The key of a name (or one word of it): lower case, Cyrillic transliterated, accents dropped,
/// common transliteration variants unified (y/i, kh/h, q/k, w/v, "aye"/"ae"), doubled letters
/// collapsed, anything but letters removed.
pub fn key(name: &str) -> String {
    let mut latin = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        match transliterate(c) {
            Some(s) => latin.push_str(s),
            None if c.is_ascii_alphabetic() => latin.push(c),
            None => {}
        }
    }
    let mut s = latin;
    for (from, to) in [
        ("dzh", "j"),
        ("kh", "h"),
        ("ph", "f"),
        ("ck", "k"),
        ("ch", "c"),
        ("sh", "s"),
        ("zh", "j"),
        ("ts", "c"),
        ("ou", "u"),
    ] {
        // (Most words have none of these: look before allocating a copy.)
        if contains(s.as_bytes(), from.as_bytes()) {
            s = s.replace(from, to);
        }
    }
    // Only ASCII letters are left (every transliteration is ASCII): the rest reads bytes.
    let bytes = s.as_bytes();
    // "Tokayev" / "Tokaev": a y between vowels is a transliteration glide.
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let mut out = String::with_capacity(bytes.len());
    let mut last = None;
    for (i, &c) in bytes.iter().enumerate() {
        let glide = c == b'y'
            && i > 0
            && vowel(bytes[i - 1])
            && bytes.get(i + 1).is_some_and(|&n| vowel(n));
        if glide {
            continue;
        }
        let c = match c {
            b'y' => b'i',
            b'w' => b'v',
            b'q' => b'k',
            b'x' => b'h',
            c => c,
        };
        if last == Some(c) {
            continue;
        }
        out.push(char::from(c));
        last = Some(c);
    }
    out
}

/// A Cyrillic name without its case ending, so that every form of it has one key: "Путина",
/// "Путиным" → "Путин"; "Дмитрия", "Дмитрием" → "Дмитри"; "Тоқаевтың" → "тоқаев" (Kazakh
/// suffixes, as search strips them). The stem need not be a word, only the same for every
/// case of the name. Other scripts are left as they are.
pub fn case_free(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !word.chars().any(crate::analysis::is_cyrillic) {
        return Cow::Borrowed(word);
    }
    let lower = word.to_lowercase();
    if lower.chars().any(crate::analysis::is_kazakh_letter) {
        return Cow::Owned(crate::analysis::stem_cyrillic(&lower));
    }
    /// Russian case endings of names, longest first.
    const ENDINGS: &[&str] = &[
        "ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ым", "им", "ом", "ем", "ую", "юю",
        "ая", "яя", "а", "я", "у", "ю", "е", "ы", "и", "й",
    ];
    for ending in ENDINGS {
        if let Some(stem) = lower.strip_suffix(ending)
            && stem.chars().count() >= 3
        {
            return Cow::Owned(stem.to_string());
        }
    }
    Cow::Owned(lower)
}

/// The key of one word of a name without its case ending ([`case_free`]), when that differs from
/// the word's own [`key`]: "Абдиевым" → "abdiev" (its key is "abdievim"), "Тоқаевтың" →
/// "tokaev"; `None` for a word in another script or in no case ("Абдиев", "Tokayev"). Search
/// indexes and asks for both keys, so that a name in any case meets it in any script.
pub fn case_free_key(word: &str) -> Option<String> {
    if word.is_ascii() {
        return None;
    }
    let free = case_free(word);
    if matches!(free, std::borrow::Cow::Borrowed(_)) {
        return None;
    }
    let free_key = key(&free);
    (free_key != key(word) && !free_key.is_empty()).then_some(free_key)
}

/// Does `needle` (not empty) occur in `haystack`? Compares a window only where its first byte
/// matches, which in a short word is rarely.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w[0] == needle[0] && w == needle)
}

/// Latin for a lower-case Cyrillic (Russian and Kazakh) or accented Latin letter.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' | 'й' => "i",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' | 'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' | 'щ' => "sh",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'ç' => "c",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'ş' | 'š' => "sh",
        'ğ' => "g",
        'ž' => "zh",
        'č' => "ch",
        _ => return None,
    })
}

/// Levenshtein distance in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// The largest edit distance at which two name keys of this length still name the same person.
pub fn tolerance(key: &str) -> u8 {
    match key.chars().count() {
        0..=5 => 0,
        6..=9 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_word_in_a_case_has_a_second_key_without_it() {
        assert_eq!(case_free_key("Абдиевым").as_deref(), Some("abdiev"));
        assert_eq!(case_free_key("Тоқаевтың").as_deref(), Some("tokaev"));
        assert_eq!(case_free_key("Абдиев"), None);
        assert_eq!(case_free_key("Tokayev"), None);
    }
    use super::*;

    /// [`key`] as first written, on characters throughout: the test oracle for the one on bytes.
    fn key_by_chars(name: &str) -> String {
        let mut s: String = name
            .chars()
            .flat_map(char::to_lowercase)
            .filter_map(|c| match transliterate(c) {
                Some(s) => Some(s.to_string()),
                None if c.is_ascii_alphabetic() => Some(c.to_string()),
                None => None,
            })
            .collect();
        for (from, to) in [
            ("dzh", "j"),
            ("kh", "h"),
            ("ph", "f"),
            ("ck", "k"),
            ("ch", "c"),
            ("sh", "s"),
            ("zh", "j"),
            ("ts", "c"),
            ("ou", "u"),
        ] {
            s = s.replace(from, to);
        }
        let chars: Vec<char> = s.chars().collect();
        let vowel = |c: char| "aeiouy".contains(c);
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            let glide = c == 'y'
                && i > 0
                && vowel(chars[i - 1])
                && chars.get(i + 1).is_some_and(|&n| vowel(n));
            if glide {
                continue;
            }
            let c = match c {
                'y' => 'i',
                'w' => 'v',
                'q' => 'k',
                'x' => 'h',
                c => c,
            };
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn keys_on_bytes_are_keys_on_characters() {
        for name in [
            "",
            "Abylkassymova",
            "Абылкасымова",
            "Tokayev",
            "Тоқаевтың",
            "Dzhaksybekov",
            "Джаксыбеков",
            "Shchukin",
            "Щукин",
            "Tsoi",
            "Цой",
            "Khabar",
            "Phillips",
            "Dickson",
            "Zhanbolat",
            "Moussa",
            "Mayor Mayya Yyy yay ayya",
            "Wuxi Xiaoqing Qwerty",
            "Kassym-Jomart O'Neil 2024",
            "İstanbul Straße Çağrı Šťastný Ørsted Núñez",
            "ЖЖЖ ъъ ьЬ Ёлка Юлия Яна Ұлан Ғани Һ",
            "ddzhh kkhh tss ouou",
            "日本 Ωμέγα",
        ] {
            assert_eq!(key(name), key_by_chars(name), "{name:?}");
        }
    }

    #[test]
    fn spellings_of_one_name_share_a_key() {
        assert_eq!(key("Abylkassymova"), key("Abylkasymova"));
        assert_eq!(key("Абылкасымова"), key("Abylkasymova"));
        assert_eq!(key("Tokayev"), key("Tokaev"));
        assert_eq!(key("Тоқаев"), key("Toqaev"));
        assert_eq!(key("Токаев"), key("Tokayev"));
        assert_eq!(key("FARZAN"), key("Farzan"));
        assert_ne!(key("Dauletalin"), key("Nurtleu"));
    }

    #[test]
    fn distance_counts_characters() {
        assert_eq!(distance("convnetion", "convention"), 2);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("қазақ", "казак"), 2);
    }

    #[test]
    fn tolerance_grows_with_length() {
        assert_eq!(tolerance("jan"), 0);
        assert_eq!(tolerance("mira"), 0);
        assert_eq!(tolerance("hungbo"), 1);
        assert_eq!(tolerance("abilkasimova"), 2);
    }
}
