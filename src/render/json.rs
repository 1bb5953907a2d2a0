//! The JSON contract for query results. Scripts depend on it: change it only deliberately, with
//! the README and the contract test (`tests/it/json.rs`) in the same commit.
//!
//! ```json
//! {"query": "Convention 87", "total": 1, "relaxed": false,
//!  "hits": [{"rank": 1, "id": "001_9f0a55dd905b5d85", "path": "seeds/001_9f0a55dd905b5d85.txt",
//!            "title": "The meeting of …", "date": "2018-05-14", "score": 7.21,
//!            "snippet": "… the Convention 87.", "highlights": [[6, 19]]}]}
//! ```
//!
//! - `title` and `date` are `null` when the article has none; `date` is `YYYY-MM-DD`.
//! - `highlights` are `[start, end)` offsets in Unicode code points into `snippet`.
//! - Output is one line, ending in a newline.

use std::io::{self, Write};

use serde::Serialize;

use crate::search::{Hit, Results};

#[derive(Serialize)]
struct JsonResults<'a> {
    query: &'a str,
    total: usize,
    relaxed: bool,
    hits: Vec<JsonHit<'a>>,
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
            highlights: hit
                .snippet
                .highlights
                .iter()
                .map(|&(s, e)| [s, e])
                .collect(),
        }
    }
}

pub fn write(out: &mut dyn Write, query: &str, results: &Results) -> io::Result<()> {
    let json = JsonResults {
        query,
        total: results.total,
        relaxed: results.relaxed,
        hits: results.hits.iter().map(JsonHit::new).collect(),
    };
    serde_json::to_writer(&mut *out, &json)?;
    writeln!(out)
}
