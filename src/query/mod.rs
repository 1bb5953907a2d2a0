//! From the text a user types to a tantivy query: [`parse`] builds a syntax tree, [`build`]
//! analyses its words the way the index did and turns the tree into tantivy clauses.

pub mod bm25f;
pub mod build;
pub mod entities;
pub mod parse;
pub mod rerank;

use crate::article::date::Period;

pub use build::{Builder, MatchMode};
pub use parse::parse;

/// A field a query can name with `field:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Body,
    /// Publication date: `date:2024`, `date:[2018 TO 2019-06]`, `date:>=2020-01-01`.
    Date,
    /// The outlet, matched exactly but ignoring case: `source:Kazinform`.
    Source,
    /// A person, any spelling: `person:Houngbo`, `person:"Madina Abylkasymova"`.
    Person,
    /// A body, any spelling or acronym: `org:ILO`, `org:"Federation of Trade Unions"`.
    Org,
    /// An ILO convention by number: `convention:87` (or any spelling: `convention:C087`).
    Convention,
    /// The article's language: `lang:ru`, `lang:kk`, `lang:en`.
    Lang,
}

impl Field {
    /// Every name a field may be given in a query, with the field.
    pub const NAMES: [(&'static str, Field); 14] = [
        ("title", Field::Title),
        ("body", Field::Body),
        ("text", Field::Body),
        ("date", Field::Date),
        ("source", Field::Source),
        ("person", Field::Person),
        ("people", Field::Person),
        ("org", Field::Org),
        ("organization", Field::Org),
        ("organisation", Field::Org),
        ("convention", Field::Convention),
        ("conventions", Field::Convention),
        ("lang", Field::Lang),
        ("language", Field::Lang),
    ];

    pub fn from_name(name: &str) -> Option<Field> {
        Field::NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, field)| field)
    }

    pub fn name(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Body => "body",
            Field::Date => "date",
            Field::Source => "source",
            Field::Person => "person",
            Field::Org => "org",
            Field::Convention => "convention",
            Field::Lang => "lang",
        }
    }

    /// Fields whose text is analysed like running text (the others are matched exactly).
    pub fn is_text(self) -> bool {
        matches!(self, Field::Title | Field::Body)
    }
}

/// How a clause takes part in its group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occur {
    /// Joined by juxtaposition: required or optional according to the match mode.
    Default,
    /// `+word`, or either side of `AND`.
    Must,
    /// `-word` or `NOT word`.
    MustNot,
}

/// The query syntax tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A bare word (which analysis may split: "M.Abylkasymova" is two terms, a phrase).
    Term {
        field: Option<Field>,
        text: String,
        column: usize,
    },
    /// A "quoted phrase".
    Phrase {
        field: Option<Field>,
        text: String,
        column: usize,
    },
    /// Clauses joined by juxtaposition, `AND`, `+`, `-` and `NOT`.
    Group(Vec<Clause>),
    /// Alternatives joined by `OR`.
    Or(Vec<Node>),
    /// Articles dated within a period (undated articles never match).
    Dates { period: Period, column: usize },
    /// Every article (`*`, or a request made only of filters).
    All,
    /// Words that name an ILO convention ("Convention No. 87", "C087"): every spelling matches.
    Convention {
        number: u32,
        text: String,
        column: usize,
    },
    /// Words that name a body in the gazetteer ("ILO", "International Labour Organisation"):
    /// the acronym and every full name match.
    Org {
        known: usize,
        text: String,
        column: usize,
    },
}

/// What snippets highlight for a query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Targets {
    /// Words and phrases, matched as the index analyses them.
    pub texts: Vec<String>,
    /// Convention numbers: every spelling in the text is highlighted.
    pub conventions: Vec<u32>,
    /// Words that may be people's names: matched by name key, tolerating typos.
    pub names: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub occur: Occur,
    pub node: Node,
}

impl Node {
    /// Restricts every word and phrase below this node to `field` (an inner field wins).
    fn set_field(&mut self, new: Field) {
        match self {
            Node::Term { field, .. } | Node::Phrase { field, .. } => {
                field.get_or_insert(new);
            }
            Node::Group(clauses) => clauses.iter_mut().for_each(|c| c.node.set_field(new)),
            Node::Or(nodes) => nodes.iter_mut().for_each(|n| n.set_field(new)),
            Node::Dates { .. } | Node::All | Node::Convention { .. } | Node::Org { .. } => {}
        }
    }

