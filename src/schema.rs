//! The index schema: the one place that knows field names, how each field is analysed, and how
//! an [`Article`] becomes a tantivy document and back.

use anyhow::{Context, Result};
use std::sync::{Arc, OnceLock};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, NumericOptions, STORED, Schema, TextFieldIndexing, TextOptions,
    Value,
};
use tantivy::tokenizer::RAW_TOKENIZER_NAME;
use tantivy::{Index, TantivyDocument};

use crate::analysis;
use crate::article::{Article, Entity, date};
use crate::extract::names;
use crate::record::Records;

/// Bumped whenever a change to fields or analysis makes older indexes unreadable or wrong.
pub const SCHEMA_VERSION: u32 = 11;

/// Field names, as they appear in the schema.
pub mod name {
    pub const ID: &str = "id";
    pub const TITLE: &str = "title";
    pub const BODY: &str = "body";
    pub const DATE: &str = "date";
    pub const SOURCE: &str = "source";
    /// Entity fields: exact canonical names and convention numbers, fast for facets and filters.
    pub const PERSON: &str = "person";
    pub const ORG: &str = "org";
    pub const CONVENTION: &str = "convention";
    /// Name keys of every spelling of every person (`person:` queries, fuzzy name matching).
    pub const PERSON_KEY: &str = "person_key";
    /// Each person's family-name keys with the initials of their given names
    /// ([`crate::extract::names::initial_keys`]): `person:A.Asanaliev` is one person's initial
    /// and family name, not any Asanaliev's.
    pub const PERSON_INITIALS: &str = "person_initials";
    /// Every spelling of every body, and the gazetteer's aliases, analysed like text
    /// (`org:ILO`, `org:"Federation of Trade Unions"`).
    pub const ORG_NAME: &str = "org_name";
    /// `en`, `ru` or `kk`.
    pub const LANG: &str = "lang";
    /// Name keys of the capitalised words of title and body: names across scripts and
    /// transliterations ("Токаев" finds "Tokayev") without transliterating ordinary words.
    pub const NAME_KEYS: &str = "name_keys";
    /// Sort key for oldest-first: `u64::MAX - YYYYMMDD`, 0 when undated (so undated sort last).
    pub const DATE_ASC: &str = "date_asc";
    /// The input file an article came from (absolute, canonical) and a hash of its bytes: what
    /// an incremental run compares, and what it deletes by.
    pub const FILE: &str = "file";
    pub const FILE_HASH: &str = "file_hash";
    /// Everything stored of an article, as one compressed record ([`crate::record`]).
    pub const RECORD: &str = "record";
}

/// Where a document came from: its input file and the hash of that file's bytes.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub file: &'a str,
    pub hash: u64,
}

/// Handles to every field of the schema.
#[derive(Clone, Debug)]
pub struct Fields {
    pub id: Field,
    pub title: Field,
    pub body: Field,
    /// `YYYYMMDD` as an integer: sortable, range-searchable, readable.
    pub date: Field,
    pub source: Field,
    pub date_asc: Field,
    pub person: Field,
    pub org: Field,
    pub convention: Field,
    pub person_key: Field,
    pub person_initials: Field,
    pub org_name: Field,
    pub lang: Field,
    pub name_keys: Field,
    pub file: Field,
    pub file_hash: Field,
    pub record: Field,
    /// How records are compressed: the index's dictionary, once it has one.
    records: Arc<OnceLock<Records>>,
}

