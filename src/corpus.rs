//! Input files: which paths to read, in what order, and how each becomes articles or a reported
//! skip. Nothing is dropped silently: every file found is either read into articles or listed
//! with the reason it was not.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::article::{self, Article};

/// A file to read, with the root it was found under (for its article id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: PathBuf,
    pub root: PathBuf,
}

/// A path that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// The input formats kzsearch reads, chosen by extension (after an optional `.gz`) and, for a
/// file without a known extension, by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Jsonl,
    Json,
    Html,
    Markdown,
}

impl Format {
    /// The format a path's name gives (after an optional `.gz`), if it gives one.
    pub fn of_name(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        let inner = name.strip_suffix(".gz").unwrap_or(&name);
        Format::from_extension(inner.rsplit_once('.')?.1)
    }

    fn from_extension(extension: &str) -> Option<Format> {
        Some(match extension {
            "txt" | "text" => Format::Text,
            "jsonl" | "ndjson" => Format::Jsonl,
            "json" => Format::Json,
            "html" | "htm" | "xhtml" => Format::Html,
            "md" | "markdown" => Format::Markdown,
            _ => return None,
        })
    }

    /// What the first bytes of a file say it is.
    fn sniff(head: &[u8]) -> Format {
        let start = String::from_utf8_lossy(&head[..head.len().min(512)])
            .trim_start()
            .to_lowercase();
        let start = start.strip_prefix('\u{feff}').unwrap_or(&start);
        if start.starts_with("<!doctype html")
            || start.starts_with("<html")
            || start.starts_with("<?xml")
        {
            Format::Html
        } else if start.starts_with('{') {
            Format::Jsonl
        } else if start.starts_with("---\n") || start.starts_with("# ") {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// The largest single article (a text, HTML or Markdown file, or one JSON line) read; bigger
/// inputs are reported, not indexed: no news article is this long, and reading one whole would
/// hold it in memory.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// The extensions kzsearch reads, for messages.
const EXTENSIONS: &str = ".txt, .json, .jsonl, .ndjson, .html, .htm, .md, and any of them .gz";

/// The largest `.json` file read: it is parsed whole (an array of articles is one value), so
/// bigger collections belong in JSON Lines, which is streamed.
const MAX_JSON_BYTES: u64 = 256 * 1024 * 1024;

/// Expands the command-line paths into input files: folders are walked recursively in sorted
/// order; hidden entries (`.git`, `.DS_Store`) are skipped and reported like any other skip.
/// A folder reached twice (through a symbolic link to itself or an ancestor) is reported and not
/// walked again, and so is a file reached by two paths.
pub fn walk(paths: &[PathBuf]) -> (Vec<Input>, Vec<Skip>) {
    let mut walker = Walker::default();
    for root in paths {
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => {
                if walker.first_visit(root, &meta) {
                    walker.dir(root, root);
                }
            }
            Ok(meta) => {
                if walker.first_visit(root, &meta) {
                    walker.inputs.push(Input {
                        path: root.clone(),
                        root: root.clone(),
                    });
                }
            }
            Err(e) => walker.skips.push(Skip {
                path: root.clone(),
                reason: io_reason(&e),
            }),
        }
    }
    (walker.inputs, walker.skips)
}

#[derive(Default)]
struct Walker {
    inputs: Vec<Input>,
    skips: Vec<Skip>,
    /// (device, inode) of every folder and file reached, with the path it was first reached by.
    seen: std::collections::HashMap<(u64, u64), PathBuf>,
}

impl Walker {
    /// Records `path`; false (and a skip) when the same folder or file was already reached.
    fn first_visit(&mut self, path: &Path, meta: &fs::Metadata) -> bool {
        use std::os::unix::fs::MetadataExt;
        let Some(first) = self.seen.get(&(meta.dev(), meta.ino())) else {
            self.seen
                .insert((meta.dev(), meta.ino()), path.to_path_buf());
            return true;
        };
        let reason = if meta.is_dir() {
            format!(
                "symbolic link loop or repeated folder: already walked as {}",
                first.display()
            )
        } else {
            format!("same file as {}, already read", first.display())
        };
        self.skips.push(Skip {
            path: path.to_path_buf(),
            reason,
        });
        false
    }

    fn dir(&mut self, root: &Path, dir: &Path) {
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.skips.push(Skip {
                    path: dir.to_path_buf(),
                    reason: io_reason(&e),
                });
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            match fs::metadata(&path) {
                Err(e) => self.skips.push(Skip {
                    path,
                    reason: io_reason(&e),
                }),
                Ok(_) if hidden => self.skips.push(Skip {
                    path,
                    reason: "hidden file or folder".into(),
                }),
                Ok(meta) if meta.is_dir() => {
                    if self.first_visit(&path, &meta) {
                        self.dir(root, &path);
                    }
                }
                Ok(meta) if !meta.is_file() => self.skips.push(Skip {
                    path,
                    reason: "not a regular file (a device, socket or pipe)".into(),
                }),
                Ok(meta) => {
                    if self.first_visit(&path, &meta) {
                        self.inputs.push(Input {
                            path,
                            root: root.to_path_buf(),
                        });
                    }
                }
            }
        }
    }
}

pub(crate) fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        // ELOOP: a symbolic link that points (through others) back at itself.
        _ if error.raw_os_error() == Some(40) => "symbolic link loop".into(),
        _ => error.to_string(),
    }
}

