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

/// Notes on the filters of exact values (language, source) that no article of the index has,
/// each naming the value and the values the index does hold: a misspelt `lang:kz` or
/// `--source reuter` finds nothing and, without this, looks like a query with no answers.
pub fn unknown_values(
    searcher: &Searcher,
    fields: &Fields,
    query: Option<&Node>,
    filters: &[Node],
) -> Vec<String> {
    let mut wanted = Vec::new();
    for node in query.into_iter().chain(filters) {
        collect_values(node, &mut wanted);
    }
    let mut notes = Vec::new();
    for (field, value) in wanted {
        let tfield = match field {
            Field::Lang => fields.lang,
            _ => fields.source,
        };
        let key = crate::query::build::exact_value(field, &value);
        let held = values_held(searcher, tfield);
        if held.iter().any(|(v, _)| *v == key) {
            continue;
        }
        let name = field.name();
        if held.is_empty() {
            notes.push(format!("no article of the index has a {name}"));
            continue;
        }
        let mut shown: Vec<&(String, u64)> = held.iter().collect();
        if shown.len() > MAX_VALUES_SHOWN {
            // Many values (sources): the closest spellings to what was asked for.
            shown.sort_by(|a, b| {
                names::distance(&a.0, &key)
                    .cmp(&names::distance(&b.0, &key))
                    .then_with(|| b.1.cmp(&a.1))
            });
            shown.truncate(MAX_VALUES_SHOWN);
        }
        let list: Vec<String> = shown.iter().map(|(v, n)| format!("{v} ({n})")).collect();
        let more = held.len() - shown.len();
        let tail = if more > 0 {
            format!(" and {more} more (kzsearch stats lists them)")
        } else {
            String::new()
        };
        notes.push(format!(
            "no article has {name} `{value}`; the index has {}{tail}",
            list.join(", ")
        ));
    }
    notes
}

/// Values listed in full when a field holds no more than this many; otherwise the closest.
const MAX_VALUES_SHOWN: usize = 8;

/// Language and source values asked for, outside negations.
fn collect_values(node: &Node, out: &mut Vec<(Field, String)>) {
    match node {
        Node::Term {
            field: Some(f @ (Field::Lang | Field::Source)),
            text,
            ..
        }
        | Node::Phrase {
            field: Some(f @ (Field::Lang | Field::Source)),
            text,
            ..
        } => out.push((*f, text.clone())),
        Node::Group(clauses) => clauses
            .iter()
            .filter(|c| c.occur != Occur::MustNot)
            .for_each(|c| collect_values(&c.node, out)),
        Node::Or(nodes) => nodes.iter().for_each(|n| collect_values(n, out)),
        _ => {}
    }
}

/// Every value of an exact-value field with the number of articles that have it, most first:
/// its term dictionary, the values a filter is compared with, read without visiting any article
/// (the facet collector would count every article of the index).
fn values_held(searcher: &Searcher, field: tantivy::schema::Field) -> Vec<(String, u64)> {
    let mut counts: HashMap<String, u64> = HashMap::new();
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = inverted.terms().stream() else {
            continue;
        };
        while stream.advance() {
            if let Ok(text) = std::str::from_utf8(stream.key()) {
                *counts.entry(text.to_string()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut held: Vec<(String, u64)> = counts.into_iter().collect();
    held.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    held
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
    let wanted = Term::from_field_text(fields.body, term);
    let mut analyzer = analysis::text();
    let mut forms: HashMap<String, usize> = HashMap::new();
    let stored = crate::schema::StoredArticles::new(fields, searcher);
    for address in first_by_id(searcher, &wanted) {
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

/// The articles with `term` whose ids come first, at most [`DOCS_LOOKED_AT`]: the same ones
/// however the index split its articles into segments and ordered them, which the first
/// articles found are not (the same query suggested "automated" after one build of Reuters and
/// "automation" after the next).
fn first_by_id(searcher: &Searcher, term: &Term) -> Vec<tantivy::DocAddress> {
    let mut first: Vec<(String, tantivy::DocAddress)> = Vec::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let (Ok(inverted), Ok(Some(ids))) = (
            segment.inverted_index(term.field()),
            segment.fast_fields().str(crate::schema::name::ID),
        ) else {
            continue;
        };
        let Ok(Some(mut postings)) = inverted.read_postings(term, IndexRecordOption::Basic) else {
            continue;
        };
        // Within a segment, ids sort as their ordinals do: only the first few are spelled out.
        let mut ords: Vec<(u64, u32)> = Vec::new();
        let mut doc = postings.doc();
        while doc != TERMINATED {
            if let Some(id) = ids.term_ords(doc).next() {
                ords.push((id, doc));
            }
            doc = postings.advance();
        }
        ords.sort_unstable();
        for &(id, doc) in ords.iter().take(DOCS_LOOKED_AT) {
            let mut text = String::new();
            if ids.ord_to_str(id, &mut text).unwrap_or(false) {
                first.push((text, tantivy::DocAddress::new(ord as u32, doc)));
            }
        }
    }
    first.sort_unstable();
    first.truncate(DOCS_LOOKED_AT);
    first.into_iter().map(|(_, address)| address).collect()
}

/// Articles read for the spellings of a suggested word.
const DOCS_LOOKED_AT: usize = 5;

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

    #[test]
    fn the_spelling_shown_does_not_depend_on_how_the_articles_were_split() {
        use crate::article::Article;
        let article = |i: usize, word: &str| Article {
            id: format!("a{i:02}"),
            body: format!("Dockers went on {word} at the port"),
            ..Article::default()
        };
        // The five first ids say "strikes"; six later ones "striking", closer to the typo.
        let early: Vec<Article> = (0..5).map(|i| article(i, "strikes")).collect();
        let late: Vec<Article> = (5..11).map(|i| article(i, "striking")).collect();
        let mut shown = Vec::new();
        for layout in [
            [&early, &late],
            [&late, &early],
            [&early, &late],
            [&late, &early],
        ] {
            let index = crate::schema::index_in_ram(&[layout[0], layout[1]]);
            let searcher = index.reader().unwrap().searcher();
            let fields = Fields::open(&index).unwrap();
            shown.push(surface_form(&searcher, &fields, "strike", "strikinh"));
        }
        assert!(
            shown.iter().all(|s| s.as_deref() == Some("strikes")),
            "{shown:?}"
        );
    }
}