/// Builds the schema.
///
/// Only title and body record field norms (their lengths, which BM25F needs): every other field
/// is matched as a filter, at a constant score, or holds one value per article, so its norms
/// would be a byte per article that nothing reads. Nothing but the record is stored: it holds
/// every stored field of an article, compressed together.
pub fn build() -> Schema {
    let mut builder = Schema::builder();
    let indexing = |tokenizer: &str, record: IndexRecordOption| {
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record)
            .set_fieldnorms(false)
    };
    let text = TextOptions::default().set_indexing_options(
        indexing(analysis::TEXT, IndexRecordOption::WithFreqsAndPositions).set_fieldnorms(true),
    );
    // Whole values, matched exactly.
    let raw = TextOptions::default()
        .set_indexing_options(indexing(RAW_TOKENIZER_NAME, IndexRecordOption::Basic));
    let number = NumericOptions::default().set_indexed().set_fast();
    builder.add_text_field(name::ID, raw.clone().set_fast(RAW_TOKENIZER_NAME));
    builder.add_text_field(name::TITLE, text.clone());
    builder.add_text_field(name::BODY, text);
    builder.add_u64_field(name::DATE, number.clone());
    // Exact values: matched ignoring case (a lower-cased raw term), counted for facets as written.
    let exact = TextOptions::default()
        .set_fast(RAW_TOKENIZER_NAME)
        .set_indexing_options(indexing(analysis::LOWER_RAW, IndexRecordOption::Basic));
    builder.add_text_field(name::SOURCE, exact.clone());
    builder.add_u64_field(name::DATE_ASC, FAST);
    builder.add_text_field(name::PERSON, exact.clone());
    builder.add_text_field(name::ORG, exact.clone());
    builder.add_text_field(name::LANG, exact);
    let name_keys = TextOptions::default()
        .set_indexing_options(indexing(analysis::NAME_KEY, IndexRecordOption::Basic));
    builder.add_text_field(name::NAME_KEYS, name_keys.clone());
    builder.add_u64_field(name::CONVENTION, number);
    builder.add_text_field(name::PERSON_KEY, name_keys);
    builder.add_text_field(name::PERSON_INITIALS, raw.clone());
    builder.add_text_field(
        name::ORG_NAME,
        TextOptions::default().set_indexing_options(indexing(
            analysis::TEXT,
            IndexRecordOption::WithFreqsAndPositions,
        )),
    );
    builder.add_text_field(name::FILE, raw.set_fast(RAW_TOKENIZER_NAME));
    builder.add_u64_field(name::FILE_HASH, FAST);
    builder.add_bytes_field(name::RECORD, STORED);
    builder.build()
}

impl Fields {
    /// Resolves the fields of `schema`; fails if the schema is not kzsearch's.
    pub fn new(schema: &Schema) -> Result<Fields> {
        let get = |name: &str| {
            schema
                .get_field(name)
                .with_context(|| format!("the index has no field `{name}`"))
        };
        Ok(Fields {
            id: get(name::ID)?,
            title: get(name::TITLE)?,
            body: get(name::BODY)?,
            date: get(name::DATE)?,
            source: get(name::SOURCE)?,
            date_asc: get(name::DATE_ASC)?,
            person: get(name::PERSON)?,
            org: get(name::ORG)?,
            convention: get(name::CONVENTION)?,
            person_key: get(name::PERSON_KEY)?,
            person_initials: get(name::PERSON_INITIALS)?,
            org_name: get(name::ORG_NAME)?,
            lang: get(name::LANG)?,
            name_keys: get(name::NAME_KEYS)?,
            file: get(name::FILE)?,
            file_hash: get(name::FILE_HASH)?,
            record: get(name::RECORD)?,
            records: Arc::default(),
        })
    }

    /// The fields of `index`, with the dictionary its records were compressed with, if it has
    /// one yet (see [`Fields::learn_records`]).
    pub fn open(index: &Index) -> Result<Fields> {
        let fields = Fields::new(&index.schema())?;
        if let Some(records) = Records::load(index)? {
            fields.records.get_or_init(|| records);
        }
        Ok(fields)
    }

    /// Whether the records have their dictionary (a new index has none until its first
    /// articles were seen).
    pub fn has_record_dictionary(&self) -> bool {
        self.records.get().is_some()
    }

    /// Learns the records' dictionary from `samples` (articles' [`crate::record::sample`]s) and
    /// gives it to the index in directory `dir`, for every later record; `false` when they were
    /// too few to learn from (records are compressed without one meanwhile, and later articles
    /// may teach it).
    pub fn learn_records(&self, dir: &std::path::Path, samples: &[Vec<u8>]) -> Result<bool> {
        let Some(records) = Records::learn(samples.iter().map(Vec::as_slice)) else {
            return Ok(false);
        };
        records.save(dir)?;
        self.records.get_or_init(|| records);
        Ok(true)
    }

    fn records(&self) -> &Records {
        static PLAIN: OnceLock<Records> = OnceLock::new();
        self.records
            .get()
            .unwrap_or_else(|| PLAIN.get_or_init(Records::default))
    }

