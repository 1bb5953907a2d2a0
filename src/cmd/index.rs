//! `kzsearch index`: bring the index up to date and account for every input file on stderr.

use std::io::{IsTerminal, Write};

use anyhow::Result;

use super::Outcome;
use crate::cli::{IndexArgs, When};
use crate::indexer::{self, Options};
use crate::store::IndexDir;

pub fn run(args: IndexArgs) -> Result<Outcome> {
    let dir = IndexDir::new(&args.index.index);
    let progress = match args.progress {
        When::Never => false,
        When::Auto => {
            std::io::stderr().is_terminal() && std::env::var_os("CI").is_none_or(|v| v.is_empty())
        }
    };
    // tantivy's writer gives each of its threads (one per core, at most 8) an equal share of
    // the memory, and a share may not reach 4 GiB.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    let most = threads * 4095;
    if args.memory > most {
        anyhow::bail!(
            "--memory {} MiB is more than the index writer can use on this machine: at most {most} \
             MiB (4095 MiB for each of its {threads} threads)",
            args.memory
        );
    }
    let options = Options {
        rebuild: args.rebuild,
        checkpoint: args.checkpoint.max(1),
        progress,
        memory: args.memory << 20,
    };
    let report = indexer::run(&dir, &args.paths, &options)?;

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
    let removed = if report.removed_files > 0 || report.articles_removed > 0 {
        format!(
            "; {} file(s) gone, {} article(s) removed",
            report.removed_files, report.articles_removed
        )
    } else {
        String::new()
    };
    writeln!(
        err,
        "kzsearch: {} file(s): {} new, {} changed, {} unchanged, {} skipped{rejected}; {} article(s) added{removed}; {} in the index → {}",
        report.files,
        report.new_files,
        report.changed_files,
        report.unchanged_files,
        report.skipped.len(),
        report.articles_added,
        report.articles,
        dir.root().display()
    )?;
    if args.strict && (!report.skipped.is_empty() || !report.rejected.is_empty()) {
        anyhow::bail!(
            "{} file(s) skipped and {} record(s) rejected (--strict); the rest was indexed",
            report.skipped.len(),
            report.rejected.len()
        );
    }
    Ok(Outcome::Found)
}
