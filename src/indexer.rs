//! The write path: input files → articles → tantivy documents → a committed, published index,
//! with a report that accounts for every input file.
//!
//! A run is incremental: every document records the input file it came from and a hash of that
//! file's bytes, so a later run skips files whose bytes are unchanged, re-reads changed ones
//! (deleting their old articles in the same commit that adds the new ones), and deletes the
//! articles of files that are gone. Work is committed at file boundaries every
//! [`Options::checkpoint`] articles, so a killed run loses at most the files since its last
//! commit, and the next run, finding those files missing or changed, does them.
//!
//! `--rebuild` fills a new generation instead and publishes it only when it is complete; until
//! then the old index stays live.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{Context, Result};
use tantivy::{Index, IndexWriter, Term};

use crate::article::Article;
use crate::corpus::{self, Input, Skip};
use crate::extract;
use crate::record;
use crate::schema::{self, Fields, Origin};
use crate::store::{CommitInfo, Generation, IndexDir, WriteLock};

/// The least memory tantivy's writer accepts for its threads.
const MIN_MEMORY: usize = 64 << 20;

/// Articles read before they are enriched and added in parallel (bounds memory for any input).
const BATCH: usize = 1024;

/// Files at least this large are read on a thread of their own (see [`read_ahead`]).
const READ_AHEAD_BYTES: u64 = 1 << 20;

/// Articles the reading thread hands over at a time, and how many such handfuls may wait.
const READ_AHEAD_BATCH: usize = 256;
const READ_AHEAD_QUEUE: usize = 4;

/// Reads `input`, of `length` bytes, as [`corpus::read`] does, handing its articles to `sink` in
/// order; a large file is read (inflated, parsed) on a thread of its own, a few batches ahead,
/// so that reading the next articles overlaps with enriching and indexing the last ones instead
/// of leaving a core idle in between. Small files are read in place: a thread costs more than
/// they do.
fn read_ahead(
    input: &Input,
    length: u64,
    done: &AtomicU64,
    sink: &mut dyn FnMut(Article),
) -> std::result::Result<corpus::FileReport, String> {
    if length < READ_AHEAD_BYTES {
        return corpus::read_counted(input, done, sink);
    }
    std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Article>>(READ_AHEAD_QUEUE);
        let reader = scope.spawn(move || {
            let mut batch = Vec::with_capacity(READ_AHEAD_BATCH);
            let report = corpus::read_counted(input, done, &mut |article| {
                batch.push(article);
                if batch.len() == READ_AHEAD_BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(READ_AHEAD_BATCH));
                    // The receiving end lives until this thread is joined.
                    let _ = sender.send(full);
                }
            });
            if !batch.is_empty() {
                let _ = sender.send(batch);
            }
            report
        });
        for batch in receiver {
            batch.into_iter().for_each(&mut *sink);
        }
        reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Enriches the pending articles on every core and hands them to the writer; returns the
/// articles whose extraction failed (indexed without entities), by file. The first articles of
/// a new index teach it the dictionary its records are compressed with.
fn flush(
    pending: &mut Vec<(Article, Arc<str>, u64)>,
    writer: &IndexWriter,
    fields: &Fields,
    dir: &Path,
) -> Result<Vec<Skip>> {
    use rayon::prelude::*;
    let failed = std::sync::Mutex::new(Vec::new());
    let enrich = |article: &mut Article, file: &Arc<str>| {
        if let Err(reason) = extract::enrich(article) {
            let skip = Skip {
                path: PathBuf::from(&**file),
                reason: format!("{reason}; indexed without them"),
            };
            failed.lock().unwrap_or_else(|e| e.into_inner()).push(skip);
        }
    };
    let mut enriched = false;
    if !fields.has_record_dictionary() && !pending.is_empty() {
        // Learnt on one core while the other cores enrich the same articles.
        let samples: Vec<Vec<u8>> = pending.iter().map(|(a, _, _)| record::sample(a)).collect();
        let (learnt, ()) = rayon::join(
            || fields.learn_records(dir, &samples),
            || {
                pending
                    .par_iter_mut()
                    .for_each(|(article, file, _)| enrich(article, file))
            },
        );
        learnt?;
        enriched = true;
    }
    pending
        .par_drain(..)
        .try_for_each(|(mut article, file, hash)| {
            if !enriched {
                enrich(&mut article, &file);
            }
            let origin = Origin { file: &file, hash };
            writer
                .add_document(fields.to_document(&article, origin))
                .map(|_| ())
                .context("adding a document")
        })?;
    Ok(failed.into_inner().unwrap_or_else(|e| e.into_inner()))
}