/// What reading one input produced besides its articles.
#[derive(Debug, Default)]
pub struct FileReport {
    /// Articles handed to the sink.
    pub articles: usize,
    /// Problems that did not stop the file from being read (invalid UTF-8 replaced, a date
    /// that could not be read).
    pub warnings: Vec<String>,
    /// Records of a many-article file that could not be read ("line 5: not a JSON article").
    pub rejected: Vec<String>,
}

impl FileReport {
    /// One record of a many-article file: its article to `sink`, or its reason to `rejected`.
    fn take(
        &mut self,
        record: Result<(Article, Vec<String>), String>,
        sink: &mut dyn FnMut(Article),
    ) {
        match record {
            Ok((article, warnings)) => {
                self.warnings.extend(warnings);
                self.articles += 1;
                sink(article);
            }
            Err(reason) => self.rejected.push(reason),
        }
    }

    /// The report of a many-article file, or why none of its `records` ("line(s)") could be
    /// read; `empty` when it had none.
    fn some_read(self, records: &str, empty: &str) -> Result<FileReport, String> {
        if self.articles > 0 {
            return Ok(self);
        }
        Err(match self.rejected.first() {
            Some(first) => format!(
                "no readable JSON article ({} {records} rejected, first: {first})",
                self.rejected.len()
            ),
            None => empty.into(),
        })
    }
}

/// Reads one input file, handing each article to `sink`; or says why the file cannot be read.
/// JSON Lines files are streamed, so a large file is never held whole in memory.
pub fn read(input: &Input, sink: &mut dyn FnMut(Article)) -> Result<FileReport, String> {
    read_counted(input, &AtomicU64::new(0), sink)
}

