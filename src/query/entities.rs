//! Entities in queries: words that name an ILO convention or a well-known body become one
//! clause that matches every spelling ("Convention No. 87" also finds "C087" and "Convention
//! number 87"; "ILO" also finds "International Labour Organization").

use super::{Clause, Field, Node, Occur};
use crate::analysis;
use crate::extract::{conventions, lexicon};

/// Longest run of words tried as one name.
const MAX_WORDS: usize = 12;

/// Rewrites runs of plain words that name a convention or a gazetteer body.
pub fn rewrite(node: Node) -> Node {
    match node {
        Node::Term {
            field: None,
            ref text,
            column,
        } => match recognise(std::slice::from_ref(&(text.as_str(), column))) {
            Some(entity) => entity,
            None => node,
        },
        Node::Group(clauses) => {
            let mut clauses = rewrite_clauses(clauses);
            if clauses.len() == 1 && clauses[0].occur == Occur::Default {
                clauses.pop().expect("one clause").node
            } else {
                Node::Group(clauses)
            }
        }
        Node::Or(nodes) => Node::Or(nodes.into_iter().map(rewrite).collect()),
        other => other,
    }
}

fn rewrite_clauses(clauses: Vec<Clause>) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::with_capacity(clauses.len());
    let mut i = 0;
    while i < clauses.len() {
        let plain = |c: &Clause| {
            c.occur == Occur::Default && matches!(c.node, Node::Term { field: None, .. })
        };
        if plain(&clauses[i]) {
            let run: Vec<(&str, usize)> = clauses[i..]
                .iter()
                .take_while(|c| plain(c))
                .take(MAX_WORDS)
                .map(|c| match &c.node {
                    Node::Term { text, column, .. } => (text.as_str(), *column),
                    _ => unreachable!("plain terms only"),
                })
                .collect();
            if let Some((len, entity)) = (1..=run.len())
                .rev()
                .find_map(|n| recognise(&run[..n]).map(|e| (n, e)))
            {
                out.push(Clause {
                    occur: Occur::Default,
                    node: entity,
                });
                i += len;
                continue;
            }
        }
        let Clause { occur, node } = clauses[i].clone();
        out.push(Clause {
            occur,
            node: rewrite(node),
        });
        i += 1;
    }
    out
}

/// The convention or body these words name, if they name one.
fn recognise(words: &[(&str, usize)]) -> Option<Node> {
    let text = words.iter().map(|(w, _)| *w).collect::<Vec<_>>().join(" ");
    let column = words.first()?.1;
    if let Some(number) = conventions::in_query(&text) {
        return Some(Node::Convention {
            number,
            text,
            column,
        });
    }
    if !words.iter().all(|(w, _)| lexicon::may_name_known_org(w)) {
        return None;
    }
    let g = lexicon::gazetteer();
    let known = if words.len() == 1 {
        acronym(words[0].0).or_else(|| proper_single(words[0].0))
    } else {
        g.lookup_key(&lexicon::key_of_text(&text))
    }?;
    Some(Node::Org {
        known,
        text,
        column,
    })
}

/// An acronym typed in capitals ("ILO"), or in lower case when it is not an English word
/// ("ilo", "oecd", but not "who").
fn acronym(word: &str) -> Option<usize> {
    let g = lexicon::gazetteer();
    if let Some(id) = g.lookup_acronym(word) {
        return Some(id);
    }
    let upper = word.to_uppercase();
    let mut analyzer = analysis::text();
    let stemmed = analysis::terms(&mut analyzer, word);
    let common = stemmed
        .first()
        .is_some_and(|t| analysis::is_stop_word(&t.text));
    (word.chars().count() >= 3 && word.chars().all(|c| c.is_alphabetic()) && !common)
        .then(|| g.lookup_acronym(&upper))
        .flatten()
}

