//! The index directory on disk: which tantivy index is current, who may write, and what each
//! commit records.
//!
//! ```text
//! index/
//!   CURRENT        name of the live generation, replaced atomically (write + rename)
//!   .lock          held (flock) by the one process allowed to write
//!   g000001/       a tantivy index (one generation)
//!   g000002/       …a rebuild in progress or just finished
//! ```
//!
//! A rebuild fills a new generation and only then points `CURRENT` at it, so a failed or killed
//! run leaves the previous index untouched and queryable. Readers resolve `CURRENT` once when
//! they open; a generation that is replaced stays readable by those that already opened it.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use tantivy::Index;
use tantivy::directory::MmapDirectory;

use crate::directory::IndexDirectory;
use crate::error::UserError;
use crate::schema::{self, SCHEMA_VERSION};

const CURRENT: &str = "CURRENT";
const LOCK: &str = ".lock";

/// What kzsearch records with every commit (tantivy's commit payload), so a reader can cite the
/// index it searched.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CommitInfo {
    pub kzsearch_version: String,
    pub schema_version: u32,
    pub articles: u64,
    /// RFC 3339, UTC.
    pub committed_at: String,
}

impl CommitInfo {
    pub fn now(articles: u64) -> CommitInfo {
        CommitInfo {
            kzsearch_version: env!("CARGO_PKG_VERSION").to_string(),
            schema_version: SCHEMA_VERSION,
            articles,
            committed_at: jiff::Timestamp::now()
                .round(jiff::Unit::Second)
                .unwrap_or_else(|_| jiff::Timestamp::now())
                .to_string(),
        }
    }
}

/// An index directory (which may not exist yet).
#[derive(Debug, Clone)]
pub struct IndexDir {
    root: PathBuf,
}

/// Exclusive permission to write to an index directory; released on drop or process death.
#[derive(Debug)]
pub struct WriteLock {
    _file: File,
}

/// A new, empty generation being filled by a rebuild.
#[derive(Debug)]
pub struct Generation {
    pub name: String,
    pub path: PathBuf,
}

