//! `kzsearch entities`: the people, bodies and conventions the indexed articles name, each with
//! every spelling seen and the number of articles naming it, most frequent first. Spellings of
//! one person or body across articles are joined the way extraction joins them in one article.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;
use tantivy::DocAddress;

use super::Outcome;
use crate::article::Entity;
use crate::cli::{EntitiesArgs, EntityKind};
use crate::extract::aliases;
use crate::render::ReportFormat;
use crate::schema;
use crate::search::Engine;
use crate::store::IndexDir;

#[derive(Serialize)]
struct Row {
    kind: &'static str,
    name: String,
    aliases: Vec<String>,
    articles: u64,
}

pub fn run(args: EntitiesArgs) -> Result<Outcome> {
    let engine = Engine::open(&IndexDir::new(&args.index.index))?;
    let searcher = engine.searcher();
    // Canonical name → (spellings, articles) per kind, as the articles name them.
    let mut people: BTreeMap<String, (BTreeSet<String>, u64)> = BTreeMap::new();
    let mut orgs: BTreeMap<String, (BTreeSet<String>, u64)> = BTreeMap::new();
    let mut conventions: BTreeMap<u32, u64> = BTreeMap::new();
    let add = |map: &mut BTreeMap<String, (BTreeSet<String>, u64)>, entity: &Entity| {
        let slot = map.entry(entity.name.clone()).or_default();
        slot.0.extend(entity.mentions.iter().cloned());
        slot.1 += 1;
    };
    let articles = schema::StoredArticles::new(engine.fields(), &searcher);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        for doc in segment.doc_ids_alive() {
            let article = articles.get(DocAddress::new(ord as u32, doc))?;
            article
                .entities
                .people
                .iter()
                .for_each(|e| add(&mut people, e));
            article
                .entities
                .organizations
                .iter()
                .for_each(|e| add(&mut orgs, e));
            for &n in &article.entities.conventions {
                *conventions.entry(n).or_default() += 1;
            }
        }
    }

    let mut rows = Vec::new();
    let wanted = |kind: EntityKind| args.kind.is_none_or(|k| k == kind);
    if wanted(EntityKind::Person) {
        rows.extend(merged("person", &people, aliases::merge_people));
    }
    if wanted(EntityKind::Org) {
        rows.extend(merged("org", &orgs, aliases::merge_orgs));
    }
    if wanted(EntityKind::Convention) {
        rows.extend(conventions.iter().map(|(n, count)| Row {
            kind: "convention",
            name: n.to_string(),
            aliases: Vec::new(),
            articles: *count,
        }));
    }
    rows.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then_with(|| a.kind.cmp(b.kind))
            // (Convention numbers in numeric order: 81 before 190.)
            .then_with(|| {
                let numeric = a.kind == "convention";
                let key = |r: &Row| (if numeric { r.name.len() } else { 0 }, r.name.clone());
                key(a).cmp(&key(b))
            })
    });
    if let Some(limit) = args.limit {
        rows.truncate(limit);
    }

    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format {
        ReportFormat::Json | ReportFormat::Jsonl => {
            for row in &rows {
                serde_json::to_writer(&mut out, row)?;
                writeln!(out)?;
            }
        }
        ReportFormat::Text => {
            let width = rows
                .iter()
                .map(|r| r.articles.to_string().len())
                .max()
                .unwrap_or(1);
            for row in &rows {
                let aliases: Vec<&str> = row
                    .aliases
                    .iter()
                    .map(String::as_str)
                    .filter(|a| *a != row.name)
                    .collect();
                let aliases = if aliases.is_empty() {
                    String::new()
                } else {
                    format!("  ({})", aliases.join("; "))
                };
                writeln!(
                    out,
                    "{:>width$}  {:<10} {}{aliases}",
                    row.articles, row.kind, row.name
                )?;
            }
        }
    }
    out.flush()?;
    Ok(if rows.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}

/// How counts per spelling are joined into counts per entity.
type Merge = fn(&[(String, u64)]) -> Vec<aliases::Merged>;

/// Joins the canonical names of one kind across articles; each row lists every spelling.
fn merged(
    kind: &'static str,
    map: &BTreeMap<String, (BTreeSet<String>, u64)>,
    merge: Merge,
) -> Vec<Row> {
    let counts: Vec<(String, u64)> = map
        .iter()
        .map(|(name, (_, n))| (name.clone(), *n))
        .collect();
    // Each merged row with the canonical names counted into it, and their spellings.
    merge(&counts)
        .into_iter()
        .map(|(name, articles, members)| {
            let mut all: BTreeSet<String> = BTreeSet::new();
            for member in members.iter().filter_map(|m| map.get_key_value(m)) {
                all.insert(member.0.clone());
                all.extend(member.1.0.iter().cloned());
            }
            Row {
                kind,
                name,
                aliases: all.into_iter().collect(),
                articles,
            }
        })
        .collect()
}