/// [`read`], adding the bytes taken from the file (as stored: compressed, for gzip) to `done`
/// as it reads, for a progress bar over a large file.
pub fn read_counted(
    input: &Input,
    done: &AtomicU64,
    sink: &mut dyn FnMut(Article),
) -> Result<FileReport, String> {
    // Every article leaves with its language: as the input gives it, or detected.
    let mut sink = |mut article: Article| {
        article.compose();
        article.lang = Some(match &article.lang {
            Some(given) => article::lang::normalize(given),
            None => {
                let title = article.title.as_deref().unwrap_or("");
                let text = title.chars().chain([' ']).chain(article.body.chars());
                article::lang::detect_chars(text).to_string()
            }
        });
        sink(article)
    };
    let sink: &mut dyn FnMut(Article) = &mut sink;
    let path = &input.path;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (inner, gzipped) = match name.strip_suffix(".gz") {
        Some(inner) => (inner.to_string(), true),
        None => (name.clone(), false),
    };
    let extension = inner
        .rsplit_once('.')
        .map(|(_, e)| e.to_string())
        .unwrap_or_default();
    let known = Format::from_extension(&extension);
    if known.is_none()
        && !extension.is_empty()
        && !inner.starts_with('.')
        && extension.chars().all(|c| c.is_ascii_alphanumeric())
        && extension.len() <= 5
    {
        return Err(format!(
            "unsupported file type (.{extension}); kzsearch reads {EXTENSIONS}"
        ));
    }
    let file = Counted {
        inner: fs::File::open(path).map_err(|e| io_reason(&e))?,
        done,
    };
    let raw: Box<dyn std::io::Read> = if gzipped {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut reader: Box<dyn std::io::BufRead> =
        Box::new(std::io::BufReader::with_capacity(1 << 16, raw));
    let mut head = std::io::BufRead::fill_buf(&mut reader)
        .map_err(|e| format!("cannot read: {}", read_error(&e, gzipped)))?
        .to_vec();
    if head.is_empty() {
        return Err("empty file".into());
    }
    // (Said before anything the format's reader finds.)
    let mut early_warnings = Vec::new();
    if let Some((encoding, guessed)) = utf16(&head) {
        // UTF-16 is read as the UTF-8 everything after this expects, streamed.
        if guessed {
            early_warnings.push(format!(
                "no byte-order mark: read as {} from where its NUL bytes fall; save it as UTF-8 to be sure",
                encoding.name()
            ));
        }
        let utf8 = encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(Some(encoding))
            .bom_override(true)
            .build(reader);
        reader = Box::new(std::io::BufReader::with_capacity(1 << 16, utf8));
        head = std::io::BufRead::fill_buf(&mut reader)
            .map_err(|e| format!("cannot read: {}", read_error(&e, gzipped)))?
            .to_vec();
    } else if head.iter().take(8192).any(|&b| b == 0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    let mut format = known.unwrap_or_else(|| Format::sniff(&head));
    if format == Format::Text && Format::sniff(&head) == Format::Html {
        format = Format::Html;
    }
    let id = article::id_for(&input.root, path);
    let shown = path.display().to_string();
    let mut report = FileReport {
        warnings: early_warnings,
        ..FileReport::default()
    };
    if format == Format::Jsonl {
        return read_jsonl(reader, &id, &shown, gzipped, report, sink);
    }
    let limit = if format == Format::Json {
        MAX_JSON_BYTES
    } else {
        MAX_ARTICLE_BYTES
    };
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(reader, limit + 1), &mut bytes)
        .map_err(|e| format!("cannot read: {}", read_error(&e, gzipped)))?;
    if bytes.len() as u64 > limit {
        return Err(match format {
            Format::Json => format!(
                "too large for a JSON file (over {} MiB); give its articles as JSON Lines (.jsonl), one per line",
                limit >> 20
            ),
            _ => format!(
                "too large for one article (over {} MiB); split it, or give its articles as JSON Lines",
                limit >> 20
            ),
        });
    }
    let text = decode_document(bytes, format, &mut report.warnings);
    if format == Format::Json {
        return read_json(&text, &id, &shown, report, sink);
    }
    let article = match format {
        Format::Html => article::html::parse(id, shown, &text),
        Format::Markdown => article::markdown::parse(id, shown, &text),
        _ => article::text::parse(id, shown, &text),
    };
    if article.title.is_none() && article.body.trim().is_empty() {
        return Err("no article text (only navigation, menus or dates)".into());
    }
    // (A page's <title> is no story: an app's shell or an empty template has one.)
    if format == Format::Html && article.body.trim().is_empty() {
        return Err("no article text (a page title and nothing under it)".into());
    }
    sink(article);
    report.articles = 1;
    Ok(report)
}

fn read_jsonl(
    mut reader: impl std::io::BufRead,
    file_id: &str,
    path: &str,
    gzipped: bool,
    mut report: FileReport,
    sink: &mut dyn FnMut(Article),
) -> Result<FileReport, String> {
    use std::io::{BufRead, Read};
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        line.clear();
        let read = (&mut reader)
            .take(MAX_ARTICLE_BYTES + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| {
                format!(
                    "cannot read after line {number}: {}",
                    read_error(&e, gzipped)
                )
            })?;
        if read == 0 {
            break;
        }
        number += 1;
        if line.len() as u64 > MAX_ARTICLE_BYTES && line.last() != Some(&b'\n') {
            // Skip the rest of the over-long line without holding it.
            let mut rest = Vec::new();
            loop {
                rest.clear();
                let n = (&mut reader)
                    .take(1 << 20)
                    .read_until(b'\n', &mut rest)
                    .map_err(|e| {
                        format!("cannot read line {number}: {}", read_error(&e, gzipped))
                    })?;
                if n == 0 || rest.last() == Some(&b'\n') {
                    break;
                }
            }
            report.rejected.push(format!(
                "line {number}: longer than {} MiB; not an article",
                MAX_ARTICLE_BYTES >> 20
            ));
            continue;
        }
        let mut warnings = Vec::new();
        let mut text = decode(std::mem::take(&mut line), &mut warnings);
        // (A byte-order mark, which Windows editors write, is no part of the first record.)
        if number == 1 && text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        for w in warnings {
            report.warnings.push(format!("line {number}: {w}"));
        }
        if text.trim().is_empty() {
            continue;
        }
        report.take(
            article::jsonl::parse_line(file_id, path, number, &text),
            sink,
        );
    }
    report.some_read("line(s)", "no article text")
}

