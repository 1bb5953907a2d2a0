//! `kzsearch query`: one query, or a batch of them, with filters, ordering, facets and a
//! timeline, written as text, JSON, JSON Lines or CSV.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Write};

use anyhow::{Context, Result};

use super::Outcome;
use crate::article::date::{self, Period};
use crate::cli::{QueryArgs, SortArg};
use crate::error::UserError;
use crate::query::{Field, Node};
use crate::render::csv::CsvWriter;
use crate::render::{self, Answer, Format, IndexInfo, text};
use crate::search::{Engine, Request, Results, Sort};
use crate::store::IndexDir;
use crate::suggest;

pub fn run(args: QueryArgs) -> Result<Outcome> {
    let template = request(&args)?;
    let engine = Engine::open(&IndexDir::new(&args.index.index))?;
    let info = IndexInfo::new(engine.commit_info(), engine.searcher().num_docs());

    let stdout = io::stdout();
    let color = args.color.enabled(stdout.is_terminal());
    let mut out = io::BufWriter::new(stdout.lock());
    let format = args.format.unwrap_or(if args.batch.is_some() {
        Format::Jsonl
    } else {
        Format::Text
    });
    let mut output = Output::new(&mut out, format, &args, &info, color)?;

    let outcome = match &args.batch {
        None => {
            let query = template.query.clone();
            let results = engine.search(&template)?;
            let suggestions = suggestions(&engine, &template, &results);
            if format == Format::Text {
                if results.question {
                    eprintln!(
                        "kzsearch: long question; ranking articles by how much of it they match"
                    );
                } else if let Some(complete) = results.complete {
                    if complete == 1 {
                        eprintln!(
                            "kzsearch: only one article has all the words; after it, articles with some of them"
                        );
                    } else {
                        eprintln!(
                            "kzsearch: only {complete} articles have all the words; after them, articles with some of them"
                        );
                    }
                } else if results.relaxed {
                    eprintln!(
                        "kzsearch: no article has all the words; showing articles with some of them"
                    );
                }
                if let Some(better) = suggestions.first() {
                    eprintln!("kzsearch: nothing found; did you mean: {better}");
                }
                if results.total == 0 {
                    let node = crate::query::parse(&query).ok();
                    for note in suggest::unknown_values(
                        &engine.searcher(),
                        engine.fields(),
                        node.as_ref(),
                        &template.filters,
                    ) {
                        eprintln!("kzsearch: {note}");
                    }
                }
            }
            output.write(&Answer {
                query_id: None,
                query: &query,
                results: &results,
                suggestions: &suggestions,
            })?;
            if results.total > 0 {
                Outcome::Found
            } else {
                Outcome::NothingFound
            }
        }
        Some(path) => batch(&engine, &template, path, &mut output)?,
    };
    drop(output);
    out.flush()?;
    // The process ends here, and the kernel frees its memory and file mappings in one go when
    // it exits: unmapping the index's dozen files and freeing its readers one by one first
    // would cost a tenth of a millisecond or more of a query that takes two.
    std::mem::forget(engine);
    Ok(outcome)
}

/// The request the arguments describe (for a batch, every line's query replaces `query`).
fn request(args: &QueryArgs) -> Result<Request> {
    let mut filters = Vec::new();
    for (field, values) in [
        (Field::Person, &args.person),
        (Field::Org, &args.org),
        (Field::Convention, &args.convention),
        (Field::Source, &args.source),
        (Field::Lang, &args.lang),
    ] {
        if field == Field::Convention
            && let Some(bad) = values
                .iter()
                .find(|v| crate::query::entities::convention_number(v).is_none())
        {
            return Err(UserError::Query(format!(
                "--convention: `{bad}` is not a convention number (1 to 220)"
            ))
            .into());
        }
        if let Some((bad, why)) = values
            .iter()
            .find_map(|v| Some((v, crate::query::build::empty_filter(field, v)?)))
        {
            return Err(UserError::Query(format!("--{}: `{bad}` {why}", field.name())).into());
        }
        if !values.is_empty() {
            filters.push(any_of(values.iter().map(|v| Node::Term {
                field: Some(field),
                text: v.clone(),
                column: 0,
            })));
        }
    }
    let mut period = Period::default();
    let mut dated = false;
    let flag = |name: &str, e: String| UserError::Query(format!("{name}: {e}"));
    if let Some(from) = &args.from {
        let (first, _) = date::parse_span(from).map_err(|e| flag("--from", e))?;
        period = period.intersect(Period {
            from: Some(first),
            to: None,
        });
        dated = true;
    }
    if let Some(to) = &args.to {
        let (_, last) = date::parse_span(to).map_err(|e| flag("--to", e))?;
        period = period.intersect(Period {
            from: None,
            to: Some(last),
        });
        dated = true;
    }
    if let (Some(from), Some(to)) = (period.from, period.to)
        && from > to
    {
        return Err(UserError::Query(format!(
            "--from {from} is after --to {to}: no date is in between"
        ))
        .into());
    }
    if let Some(since) = &args.since {
        let today = jiff::Zoned::now().date();
        let since = date::parse_since(since, today).map_err(|e| flag("--since", e))?;
        period = period.intersect(since);
        dated = true;
    }
    if dated {
        filters.push(Node::Dates { period, column: 0 });
    }
    Ok(Request {
        filters,
        limit: args.limit as usize,
        offset: args.offset as usize,
        mode: args.match_mode,
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::DateAsc,
            SortArg::DateDesc => Sort::DateDesc,
        },
        passages: usize::from(args.snippets),
        kwic: args.kwic,
        facets: args.facet.clone(),
        facet_limit: args.facet_limit,
        histogram: args.histogram,
        ..Request::new(args.query.clone().unwrap_or_default())
    })
}

