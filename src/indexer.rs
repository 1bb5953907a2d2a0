//! The write path: input files → articles → tantivy documents → a committed, published index,
//! with a report that accounts for every input file.

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use tantivy::IndexWriter;

use crate::corpus::{self, Skip};
use crate::extract;
use crate::schema::Fields;
use crate::store::{CommitInfo, IndexDir};

/// Memory for tantivy's indexing buffers.
const WRITER_MEMORY: usize = 128 * 1024 * 1024;

/// The outcome of an indexing run.
#[derive(Debug, Default)]
pub struct Report {
    /// Input files found.
    pub files: usize,
    /// Files that produced at least one indexed article.
    pub files_indexed: usize,
    pub articles: u64,
    pub skipped: Vec<Skip>,
    /// Records of many-article files that could not be read, with the line and reason.
    pub rejected: Vec<Skip>,
    /// Files indexed despite a problem, with the problem.
    pub warnings: Vec<Skip>,
}

/// Rebuilds the index in `dir` from `paths`. The previous index stays live until the new one is
/// committed; if nothing can be indexed, it is kept and an error returned.
pub fn rebuild(dir: &IndexDir, paths: &[PathBuf]) -> Result<Report> {
    let lock = dir.lock()?;
    let (inputs, skipped) = corpus::walk(paths);
    let mut report = Report {
        files: inputs.len() + skipped.len(),
        skipped,
        ..Report::default()
    };

    let (generation, index) = dir.create_generation(&lock)?;
    let mut cleanup = RemoveOnDrop(Some(generation.path.clone()));
    let fields = Fields::new(&index.schema())?;
    let mut writer: IndexWriter = index
        .writer(WRITER_MEMORY)
        .with_context(|| format!("opening a writer on {}", generation.path.display()))?;

    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for input in &inputs {
        let mut articles = Vec::new();
        let read = match corpus::read(input, &mut |a| articles.push(a)) {
            Ok(read) => read,
            Err(reason) => {
                report.skipped.push(Skip {
                    path: input.path.clone(),
                    reason,
                });
                continue;
            }
        };
        for reason in read.rejected {
            report.rejected.push(Skip {
                path: input.path.clone(),
                reason,
            });
        }
        for warning in read.warnings {
            report.warnings.push(Skip {
                path: input.path.clone(),
                reason: warning,
            });
        }
        let mut indexed_any = false;
        for mut article in articles {
            if let Some(first) = seen.get(&article.id) {
                report.skipped.push(Skip {
                    path: input.path.clone(),
                    reason: format!(
                        "duplicate article id `{}` (already read from {})",
                        article.id,
                        first.display()
                    ),
                });
                continue;
            }
            seen.insert(article.id.clone(), input.path.clone());
            extract::enrich(&mut article);
            writer
                .add_document(fields.to_document(&article))
                .context("adding a document")?;
            report.articles += 1;
            indexed_any = true;
        }
        if indexed_any {
            report.files_indexed += 1;
        }
    }

    if report.articles == 0 {
        anyhow::bail!(
            "nothing to index: {} file(s) found, none readable as articles; the existing index (if any) is unchanged",
            report.files
        );
    }
    let mut commit = writer.prepare_commit().context("committing the index")?;
    commit.set_payload(&serde_json::to_string(&CommitInfo::now(report.articles))?);
    commit.commit().context("committing the index")?;
    writer.wait_merging_threads().context("finishing merges")?;
    dir.publish(&generation, &lock)?;
    cleanup.0 = None;
    Ok(report)
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