/// How a run goes.
#[derive(Debug, Clone)]
pub struct Options {
    /// Start over: index exactly `paths` into a fresh index, replacing the old one when done.
    pub rebuild: bool,
    /// Commit after a file once this many articles were added since the last commit.
    pub checkpoint: u64,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// Memory for tantivy's indexing buffers, in bytes (split between its indexing threads).
    pub memory: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            rebuild: false,
            checkpoint: 20_000,
            progress: false,
            memory: 256 << 20,
        }
    }
}

/// The outcome of an indexing run.
#[derive(Debug, Default)]
pub struct Report {
    /// Input files found (including those skipped).
    pub files: usize,
    /// Files read for the first time.
    pub new_files: usize,
    /// Files whose bytes changed since the last run, read again.
    pub changed_files: usize,
    /// Files whose bytes are unchanged (not read again).
    pub unchanged_files: usize,
    /// Files indexed before that are gone (deleted, or no longer under the paths given).
    pub removed_files: usize,
    /// Articles added by this run (from new and changed files).
    pub articles_added: u64,
    /// Articles deleted by this run (old versions of changed files, and removed files).
    pub articles_removed: u64,
    /// Articles in the index after the run.
    pub articles: u64,
    pub skipped: Vec<Skip>,
    /// Records of many-article files that could not be read, with the line and reason.
    pub rejected: Vec<Skip>,
    /// Files indexed despite a problem, with the problem.
    pub warnings: Vec<Skip>,
}

/// Rebuilds the index in `dir` from `paths` (a fresh index holding exactly these files).
pub fn rebuild(dir: &IndexDir, paths: &[PathBuf]) -> Result<Report> {
    run(
        dir,
        paths,
        &Options {
            rebuild: true,
            ..Options::default()
        },
    )
}

/// Brings the index in `dir` up to date with `paths`.
pub fn run(dir: &IndexDir, paths: &[PathBuf], options: &Options) -> Result<Report> {
    run_locked(dir, paths, options).map_err(|e| explain_full_disk(e, dir.root()))
}

/// A failed run on a full disk fails deep inside tantivy's threads, whose error says only
/// that "an index writer was killed": say what happened and what to do.
fn explain_full_disk(error: anyhow::Error, root: &Path) -> anyhow::Error {
    let full = error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind);
        // (tantivy keeps an io::Error inside its own error types, behind an Arc that no
        // downcast reaches; its message still names the kind.)
        kind == Some(std::io::ErrorKind::StorageFull) || format!("{cause}").contains("StorageFull")
    });
    let free = free_bytes(root);
    if !full && free.is_none_or(|f| f >= 16 << 20) {
        return error;
    }
    let free = free
        .map(|f| format!(", {} MiB free", f >> 20))
        .unwrap_or_default();
    error.context(format!(
        "no space left on the device holding {}{free}: free some space and run `kzsearch \
         index` again (the index is as it was at its last commit)",
        root.display()
    ))
}

/// The bytes an unprivileged user may still write on the file system holding `path`.
fn free_bytes(path: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(path.as_os_str().as_bytes()).ok()?;
    let mut stat: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `path` is a NUL-terminated string and `stat` a buffer of the type statvfs fills.
    let ok = unsafe { libc::statvfs(path.as_ptr(), &mut stat) } == 0;
    #[allow(clippy::useless_conversion)] // (u32 on some targets)
    ok.then(|| u64::from(stat.f_bavail).saturating_mul(u64::from(stat.f_frsize)))
}

