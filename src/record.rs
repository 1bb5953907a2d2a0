//! What the index stores of an article (everything [`crate::schema::Fields::to_article`] gives
//! back) as one record, compressed on its own with a dictionary learnt from the index's first
//! articles.
//!
//! Why not tantivy's document store compression: it compresses blocks of several articles
//! together, so showing one hit meant decompressing its whole block (8 KiB), a third of a
//! query's instructions. One article compressed alone decompresses in a tenth of the time,
//! and a dictionary (zstd's answer to many small, similar inputs) keeps it small: on Reuters,
//! records take 0.44 of the text against 0.48 for zstd in 8 KiB blocks (docs/BENCHMARKS.md).
//! tantivy stores the records uncompressed.
//!
//! A record starts with one byte saying how it was compressed, so records written before an
//! index had a dictionary (its first articles) stay readable after.

use std::cell::RefCell;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use tantivy::{Directory, Index};

use crate::article::{Article, Entities, Entity, date};

/// The dictionary's file in the index directory (written once, when the index is new).
const DICTIONARY_FILE: &str = "kzsearch-records.dict";

/// The dictionary's size: past 32 KiB, a larger one gains little on news (0.44 → 0.43 of the
/// text at 64 KiB) and costs every query more to load.
const DICTIONARY_BYTES: usize = 32 * 1024;

/// zstd's level for records: 3, its default, compresses Reuters' records at 0.44 of the text;
/// level 1 is 8% larger for a fifth less time.
const LEVEL: i32 = 3;

/// The first byte of a record: how the rest is compressed.
const PLAIN: u8 = 0;
const WITH_DICTIONARY: u8 = 1;

/// How records are compressed: with the index's dictionary when it has one.
#[derive(Clone, Default)]
pub struct Records {
    dictionary: Option<Arc<Dictionary>>,
}

struct Dictionary {
    /// Tells dictionaries apart, for the contexts that have one loaded.
    id: u64,
    /// As learnt or read (kept, not copied: a query copies it only into zstd's decompression
    /// dictionary).
    bytes: tantivy::directory::OwnedBytes,
    decompress: zstd_safe::DDict<'static>,
}

/// A new id for a dictionary.
fn dictionary_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Gives `cctx` dictionary `d` with level 3's search but small tables: for a 32 KiB dictionary
/// zstd would size the tables it searches the dictionary through for any input (768 KiB for
/// level 3), where a record is a few kilobytes; 192 KiB keep them in a core's cache.
fn load(cctx: &mut zstd_safe::CCtx<'static>, d: &Dictionary) -> zstd_safe::SafeResult {
    use zstd_safe::CParameter as P;
    cctx.reset(zstd_safe::ResetDirective::SessionAndParameters)?;
    for p in [
        P::CompressionLevel(LEVEL),
        P::WindowLog(17),
        P::HashLog(15),
        P::ChainLog(14),
        P::SearchLog(1),
        P::MinMatch(5),
        P::Strategy(zstd_safe::Strategy::ZSTD_dfast),
        P::DictIdFlag(false),
    ] {
        cctx.set_parameter(p)?;
    }
    cctx.load_dictionary(&d.bytes)
}

impl std::fmt::Debug for Records {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let bytes = self.dictionary.as_ref().map_or(0, |d| d.bytes.len());
        write!(f, "Records {{ dictionary: {bytes} bytes }}")
    }
}

thread_local! {
    /// A compression and a decompression context per thread, made once: zstd's contexts are
    /// costly to make and free to reuse.
    /// The compression context keeps the dictionary it was last given (by id: 0 for none).
    static CONTEXTS: RefCell<(zstd_safe::CCtx<'static>, u64, zstd_safe::DCtx<'static>)> =
        RefCell::new((zstd_safe::CCtx::create(), 0, zstd_safe::DCtx::create()));
}

impl Records {
    /// Records with `dictionary` (as [`Records::to_bytes`] gave it); none when it is empty.
    pub fn from_bytes(dictionary: tantivy::directory::OwnedBytes) -> Records {
        if dictionary.is_empty() {
            return Records::default();
        }
        Records {
            dictionary: Some(Arc::new(Dictionary {
                id: dictionary_id(),
                decompress: zstd_safe::DDict::create(&dictionary),
                bytes: dictionary,
            })),
        }
    }

    /// The dictionary's bytes (empty when there is none).
    pub fn to_bytes(&self) -> &[u8] {
        self.dictionary.as_ref().map_or(&[], |d| &d.bytes)
    }