impl IndexDir {
    pub fn new(root: impl Into<PathBuf>) -> IndexDir {
        IndexDir { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Takes the write lock, failing at once (not waiting) if another process holds it.
    pub fn lock(&self) -> Result<WriteLock> {
        fs::create_dir_all(&self.root)
            .with_context(|| format!("creating index directory {}", self.root.display()))?;
        let path = self.root.join(LOCK);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                    anyhow::anyhow!(
                        "cannot write to the index {} ({e}): it can be searched but not \
                         updated by this user; give --index a folder you may write to",
                        self.root.display()
                    )
                }
                _ => anyhow::Error::new(e).context(format!("opening lock file {}", path.display())),
            })?;
        match file.try_lock() {
            Ok(()) => Ok(WriteLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) => Err(UserError::IndexLocked {
                path: self.root.clone(),
            }
            .into()),
            Err(fs::TryLockError::Error(e)) => {
                Err(e).with_context(|| format!("locking {}", path.display()))
            }
        }
    }

    /// The name of the live generation, if there is one.
    fn current_name(&self) -> Result<Option<String>> {
        let path = self.root.join(CURRENT);
        match fs::read_to_string(&path) {
            Ok(name) => {
                let name = name.trim().to_string();
                if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
                    anyhow::bail!(
                        "{} is corrupt: run `kzsearch index --rebuild`",
                        path.display()
                    );
                }
                Ok(Some(name))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// The folder of the live generation.
    pub fn current_path(&self) -> Result<PathBuf> {
        let name = self
            .current_name()?
            .ok_or_else(|| UserError::IndexMissing {
                path: self.root.clone(),
            })?;
        Ok(self.root.join(name))
    }

    /// Opens the live index for reading, with kzsearch's analyzers registered.
    pub fn open(&self) -> Result<Index> {
        self.open_with_info().map(|(index, _)| index)
    }

    /// [`IndexDir::open`], with what its last commit recorded.
    pub fn open_with_info(&self) -> Result<(Index, Option<CommitInfo>)> {
        match self.live()? {
            Some((_, index, info)) => Ok((index, info)),
            None => Err(UserError::IndexMissing {
                path: self.root.clone(),
            }
            .into()),
        }
    }

    /// The live generation, opened for writing (the caller must hold the write lock); `None`
    /// when there is no index yet. Fails, suggesting `--rebuild`, if another version built it.
    pub fn current_generation(&self, _lock: &WriteLock) -> Result<Option<(Generation, Index)>> {
        Ok(self
            .live()?
            .map(|(generation, index, _)| (generation, index)))
    }

    /// The live generation, its index and its last commit's record, checked to be of this
    /// schema version (before the index is opened: an older schema may not even parse); `None`
    /// when there is none.
    fn live(&self) -> Result<Option<(Generation, Index, Option<CommitInfo>)>> {
        let Some(mut name) = self.current_name()? else {
            return Ok(None);
        };
        let mut path = self.root.join(&name);
        let mut meta = path.join("meta.json");
        let text = loop {
            match fs::read(&meta) {
                Ok(text) => break text,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    // A rebuild may have just replaced the generation named: then `CURRENT`
                    // names the new one. Otherwise it names what is not there.
                    match self.current_name()? {
                        Some(now) if now != name => {
                            name = now;
                            path = self.root.join(&name);
                            meta = path.join("meta.json");
                        }
                        _ => anyhow::bail!(
                            "the index at {} is damaged: {CURRENT} names {name}, which has no \
                             meta.json; run `kzsearch index --rebuild`",
                            self.root.display()
                        ),
                    }
                }
                Err(e) => return Err(e).with_context(|| format!("reading {}", meta.display())),
            }
        };
        let info = payload(&text).with_context(|| format!("reading {}", meta.display()))?;
        if info.as_ref().map(|i| i.schema_version) != Some(SCHEMA_VERSION) {
            return Err(UserError::SchemaMismatch {
                path: self.root.clone(),
                found: info.map(|i| i.schema_version).unwrap_or(0),
                expected: SCHEMA_VERSION,
            }
            .into());
        }
        let damaged = || {
            format!(
                "opening index {} (if it is damaged, `kzsearch index --rebuild` makes it anew)",
                path.display()
            )
        };
        let directory = IndexDirectory::open(&path).with_context(damaged)?;
        let index = Index::open(directory).with_context(damaged)?;
        schema::register_analyzers(&index);
        Ok(Some((Generation { name, path }, index, info)))
    }

    /// Removes generations a killed run left behind (anything but the live one). Needs the
    /// write lock, so no other writer is filling one.
    pub fn remove_abandoned(&self, _lock: &WriteLock) -> Result<()> {
        let keep = self.current_name()?.unwrap_or_default();
        self.remove_stale(&keep);
        Ok(())
    }

    /// Creates a new empty generation (the caller must hold the write lock).
    pub fn create_generation(&self, _lock: &WriteLock) -> Result<(Generation, Index)> {
        let next = self
            .generation_names()?
            .iter()
            .filter_map(|n| parse_generation(n))
            .max()
            .unwrap_or(0)
            + 1;
        let name = format!("g{next:06}");
        let path = self.root.join(&name);
        fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        let directory = MmapDirectory::open(&path)
            .with_context(|| format!("opening new index {}", path.display()))?;
        let index = Index::create(directory, schema::build(), settings())
            .with_context(|| format!("creating index in {}", path.display()))?;
        schema::register_analyzers(&index);
        Ok((Generation { name, path }, index))
    }

    /// Makes `generation` the live index, then removes the generations it replaced.
    pub fn publish(&self, generation: &Generation, _lock: &WriteLock) -> Result<()> {
        let tmp = self.root.join(format!("{CURRENT}.tmp"));
        let mut file = File::create(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
        file.write_all(generation.name.as_bytes())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, self.root.join(CURRENT))
            .with_context(|| format!("replacing {}", self.root.join(CURRENT).display()))?;
        if let Ok(dir) = File::open(&self.root) {
            let _ = dir.sync_all();
        }
        self.remove_stale(&generation.name);
        Ok(())
    }

    /// Removes every generation but `keep` (best effort: a reader may still hold one open, which
    /// is fine on Unix, and a failure here loses nothing).
    fn remove_stale(&self, keep: &str) {
        for name in self.generation_names().unwrap_or_default() {
            if name != keep {
                let _ = fs::remove_dir_all(self.root.join(name));
            }
        }
    }

    fn generation_names(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        let entries = match fs::read_dir(&self.root) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(names),
            Err(e) => return Err(e).with_context(|| format!("reading {}", self.root.display())),
        };
        for entry in entries {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if parse_generation(&name).is_some() {
                names.push(name);
            }
        }
        Ok(names)
    }
}

