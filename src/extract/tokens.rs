//! Words and punctuation with their places in the text, and the word shapes entity rules ask
//! about (capitalised, all capitals, an initial).
//!
//! Unlike the search tokenizer, this keeps punctuation (a comma or parenthesis decides where a
//! name or an organization ends) and keeps hyphenated words whole ("Kassym-Jomart",
//! "Director-General", "Co-operation"). A possessive `'s` is split off.

use crate::analysis::letters;
use std::borrow::Cow;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub text: &'a str,
    /// For a word, its normalised form as the lexicon compares it (lower case, British and
    /// American spellings alike); empty for punctuation.
    pub norm: Cow<'a, str>,
    /// The token in lower case, when it is ASCII (a slice of the text's lower-case copy): the
    /// rules compare many tokens with lists of lower-case words, and this spares a copy each.
    lower: Option<&'a str>,
    pub span: Range<usize>,
    pub kind: Kind,
    /// Whitespace before this token.
    pub space_before: bool,
    /// A blank line before this token (a paragraph or heading boundary); a single line break,
    /// as in hard-wrapped text, is just a space.
    pub break_before: bool,
    /// [`Token::is_capitalized`], which the rules ask many times of every token.
    capitalized: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The character starting at byte `i` of `text`, if any. Most text is ASCII: a byte below 0x80
/// is its own character, without UTF-8 decoding.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[i..].chars().next(),
        None => None,
    }
}

/// The end of the word whose first character, `first`, starts at byte `start`: letters, digits
/// and combining marks, with a hyphen or an apostrophe kept between two letters or digits. Also
/// whether the word is all ASCII, which the caller would otherwise find by reading it again.
fn word_end(text: &str, start: usize, first: char) -> (usize, bool) {
    let bytes = text.as_bytes();
    // Was the last character taken a letter or a digit (what a joiner must follow)?
    let mut prev_alphanumeric = true;
    let mut ascii = first.is_ascii();
    let mut j = start + first.len_utf8();
    loop {
        // Most of a word is runs of ASCII letters and digits, or of Cyrillic letters: passed
        // over without decoding a character.
        let run = bytes[j..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - j);
        if run > 0 {
            prev_alphanumeric = true;
            j += run;
        }
        if j < bytes.len() && is_cyrillic_letter_at(bytes, j) {
            prev_alphanumeric = true;
            ascii = false;
            j += 2;
            while j < bytes.len() && is_cyrillic_letter_at(bytes, j) {
                j += 2;
            }
            continue;
        }
        let Some(ch) = char_at(text, j) else { break };
        let len = ch.len_utf8();
        let alphanumeric = letters::is_alphanumeric(ch);
        let joiner = || {
            (ch == '-' || is_apostrophe(ch))
                && prev_alphanumeric
                && char_at(text, j + len).is_some_and(letters::is_alphanumeric)
        };
        if !(alphanumeric || is_combining(ch) || joiner()) {
            break;
        }
        prev_alphanumeric = alphanumeric;
        ascii &= ch.is_ascii();
        j += len;
    }
    (j, ascii)
}

/// Does a letter of the Cyrillic blocks (U+0400-U+052F but the signs U+0482-U+0489, as
/// [`letters::is_alphanumeric`] has it) start at byte `i`? Such a letter is two bytes in UTF-8,
/// a lead byte 0xD0-0xD4 and one more, read here without decoding the character.
fn is_cyrillic_letter_at(bytes: &[u8], i: usize) -> bool {
    match (bytes[i], bytes.get(i + 1)) {
        (0xd0 | 0xd1 | 0xd3, Some(_)) => true,
        (0xd2, Some(next)) => !(0x82..=0x89).contains(next),
        // U+0500-U+052F; from U+0530 on, Armenian.
        (0xd4, Some(&next)) => next <= 0xaf,
        _ => false,
    }
}