    /// Is this a filter (dates, a source, an entity field), required wherever it stands?
    pub fn is_filter(&self) -> bool {
        match self {
            Node::Dates { .. } => true,
            Node::Term { field, .. } | Node::Phrase { field, .. } => matches!(
                field,
                Some(Field::Source | Field::Person | Field::Org | Field::Convention | Field::Lang)
            ),
            _ => false,
        }
    }

    /// `self AND other`, as a required clause each: how filters join a query.
    pub fn and(self, other: Node) -> Node {
        let mut clauses = match self {
            Node::Group(clauses) if clauses.iter().all(|c| c.occur != Occur::Default) => clauses,
            node => vec![Clause {
                occur: Occur::Must,
                node,
            }],
        };
        clauses.push(Clause {
            occur: Occur::Must,
            node: other,
        });
        Node::Group(clauses)
    }

    /// What a matching article's text may show, from the query's positive clauses (excluded
    /// and title-only clauses left out): what snippets highlight.
    pub fn highlight_targets(&self) -> Targets {
        let mut out = Targets::default();
        self.collect_targets(&mut out);
        out
    }

    fn collect_targets(&self, out: &mut Targets) {
        match self {
            Node::Term { field, text, .. } | Node::Phrase { field, text, .. } => match field {
                None | Some(Field::Body) => {
                    out.texts.push(text.clone());
                    // Matched against names in other spellings only where the search does.
                    if field.is_none()
                        && matches!(self, Node::Term { .. })
                        && build::name_word_key(text).is_some()
                    {
                        out.names.push(text.clone());
                    }
                    // "M.Abylkasymova" is also found as "Madina Abylkasymova".
                    if field.is_none()
                        && matches!(self, Node::Term { .. })
                        && let Some(family) = build::family_after_initials(text)
                    {
                        out.names.push(family.to_string());
                    }
                }
                Some(Field::Person) => out.names.extend(text.split_whitespace().map(String::from)),
                Some(Field::Org) => out.texts.extend(entities::org_spellings(text)),
                Some(Field::Convention) => {
                    out.conventions.extend(entities::convention_number(text))
                }
                Some(Field::Title | Field::Date | Field::Source | Field::Lang) => {}
            },
            Node::Convention { number, .. } => out.conventions.push(*number),
            Node::Org { known, text, .. } => {
                out.texts.push(text.clone());
                out.texts.extend(entities::known_spellings(*known));
            }
            Node::Dates { .. } | Node::All => {}
            Node::Group(clauses) => clauses
                .iter()
                .filter(|c| c.occur != Occur::MustNot)
                .for_each(|c| c.node.collect_targets(out)),
            Node::Or(nodes) => nodes.iter().for_each(|n| n.collect_targets(out)),
        }
    }

    /// Does the tree have juxtaposed clauses whose meaning depends on the match mode?
    pub fn has_default_clauses(&self) -> bool {
        match self {
            Node::Term { .. }
            | Node::Phrase { .. }
            | Node::Dates { .. }
            | Node::All
            | Node::Convention { .. }
            | Node::Org { .. } => false,
            Node::Group(clauses) => {
                clauses
                    .iter()
                    .filter(|c| c.occur == Occur::Default && !c.node.is_filter())
                    .count()
                    > 1
                    || clauses.iter().any(|c| c.node.has_default_clauses())
            }
            Node::Or(nodes) => nodes.iter().any(Node::has_default_clauses),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_targets_leave_out_exclusions_and_title_clauses() {
        let node = parse("\"decent work\" -child title:roadmap (ilo OR unions)").unwrap();
        assert_eq!(
            node.highlight_targets().texts,
            ["decent work", "ilo", "unions"]
        );
    }

    #[test]
    fn only_words_searched_as_names_are_highlighted_as_names() {
        // A capitalised word is also looked for as a name in other spellings; words typed in
        // lower case, short words and stop words are not, in the search or in the snippet.
        let node = parse("Hungbo wages Kazakh \"Tokayev\" The").unwrap();
        assert_eq!(node.highlight_targets().names, ["Hungbo", "Kazakh"]);
        assert!(
            parse("hungbo")
                .unwrap()
                .highlight_targets()
                .names
                .is_empty()
        );
    }

    #[test]
    fn default_clauses_are_found_at_any_depth() {
        assert!(parse("a b").unwrap().has_default_clauses());
        assert!(parse("x OR (a b)").unwrap().has_default_clauses());
        assert!(!parse("a AND b").unwrap().has_default_clauses());
        assert!(!parse("a").unwrap().has_default_clauses());
    }
}