/// A `.json` file: one article (an object), or an array of them, each reported by its place
/// when it cannot be read. A file of JSON Lines saved as `.json` is read as JSON Lines.
fn read_json(
    text: &str,
    file_id: &str,
    path: &str,
    mut report: FileReport,
    sink: &mut dyn FnMut(Article),
) -> Result<FileReport, String> {
    use article::jsonl::{Place, parse_value};
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        // Several values, one per line: JSON Lines under another name.
        Err(e) if e.to_string().starts_with("trailing characters") && e.line() > 1 => {
            return read_jsonl(text.as_bytes(), file_id, path, false, report, sink);
        }
        Err(e) => {
            return Err(format!(
                "not valid JSON at line {} column {} ({}); a .json file holds one article object or an array of them",
                e.line(),
                e.column(),
                e.to_string().split(" at line ").next().unwrap_or_default()
            ));
        }
    };
    let value = article::jsonl::unwrap_envelope(value);
    let serde_json::Value::Array(items) = value else {
        let (article, warnings) = parse_value(file_id, path, Place::Whole, value)?;
        report.warnings.extend(warnings);
        report.articles = 1;
        sink(article);
        return Ok(report);
    };
    for (n, item) in items.into_iter().enumerate() {
        report.take(parse_value(file_id, path, Place::Item(n + 1), item), sink);
    }
    report.some_read("item(s)", "an empty array: no article")
}

fn read_error(error: &std::io::Error, gzipped: bool) -> String {
    if gzipped
        && matches!(
            error.kind(),
            std::io::ErrorKind::InvalidInput
                | std::io::ErrorKind::InvalidData
                | std::io::ErrorKind::UnexpectedEof
        )
    {
        format!("not valid gzip data ({error})")
    } else {
        io_reason(error)
    }
}

