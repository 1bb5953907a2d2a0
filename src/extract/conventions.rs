//! ILO conventions: every way the press writes one, mapped to its number.
//!
//! Recognised: `Convention 87`, `Convention No. 87`, `Convention number 87`, `ILO Convention 87`,
//! `Conventions Nos. 87 and 98`, `C087`, `C 190`, `C-87`, `(No. 87)` after a convention's title,
//! and each `No. 102 '…'` in a list that follows a mention of conventions. Not conventions:
//! counts and list numbers ("ratified 25 ILO Conventions (8 fundamental, …)", "12 of the 177
//! technical"), numbers too large to be a convention.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// ILO conventions are numbered from 1; 190 was adopted in 2019. Leave room for new ones.
const MAX_NUMBER: u32 = 220;

/// A convention named in a text: its number and the span that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub number: u32,
    pub span: Range<usize>,
}

/// "Convention(s)" optionally after "ILO", then a number with an optional "No."/"number"/"#",
/// then more numbers joined by commas, "and", "&".
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        \b(?:(?:ILO|МОТ|ХЕҰ)\s+)?(?:conventions?|конвенци\w*)
        (?:\s+(?:ILO|МОТ|ХЕҰ)(?:-ның|-нің)?)?
        \s*(?:\bNos?\.?|\bnumbers?\b|\#|№|\bN\b)?\s*
        (?P<first>\d{1,3})\b(?:[.,]\d)?
        (?P<more>(?:\s*(?:,|\band\b|&|\bor\b|\bи\b|\bжәне\b)\s*(?:\bNos?\.?\s*|№\s*)?\d{1,3}\b)*)",
    )
    .expect("convention pattern")
});

/// `C087`, `C 190`, `C-87`: a capital C right before the number.
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\p{L}\p{N}])(?P<code>C[\s\-]?0*(?P<n>\d{1,3}))\b").expect("code pattern")
});

/// `No. 102` (or `№ 102`, `Nos. 87 and 98`), for lists and for `(No. 87)` after a title.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?i:Nos?)\.?|№)\s*(?P<n>\d{1,3})\b").expect("number pattern")
});

/// `№ 87 Конвенция`, `№ 87 ХЕҰ Конвенциясы`: the number before the word, as Russian and Kazakh
/// also write it.
static NUMBER_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)№\s*(?P<n>\d{1,3})\b\s+(?:(?:МОТ|ХЕҰ|ILO)\s+)?конвенци\w*")
        .expect("number-first pattern")
});

static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,3}").expect("digits"));

/// A word that says the sentence is about conventions, so its `No. N` are convention numbers.
static CUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:conventions?|конвенци\w*)\b").expect("cue"));

