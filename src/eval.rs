//! Ranking quality the way information-retrieval research measures it: judged queries over a
//! test collection, scored with trec_eval's definitions.
//!
//! A collection is a folder with `docs.jsonl` (`{"id", "title", "body"}`), `queries.jsonl`
//! (`{"id", "text"}`) and `qrels.tsv` (`query_id<TAB>doc_id<TAB>grade`, no header; grade ≥ 1 is
//! relevant, unjudged documents are not). Metrics per query, averaged over the queries that have
//! at least one relevant document:
//!
//! - nDCG@10: graded gains (the grade itself, as trec_eval's `ndcg_cut`), discount log2(rank + 1),
//!   normalised by the ideal ordering of all judged documents;
//! - MAP: average precision over the top 100, divided by the number of relevant documents;
//! - P@10: relevant documents among the first ten, over ten;
//! - recall@100: relevant documents among the first hundred, over all relevant.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

/// Depth of the ranking each query is judged on.
pub const DEPTH: usize = 100;

#[derive(Debug, Clone)]
pub struct Query {
    pub id: String,
    pub text: String,
}

/// A test collection's queries and judgments (its documents are read by the indexer).
#[derive(Debug)]
pub struct Collection {
    pub queries: Vec<Query>,
    /// query id → document id → grade (only grades ≥ 1 kept).
    pub judgments: HashMap<String, HashMap<String, u32>>,
}

#[derive(Deserialize)]
struct QueryLine {
    id: serde_json::Value,
    text: String,
}

impl Collection {
    pub fn load(dir: &Path) -> Result<Collection> {
        for file in ["docs.jsonl", "queries.jsonl", "qrels.tsv"] {
            if !dir.join(file).is_file() {
                bail!(
                    "{} is not a test collection: it has no {file} (a collection is a folder with docs.jsonl, queries.jsonl and qrels.tsv, like ../shared/relevance/cran)",
                    dir.display()
                );
            }
        }
        let queries_path = dir.join("queries.jsonl");
        let text = std::fs::read_to_string(&queries_path)
            .with_context(|| format!("reading {}", queries_path.display()))?;
        let mut queries = Vec::new();
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let q: QueryLine = serde_json::from_str(line).with_context(|| {
                format!(
                    "{} line {}: not a query object",
                    queries_path.display(),
                    n + 1
                )
            })?;
            let id = match q.id {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            queries.push(Query { id, text: q.text });
        }
        let qrels_path = dir.join("qrels.tsv");
        let text = std::fs::read_to_string(&qrels_path)
            .with_context(|| format!("reading {}", qrels_path.display()))?;
        let mut judgments: HashMap<String, HashMap<String, u32>> = HashMap::new();
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let fields: Vec<&str> = line.split('\t').collect();
            let [query, doc, grade] = fields[..] else {
                bail!(
                    "{} line {}: expected query_id<TAB>doc_id<TAB>grade",
                    qrels_path.display(),
                    n + 1
                );
            };
            let grade: i64 = grade.trim().parse().with_context(|| {
                format!(
                    "{} line {}: grade `{grade}` is not a number",
                    qrels_path.display(),
                    n + 1
                )
            })?;
            if grade >= 1 {
                judgments
                    .entry(query.trim().to_string())
                    .or_default()
                    .insert(doc.trim().to_string(), grade as u32);
            }
        }
        Ok(Collection { queries, judgments })
    }
}

/// Scores for one query, or the mean over many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Metrics {
    pub ndcg_10: f64,
    pub map: f64,
    pub p_10: f64,
    pub recall_100: f64,
}