fn run_locked(dir: &IndexDir, paths: &[PathBuf], options: &Options) -> Result<Report> {
    let lock = dir.lock()?;
    dir.remove_abandoned(&lock)?;
    let existing = if options.rebuild {
        None
    } else {
        dir.current_generation(&lock)?
    };
    let fresh = existing.is_none();
    let (generation, index) = match existing {
        Some(current) => current,
        None => dir.create_generation(&lock)?,
    };
    // A fresh generation that never goes live is removed on the way out (after the writer).
    let mut cleanup = RemoveOnDrop(fresh.then(|| generation.path.clone()));
    let fields = Fields::open(&index)?;
    let known = Manifest::read(&index)?;
    let mut writer: IndexWriter = index
        .writer(options.memory.max(MIN_MEMORY))
        .with_context(|| format!("opening a writer on {}", generation.path.display()))?;
    // Segment files a failed run left in the live generation (a full disk) are no part of its
    // last commit: removed before this run writes more.
    if !fresh {
        writer
            .garbage_collect_files()
            .wait()
            .context("removing files a failed run left")?;
    }

    let (inputs, skipped) = corpus::walk(paths);
    let mut run = Run {
        report: Report {
            files: inputs.len() + skipped.len(),
            skipped,
            ..Report::default()
        },
        articles: known.articles(),
        known,
        fields: &fields,
        writer: &mut writer,
        since_commit: 0,
        pending: Vec::with_capacity(BATCH),
        dir,
        lock: &lock,
        generation: &generation,
        unpublished: &mut cleanup,
    };
    // A first build (not a rebuild over a live index) goes live at its first commit, so a killed
    // first build leaves something to query and to resume.
    let publish_early = !options.rebuild;
    let roots: Vec<PathBuf> = paths.iter().filter_map(|p| p.canonicalize().ok()).collect();

    let progress = Progress::new(options.progress, &inputs);
    let mut seen: HashSet<String> = HashSet::new();
    for (i, input) in inputs.iter().enumerate() {
        run.file(input, &mut seen, &progress)?;
        progress.advance(i);
        if run.since_commit >= options.checkpoint {
            run.commit(publish_early)?;
        }
    }
    progress.finish();
    let found = run.report.new_files + run.report.changed_files + run.report.unchanged_files;
    if found == 0 || (run.articles == 0 && fresh) {
        // Most likely a mistyped path: say so, naming it, rather than empty the index.
        let why = match run.report.skipped.as_slice() {
            [] => String::new(),
            [skip] => format!(" ({skip})"),
            skipped => {
                // Each with its reason, on its own line as in any run, before the error.
                for skip in skipped {
                    eprintln!("kzsearch: skipped {skip}");
                }
                " (each reported above)".to_string()
            }
        };
        anyhow::bail!(
            "nothing to index: {} file(s) found, none readable as articles{why}; the index is unchanged",
            run.report.files,
        );
    }
    run.remove_gone(&seen, &roots);
    if run.since_commit > 0 || run.unpublished.0.is_some() {
        run.commit(true)?;
    }
    let mut report = std::mem::take(&mut run.report);
    report.articles = run.articles;
    drop(run);
    writer.wait_merging_threads().context("finishing merges")?;
    Ok(report)
}

/// The state of one run.
struct Run<'a> {
    report: Report,
    known: Manifest,
    /// Articles in the index, counting this run's uncommitted changes.
    articles: u64,
    fields: &'a Fields,
    writer: &'a mut IndexWriter,
    since_commit: u64,
    /// Articles read but not yet enriched and added, with their file and its hash.
    pending: Vec<(Article, Arc<str>, u64)>,
    dir: &'a IndexDir,
    lock: &'a WriteLock,
    generation: &'a Generation,
    /// Removes the generation if the run ends before it goes live; disarmed when it does.
    unpublished: &'a mut RemoveOnDrop,
}

