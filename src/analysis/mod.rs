//! Text analysis: how text becomes terms, the same way at index time, at query time and when a
//! snippet is highlighted.
//!
//! [`WordTokenizer`] splits text into words and folds what should not matter for search: letter
//! case, typographic apostrophes, Cyrillic look-alike letters inside Latin words (`Abdіrayim`
//! with a Ukrainian `і`), thousands separators (`87,000` is one number, not `87` and `000`).
//! [`english`] adds accent folding and English stemming on top, so "unions" finds "union".

pub mod kazakh;
pub mod letters;

use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// Name under which the English analyzer is registered with tantivy.
pub const TEXT: &str = "kz_text";

/// Name under which the name-key analyzer (each word of a name as its name key) is registered.
pub const NAME_KEY: &str = "kz_name_key";

/// Name under which the exact-value analyzer (whole value, lower-cased) is registered.
pub const LOWER_RAW: &str = "kz_lower_raw";

/// Words longer than this (in bytes) are dropped: they are noise (encoded data, URLs) and would
/// bloat the term dictionary.
const MAX_WORD_BYTES: usize = 80;

/// The analyzer for article text in English, Russian and Kazakh: words, folded, and stemmed by
/// their script and letters (see [`ScriptStemmer`]).
pub fn text() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
        .filter(AsciiFoldingFilter)
        .filter(ScriptStemmer::default())
        .build()
}

/// [`text`] for finding `terms` in a text (snippets): a word that could not stem to one of them
/// is left unstemmed, which costs nothing and changes nothing. A stem keeps its word's first
/// letter (ё folded to е), and an English stem of four letters or more its first two (the
/// irregular "dying" → "die" is shorter), so a word is stemmed only when it starts as a term
/// does (see [`Finding`]).
pub fn text_finding(terms: &[String]) -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
        .filter(AsciiFoldingFilter)
        .filter(ScriptStemmer {
            finding: Some(std::sync::Arc::new(Finding::new(terms))),
        })
        .build()
}

/// Which words [`text_finding`] stems: those that could stem to one of its terms.
#[derive(Debug)]
pub struct Finding {
    /// The first letters of every term: for a word in another script than ASCII.
    initials: Vec<char>,
    /// The first two bytes of the ASCII terms of four bytes or more: for an ASCII word.
    prefixes: Vec<[u8; 2]>,
    /// The first bytes of the shorter ASCII terms: for an ASCII word too.
    short_initials: Vec<u8>,
    /// Does a term start with this ASCII byte? A word that starts with another ASCII byte
    /// cannot stem to a term (most words: told by one look).
    ascii_initials: [bool; 128],
}

impl Finding {
    fn new(terms: &[String]) -> Finding {
        let mut finding = Finding {
            initials: Vec::new(),
            prefixes: Vec::new(),
            short_initials: Vec::new(),
            ascii_initials: [false; 128],
        };
        for term in terms {
            finding.initials.extend(term.chars().next());
            if let Some(&b) = term.as_bytes().first()
                && b.is_ascii()
            {
                finding.ascii_initials[usize::from(b)] = true;
            }
            match term.as_bytes() {
                [a, b, _, _, ..] if term.is_ascii() => finding.prefixes.push([*a, *b]),
                [a, ..] if term.is_ascii() => finding.short_initials.push(*a),
                _ => {}
            }
        }
        finding.initials.sort_unstable();
        finding.initials.dedup();
        finding.prefixes.sort_unstable();
        finding.prefixes.dedup();
        finding.short_initials.sort_unstable();
        finding.short_initials.dedup();
        finding
    }

    /// Could `word` (folded, lower case) stem to one of the terms?
    fn wants(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        // (Whatever script the word is in, its stem starts with its first letter.)
        if let Some(&b) = bytes.first()
            && b.is_ascii()
            && !self.ascii_initials[usize::from(b)]
        {
            return false;
        }
        if word.is_ascii() {
            bytes
                .first()
                .is_some_and(|b| self.short_initials.contains(b))
                || bytes.len() >= 2 && self.prefixes.contains(&[bytes[0], bytes[1]])
        } else {
            word.chars()
                .next()
                .is_some_and(|c| self.initials.contains(&fold_initial(c)))
        }
    }
}

/// Stems each word for its language, told by its letters: a word with Kazakh letters
/// (ә ғ қ ң ө ұ ү һ і) by the Kazakh suffix stripper, another Cyrillic word by the Russian
/// Snowball stemmer after folding ё to е, anything else by the English Snowball stemmer. Words
/// rather than articles decide, so a Russian quotation in a Kazakh article, or a Kazakh name in
/// an English one, is analysed the same way wherever it appears, and a query needs no language.
#[derive(Clone, Debug, Default)]
pub struct ScriptStemmer {
    /// Stem only the words that could stem to these terms (see [`text_finding`]); all when
    /// `None`.
    finding: Option<std::sync::Arc<Finding>>,
}

#[derive(Clone)]
pub struct ScriptStemmerFilter<T> {
    inner: T,
    finding: Option<std::sync::Arc<Finding>>,
}

pub struct ScriptStemmerStream<'a, T> {
    tail: T,
    finding: Option<&'a Finding>,
    stem: String,
}

impl TokenFilter for ScriptStemmer {
    type Tokenizer<T: Tokenizer> = ScriptStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> ScriptStemmerFilter<T> {
        ScriptStemmerFilter {
            inner: tokenizer,
            finding: self.finding,
        }
    }
}

