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

/// Is `part` an initial as typed before a full stop: one capital letter, or two for one sound
/// ("Zh.", "Sh.", "Ye.", but not "St.")?
pub fn initial_letters(part: &str) -> bool {
    let mut chars = part.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(first), None, _) => first.is_uppercase(),
        (Some(first), Some(second), None) => {
            first.is_ascii_uppercase() && (second == 'h' || first == 'Y' && second != 'y')
        }
        _ => false,
    }
}

/// One word of a person's name as search and the index read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The word's [`key`].
    pub key: String,
    /// Its key without a case ending, where that differs ([`case_free_key`]).
    pub case_free: Option<String>,
    /// Whether the word is an initial ("M" of "M.Abylkasymova").
    pub initial: bool,
}

/// The words of a name with their keys, and where its family name is: the last word that is not
/// an initial ("Madina Abylkasymova", "M.Abylkasymova", "Abylkasymova M."); `None` when every
/// word is an initial or none has a key.
pub fn parts(name: &str) -> (Vec<Part>, Option<usize>) {
    let parts: Vec<Part> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| Part {
            key: key(w),
            case_free: case_free_key(w),
            initial: w.chars().count() == 1
                || initial_letters(w) && name.contains(&format!("{w}.")),
        })
        .filter(|p| !p.key.is_empty())
        .collect();
    let family = parts.iter().rposition(|p| !p.initial);
    (parts, family)
}

/// How often an initial key writes the given name's initial before the family name's key: more
/// often than the largest [`tolerance`] allows edits, so that a family name matched within its
/// tolerance can never have a different initial ("aaa asanaliev" is three edits from "bbb
/// asanaliev").
const INITIAL_REPEAT: usize = 3;

/// The initial of a given name's key, as initial keys compare it: its first letter, with "i"
/// read as "e" ("Yerlan", key "ierlan", and "Ерлан", key "erlan", are one initial).
pub fn initial_of(key: &str) -> Option<char> {
    key.chars().next().map(|c| if c == 'i' { 'e' } else { c })
}

/// The initial key of a family name's key and a given name's initial ("mmm abilkasimova").
pub fn initial_key(family: &str, initial: char) -> String {
    let mut out = String::with_capacity(family.len() + INITIAL_REPEAT + 1);
    out.extend(std::iter::repeat_n(initial, INITIAL_REPEAT));
    out.push(' ');
    out.push_str(family);
    out
}

/// The initial keys of one person, from every spelling an article gives (`person_initials`):
/// each family-name key with the initial of each given name written with it, so that
/// "A.Asanaliev" finds the Aidar Asanaliev of one article and not the Bolat Asanaliev of
/// another. A person written only by family name ("Mr Asanaliev") has the family key alone,
/// which any initial accepts. Sorted, without repeats.
pub fn initial_keys<'a>(spellings: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut keys = Vec::new();
    let mut families = Vec::new();
    let mut any_given = false;
    for spelling in spellings {
        let (parts, Some(at)) = parts(spelling) else {
            continue;
        };
        let family = &parts[at];
        let family_keys = || std::iter::once(&family.key).chain(&family.case_free);
        families.extend(family_keys().cloned());
        for given in parts[..at].iter().chain(&parts[at + 1..]) {
            let Some(initial) = initial_of(&given.key) else {
                continue;
            };
            any_given = true;
            keys.extend(family_keys().map(|f| initial_key(f, initial)));
        }
    }
    if !any_given {
        keys = families;
    }
    keys.sort_unstable();
    keys.dedup();
    keys
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
    fn initial_keys_pair_each_family_name_with_the_initials_written_with_it() {
        let keys = |spellings: &[&str]| initial_keys(spellings.iter().copied());
        assert_eq!(
            keys(&["Aidar Asanaliev", "A.Asanaliev", "Asanaliev"]),
            ["aaa asanaliev"]
        );
        assert_eq!(keys(&["Abylkasymova M."]), ["mmm abilkasimova"]);
        // Nobody gives a given name: the family key alone, which any initial accepts.
        assert_eq!(keys(&["Asanaliev", "ASANALIEV"]), ["asanaliev"]);
        // Patronymics are given names too, and a case form has a second key.
        assert_eq!(
            keys(&["Тамара Босымбековна Дуйсенова", "Дуйсеновой"]),
            [
                "bbb duisenov",
                "bbb duisenova",
                "ttt duisenov",
                "ttt duisenova"
            ]
        );
        // "Ye" and "Е" are one initial.
        assert_eq!(keys(&["Yerlan Birzhanov"]), keys(&["Е.Биржанов"]));
        assert!(keys(&["M."]).is_empty());
    }

    #[test]
    fn no_name_matched_within_its_tolerance_can_change_its_initial() {
        for n in 0..64 {
            assert!(
                usize::from(tolerance(&"a".repeat(n))) < INITIAL_REPEAT,
                "{n}"
            );
        }
    }

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
