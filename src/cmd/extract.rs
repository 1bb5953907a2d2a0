//! `kzsearch extract PATH…`: parse and enrich articles without indexing, to audit extraction or
//! measure it. JSON Lines (one article per line) or readable text.

use std::io::{self, Write};

use anyhow::Result;

use super::Outcome;
use crate::article::{Article, Entity};
use crate::cli::ExtractArgs;
use crate::corpus::{self, Skip};
use crate::extract;
use crate::render::ReportFormat;
use crate::render::json::ArticleJson;

pub fn run(args: ExtractArgs) -> Result<Outcome> {
    let (inputs, mut skipped) = corpus::walk(&args.paths);
    let mut warnings = Vec::new();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut count = 0;
    let mut readable = 0;
    for input in &inputs {
        let (articles, report) = match corpus::read_all(input) {
            Ok(read) => {
                readable += 1;
                read
            }
            Err(reason) => {
                skipped.push(Skip {
                    path: input.path.clone(),
                    reason,
                });
                continue;
            }
        };
        for reason in report.rejected {
            skipped.push(Skip {
                path: input.path.clone(),
                reason,
            });
        }
        // (As `index` reports them: invalid UTF-8 replaced, an encoding guessed.)
        for reason in report.warnings {
            warnings.push(Skip {
                path: input.path.clone(),
                reason,
            });
        }
        for mut article in articles {
            if let Err(reason) = extract::enrich(&mut article) {
                warnings.push(Skip {
                    path: input.path.clone(),
                    reason,
                });
            }
            match args.format {
                ReportFormat::Text => write_text(&mut out, &article)?,
                _ => {
                    serde_json::to_writer(&mut out, &ArticleJson::new(&article, args.with_body))?;
                    writeln!(out)?;
                }
            }
            count += 1;
        }
    }
    out.flush()?;
    // Nothing readable at all is most likely a mistyped path: an error, as for `index`.
    if readable == 0 {
        let why = match skipped.as_slice() {
            [skip] => format!(" ({skip})"),
            [] => String::new(),
            skipped => {
                for skip in skipped {
                    eprintln!("kzsearch: skipped {skip}");
                }
                " (each reported above)".to_string()
            }
        };
        anyhow::bail!(
            "nothing to extract: {} file(s) found, none readable as articles{why}",
            skipped.len()
        );
    }
    for skip in &skipped {
        eprintln!("kzsearch: skipped {skip}");
    }
    for warning in &warnings {
        eprintln!("kzsearch: warning: {warning}");
    }
    Ok(if count > 0 {
        Outcome::Found
    } else {
        Outcome::NothingFound
    })
}

fn write_text(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    let (title, stand_in) = article.display_title();
    writeln!(out, "{}{title}", if stand_in { "[no title] " } else { "" })?;
    let date = article
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "no date".into());
    writeln!(out, "  {date} · {} · {}", article.id, article.path)?;
    let list = |label: &str, entities: &[Entity], out: &mut dyn Write| -> io::Result<()> {
        for e in entities {
            let others: Vec<&str> = e
                .mentions
                .iter()
                .map(String::as_str)
                .filter(|m| *m != e.name)
                .collect();
            if others.is_empty() {
                writeln!(out, "  {label} {}", e.name)?;
            } else {
                writeln!(out, "  {label} {} ({})", e.name, others.join("; "))?;
            }
        }
        Ok(())
    };
    list("person:", &article.entities.people, out)?;
    list("org:   ", &article.entities.organizations, out)?;
    if !article.entities.conventions.is_empty() {
        let numbers: Vec<String> = article
            .entities
            .conventions
            .iter()
            .map(u32::to_string)
            .collect();
        writeln!(out, "  conventions: {}", numbers.join(", "))?;
    }
    writeln!(out)
}