impl<T: Tokenizer> Tokenizer for ScriptStemmerFilter<T> {
    type TokenStream<'a> = ScriptStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ScriptStemmerStream {
            tail: self.inner.token_stream(text),
            finding: self.finding.as_deref(),
            stem: String::new(),
        }
    }
}

/// Writes the English (Snowball) stem of the lower-case word `lower` into `out` (replacing
/// what it held). News repeats its words, so stems are remembered per thread (see
/// [`WordCache`]): a lookup costs a fraction of running the stemmer.
pub fn stem_english_into(lower: &str, out: &mut String) {
    use std::cell::RefCell;
    thread_local! {
        static ENGLISH: frostem::Stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
        static STEMS: RefCell<WordCache> = RefCell::default();
    }
    STEMS.with_borrow_mut(|stems| {
        stems.get_into(lower, out, |word| ENGLISH.with(|s| s.stem(word).into()))
    })
}

/// Words and what a function made of them (stems, name keys), remembered up to a few megabytes
/// of text, then forgotten and relearned. Every word is kept next to its value in one buffer and
/// the table holds only their places, so a lookup reads one hash slot and one piece of that
/// buffer: no pointer to follow and no allocation per word (for stems, a third faster than a
/// map of boxed strings on Reuters' words).
struct WordCache {
    /// Each word followed by its value.
    text: String,
    /// How long `text` may grow.
    capacity: usize,
    /// Where each word starts in `text`, its length and its value's (words are at most
    /// [`MAX_WORD_BYTES`] long; longer ones or values are not remembered).
    table: hashbrown::HashTable<(u32, u8, u8)>,
    /// The words last looked up, each in the slot its hash picks, with its value: a few
    /// hundred words ("the", "said", "pct") make most of news, and here they are found in a
    /// few kilobytes that stay in the core's cache, while `table` and `text` spread over
    /// megabytes and cost a cache miss or two per lookup. Made once `table` holds as many words
    /// as it has slots: a query never gets that far, and does not pay for it.
    recent: Vec<Recent>,
}

/// A word and its value, side by side ([`WordCache::recent`]).
#[derive(Clone, Copy)]
#[repr(align(32))]
struct Recent {
    /// The word's length and its value's; 0 for an empty slot.
    word: u8,
    value: u8,
    bytes: [u8; RECENT_BYTES],
}

/// Room for a word and its value together in a [`Recent`] slot.
const RECENT_BYTES: usize = 30;

/// Slots in [`WordCache::recent`] (32 KiB).
const RECENT_SLOTS: usize = 1024;

impl Recent {
    const EMPTY: Recent = Recent {
        word: 0,
        value: 0,
        bytes: [0; RECENT_BYTES],
    };
}

impl Default for WordCache {
    fn default() -> WordCache {
        WordCache::with_capacity(4 << 20)
    }
}

impl WordCache {
    fn with_capacity(capacity: usize) -> WordCache {
        WordCache {
            text: String::new(),
            capacity,
            table: hashbrown::HashTable::new(),
            recent: Vec::new(),
        }
    }

    /// The slot of [`WordCache::recent`] for a word of hash `hash` (its top bits: the table
    /// uses the bottom ones).
    fn slot(hash: u64) -> usize {
        (hash >> 54) as usize % RECENT_SLOTS
    }

    /// Remembers `word` and `value` in `recent`'s slot for `hash`, if they fit, once `table`
    /// holds `words` words (see [`WordCache::recent`]).
    fn remember_recent(recent: &mut Vec<Recent>, words: usize, hash: u64, word: &str, value: &str) {
        let (w, v) = (word.len(), value.len());
        if w == 0 || w + v > RECENT_BYTES {
            return;
        }
        if recent.is_empty() {
            if words < RECENT_SLOTS {
                return;
            }
            *recent = vec![Recent::EMPTY; RECENT_SLOTS];
        }
        let slot = &mut recent[Self::slot(hash)];
        slot.word = w as u8;
        slot.value = v as u8;
        slot.bytes[..w].copy_from_slice(word.as_bytes());
        slot.bytes[w..w + v].copy_from_slice(value.as_bytes());
    }

    fn word<'t>(text: &'t str, &(start, word, _): &(u32, u8, u8)) -> &'t str {
        &text[start as usize..start as usize + usize::from(word)]
    }

    fn hash(word: &str) -> u64 {
        use std::hash::BuildHasher;
        rustc_hash::FxBuildHasher.hash_one(word)
    }

    /// Writes the value of `word` into `out` (replacing what it held), computed by `value` the
    /// first time.
    fn get_into(&mut self, word: &str, out: &mut String, value: impl FnOnce(&str) -> String) {
        out.clear();
        let hash = Self::hash(word);
        if let Some(recent) = self.recent.get(Self::slot(hash))
            && recent.word != 0
            && usize::from(recent.word) == word.len()
            && &recent.bytes[..word.len()] == word.as_bytes()
        {
            let w = word.len();
            let value = &recent.bytes[w..w + usize::from(recent.value)];
            // The slot holds a word and its value exactly as they were given, as strings.
            out.push_str(std::str::from_utf8(value).unwrap_or_default());
            return;
        }
        let text = &self.text;
        if let Some(&(start, word_len, value_len)) =
            self.table.find(hash, |e| Self::word(text, e) == word)
        {
            let from = start as usize + usize::from(word_len);
            let value = &text[from..from + usize::from(value_len)];
            out.push_str(value);
            Self::remember_recent(&mut self.recent, self.table.len(), hash, word, value);
            return;
        }
        let value = value(word);
        out.push_str(&value);
        Self::remember_recent(&mut self.recent, self.table.len(), hash, word, &value);
        let (Ok(word_len), Ok(value_len)) = (u8::try_from(word.len()), u8::try_from(value.len()))
        else {
            return; // Too long to remember (not from this crate's tokenizer).
        };
        if self.text.len() + word.len() + value.len() > self.capacity {
            self.text.clear();
            self.table.clear();
        }
        let entry = (self.text.len() as u32, word_len, value_len);
        self.text.push_str(word);
        self.text.push_str(&value);
        let text = &self.text;
        self.table
            .insert_unique(hash, entry, |e| Self::hash(Self::word(text, e)));
    }
}

