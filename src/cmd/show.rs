//! `kzsearch show ID`: one article in full, with its metadata, as text or JSON.

use std::io::{self, Write};

use anyhow::{Context, Result};
use tantivy::Term;
use tantivy::collector::TopDocs;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;

use super::Outcome;
use crate::article::{Article, Entity};
use crate::cli::ShowArgs;
use crate::render::ReportFormat;
use crate::render::json::ArticleJson;
use crate::schema::StoredArticles;
use crate::search::Engine;
use crate::store::IndexDir;

pub fn run(args: ShowArgs) -> Result<Outcome> {
    let engine = Engine::open(&IndexDir::new(&args.index.index))?;
    let Some(article) = find(&engine, &args.id)? else {
        eprintln!(
            "kzsearch: no article with id `{}` in {}; ids are shown by `kzsearch query`",
            args.id,
            args.index.index.display()
        );
        return Ok(Outcome::NothingFound);
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        ReportFormat::Json | ReportFormat::Jsonl => {
            serde_json::to_writer(&mut out, &ArticleJson::new(&article, true))?;
            writeln!(out)?;
        }
        ReportFormat::Text => write_text(&mut out, &article)?,
    }
    out.flush()?;
    Ok(Outcome::Found)
}

/// The stored article with id `id`, if the index has one.
pub fn find(engine: &Engine, id: &str) -> Result<Option<Article>> {
    let searcher = engine.searcher();
    let query = TermQuery::new(
        Term::from_field_text(engine.fields().id, id),
        IndexRecordOption::Basic,
    );
    let top = searcher
        .search(&query, &TopDocs::with_limit(1).order_by_score())
        .context("looking up the article")?;
    let Some((_, address)) = top.first() else {
        return Ok(None);
    };
    let stored = StoredArticles::new(engine.fields(), &searcher);
    Ok(Some(stored.get(*address)?))
}

fn write_text(out: &mut dyn Write, article: &Article) -> io::Result<()> {
    let (title, stand_in) = article.display_title();
    if stand_in {
        writeln!(out, "[no title] {title}")?;
    } else {
        writeln!(out, "{title}")?;
    }
    writeln!(out)?;
    let date = article
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "no date".into());
    writeln!(out, "date:          {date}")?;
    writeln!(out, "id:            {}", article.id)?;
    writeln!(out, "path:          {}", article.path)?;
    if let Some(source) = &article.source {
        writeln!(out, "source:        {source}")?;
    }
    let names = |list: &[Entity]| {
        list.iter()
            .map(|e| e.name.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let entities = &article.entities;
    if !entities.people.is_empty() {
        writeln!(out, "people:        {}", names(&entities.people))?;
    }
    if !entities.organizations.is_empty() {
        writeln!(out, "organizations: {}", names(&entities.organizations))?;
    }
    if !entities.conventions.is_empty() {
        let list: Vec<String> = entities.conventions.iter().map(u32::to_string).collect();
        writeln!(out, "conventions:   {}", list.join(", "))?;
    }
    writeln!(out)?;
    writeln!(out, "{}", article.body)
}
