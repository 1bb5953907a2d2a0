//! Turns a query syntax tree into tantivy clauses.
//!
//! A word without a field searches the title (boosted) and the body; a word that analysis splits
//! ("M.Abylkasymova", "Kassym-Jomart") becomes a phrase. Juxtaposed clauses are required in
//! [`MatchMode::All`] and optional in [`MatchMode::Any`]; in `All`, a juxtaposed stop word
//! ("the", "when") is optional as long as something else in its group is required, so a question
//! typed in plain words does not demand its filler words.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur as TOccur,
    PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field as TField, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;

use std::ops::Bound;

use super::bm25f::Bm25fTerm;
use super::{Clause, Field, Node, Occur, entities};
use crate::analysis;
use crate::article::date::{self, Period};
use crate::error::UserError;
use crate::extract::{lexicon, names};
use crate::ranking::Ranking;
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

/// The name key of a query word that could be part of a person's name: letters only, at least
/// four, not a common word.
pub(super) fn name_word_key(text: &str) -> Option<String> {
    let word = text.trim();
    // Only a capitalised word reads as a name: ordinary words typed in lower case are never
    // matched against names ("данным" does not find a "Danny").
    if word.chars().count() < 4
        || !word.chars().all(char::is_alphabetic)
        || !word.starts_with(char::is_uppercase)
    {
        return None;
    }
    let mut analyzer = analysis::text();
    let terms = analysis::terms(&mut analyzer, word);
    if terms.len() != 1 || analysis::is_stop_word(&terms[0].text) {
        return None;
    }
    Some(names::key(word)).filter(|k| k.chars().count() >= 4)
}

/// The family name of a query word that joins initials to it ("M.Abylkasymova",
/// "A.B.Seitkali"): a person written the way official texts write one, whom articles may name
/// in full ("Madina Abylkasymova").
pub(super) fn family_after_initials(text: &str) -> Option<&str> {
    let (initials, family) = text.trim().rsplit_once('.')?;
    (initials.split('.').all(names::initial_letters)
        && family.chars().count() >= 3
        && family.starts_with(char::is_uppercase)
        && family.chars().all(|c| c.is_alphabetic() || c == '-'))
    .then_some(family)
}

/// The words of a `person:` name as [`Builder::describe`] shows them: as written, in lower case
/// (a name is matched by its words' name keys, never stemmed).
fn person_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `key` in `field`, within `distance` edits.
fn fuzzy(field: TField, key: &str, distance: u8) -> Box<dyn Query> {
    let term = Term::from_field_text(field, key);
    match distance {
        0 => Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        distance => Box::new(FuzzyTermQuery::new(term, distance, true)),
    }
}

/// Why a `person:` or `org:` value can filter by nothing, if it can't: a person needs a family
/// name ("M." and "...." have none), a body a word that is not a stop word ("the"). Such a
/// filter is an error, never dropped (which would return every article).
pub fn empty_filter(field: Field, text: &str) -> Option<&'static str> {
    match field {
        Field::Person if names::parts(text).1.is_none() => {
            Some("names no one: give a family name, as in `Abylkasymova` or `M.Abylkasymova`")
        }
        Field::Org
            if entities::org_spellings(text)
                .iter()
                .all(|s| analysis::terms(&mut analysis::text(), s).is_empty()) =>
        {
            Some("names no body: give a name or an acronym, as in `ILO`")
        }
        _ => None,
    }
}

/// The term a filter on an exact value looks for: the value in lower case, and a language as
/// kzsearch codes it ("English", "EN" → "en").
pub fn exact_value(field: Field, text: &str) -> String {
    match field {
        Field::Lang => crate::article::lang::normalize(text),
        _ => text.to_lowercase(),
    }
}

/// A clause that filters without scoring.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

pub struct Builder<'a> {
    fields: &'a Fields,
    ranking: &'a Ranking,
    analyzer: TextAnalyzer,
}