/// The text of a whole document (a page, a note) in whatever encoding it was saved in: the one
/// its byte-order mark names (UTF-8; UTF-16 was transcoded as the file was opened); UTF-8 if it is valid UTF-8, or mostly so (a few
/// broken sequences are replaced, as [`decode`] does); otherwise the one its HTML declares
/// (`<meta charset>`), or else the one its bytes suggest (chardetng, Firefox's detector: a
/// Russian page saved as Windows-1251 or KOI8-R, a Latin-1 one). A legacy encoding is said in a
/// warning, since it was guessed or declared rather than known.
fn decode_document(bytes: Vec<u8>, format: Format, warnings: &mut Vec<String>) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        let (text, broken) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if broken {
            warnings.push(format!(
                "invalid {}: byte sequence(s) replaced with U+FFFD",
                encoding.name()
            ));
        }
        return text.into_owned();
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return text,
        Err(e) if mostly_utf8(e.as_bytes()) => return decode(e.into_bytes(), warnings),
        Err(e) => e.into_bytes(),
    };
    let declared = (format == Format::Html)
        .then(|| declared_charset(&bytes))
        .flatten()
        .filter(|e| *e != encoding_rs::UTF_8);
    let (encoding, how) = match declared {
        Some(e) => (e, "as its markup declares"),
        None => {
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(&bytes, true);
            (detector.guess(None, false), "as guessed from its bytes")
        }
    };
    let (text, broken) = encoding.decode_without_bom_handling(&bytes);
    warnings.push(format!(
        "not UTF-8: read as {} {how}{}; save it as UTF-8 to be sure",
        encoding.name(),
        if broken {
            ", with unreadable bytes replaced"
        } else {
            ""
        }
    ));
    text.into_owned()
}

/// The UTF-16 encoding of text that starts with `head`: from its byte-order mark, or without
/// one from where its NUL bytes fall (each ASCII character, space and digit of UTF-16LE text is
/// followed by a NUL, of UTF-16BE text preceded by one; a binary file has them anywhere), the
/// second value then `true`.
fn utf16(head: &[u8]) -> Option<(&'static encoding_rs::Encoding, bool)> {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(head) {
        return (encoding != encoding_rs::UTF_8).then_some((encoding, false));
    }
    let sample = &head[..head.len().min(8192) & !1];
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let encoding = match (even, odd) {
        (0, n) if n >= 4 => encoding_rs::UTF_16LE,
        (n, 0) if n >= 4 => encoding_rs::UTF_16BE,
        _ => return None,
    };
    // Text decodes without broken units or control characters but line ends and tabs.
    let (text, broken) = encoding.decode_without_bom_handling(sample);
    let plain = text
        .chars()
        .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'));
    (!broken && plain).then_some((encoding, true))
}

/// Is `bytes`, which is not valid UTF-8, UTF-8 all the same but for a few broken sequences: more
/// well-formed multi-byte characters than broken sequences?
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut characters, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        characters += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    characters > broken
}

/// The encoding an HTML page declares in its first kilobytes (`<meta charset="…">` or
/// `content="text/html; charset=…"`).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// UTF-8 text, with invalid sequences replaced and counted in a warning.
fn decode(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let replaced = text.matches('\u{fffd}').count();
            warnings.push(format!(
                "invalid UTF-8: {replaced} byte sequence(s) replaced with U+FFFD"
            ));
            text
        }
    }
}

/// A reader that adds what it reads to a counter.
struct Counted<'a, R> {
    inner: R,
    done: &'a AtomicU64,
}

impl<R: std::io::Read> std::io::Read for Counted<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.done.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Reads one input into a list of articles (convenient where the articles are few).
pub fn read_all(input: &Input) -> Result<(Vec<Article>, FileReport), String> {
    let mut articles = Vec::new();
    let report = read(input, &mut |a| articles.push(a))?;
    Ok((articles, report))
}