/// Alternatives: one node, or an OR of several.
fn any_of(nodes: impl Iterator<Item = Node>) -> Node {
    let mut nodes: Vec<Node> = nodes.collect();
    if nodes.len() == 1 {
        nodes.pop().unwrap()
    } else {
        Node::Or(nodes)
    }
}

fn suggestions(engine: &Engine, request: &Request, results: &Results) -> Vec<String> {
    if results.total > 0 || request.query.trim().is_empty() {
        return Vec::new();
    }
    match crate::query::parse(&request.query) {
        Ok(node) => suggest::suggest(&engine.searcher(), engine.fields(), &request.query, &node),
        Err(_) => Vec::new(),
    }
}

/// Runs every query of a batch file (`query` or `id<TAB>query` per line; blank lines and lines
/// starting with `#` skipped) against the one open index. Queries are read in chunks, searched
/// on every core, and answered in the order of the file. A failing query is reported and the
/// batch goes on; the exit status is then 2.
fn batch(
    engine: &Engine,
    template: &Request,
    path: &std::path::Path,
    output: &mut Output,
) -> Result<Outcome> {
    use rayon::prelude::*;
    /// Queries searched together: enough to keep the cores busy, few enough to stream.
    const CHUNK: usize = 256;

    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(io::stdin().lock()))
    } else {
        let file =
            File::open(path).with_context(|| format!("opening batch file {}", path.display()))?;
        Box::new(BufReader::new(file))
    };
    let name = if path.as_os_str() == "-" {
        "stdin".to_string()
    } else {
        path.display().to_string()
    };
    let (mut found, mut failed) = (false, 0usize);
    let mut lines = reader.lines().enumerate().peekable();
    while lines.peek().is_some() {
        let mut chunk = Vec::with_capacity(CHUNK);
        for (number, line) in lines.by_ref() {
            let line =
                line.with_context(|| format!("reading batch file {name} line {}", number + 1))?;
            if let Some(query) = BatchQuery::parse(number + 1, &line) {
                chunk.push(query);
                if chunk.len() == CHUNK {
                    break;
                }
            }
        }
        let answers: Vec<_> = chunk
            .par_iter()
            .map(|q| {
                let request = Request {
                    query: q.query.clone(),
                    ..template.clone()
                };
                engine.search(&request).map(|results| {
                    let suggestions = suggestions(engine, &request, &results);
                    (results, suggestions)
                })
            })
            .collect();
        for (q, answer) in chunk.iter().zip(answers) {
            match answer {
                Ok((results, suggestions)) => {
                    found |= results.total > 0;
                    output.write(&Answer {
                        query_id: Some(&q.id),
                        query: &q.query,
                        results: &results,
                        suggestions: &suggestions,
                    })?;
                }
                Err(e) => {
                    failed += 1;
                    let message = crate::error::one_line(&e);
                    eprintln!(
                        "kzsearch: {name} line {} (query {}): {message}",
                        q.line, q.id
                    );
                    output.error(&q.id, &q.query, &message)?;
                }
            }
        }
    }
    if failed > 0 {
        anyhow::bail!(
            "{failed} quer{} in {} failed (see above)",
            if failed == 1 { "y" } else { "ies" },
            path.display()
        );
    }
    Ok(if found {
        Outcome::Found
    } else {
        Outcome::NothingFound
    })
}

/// One query of a batch file.
struct BatchQuery {
    line: usize,
    id: String,
    query: String,
}

impl BatchQuery {
    /// `query` or `id<TAB>query` (the id defaults to the line number); `None` for a blank or
    /// `#` comment line.
    fn parse(line_number: usize, line: &str) -> Option<BatchQuery> {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let (id, query) = match line.split_once('\t') {
            Some((id, query)) => (id.trim().to_string(), query.trim().to_string()),
            None => (line_number.to_string(), line.trim().to_string()),
        };
        Some(BatchQuery {
            line: line_number,
            id,
            query,
        })
    }
}

/// The chosen renderer, set up once (a CSV header row, a JSON Lines header line).
enum Output<'w> {
    Text(&'w mut dyn Write, text::Style),
    Json(&'w mut dyn Write, &'w IndexInfo),
    Jsonl(&'w mut dyn Write),
    Csv(Box<CsvWriter<'w>>),
}

impl<'w> Output<'w> {
    fn new(
        out: &'w mut dyn Write,
        format: Format,
        args: &QueryArgs,
        info: &'w IndexInfo,
        color: bool,
    ) -> io::Result<Output<'w>> {
        Ok(match format {
            Format::Text => Output::Text(
                out,
                text::Style {
                    color,
                    kwic: args.kwic,
                },
            ),
            Format::Json => Output::Json(out, info),
            Format::Jsonl => {
                render::json::write_jsonl_header(out, info)?;
                Output::Jsonl(out)
            }
            Format::Csv => {
                let mut fields = args.fields.clone();
                if args.batch.is_some() && args.fields.is_empty() {
                    fields = std::iter::once(render::CsvField::QueryId)
                        .chain(render::CsvField::DEFAULT.iter().copied())
                        .collect();
                }
                Output::Csv(Box::new(CsvWriter::new(out, &fields)?))
            }
        })
    }

    fn write(&mut self, answer: &Answer) -> io::Result<()> {
        match self {
            Output::Text(out, style) => text::write(*out, answer, style),
            Output::Json(out, info) => render::json::write(*out, info, answer),
            Output::Jsonl(out) => render::json::write_jsonl(*out, answer),
            Output::Csv(writer) => writer.write(answer),
        }
    }

    fn error(&mut self, id: &str, query: &str, message: &str) -> io::Result<()> {
        match self {
            Output::Jsonl(out) => render::json::write_jsonl_error(*out, id, query, message),
            _ => Ok(()),
        }
    }
}