/// A text to split into tokens, with its copy in ASCII lower case: the same bytes but for ASCII
/// capitals, so a word has the same offsets in both. The norm of an ASCII word (most words) is
/// then a slice of the copy, borrowed, rather than a string of its own for each capitalised
/// word.
pub struct Text<'a> {
    text: &'a str,
    lower: String,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str) -> Text<'a> {
        Text {
            text,
            lower: text.to_ascii_lowercase(),
        }
    }

    /// Splits the text into words and single punctuation characters.
    pub fn tokenize(&self) -> Vec<Token<'_>> {
        let text = self.text;
        // News text has a token per five or six bytes (Reuters: 5.6): a capacity of one per four
        // is one allocation for nearly every text.
        let mut out = Vec::with_capacity(text.len() / 4 + 8);
        let mut i = 0;
        let mut space_before = true;
        let mut break_before = true;
        let mut newlines = 0;
        while let Some(c) = char_at(text, i) {
            let start = i;
            if c.is_whitespace() {
                space_before = true;
                if c == '\n' {
                    newlines += 1;
                    break_before |= newlines >= 2;
                }
                i += c.len_utf8();
                continue;
            }
            newlines = 0;
            if letters::is_alphanumeric(c) {
                let (end, ascii) = word_end(text, start, c);
                let word = &text[start..end];
                // Split a possessive: "Kazakhstan’s" → "Kazakhstan" + "’s".
                match possessive(word) {
                    Some(len) => {
                        // (A curly apostrophe may be the only non-ASCII character.)
                        let ascii = ascii || word[..len].is_ascii();
                        out.push(self.word(start..start + len, ascii, space_before, break_before));
                        out.push(punct(text, start + len..end, false, false));
                    }
                    None => out.push(self.word(start..end, ascii, space_before, break_before)),
                }
                i = end;
            } else {
                let end = start + c.len_utf8();
                out.push(punct(text, start..end, space_before, break_before));
                i = end;
            }
            space_before = false;
            break_before = false;
        }
        out
    }

    /// The word at `span`; `ascii` if it is all ASCII. (Inlined: called out of line, it built
    /// each token on the stack with narrow stores that the wide loads copying it into the
    /// vector then waited for, a third of the tokenizer's time in `perf annotate`.)
    #[inline(always)]
    fn word(
        &self,
        span: Range<usize>,
        ascii: bool,
        space_before: bool,
        break_before: bool,
    ) -> Token<'_> {
        let word = &self.text[span.clone()];
        let (norm, capitalized, lower) = if ascii {
            let lower = &self.lower[span.clone()];
            (
                Cow::Borrowed(super::lexicon::norm_of_lower_ascii(lower)),
                word.as_bytes()[0].is_ascii_uppercase(),
                Some(lower),
            )
        } else {
            (
                super::lexicon::norm_of(word),
                word.chars().next().is_some_and(letters::is_uppercase),
                None,
            )
        };
        Token {
            text: word,
            norm,
            lower,
            span,
            kind: Kind::Word,
            space_before,
            break_before,
            capitalized,
        }
    }
}

/// The punctuation at `span` of `text`.
#[inline(always)]
fn punct(text: &str, span: Range<usize>, space_before: bool, break_before: bool) -> Token<'_> {
    let text = &text[span.clone()];
    Token {
        text,
        norm: Cow::Borrowed(""),
        // (ASCII punctuation has no case.)
        lower: text.is_ascii().then_some(text),
        span,
        kind: Kind::Punct,
        space_before,
        break_before,
        capitalized: false,
    }
}

