//! The JSON and JSON Lines contracts. Scripts depend on them: change them only deliberately,
//! with the README ("JSON output") and the contract tests (`tests/it/json.rs`) in the same commit.
//!
//! `--format json` writes one line holding one object:
//!
//! ```json
//! {"header": {"kzsearch_version": "0.1.0", "schema_version": 2, "index_articles": 5,
//!             "index_committed_at": "2026-11-22T14:05:09Z", "query_understood": "(+convent +87)"},
//!  "query": "Convention 87", "total": 1, "relaxed": false,
//!  "hits": [{"rank": 1, "id": "001_9f0a55dd905b5d85", "path": "seeds/001_9f0a55dd905b5d85.txt",
//!            "title": "The meeting of …", "date": "2018-05-14", "score": 7.21,
//!            "snippet": "… the Convention 87.", "highlights": [[6, 16], [17, 19]]}]}
//! ```
//!
//! - `title` and `date` are `null` when the article has none; `date` is `YYYY-MM-DD`.
//! - `highlights` are `[start, end)` offsets in Unicode code points into `snippet`.
//! - `passages` (with `--snippets N` or `--kwic`), `facets`, `histogram` and `suggestions`
//!   appear only when asked for or, for suggestions, when nothing was found; `complete` only
//!   when fewer articles than a page had every word (the first `complete` hits have them all).
//!
//! `--format jsonl` writes a `{"type": "header", …}` line, then for each query one
//! `{"type": "hit", "query_id"?, "query", …hit fields}` line per hit and a
//! `{"type": "summary", "query_id"?, "query", "query_understood", "total", "relaxed", …}` line.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::{Answer, IndexInfo};
use crate::article::{Article, Entity};
use crate::search::Hit;
use crate::snippet::Snippet;

#[derive(Serialize)]
struct Header<'a> {
    kzsearch_version: &'a str,
    schema_version: u32,
    index_articles: u64,
    index_committed_at: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    query_understood: Option<&'a str>,
}

impl<'a> Header<'a> {
    fn new(info: &'a IndexInfo, understood: Option<&'a str>) -> Header<'a> {
        Header {
            kzsearch_version: &info.kzsearch_version,
            schema_version: info.schema_version,
            index_articles: info.articles,
            index_committed_at: info.committed_at.as_deref(),
            query_understood: understood,
        }
    }
}

#[derive(Serialize)]
struct Results<'a> {
    header: Header<'a>,
    query: &'a str,
    total: usize,
    relaxed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    complete: Option<usize>,
    hits: Vec<JsonHit<'a>>,
    #[serde(flatten)]
    extras: Extras<'a>,
}

/// What a request may add: facets, a timeline, suggestions.
#[derive(Serialize)]
struct Extras<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    facets: Option<BTreeMap<&'static str, JsonFacet<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    histogram: Option<Vec<JsonBucket<'a>>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    suggestions: &'a [String],
}

#[derive(Serialize)]
struct JsonFacet<'a> {
    distinct: usize,
    values: Vec<JsonCount<'a>>,
}

#[derive(Serialize)]
struct JsonCount<'a> {
    value: &'a str,
    count: u64,
}

#[derive(Serialize)]
struct JsonBucket<'a> {
    period: &'a str,
    count: u64,
}

/// An article with its entities, as `kzsearch show --format json` and `kzsearch extract` write it.
#[derive(Serialize)]
pub struct ArticleJson<'a> {
    id: &'a str,
    path: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    source: Option<&'a str>,
    people: Vec<JsonEntity<'a>>,
    organizations: Vec<JsonEntity<'a>>,
    conventions: &'a [u32],
    /// The body, when asked for (`show` always; `extract --with-body`).
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    name: &'a str,
    mentions: &'a [String],
}

impl<'a> ArticleJson<'a> {
    pub fn new(article: &'a Article, with_body: bool) -> ArticleJson<'a> {
        let entities = |list: &'a [Entity]| {
            list.iter()
                .map(|e| JsonEntity {
                    name: &e.name,
                    mentions: &e.mentions,
                })
                .collect()
        };
        ArticleJson {
            id: &article.id,
            path: &article.path,
            title: article.title.as_deref(),
            date: article.date.map(|d| d.to_string()),
            source: article.source.as_deref(),
            people: entities(&article.entities.people),
            organizations: entities(&article.entities.organizations),
            conventions: &article.entities.conventions,
            body: with_body.then_some(article.body.as_str()),
        }
    }
}

#[derive(Serialize)]
struct JsonHit<'a> {
    rank: usize,
    id: &'a str,
    path: &'a str,
    title: Option<&'a str>,
    date: Option<String>,
    score: f64,
    snippet: &'a str,
    highlights: Vec<[usize; 2]>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    passages: Vec<JsonPassage<'a>>,
    lang: Option<&'a str>,
    people: Vec<&'a str>,
    organizations: Vec<&'a str>,
    conventions: &'a [u32],
}