impl Run<'_> {
    /// Indexes one input file if it is new or changed.
    fn file(
        &mut self,
        input: &Input,
        seen: &mut HashSet<String>,
        progress: &Progress,
    ) -> Result<()> {
        let key = match file_key(&input.path) {
            Ok(key) => key,
            Err(reason) => {
                self.skip(input, reason);
                return Ok(());
            }
        };
        seen.insert(key.clone());
        let (hash, length) = match hash_file(&input.path) {
            Ok(hashed) => hashed,
            Err(e) => {
                let reason = corpus::io_reason(&e);
                let reason = self.forget(&key, reason);
                self.skip(input, reason);
                return Ok(());
            }
        };
        let previous = self.known.files.get(&key).map(|f| f.hash);
        if previous == Some(hash) {
            self.report.unchanged_files += 1;
            return Ok(());
        }
        progress.articles(self.report.articles_added);
        // The file's old articles are deleted in the same commit that adds its new ones.
        self.delete_file(&key);
        let file: Arc<str> = Arc::from(key.as_str());
        let mut added = 0u64;
        let mut duplicates = Vec::new();
        let mut failure: Option<anyhow::Error> = None;
        let mut not_extracted = Vec::new();
        let read = {
            let (ids, pending, writer, fields, dir) = (
                &mut self.known.ids,
                &mut self.pending,
                &*self.writer,
                self.fields,
                self.generation.path.as_path(),
            );
            progress.start_file();
            read_ahead(input, length, &progress.file_bytes, &mut |article| {
                if failure.is_some() {
                    return;
                }
                if let Some(first) = ids.get(&article.id) {
                    // A record of a many-article file is named by its place ("FILE:LINE").
                    let place = article
                        .path
                        .rsplit_once(':')
                        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                        .map(|(_, n)| n.to_string());
                    duplicates.push((
                        place,
                        format!(
                            "duplicate article id `{}` (already read from {first})",
                            article.id
                        ),
                    ));
                    return;
                }
                ids.insert(article.id.clone(), key.clone());
                pending.push((article, file.clone(), hash));
                added += 1;
                if pending.len() >= BATCH {
                    match flush(pending, writer, fields, dir) {
                        Ok(failed) => not_extracted.extend(failed),
                        Err(e) => failure = Some(e),
                    }
                    progress.articles(self.report.articles_added + added);
                }
            })
        };
        if let Some(e) = failure {
            return Err(e);
        }
        self.report.warnings.extend(not_extracted);
        // (Records of JSON Lines are named by line, a JSON array's by item.)
        let lines = corpus::Format::of_name(&input.path) != Some(corpus::Format::Json);
        for (place, reason) in duplicates {
            match place {
                Some(n) => self.report.rejected.push(Skip {
                    path: input.path.clone(),
                    reason: format!("{} {n}: {reason}", if lines { "line" } else { "item" }),
                }),
                None => self.skip(input, reason),
            }
        }
        let read = match read {
            Ok(read) => read,
            Err(reason) => {
                // A stream that broke part-way: what was read of it is not kept either.
                let reason = if added > 0 {
                    // (Its articles are deleted again: failures among them do not matter.)
                    flush(
                        &mut self.pending,
                        self.writer,
                        self.fields,
                        &self.generation.path,
                    )?;
                    self.writer
                        .delete_term(Term::from_field_text(self.fields.file, &key));
                    self.known.ids.retain(|_, f| *f != key);
                    format!("{reason} (the {added} article(s) read before it were not indexed)")
                } else {
                    reason
                };
                let reason = self.forget(&key, reason);
                self.skip(input, reason);
                return Ok(());
            }
        };
        for reason in read.rejected {
            self.report.rejected.push(Skip {
                path: input.path.clone(),
                reason,
            });
        }
        for reason in read.warnings {
            self.report.warnings.push(Skip {
                path: input.path.clone(),
                reason,
            });
        }
        if added > 0 {
            if previous.is_some() {
                self.report.changed_files += 1;
            } else {
                self.report.new_files += 1;
            }
            self.known.files.insert(
                key,
                Known {
                    hash,
                    articles: added,
                },
            );
        }
        self.report.articles_added += added;
        self.articles += added;
        self.since_commit += added;
        Ok(())
    }

    fn skip(&mut self, input: &Input, reason: String) {
        self.report.skipped.push(Skip {
            path: input.path.clone(),
            reason,
        });
    }

    /// A file that was indexed before and now cannot be read loses its old articles (they no
    /// longer say what the file says); the reason says so.
    fn forget(&mut self, key: &str, reason: String) -> String {
        if self.known.files.contains_key(key) {
            let removed = self.delete_file(key);
            format!("{reason} (its {removed} previously indexed article(s) were removed)")
        } else {
            reason
        }
    }

    /// Deletes the articles of the file `key` (uncommitted); returns how many there were.
    fn delete_file(&mut self, key: &str) -> u64 {
        let Some(old) = self.known.files.remove(key) else {
            return 0;
        };
        self.writer
            .delete_term(Term::from_field_text(self.fields.file, key));
        self.known.ids.retain(|_, file| file != key);
        self.report.articles_removed += old.articles;
        self.articles -= old.articles;
        self.since_commit += old.articles;
        old.articles
    }

    /// Deletes the articles of files indexed before that are gone: no longer on disk, or under
    /// one of `roots` but not found there this time. Files elsewhere that still exist stay (a
    /// run on one new file adds it; it does not empty the index).
    fn remove_gone(&mut self, seen: &HashSet<String>, roots: &[PathBuf]) {
        let gone: Vec<String> = self
            .known
            .files
            .keys()
            .filter(|key| !seen.contains(*key))
            .filter(|key| {
                let path = Path::new(key.as_str());
                !path.exists() || roots.iter().any(|root| path.starts_with(root))
            })
            .cloned()
            .collect();
        for key in gone {
            self.delete_file(&key);
            self.report.removed_files += 1;
        }
    }

    /// Commits what was done so far; with `publish`, also makes a new generation live.
    fn commit(&mut self, publish: bool) -> Result<()> {
        let failed = flush(
            &mut self.pending,
            self.writer,
            self.fields,
            &self.generation.path,
        )?;
        self.report.warnings.extend(failed);
        let mut commit = self
            .writer
            .prepare_commit()
            .context("committing the index")?;
        commit.set_payload(&serde_json::to_string(&CommitInfo::now(self.articles))?);
        commit.commit().context("committing the index")?;
        self.since_commit = 0;
        if publish && self.unpublished.0.is_some() && self.articles > 0 {
            self.dir.publish(self.generation, self.lock)?;
            self.unpublished.0 = None;
        }
        Ok(())
    }
}