/// Could the English stemmer change the lower-case word `lower`? Not when it has two bytes or
/// fewer (Porter2 leaves words of up to two letters alone) or no ASCII letter and no apostrophe
/// (every rule of the algorithm removes or rewrites ASCII letters or an apostrophe), as with
/// numbers.
fn english_stem_changes(lower: &str) -> bool {
    lower.len() > 2 && lower.bytes().any(|b| b.is_ascii_alphabetic() || b == b'\'')
}

/// The stem of a lower-case Cyrillic word: Kazakh suffixes stripped when it has Kazakh
/// letters, the Russian Snowball stemmer otherwise, ё folded to е.
///
/// Words borrowed through Russian that end in -ия, -ея or -ика ("конвенция", "ассамблея",
/// "республика") take Kazakh endings with or without a Kazakh letter ("Конвенциясы",
/// "Конвенцияның"): what is left once Kazakh endings are stripped from them is stemmed as
/// Russian, so every Kazakh form meets the Russian ones ("конвенции") and the nominative. No
/// Russian word ends so and then in the Kazakh endings taken ("-иясы", "-ияда", "-еяны",
/// "-икасы"); other endings would catch Russian words ("запасы", "страны").
pub fn stem_cyrillic(lower: &str) -> String {
    let mut stem = String::new();
    stem_cyrillic_into(lower, &mut stem);
    stem
}

/// [`stem_cyrillic`] into `out` (replacing what it held), remembered per thread as English
/// stems are.
pub fn stem_cyrillic_into(lower: &str, out: &mut String) {
    use std::cell::RefCell;
    thread_local! {
        static RUSSIAN: frostem::Stemmer = frostem::Stemmer::new(frostem::Algorithm::Russian);
        static STEMS: RefCell<WordCache> = RefCell::default();
    }
    let stem = |lower: &str| {
        let folded;
        let word = if lower.contains('ё') {
            folded = lower.replace('ё', "е");
            folded.as_str()
        } else {
            lower
        };
        const BORROWED: [&str; 3] = ["ия", "ея", "ика"];
        let russian = |word: &str| RUSSIAN.with(|s| s.stem(word).into_owned());
        let kazakh_letters = word.chars().any(is_kazakh_letter);
        // (Most Russian words have none of the endings anywhere: not stemmed as Kazakh.)
        if !kazakh_letters && !BORROWED.iter().any(|e| word.contains(e)) {
            return russian(word);
        }
        let kazakh = kazakh::stem(word);
        if !BORROWED.iter().any(|e| kazakh.ends_with(e)) {
            return if kazakh_letters {
                kazakh
            } else {
                russian(word)
            };
        }
        if kazakh_letters {
            return russian(&kazakh);
        }
        // Without a Kazakh letter, a Kazakh ending must have been stripped, and not one that
        // Russian words end in after -ия, -ея, -ика and Kazakh never or seldom puts straight
        // after such a word: т after a vowel ("сертификаты"), "на" and "не" but after a
        // possessive ("Ватикана", "россияне"), "мен" ("медикаменты"); nor after a short word
        // ("Рияде").
        let ending = &word[kazakh.len()..];
        if !ending.is_empty()
            && kazakh.chars().count() >= 5
            && !["т", "м", "на", "не"].iter().any(|e| ending.starts_with(e))
        {
            russian(&kazakh)
        } else {
            russian(word)
        }
    };
    STEMS.with_borrow_mut(|stems| stems.get_into(lower, out, stem))
}

/// The letters that only Kazakh (among Kazakh and Russian) writes.
pub fn is_kazakh_letter(c: char) -> bool {
    matches!(
        c,
        'ә' | 'ғ'
            | 'қ'
            | 'ң'
            | 'ө'
            | 'ұ'
            | 'ү'
            | 'һ'
            | 'і'
            | 'Ә'
            | 'Ғ'
            | 'Қ'
            | 'Ң'
            | 'Ө'
            | 'Ұ'
            | 'Ү'
            | 'Һ'
            | 'І'
    )
}

/// A word's first letter as its stem begins: the stemmers keep it, except that ё is folded to е.
fn fold_initial(c: char) -> char {
    if c == 'ё' { 'е' } else { c }
}

pub fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

