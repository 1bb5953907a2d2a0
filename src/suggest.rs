//! "Did you mean": when a query finds nothing, the query with each word the index does not
//! know replaced by the closest word it does (edit distance 1, or 2 for longer words; the most
//! common among equals), shown as the reader would type it, not as a stem.

use std::collections::HashMap;

use tantivy::query::FuzzyTermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, TERMINATED, Term};

use crate::analysis;
use crate::extract::names;
use crate::query::{Field, Node, Occur};
use crate::schema::Fields;

/// At most this many corrected queries are offered.
const MAX_SUGGESTIONS: usize = 1;

/// Corrected versions of `query` (whose tree is `node`), best first; empty when every word is
/// known or no close word exists.
pub fn suggest(searcher: &Searcher, fields: &Fields, query: &str, node: &Node) -> Vec<String> {
    let mut words = Vec::new();
    collect_words(node, &mut words);
    let mut analyzer = analysis::text();
    let mut replacements: Vec<(usize, String, String)> = Vec::new();
    for (column, word) in words {
        let terms = analysis::terms(&mut analyzer, &word);
        let [term] = &terms[..] else { continue };
        if term.text.chars().count() < 3 || doc_freq(searcher, fields, &term.text) > 0 {
            continue;
        }
        if let Some(better) = closest(searcher, fields, &term.text)
            && let Some(surface) = surface_form(searcher, fields, &better, &word)
        {
            replacements.push((column, word, surface));
        }
    }
    if replacements.is_empty() {
        return Vec::new();
    }
    // Replace from the end so earlier columns stay valid.
    let mut chars: Vec<char> = query.chars().collect();
    replacements.sort_by_key(|(column, _, _)| std::cmp::Reverse(*column));
    for (column, word, surface) in replacements {
        let start = column - 1;
        let end = start + word.chars().count();
        if chars
            .get(start..end)
            .is_some_and(|w| w.iter().collect::<String>() == word)
        {
            chars.splice(start..end, surface.chars());
        }
    }
    let corrected: String = chars.into_iter().collect();
    let mut out = vec![corrected];
    out.truncate(MAX_SUGGESTIONS);
    out
}

/// Positive bare words of text fields, with their columns.
fn collect_words(node: &Node, out: &mut Vec<(usize, String)>) {
    match node {
        Node::Term {
            field,
            text,
            column,
        } if field.is_none_or(Field::is_text) => {
            out.push((*column, text.clone()));
        }
        Node::Group(clauses) => clauses
            .iter()
            .filter(|c| c.occur != Occur::MustNot)
            .for_each(|c| collect_words(&c.node, out)),
        Node::Or(nodes) => nodes.iter().for_each(|n| collect_words(n, out)),
        _ => {}
    }
}

fn doc_freq(searcher: &Searcher, fields: &Fields, term: &str) -> u64 {
    [fields.title, fields.body]
        .iter()
        .map(|&f| {
            searcher
                .doc_freq(&Term::from_field_text(f, term))
                .unwrap_or(0)
        })
        .sum()
}

/// The known body term closest to `term`: smallest distance, then most articles.
fn closest(searcher: &Searcher, fields: &Fields, term: &str) -> Option<String> {
    let max_distance = if term.chars().count() >= 6 { 2 } else { 1 };
    for distance in 1..=max_distance {
        let query = FuzzyTermQuery::new(Term::from_field_text(fields.body, term), distance, true);
        let Ok(automaton) = query.automaton() else {
            continue;
        };
        let mut found: HashMap<String, u64> = HashMap::new();
        for segment in searcher.segment_readers() {
            let Ok(inverted) = segment.inverted_index(fields.body) else {
                continue;
            };
            let Ok(mut stream) = inverted.terms().search(&automaton).into_stream() else {
                continue;
            };
            while stream.advance() {
                if let Ok(text) = std::str::from_utf8(stream.key()) {
                    *found.entry(text.to_string()).or_default() +=
                        u64::from(stream.value().doc_freq);
                }
            }
        }
        if let Some((best, _)) = found
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        {
            return Some(best);
        }
    }
    None
}

/// The word as written in the articles whose analysed form is `term` ("convent" →
/// "convention"), choosing among the spellings seen the one closest to what was typed.
fn surface_form(searcher: &Searcher, fields: &Fields, term: &str, typed: &str) -> Option<String> {
    const DOCS_LOOKED_AT: usize = 5;
    let wanted = Term::from_field_text(fields.body, term);
    let mut analyzer = analysis::text();
    let mut forms: HashMap<String, usize> = HashMap::new();
    let mut looked = 0;
    let stored = crate::schema::StoredArticles::new(fields, searcher);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let Ok(inverted) = segment.inverted_index(fields.body) else {
            continue;
        };
        let Ok(Some(mut postings)) = inverted.read_postings(&wanted, IndexRecordOption::Basic)
        else {
            continue;
        };
        let mut doc = postings.doc();
        while doc != TERMINATED && looked < DOCS_LOOKED_AT {
            looked += 1;
            let address = tantivy::DocAddress::new(ord as u32, doc);
            if let Ok(article) = stored.get(address) {
                let body = article.body;
                for t in analysis::terms(&mut analyzer, &body)
                    .into_iter()
                    .filter(|t| t.text == term)
                {
                    *forms
                        .entry(body[t.start..t.end].to_lowercase())
                        .or_default() += 1;
                }
            }
            doc = postings.advance();
        }
    }
    let typed = typed.to_lowercase();
    forms
        .into_iter()
        .min_by(|a, b| {
            names::distance(&a.0, &typed)
                .cmp(&names::distance(&b.0, &typed))
                .then_with(|| b.1.cmp(&a.1))
                .then_with(|| a.0.cmp(&b.0))
        })
        .map(|(form, _)| form)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_need_a_word_to_correct() {
        let node = crate::query::parse("-y date:2024 source:x").unwrap();
        let mut words = Vec::new();
        collect_words(&node, &mut words);
        assert!(words.is_empty());
    }
}
