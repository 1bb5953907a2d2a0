//! Enrichment: the people, organizations and ILO conventions an article names, found by rules
//! that generalise (titles, name shapes, context, organization head words, acronym definitions)
//! and a gazetteer of well-known bodies, with every spelling joined to one entity.
//!
//! Everything here is a pure function of the article's text: no index, no I/O.

pub mod aliases;
pub mod convention_titles;
pub mod conventions;
pub mod lexicon;
pub mod names;
pub mod nominative;
pub mod organizations;
pub mod people;
pub mod shapes;
pub mod tokens;

use crate::article::{Article, Entities};

/// Fills `article.entities` from its title and body. A fault in a rule costs neither the
/// article nor the run: if extraction panics, the article keeps no entities and the error
/// (the panic's message) is for the caller to report.
pub fn enrich(article: &mut Article) -> Result<(), String> {
    let body = if article.dateline.is_none() && article.credits.is_empty() {
        std::borrow::Cow::Borrowed(article.body.as_str())
    } else {
        let mut text = String::new();
        if let Some(dateline) = &article.dateline {
            text.push_str(dateline);
            text.push(' ');
        }
        text.push_str(&article.body);
        for credit in &article.credits {
            text.push_str("\n\n");
            text.push_str(credit);
        }
        std::borrow::Cow::Owned(text)
    };
    let title = article.title.as_deref();
    match crate::error::catching_panics(|| extract(title, &body)) {
        Ok(entities) => {
            article.entities = entities;
            Ok(())
        }
        Err(message) => Err(format!(
            "article `{}`: people, organizations and conventions not extracted (internal \
             error: {message}; please report it)",
            article.id
        )),
    }
}

/// A span as one line: hard-wrapped text has line breaks inside names.
fn collapse(span: &str) -> String {
    let mut line = String::with_capacity(span.len());
    for word in span.split_whitespace() {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    line
}

/// The entities named in a title and a body.
pub fn extract(title: Option<&str>, body: &str) -> Entities {
    // One text, so a name accepted in the body also counts in the headline and vice versa
    // (`concat` allocates it once, where `format!` would grow it by doubling).
    let text = match title {
        Some(title) => [title, "\n\n", body].concat(),
        None => body.to_string(),
    };
    let source = tokens::Text::new(&text);
    let tokens = source.tokenize();
    let orgs = organizations::find(&tokens);
    let ranges: Vec<_> = orgs.iter().map(|m| m.tokens.clone()).collect();
    let context = people::Context::new(&text, &tokens, &ranges);
    let people: Vec<String> = people::find(&context)
        .into_iter()
        .map(|m| collapse(&text[m.span]))
        .collect();
    let organizations: Vec<aliases::OrgMention> = orgs
        .into_iter()
        .map(|m| aliases::OrgMention {
            text: collapse(&text[m.span]),
            known: m.known,
            acronym: m.acronym,
        })
        .collect();
    Entities {
        people: aliases::people(&people),
        organizations: aliases::organizations(&organizations),
        conventions: conventions::numbers(&text),
    }
}