impl<T: TokenStream> TokenStream for ScriptStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(finding) = self.finding
            && !finding.wants(&token.text)
        {
            return true;
        }
        // Stems are written into a buffer of the stream's, then swapped in: no allocation.
        if !token.text.is_ascii() && token.text.chars().any(is_cyrillic) {
            stem_cyrillic_into(&token.text, &mut self.stem);
            std::mem::swap(&mut token.text, &mut self.stem);
        } else if !english_stem_changes(&token.text) {
            // A fifth of news words ("a", "of", "12.5"): nothing to look up.
        } else {
            stem_english_into(&token.text, &mut self.stem);
            std::mem::swap(&mut token.text, &mut self.stem);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// The analyzer for exact values matched without regard to case (sources, names as filters).
pub fn lower_raw() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .build()
}

/// The analyzer for people's names: each word becomes its name key ("Abylkassymova" and
/// "Абылкасымова" → "abilkasimova"), so spellings meet and typos are one or two edits away.
pub fn name_key() -> TextAnalyzer {
    TextAnalyzer::builder(NameKeyTokenizer).build()
}

/// Words of a name as name keys (see [`crate::extract::names::key`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct NameKeyTokenizer;

pub struct NameKeyStream<'a> {
    words: WordStream<'a>,
    /// The current word's keys ([`word_keys`]).
    keys: String,
    /// Where in `keys` the word's second key starts, once its first has been given (0 when
    /// there is none to give): the key without its case ending
    /// ([`crate::extract::names::case_free_key`]), given at the same place.
    second: usize,
}

/// A word's name keys as one string: its key, then, after a space, its key without its case
/// ending where that differs (keys are letters only).
fn word_keys(word: &str) -> String {
    use crate::extract::names;
    let mut keys = names::key(word);
    if let Some(free) = names::case_free_key(word) {
        keys.push(' ');
        keys.push_str(&free);
    }
    keys
}

impl Tokenizer for NameKeyTokenizer {
    type TokenStream<'a> = NameKeyStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> NameKeyStream<'a> {
        NameKeyStream {
            words: WordStream {
                text,
                offset: 0,
                position: 0,
                token: Token::default(),
            },
            keys: String::new(),
            second: 0,
        }
    }
}

impl TokenStream for NameKeyStream<'_> {
    fn advance(&mut self) -> bool {
        use std::cell::RefCell;
        thread_local! {
            // Names recur from article to article as much as words do.
            static KEYS: RefCell<WordCache> = RefCell::default();
        }
        let text = &mut self.words.token.text;
        if self.second > 0 {
            text.clear();
            text.push_str(&self.keys[std::mem::take(&mut self.second)..]);
            return true;
        }
        while self.words.advance() {
            let text = &mut self.words.token.text;
            KEYS.with_borrow_mut(|cache| cache.get_into(text, &mut self.keys, word_keys));
            if !self.keys.is_empty() {
                let first = match self.keys.find(' ') {
                    Some(space) => {
                        self.second = space + 1;
                        space
                    }
                    None => self.keys.len(),
                };
                text.clear();
                text.push_str(&self.keys[..first]);
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.words.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.words.token_mut()
    }
}

/// A term with its place in the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub text: String,
    /// Byte range in the analysed text.
    pub start: usize,
    pub end: usize,
    /// Word position (0, 1, 2, …).
    pub position: usize,
}

/// Runs `analyzer` over `text` and collects the terms with their byte offsets.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(Term {
            text: token.text.clone(),
            start: token.offset_from,
            end: token.offset_to,
            position: token.position,
        });
    }
    out
}

/// Splits text into words: letters and digits, with an apostrophe between letters kept inside the
/// word ("Kazakhstan's") and `.`/`,` between digits kept inside a number ("1.5", "87,000"; the
/// comma is dropped from the term). Lower-cases, folds typographic apostrophes to `'` and Cyrillic
/// look-alikes to Latin inside words that are otherwise Latin.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordTokenizer;