    /// The tantivy document for an (enriched) article.
    pub fn to_document(&self, article: &Article, origin: Origin) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(self.file, origin.file);
        doc.add_u64(self.file_hash, origin.hash);
        doc.add_text(self.id, &article.id);
        if let Some(title) = &article.title {
            doc.add_text(self.title, title);
        }
        doc.add_text(self.body, &article.body);
        match article.date {
            Some(d) => {
                doc.add_u64(self.date, date::to_key(d));
                doc.add_u64(self.date_asc, u64::MAX - date::to_key(d));
            }
            None => doc.add_u64(self.date_asc, 0),
        }
        if let Some(source) = &article.source {
            doc.add_text(self.source, source);
        }
        if let Some(lang) = &article.lang {
            doc.add_text(self.lang, lang);
        }
        let capitalised = capitalised_words(&article.body);
        if !capitalised.is_empty() {
            doc.add_text(self.name_keys, capitalised);
        }
        let entities = &article.entities;
        for person in &entities.people {
            doc.add_text(self.person, &person.name);
            for spelling in person_spellings(person) {
                doc.add_text(self.person_key, spelling);
            }
        }
        for key in person_initials(&entities.people) {
            doc.add_text(self.person_initials, key);
        }
        for org in &entities.organizations {
            doc.add_text(self.org, &org.name);
            for spelling in org_spellings(org) {
                doc.add_text(self.org_name, spelling);
            }
        }
        for &number in &entities.conventions {
            doc.add_u64(self.convention, u64::from(number));
        }
        doc.add_bytes(self.record, &self.records().pack(article));
        doc
    }

    /// Reads the stored fields of a document back into an article.
    pub fn to_article(&self, doc: &TantivyDocument) -> Result<Article> {
        let record = doc
            .get_first(self.record)
            .and_then(|v| v.as_bytes())
            .context("an article without its stored record; rebuild the index (kzsearch index --rebuild)")?;
        self.records().unpack(record)
    }
}

/// Reads stored articles from one searcher's segments.
///
/// tantivy hands a stored bytes value over a byte at a time (its generic `Vec<T>` reader): for
/// a record of a kilobyte, more than the record's decompression costs. So this reads the
/// document's bytes from the segment's store and takes the record from them itself, falling
/// back to tantivy's reader for a document laid out in any other way than the one expected
/// (see [`record_of`]).
pub struct StoredArticles<'a> {
    fields: &'a Fields,
    searcher: &'a tantivy::Searcher,
    stores: Vec<std::cell::OnceCell<Option<tantivy::store::StoreReader>>>,
}

impl<'a> StoredArticles<'a> {
    pub fn new(fields: &'a Fields, searcher: &'a tantivy::Searcher) -> StoredArticles<'a> {
        StoredArticles {
            fields,
            searcher,
            stores: (0..searcher.segment_readers().len())
                .map(|_| std::cell::OnceCell::new())
                .collect(),
        }
    }

    /// The article at `address`.
    pub fn get(&self, address: tantivy::DocAddress) -> Result<Article> {
        let segment = address.segment_ord as usize;
        let store = self.stores.get(segment).and_then(|store| {
            store
                .get_or_init(|| {
                    // No block cache: every record is read once, straight from the mapping.
                    self.searcher
                        .segment_reader(address.segment_ord)
                        .get_store_reader(0)
                        .ok()
                })
                .as_ref()
        });
        if let Some(bytes) = store.and_then(|s| s.get_document_bytes(address.doc_id).ok())
            && let Some(record) = record_of(&bytes, self.fields.record)
        {
            return self.fields.records().unpack(record);
        }
        let doc: TantivyDocument = self
            .searcher
            .doc(address)
            .context("reading a stored article")?;
        self.fields.to_article(&doc)
    }
}