    /// Learns a dictionary from `samples` (records packed without one); `None` when they are
    /// too few or too small to learn from.
    pub fn learn<'a>(samples: impl IntoIterator<Item = &'a [u8]>) -> Option<Records> {
        let mut text = Vec::new();
        let mut sizes = Vec::new();
        for sample in samples {
            text.extend_from_slice(sample);
            sizes.push(sample.len());
        }
        // zstd needs some hundreds of samples and many times the dictionary's size of text;
        // below that a dictionary is worth little anyway.
        if sizes.len() < 32 || text.len() < 4 * DICTIONARY_BYTES {
            return None;
        }
        let mut dictionary = train(&text, &sizes, DICTIONARY_BYTES)?;
        // No dictionary ID: an index has one dictionary, and frames that name none are 4 bytes
        // shorter (zstd writes a dictionary's ID into every frame compressed with it).
        dictionary[4..8].fill(0);
        Some(Records::from_bytes(tantivy::directory::OwnedBytes::new(
            dictionary,
        )))
    }

    /// The records of `index`: with the dictionary it was given, if any.
    pub fn load(index: &Index) -> Result<Option<Records>> {
        let path = std::path::Path::new(DICTIONARY_FILE);
        match index.directory().atomic_read(path) {
            Ok(bytes) => Ok(Some(Records::from_bytes(
                tantivy::directory::OwnedBytes::new(bytes),
            ))),
            Err(tantivy::directory::error::OpenReadError::FileDoesNotExist(_)) => Ok(None),
            Err(e) => Err(e).context("reading the index's record dictionary"),
        }
    }

    /// Gives the index in directory `dir` these records' dictionary. It is written beside
    /// tantivy's files, not through its directory, which would count it among its own and
    /// delete it as unused at the next commit.
    pub fn save(&self, dir: &std::path::Path) -> Result<()> {
        let path = dir.join(DICTIONARY_FILE);
        let tmp = dir.join(format!("{DICTIONARY_FILE}.tmp"));
        std::fs::write(&tmp, self.to_bytes())
            .and_then(|()| std::fs::rename(&tmp, &path))
            .with_context(|| format!("writing {}", path.display()))
    }

    /// The record of `article`: its stored fields, compressed.
    pub fn pack(&self, article: &Article) -> Vec<u8> {
        let plain = serialize(article);
        let mut out = Vec::with_capacity(zstd_safe::compress_bound(plain.len()) + 1);
        out.push(match self.dictionary {
            Some(_) => WITH_DICTIONARY,
            None => PLAIN,
        });
        // zstd writes after the first byte.
        let mut frame = std::io::Cursor::new(&mut out);
        frame.set_position(1);
        CONTEXTS.with_borrow_mut(|(cctx, loaded, _)| {
            let written = match &self.dictionary {
                Some(d) => {
                    if *loaded != d.id {
                        *loaded = 0;
                        load(cctx, d)
                            .map_err(zstd_safe::get_error_name)
                            .expect("zstd takes a dictionary");
                        *loaded = d.id;
                    }
                    cctx.compress2(&mut frame, &plain)
                }
                None => {
                    if *loaded != 0 {
                        cctx.reset(zstd_safe::ResetDirective::SessionAndParameters)
                            .map_err(zstd_safe::get_error_name)
                            .expect("zstd resets a context");
                        *loaded = 0;
                    }
                    cctx.compress(&mut frame, &plain, LEVEL)
                }
            };
            // The buffer holds zstd's bound for the input, so compression cannot run out of
            // room; any other failure is a bug in how zstd is called.
            written
                .map_err(zstd_safe::get_error_name)
                .expect("zstd compresses a record");
        });
        out
    }

    /// The article `record` holds (as [`Records::pack`] made it).
    pub fn unpack(&self, record: &[u8]) -> Result<Article> {
        let damaged =
            || "a stored article is damaged; rebuild the index (kzsearch index --rebuild)";
        let (&how, frame) = record.split_first().with_context(damaged)?;
        let size = zstd_safe::get_frame_content_size(frame)
            .ok()
            .flatten()
            .and_then(|n| usize::try_from(n).ok())
            .with_context(damaged)?;
        let mut plain = Vec::with_capacity(size);
        CONTEXTS.with_borrow_mut(|(_, _, dctx)| {
            match (how, &self.dictionary) {
                (PLAIN, _) => dctx.decompress(&mut plain, frame),
                (WITH_DICTIONARY, Some(d)) => {
                    dctx.decompress_using_ddict(&mut plain, frame, &d.decompress)
                }
                _ => bail!("{}", damaged()),
            }
            .map_err(|code| anyhow::anyhow!("{} ({})", damaged(), zstd_safe::get_error_name(code)))
        })?;
        deserialize(&plain).with_context(damaged)
    }
}

