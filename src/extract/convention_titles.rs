//! ILO conventions named by title without their number: "the 1948 Freedom of Association
//! Convention", "the Abolition of Forced Labour Convention, 1957", "Конвенция 1981 года о
//! безопасности и гигиене труда". The titles are in `data/conventions.tsv`.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

const TITLES: &str = include_str!("../../data/conventions.tsv");

/// The longest title, in words: a longer run before "Convention" is not looked up.
const MAX_WORDS: usize = 16;

/// A title's conventions: (number, year of adoption), for titles that several share.
type Entries = Vec<(u32, u32)>;

struct Table {
    /// English titles: the words before "Convention", normalised.
    english: HashMap<String, Entries>,
    /// Russian titles: the words after "Конвенция", normalised.
    russian: HashMap<String, Entries>,
    /// Kazakh titles: the words before "туралы" (before "конвенция"), normalised.
    kazakh: HashMap<String, Entries>,
    /// The most words any Russian title has.
    russian_words: usize,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut table = Table {
        english: HashMap::new(),
        russian: HashMap::new(),
        kazakh: HashMap::new(),
        russian_words: 0,
    };
    for line in TITLES.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(number), Some(year), Some(title)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let (Ok(number), Ok(year)) = (number.parse(), year.parse()) else {
            continue;
        };
        let (kazakh, title) = match title.strip_prefix("kk:") {
            Some(title) => (true, title),
            None => (false, title),
        };
        let words: Vec<String> = words(title).map(|(_, w)| w).collect();
        let key = words.join(" ");
        let cyrillic = title.chars().any(|c| matches!(c, 'а'..='я' | 'ё'));
        let map = if kazakh {
            &mut table.kazakh
        } else if cyrillic {
            table.russian_words = table.russian_words.max(words.len());
            &mut table.russian
        } else {
            &mut table.english
        };
        let entries = map.entry(key).or_default();
        if !entries.contains(&(number, year)) {
            entries.push((number, year));
        }
    }
    table
});

/// A word as titles are compared: lower case, "ё" as "е", American spellings as British.
fn normalise(word: &str) -> String {
    let lower = word.to_lowercase().replace('ё', "е");
    match lower.as_str() {
        "labor" => "labour".into(),
        "organize" => "organise".into(),
        _ => lower,
    }
}

/// The words of `text` (runs of letters and digits) with where each starts, normalised.
fn words(text: &str) -> impl Iterator<Item = (Range<usize>, String)> + '_ {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while rest.peek().is_some_and(|&(_, c)| !c.is_alphanumeric()) {
            rest.next();
        }
        let &(start, _) = rest.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            rest.next();
        }
        Some((start..end, normalise(&text[start..end])))
    })
}

/// Of a title's conventions, the one adopted in `year` if the text gives it, else the latest.
fn choose(entries: &Entries, year: Option<u32>) -> u32 {
    year.and_then(|y| entries.iter().find(|&&(_, adopted)| adopted == y))
        .or_else(|| entries.iter().max_by_key(|&&(_, adopted)| adopted))
        .map_or(0, |&(n, _)| n)
}

/// A year of adoption as a word: four digits from 1919 on.
fn as_year(word: &str) -> Option<u32> {
    let year: u32 = word.parse().ok()?;
    (word.len() == 4 && (1919..=2100).contains(&year)).then_some(year)
}

/// Characters a title does not run across (sentence ends, quotes; line breaks do not end one,
/// since hard-wrapped text breaks lines inside titles).
fn stops_title(c: char) -> bool {
    matches!(c, '.' | ';' | ':' | '!' | '?' | '"' | '«' | '»' | '“' | '”')
}