/// The record in a stored document's bytes if the document is laid out as kzsearch's are: one
/// value, of field `record`, of type bytes (tantivy's document store format: a varint count of
/// values, then each value's field as four bytes little-endian, a type code and, for bytes, a
/// varint length and the bytes). `None` for anything else.
fn record_of(doc: &[u8], record: Field) -> Option<&[u8]> {
    /// tantivy's type code for bytes values.
    const BYTES: u8 = 4;
    fn varint(bytes: &mut &[u8]) -> Option<u64> {
        // tantivy's VInt: seven bits a byte, least significant first, the last byte's top bit set.
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = bytes.split_first()?;
            *bytes = rest;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 != 0 {
                return Some(value);
            }
        }
        None
    }
    let mut rest = doc;
    if varint(&mut rest)? != 1 {
        return None;
    }
    let (field, after) = rest.split_first_chunk::<4>()?;
    if u32::from_le_bytes(*field) != record.field_id() {
        return None;
    }
    let (&code, mut after) = after.split_first()?;
    if code != BYTES {
        return None;
    }
    let length = usize::try_from(varint(&mut after)?).ok()?;
    (after.len() == length).then_some(after)
}

/// Every spelling of a person the article gives: the name and each mention (what `person_key`
/// indexes, as name keys).
pub fn person_spellings(person: &Entity) -> impl Iterator<Item = &str> {
    std::iter::once(person.name.as_str()).chain(person.mentions.iter().map(String::as_str))
}

/// The initial keys of an article's people ([`names::initial_keys`]), sorted, without repeats
/// (what `person_initials` indexes and the export writes).
pub fn person_initials(people: &[Entity]) -> Vec<String> {
    let mut keys: Vec<String> = people
        .iter()
        .flat_map(|p| names::initial_keys(person_spellings(p)))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Every spelling of a body: the name, each mention, and every name the gazetteer knows it by;
/// sorted, without repeats (what `org_name` indexes).
pub fn org_spellings(org: &Entity) -> Vec<&str> {
    let mut spellings: Vec<&str> = std::iter::once(org.name.as_str())
        .chain(org.mentions.iter().map(String::as_str))
        .collect();
    if let Some(known) = crate::extract::lexicon::gazetteer().find_canonical(&org.name) {
        spellings.extend(known.names.iter().copied());
    }
    spellings.sort_unstable();
    spellings.dedup();
    spellings
}

/// The words of a body that are capitalised for being names, not for starting a sentence (at
/// least four letters), each once, joined by spaces: what the name-key field indexes (which
/// records only which articles have a key, so a repeat would be work for nothing). Headlines
/// are left out: many capitalise every word.
pub fn capitalised_words(body: &str) -> String {
    if body.is_ascii() {
        return capitalised_ascii_words(body);
    }
    let mut out = String::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let bytes = body.as_bytes();
    // A word is a run of letters and hyphens; whatever ends it (the end of the text too) may end
    // a sentence as well. ASCII, most of a text, is told apart by its byte without decoding a
    // character.
    let mut sentence_start = true;
    let mut start = 0;
    let mut i = 0;
    loop {
        let (len, ends_sentence) = match bytes.get(i) {
            Some(&b) if b.is_ascii() => {
                if ASCII_WORD_BYTE[usize::from(b)] {
                    i += 1;
                    continue;
                }
                (1, matches!(b, b'.' | b'!' | b'?' | b'\n' | b'"' | b':'))
            }
            Some(_) => {
                let c = body[i..].chars().next().unwrap_or_default();
                if analysis::letters::is_alphabetic(c) {
                    i += c.len_utf8();
                    continue;
                }
                (c.len_utf8(), matches!(c, '“' | '«' | '—' | '–'))
            }
            None => (0, false),
        };
        if start < i {
            let word = &body[start..i];
            if !sentence_start
                && word
                    .chars()
                    .next()
                    .is_some_and(analysis::letters::is_uppercase)
                && word.chars().nth(3).is_some()
                && seen.insert(word)
            {
                out.push_str(word);
                out.push(' ');
            }
            sentence_start = false;
        }
        if i == bytes.len() {
            break;
        }
        sentence_start |= ends_sentence;
        i += len;
        start = i;
    }
    out
}

/// ASCII letters and the hyphen: the bytes that go on with a word.
const ASCII_WORD_BYTE: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphabetic() || b as u8 == b'-';
        b += 1;
    }
    table
};