/// Trains a dictionary of at most `capacity` bytes on `text`, the concatenated samples of
/// `sizes`, with zstd's fast COVER trainer at fixed parameters: the safe wrapper
/// (`ZDICT_trainFromBuffer`) tries many, which took 35-90 ms on a thousand Reuters articles
/// against 5 ms for a dictionary as good (records at 0.439 of the text either way).
fn train(text: &[u8], sizes: &[usize], capacity: usize) -> Option<Vec<u8>> {
    let params = zstd_sys::ZDICT_fastCover_params_t {
        k: 200,
        d: 8,
        f: 16,
        steps: 0,
        nbThreads: 0,
        splitPoint: 0.0,
        accel: 10,
        shrinkDict: 0,
        shrinkDictMaxRegression: 0,
        zParams: zstd_sys::ZDICT_params_t {
            compressionLevel: LEVEL,
            notificationLevel: 0,
            dictID: 0,
        },
    };
    let mut dictionary = vec![0u8; capacity];
    let count = u32::try_from(sizes.len()).ok()?;
    debug_assert_eq!(sizes.iter().sum::<usize>(), text.len());
    // SAFETY: `dictionary` is a writable buffer of `capacity` bytes; `text` holds exactly the
    // bytes that `sizes` (`count` entries) adds up to; zstd reads only those and writes at most
    // `capacity` bytes, returning how many or an error code.
    let written = unsafe {
        zstd_sys::ZDICT_trainFromBuffer_fastCover(
            dictionary.as_mut_ptr().cast(),
            capacity,
            text.as_ptr().cast(),
            sizes.as_ptr(),
            count,
            params,
        )
    };
    // SAFETY: ZDICT_isError only inspects the returned code.
    if unsafe { zstd_sys::ZDICT_isError(written) } != 0 || written > capacity {
        return None;
    }
    dictionary.truncate(written);
    Some(dictionary)
}

/// A record's stored fields, before compression: each string as its length (LEB128) and
/// bytes, an absent one as 0 and a present one as its length plus one; then the date key (0
/// when undated), the conventions, and the people and bodies as lists of names.
fn serialize(article: &Article) -> Vec<u8> {
    let mut out = Vec::with_capacity(article.body.len() + 256);
    put_str(&mut out, &article.id);
    put_str(&mut out, &article.path);
    put_optional(&mut out, article.title.as_deref());
    put_str(&mut out, &article.body);
    put_optional(&mut out, article.source.as_deref());
    put_optional(&mut out, article.lang.as_deref());
    put_optional(&mut out, article.url.as_deref());
    put_number(&mut out, article.date.map_or(0, date::to_key));
    let entities = &article.entities;
    put_number(&mut out, entities.conventions.len() as u64);
    for &number in &entities.conventions {
        put_number(&mut out, u64::from(number));
    }
    for list in [&entities.people, &entities.organizations] {
        put_number(&mut out, list.len() as u64);
        for entity in list {
            put_number(&mut out, entity.mentions.len() as u64);
            put_str(&mut out, &entity.name);
            for mention in &entity.mentions {
                put_str(&mut out, mention);
            }
        }
    }
    out
}

fn deserialize(bytes: &[u8]) -> Option<Article> {
    let mut r = Reader { bytes };
    let id = r.string()?;
    let path = r.string()?;
    let title = r.optional()?;
    let body = r.string()?;
    let source = r.optional()?;
    let lang = r.optional()?;
    let url = r.optional()?;
    let date = match r.number()? {
        0 => None,
        key => Some(date::from_key(key)?),
    };
    let conventions = (0..r.number()?)
        .map(|_| r.number().and_then(|n| u32::try_from(n).ok()))
        .collect::<Option<Vec<u32>>>()?;
    let mut lists = [Vec::new(), Vec::new()];
    for list in &mut lists {
        for _ in 0..r.number()? {
            let mentions = r.number()?;
            let name = r.string()?;
            let mentions = (0..mentions)
                .map(|_| r.string())
                .collect::<Option<Vec<String>>>()?;
            list.push(Entity { name, mentions });
        }
    }
    let [people, organizations] = lists;
    r.bytes.is_empty().then_some(Article {
        id,
        path,
        title,
        date,
        source,
        body,
        url,
        lang,
        entities: Entities {
            people,
            organizations,
            conventions,
        },
        ..Article::default()
    })
}

