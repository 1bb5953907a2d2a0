//! `kzsearch eval DIR`: index a test collection, run every judged query through the same search
//! path users get (default options), and print nDCG@10, MAP, P@10 and recall@100.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use super::Outcome;
use crate::cli::EvalArgs;
use crate::error::UserError;
use crate::eval::{self, Collection, Metrics};
use crate::indexer;
use crate::render::ReportFormat;
use crate::search::{Engine, Request};
use crate::store::IndexDir;

#[derive(Serialize)]
struct QueryScore<'a> {
    id: &'a str,
    #[serde(flatten)]
    metrics: Metrics,
    relevant: usize,
}

#[derive(Serialize)]
struct Report<'a> {
    collection: String,
    documents: u64,
    queries: usize,
    /// Queries whose text did not parse as query syntax and ran as plain words.
    plain_fallbacks: usize,
    mean: Metrics,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    per_query: Vec<QueryScore<'a>>,
}

pub fn run(args: EvalArgs) -> Result<Outcome> {
    let collection = Collection::load(&args.collection)?;
    let docs = args.collection.join("docs.jsonl");
    let temporary;
    let dir = match &args.index.index {
        Some(dir) => IndexDir::new(dir),
        None => {
            temporary = tempfile::tempdir().context("creating a temporary index folder")?;
            IndexDir::new(temporary.path())
        }
    };
    // An index given with --index is rebuilt from the collection, or reused, only if it holds
    // the collection: eval never replaces an index of other articles.
    let existing = match &args.index.index {
        Some(_) => Engine::open(&dir).ok(),
        None => None,
    };
    let existing = match existing {
        Some(engine) if !built_from(&engine, &docs)? => {
            anyhow::bail!(
                "the index at {} holds other articles than {}: give eval a folder of its own \
                 with --index, or none (a temporary one)",
                dir.root().display(),
                docs.display()
            );
        }
        other => other,
    };
    let mut engine = match existing.filter(|_| args.reuse) {
        Some(engine) => engine,
        None => {
            indexer::rebuild(&dir, std::slice::from_ref(&docs))?;
            Engine::open(&dir)?
        }
    };
    let documents = engine.searcher().num_docs();
    let mut ranking = crate::ranking::Ranking::default();
    for assignment in &args.set {
        ranking.set(assignment)?;
    }
    engine.set_ranking(ranking);

    let mut scores = Vec::new();
    let mut fallbacks = 0;
    for query in &collection.queries {
        let Some(relevant) = collection.judgments.get(&query.id) else {
            continue;
        };
        let mut request = Request {
            limit: eval::DEPTH,
            passages: 0,
            ..Request::new(query.text.clone())
        };
        let results = match engine.search(&request) {
            Ok(results) => results,
            Err(e) if e.downcast_ref::<UserError>().is_some() => {
                fallbacks += 1;
                request.query = eval::plain_words(&query.text);
                engine.search(&request)?
            }
            Err(e) => return Err(e),
        };
        let ranking: Vec<String> = results.hits.into_iter().map(|h| h.article.id).collect();
        if let Some(metrics) = Metrics::of(&ranking, relevant) {
            scores.push(QueryScore {
                id: &query.id,
                metrics,
                relevant: relevant.len(),
            });
        }
    }
    if scores.is_empty() {
        anyhow::bail!(
            "{}: no query has judgments to score it by (queries.jsonl and qrels)",
            args.collection.display()
        );
    }
    let mean = Metrics::mean(&scores.iter().map(|s| s.metrics).collect::<Vec<_>>());
    let report = Report {
        collection: args.collection.display().to_string(),
        documents,
        queries: scores.len(),
        plain_fallbacks: fallbacks,
        mean,
        per_query: if args.per_query { scores } else { Vec::new() },
    };

    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        ReportFormat::Json | ReportFormat::Jsonl => {
            serde_json::to_writer(&mut out, &report)?;
            writeln!(out)?;
        }
        ReportFormat::Text => {
            writeln!(
                out,
                "{}: {} documents, {} judged queries ({} run as plain words)",
                report.collection, report.documents, report.queries, report.plain_fallbacks
            )?;
            writeln!(
                out,
                "nDCG@10 {:.4}  MAP {:.4}  P@10 {:.4}  recall@100 {:.4}",
                mean.ndcg_10, mean.map, mean.p_10, mean.recall_100
            )?;
            if !report.per_query.is_empty() {
                writeln!(out, "\nquery  nDCG@10     MAP    P@10  R@100  relevant")?;
                for s in &report.per_query {
                    let m = s.metrics;
                    writeln!(
                        out,
                        "{:<5} {:>8.4} {:>7.4} {:>7.4} {:>6.4} {:>9}",
                        s.id, m.ndcg_10, m.map, m.p_10, m.recall_100, s.relevant
                    )?;
                }
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Found)
}

/// Was the index in `engine` built from the collection's `docs` (its articles' paths are
/// `DOCS:LINE`)? An empty index was built from nothing.
fn built_from(engine: &Engine, docs: &Path) -> Result<bool> {
    let request = Request {
        limit: 1,
        passages: 0,
        ..Request::new("*")
    };
    let results = engine.search(&request)?;
    let Some(hit) = results.hits.first() else {
        return Ok(false);
    };
    let Some((file, _line)) = hit.article.path.rsplit_once(':') else {
        return Ok(false);
    };
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    Ok(same(Path::new(file), docs))
}