/// A one-word gazetteer name such as "Kazinform" or "Atameken".
fn proper_single(word: &str) -> Option<usize> {
    let g = lexicon::gazetteer();
    let key = lexicon::key_of_text(word);
    g.lookup_key(&key).filter(|&id| {
        g.org(id).is_some_and(|org| {
            org.names
                .iter()
                .any(|n| lexicon::key_of_text(n) == key && !n.contains(' '))
        })
    })
}

/// Every spelling of the gazetteer body `known`.
pub fn known_spellings(known: usize) -> Vec<String> {
    lexicon::gazetteer()
        .org(known)
        .map(|o| o.names.iter().map(|n| n.to_string()).collect())
        .unwrap_or_default()
}

/// What `org:TEXT` matches: the text, and every spelling of the body it names, if known.
pub fn org_spellings(text: &str) -> Vec<String> {
    let mut out = vec![text.to_string()];
    let words: Vec<&str> = text.split_whitespace().collect();
    let known = if words.len() == 1 {
        acronym(words[0]).or_else(|| proper_single(words[0]))
    } else {
        lexicon::gazetteer().lookup_key(&lexicon::key_of_text(text))
    };
    if let Some(id) = known {
        out.extend(known_spellings(id));
    }
    out
}

/// The number in `convention:87`, `convention:C087`, `convention:"No. 87"`.
pub fn convention_number(text: &str) -> Option<u32> {
    let text = text.trim();
    text.parse::<u32>()
        .ok()
        .or_else(|| conventions::in_query(text))
        .or_else(|| conventions::in_query(&format!("Convention {text}")))
        .filter(|n| (1..=220).contains(n))
}

/// Is `field` one of the entity fields?
pub fn is_entity_field(field: Option<Field>) -> bool {
    matches!(field, Some(Field::Person | Field::Org | Field::Convention))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    fn rewritten(q: &str) -> Node {
        rewrite(parse(q).unwrap())
    }

    #[test]
    fn convention_spellings_become_one_clause() {
        for q in [
            "Convention 87",
            "Convention No. 87",
            "convention number 87",
            "C087",
            "ILO Convention 87",
        ] {
            let node = rewritten(q);
            let found = match &node {
                Node::Convention { number, .. } => Some(*number),
                Node::Group(c) => c.iter().find_map(|c| match c.node {
                    Node::Convention { number, .. } => Some(number),
                    _ => None,
                }),
                _ => None,
            };
            assert_eq!(found, Some(87), "{q}: {node:?}");
        }
        let Node::Group(clauses) = rewritten("freedom Convention 87 unions") else {
            panic!()
        };
        assert_eq!(clauses.len(), 3);
        assert!(matches!(
            clauses[1].node,
            Node::Convention { number: 87, .. }
        ));
    }

    #[test]
    fn acronyms_and_full_names_of_known_bodies() {
        let ilo = lexicon::gazetteer().lookup_acronym("ILO").unwrap();
        assert!(matches!(rewritten("ILO"), Node::Org { known, .. } if known == ilo));
        assert!(matches!(rewritten("ilo"), Node::Org { known, .. } if known == ilo));
        assert!(
            matches!(rewritten("International Labour Organisation"), Node::Org { known, .. } if known == ilo)
        );
        let Node::Group(clauses) = rewritten("who met the International Labor Organization") else {
            panic!()
        };
        assert!(matches!(clauses[0].node, Node::Term { .. }), "{clauses:?}");
        assert!(matches!(clauses.last().unwrap().node, Node::Org { known, .. } if known == ilo));
        assert!(matches!(rewritten("\"ILO\""), Node::Phrase { .. }));
    }

    #[test]
    fn convention_numbers_in_fields() {
        assert_eq!(convention_number("87"), Some(87));
        assert_eq!(convention_number("C087"), Some(87));
        assert_eq!(convention_number("No. 87"), Some(87));
        assert_eq!(convention_number("freedom"), None);
        assert_eq!(convention_number("999"), None);
    }
}