/// The length of a word without its possessive "'s" ("Kazakhstan’s" → "Kazakhstan"), if it has
/// one and more than one character before it.
fn possessive(word: &str) -> Option<usize> {
    // (Most words do not end in an apostrophe and an "s": ruled out with two bytes, the "s"
    // and the byte before it, which is "'" or the last byte of "’".)
    match word.as_bytes() {
        [.., b'\'' | 0x99, b's' | b'S'] => {}
        _ => return None,
    }
    ["'s", "’s", "'S", "’S"].iter().find_map(|p| {
        word.strip_suffix(p)
            .filter(|w| w.chars().count() > 1)
            .map(|w| w.len())
    })
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

impl<'a> Token<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Starts with a capital letter ("Madina", "FARZAN", "Kassym-Jomart").
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }

    /// Two or more letters, all capitals ("ILO", "FARZAN").
    pub fn is_all_caps(&self) -> bool {
        if !self.is_word() {
            return false;
        }
        if self.text.is_ascii() {
            // The same test on bytes.
            let bytes = self.text.as_bytes();
            return bytes.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2
                && !bytes.iter().any(u8::is_ascii_lowercase);
        }
        let count = self
            .text
            .chars()
            .filter(|&c| letters::is_alphabetic(c))
            .count();
        count >= 2 && self.text.chars().all(|c| !letters::is_lowercase(c))
    }

    /// Starts with a capital followed by lower-case letters ("Madina", "Kassym-Jomart").
    pub fn is_title_case(&self) -> bool {
        let mut chars = self.text.chars();
        self.is_word()
            && chars.next().is_some_and(char::is_uppercase)
            && self.text.chars().any(char::is_lowercase)
    }

    pub fn is(&self, punct: &str) -> bool {
        self.kind == Kind::Punct && self.text == punct
    }

    /// The token in lower case.
    pub fn lower(&self) -> Cow<'a, str> {
        match self.lower {
            Some(lower) => Cow::Borrowed(lower),
            None => Cow::Owned(self.text.to_lowercase()),
        }
    }
}