/// Every convention named by its title in `text`: the number and the span from the title's
/// first word to the end of "Convention" (English) or of the title (Russian).
pub fn find(text: &str) -> Vec<(u32, Range<usize>)> {
    let mut out = Vec::new();
    let lower_ascii = |at: usize, word: &str| {
        text.get(at..at + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    for (i, c) in text.char_indices() {
        // (Most characters are ruled out by what they are, before what stands before them.)
        if !matches!(c, 'C' | 'c' | 'К' | 'к')
            || text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        if matches!(c, 'C' | 'c') && lower_ascii(i, "convention") {
            let end = i + "convention".len();
            if text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            if let Some(found) = english_before(text, i, end, c == 'C') {
                out.push(found);
            }
        } else if matches!(c, 'К' | 'к') {
            let word_end = i + text[i..]
                .char_indices()
                .find(|&(_, c)| !c.is_alphanumeric())
                .map_or(text.len() - i, |(j, _)| j);
            if text[i..word_end].to_lowercase().starts_with("конвенци") {
                if let Some(found) = russian_after(text, i, word_end) {
                    out.push(found);
                } else if let Some(found) = kazakh_before(text, i, word_end) {
                    out.push(found);
                }
            }
        }
    }
    out
}

/// "… Freedom of Association Convention" with "Convention" at `at..end`.
fn english_before(text: &str, at: usize, end: usize, capital: bool) -> Option<(u32, Range<usize>)> {
    // What follows: a year ("Convention, 1957"), or a number, which the other rules read.
    let after = text[end..].trim_start_matches([',', ' ']);
    let after_year = after
        .get(..4)
        .and_then(as_year)
        .filter(|_| !after[4..].chars().next().is_some_and(char::is_alphanumeric));
    let rest = after.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == ',');
    if rest.starts_with("(No")
        || rest.starts_with("(no")
        || after.starts_with(|c: char| c.is_ascii_digit()) && after_year.is_none()
        || after.starts_with("No")
    {
        return None;
    }
    let before = words_before(text, at);
    let (k, entries) = longest_title_ending(&TABLE.english, &before)?;
    let first = &before[before.len() - k].0;
    if !capital && !text[first.clone()].starts_with(char::is_uppercase) {
        return None;
    }
    // "the 1948 Freedom of Association Convention".
    let year_before = before
        .len()
        .checked_sub(k + 1)
        .and_then(|j| as_year(&before[j].1));
    Some((
        choose(entries, after_year.or(year_before)),
        first.start..end,
    ))
}

/// "Конвенция [МОТ] [1981 года] о безопасности и гигиене труда" with the word at `at..end`.
fn russian_after(text: &str, at: usize, end: usize) -> Option<(u32, Range<usize>)> {
    let table = &TABLE.russian;
    let mut window_end = text[end..]
        .char_indices()
        .find(|&(_, c)| stops_title(c))
        .map_or(text.len(), |(i, _)| end + i)
        .min(end + 600);
    // (600 bytes on may fall inside a letter.)
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let after: Vec<(Range<usize>, String)> = words(&text[end..window_end])
        .map(|(r, w)| (end + r.start..end + r.end, w))
        .take(table_words() + 8)
        .collect();
    // Skip what may stand between the word and its title: the ILO, a year.
    let mut k = 0;
    let mut year = None;
    while let Some((_, w)) = after.get(k) {
        match w.as_str() {
            "мот" => k += 1,
            "международной" if after.get(k + 1).is_some_and(|(_, w)| w == "организации") =>
            {
                k += 2;
                if after.get(k).is_some_and(|(_, w)| w == "труда") {
                    k += 1;
                }
            }
            w if as_year(w).is_some() => {
                year = as_year(w);
                k += 1;
                if after.get(k).is_some_and(|(_, w)| w == "года" || w == "г") {
                    k += 1;
                }
            }
            _ => break,
        }
    }
    if !after
        .get(k)
        .is_some_and(|(_, w)| w == "о" || w == "об" || w == "обо")
    {
        return None;
    }
    let rest = &after[k..];
    for n in (1..=rest.len().min(table_words())).rev() {
        if let Some(entries) = table.get(&key_of(&rest[..n])) {
            return Some((choose(entries, year), at..rest[n - 1].0.end));
        }
    }
    None
}

/// "Отбасылық міндеттері бар жұмысшылар туралы [1981 жылғы] конвенция…" with the word at
/// `at..end`: the title before "туралы" (about).
fn kazakh_before(text: &str, at: usize, end: usize) -> Option<(u32, Range<usize>)> {
    let mut before = words_before(text, at);
    // "… туралы 1949 жылғы конвенциясы": the year of adoption.
    let mut year = None;
    if before.last().is_some_and(|(_, w)| w == "жылғы") {
        before.pop();
        year = before.pop().and_then(|(_, w)| as_year(&w));
    }
    if before.pop().is_none_or(|(_, w)| w != "туралы") {
        return None;
    }
    let (k, entries) = longest_title_ending(&TABLE.kazakh, &before)?;
    Some((choose(entries, year), before[before.len() - k].0.start..end))
}

/// The words of `text` before `at`, back as far as a title may reach (to a sentence's end or a
/// quote, at most 240 characters), with their places.
fn words_before(text: &str, at: usize) -> Vec<(Range<usize>, String)> {
    let start = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| !stops_title(c))
        .take(240)
        .last()
        .map_or(at, |(i, _)| i);
    words(&text[start..at])
        .map(|(r, w)| (start + r.start..start + r.end, w))
        .collect()
}