fn parse_generation(name: &str) -> Option<u64> {
    name.strip_prefix('g')
        .filter(|n| n.len() == 6)
        .and_then(|n| n.parse().ok())
}

/// How a new index stores its articles: uncompressed, since each article's one stored value is
/// a record compressed already ([`crate::record`]), in 4 KiB blocks (tantivy copies a hit's
/// whole block to read it: ten 16 KiB blocks were 5% of a query's instructions).
fn settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_compression: tantivy::store::Compressor::None,
        docstore_blocksize: 4 * 1024,
        ..Default::default()
    }
}

/// The [`CommitInfo`] of the index's last commit, if it has one.
pub fn commit_info(index: &Index) -> Result<Option<CommitInfo>> {
    let metas = index.load_metas().context("reading index metadata")?;
    Ok(record(metas.payload.as_deref()))
}

/// The [`CommitInfo`] a commit's payload holds (none for a payload kzsearch did not write).
fn record(payload: Option<&str>) -> Option<CommitInfo> {
    payload.and_then(|p| serde_json::from_str(p).ok())
}

/// The [`CommitInfo`] in the text of a `meta.json`, read without building what else it holds
/// (the schema, the segments): a query's start-up reads it before tantivy parses the file.
fn payload(meta_json: &[u8]) -> Result<Option<CommitInfo>> {
    #[derive(Deserialize)]
    struct Meta {
        payload: Option<String>,
    }
    let meta: Meta = serde_json::from_slice(meta_json)?;
    Ok(record(meta.payload.as_deref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_index_is_a_user_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = IndexDir::new(dir.path().join("nope")).open().unwrap_err();
        assert!(matches!(
            err.downcast_ref::<UserError>(),
            Some(UserError::IndexMissing { .. })
        ));
    }

    #[test]
    fn a_second_writer_is_refused_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let store = IndexDir::new(dir.path());
        let first = store.lock().unwrap();
        let err = store.lock().unwrap_err();
        assert!(matches!(
            err.downcast_ref::<UserError>(),
            Some(UserError::IndexLocked { .. })
        ));
        drop(first);
        store.lock().unwrap();
    }

    #[test]
    fn publishing_switches_generations_and_removes_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = IndexDir::new(dir.path());
        let lock = store.lock().unwrap();
        for expected in ["g000001", "g000002"] {
            let (generation, index) = store.create_generation(&lock).unwrap();
            let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
            let mut commit = writer.prepare_commit().unwrap();
            commit.set_payload(&serde_json::to_string(&CommitInfo::now(0)).unwrap());
            commit.commit().unwrap();
            store.publish(&generation, &lock).unwrap();
            assert_eq!(generation.name, expected);
            assert_eq!(store.current_name().unwrap().as_deref(), Some(expected));
            store.open().unwrap();
        }
        assert_eq!(store.generation_names().unwrap(), ["g000002"]);
    }
}