pub struct WordStream<'a> {
    text: &'a str,
    offset: usize,
    position: usize,
    token: Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        WordStream {
            text,
            offset: 0,
            position: 0,
            token: Token::default(),
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// `text` with its letters composed (Unicode NFC) where it holds combining marks: "Café" or
/// "й" typed or saved decomposed (as macOS writes file names and some editors text), a letter
/// and its accent as two characters, become the one character the rest of kzsearch folds and
/// stems (`e` + U+0301 is `é`, which matching reads as `e`; `и` + U+0306 is `й`). Text without
/// such marks, nearly all, is borrowed as it is after a scan of its bytes.
pub fn compose(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    // Only the marks of U+0300–U+036F compose with letters, and in UTF-8 each starts with byte
    // 0xCC or 0xCD, which starts no other character but those of U+0370–U+037F.
    let marked = memchr::memchr2(0xcc, 0xcd, text.as_bytes()).is_some();
    if marked {
        std::borrow::Cow::Owned(text.nfc().collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Is `c` part of a word on its own?
fn is_word_char(c: char) -> bool {
    letters::is_alphanumeric(c) || is_combining_mark(c)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{483}'..='\u{489}')
}

/// What a byte of text is to [`WordStream::next_word`]: one table lookup tells an ASCII byte,
/// most of any text, without decoding a character or asking [`letters`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ByteClass {
    /// An ASCII lower-case letter or digit: a word character on its own.
    Word,
    /// An ASCII capital letter: a word character whose word needs lower-casing.
    Capital,
    /// `'`, kept between two letters.
    Apostrophe,
    /// `.` or `,`, kept between two digits.
    NumberJoiner,
    /// Any other ASCII character: not in a word.
    Other,
    /// A byte of a character beyond ASCII, which has to be decoded to be told.
    NonAscii,
}

static BYTE_CLASSES: [ByteClass; 256] = {
    let mut classes = [ByteClass::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        classes[b] = match b as u8 {
            b'0'..=b'9' | b'a'..=b'z' => ByteClass::Word,
            b'A'..=b'Z' => ByteClass::Capital,
            b'\'' => ByteClass::Apostrophe,
            b'.' | b',' => ByteClass::NumberJoiner,
            _ => ByteClass::Other,
        };
        b += 1;
    }
    classes
};

/// A word found by [`WordStream::next_word`]: its byte range, and what [`normalize_into`] has
/// to do with it, told on the way.
struct Word {
    start: usize,
    end: usize,
    form: Form,
}

/// How much normalizing a word takes, in increasing order: a word takes the most that any of
/// its characters does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Form {
    /// ASCII lower-case letters and digits (with `.` or `'` inside): the word is its own term,
    /// as most words of running text are.
    Lower,
    /// The same with capitals: the term is the word lower-cased.
    Capitals,
    /// Anything else (a thousands separator, characters beyond ASCII): see [`normalize_into`].
    Other,
}

/// The character of `text` starting at byte `i`, which must be a character boundary short of
/// the end. (Inlined: Russian and Kazakh text asks for every character.)
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..]
        .chars()
        .next()
        .expect("a character at a boundary short of the end")
}

impl WordStream<'_> {
    /// Finds the next word starting at `self.offset`. ASCII, most of any text, is read byte by
    /// byte through [`BYTE_CLASSES`]; other characters are decoded where they occur.
    fn next_word(&mut self) -> Option<Word> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.offset;
        let (start, mut form) = loop {
            let &b = bytes.get(i)?;
            let at = i;
            match BYTE_CLASSES[usize::from(b)] {
                ByteClass::Word => {
                    i += 1;
                    break (at, Form::Lower);
                }
                ByteClass::Capital => {
                    i += 1;
                    break (at, Form::Capitals);
                }
                ByteClass::NonAscii => {
                    let c = char_at(text, i);
                    i += c.len_utf8();
                    if is_word_char(c) {
                        break (at, Form::Other);
                    }
                }
                _ => i += 1,
            }
        };
        // `i` is past a word character here, and after each step of the loop: a joiner is only
        // taken with the word character after it. So the word ends where the loop stops.
        while let Some(&b) = bytes.get(i) {
            match BYTE_CLASSES[usize::from(b)] {
                ByteClass::Word => i += 1,
                ByteClass::Capital => {
                    form = form.max(Form::Capitals);
                    i += 1;
                }
                ByteClass::Other => break,
                // A joiner stays inside the word only between two word characters of the
                // right kind: digits around `.` and `,` (the byte before a digit is that
                // digit; the last byte of a wider character is no digit), letters around an
                // apostrophe.
                ByteClass::NumberJoiner => {
                    if !(bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                    {
                        break;
                    }
                    if b == b',' {
                        form = Form::Other;
                    }
                    i += 2;
                }
                ByteClass::Apostrophe => {
                    if !joins_letters(text, i, i + 1) {
                        break;
                    }
                    i += 1;
                }
                ByteClass::NonAscii => {
                    let c = char_at(text, i);
                    let after = i + c.len_utf8();
                    if !(is_word_char(c) || is_apostrophe(c) && joins_letters(text, i, after)) {
                        break;
                    }
                    form = Form::Other;
                    i = after;
                }
            }
        }
        self.offset = i;
        Some(Word {
            start,
            end: i,
            form,
        })
    }
}