/// The files an index holds, with their hashes and article counts, and which file each article
/// id came from: read from the index itself (fast fields), so it is exactly what was committed.
#[derive(Debug, Default)]
struct Manifest {
    files: HashMap<String, Known>,
    ids: HashMap<String, String>,
}

#[derive(Debug, Clone, Copy)]
struct Known {
    hash: u64,
    articles: u64,
}

impl Manifest {
    fn read(index: &Index) -> Result<Manifest> {
        let mut manifest = Manifest::default();
        let reader = index.reader().context("reading the index")?;
        let searcher = reader.searcher();
        for segment in searcher.segment_readers() {
            let fast = segment.fast_fields();
            let (Some(file), Some(id)) =
                (fast.str(schema::name::FILE)?, fast.str(schema::name::ID)?)
            else {
                continue;
            };
            let hash = fast.u64(schema::name::FILE_HASH)?;
            let mut file_names: HashMap<u64, String> = HashMap::new();
            let mut text = String::new();
            for doc in segment.doc_ids_alive() {
                let Some(ord) = file.term_ords(doc).next() else {
                    continue;
                };
                let name = match file_names.get(&ord) {
                    Some(name) => name.clone(),
                    None => {
                        text.clear();
                        file.ord_to_str(ord, &mut text)?;
                        file_names.insert(ord, text.clone());
                        text.clone()
                    }
                };
                let entry = manifest.files.entry(name.clone()).or_insert(Known {
                    hash: hash.first(doc).unwrap_or(0),
                    articles: 0,
                });
                entry.articles += 1;
                if let Some(id_ord) = id.term_ords(doc).next() {
                    text.clear();
                    id.ord_to_str(id_ord, &mut text)?;
                    manifest.ids.insert(text.clone(), name);
                }
            }
        }
        Ok(manifest)
    }

    fn articles(&self) -> u64 {
        self.files.values().map(|f| f.articles).sum()
    }
}

/// The key an input file is known by across runs: its absolute path with links resolved, so
/// running from another folder or through a link finds the same file.
fn file_key(path: &Path) -> Result<String, String> {
    let absolute = path.canonicalize().map_err(|e| corpus::io_reason(&e))?;
    Ok(absolute.to_string_lossy().into_owned())
}

/// A hash of the file's bytes (xxh3, 64 bits): unchanged bytes mean nothing to do; and how
/// many bytes it has.
fn hash_file(path: &Path) -> std::io::Result<(u64, u64)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = xxhash_rust::xxh3::Xxh3Default::new();
    let mut buffer = vec![0u8; 1 << 16];
    let mut length = 0u64;
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        length += n as u64;
    }
    Ok((hasher.digest(), length))
}

/// A progress bar over the bytes of the input files, on stderr, when asked for.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    /// The size of each input, read once.
    sizes: Vec<u64>,
    /// Bytes of the inputs done before the one being read.
    before: std::cell::Cell<u64>,
    /// Bytes read so far of the input being read (by the reading thread, for a large one).
    file_bytes: AtomicU64,
}