fn put_number(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_number(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn put_optional(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => put_number(out, 0),
        Some(s) => {
            put_number(out, s.len() as u64 + 1);
            out.extend_from_slice(s.as_bytes());
        }
    }
}

/// Reads what [`serialize`] wrote; `None` at anything it could not have written.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn number(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn take(&mut self, len: u64) -> Option<String> {
        let len = usize::try_from(len).ok()?;
        if len > self.bytes.len() {
            return None;
        }
        let (text, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        String::from_utf8(text.to_vec()).ok()
    }

    fn string(&mut self) -> Option<String> {
        let len = self.number()?;
        self.take(len)
    }

    fn optional(&mut self) -> Option<Option<String>> {
        match self.number()? {
            0 => Some(None),
            len => self.take(len - 1).map(Some),
        }
    }
}

/// The bytes a dictionary is learnt from: an article's record before compression.
pub fn sample(article: &Article) -> Vec<u8> {
    serialize(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(i: usize) -> Article {
        Article {
            id: format!("wire-{i}"),
            path: format!("/data/wire.jsonl:{i}"),
            title: (!i.is_multiple_of(3)).then(|| format!("Unions and employers meet, round {i}")),
            date: date::ymd(2024, 1 + (i % 12) as i64, 1 + (i % 28) as i64),
            source: i.is_multiple_of(2).then(|| "Kazinform".to_string()),
            body: format!(
                "ASTANA. KAZINFORM – The tripartite commission on social partnership met for \
                 the {i}th time. Minister Svetlana Zhakupova said the ILO Convention No. 87 \
                 on freedom of association was discussed, with Қазақстан's trade unions."
            ),
            lang: Some("en".into()),
            url: i
                .is_multiple_of(5)
                .then(|| format!("https://example.kz/{i}")),
            entities: Entities {
                people: vec![Entity {
                    name: "Svetlana Zhakupova".into(),
                    mentions: vec!["Svetlana Zhakupova".into(), "S.Zhakupova".into()],
                }],
                organizations: vec![Entity {
                    name: "International Labour Organization".into(),
                    mentions: vec!["ILO".into()],
                }],
                conventions: vec![87, u32::MAX],
            },
            ..Article::default()
        }
    }

    #[test]
    fn articles_round_trip_with_and_without_a_dictionary() {
        let articles: Vec<Article> = (0..400).map(article).collect();
        let samples: Vec<Vec<u8>> = articles.iter().map(sample).collect();
        let learnt = Records::learn(samples.iter().map(Vec::as_slice)).expect("a dictionary");
        assert!(!learnt.to_bytes().is_empty());
        for records in [Records::default(), learnt.clone()] {
            for a in &articles {
                assert_eq!(&records.unpack(&records.pack(a)).unwrap(), a);
            }
        }
        // The dictionary pays: records are smaller with it.
        let size = |r: &Records| articles.iter().map(|a| r.pack(a).len()).sum::<usize>();
        assert!(size(&learnt) < size(&Records::default()) / 2);
        // Records written before the index had a dictionary stay readable after.
        let plain = Records::default().pack(&articles[7]);
        assert_eq!(learnt.unpack(&plain).unwrap(), articles[7]);
        // A dictionary survives being saved as bytes.
        let again = Records::from_bytes(tantivy::directory::OwnedBytes::new(
            learnt.to_bytes().to_vec(),
        ));
        assert_eq!(
            again.unpack(&learnt.pack(&articles[3])).unwrap(),
            articles[3]
        );
    }

    #[test]
    fn too_little_text_learns_no_dictionary() {
        let samples: Vec<Vec<u8>> = (0..5).map(|i| sample(&article(i))).collect();
        assert!(Records::learn(samples.iter().map(Vec::as_slice)).is_none());
    }

    #[test]
    fn a_damaged_record_is_an_error_not_a_panic() {
        let records = Records::default();
        let mut record = records.pack(&article(1));
        assert!(records.unpack(&[]).is_err());
        assert!(records.unpack(&record[..record.len() / 2]).is_err());
        // Compressed with a dictionary the index does not have.
        record[0] = WITH_DICTIONARY;
        assert!(records.unpack(&record).is_err());
        record[0] = 9;
        assert!(records.unpack(&record).is_err());
        // Garbage after the fields, or fields cut short, inside a valid frame.
        let mut long = serialize(&article(1));
        long.push(0);
        let mut frame = Vec::with_capacity(zstd_safe::compress_bound(long.len()));
        zstd_safe::CCtx::create()
            .compress(&mut frame, &long, LEVEL)
            .map_err(zstd_safe::get_error_name)
            .unwrap();
        frame.insert(0, PLAIN);
        assert!(records.unpack(&frame).is_err());
        assert!(deserialize(&serialize(&article(1))[..40]).is_none());
    }
}