/// [`capitalised_words`] of an ASCII text, read from capital to capital: most bytes are in
/// words that start in lower case, passed over 16 at a time. Whether a capitalised word starts
/// a sentence is read backwards, from the bytes between it and the word before.
fn capitalised_ascii_words(body: &str) -> String {
    let bytes = body.as_bytes();
    let is_word_byte = |b: u8| ASCII_WORD_BYTE[usize::from(b & 0x7f)];
    let word_end = |from: usize| {
        bytes[from..]
            .iter()
            .position(|&b| !is_word_byte(b))
            .map_or(bytes.len(), |n| from + n)
    };
    let mut out = String::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let mut i = 0;
    while let Some(capital) = next_capital(bytes, i) {
        let end = word_end(capital);
        i = end;
        if capital > 0 && is_word_byte(bytes[capital - 1]) {
            // Inside a word ("McDonald", "non-Kazakh"): only a word's first letter counts.
            continue;
        }
        // The word before, if any, is where the sentence could have ended.
        let before = bytes[..capital]
            .iter()
            .rposition(|&b| is_word_byte(b))
            .map_or(0, |n| n + 1);
        let sentence_start = before == 0
            || bytes[before..capital]
                .iter()
                .any(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b'"' | b':'));
        let word = &body[capital..end];
        if !sentence_start && word.len() >= 4 && seen.insert(word) {
            out.push_str(word);
            out.push(' ');
        }
    }
    out
}

/// The first ASCII capital at or after `from`, skipping 16 bytes at a time where there is none.
fn next_capital(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        if chunk
            .iter()
            .fold(false, |any, b| any | b.is_ascii_uppercase())
        {
            break;
        }
        i += 16;
    }
    bytes
        .get(i..)?
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|n| i + n)
}

/// Registers kzsearch's analyzers with an index (needed after every open).
pub fn register_analyzers(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(analysis::TEXT, analysis::text());
    tokenizers.register(analysis::LOWER_RAW, analysis::lower_raw());
    tokenizers.register(analysis::NAME_KEY, analysis::name_key());
}