/// Does the apostrophe at `text[at..after]` stand between two letters?
fn joins_letters(text: &str, at: usize, after: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(letters::is_alphabetic)
        && text[after..]
            .chars()
            .next()
            .is_some_and(letters::is_alphabetic)
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let Some(Word { start, end, form }) = self.next_word() else {
                return false;
            };
            let word = &self.text[start..end];
            if word.len() > MAX_WORD_BYTES {
                continue;
            }
            self.token.text.clear();
            normalize_into(word, form, &mut self.token.text);
            self.token.offset_from = start;
            self.token.offset_to = end;
            self.token.position = self.position;
            self.token.position_length = 1;
            self.position += 1;
            return true;
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Lower-cases `word` into `out`, folding apostrophes, dropping thousands separators and, when
/// the word is mostly Latin, mapping Cyrillic look-alike letters to Latin. The word's `form`
/// says when copying it, or copying and lower-casing ASCII, is all that takes.
fn normalize_into(word: &str, form: Form, out: &mut String) {
    let start = out.len();
    match form {
        Form::Lower => out.push_str(word),
        Form::Capitals => {
            out.push_str(word);
            out[start..].make_ascii_lowercase();
        }
        Form::Other if word.is_ascii() => out.extend(
            word.bytes()
                .filter(|&b| b != b',')
                .map(|b| char::from(b.to_ascii_lowercase())),
        ),
        Form::Other => {
            // Latin letters are looked for among the bytes (no wider character has an ASCII
            // byte), and Cyrillic ones only then: a Russian or Kazakh word is not decoded for it.
            let fold_cyrillic = word.bytes().any(|b| b.is_ascii_alphabetic())
                && word.chars().any(is_cyrillic)
                && latin_majority(word);
            for c in word.chars() {
                if c == ',' {
                    continue;
                }
                if is_apostrophe(c) {
                    out.push('\'');
                    continue;
                }
                let c = if fold_cyrillic {
                    latin_lookalike(c).unwrap_or(c)
                } else {
                    c
                };
                letters::push_lowercase(out, c);
            }
        }
    }
    if let Some(american) = american_spelling(&out[start..]) {
        out.truncate(start);
        out.push_str(american);
    }
}

/// British spellings folded to American ones, so "Labour" finds "Labor" and "Organisation"
/// finds "Organization" (applied to the whole lower-cased word, before stemming).
fn american_spelling(word: &str) -> Option<&'static str> {
    Some(match word {
        "labour" => "labor",
        "labours" => "labors",
        "labourers" => "laborers",
        "labourer" => "laborer",
        "organisation" => "organization",
        "organisations" => "organizations",
        "organise" => "organize",
        "organised" => "organized",
        "organising" => "organizing",
        "programme" => "program",
        "programmes" => "programs",
        "centre" => "center",
        "centres" => "centers",
        "defence" => "defense",
        "favour" => "favor",
        "harmonise" => "harmonize",
        "harmonisation" => "harmonization",
        "recognise" => "recognize",
        "recognised" => "recognized",
        "minimise" => "minimize",
        "prioritise" => "prioritize",
        "emphasise" => "emphasize",
        "emphasised" => "emphasized",
        _ => return None,
    })
}

fn latin_majority(word: &str) -> bool {
    let latin = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let cyrillic = word
        .chars()
        .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
        .count();
    latin >= cyrillic
}

/// Cyrillic letters that look like Latin ones and turn up inside Latin words in copied text.
fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'А' => 'A',
        'в' => 'b',
        'В' => 'B',
        'е' => 'e',
        'Е' => 'E',
        'ё' => 'e',
        'і' => 'i',
        'І' => 'I',
        'ї' => 'i',
        'ј' => 'j',
        'Ј' => 'J',
        'к' => 'k',
        'К' => 'K',
        'м' => 'm',
        'М' => 'M',
        'н' => 'h',
        'Н' => 'H',
        'о' => 'o',
        'О' => 'O',
        'р' => 'p',
        'Р' => 'P',
        'с' => 'c',
        'С' => 'C',
        'т' => 't',
        'Т' => 'T',
        'у' => 'y',
        'У' => 'Y',
        'х' => 'x',
        'Х' => 'X',
        'ѕ' => 's',
        'Ѕ' => 'S',
        'һ' => 'h',
        'Һ' => 'H',
        'ԛ' => 'q',
        'ԝ' => 'w',
        _ => return None,
    })
}

/// English words too common to require in an all-words query ("when did … the …"). They are
/// still indexed, so phrases containing them work, and still score when present. `term` is an
/// analysed (stemmed) term.
pub fn is_stop_word(term: &str) -> bool {
    crate::generated::STOP_STEMS.binary_search(&term).is_ok()
}

/// The analysed forms of [`STOP_WORDS`], sorted, without repeats: what [`crate::generated`]
/// holds, so a query need not stem the list.
#[cfg(test)]
pub(crate) fn stop_stems() -> Vec<String> {
    let mut analyzer = text();
    let mut stems: Vec<String> = STOP_WORDS
        .iter()
        .flat_map(|w| terms(&mut analyzer, w))
        .map(|t| t.text)
        .collect();
    stems.sort();
    stems.dedup();
    stems
}