/// The bodies of the first `n` articles of `../shared/corpora/CORPUS/articles.jsonl.gz`, as the
/// indexer stores them: real news for unit tests that check a rule over many texts.
#[cfg(test)]
pub(crate) fn sample_bodies(corpus: &str, n: usize) -> Vec<String> {
    use std::io::BufRead;
    let path = format!("../shared/corpora/{corpus}/articles.jsonl.gz");
    let file = fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file))
        .lines()
        .take(n)
        .enumerate()
        .filter_map(|(i, line)| {
            article::jsonl::parse_line(corpus, &path, i + 1, &line.unwrap()).ok()
        })
        .map(|(article, _)| article.body)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_told_by_its_mark_or_by_where_its_nuls_fall() {
        let le: Vec<u8> = "Wage talks, 2024\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(utf16(&le), Some((encoding_rs::UTF_16LE, true)));
        let be: Vec<u8> = "Заработная плата 2024\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16(&be), Some((encoding_rs::UTF_16BE, true)));
        assert_eq!(
            utf16(b"\xff\xfeW\x00"),
            Some((encoding_rs::UTF_16LE, false))
        );
        assert_eq!(utf16(b"\xef\xbb\xbfWages"), None);
        assert_eq!(utf16(b"Wages"), None);
        // NULs on both sides, or control characters between them: binary, not text.
        let counters: Vec<u8> = (0..64u32).flat_map(u32::to_le_bytes).collect();
        assert_eq!(utf16(&counters), None);
        let controls: Vec<u8> = (1..32u16).flat_map(u16::to_le_bytes).collect();
        assert_eq!(utf16(&controls), None);
    }

    #[test]
    fn utf8_with_a_broken_byte_stays_utf8_and_a_legacy_page_is_decoded() {
        let mut warnings = Vec::new();
        let mut bytes = "Министр провела встречу с профсоюзами".as_bytes().to_vec();
        bytes.insert(14, 0xff);
        let text = decode_document(bytes, Format::Text, &mut warnings);
        assert!(text.starts_with("Министр"), "{text}");
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].starts_with("invalid UTF-8: 1 byte"),
            "{warnings:?}"
        );
        let mut warnings = Vec::new();
        let (koi8, _, _) = encoding_rs::KOI8_R.encode("Министр провела встречу с профсоюзами.");
        let text = decode_document(koi8.into_owned(), Format::Text, &mut warnings);
        assert_eq!(text, "Министр провела встречу с профсоюзами.");
        assert!(warnings[0].contains("KOI8"), "{warnings:?}");
    }

    #[test]
    fn folders_are_walked_in_sorted_order_and_hidden_entries_reported() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("b")).unwrap();
        fs::write(root.join("b/2.txt"), "x").unwrap();
        fs::write(root.join("a.txt"), "x").unwrap();
        fs::write(root.join(".DS_Store"), "x").unwrap();
        let (inputs, skips) = walk(&[root.to_path_buf(), root.join("missing")]);
        let names: Vec<_> = inputs
            .iter()
            .map(|i| i.path.strip_prefix(root).unwrap().to_path_buf())
            .collect();
        assert_eq!(names, [PathBuf::from("a.txt"), PathBuf::from("b/2.txt")]);
        let reasons: Vec<_> = skips.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons, ["hidden file or folder", "no such file or folder"]);
    }

    /// Writes `bytes` to `dir/name` and reads it as an input found under `dir`.
    fn write_and_read(
        dir: &Path,
        name: &str,
        bytes: &[u8],
    ) -> Result<(Vec<Article>, FileReport), String> {
        let path = dir.join(name);
        fs::write(&path, bytes).unwrap();
        read_all(&Input {
            path,
            root: dir.to_path_buf(),
        })
    }

    #[test]
    fn unreadable_kinds_of_file_are_reasons_not_errors() {
        let dir = tempfile::tempdir().unwrap();
        let input = |name: &str, bytes: &[u8]| write_and_read(dir.path(), name, bytes);
        assert_eq!(input("e.txt", b"").unwrap_err(), "empty file");
        assert!(
            input("b.txt", b"ab\0cd")
                .unwrap_err()
                .starts_with("binary file")
        );
        assert!(
            input("x.pdf", b"%PDF")
                .unwrap_err()
                .starts_with("unsupported file type (.pdf)")
        );
        assert!(
            input("n.txt", b"You are here\n\n")
                .unwrap_err()
                .starts_with("no article text")
        );
        let (articles, report) = input("u.txt", b"Title\n\nBody \xff text.").unwrap();
        assert_eq!(report.warnings.len(), 1);
        assert_eq!(articles[0].id, "u");
    }

    #[test]
    fn formats_by_extension_content_and_gzip() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let input = |name: &str, bytes: &[u8]| write_and_read(dir.path(), name, bytes);
        let jsonl = b"{\"id\": \"a\", \"body\": \"One.\"}\nnot json\n\n{\"id\": \"b\", \"title\": \"Two\"}\n";
        let (articles, report) = input("d.jsonl", jsonl).unwrap();
        assert_eq!(
            articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(report.rejected.len(), 1);
        assert!(
            report.rejected[0].starts_with("line 2: not a JSON article"),
            "{:?}",
            report.rejected
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(jsonl).unwrap();
        let (articles, _) = input("d2.jsonl.gz", &gz.finish().unwrap()).unwrap();
        assert_eq!(articles.len(), 2);
        assert!(
            input("bad.jsonl.gz", b"not gzip")
                .unwrap_err()
                .contains("not valid gzip")
        );
        let (articles, _) = input(
            "page",
            b"<!DOCTYPE html><title>A headline here</title><p>Body text.</p>",
        )
        .unwrap();
        assert_eq!(articles[0].body, "Body text.");
        let (articles, _) = input(
            "saved.txt",
            b"<html><body><h1>Headline</h1><p>Body.</p></body></html>",
        )
        .unwrap();
        assert_eq!(articles[0].title.as_deref(), Some("Headline"));
        let (articles, _) = input("n.md", b"# Title\n\nBody.\n").unwrap();
        assert_eq!(articles[0].title.as_deref(), Some("Title"));
        assert!(
            input("all-bad.jsonl", b"[]\n")
                .unwrap_err()
                .starts_with("no readable JSON article")
        );
    }

    #[test]
    fn a_json_file_holds_an_article_an_array_or_json_lines() {
        let dir = tempfile::tempdir().unwrap();
        let input = |name: &str, bytes: &[u8]| write_and_read(dir.path(), name, bytes);
        let pretty = b"{\n  \"title\": \"Wage talks\",\n  \"body\": \"Unions met.\"\n}\n";
        let (articles, _) = input("one.json", pretty).unwrap();
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].id, "one");
        assert_eq!(articles[0].title.as_deref(), Some("Wage talks"));
        let array = b"[{\"id\": \"a\", \"body\": \"One.\"}, 7, {\"body\": \"Three.\"}]";
        let (articles, report) = input("many.json", array).unwrap();
        assert_eq!(
            articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            ["a", "many:3"]
        );
        assert_eq!(
            report.rejected,
            ["item 2: not a JSON article (a number, not an object)"]
        );
        let lines = b"{\"id\": \"a\", \"body\": \"One.\"}\n{\"id\": \"b\", \"body\": \"Two.\"}\n";
        let (articles, _) = input("lines.json", lines).unwrap();
        assert_eq!(articles.len(), 2);
        let err = input("broken.json", b"{\n  \"title\": \"x\",\n  \"body\" 1\n}").unwrap_err();
        assert!(err.starts_with("not valid JSON at line 3 column"), "{err}");
        assert_eq!(
            input("empty.json", b"[]").unwrap_err(),
            "an empty array: no article"
        );
    }
}
