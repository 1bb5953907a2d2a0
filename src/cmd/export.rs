//! `kzsearch export`: every article with its extracted fields as NDJSON, in the form Quickwit
//! (the distributed engine built on tantivy) ingests, or the Quickwit index config that
//! declares those fields (`--quickwit-config`). The way out when a corpus outgrows one machine.

use std::io::{self, Write};

use anyhow::Result;
use serde::Serialize;
use tantivy::DocAddress;

use super::Outcome;
use crate::analysis;
use crate::cli::ExportArgs;
use crate::schema;
use crate::search::Engine;
use crate::store::IndexDir;

/// One exported article. Every field here is declared in [`QUICKWIT_CONFIG`] (a test checks).
#[derive(Serialize)]
struct Record {
    id: String,
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    body: String,
    /// RFC 3339, midnight UTC of the publication day.
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    people: Vec<String>,
    organizations: Vec<String>,
    conventions: Vec<u32>,
    /// Folded name keys of every spelling of every person ("Abylkasymova", "Абылкасымова",
    /// "M.Abylkasymova" share keys): what `person:` queries match, which Quickwit cannot compute.
    person_keys: Vec<String>,
    /// Each person's family-name keys with the initials of the given names ("mmm abilkasimova"):
    /// what `person:M.Abylkasymova` requires besides the keys, so that the initial and the
    /// family name are one person's.
    person_initials: Vec<String>,
    /// Every spelling of every body and its known aliases ("ILO", "International Labour
    /// Organization").
    org_names: Vec<String>,
    /// Name keys of the article's capitalised words: names across scripts and transliterations.
    name_keys: Vec<String>,
}

/// The Quickwit index config matching [`Record`] (Quickwit 0.8 format).
pub const QUICKWIT_CONFIG: &str = include_str!("../../data/quickwit-index.yaml");

pub fn run(args: ExportArgs) -> Result<Outcome> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.quickwit_config {
        out.write_all(QUICKWIT_CONFIG.as_bytes())?;
        out.flush()?;
        return Ok(Outcome::Found);
    }
    let engine = Engine::open(&IndexDir::new(&args.index.index))?;
    let fields = engine.fields();
    let searcher = engine.searcher();
    let mut keys = analysis::name_key();
    let mut fold = |texts: &mut dyn Iterator<Item = &str>| -> Vec<String> {
        let mut all: Vec<String> = texts
            .flat_map(|t| analysis::terms(&mut keys, t))
            .map(|t| t.text)
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    };
    let mut count = 0u64;
    let articles = schema::StoredArticles::new(fields, &searcher);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        for doc in segment.doc_ids_alive() {
            let article = articles.get(DocAddress::new(ord as u32, doc))?;
            let entities = &article.entities;
            let person_keys = fold(&mut entities.people.iter().flat_map(schema::person_spellings));
            let mut org_names: Vec<String> = entities
                .organizations
                .iter()
                .flat_map(schema::org_spellings)
                .map(str::to_string)
                .collect();
            org_names.sort_unstable();
            org_names.dedup();
            let capitalised = schema::capitalised_words(&article.body);
            let record = Record {
                name_keys: fold(&mut std::iter::once(capitalised.as_str())),
                person_keys,
                person_initials: schema::person_initials(&entities.people),
                org_names,
                people: entities.people.iter().map(|p| p.name.clone()).collect(),
                organizations: entities
                    .organizations
                    .iter()
                    .map(|o| o.name.clone())
                    .collect(),
                conventions: entities.conventions.clone(),
                date: article.date.map(|d| format!("{d}T00:00:00Z")),
                id: article.id,
                path: article.path,
                url: article.url,
                title: article.title,
                body: article.body,
                source: article.source,
                lang: article.lang,
            };
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
            count += 1;
        }
    }
    out.flush()?;
    eprintln!("kzsearch: exported {count} article(s)");
    Ok(Outcome::Found)
}