/// The words' table key: normalised words joined by spaces.
fn key_of(words: &[(Range<usize>, String)]) -> String {
    words
        .iter()
        .map(|(_, w)| w.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The longest title in `table` that the last words of `before` spell: how many words, and
/// its conventions.
fn longest_title_ending<'a>(
    table: &'a HashMap<String, Entries>,
    before: &[(Range<usize>, String)],
) -> Option<(usize, &'a Entries)> {
    (1..=before.len().min(MAX_WORDS)).rev().find_map(|k| {
        table
            .get(&key_of(&before[before.len() - k..]))
            .map(|e| (k, e))
    })
}

fn table_words() -> usize {
    TABLE.russian_words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<u32> {
        find(text).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn a_long_russian_sentence_after_the_word() {
        // The title window ends 600 bytes on, which here falls inside a two-byte letter.
        for pad in 0..2 {
            let text = format!(
                "Конвенции {}о безопасности и гигиене труда",
                "я".repeat(300 + pad)
            );
            assert!(numbers(&text).is_empty());
        }
        assert_eq!(
            numbers("Конвенция о безопасности и гигиене труда 1981 года (№ 155) вступила."),
            [155]
        );
    }

    #[test]
    fn english_titles_with_and_without_a_year() {
        let text = "respect the 1948 Freedom of Association Convention and the Right to Organise and Collective Bargaining Convention.";
        let found = find(text);
        assert_eq!(
            found
                .iter()
                .map(|(n, r)| (*n, &text[r.clone()]))
                .collect::<Vec<_>>(),
            [
                (87, "Freedom of Association Convention"),
                (98, "Right to Organise and Collective Bargaining Convention")
            ]
        );
        assert_eq!(
            numbers("prohibited under the Abolition of Forced Labour Convention, 1957."),
            [105]
        );
        assert_eq!(
            numbers(
                "ratified the Tripartite Consultation (International Labour Standards) Convention, 1976, and"
            ),
            [144]
        );
        assert_eq!(numbers("the ILO Labor Inspection Convention"), [81]);
        assert_eq!(
            numbers("the Labour Inspection (Agriculture) Convention"),
            [129]
        );
        // Shared titles: the year chooses, else the latest.
        assert_eq!(numbers("the Maternity Protection Convention, 1952"), [103]);
        assert_eq!(numbers("the Maternity Protection Convention"), [183]);
    }

    #[test]
    fn a_number_after_the_word_is_left_to_the_other_rules() {
        assert!(numbers("the Forced Labour Convention No. 29").is_empty());
        assert!(numbers("the Forced Labour Convention, 1930 (No. 29)").is_empty());
        assert!(numbers("the Forced Labour Convention 29").is_empty());
    }

    #[test]
    fn other_conventions_and_lower_case_words_are_not_titles() {
        assert!(numbers("the European Convention on Human Rights").is_empty());
        assert!(numbers("a minimum age convention").is_empty());
        assert!(numbers("the Chemical Weapons Convention").is_empty());
        assert!(numbers("Forced labour. Convention delegates met").is_empty());
    }

    #[test]
    fn kazakh_titles_before_the_word() {
        assert_eq!(
            numbers(
                "Сарапшылар Отбасылық міндеттері бар жұмысшылар туралы конвенцияны да ратификациялауды ұсынады."
            ),
            [156]
        );
        assert_eq!(
            numbers(
                "Халықаралық еңбек ұйымының Ұйымдастыру құқығы және ұжымдық келіссөздер жүргізу туралы 1949 жылғы конвенциясы еске салынып"
            ),
            [98]
        );
        assert!(numbers("Бала құқықтары туралы конвенцияны").is_empty());
        assert_eq!(
            numbers(
                "The ILO's Working Environment (Air Pollution, Noise and Vibration) Convention, 1977, and"
            ),
            [148]
        );
    }

    #[test]
    fn russian_titles_after_the_word() {
        let text = "ратифицировал Конвенцию 1981 года о безопасности и гигиене труда. Обе";
        let found = find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, 155);
        assert_eq!(
            &text[found[0].1.clone()],
            "Конвенцию 1981 года о безопасности и гигиене труда"
        );
        assert_eq!(
            numbers(
                "к Конвенции Международной организации труда (МОТ) 1970 года об установлении минимальной заработной платы с особым учетом"
            ),
            [131]
        );
        assert_eq!(
            numbers("Конвенции о безопасности и гигиене труда в строительстве"),
            [167]
        );
        assert_eq!(numbers("Конвенция МОТ об охране материнства"), [183]);
        assert!(numbers("Конвенция о правах ребенка").is_empty());
        assert_eq!(
            numbers(
                "и Конвенцию 1975 года о злоупотреблениях в области миграции и об обеспечении трудящимся-мигрантам равенства возможностей и обращения."
            ),
            [143]
        );
    }
}
