//! ILO conventions: every way the press writes one, mapped to its number.
//!
//! Recognised: `Convention 87`, `Convention No. 87`, `Convention number 87`, `ILO Convention 87`,
//! `Conventions Nos. 87 and 98`, `C087`, `C 190`, `C-87`, `(No. 87)` after a convention's title,
//! and each `No. 102 '…'` in a list that follows a mention of conventions; in Russian and Kazakh
//! `Конвенция МОТ № 87`, `конвенция номер 87`, `№ 87 Конвенция`, `ХЕҰ-ның 87-ші Конвенциясы`,
//! `87 нөмірлі конвенция`; a title without its number (`the Abolition of Forced Labour
//! Convention, 1957`, `Конвенция 1981 года о безопасности и гигиене труда`: see
//! [`super::convention_titles`]). Not conventions:
//! counts and list numbers ("ratified 25 ILO Conventions (8 fundamental, …)", "12 of the 177
//! technical"), numbers too large to be a convention.

use std::ops::Range;

/// ILO conventions are numbered from 1; 190 was adopted in 2019. Leave room for new ones.
const MAX_NUMBER: u32 = 220;

/// A convention named in a text: its number and the span that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub number: u32,
    pub span: Range<usize>,
}

/// A number with the span of text that names it.
type Numbered = (u32, Range<usize>);

/// How the ILO is abbreviated before or after "Convention" (English, Russian, Kazakh).
const ILO: &[&str] = &["ilo", "мот", "хеұ"];

/// A hand-written matcher over the text (byte offsets at character boundaries): the few shapes a
/// convention is written in do not need a regular-expression engine, whose patterns with Unicode
/// classes took 7 ms to compile, at the start of every query that named a convention.
///
/// "Word" characters and boundaries are as in regular expressions: letters, digits, marks and
/// `_` are word characters, and a boundary separates a word character from anything else.
/// Letters compare without regard to case.
struct Scan<'a> {
    text: &'a str,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{483}'..='\u{489}' | '\u{200c}' | '\u{200d}')
}

impl<'a> Scan<'a> {
    fn at(&self, i: usize) -> Option<char> {
        self.text.get(i..)?.chars().next()
    }

    fn before(&self, i: usize) -> Option<char> {
        self.text[..i].chars().next_back()
    }

    /// A word boundary at `i`.
    fn boundary(&self, i: usize) -> bool {
        self.before(i).is_some_and(is_word_char) != self.at(i).is_some_and(is_word_char)
    }

    /// Past any whitespace at `i`.
    fn spaces(&self, mut i: usize) -> usize {
        while let Some(c) = self.at(i).filter(|c| c.is_whitespace()) {
            i += c.len_utf8();
        }
        i
    }

    /// Past at least one whitespace character at `i`.
    fn some_spaces(&self, i: usize) -> Option<usize> {
        let end = self.spaces(i);
        (end > i).then_some(end)
    }

    /// Past `word` (lower case) written at `i` in any case.
    fn word(&self, i: usize, word: &str) -> Option<usize> {
        let rest = self.text.get(i..)?;
        let mut chars = rest.char_indices();
        for w in word.chars() {
            let (_, c) = chars.next()?;
            if c != w && c.to_lowercase().next() != Some(w) {
                return None;
            }
        }
        Some(chars.next().map_or(self.text.len(), |(j, _)| i + j))
    }

    /// Past the first of `words` written at `i`.
    fn any_word(&self, i: usize, words: &[&str]) -> Option<usize> {
        words.iter().find_map(|w| self.word(i, w))
    }

    /// Past `c` at `i`.
    fn char(&self, i: usize, c: char) -> Option<usize> {
        (self.at(i) == Some(c)).then(|| i + c.len_utf8())
    }

    /// Past the word characters at `i`.
    fn word_chars(&self, mut i: usize, keep: impl Fn(char) -> bool) -> usize {
        while let Some(c) = self.at(i).filter(|&c| is_word_char(c) && keep(c)) {
            i += c.len_utf8();
        }
        i
    }