#[derive(Serialize)]
struct JsonPassage<'a> {
    snippet: &'a str,
    highlights: Vec<[usize; 2]>,
}

fn highlights(snippet: &Snippet) -> Vec<[usize; 2]> {
    snippet.highlights.iter().map(|&(s, e)| [s, e]).collect()
}

impl<'a> JsonHit<'a> {
    fn new(hit: &'a Hit) -> JsonHit<'a> {
        let article = &hit.article;
        JsonHit {
            rank: hit.rank,
            id: &article.id,
            path: &article.path,
            title: article.title.as_deref(),
            date: article.date.map(|d| d.to_string()),
            // Rounded so the number reads the same in every JSON parser.
            score: (f64::from(hit.score) * 10_000.0).round() / 10_000.0,
            snippet: &hit.snippet.text,
            highlights: highlights(&hit.snippet),
            passages: hit
                .passages
                .iter()
                .map(|p| JsonPassage {
                    snippet: &p.text,
                    highlights: highlights(p),
                })
                .collect(),
            lang: article.lang.as_deref(),
            people: article
                .entities
                .people
                .iter()
                .map(|e| e.name.as_str())
                .collect(),
            organizations: article
                .entities
                .organizations
                .iter()
                .map(|e| e.name.as_str())
                .collect(),
            conventions: &article.entities.conventions,
        }
    }
}

impl<'a> Extras<'a> {
    fn new(answer: &'a Answer<'a>) -> Extras<'a> {
        let results = answer.results;
        let facets = (!results.facets.is_empty()).then(|| {
            results
                .facets
                .iter()
                .map(|f| {
                    let values = f
                        .counts
                        .iter()
                        .map(|(value, count)| JsonCount {
                            value,
                            count: *count,
                        })
                        .collect();
                    (
                        f.kind.name(),
                        JsonFacet {
                            distinct: f.distinct,
                            values,
                        },
                    )
                })
                .collect()
        });
        let histogram = (!results.histogram.is_empty()).then(|| {
            results
                .histogram
                .iter()
                .map(|(period, count)| JsonBucket {
                    period,
                    count: *count,
                })
                .collect()
        });
        Extras {
            facets,
            histogram,
            suggestions: answer.suggestions,
        }
    }
}

/// `--format json`: one object per query, on one line.
pub fn write(out: &mut dyn Write, info: &IndexInfo, answer: &Answer) -> io::Result<()> {
    let results = answer.results;
    let json = Results {
        header: Header::new(info, Some(&results.understood)),
        query: answer.query,
        total: results.total,
        relaxed: results.relaxed,
        complete: results.complete,
        hits: results.hits.iter().map(JsonHit::new).collect(),
        extras: Extras::new(answer),
    };
    serde_json::to_writer(&mut *out, &json)?;
    writeln!(out)
}

#[derive(Serialize)]
struct Line<'a, T: Serialize> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    query_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    query: Option<&'a str>,
    #[serde(flatten)]
    body: T,
}

#[derive(Serialize)]
struct Summary<'a> {
    query_understood: &'a str,
    total: usize,
    relaxed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    complete: Option<usize>,
    #[serde(flatten)]
    extras: Extras<'a>,
}

/// `--format jsonl`: the header line, written once before any query.
pub fn write_jsonl_header(out: &mut dyn Write, info: &IndexInfo) -> io::Result<()> {
    let line = Line {
        kind: "header",
        query_id: None,
        query: None,
        body: Header::new(info, None),
    };
    serde_json::to_writer(&mut *out, &line)?;
    writeln!(out)
}

/// `--format jsonl`: a line per hit, then the query's summary line.
pub fn write_jsonl(out: &mut dyn Write, answer: &Answer) -> io::Result<()> {
    let results = answer.results;
    for hit in &results.hits {
        let line = Line {
            kind: "hit",
            query_id: answer.query_id,
            query: Some(answer.query),
            body: JsonHit::new(hit),
        };
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    let summary = Summary {
        query_understood: &results.understood,
        total: results.total,
        relaxed: results.relaxed,
        complete: results.complete,
        extras: Extras::new(answer),
    };
    let line = Line {
        kind: "summary",
        query_id: answer.query_id,
        query: Some(answer.query),
        body: summary,
    };
    serde_json::to_writer(&mut *out, &line)?;
    writeln!(out)
}

/// A batch query that failed, as a JSON Lines record (the run goes on).
pub fn write_jsonl_error(
    out: &mut dyn Write,
    query_id: &str,
    query: &str,
    error: &str,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Error<'a> {
        error: &'a str,
    }
    let line = Line {
        kind: "error",
        query_id: Some(query_id),
        query: Some(query),
        body: Error { error },
    };
    serde_json::to_writer(&mut *out, &line)?;
    writeln!(out)
}
