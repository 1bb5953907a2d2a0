//! `kzsearch stats`: what the index holds: articles, date range, sources, years, the most
//! mentioned people and organizations, size on disk, schema version.

use std::io::{self, Write};
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use tantivy::Order;
use tantivy::collector::TopDocs;
use tantivy::query::AllQuery;

use super::Outcome;
use crate::cli::StatsArgs;
use crate::facets::{FacetCollector, FacetKind, Interval};
use crate::render::{IndexInfo, ReportFormat};
use crate::schema::{StoredArticles, name};
use crate::search::Engine;
use crate::store::IndexDir;

#[derive(Serialize)]
struct Stats {
    kzsearch_version: String,
    schema_version: u32,
    index: String,
    index_bytes: u64,
    index_committed_at: Option<String>,
    articles: u64,
    dated_articles: u64,
    first_date: Option<String>,
    last_date: Option<String>,
    sources: Vec<Count>,
    years: Vec<Count>,
    people: Vec<Count>,
    organizations: Vec<Count>,
}

#[derive(Serialize)]
struct Count {
    value: String,
    articles: u64,
}

pub fn run(args: StatsArgs) -> Result<Outcome> {
    let dir = IndexDir::new(&args.index.index);
    let engine = Engine::open(&dir)?;
    let searcher = engine.searcher();
    let info = IndexInfo::new(engine.commit_info(), searcher.num_docs());

    let collector = FacetCollector {
        kinds: vec![FacetKind::Source, FacetKind::Person, FacetKind::Org],
        histogram: Some(Interval::Year),
    };
    let counts = searcher.search(&AllQuery, &collector).context("counting")?;
    let facets = counts.facets(args.top);
    let list = |kind: FacetKind| -> Vec<Count> {
        facets
            .iter()
            .find(|f| f.kind == kind)
            .map(|f| {
                f.counts
                    .iter()
                    .map(|(v, c)| Count {
                        value: v.clone(),
                        articles: *c,
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let years: Vec<Count> = counts
        .histogram(Interval::Year)
        .into_iter()
        .map(|(value, articles)| Count { value, articles })
        .collect();
    let edge = |field: &str| -> Result<Option<String>> {
        let top = searcher.search(
            &AllQuery,
            &TopDocs::with_limit(1).order_by_fast_field::<u64>(field, Order::Desc),
        )?;
        let Some((Some(_), address)) = top.first() else {
            return Ok(None);
        };
        let article = StoredArticles::new(engine.fields(), &searcher).get(*address)?;
        Ok(article.date.map(|d| d.to_string()))
    };
    let stats = Stats {
        kzsearch_version: info.kzsearch_version.clone(),
        schema_version: info.schema_version,
        index: dir.root().display().to_string(),
        index_bytes: folder_size(&dir.current_path()?),
        index_committed_at: info.committed_at.clone(),
        articles: info.articles,
        dated_articles: years.iter().map(|c| c.articles).sum(),
        first_date: edge(name::DATE_ASC)?,
        last_date: edge(name::DATE)?,
        sources: list(FacetKind::Source),
        years,
        people: list(FacetKind::Person),
        organizations: list(FacetKind::Org),
    };

    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        ReportFormat::Json | ReportFormat::Jsonl => {
            serde_json::to_writer(&mut out, &stats)?;
            writeln!(out)?;
        }
        ReportFormat::Text => write_text(&mut out, &stats)?,
    }
    out.flush()?;
    Ok(Outcome::Found)
}

fn folder_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| e.metadata().ok())
                .filter(|m| m.is_file())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

fn write_text(out: &mut dyn Write, stats: &Stats) -> io::Result<()> {
    writeln!(
        out,
        "index:          {} ({:.1} MiB, schema {}, kzsearch {})",
        stats.index,
        stats.index_bytes as f64 / 1_048_576.0,
        stats.schema_version,
        stats.kzsearch_version
    )?;
    if let Some(at) = &stats.index_committed_at {
        writeln!(out, "last committed: {at}")?;
    }
    writeln!(
        out,
        "articles:       {} ({} dated)",
        stats.articles, stats.dated_articles
    )?;
    if let (Some(first), Some(last)) = (&stats.first_date, &stats.last_date) {
        writeln!(out, "dates:          {first} … {last}")?;
    }
    for (heading, list) in [
        ("sources", &stats.sources),
        ("articles per year", &stats.years),
        ("most mentioned people", &stats.people),
        ("most mentioned organizations", &stats.organizations),
    ] {
        if list.is_empty() {
            continue;
        }
        writeln!(out)?;
        writeln!(out, "{heading}:")?;
        let width = list
            .iter()
            .map(|c| c.articles.to_string().len())
            .max()
            .unwrap_or(1);
        for count in list {
            writeln!(out, "  {:>width$}  {}", count.articles, count.value)?;
        }
    }
    Ok(())
}