impl<'a> Builder<'a> {
    pub fn new(fields: &'a Fields, ranking: &'a Ranking) -> Builder<'a> {
        Builder {
            fields,
            ranking,
            analyzer: analysis::text(),
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
            // A word that analysis splits ("two-dimensional", "e.g.") is a phrase when every
            // word is required; when any may match, its parts share its weight instead.
            // Initials joined to a family name also find the person named in full.
            Node::Term {
                field: None, text, ..
            } if family_after_initials(text).is_some() => {
                let words = if !require_all && self.ranking.split_parts {
                    self.parts(text)
                } else {
                    self.text(None, text)
                };
                let person = self.person_query(text).map(|q| -> Box<dyn Query> {
                    Box::new(ConstScoreQuery::new(q, self.ranking.name_weight))
                });
                Ok(boolean(
                    words
                        .into_iter()
                        .chain(person)
                        .map(|q| (TOccur::Should, q))
                        .collect(),
                ))
            }
            Node::Term {
                field: None, text, ..
            } if !require_all && self.ranking.split_parts => Ok(self.parts(text)),
            Node::Term {
                field,
                text,
                column,
            }
            | Node::Phrase {
                field,
                text,
                column,
            } => match field {
                Some(Field::Source) => {
                    Ok(Some(self.exact(self.fields.source, Field::Source, text)))
                }
                Some(Field::Lang) => Ok(Some(self.exact(self.fields.lang, Field::Lang, text))),
                &Some(f @ (Field::Person | Field::Org)) => {
                    if let Some(why) = empty_filter(f, text) {
                        return Err(UserError::QuerySyntax {
                            message: format!("{}: `{text}` {why}", f.name()),
                            column: *column,
                        });
                    }
                    Ok(if f == Field::Person {
                        self.person(text)
                    } else {
                        self.org(text)
                    })
                }
                Some(Field::Convention) => {
                    let number = entities::convention_number(text).ok_or_else(|| {
                        UserError::QuerySyntax {
                            message: format!(
                                "convention: needs a convention number (1 to 220), not `{text}`"
                            ),
                            column: *column,
                        }
                    })?;
                    Ok(Some(filter(self.convention(number))))
                }
                _ => Ok(self.text(*field, text)),
            },
            Node::Convention { number, text, .. } => {
                // The convention, however the article spells it, or the words as written.
                let mut clauses: Vec<(TOccur, Box<dyn Query>)> = vec![(
                    TOccur::Should,
                    Box::new(ConstScoreQuery::new(
                        self.convention(*number),
                        self.ranking.entity_weight,
                    )),
                )];
                if let Some(words) = self.text(None, text) {
                    clauses.push((TOccur::Should, words));
                }
                Ok(Some(Box::new(BooleanQuery::new(clauses))))
            }
            Node::Org { known, text, .. } => {
                // The body, as extracted, or any of its spellings in the text.
                let g = lexicon::gazetteer();
                let canonical = g
                    .org(*known)
                    .map(|o| o.canonical.to_lowercase())
                    .unwrap_or_default();
                let mut clauses: Vec<(TOccur, Box<dyn Query>)> = vec![(
                    TOccur::Should,
                    Box::new(ConstScoreQuery::new(
                        Box::new(TermQuery::new(
                            Term::from_field_text(self.fields.org, &canonical),
                            IndexRecordOption::Basic,
                        )),
                        self.ranking.entity_weight,
                    )),
                )];
                let mut spellings = entities::known_spellings(*known);
                spellings.push(text.clone());
                // (One of the gazetteer's acronyms, however the query wrote it: "ilo" too.)
                let is_acronym = |s: &str| g.lookup_acronym(&s.to_uppercase()).is_some();
                for spelling in spellings {
                    let Some(words) = self.text(None, &spelling) else {
                        continue;
                    };
                    // An acronym is one short word, and words of the language stem to it
                    // ("мотив" and МОТ both to "мот", Kazakh "есе" to ЕС's "ес", "un-alloyed"
                    // has UN): in the text it counts only in articles where some body's name
                    // has it (the body itself, "Совет Безопасности ООН", "UN Economic
                    // Commission").
                    let words = if is_acronym(&spelling) {
                        let Some(in_names) = self.in_field(self.fields.org_name, &spelling) else {
                            continue;
                        };
                        Box::new(BooleanQuery::new(vec![
                            (TOccur::Must, words),
                            (TOccur::Must, filter(in_names)),
                        ])) as Box<dyn Query>
                    } else {
                        words
                    };
                    clauses.push((TOccur::Should, words));
                }
                Ok(Some(Box::new(BooleanQuery::new(clauses))))
            }
            Node::Dates { period, .. } => Ok(Some(self.dates(*period))),
            // (Scored 0 like a query of filters only: every article matches it equally.)
            Node::All => Ok(Some(Box::new(tantivy::query::ConstScoreQuery::new(
                Box::new(AllQuery),
                0.0,
            )))),
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
                    let Some(occur) = occur else { continue };
                    if let Some(q) = self.node(&clause.node, require_all)? {
                        out.push((occur, q));
                    }
                }
                if self.ranking.proximity_weight > 0.0 {
                    out.extend(
                        self.proximity(clauses)
                            .into_iter()
                            .map(|q| (TOccur::Should, q)),
                    );
                }
                if !require_all
                    && (self.ranking.sdm_ordered > 0.0 || self.ranking.sdm_unordered > 0.0)
                {
                    out.extend(
                        self.dependence(clauses)
                            .into_iter()
                            .map(|q| (TOccur::Should, q)),
                    );
                }
                if !out.is_empty() && out.iter().all(|(o, _)| *o == TOccur::MustNot) {
                    out.push((TOccur::Must, Box::new(AllQuery)));
                }
                Ok(boolean(out))
            }
        }
    }

    /// How each clause of a group takes part (`None`: left out). Juxtaposed clauses follow the
    /// match mode, except that stop words are optional when something else in the group is
    /// required, and left out of any-word matching when the ranking says so.
    fn resolve(&mut self, clauses: &[Clause], require_all: bool) -> Vec<Option<TOccur>> {
        let required_content = clauses.iter().any(|c| {
            c.occur == Occur::Must
                || (c.occur == Occur::Default && require_all && !self.is_stop_word(&c.node))
        });
        let other_content = clauses
            .iter()
            .any(|c| c.occur != Occur::MustNot && !self.is_stop_word(&c.node));
        let drop = self.ranking.drop_stop_words;
        clauses
            .iter()
            .map(|clause| match clause.occur {
                // Filters are required wherever they stand.
                Occur::Default if clause.node.is_filter() => Some(TOccur::Must),
                Occur::Must => Some(TOccur::Must),
                Occur::MustNot => Some(TOccur::MustNot),
                Occur::Default
                    if !require_all && drop && other_content && self.is_stop_word(&clause.node) =>
                {
                    None
                }
                Occur::Default if !require_all => Some(TOccur::Should),
                Occur::Default if required_content && self.is_stop_word(&clause.node) => {
                    Some(TOccur::Should)
                }
                Occur::Default => Some(TOccur::Must),
            })
            .collect()
    }

    /// Sequential dependence (Metzler and Croft): for each pair of adjacent content words of a
    /// group, the pair as written (the stop words between them as any word) and the two words
    /// within a window of `sdm_window` positions in either order, each weighted a little.
    fn dependence(&mut self, clauses: &[Clause]) -> Vec<Box<dyn Query>> {
        // The group's plain words with their positions in the query as analysed.
        let mut words: Vec<(usize, String)> = Vec::new();
        let mut position = 0;
        for clause in clauses.iter().filter(|c| c.occur == Occur::Default) {
            let Node::Term {
                field: None, text, ..
            } = &clause.node
            else {
                position += 1;
                continue;
            };
            for term in analysis::terms(&mut self.analyzer, text) {
                if !analysis::is_stop_word(&term.text) && term.text.chars().count() > 1 {
                    words.push((position, term.text));
                }
                position += 1;
            }
        }
        let body = self.fields.body;
        let mut out: Vec<Box<dyn Query>> = Vec::new();
        for pair in words.windows(2) {
            let ((pa, a), (pb, b)) = (&pair[0], &pair[1]);
            if a == b {
                continue;
            }
            let gap = pb - pa;
            let (ta, tb) = (
                Term::from_field_text(body, a),
                Term::from_field_text(body, b),
            );
            if self.ranking.sdm_ordered > 0.0 && gap <= 3 {
                let phrase = PhraseQuery::new_with_offset(vec![(0, ta.clone()), (gap, tb.clone())]);
                out.push(Box::new(BoostQuery::new(
                    Box::new(phrase),
                    self.ranking.sdm_ordered,
                )));
            }
            if self.ranking.sdm_unordered > 0.0 {
                let mut phrase = PhraseQuery::new(vec![ta, tb]);
                phrase.set_slop(self.ranking.sdm_window.saturating_sub(2));
                out.push(Box::new(BoostQuery::new(
                    Box::new(phrase),
                    self.ranking.sdm_unordered,
                )));
            }
        }
        out
    }

    /// Sloppy phrases of adjacent content words: articles where the query's words stand close
    /// together score higher.
    fn proximity(&mut self, clauses: &[Clause]) -> Vec<Box<dyn Query>> {
        let words: Vec<String> = clauses
            .iter()
            .filter(|c| c.occur == Occur::Default)
            .filter_map(|c| match &c.node {
                Node::Term {
                    field: None, text, ..
                } => {
                    let terms = analysis::terms(&mut self.analyzer, text);
                    (terms.len() == 1 && !analysis::is_stop_word(&terms[0].text))
                        .then(|| terms[0].text.clone())
                }
                _ => None,
            })
            .collect();
        words
            .windows(2)
            .filter(|pair| pair[0] != pair[1])
            .map(|pair| {
                let mut phrase = PhraseQuery::new(vec![
                    Term::from_field_text(self.fields.body, &pair[0]),
                    Term::from_field_text(self.fields.body, &pair[1]),
                ]);
                phrase.set_slop(self.ranking.proximity_slop);
                Box::new(BoostQuery::new(
                    Box::new(phrase),
                    self.ranking.proximity_weight,
                )) as Box<dyn Query>
            })
            .collect()
    }

    /// A word split by analysis into several terms, in any-word matching: each part (stop words
    /// left out) a BM25F term worth one part of the word, so "two-dimensional" weighs as much as
    /// one word, and an article with "two" and "dimensional" apart still matches. A word that
    /// analysis keeps whole is searched as usual.
    fn parts(&mut self, text: &str) -> Option<Box<dyn Query>> {
        let terms = analysis::terms(&mut self.analyzer, text);
        if terms.len() < 2 {
            return self.text(None, text);
        }
        let share = 1.0 / terms.len() as f32;
        let clauses = terms
            .iter()
            .filter(|t| !analysis::is_stop_word(&t.text))
            .map(|t| {
                let term = Bm25fTerm::new(t.text.clone(), self.fields, self.ranking, true);
                let q: Box<dyn Query> = Box::new(BoostQuery::new(Box::new(term), share));
                (TOccur::Should, q)
            })
            .collect();
        boolean(clauses)
    }

    /// The query as understood, in the query language with every operator explicit:
    /// `+decent +work the date:[2020-01-01 TO *]` (`+` required, `-` excluded, bare optional).
    pub fn describe(&mut self, node: &Node, require_all: bool) -> String {
        match node {
            Node::Term { field, text, .. } => {
                let prefix = field.map(|f| format!("{}:", f.name())).unwrap_or_default();
                let terms: Vec<String> = match field {
                    Some(Field::Source) => vec![text.to_lowercase()],
                    Some(Field::Person) => person_words(text),
                    _ => analysis::terms(&mut self.analyzer, text)
                        .into_iter()
                        .map(|t| t.text)
                        .collect(),
                };
                match terms.len() {
                    0 => String::new(),
                    1 => format!("{prefix}{}", terms[0]),
                    _ if field.is_none() && family_after_initials(text).is_some() => {
                        let words = person_words(text).join(" ");
                        format!("(\"{words}\" OR person:\"{words}\")")
                    }
                    _ if field.is_none() && !require_all && self.ranking.split_parts => {
                        let parts: Vec<&String> = terms
                            .iter()
                            .filter(|t| !analysis::is_stop_word(t))
                            .collect();
                        format!(
                            "({})",
                            parts
                                .iter()
                                .map(|t| t.as_str())
                                .collect::<Vec<_>>()
                                .join(" ")
                        )
                    }
                    _ => format!("{prefix}\"{}\"", terms.join(" ")),
                }
            }
            Node::Phrase { field, text, .. } => {
                let prefix = field.map(|f| format!("{}:", f.name())).unwrap_or_default();
                let terms: Vec<String> = match field {
                    Some(Field::Person) => person_words(text),
                    _ => analysis::terms(&mut self.analyzer, text)
                        .into_iter()
                        .map(|t| t.text)
                        .collect(),
                };
                format!("{prefix}\"{}\"", terms.join(" "))
            }
            Node::Dates { period, .. } => {
                let end = |d: Option<crate::article::Date>| {
                    d.map(|d| d.to_string()).unwrap_or("*".into())
                };
                format!("date:[{} TO {}]", end(period.from), end(period.to))
            }
            Node::All => "*".to_string(),
            Node::Convention { number, .. } => format!("convention:{number}"),
            Node::Org { known, .. } => {
                let org = lexicon::gazetteer().org(*known);
                format!("org:\"{}\"", org.map_or("", |o| o.canonical))
            }
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
                        let occur = occur?;
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

    /// Articles naming convention `number`.
    fn convention(&self, number: u32) -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_u64(self.fields.convention, u64::from(number)),
            IndexRecordOption::Basic,
        ))
    }

    /// `person:NAME`: every word of the name, by name key within the typo tolerance, among the
    /// spellings of the people an article names. A filter.
    fn person(&mut self, text: &str) -> Option<Box<dyn Query>> {
        self.person_query(text).map(filter)
    }

    /// Articles naming the person `text` names, in any spelling (what `person:` filters by).
    fn person_query(&mut self, text: &str) -> Option<Box<dyn Query>> {
        // Each word's key, its key without a case ending if that differs ("Абдиевым"), and
        // whether it is an initial; the family name is the last word that is not an initial
        // ("Abylkasymova M." too).
        let (parts, at) = names::parts(text);
        let at = at?;
        let family = &parts[at];
        let given = parts[..at].iter().chain(&parts[at + 1..]);
        let family_keys = || std::iter::once(&family.key).chain(&family.case_free);
        let any_of = |part: &names::Part| -> Vec<(TOccur, Box<dyn Query>)> {
            std::iter::once(&part.key)
                .chain(&part.case_free)
                .map(|k| (TOccur::Should, self.name_key(k)))
                .collect()
        };
        let mut clauses: Vec<(TOccur, Box<dyn Query>)> =
            vec![(TOccur::Must, Box::new(BooleanQuery::new(any_of(family))))];
        // A person written by family name alone ("Mr Asanaliev") may have any given name.
        let field = self.fields.person_initials;
        let family_alone = || {
            family_keys()
                .map(|f| (TOccur::Should, fuzzy(field, f, names::tolerance(f))))
                .collect::<Vec<_>>()
        };
        for part in given {
            let Some(initial) = names::initial_of(&part.key) else {
                continue;
            };
            // The initial and the family name are one person's: an article that names a Bolat
            // Asanaliev and an Aigerim Serikova is no hit for "A.Asanaliev". (An initial needs
            // nothing else: "M." stands for any given name it starts.)
            let mut same_person = family_alone();
            same_person.extend(family_keys().map(|f| {
                let key = names::initial_key(f, initial);
                (TOccur::Should, fuzzy(field, &key, names::tolerance(f)))
            }));
            clauses.push((TOccur::Must, Box::new(BooleanQuery::new(same_person))));
            if part.initial {
                continue;
            }
            // A given name is written in full, or as its initial ("Madina" finds
            // "M.Abylkasymova"), or not at all.
            let initial: String = part.key.chars().take(1).collect();
            let mut either = any_of(part);
            either.push((
                TOccur::Should,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.person_key, &initial),
                    IndexRecordOption::Basic,
                )),
            ));
            either.extend(family_alone());
            clauses.push((TOccur::Must, Box::new(BooleanQuery::new(either))));
        }
        boolean(clauses).map(filter)
    }

    /// A name key, tolerating as many edits as its length allows.
    fn name_key(&self, key: &str) -> Box<dyn Query> {
        fuzzy(self.fields.person_key, key, names::tolerance(key))
    }

    /// `org:NAME`: any spelling of the body, or of the gazetteer body it names. A filter.
    fn org(&mut self, text: &str) -> Option<Box<dyn Query>> {
        let mut clauses = Vec::new();
        for spelling in entities::org_spellings(text) {
            if let Some(q) = self.in_field(self.fields.org_name, &spelling) {
                clauses.push((TOccur::Should, q));
            }
        }
        boolean(clauses).map(filter)
    }

    /// Words or a phrase in one field.
    fn in_field(&mut self, field: TField, text: &str) -> Option<Box<dyn Query>> {
        let terms = analysis::terms(&mut self.analyzer, text);
        match terms.len() {
            0 => None,
            1 => Some(Box::new(TermQuery::new(
                Term::from_field_text(field, &terms[0].text),
                IndexRecordOption::WithFreqs,
            ))),
            _ => {
                let first = terms[0].position;
                Some(Box::new(PhraseQuery::new_with_offset(
                    terms
                        .iter()
                        .map(|t| (t.position - first, Term::from_field_text(field, &t.text)))
                        .collect(),
                )))
            }
        }
    }

    /// Articles whose exact-value field (source, language) is `text`, ignoring case; a filter,
    /// so it adds nothing to scores.
    fn exact(&self, field: TField, kind: Field, text: &str) -> Box<dyn Query> {
        let term = Term::from_field_text(field, &exact_value(kind, text));
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
        let (title, body) = (self.fields.title, self.fields.body);
        match field {
            Some(Field::Title) => self.in_field(title, text),
            Some(_) => self.in_field(body, text),
            None => {
                let terms = analysis::terms(&mut self.analyzer, text);
                let mut clauses: Vec<(TOccur, Box<dyn Query>)> = match &terms[..] {
                    [] => return None,
                    [word] if self.ranking.bm25f => vec![(
                        TOccur::Should,
                        Box::new(Bm25fTerm::new(
                            word.text.clone(),
                            self.fields,
                            self.ranking,
                            true,
                        )),
                    )],
                    _ => {
                        let title_query = self.in_field(title, text)?;
                        let body_query = self.in_field(body, text)?;
                        vec![
                            (
                                TOccur::Should,
                                Box::new(BoostQuery::new(title_query, self.ranking.title_boost)),
                            ),
                            (TOccur::Should, body_query),
                        ]
                    }
                };
                // A single word may be a person's name in another spelling ("Abylkassymova",
                // "Hungbo"): the people fields, never the text, tolerate it.
                // (And by its key without a case ending: "Абдиевым" finds "Abdiev".)
                let key = name_word_key(text);
                let free = key
                    .is_some()
                    .then(|| names::case_free_key(text.trim()))
                    .flatten()
                    .filter(|k| k.chars().count() >= 4);
                for key in key.into_iter().chain(free) {
                    clauses.push((
                        TOccur::Should,
                        Box::new(ConstScoreQuery::new(
                            self.name_key(&key),
                            self.ranking.name_weight,
                        )),
                    ));
                    // The same name written in another script or transliteration anywhere in
                    // the text ("Токаев" finds "Tokayev").
                    let anywhere = Term::from_field_text(self.fields.name_keys, &key);
                    clauses.push((
                        TOccur::Should,
                        Box::new(ConstScoreQuery::new(
                            Box::new(TermQuery::new(anywhere, IndexRecordOption::Basic)),
                            self.ranking.name_weight,
                        )),
                    ));
                }
                Some(Box::new(BooleanQuery::new(clauses)))
            }
        }
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
            Builder::new(&fields, &Ranking::default())
                .build(&node, require_all)
                .unwrap()
        )
    }

    #[test]
    fn initials_joined_to_a_family_name() {
        assert_eq!(
            family_after_initials("M.Abylkasymova"),
            Some("Abylkasymova")
        );
        assert_eq!(family_after_initials("A.B.Seitkali"), Some("Seitkali"));
        assert_eq!(family_after_initials("Zh.Tulegenova"), Some("Tulegenova"));
        assert_eq!(family_after_initials("Е.Дудкин"), Some("Дудкин"));
        for other in [
            "e.g.",
            "U.S.",
            "Abylkasymova",
            "m.abylkasymova",
            "No.87",
            "St.Petersburg",
        ] {
            assert_eq!(family_after_initials(other), None, "{other}");
        }
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
    fn a_filter_needs_a_family_name_or_a_word() {
        for text in ["....", "M.", "M. B.", ""] {
            assert!(empty_filter(Field::Person, text).is_some(), "{text:?}");
        }
        for text in ["....", " - ", ""] {
            assert!(empty_filter(Field::Org, text).is_some(), "{text:?}");
        }
        for text in ["Abylkasymova", "M.Abylkasymova", "Abylkasymova M."] {
            assert_eq!(empty_filter(Field::Person, text), None, "{text}");
        }
        for text in ["ILO", "Federation of Trade Unions", "the"] {
            assert_eq!(empty_filter(Field::Org, text), None, "{text}");
        }
        assert_eq!(empty_filter(Field::Source, ""), None);
    }

    #[test]
    fn a_person_is_described_as_written_not_stemmed() {
        let fields = Fields::new(&schema::build()).unwrap();
        let ranking = Ranking::default();
        let mut builder = Builder::new(&fields, &ranking);
        let node = parse("person:Абдиев").unwrap();
        assert_eq!(builder.describe(&node, true), "person:абдиев");
        let node = parse("person:\"Бауыржан Абдиев\"").unwrap();
        assert_eq!(builder.describe(&node, true), "person:\"бауыржан абдиев\"");
    }

    #[test]
    fn split_words_become_phrases() {
        let q = debug("M.Abylkasymova", true);
        assert!(q.contains("PhraseQuery"), "{q}");
    }

    #[test]
    fn split_words_are_their_parts_when_any_word_may_match() {
        // Required: the phrase. Optional: each part, a share of one word, no phrase.
        assert!(debug("two-dimensional flow", true).contains("PhraseQuery"));
        let q = debug("two-dimensional flow", false);
        assert!(!q.contains("PhraseQuery"), "{q}");
        assert!(q.contains("\"two\"") && q.contains("\"dimension\""), "{q}");
        assert!(q.contains("boost=0.5"), "{q}");
        // A quoted phrase stays a phrase.
        assert!(debug("\"two dimensional\" flow", false).contains("PhraseQuery"));
        let fields = Fields::new(&schema::build()).unwrap();
        let ranking = Ranking::default();
        let mut builder = Builder::new(&fields, &ranking);
        let node = parse("two-dimensional flow").unwrap();
        assert_eq!(builder.describe(&node, false), "((two dimension) flow)");
        assert_eq!(builder.describe(&node, true), "(+\"two dimension\" +flow)");
    }

    #[test]
    fn dependence_pairs_adjacent_content_words_in_any_word_matching() {
        let fields = Fields::new(&schema::build()).unwrap();
        let ranking = Ranking {
            sdm_ordered: 0.1,
            sdm_unordered: 0.05,
            ..Ranking::default()
        };
        let node = parse("the angle of attack of wings").unwrap();
        let loose = format!(
            "{:?}",
            Builder::new(&fields, &ranking).build(&node, false).unwrap()
        );
        // "angle of attack" as written (attack two positions on, "of" any word) and within a
        // window; "attack … wings" too. Three words, two pairs, two features each.
        assert_eq!(loose.matches("PhraseQuery").count(), 4, "{loose}");
        assert!(loose.contains("slop: 6"), "{loose}");
        assert!(loose.contains("(2, Term"), "{loose}");
        // Not when every word is required.
        let strict = format!(
            "{:?}",
            Builder::new(&fields, &ranking).build(&node, true).unwrap()
        );
        assert!(!strict.contains("PhraseQuery"), "{strict}");
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
        assert!(
            Builder::new(&fields, &Ranking::default())
                .build(&node, true)
                .is_err()
        );
    }
}
