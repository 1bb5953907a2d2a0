//! Turns a query syntax tree into tantivy clauses.
//!
//! A word without a field searches the title (boosted) and the body; a word that analysis splits
//! ("M.Abylkasymova", "Kassym-Jomart") becomes a phrase. Juxtaposed clauses are required in
//! [`MatchMode::All`] and optional in [`MatchMode::Any`]; in `All`, a juxtaposed stop word
//! ("the", "when") is optional as long as something else in its group is required, so a question
//! typed in plain words does not demand its filler words.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur as TOccur, PhraseQuery, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::{Field as TField, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;

use std::ops::Bound;

use super::{Clause, Field, Node, Occur};
use crate::analysis;
use crate::article::date::{self, Period};
use crate::error::UserError;
use crate::schema::Fields;

/// How juxtaposed words combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum MatchMode {
    /// Every word must match.
    All,
    /// Any word may match; more matches rank higher.
    Any,
    /// All words; if no article has them all, any word (and say so).
    #[default]
    Auto,
}

/// Weight of a title match relative to a body match.
pub const TITLE_BOOST: f32 = 2.0;

pub struct Builder<'a> {
    fields: &'a Fields,
    analyzer: TextAnalyzer,
}

impl<'a> Builder<'a> {
    pub fn new(fields: &'a Fields) -> Builder<'a> {
        Builder {
            fields,
            analyzer: analysis::english(),
        }
    }

    /// Builds the tantivy query for `node`; `require_all` says how juxtaposed clauses combine.
    pub fn build(&mut self, node: &Node, require_all: bool) -> Result<Box<dyn Query>, UserError> {
        self.node(node, require_all)?
            .ok_or_else(|| UserError::Query("the query has no searchable words".into()))
    }

    fn node(
        &mut self,
        node: &Node,
        require_all: bool,
    ) -> Result<Option<Box<dyn Query>>, UserError> {
        match node {
            Node::Term { field, text, .. } | Node::Phrase { field, text, .. } => match field {
                Some(Field::Source) => Ok(Some(self.source(text))),
                _ => Ok(self.text(*field, text)),
            },
            Node::Dates { period, .. } => Ok(Some(self.dates(*period))),
            Node::All => Ok(Some(Box::new(AllQuery))),
            Node::Or(nodes) => {
                let mut clauses = Vec::new();
                for node in nodes {
                    if let Some(q) = self.node(node, require_all)? {
                        clauses.push((TOccur::Should, q));
                    }
                }
                Ok(boolean(clauses))
            }
            Node::Group(clauses) => {
                let occurs = self.resolve(clauses, require_all);
                let mut out = Vec::new();
                for (clause, occur) in clauses.iter().zip(occurs) {
                    if let Some(q) = self.node(&clause.node, require_all)? {
                        out.push((occur, q));
                    }
                }
                if !out.is_empty() && out.iter().all(|(o, _)| *o == TOccur::MustNot) {
                    out.push((TOccur::Must, Box::new(AllQuery)));
                }
                Ok(boolean(out))
            }
        }
    }

    /// How each clause of a group takes part. Juxtaposed clauses follow the match mode, except
    /// that stop words are optional when something else in the group is required.
    fn resolve(&mut self, clauses: &[Clause], require_all: bool) -> Vec<TOccur> {
        let required_content = clauses.iter().any(|c| {
            c.occur == Occur::Must
                || (c.occur == Occur::Default && require_all && !self.is_stop_word(&c.node))
        });
        clauses
            .iter()
            .map(|clause| match clause.occur {
                // Filters are required wherever they stand.
                Occur::Default if clause.node.is_filter() => TOccur::Must,
                Occur::Must => TOccur::Must,
                Occur::MustNot => TOccur::MustNot,
                Occur::Default if !require_all => TOccur::Should,
                Occur::Default if required_content && self.is_stop_word(&clause.node) => {
                    TOccur::Should
                }
                Occur::Default => TOccur::Must,
            })
            .collect()
    }

    /// The query as understood, in the query language with every operator explicit:
    /// `+decent +work the date:[2020-01-01 TO *]` (`+` required, `-` excluded, bare optional).
    pub fn describe(&mut self, node: &Node, require_all: bool) -> String {
        match node {
            Node::Term { field, text, .. } => {
                let prefix = field.map(|f| format!("{}:", f.name())).unwrap_or_default();
                let terms: Vec<String> = match field {
                    Some(Field::Source) => vec![text.to_lowercase()],
                    _ => analysis::terms(&mut self.analyzer, text)
                        .into_iter()
                        .map(|t| t.text)
                        .collect(),
                };
                match terms.len() {
                    0 => String::new(),
                    1 => format!("{prefix}{}", terms[0]),
                    _ => format!("{prefix}\"{}\"", terms.join(" ")),
                }
            }
            Node::Phrase { field, text, .. } => {
                let prefix = field.map(|f| format!("{}:", f.name())).unwrap_or_default();
                let terms: Vec<String> = analysis::terms(&mut self.analyzer, text)
                    .into_iter()
                    .map(|t| t.text)
                    .collect();
                format!("{prefix}\"{}\"", terms.join(" "))
            }
            Node::Dates { period, .. } => {
                let end = |d: Option<crate::article::Date>| {
                    d.map(|d| d.to_string()).unwrap_or("*".into())
                };
                format!("date:[{} TO {}]", end(period.from), end(period.to))
            }
            Node::All => "*".to_string(),
            Node::Or(nodes) => {
                let parts: Vec<String> = nodes
                    .iter()
                    .map(|n| self.describe(n, require_all))
                    .filter(|s| !s.is_empty())
                    .collect();
                format!("({})", parts.join(" OR "))
            }
            Node::Group(clauses) => {
                let occurs = self.resolve(clauses, require_all);
                let parts: Vec<String> = clauses
                    .iter()
                    .zip(occurs)
                    .filter_map(|(clause, occur)| {
                        let inner = self.describe(&clause.node, require_all);
                        let sign = match occur {
                            TOccur::Must => "+",
                            TOccur::MustNot => "-",
                            TOccur::Should => "",
                        };
                        (!inner.is_empty()).then(|| format!("{sign}{inner}"))
                    })
                    .collect();
                format!("({})", parts.join(" "))
            }
        }
    }

    /// Articles whose source is `text`, ignoring case; a filter, so it adds nothing to scores.
    fn source(&self, text: &str) -> Box<dyn Query> {
        let term = Term::from_field_text(self.fields.source, &text.to_lowercase());
        Box::new(ConstScoreQuery::new(
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            0.0,
        ))
    }

    /// Articles dated within `period`; a filter, so it adds nothing to scores.
    fn dates(&self, period: Period) -> Box<dyn Query> {
        let key = |d: Option<crate::article::Date>, open: u64| {
            Term::from_field_u64(self.fields.date, d.map(date::to_key).unwrap_or(open))
        };
        let range = RangeQuery::new(
            Bound::Included(key(period.from, 0)),
            Bound::Included(key(period.to, u64::MAX)),
        );
        Box::new(ConstScoreQuery::new(Box::new(range), 0.0))
    }

    fn is_stop_word(&mut self, node: &Node) -> bool {
        let Node::Term { text, .. } = node else {
            return false;
        };
        let terms = analysis::terms(&mut self.analyzer, text);
        terms.len() == 1 && analysis::is_stop_word(&terms[0].text)
    }

    /// A word or phrase in one field, or in the title (boosted) and the body.
    fn text(&mut self, field: Option<Field>, text: &str) -> Option<Box<dyn Query>> {
        let terms = analysis::terms(&mut self.analyzer, text);
        if terms.is_empty() {
            return None;
        }
        let in_field = |f: TField| -> Box<dyn Query> {
            if terms.len() == 1 {
                Box::new(TermQuery::new(
                    Term::from_field_text(f, &terms[0].text),
                    IndexRecordOption::WithFreqs,
                ))
            } else {
                let first = terms[0].position;
                Box::new(PhraseQuery::new_with_offset(
                    terms
                        .iter()
                        .map(|t| (t.position - first, Term::from_field_text(f, &t.text)))
                        .collect(),
                ))
            }
        };
        Some(match field {
            Some(Field::Title) => in_field(self.fields.title),
            Some(Field::Body | Field::Date | Field::Source) => in_field(self.fields.body),
            None => Box::new(BooleanQuery::new(vec![
                (
                    TOccur::Should,
                    Box::new(BoostQuery::new(in_field(self.fields.title), TITLE_BOOST)),
                ),
                (TOccur::Should, in_field(self.fields.body)),
            ])),
        })
    }
}

fn boolean(clauses: Vec<(TOccur, Box<dyn Query>)>) -> Option<Box<dyn Query>> {
    match clauses.len() {
        0 => None,
        1 if clauses[0].0 != TOccur::MustNot => clauses.into_iter().next().map(|(_, q)| q),
        _ => Some(Box::new(BooleanQuery::new(clauses))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;
    use crate::schema;

    fn debug(query: &str, require_all: bool) -> String {
        let fields = Fields::new(&schema::build()).unwrap();
        let node = parse(query).unwrap();
        format!(
            "{:?}",
            Builder::new(&fields).build(&node, require_all).unwrap()
        )
    }

    #[test]
    fn stop_words_are_optional_among_required_words() {
        let q = debug("the unions", true);
        let should = q.find("Should").unwrap();
        let must = q.find("Must").unwrap();
        // "the" is the first clause and optional, "union" (stemmed) required
        assert!(should < must, "{q}");
        assert!(q.contains("\"union\""), "{q}");
    }

    #[test]
    fn split_words_become_phrases() {
        let q = debug("M.Abylkasymova", true);
        assert!(q.contains("PhraseQuery"), "{q}");
    }

    #[test]
    fn pure_exclusion_matches_everything_else() {
        let q = debug("-ilo", true);
        assert!(q.contains("AllQuery"), "{q}");
    }

    #[test]
    fn punctuation_only_is_not_a_query() {
        let fields = Fields::new(&schema::build()).unwrap();
        let node = parse("– …").unwrap();
        assert!(Builder::new(&fields).build(&node, true).is_err());
    }
}