/// Every convention mention in `text`, in order of position.
pub fn find(text: &str) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    let push = |number: u32, span: Range<usize>, out: &mut Vec<Mention>| {
        // A number that goes on with a separator and digits ("87,000", "2.5") is not one.
        let rest = &text.as_bytes()[span.end..];
        let continues =
            rest.len() >= 2 && matches!(rest[0], b',' | b'.') && rest[1].is_ascii_digit();
        if !continues
            && (1..=MAX_NUMBER).contains(&number)
            && !out.iter().any(|m| overlaps(&m.span, &span))
        {
            out.push(Mention { number, span });
        }
    };
    for caps in NAMED.captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let first = caps.name("first").expect("first number");
        push(
            first.as_str().parse().unwrap_or(0),
            whole.start()..first.end(),
            &mut out,
        );
        if let Some(more) = caps.name("more") {
            for n in DIGITS.find_iter(more.as_str()) {
                let span = more.start() + n.start()..more.start() + n.end();
                push(n.as_str().parse().unwrap_or(0), span, &mut out);
            }
        }
    }
    for caps in NUMBER_FIRST.captures_iter(text) {
        let n = caps.name("n").expect("number");
        push(
            n.as_str().parse().unwrap_or(0),
            caps.get(0).expect("match").range(),
            &mut out,
        );
    }
    for caps in CODE.captures_iter(text) {
        let code = caps.name("code").expect("code");
        push(caps["n"].parse().unwrap_or(0), code.range(), &mut out);
    }
    // `No. N` counts inside a sentence that mentions conventions, after the mention.
    for sentence in sentences(text) {
        let Some(cue) = CUE.find(&text[sentence.clone()]) else {
            continue;
        };
        let after = sentence.start + cue.start();
        for caps in NUMBER.captures_iter(&text[after..sentence.end]) {
            let whole = caps.get(0).expect("match");
            let span = after + whole.start()..after + whole.end();
            push(caps["n"].parse().unwrap_or(0), span.clone(), &mut out);
            // "Nos. 87 and 98": the numbers after the first.
            let rest = &text[span.end..sentence.end];
            let tail = rest
                .char_indices()
                .take_while(|&(_, c)| {
                    c.is_ascii_digit()
                        || c.is_whitespace()
                        || c == ','
                        || c == '&'
                        || c.is_alphabetic()
                })
                .map(|(i, c)| i + c.len_utf8())
                .last()
                .unwrap_or(0);
            let list = &rest[..tail];
            if caps
                .get(0)
                .is_some_and(|m| m.as_str().to_lowercase().starts_with("nos"))
            {
                for n in DIGITS.find_iter(list) {
                    let joined = list[..n.start()].trim_end();
                    if joined.ends_with(',') || joined.ends_with("and") || joined.ends_with('&') {
                        let span = span.end + n.start()..span.end + n.end();
                        push(n.as_str().parse().unwrap_or(0), span, &mut out);
                    }
                }
            }
        }
    }
    // `(No. 87)` right after a convention's title ("… Convention, 1948 (No. 87)").
    for caps in NUMBER.captures_iter(text) {
        let whole = caps.get(0).expect("match");
        let before = &text[..whole.start()];
        if before.ends_with('(') {
            let window_start = before
                .char_indices()
                .rev()
                .nth(150)
                .map(|(i, _)| i)
                .unwrap_or(0);
            if CUE.is_match(&before[window_start..]) {
                push(caps["n"].parse().unwrap_or(0), whole.range(), &mut out);
            }
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// The distinct convention numbers in `text`, in order of first mention.
pub fn numbers(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for mention in find(text) {
        if !out.contains(&mention.number) {
            out.push(mention.number);
        }
    }
    out
}

/// The number of a query that names exactly one convention ("Convention No. 87", "C087",
/// "convention number 87", "ILO Convention 87"), or `None`.
pub fn in_query(text: &str) -> Option<u32> {
    static QUERY_CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[cC][\s\-]?0*(\d{1,3})$").expect("query code"));
    let text = text.trim();
    // Every way of naming a convention has its number in digits; most queries have none, and
    // then the patterns need not even be compiled (query start-up).
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(caps) = QUERY_CODE.captures(text) {
        return caps[1]
            .parse()
            .ok()
            .filter(|n| (1..=MAX_NUMBER).contains(n));
    }
    let mentions = find(text);
    match &mentions[..] {
        [m] if m.span.start == 0 && text[m.span.end..].trim().is_empty() => Some(m.number),
        _ => None,
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Sentence ranges, split on `.`, `!`, `?`, `;` followed by a space and a capital or quote, but
/// not after "No." or a single capital (initials).
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?' | '\n') {
            continue;
        }
        let next = bytes.get(i + 1).copied();
        if c != '\n' && next != Some(b' ') {
            continue;
        }
        let word_before = text[start..i]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if c == '.'
            && (word_before.eq_ignore_ascii_case("no")
                || word_before.eq_ignore_ascii_case("nos")
                || (word_before.len() == 1 && word_before.chars().all(char::is_uppercase)))
        {
            continue;
        }
        out.push(start..i + 1);
        start = i + 1;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(u32, &str)> {
        find(text)
            .into_iter()
            .map(|m| (m.number, &text[m.span]))
            .collect()
    }

    #[test]
    fn every_spelling_maps_to_its_number() {
        assert_eq!(spans("the Convention 87."), [(87, "Convention 87")]);
        assert_eq!(
            spans("on the Convention number 87 on"),
            [(87, "Convention number 87")]
        );
        assert_eq!(
            spans("ILO Convention No. 87"),
            [(87, "ILO Convention No. 87")]
        );
        assert_eq!(spans("convention no.87"), [(87, "convention no.87")]);
        assert_eq!(
            spans("ratify C087 and C 190 and C-98"),
            [(87, "C087"), (190, "C 190"), (98, "C-98")]
        );
        assert_eq!(
            spans("Right to Organise Convention, 1948 (No. 87) was"),
            [(87, "No. 87")]
        );
        assert_eq!(
            spans("Conventions Nos. 87 and 98 apply"),
            [(87, "Conventions Nos. 87"), (98, "98")]
        );
        assert_eq!(
            spans("Conventions 87, 98 and 138"),
            [(87, "Conventions 87"), (98, "98"), (138, "138")]
        );
    }

    #[test]
    fn russian_and_kazakh_spellings() {
        assert_eq!(
            numbers("ратифицировать Конвенцию МОТ № 87 и № 98"),
            [87, 98]
        );
        assert_eq!(numbers("Конвенция 190 о насилии"), [190]);
        assert_eq!(numbers("ХЕҰ-ның № 87 Конвенциясы ратификацияланды"), [87]);
        assert_eq!(numbers("Конвенциялары № 155 және № 187"), [155, 187]);
        assert!(numbers("№ 5 мектеп").is_empty());
    }

    #[test]
    fn lists_after_a_conventions_cue() {
        let text = "ratifying the following ILO conventions: No. 102 ‘Social Security (Minimum Standards)’, No. 131 ‘Minimum Wage Fixing’, and No. 190 ‘Violence’. He noted ILO Conventions No. 129 ‘Labor Inspection’ and No. 81 ‘Industry’.";
        assert_eq!(numbers(text), [102, 131, 190, 129, 81]);
    }

    #[test]
    fn counts_and_list_numbers_are_not_conventions() {
        assert!(find("Kazakhstan has ratified 25 ILO Conventions (8 fundamental, 4 governance, 13 technical).").is_empty());
        assert!(find("the ILO Convention ratifitsiroval24 Kazakhstan (8 basic, policy-4, 12 of the 177 technical)").is_empty());
        assert!(find("No. 5 on the list of priorities was wages.").is_empty());
        assert!(find("paid 87,000 tenge under the convention 87,000 times").is_empty());
        assert!(find("Convention 999").is_empty());
        assert!(find("ABC123 and C3PO").is_empty());
    }

    #[test]
    fn a_query_naming_one_convention() {
        for q in [
            "Convention 87",
            "convention number 87",
            "C087",
            "c087",
            "Convention No. 87",
            "ILO Convention 87",
            "c 87",
        ] {
            assert_eq!(in_query(q), Some(87), "{q}");
        }
        assert_eq!(in_query("Convention 87 freedom"), None);
        assert_eq!(in_query("87"), None);
    }
}
