//! Results as text for a person at a terminal:
//!
//! ```text
//! 1. The meeting of the Minister of Labor … with the ILO mission
//!    2018-05-14 · 001_9f0a55dd905b5d85 · seeds/001_9f0a55dd905b5d85.txt
//!    … all the requirements of the Convention 87.
//!
//! 1 of 1 matching article
//! ```
//!
//! Matches are bold when colour is on; an article without a headline shows its first sentence,
//! marked `[no title]`. Facets follow as a small table, a timeline as a bar chart. `--kwic`
//! prints one line per matching sentence, `id: passage`, like grep over a corpus.

use std::io::{self, Write};

use super::Answer;
use crate::search::Hit;
use crate::snippet::Snippet;

const BOLD: &str = "\x1b[1m";
const HIGHLIGHT: &str = "\x1b[1;31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Widest bar of a timeline, in characters.
const BAR_WIDTH: u64 = 40;

pub struct Style {
    pub color: bool,
    pub kwic: bool,
}

pub fn write(out: &mut dyn Write, answer: &Answer, style: &Style) -> io::Result<()> {
    let results = answer.results;
    if let Some(id) = answer.query_id {
        writeln!(out, "## {id}: {}", answer.query)?;
    }
    if style.kwic {
        for hit in &results.hits {
            for passage in &hit.passages {
                let (dim, reset) = if style.color { (DIM, RESET) } else { ("", "") };
                writeln!(
                    out,
                    "{dim}{}:{reset} {}",
                    hit.article.id,
                    marked(passage, style.color)
                )?;
            }
        }
    } else {
        for hit in &results.hits {
            write_hit(out, hit, style.color)?;
        }
    }
    if let (Some(first), Some(last), false) =
        (results.hits.first(), results.hits.last(), style.kwic)
    {
        let noun = if results.total == 1 {
            "article"
        } else {
            "articles"
        };
        let total = results.total;
        if first.rank == 1 && last.rank == total {
            writeln!(out, "{total} matching {noun}")?;
        } else if first.rank == last.rank {
            writeln!(out, "{} of {total} matching {noun}", first.rank)?;
        } else {
            writeln!(
                out,
                "{}–{} of {total} matching {noun}",
                first.rank, last.rank
            )?;
        }
    }
    for facet in &results.facets {
        writeln!(out)?;
        writeln!(out, "{} ({} distinct)", facet.kind.name(), facet.distinct)?;
        let width = facet
            .counts
            .iter()
            .map(|(_, c)| c.to_string().len())
            .max()
            .unwrap_or(1);
        for (value, count) in &facet.counts {
            writeln!(out, "  {count:>width$}  {value}")?;
        }
    }
    if !results.histogram.is_empty() {
        writeln!(out)?;
        let max = results
            .histogram
            .iter()
            .map(|(_, c)| *c)
            .max()
            .unwrap_or(0)
            .max(1);
        let width = results
            .histogram
            .iter()
            .map(|(_, c)| c.to_string().len())
            .max()
            .unwrap_or(1);
        for (period, count) in &results.histogram {
            let bar = "█".repeat(((count * BAR_WIDTH).div_ceil(max)) as usize);
            writeln!(out, "{period:<7}  {count:>width$}  {bar}")?;
        }
    }
    Ok(())
}

fn write_hit(out: &mut dyn Write, hit: &Hit, color: bool) -> io::Result<()> {
    let article = &hit.article;
    let (title, stand_in) = article.display_title();
    let (bold, dim, reset) = if color {
        (BOLD, DIM, RESET)
    } else {
        ("", "", "")
    };
    let title = if stand_in {
        format!("[no title] {title}")
    } else {
        let highlighted = Snippet {
            text: title,
            highlights: hit.title_highlights.clone(),
        };
        // Back to bold after each highlight, since the whole title is bold.
        marked(&highlighted, color).replace(RESET, &format!("{RESET}{bold}"))
    };
    writeln!(out, "{}. {bold}{title}{reset}", hit.rank)?;
    let date = article
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "no date".into());
    writeln!(
        out,
        "   {dim}{date} · {} · {}{reset}",
        article.id, article.path
    )?;
    if hit.passages.is_empty() {
        if !hit.snippet.text.is_empty() {
            writeln!(out, "   {}", marked(&hit.snippet, color))?;
        }
    } else {
        for passage in &hit.passages {
            writeln!(out, "   {}", marked(passage, color))?;
        }
    }
    writeln!(out)
}

/// The snippet with its highlights in bold (or as plain text without colour).
fn marked(snippet: &Snippet, color: bool) -> String {
    if !color || snippet.highlights.is_empty() {
        return snippet.text.clone();
    }
    let mut out = String::with_capacity(snippet.text.len() + 16 * snippet.highlights.len());
    let mut highlights = snippet.highlights.iter().peekable();
    for (i, c) in snippet.text.chars().enumerate() {
        if let Some(&&(start, end)) = highlights.peek() {
            if i == start {
                out.push_str(HIGHLIGHT);
            }
            if i == end {
                out.push_str(RESET);
                highlights.next();
                if highlights.peek().is_some_and(|&&(s, _)| s == i) {
                    out.push_str(HIGHLIGHT);
                }
            }
        }
        out.push(c);
    }
    if highlights.peek().is_some() {
        out.push_str(RESET);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_are_bold_only_with_colour() {
        let snippet = Snippet {
            text: "the ILO said".into(),
            highlights: vec![(4, 7)],
        };
        assert_eq!(marked(&snippet, false), "the ILO said");
        assert_eq!(
            marked(&snippet, true),
            format!("the {HIGHLIGHT}ILO{RESET} said")
        );
        let end = Snippet {
            text: "an ILO".into(),
            highlights: vec![(3, 6)],
        };
        assert_eq!(marked(&end, true), format!("an {HIGHLIGHT}ILO{RESET}"));
    }
}