impl Progress {
    fn new(show: bool, inputs: &[Input]) -> Progress {
        if !show {
            return Progress {
                bar: None,
                sizes: Vec::new(),
                before: Default::default(),
                file_bytes: AtomicU64::new(0),
            };
        }
        let sizes: Vec<u64> = inputs
            .iter()
            .map(|i| std::fs::metadata(&i.path).map_or(0, |m| m.len()))
            .collect();
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(sizes.iter().sum()),
            indicatif::ProgressDrawTarget::stderr(),
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "indexing [{bar:25}] {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ETA {eta} · {msg}",
            )
            .expect("a valid template")
            .progress_chars("=> "),
        );
        Progress {
            bar: Some(bar),
            sizes,
            before: Default::default(),
            file_bytes: AtomicU64::new(0),
        }
    }

    /// An input is about to be read.
    fn start_file(&self) {
        self.file_bytes.store(0, Ordering::Relaxed);
    }

    /// Shows how many articles were added so far and how far into the input reading is (a
    /// large file is read for a while).
    fn articles(&self, added: u64) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{added} articles"));
            bar.set_position(self.before.get() + self.file_bytes.load(Ordering::Relaxed));
        }
    }

    /// Input number `i` is done (read, found unchanged or skipped).
    fn advance(&self, i: usize) {
        if let Some(bar) = &self.bar {
            self.before.set(self.before.get() + self.sizes[i]);
            bar.set_position(self.before.get());
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Removes a half-built generation if the run fails before publishing it.
struct RemoveOnDrop(Option<PathBuf>);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_named_with_the_remedy() {
        let root = std::env::temp_dir();
        let full = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::StorageFull))
            .context("adding a document");
        let message = format!("{:#}", explain_full_disk(full, &root));
        assert!(
            message.starts_with("no space left on the device holding"),
            "{message}"
        );
        assert!(message.contains("free some space"), "{message}");
        // Other errors, with room on the disk, pass as they were.
        if free_bytes(&root).is_some_and(|f| f >= 16 << 20) {
            let other = anyhow::anyhow!("something else");
            assert_eq!(
                format!("{:#}", explain_full_disk(other, &root)),
                "something else"
            );
        }
    }

    /// A JSON Lines file of `n` articles, one line broken, long enough to be read ahead.
    fn large_file(dir: &Path, n: usize) -> Input {
        use std::io::Write;
        let path = dir.join("large.jsonl");
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let body = "Workers and employers met the ministry about wages. ".repeat(20);
        for i in 0..n {
            if i == 7 {
                writeln!(file, "{{\"id\": broken").unwrap();
            }
            writeln!(
                file,
                "{}",
                serde_json::json!({"id": format!("a{i}"), "title": format!("Article {i}"), "body": body})
            )
            .unwrap();
        }
        file.flush().unwrap();
        Input {
            path,
            root: dir.to_path_buf(),
        }
    }

    #[test]
    fn a_large_file_read_ahead_gives_what_reading_in_place_gives() {
        let dir = tempfile::tempdir().unwrap();
        let input = large_file(dir.path(), 2000);
        let (_, length) = hash_file(&input.path).unwrap();
        assert!(length >= READ_AHEAD_BYTES);
        let done = AtomicU64::new(0);
        let read_ahead =
            |input: &Input, sink: &mut dyn FnMut(Article)| read_ahead(input, length, &done, sink);
        type Read<'a> =
            &'a dyn Fn(&Input, &mut dyn FnMut(Article)) -> Result<corpus::FileReport, String>;
        let read = |f: Read| {
            let mut ids = Vec::new();
            let report = f(&input, &mut |a: Article| ids.push(a.id)).unwrap();
            (ids, report.articles, report.rejected)
        };
        let ahead = read(&read_ahead);
        assert_eq!(ahead.0.len(), 2000);
        assert_eq!(ahead.0[1999], "a1999");
        assert_eq!(ahead.2.len(), 1, "{:?}", ahead.2);
        assert_eq!(ahead, read(&corpus::read));
        // Every byte of the file was counted for the progress bar, once.
        assert_eq!(done.load(Ordering::Relaxed), length);
    }
}