/// The stop words as written (only their stems, in [`crate::generated::STOP_STEMS`], are compiled
/// into the binary).
#[cfg(test)]
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "me",
    "more",
    "most",
    "my",
    "no",
    "nor",
    "not",
    "of",
    "on",
    "or",
    "other",
    "our",
    "out",
    "over",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    // Russian
    "и",
    "в",
    "во",
    "на",
    "с",
    "со",
    "по",
    "к",
    "ко",
    "о",
    "об",
    "от",
    "до",
    "из",
    "за",
    "для",
    "что",
    "как",
    "это",
    "не",
    "но",
    "а",
    "или",
    "у",
    "же",
    "ли",
    "бы",
    "был",
    "была",
    "были",
    "быть",
    "он",
    "она",
    "они",
    "мы",
    "вы",
    "его",
    "ее",
    "их",
    "при",
    "под",
    "над",
    "также",
    "так",
    "все",
    "весь",
    "этот",
    "эта",
    "эти",
    "тот",
    "который",
    "которые",
    "когда",
    "где",
    // Kazakh
    "және",
    "мен",
    "бен",
    "пен",
    "да",
    "де",
    "та",
    "те",
    "бұл",
    "сол",
    "осы",
    "үшін",
    "деп",
    "емес",
    "еді",
    "ол",
    "олар",
    "біз",
    "сіз",
    "бір",
    "қандай",
    "қашан",
    "қайда",
    "кім",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_keep_the_first_letter_of_their_word() {
        // What `text_finding` relies on, checked on the stemmers' irregular cases and on the
        // English, Russian and Kazakh news in ../shared/corpora (500 articles of each).
        let mut text = String::from(
            "dying lying tying skies ugly early only news yelled Yttrium ёлки Ёлка \
             сыновьями қалаларымыздағы үкіметке іс-шаралар",
        );
        for corpus in ["bbc", "nerel-ru", "kaznerd-kk"] {
            for body in crate::corpus::sample_bodies(corpus, 500) {
                text.push('\n');
                text.push_str(&body);
            }
        }
        let mut unstemmed = TextAnalyzer::builder(WordTokenizer)
            .filter(AsciiFoldingFilter)
            .build();
        let words = terms(&mut unstemmed, &text);
        let stems = terms(&mut super::text(), &text);
        assert_eq!(words.len(), stems.len());
        assert!(words.len() > 100_000, "{}", words.len());
        for (word, stem) in words.iter().zip(&stems) {
            assert_eq!(
                word.text.chars().next().map(fold_initial),
                stem.text.chars().next(),
                "{} → {}",
                word.text,
                stem.text
            );
        }
        // An English stem of four letters or more keeps its word's first two.
        for (word, stem) in words.iter().zip(&stems) {
            if word.text.is_ascii() && stem.text.len() >= 4 {
                assert_eq!(
                    word.text[..2],
                    stem.text[..2],
                    "{} → {}",
                    word.text,
                    stem.text
                );
            }
        }
        // And the finding analyzer stems exactly the words that start as its terms do: by two
        // letters for a long term, by one for a short one or another script's.
        let finding = |terms: &[&str], text: &str| {
            let terms: Vec<String> = terms.iter().map(|t| t.to_string()).collect();
            let found = super::terms(&mut text_finding(&terms), text);
            found.into_iter().map(|t| t.text).collect::<Vec<_>>()
        };
        let text = "Workers' wages were paid, dying, дома";
        assert_eq!(
            finding(&["wage"], text),
            ["workers", "wage", "were", "paid", "dying", "дома"]
        );
        assert_eq!(
            finding(&["die", "дом"], text),
            ["workers", "wages", "were", "paid", "die", "дом"]
        );
    }

    fn texts(text: &str) -> Vec<String> {
        terms(&mut super::text(), text)
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn decomposed_letters_are_composed() {
        assert_eq!(compose("Cafe\u{301} И\u{306}"), "Café Й");
        assert!(matches!(
            compose("Café, қазақ, plain"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Composed, a word is the term its composed spelling is.
        assert_eq!(texts(&compose("cafe\u{301}s")), texts("cafés"));
    }

    #[test]
    fn british_and_american_spellings_meet() {
        assert_eq!(
            texts("International Labour Organisation"),
            texts("International Labor Organization")
        );
        assert_eq!(texts("programmes"), texts("programs"));
    }

    #[test]
    fn russian_and_kazakh_words_are_stemmed_for_their_language() {
        assert_eq!(texts("профсоюзов"), texts("профсоюза"));
        assert_eq!(texts("Профсоюз"), texts("профсоюзы"));
        assert_eq!(texts("ёлка"), texts("елка"));
        assert_eq!(texts("кәсіподақтардың"), texts("кәсіподақ"));
        assert_eq!(texts("Министрлігі"), texts("министрлігінің"));
        // English is unchanged.
        assert_eq!(texts("unions"), ["union"]);
    }

    #[test]
    fn borrowed_words_meet_in_every_kazakh_and_russian_form() {
        // With a Kazakh letter in the ending or none, and the Russian forms.
        let convention = texts("конвенция");
        for form in [
            "Конвенциясы",
            "Конвенциясын",
            "конвенцияның",
            "Конвенцияны",
            "конвенциясына",
            "конвенции",
            "Конвенцию",
        ] {
            assert_eq!(texts(form), convention, "{form}");
        }
        assert_eq!(texts("Ассамблеясы"), texts("Ассамблеясының"));
        assert_eq!(texts("Ассамблеясы"), texts("ассамблея"));
        assert_eq!(texts("Россияда"), texts("Россия"));
        assert_eq!(texts("Республикасы"), texts("Республикасының"));
        assert_eq!(texts("Республикасы"), texts("республика"));
        // Russian words that end like a Kazakh ending are stemmed as Russian still.
        assert_eq!(texts("вопросы"), texts("вопрос"));
        assert_eq!(texts("Автобусы"), texts("автобус"));
        assert_eq!(texts("интересы"), texts("интерес"));
        assert_eq!(texts("страны"), texts("страна"));
        assert_eq!(texts("сертификаты"), texts("сертификат"));
        assert_eq!(texts("сертификате"), texts("сертификат"));
        assert_eq!(texts("Ватикана"), texts("Ватикан"));
        assert_eq!(texts("медикаменты"), texts("медикамент"));
        assert_ne!(texts("россияне"), texts("Россия"));
        // With a Kazakh letter, any Kazakh ending.
        assert_eq!(texts("Түркиямен"), texts("Түркия"));
    }

    #[test]
    fn remembered_stems_are_the_stemmer_s_even_after_forgetting() {
        let english = frostem::Stemmer::new(frostem::Algorithm::English);
        let stem = |w: &str| english.stem(w).into_owned();
        let text = "the workers unions said strikes striking strikers organizations organised \
                    the unions said ties tied tying generously generous generation";
        let words: Vec<&str> = text.split_whitespace().collect();
        let long = "x".repeat(300);
        // Small enough to be forgotten several times over.
        let mut cache = WordCache::with_capacity(64);
        let mut out = String::from("stale");
        for _ in 0..3 {
            for &word in words.iter().chain([&long.as_str()]) {
                cache.get_into(word, &mut out, stem);
                assert_eq!(out, stem(word), "{word}");
            }
        }
        assert!(cache.text.len() <= 64);
        // Each word is stemmed once while remembered.
        let mut cache = WordCache::default();
        let calls = std::cell::Cell::new(0);
        for &word in words.iter().chain(&words) {
            cache.get_into(word, &mut out, |w| {
                calls.set(calls.get() + 1);
                stem(w)
            });
        }
        let mut distinct = words.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(calls.get(), distinct.len());
    }

    #[test]
    fn recent_words_give_the_values_they_were_given() {
        // Enough words for the recent slots to be made, and lengths around their room.
        let words: Vec<String> = (0..3000)
            .map(|i| format!("{}{i}", "w".repeat(i % 20)))
            .collect();
        let value = |w: &str| w.to_uppercase() + if w.len().is_multiple_of(2) { "" } else { "!" };
        let mut cache = WordCache::with_capacity(40_000);
        let calls = std::cell::Cell::new(0);
        let mut out = String::new();
        for round in 0..3 {
            for word in &words {
                cache.get_into(word, &mut out, |w| {
                    calls.set(calls.get() + 1);
                    value(w)
                });
                assert_eq!(out, value(word), "{word} in round {round}");
            }
        }
        assert!(!cache.recent.is_empty());
        // Forgotten and relearned (the capacity holds about half the words), never wrong.
        assert!(calls.get() > words.len());
        // A query's few words never make the recent slots.
        let mut small = WordCache::default();
        for word in &words[..100] {
            small.get_into(word, &mut out, value);
        }
        assert!(small.recent.is_empty());
    }

    #[test]
    fn words_the_stemmer_cannot_change_are_left_alone() {
        let english = frostem::Stemmer::new(frostem::Algorithm::English);
        let letters = ('a'..='z').chain(['\'', '0', '.', 'é']);
        let short: Vec<String> = letters
            .clone()
            .flat_map(|a| {
                letters
                    .clone()
                    .map(move |b| format!("{a}{b}"))
                    .chain([a.to_string()])
            })
            .collect();
        let unlettered = ["1987", "12.5", "3.14159", "2026", "००७", "ßßß"];
        for word in short.iter().map(String::as_str).chain(unlettered) {
            if !english_stem_changes(word) {
                assert_eq!(english.stem(word), word, "{word}");
            }
        }
        // And the check does not skip words the stemmer changes.
        for word in ["ties", "dogs", "'tis", "abs"] {
            assert!(english_stem_changes(word), "{word}");
            assert_ne!(english.stem(word), word, "{word}");
        }
    }

    #[test]
    fn byte_classes_agree_with_the_character_classes() {
        for b in 0..=255u8 {
            let class = BYTE_CLASSES[usize::from(b)];
            if !b.is_ascii() {
                assert_eq!(class, ByteClass::NonAscii, "{b:#x}");
                continue;
            }
            let c = char::from(b);
            assert_eq!(
                matches!(class, ByteClass::Word | ByteClass::Capital),
                is_word_char(c),
                "{c:?}"
            );
            assert_eq!(class == ByteClass::Capital, c.is_uppercase(), "{c:?}");
            assert_eq!(class == ByteClass::Apostrophe, is_apostrophe(c), "{c:?}");
            assert_eq!(
                class == ByteClass::NumberJoiner,
                matches!(c, '.' | ','),
                "{c:?}"
            );
        }
    }

    #[test]
    fn stems_and_lowercases() {
        assert_eq!(texts("Trade Unions"), ["trade", "union"]);
        assert_eq!(texts("union"), ["union"]);
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(
            texts("87,000 workers and 1.5 million"),
            ["87000", "worker", "and", "1.5", "million"]
        );
        assert_eq!(texts("Convention 87, 98"), ["convent", "87", "98"]);
    }

    #[test]
    fn initials_and_hyphens_split_possessives_fold() {
        assert_eq!(texts("M.Abylkasymova"), ["m", "abylkasymova"]);
        assert_eq!(texts("Kassym-Jomart"), ["kassym", "jomart"]);
        assert_eq!(texts("Kazakhstan’s workers'"), ["kazakhstan", "worker"]);
    }

    #[test]
    fn cyrillic_lookalikes_inside_latin_words() {
        assert_eq!(texts("Abd\u{456}rayim"), texts("Abdirayim"));
        // Real Cyrillic words are left alone.
        assert_eq!(texts("Министр"), ["министр"]);
    }

    #[test]
    fn offsets_point_at_the_original_text() {
        let text = "Hello, Wörld’s end";
        let t = terms(&mut super::text(), text);
        assert_eq!(&text[t[1].start..t[1].end], "Wörld’s");
        assert_eq!(t[1].text, "world");
        assert_eq!(t.iter().map(|t| t.position).collect::<Vec<_>>(), [0, 1, 2]);
    }

    #[test]
    fn stop_words_are_compared_after_stemming() {
        assert!(is_stop_word("the"));
        assert!(is_stop_word(&texts("does")[0]));
        assert!(!is_stop_word("union"));
    }
}