    /// A number of one to three digits at `i` that the word ends with: its value and end.
    fn number(&self, i: usize) -> Option<(u32, usize)> {
        let end = i + self.text[i..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        ((1..=3).contains(&(end - i)) && self.boundary(end))
            .then(|| (self.text[i..end].parse().unwrap_or(0), end))
    }

    /// "Convention", "Conventions", "Конвенция" and its other forms, at `i`.
    fn convention(&self, i: usize) -> Option<usize> {
        if let Some(end) = self.word(i, "convention") {
            return Some(
                self.char(end, 's')
                    .or_else(|| self.char(end, 'S'))
                    .unwrap_or(end),
            );
        }
        self.word(i, "конвенци")
            .map(|end| self.word_chars(end, |c| !c.is_ascii_digit()))
    }

    /// "No", "Nos", "No.", "Nos." at a word boundary at `i`.
    fn no(&self, i: usize) -> Option<usize> {
        if !self.boundary(i) {
            return None;
        }
        let end = self.word(i, "no")?;
        let end = self.word(end, "s").unwrap_or(end);
        Some(self.char(end, '.').unwrap_or(end))
    }

    /// What may stand between "Convention" and its number: "No.", "number", "#", "№", "N";
    /// the number after it, with the whitespace around. Each way is tried in turn.
    fn numbered(&self, i: usize) -> Option<Numbered> {
        let at = self.spaces(i);
        let markers = [
            self.no(at),
            self.boundary(at)
                .then(|| self.word(at, "number"))
                .flatten()
                .map(|end| self.word(end, "s").unwrap_or(end))
                .filter(|&end| self.boundary(end)),
            // (Russian: "конвенцию номер 187".)
            self.boundary(at)
                .then(|| self.word(at, "номер"))
                .flatten()
                .filter(|&end| self.boundary(end)),
            self.char(at, '#'),
            self.char(at, '№'),
            self.word(at, "n")
                .filter(|&end| self.boundary(at) && self.boundary(end)),
        ];
        markers
            .into_iter()
            .flatten()
            .map(|end| self.spaces(end))
            .chain([at])
            .find_map(|start| self.number(start).map(|(n, end)| (n, start..end)))
    }

    /// "Convention 87", "ILO Convention No. 87", "Conventions Nos. 87 and 98", "Конвенция МОТ
    /// № 87 и № 98" at `i`: the end of the whole mention, and each number with its span (the
    /// first one's span starting at `i`).
    fn named(&self, i: usize) -> Option<(usize, Vec<Numbered>)> {
        if !self.boundary(i) {
            return None;
        }
        let after_prefix = self
            .any_word(i, ILO)
            .and_then(|end| self.some_spaces(end))
            .and_then(|end| self.convention(end));
        let word = after_prefix.or_else(|| self.convention(i))?;
        // "Конвенция МОТ", "ХЕҰ-ның": the body named after the word, when a number follows.
        let after_ilo = self
            .some_spaces(word)
            .and_then(|at| self.any_word(at, ILO))
            .map(|end| self.any_word(end, &["-ның", "-нің"]).unwrap_or(end))
            .or_else(|| self.some_spaces(word).and_then(|at| self.ilo_in_full(at)));
        let (first, span) = after_ilo
            .and_then(|end| self.numbered(end))
            .or_else(|| self.numbered(word))?;
        let mut numbers = vec![(first, i..span.end)];
        let mut end = span.end;
        // "87.5", "87,000": a number that goes on (not kept, see `find`).
        if let Some(sep) = self.char(end, '.').or_else(|| self.char(end, ','))
            && self.at(sep).is_some_and(|c| c.is_ascii_digit())
        {
            end = sep + 1;
        }
        // ", 98 and 138", "и № 98", "және № 187".
        loop {
            let at = self.spaces(end);
            let Some(sep) = self
                .char(at, ',')
                .or_else(|| self.char(at, '&'))
                .or_else(|| {
                    ["and", "or", "и", "және"].iter().find_map(|w| {
                        self.word(at, w)
                            .filter(|&e| self.boundary(at) && self.boundary(e))
                    })
                })
            else {
                break;
            };
            let at = self.spaces(sep);
            let marked = self
                .no(at)
                .or_else(|| self.char(at, '№'))
                .map(|e| self.spaces(e))
                .and_then(|start| self.number(start).map(|n| (start, n)));
            let Some((start, (n, e))) = marked.or_else(|| self.number(at).map(|n| (at, n))) else {
                break;
            };
            numbers.push((n, start..e));
            end = e;
        }
        Some((end, numbers))
    }

    /// "Международной организации труда", "Международной организации труда (МОТ)" at `at`
    /// (the ILO's Russian name in the genitive, after "конвенция"): where it ends.
    fn ilo_in_full(&self, at: usize) -> Option<usize> {
        let end = self.word(at, "международной")?;
        let end = self.word(self.some_spaces(end)?, "организации")?;
        let end = self.word(self.some_spaces(end)?, "труда")?;
        if !self.boundary(end) {
            return None;
        }
        let acronym = self
            .char(self.spaces(end), '(')
            .and_then(|e| self.word(e, "мот"))
            .and_then(|e| self.char(e, ')'));
        Some(acronym.unwrap_or(end))
    }

    /// "Конвенция", "ХЕҰ Конвенциясы" at `at`, after a number: the end of the word.
    fn convention_after_number(&self, at: usize) -> Option<usize> {
        let word = self
            .any_word(at, ILO)
            .and_then(|e| self.some_spaces(e))
            .and_then(|e| self.word(e, "конвенци"))
            .or_else(|| self.word(at, "конвенци"))?;
        Some(self.word_chars(word, |_| true))
    }

    /// "№ 87 Конвенция", "№ 87 ХЕҰ Конвенциясы" at `i`: the number and the whole span.
    fn number_first(&self, i: usize) -> Option<Numbered> {
        let at = self.spaces(self.char(i, '№')?);
        let (n, end) = self.number(at)?;
        let at = self.some_spaces(end)?;
        Some((n, i..self.convention_after_number(at)?))
    }

    /// "87-ші Конвенция", "87-Конвенциясы", "155-інші ХЕҰ Конвенциясы" at `i`: a Kazakh ordinal
    /// (the number, a hyphen and an ordinal ending or none) right before the word, or the number
    /// and "нөмірлі" (numbered: "187 нөмірлі конвенция"); the number and the whole span. (A bare number before it is a count: "190 конвенция қабылданды".)
    fn ordinal_first(&self, i: usize) -> Option<Numbered> {
        if !self.boundary(i) {
            return None;
        }
        let (n, end) = self.number(i)?;
        // "187 нөмірлі конвенция" (the convention numbered 187).
        if let Some(at) = self
            .some_spaces(end)
            .and_then(|e| self.word(e, "нөмірлі"))
            .filter(|&e| self.boundary(e))
            .and_then(|e| self.some_spaces(e))
        {
            return Some((n, i..self.convention_after_number(at)?));
        }
        let hyphen = self.char(end, '-')?;
        let at = match self.any_word(hyphen, &["інші", "ыншы", "ші", "шы"]) {
            Some(e) if self.boundary(e) => self.some_spaces(e)?,
            _ => hyphen,
        };
        Some((n, i..self.convention_after_number(at)?))
    }

    /// Kazakh numbers before the word without an ordinal ending, where they cannot be a count:
    /// a list ("ХЕҰ-ның 138 және 182 конвенцияларын") or one number after a title ("үйде жұмыс
    /// істеу туралы 177 конвенциясы"). Each number with its span, the last one's running to the
    /// end of the word.
    fn kazakh_bare_numbers(&self, i: usize) -> Option<Vec<Numbered>> {
        if !self.boundary(i) {
            return None;
        }
        let (n, mut end) = self.number(i)?;
        let mut numbers = vec![(n, i..end)];
        loop {
            let at = self.spaces(end);
            let Some(sep) = self.char(at, ',').or_else(|| {
                self.word(at, "және")
                    .filter(|&e| self.boundary(at) && self.boundary(e))
            }) else {
                break;
            };
            let at = self.spaces(sep);
            // Each number may have its sign ("№ 97 және № 143 конвенцияларын").
            let at = self.char(at, '№').map_or(at, |e| self.spaces(e));
            let Some((n, e)) = self.number(at) else { break };
            numbers.push((n, at..e));
            end = e;
        }
        // The word after the last number, or the last number an ordinal of it ("87 және
        // 98-конвенцияларында").
        let word = match self.some_spaces(end) {
            Some(at) => self.convention_after_number(at),
            None if numbers.len() >= 2 => self
                .ordinal_first(numbers.last()?.1.start)
                .map(|(_, span)| span.end),
            None => None,
        }?;
        let before = &self.text[..i];
        let after_title =
            before.trim_end().ends_with("туралы") && before.ends_with(char::is_whitespace);
        // "ХЕҰ-ның 144 конвенциясы талап етеді" (the ILO's convention 144 requires), "ХЕҰ-ның 95
        // конвенциясында" (in its convention 95): the ILO's convention in any case but the
        // accusative, where the number may count them ("ХЕҰ-ның 25 конвенциясын
        // ратификациялады", ratified 25 of its conventions).
        let ilo_convention = before.ends_with(char::is_whitespace)
            && ["ХЕҰ-ның", "ұйымының"]
                .iter()
                .any(|ilo| before.trim_end().ends_with(ilo))
            && self.text[..word]
                .rsplit(char::is_whitespace)
                .next()
                .map(str::to_lowercase)
                .is_some_and(|w| {
                    w.strip_prefix("конвенциясы")
                        .is_some_and(|case| case != "н")
                });
        if numbers.len() < 2 && !after_title && !ilo_convention {
            return None;
        }
        if let Some(last) = numbers.last_mut() {
            last.1.end = word;
        }
        Some(numbers)
    }

    /// "C087", "C 190", "C-87" at `i` (a capital C not inside a word or number), or the code
    /// typed with the Cyrillic letter that looks the same, against the digits ("С189"; with a
    /// space it is the preposition: "С 2019 года").
    fn code(&self, i: usize) -> Option<Numbered> {
        if self.before(i).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let mut at = self.char(i, 'C').or_else(|| {
            self.char(i, 'С')
                .filter(|&e| self.at(e).is_some_and(|c| c.is_ascii_digit()))
        })?;
        if let Some(c) = self.at(at).filter(|&c| c.is_whitespace() || c == '-') {
            at += c.len_utf8();
        }
        let zeros = self.text[at..].bytes().take_while(|&b| b == b'0').count();
        let digits_end = at
            + self.text[at..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
        // Leading zeros are not part of the number, but a number of only zeros is zero.
        let start = (at + zeros).min(digits_end.saturating_sub(1)).max(at);
        if digits_end == at || digits_end - start > 3 || !self.boundary(digits_end) {
            return None;
        }
        Some((
            self.text[start..digits_end].parse().unwrap_or(0),
            i..digits_end,
        ))
    }

    /// The first word that says the text is about conventions ("convention", "conventions",
    /// "конвенция" and its forms), from `from`: where it starts.
    fn cue(&self, from: usize, to: usize) -> Option<usize> {
        let scan = Scan {
            text: &self.text[..to],
        };
        let mut i = from;
        while i < to {
            let c = scan.at(i)?;
            let starts_word = i == from || !scan.before(i).is_some_and(is_word_char);
            if starts_word && matches!(c, 'c' | 'C' | 'к' | 'К') {
                let english = scan
                    .word(i, "convention")
                    .map(|e| scan.char(e, 's').or_else(|| scan.char(e, 'S')).unwrap_or(e))
                    .filter(|&e| !scan.at(e).is_some_and(is_word_char));
                if english.is_some() || scan.word(i, "конвенци").is_some() {
                    return Some(i);
                }
            }
            i += c.len_utf8();
        }
        None
    }
}

/// Every convention mention in `text`, in order of position.
pub fn find(text: &str) -> Vec<Mention> {
    let scan = Scan { text };
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
    // Each shape is looked for from left to right, a match resuming the search after it, and
    // the shapes in order of trust: a mention already found keeps its place. All but codes
    // need a word for conventions, which most texts do not have.
    let cue_letters = has_cue_letters(text);
    let mut named = Vec::new();
    let mut number_first = Vec::new();
    let mut codes = Vec::new();
    if cue_letters {
        let (mut next_named, mut next_number_first) = (0, 0);
        for (i, c) in text.char_indices() {
            if i >= next_named
                && matches!(c, 'c' | 'C' | 'к' | 'К' | 'i' | 'I' | 'м' | 'М' | 'х' | 'Х')
                && let Some((end, numbers)) = scan.named(i)
            {
                named.extend(numbers);
                next_named = end.max(i + 1);
            }
            // (A code in Cyrillic letters only right after the word or the ILO: "конвенцию
            // С189", "МОТ С189"; "Модель С189" is a model.)
            if c == 'С'
                && text[..i].ends_with(' ')
                && text[..i]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .map(str::to_lowercase)
                    .is_some_and(|w| w.starts_with("конвенци") || w == "мот" || w == "хеұ")
                && let Some(code) = scan.code(i)
            {
                codes.push(code);
            }
            if c == '№'
                && i >= next_number_first
                && let Some((n, span)) = scan.number_first(i)
            {
                next_number_first = span.end;
                number_first.push((n, span));
            }
            if c.is_ascii_digit() && i >= next_number_first {
                if let Some((n, span)) = scan.ordinal_first(i) {
                    next_number_first = span.end;
                    number_first.push((n, span));
                } else if let Some(numbers) = scan.kazakh_bare_numbers(i) {
                    next_number_first = numbers.last().map_or(i + 1, |(_, s)| s.end);
                    number_first.extend(numbers);
                }
            }
        }
    }
    let mut next_code = 0;
    for i in memchr::memchr_iter(b'C', text.as_bytes()) {
        if i >= next_code
            && let Some((n, span)) = scan.code(i)
        {
            next_code = span.end;
            codes.push((n, span));
        }
    }
    for (n, span) in named.into_iter().chain(number_first).chain(codes) {
        push(n, span, &mut out);
    }
    if !cue_letters {
        out.sort_by_key(|m| m.span.start);
        return out;
    }
    // `No. N` counts inside a sentence that mentions conventions, after the mention.
    for sentence in sentences(text) {
        let Some(after) = scan.cue(sentence.start, sentence.end) else {
            continue;
        };
        for (plural, n, span) in numbers_marked(&scan, after, sentence.end) {
            // (In Kazakh the word follows: "ХЕҰ-ның № 183 ұсынымы".)
            let next_word = text[span.end..].trim_start().to_lowercase();
            if names_a_recommendation(&text[after..span.start])
                || ["ұсыным", "рекомендац"]
                    .iter()
                    .any(|w| next_word.starts_with(w))
            {
                continue;
            }
            push(n, span.clone(), &mut out);
            if !plural {
                continue;
            }
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
            for n in digit_groups(list) {
                let joined = list[..n.start].trim_end();
                if joined.ends_with(',')
                    || joined
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|w| matches!(w, "and" | "&" | "и" | "және"))
                {
                    let number = list[n.clone()].parse().unwrap_or(0);
                    push(number, span.end + n.start..span.end + n.end, &mut out);
                }
            }
        }
    }
    // A title without a number ("the 1948 Freedom of Association Convention").
    for (n, span) in super::convention_titles::find(text) {
        push(n, span, &mut out);
    }
    // `(No. 87)` right after a convention's title ("… Convention, 1948 (No. 87)").
    for (_, n, span) in numbers_marked(&scan, 0, text.len()) {
        let before = &text[..span.start];
        if before.ends_with('(') {
            let window_start = before
                .char_indices()
                .rev()
                .nth(150)
                .map(|(i, _)| i)
                .unwrap_or(0);
            if scan.cue(window_start, span.start).is_some()
                && !names_a_recommendation(&text[window_start..span.start])
            {
                push(n, span, &mut out);
            }
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// Is a number after `before` (the text since the last word for conventions) a
/// Recommendation's rather than a convention's: does a word for recommendations come after the
/// last word for conventions ("Convention, 2019 (No. 190) and its Recommendation No. 206",
/// "конвенция № 190 и Рекомендация № 206")?
fn names_a_recommendation(before: &str) -> bool {
    let lower = before.to_lowercase();
    let last = |words: &[&str]| words.iter().filter_map(|w| lower.rfind(w)).max();
    match last(&["recommendation", "рекомендац", "ұсыным"]) {
        Some(r) => last(&["convention", "конвенци"]).is_none_or(|c| c < r),
        None => false,
    }
}

/// Does `text` contain the letters of "convention" or "конвенци", in any case, anywhere? (A
/// quick test on bytes; false rules out every shape but codes.)
fn has_cue_letters(text: &str) -> bool {
    let bytes = text.as_bytes();
    // memchr finds the candidate bytes many times faster than a loop over every byte; the "v"
    // of "convention" is a rarer letter than its "c".
    memchr::memchr3_iter(b'v', b'V', 0xD0, bytes).any(|i| match bytes[i] {
        b'v' | b'V' => i
            .checked_sub(3)
            .and_then(|start| bytes.get(start..start + 10))
            .is_some_and(|w| w.eq_ignore_ascii_case(b"convention")),
        // The first byte of "к" and "К" in UTF-8, so `i` starts a character.
        0xD0 => {
            matches!(bytes.get(i + 1), Some(0xBA | 0x9A))
                && Scan { text }.word(i, "конвенци").is_some()
        }
        _ => false,
    })
}

/// Every `No. 102`, `Nos. 87`, `№ 102` in `text[from..to]`, from left to right: whether it is
/// plural ("Nos"), the number, and the span from the marker to the number's end.
fn numbers_marked(scan: &Scan, from: usize, to: usize) -> Vec<(bool, u32, Range<usize>)> {
    let part = Scan {
        text: &scan.text[..to],
    };
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let Some(c) = part.at(i) else { break };
        let marker = match c {
            'n' | 'N' if i == from || !part.before(i).is_some_and(is_word_char) => part
                .word(i, "no")
                .map(|e| part.word(e, "s").unwrap_or(e))
                .map(|e| part.char(e, '.').unwrap_or(e)),
            // ("№№ 87 и 98", the plural.)
            '№' => {
                let end = i + c.len_utf8();
                Some(part.char(end, '№').unwrap_or(end))
            }
            _ => None,
        };
        if let Some(end) = marker
            && let Some((n, end)) = part.number(part.spaces(end))
        {
            let plural = scan.text[i..]
                .get(..3)
                .is_some_and(|w| w.eq_ignore_ascii_case("nos"))
                || scan.text[i..].starts_with("№№");
            out.push((plural, n, i..end));
            i = end;
            continue;
        }
        i += c.len_utf8();
    }
    out
}

/// Runs of digits in `text`, each cut into groups of at most three from its left.
fn digit_groups(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let end = i + 3.min(bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count());
            out.push(i..end);
            i = end;
        } else {
            i += 1;
        }
    }
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
    let text = text.trim();
    // "C087", "c 87", "c-87": the code alone, in either case.
    if let Some(rest) = text.strip_prefix(['c', 'C']) {
        let rest = rest
            .strip_prefix(|c: char| c.is_whitespace() || c == '-')
            .unwrap_or(rest);
        let digits = rest.trim_start_matches('0');
        if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) && digits.len() <= 3 {
            return digits.parse().ok().filter(|n| (1..=MAX_NUMBER).contains(n));
        }
    }
    // "187 конвенция", "ХЕҰ-ның 187 конвенциясы": in a text a bare number before the Kazakh word
    // may be a count ("190 конвенция қабылданды"), but no one searches for a count.
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let words = match words.first() {
        Some(ilo) if ilo.starts_with("хеұ") => &words[1..],
        _ => &words[..],
    };
    if let [number, word] = words
        && word.starts_with("конвенци")
        && number.len() <= 3
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        return number.parse().ok().filter(|n| (1..=MAX_NUMBER).contains(n));
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
        assert_eq!(
            numbers("по конвенциям Международной организации труда № 87 и 98."),
            [87, 98]
        );
        assert_eq!(
            numbers("Конвенцию Международной организации труда (МОТ) № 187 об основах"),
            [187]
        );
        assert_eq!(numbers("ХЕҰ-ның № 87 Конвенциясы ратификацияланды"), [87]);
        assert_eq!(numbers("Конвенциялары № 155 және № 187"), [155, 187]);
        assert_eq!(
            numbers("ХЕҰ-ның № 97 және № 143 конвенцияларын ратификациялау"),
            [97, 143]
        );
        assert!(numbers("№ 5 мектеп").is_empty());
        assert_eq!(
            numbers("Қазақстанның ХЕҰ-ның 138 және 182 конвенцияларын ратификациялағанын"),
            [138, 182]
        );
        assert_eq!(
            numbers("ХЕҰ-ның үйде жұмыс істеу туралы 177 конвенциясын қарастыруды"),
            [177]
        );
        // The ILO's convention in a case a count rarely takes is one.
        assert_eq!(
            numbers("Төраға ХЕҰ-ның 144 конвенциясы консультацияларды талап ететінін айтты"),
            [144]
        );
        assert_eq!(
            numbers("міндеті ХЕҰ-ның 95 конвенциясында бекітілген"),
            [95]
        );
        // A count before the word is no number of a convention.
        assert!(numbers("Қазақстан ХЕҰ-ның 25 конвенциясын ратификациялаған").is_empty());
        assert!(numbers("8 іргелі және 4 басқару конвенциясы").is_empty());
        assert_eq!(
            numbers("Бұл ХЕҰ-ның 87 және 98-конвенцияларында бекітілген құқық"),
            [87, 98]
        );
        // A number written against the word is still the whole number.
        assert_eq!(numbers("Конвенция98 туралы"), [98]);
        // Kazakh ordinals before the word; a bare number there is a count.
        assert_eq!(numbers("ХЕҰ-ның 87-ші Конвенциясы туралы"), [87]);
        assert_eq!(
            numbers("Еңбек қауіпсіздігі туралы 155-Конвенция бекітілді"),
            [155]
        );
        assert_eq!(numbers("187-інші ХЕҰ Конвенциясын"), [187]);
        assert!(numbers("ХЕҰ 190 конвенция қабылдады").is_empty());
        // "Number" in words.
        assert_eq!(
            numbers("ратифицировал конвенцию номер 187 в 2019 году"),
            [187]
        );
        assert_eq!(numbers("Қазақстан 187 нөмірлі конвенцияны бекітті"), [187]);
        assert!(numbers("конвенция о номерах 187").is_empty());
        assert!(numbers("2019-шы жылы конвенция қабылданды").is_empty());
    }

    #[test]
    fn the_cue_letters_anywhere_in_any_case() {
        for text in [
            "convention",
            "CONVENTION",
            "the Convention",
            "conventions 87",
            "xconventionx",
            "Конвенция",
            "конвенциясы",
            "Тоқаев конвенци",
        ] {
            assert!(has_cue_letters(text), "{text}");
        }
        for text in [
            "",
            "v",
            "onvention",
            "conventio",
            "convent ion",
            "cónvention",
            "Конвенц",
            "conve\u{301}ntion",
        ] {
            assert!(!has_cue_letters(text), "{text}");
        }
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
        // A Recommendation's number is no convention's.
        assert_eq!(
            numbers(
                "the Violence and Harassment Convention, 2019 (No. 190) and its accompanying Recommendation No. 206"
            ),
            [190]
        );
        assert_eq!(
            numbers(
                "the Convention No. 190 and the Violence and Harassment Recommendation, 2019 (No. 206), and Convention No. 155"
            ),
            [190, 155]
        );
        assert_eq!(numbers("конвенция МОТ № 190 и Рекомендация № 206"), [190]);
        // A code typed with the Cyrillic С, against its digits; "С 2019" is a preposition.
        assert_eq!(
            numbers("ссылаясь на конвенцию С189 о достойном труде"),
            [189]
        );
        assert!(numbers("С 2019 года конвенция действует").is_empty());
        assert!(numbers("Модель С189 без конвенции").is_empty());
        assert_eq!(
            numbers("конвенцияларды ілеспе ХЕҰ-ның № 183 ұсынымы да ескеріледі"),
            Vec::<u32>::new()
        );
        assert_eq!(
            numbers("в соответствии с положениями конвенций №№ 87 и 98."),
            [87, 98]
        );
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
            "87 конвенция",
            "ХЕҰ-ның 87 конвенциясы",
            "конвенция номер 87",
        ] {
            assert_eq!(in_query(q), Some(87), "{q}");
        }
        assert_eq!(in_query("Convention 87 freedom"), None);
        assert_eq!(in_query("87"), None);
        assert_eq!(in_query("87 конвенция бекітілді"), None);
        assert_eq!(in_query("987 конвенция"), None);
    }
}
