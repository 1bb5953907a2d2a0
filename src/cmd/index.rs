//! `kzsearch index`: build the index and account for every input file on stderr.

use std::io::Write;

use anyhow::Result;

use super::Outcome;
use crate::cli::IndexArgs;
use crate::indexer;
use crate::store::IndexDir;

pub fn run(args: IndexArgs) -> Result<Outcome> {
    let dir = IndexDir::new(&args.index.index);
    let report = indexer::rebuild(&dir, &args.paths)?;

    let mut err = std::io::stderr().lock();
    for skip in &report.skipped {
        writeln!(err, "kzsearch: skipped {skip}")?;
    }
    for rejected in &report.rejected {
        writeln!(err, "kzsearch: rejected {rejected}")?;
    }
    for warning in &report.warnings {
        writeln!(err, "kzsearch: warning: {warning}")?;
    }
    let rejected = if report.rejected.is_empty() {
        String::new()
    } else {
        format!(", {} record(s) rejected", report.rejected.len())
    };
    writeln!(
        err,
        "kzsearch: {} file(s) read, {} indexed ({} article(s)), {} skipped{rejected} → {}",
        report.files,
        report.files_indexed,
        report.articles,
        report.skipped.len(),
        dir.root().display()
    )?;
    Ok(Outcome::Found)
}