impl Metrics {
    /// Scores `ranking` (document ids, best first) against the relevant documents of a query.
    /// `None` when the query has no relevant document (it is left out of averages).
    pub fn of(ranking: &[String], relevant: &HashMap<String, u32>) -> Option<Metrics> {
        if relevant.is_empty() {
            return None;
        }
        let ranking = &ranking[..ranking.len().min(DEPTH)];
        let gain = |id: &String| relevant.get(id).copied().unwrap_or(0);
        let discount = |rank: usize| 1.0 / ((rank + 2) as f64).log2();
        let dcg: f64 = ranking
            .iter()
            .take(10)
            .enumerate()
            .map(|(i, id)| f64::from(gain(id)) * discount(i))
            .sum();
        let mut ideal: Vec<u32> = relevant.values().copied().collect();
        ideal.sort_unstable_by(|a, b| b.cmp(a));
        let idcg: f64 = ideal
            .iter()
            .take(10)
            .enumerate()
            .map(|(i, &g)| f64::from(g) * discount(i))
            .sum();
        let mut found = 0usize;
        let mut precision_sum = 0.0;
        for (i, id) in ranking.iter().enumerate() {
            if gain(id) > 0 {
                found += 1;
                precision_sum += found as f64 / (i + 1) as f64;
            }
        }
        let in_ten = ranking.iter().take(10).filter(|id| gain(id) > 0).count();
        Some(Metrics {
            ndcg_10: if idcg > 0.0 { dcg / idcg } else { 0.0 },
            map: precision_sum / relevant.len() as f64,
            p_10: in_ten as f64 / 10.0,
            recall_100: found as f64 / relevant.len() as f64,
        })
    }

    pub fn mean(all: &[Metrics]) -> Metrics {
        let n = all.len().max(1) as f64;
        let sum = |f: fn(&Metrics) -> f64| all.iter().map(f).sum::<f64>() / n;
        Metrics {
            ndcg_10: sum(|m| m.ndcg_10),
            map: sum(|m| m.map),
            p_10: sum(|m| m.p_10),
            recall_100: sum(|m| m.recall_100),
        }
    }
}

/// A query as plain words, for a question whose text happens to contain query syntax that does
/// not parse (a stray parenthesis or quote): operators and their characters become spaces.
pub fn plain_words(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            if matches!(w, "AND" | "OR" | "NOT") {
                w.to_lowercase()
            } else {
                w.to_string()
            }
        })
        .map(|w| {
            w.replace(['(', ')', '"', '“', '”', '„'], " ")
                .trim_start_matches(['+', '-'])
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn metrics_on_a_hand_computed_case() {
        // Relevant: a (grade 3), b (grade 1), c (grade 2). Ranking: a, x, b, y; c not retrieved.
        let relevant: HashMap<String, u32> = [("a", 3), ("b", 1), ("c", 2)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        let m = Metrics::of(&ids(&["a", "x", "b", "y"]), &relevant).unwrap();
        // DCG = 3/log2(2) + 1/log2(4) = 3 + 0.5 = 3.5
        // IDCG = 3/log2(2) + 2/log2(3) + 1/log2(4) = 3 + 1.26186 + 0.5 = 4.76186
        assert!(
            (m.ndcg_10 - 3.5 / 4.761_859_507_142_915).abs() < 1e-9,
            "{m:?}"
        );
        // AP = (1/1 + 2/3) / 3
        assert!((m.map - (1.0 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
        assert!((m.p_10 - 0.2).abs() < 1e-12);
        assert!((m.recall_100 - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(Metrics::of(&ids(&["a"]), &HashMap::new()), None);
        let perfect = Metrics::of(&ids(&["a", "c", "b"]), &relevant).unwrap();
        assert!((perfect.ndcg_10 - 1.0).abs() < 1e-12 && (perfect.map - 1.0).abs() < 1e-12);
    }

    #[test]
    fn only_the_top_hundred_count() {
        let relevant: HashMap<String, u32> = [("late".to_string(), 1)].into_iter().collect();
        let mut ranking: Vec<String> = (0..150).map(|i| format!("d{i}")).collect();
        ranking[120] = "late".into();
        let m = Metrics::of(&ranking, &relevant).unwrap();
        assert_eq!((m.map, m.recall_100), (0.0, 0.0));
    }

    #[test]
    fn questions_with_stray_syntax_become_plain_words() {
        assert_eq!(
            plain_words("what (if any) is \"lift AND drag"),
            "what  if any  is  lift and drag"
        );
        assert_eq!(plain_words("-x +y"), "x y");
    }
}
