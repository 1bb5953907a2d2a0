//! The JSON output contract, pinned with strict structs: a field added, removed or retyped fails
//! here, so changing the contract is a deliberate edit (with the README).

use serde::Deserialize;

use crate::util::{Env, code};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Results {
    pub header: Header,
    pub query: String,
    pub total: u64,
    pub relaxed: bool,
    /// Present only when fewer articles than a page had every word: the first hits that do.
    pub complete: Option<u64>,
    pub hits: Vec<Hit>,
    /// Present only with --facet.
    pub facets: Option<serde_json::Value>,
    /// Present only with --histogram.
    pub histogram: Option<serde_json::Value>,
    /// Present only when nothing was found and a correction exists.
    pub suggestions: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub kzsearch_version: String,
    pub schema_version: u32,
    pub index_articles: u64,
    pub index_committed_at: Option<String>,
    pub query_understood: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hit {
    pub rank: u64,
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub score: f64,
    pub snippet: String,
    pub highlights: Vec<[usize; 2]>,
    /// Present only with --snippets N (N > 1) or --kwic.
    pub passages: Option<Vec<Passage>>,
    /// `en`, `ru` or `kk`.
    pub lang: Option<String>,
    /// Canonical names of the people and bodies the article names, and its conventions.
    pub people: Vec<String>,
    pub organizations: Vec<String>,
    pub conventions: Vec<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Passage {
    pub snippet: String,
    pub highlights: Vec<[usize; 2]>,
}

impl Hit {
    /// The highlighted parts of the snippet (offsets are code points).
    pub fn highlighted(&self) -> Vec<String> {
        let chars: Vec<char> = self.snippet.chars().collect();
        self.highlights
            .iter()
            .map(|&[s, e]| chars[s..e].iter().collect())
            .collect()
    }
}

#[test]
fn json_results_follow_the_contract() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    let output = env.query("union", &["--format", "json"]);
    assert_eq!(code(&output), 0);
    let text = String::from_utf8(output.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "one line of JSON");
    let results: Results = serde_json::from_str(&text).unwrap();
    assert_eq!(results.query, "union");
    assert!(!results.relaxed);
    let header = &results.header;
    assert_eq!(header.kzsearch_version, env!("CARGO_PKG_VERSION"));
    assert!(header.schema_version >= 1);
    assert_eq!(header.index_articles, 4);
    assert!(header.index_committed_at.is_some());
    assert_eq!(header.query_understood, "union");
    // Optional parts are left out unless asked for.
    assert!(results.facets.is_none() && results.histogram.is_none());
    assert!(results.suggestions.is_none());
    assert!(results.hits.iter().all(|h| h.passages.is_none()));
    assert_eq!(results.total, 2);
    assert_eq!(results.hits.len(), 2);
    for (i, hit) in results.hits.iter().enumerate() {
        assert_eq!(hit.rank, i as u64 + 1);
        assert!(hit.path.ends_with(&format!("{}.txt", hit.id)));
        assert!(hit.score > 0.0);
        assert!(!hit.highlights.is_empty());
        for word in hit.highlighted() {
            assert!(
                word.to_lowercase().starts_with("union"),
                "highlighted {word:?}"
            );
        }
    }
    assert!(results.hits[0].score >= results.hits[1].score);
    // The miners' union article has the word in its title and body: it ranks first.
    assert_eq!(results.hits[0].id, "union-congress");
    assert_eq!(results.hits[1].date.as_deref(), Some("2023-03-12"));
}

#[test]
fn untitled_articles_have_null_title_and_dates_are_iso() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    let results = env.query_json("\"occupational safety\"", &[]);
    assert_eq!(results.hits.len(), 1);
    let hit = &results.hits[0];
    assert_eq!(hit.id, "untitled-visit");
    assert_eq!(hit.title, None);
    assert_eq!(hit.date.as_deref(), Some("2024-02-20"));
    assert_eq!(hit.highlighted(), ["occupational safety"]);
}

#[test]
fn highlight_offsets_count_code_points_not_bytes() {
    let env = Env::new();
    let corpus = env.path().join("c");
    env.write(
        "c/a.txt",
        "Қазақ headline here\n\n«Тоқаев» — “Kazakh” unions met the ILO today.\n",
    );
    env.index(&[&corpus]);
    let results = env.query_json("ILO", &[]);
    assert_eq!(results.hits[0].highlighted(), ["ILO"]);
}