/// An index in memory holding `segments`, each a list of articles committed as one segment (for
/// tests of the read path).
#[cfg(test)]
pub(crate) fn index_in_ram(segments: &[&[Article]]) -> Index {
    let index = Index::create_in_ram(build());
    register_analyzers(&index);
    let fields = Fields::new(&index.schema()).expect("kzsearch's schema");
    let mut writer: tantivy::IndexWriter = index.writer(15_000_000).expect("a writer");
    let mut hash = 0;
    for articles in segments {
        for article in *articles {
            hash += 1;
            let origin = Origin { file: "test", hash };
            writer
                .add_document(fields.to_document(article, origin))
                .expect("a document");
        }
        writer.commit().expect("a commit");
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_articles_take_the_record_from_the_stores_bytes() {
        let articles: Vec<Article> = (0..40)
            .map(|i| Article {
                id: format!("a{i}"),
                title: Some(format!("Title {i}")),
                body: "Body text, a little of it. ".repeat(i + 1),
                ..Article::default()
            })
            .collect();
        let index = index_in_ram(&[&articles[..25], &articles[25..]]);
        let fields = Fields::open(&index).unwrap();
        let searcher = index.reader().unwrap().searcher();
        let stored = StoredArticles::new(&fields, &searcher);
        let mut seen = 0;
        for (ord, segment) in searcher.segment_readers().iter().enumerate() {
            let store = segment.get_store_reader(0).unwrap();
            for doc in 0..segment.max_doc() {
                let address = tantivy::DocAddress::new(ord as u32, doc);
                let generic: TantivyDocument = searcher.doc(address).unwrap();
                let bytes = store.get_document_bytes(doc).unwrap();
                // The record is found where tantivy's own reader finds it ...
                assert_eq!(
                    record_of(&bytes, fields.record),
                    generic.get_first(fields.record).and_then(|v| v.as_bytes())
                );
                assert_eq!(
                    stored.get(address).unwrap(),
                    fields.to_article(&generic).unwrap()
                );
                seen += 1;
                // ... and any other layout is refused, for tantivy's reader to read.
                assert_eq!(record_of(&bytes, fields.body), None);
                assert_eq!(record_of(&bytes[..bytes.len() - 1], fields.record), None);
                let mut two = bytes.to_vec();
                two[0] = 0x82;
                assert_eq!(record_of(&two, fields.record), None);
            }
        }
        assert_eq!(seen, articles.len());
    }

    #[test]
    fn article_round_trips_through_a_document() {
        use crate::article::Entities;
        let schema = build();
        let fields = Fields::new(&schema).unwrap();
        let article = Article {
            id: "a".into(),
            path: "seeds/a.txt".into(),
            title: Some("Title".into()),
            date: date::ymd(2024, 9, 6),
            source: Some("Kazinform".into()),
            body: "Body.".into(),
            lang: Some("en".into()),
            url: Some("https://example.kz/1".into()),
            entities: Entities {
                people: vec![Entity {
                    name: "Aidos Karimov".into(),
                    mentions: vec!["A.Karimov".into()],
                }],
                organizations: vec![Entity {
                    name: "ILO".into(),
                    mentions: vec![],
                }],
                conventions: vec![87, 98],
            },
            ..Article::default()
        };
        assert_eq!(
            fields
                .to_article(&fields.to_document(
                    &article,
                    Origin {
                        file: "/x/a.txt",
                        hash: 7
                    }
                ))
                .unwrap(),
            article
        );
    }

    /// [`capitalised_words`] as first written, a word at a time: the test oracle for the one
    /// that tells ASCII bytes apart.
    fn capitalised_words_as_first_written(body: &str) -> String {
        /// ASCII letters and the hyphen: the bytes a word's run passes over without a second look.
        const ASCII_WORD_BYTE: [bool; 256] = {
            let mut table = [false; 256];
            let mut b = 0;
            while b < 128 {
                table[b] = (b as u8).is_ascii_alphabetic() || b as u8 == b'-';
                b += 1;
            }
            table
        };
        let mut out = String::new();
        let mut seen = rustc_hash::FxHashSet::default();
        let mut sentence_start = true;
        let bytes = body.as_bytes();
        let mut i = 0;
        loop {
            // A word is a run of letters and hyphens (ASCII ones passed over byte by byte)...
            let start = i;
            let end = loop {
                i += bytes[i..]
                    .iter()
                    .position(|&b| !ASCII_WORD_BYTE[usize::from(b)])
                    .unwrap_or(bytes.len() - i);
                let Some(&b) = bytes.get(i) else {
                    break None;
                };
                let c = if b.is_ascii() {
                    char::from(b)
                } else {
                    match body[i..].chars().next() {
                        Some(c) => c,
                        None => break None,
                    }
                };
                if analysis::letters::is_alphabetic(c) {
                    i += c.len_utf8();
                    continue;
                }
                break Some(c);
            };
            if start < i {
                let letters = &body[start..i];
                if !sentence_start
                    && letters
                        .chars()
                        .next()
                        .is_some_and(analysis::letters::is_uppercase)
                    && letters.chars().nth(3).is_some()
                    && seen.insert(letters)
                {
                    out.push_str(letters);
                    out.push(' ');
                }
                sentence_start = false;
            }
            // ... and whatever ends it may end a sentence too.
            let Some(c) = end else {
                break;
            };
            i += c.len_utf8();
            if matches!(
                c,
                '.' | '!' | '?' | '\n' | '“' | '"' | '«' | '—' | '–' | ':'
            ) {
                sentence_start = true;
            }
        }
        out
    }

    #[test]
    fn telling_bytes_apart_finds_the_words_reading_characters_does() {
        for body in [
            "",
            "Reuters",
            "said Reuters",
            "The Bank of England said. And Then Came Volcker: Volcker, Baker",
            "-- Volcker said \"Baker\" met «Тоқаев» — Тоқаев – Назарбаев “Smith” Smith",
            "U.S. Treasury Secretary James Baker-Hamilton and -Reuters  Ltd-Co 1987Baker ab12Cdef",
            "Café Société Zürich\nZürich Ümlaut ÉTÉ éTÉ Ωμέγα Ωμέγα 日本語 Straße İstanbul",
            "end with a Name",
            "x\u{301}Abcd Ab\u{301}cd Abc\u{2028}Abcd! Abcd? Abcd\u{a0}Efgh",
        ] {
            assert_eq!(
                capitalised_words(body),
                capitalised_words_as_first_written(body),
                "{body:?}"
            );
        }
    }

    #[test]
    fn capitalised_words_are_the_names_inside_sentences_each_once() {
        assert_eq!(
            capitalised_words(
                "Minister Tamara Duisenova met ILO. Unions said: Tamara Duisenova, \
                 not Duisenova's deputy, spoke in Astana"
            ),
            "Tamara Duisenova Astana "
        );
    }
}