/// Is the word at `i` a single capital followed by a full stop, as in "M.Abylkasymova" or
/// "Gilbert F. Houngbo", or one of the two-letter initials Kazakh and Russian names take in
/// Latin letters ("Zh. Sarsenbayeva", "Sh.", "Kh.", "Yu.")? False past the last token (a
/// caller may look two tokens ahead).
pub fn is_initial(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    // A capitalised word of one character, or of two that write one letter ("Ph.D." is none).
    t.is_capitalized()
        && (t.text.chars().nth(1).is_none()
            || t.text.len() == 2 && t.text != "Ph" && super::names::initial_letters(t.text))
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is(".") && !n.space_before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        Text::new(s)
            .tokenize()
            .into_iter()
            .map(|t| t.text.to_string())
            .collect()
    }

    #[test]
    fn words_keep_hyphens_and_split_possessives() {
        assert_eq!(
            texts("Kassym-Jomart Tokayev’s Co-operation, (ILO) M.Abylkasymova"),
            [
                "Kassym-Jomart",
                "Tokayev",
                "’s",
                "Co-operation",
                ",",
                "(",
                "ILO",
                ")",
                "M",
                ".",
                "Abylkasymova"
            ]
        );
        assert_eq!(texts("Minister – Minister"), ["Minister", "–", "Minister"]);
        assert_eq!(texts("workers’ rights"), ["workers", "’", "rights"]);
    }

    /// The tokenizer as first written, over a vector of every character: the byte-walking one
    /// must split every text the same way.
    fn tokenize_by_chars(text: &str) -> Vec<(Range<usize>, Kind, bool, bool)> {
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let (mut i, mut space_before, mut break_before, mut newlines) = (0, true, true, 0);
        while i < chars.len() {
            let (start, c) = chars[i];
            if c.is_whitespace() {
                space_before = true;
                if c == '\n' {
                    newlines += 1;
                    break_before |= newlines >= 2;
                }
                i += 1;
                continue;
            }
            newlines = 0;
            if c.is_alphanumeric() {
                let mut j = i + 1;
                while j < chars.len() {
                    let ch = chars[j].1;
                    let joiner = (ch == '-' || is_apostrophe(ch))
                        && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric())
                        && chars[j - 1].1.is_alphanumeric();
                    if ch.is_alphanumeric() || is_combining(ch) || joiner {
                        j += 1;
                    } else {
                        break;
                    }
                }
                let end = chars.get(j).map(|&(b, _)| b).unwrap_or(text.len());
                let word = &text[start..end];
                let split = ["'s", "’s", "'S", "’S"].iter().find_map(|p| {
                    word.strip_suffix(p)
                        .filter(|w| w.chars().count() > 1)
                        .map(|w| w.len())
                });
                match split {
                    Some(len) => {
                        out.push((start..start + len, Kind::Word, space_before, break_before));
                        out.push((start + len..end, Kind::Punct, false, false));
                    }
                    None => out.push((start..end, Kind::Word, space_before, break_before)),
                }
                i = j;
            } else {
                out.push((
                    start..start + c.len_utf8(),
                    Kind::Punct,
                    space_before,
                    break_before,
                ));
                i += 1;
            }
            space_before = false;
            break_before = false;
        }
        out
    }

    #[test]
    fn walking_bytes_splits_as_walking_characters() {
        for text in [
            "",
            " ",
            "\n\nA",
            "Kassym-Jomart Tokayev’s Co-operation, (ILO) M.Abylkasymova",
            "workers’ rights, workers' rights, rock 'n' roll, o'clock, O’Neil's",
            "a's x’S I'S -a- a-- --a a-b-c a'-b 'tis end-",
            "U.S. E.U. U. E.",
            "Президент Тоқаевтың «Аманат» партиясы, Үкіметке; Қазақстан-Ресей",
            "Cafe\u{301} cafe\u{301}-bar e\u{301}-e \u{301}x na\u{308}ive\u{301}",
            "C087, C-87, 2024-2026, 87,000 5.93 mln 1st 2nd ٣٤ ²³",
            "ʼOkina ʼ a’’b a’ b\u{a0}c\u{2003}d\r\n\r\ne\u{2028}f",
            "日本語のテキスト 中文 ไทย עברית مرحبا",
            "x\u{1f600}y 😀-😀 a\u{200d}b",
            "LABOUR Labour labour's Labour's CENTRE’S Co-Operation ORGANISATIONS O'Neil's A's",
            "THE MINISTRY OF LABOUR OF KAZAKHSTAN'S ILO'S Үкіметке ҚАЗАҚСТАН Straße İstanbul",
            "Ѐѐҁ҂ҁ҃а҉б ҊԯԯԱԱբ ա-Ա Ӏӏ ЖЖ’ѕ ж'Ж ж-1 Ф\u{301}Ф",
        ] {
            let source = Text::new(text);
            let tokens = source.tokenize();
            let got: Vec<_> = tokens
                .iter()
                .map(|t| (t.span.clone(), t.kind, t.space_before, t.break_before))
                .collect();
            assert_eq!(got, tokenize_by_chars(text), "{text:?}");
            // A word's norm, borrowed from the lower-case copy or not, is the lexicon's.
            for t in tokens.iter().filter(|t| t.is_word()) {
                assert_eq!(t.norm, super::super::lexicon::norm_of(t.text), "{}", t.text);
            }
        }
    }

    #[test]
    fn cyrillic_letters_are_read_from_their_bytes_as_from_their_characters() {
        for c in (0..0x1000).filter_map(char::from_u32) {
            let mut buffer = [0; 4];
            let bytes = c.encode_utf8(&mut buffer).as_bytes();
            let letter = ('\u{400}'..='\u{52f}').contains(&c) && letters::is_alphanumeric(c);
            assert_eq!(is_cyrillic_letter_at(bytes, 0), letter, "{c:?}");
        }
    }

    #[test]
    fn shapes() {
        let source = Text::new("Jan FARZAN and M.Abylkasymova, F. Houngbo");
        let tokens = source.tokenize();
        assert!(tokens[0].is_title_case() && !tokens[0].is_all_caps());
        assert!(tokens[1].is_all_caps() && tokens[1].is_capitalized());
        assert!(!tokens[2].is_capitalized());
        // All capitals, ASCII or not, as the definition says.
        let source = Text::new("ILO I4 4G G7 G-20 iPhone ÉTÉ ÉtÉ ҚР Қр COVID-19 1234 Ǆ ( ’S");
        for t in source.tokenize() {
            let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
            let caps = t.is_word() && letters >= 2 && t.text.chars().all(|c| !c.is_lowercase());
            assert_eq!(t.is_all_caps(), caps, "{}", t.text);
        }
        // Only words are capitalised; the flag is the first character's case.
        let source = Text::new("Éric éric Ωμέγα ω Қазақ қазақ 9A ( I ’s");
        for t in source.tokenize() {
            let upper = t.text.chars().next().is_some_and(char::is_uppercase);
            assert_eq!(t.is_capitalized(), t.is_word() && upper, "{}", t.text);
        }
        assert!(is_initial(&tokens, 3));
        assert!(is_initial(&tokens, 7));
        assert!(!is_initial(&tokens, 0));
        assert!(!is_initial(&tokens, tokens.len()));
    }
}
