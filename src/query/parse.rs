//! The query language, parsed into a syntax tree with the column of every part.
//!
//! ```text
//! query   := and ( "OR" and )*
//! and     := unary ( "AND"? unary )*          juxtaposition is the default operator
//! unary   := ( "NOT" | "-" | "+" ) unary | atom
//! atom    := "(" query ")" | FIELD ":" atom | "\"phrase\"" | word
//! ```
//!
//! Operators are upper case (`and`, `or` and `not` are words). `FIELD:` is a field prefix only
//! for a known field name; anything else with a colon (`10:30`, `http://…`) is text.

use super::{Clause, Field, Node, Occur};
use crate::article::date::{self, Date, Period};
use crate::error::UserError;

/// Deeper nesting than this is refused rather than recursed into.
pub const MAX_DEPTH: usize = 32;
/// Longer queries are refused: no analyst types them, and they cost memory and time.
pub const MAX_CHARS: usize = 4096;

/// Parses `input` into a syntax tree.
pub fn parse(input: &str) -> Result<Node, UserError> {
    // (Composed as the articles are: "cafe\u{301}" typed decomposed finds "café".)
    let input = &*crate::analysis::compose(input);
    let chars = input.chars().count();
    if chars > MAX_CHARS {
        return Err(UserError::Query(format!(
            "the query is {chars} characters long; the limit is {MAX_CHARS}"
        )));
    }
    let tokens = lex(input)?;
    if tokens.is_empty() {
        return Err(UserError::Query("the query is empty".into()));
    }
    let mut parser = Parser {
        tokens,
        pos: 0,
        depth: 0,
    };
    let node = parser.or()?;
    match parser.peek() {
        None => Ok(node),
        Some(tok) if tok.kind == Tok::RParen => Err(syntax("unmatched ')'", tok.column)),
        Some(tok) => Err(syntax("unexpected input", tok.column)),
    }
}

fn syntax(message: impl Into<String>, column: usize) -> UserError {
    UserError::QuerySyntax {
        message: message.into(),
        column,
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Phrase(String),
    /// A bracketed range after `date:`: `[2018 TO 2019-06]`, `{2018 TO *]`.
    Range(String),
    Field(Field),
    LParen,
    RParen,
    And,
    Or,
    Not,
    Plus,
    Minus,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Tok,
    /// 1-based column (in characters) where the token starts.
    column: usize,
}

fn lex(input: &str) -> Result<Vec<Token>, UserError> {
    let chars: Vec<char> = input.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let column = i + 1;
        if c.is_whitespace() || c.is_control() {
            i += 1;
            continue;
        }
        match c {
            '(' => {
                tokens.push(Token {
                    kind: Tok::LParen,
                    column,
                });
                i += 1;
            }
            ')' => {
                tokens.push(Token {
                    kind: Tok::RParen,
                    column,
                });
                i += 1;
            }
            '"' | '“' | '”' | '„' => {
                let close = chars[i + 1..]
                    .iter()
                    .position(|&q| matches!(q, '"' | '“' | '”'))
                    .ok_or_else(|| syntax("unclosed quote", column))?;
                let text: String = chars[i + 1..i + 1 + close].iter().collect();
                tokens.push(Token {
                    kind: Tok::Phrase(text),
                    column,
                });
                i += close + 2;
            }
            '+' | '-' if chars.get(i + 1).is_some_and(|n| !n.is_whitespace()) => {
                let kind = if c == '+' { Tok::Plus } else { Tok::Minus };
                tokens.push(Token { kind, column });
                i += 1;
            }
            _ => {
                let start = i;
                let mut field = None;
                while i < chars.len()
                    && !chars[i].is_whitespace()
                    && !matches!(chars[i], '(' | ')' | '"' | '“' | '”')
                {
                    if chars[i] == ':' {
                        let name: String = chars[start..i].iter().collect();
                        field = Field::from_name(&name);
                        if field.is_some() {
                            i += 1;
                            break;
                        }
                        // A misspelt field ("titel:", "persn:") would be searched as words
                        // and find nothing, silently: say what was meant.
                        if let Some(meant) = misspelt_field(&name) {
                            return Err(syntax(
                                format!("unknown field `{name}:`; did you mean `{meant}:`?"),
                                column,
                            ));
                        }
                    }
                    i += 1;
                }
                if let Some(field) = field {
                    tokens.push(Token {
                        kind: Tok::Field(field),
                        column,
                    });
                    if field == Field::Date && matches!(chars.get(i), Some('[' | '{')) {
                        let close = chars[i..]
                            .iter()
                            .position(|&c| matches!(c, ']' | '}'))
                            .ok_or_else(|| syntax("unclosed date range", i + 1))?;
                        let text: String = chars[i..=i + close].iter().collect();
                        tokens.push(Token {
                            kind: Tok::Range(text),
                            column: i + 1,
                        });
                        i += close + 1;
                    }
                    continue;
                }
                let word: String = chars[start..i].iter().collect();
                let kind = match word.as_str() {
                    "AND" | "&&" => Tok::And,
                    "OR" | "||" => Tok::Or,
                    "NOT" => Tok::Not,
                    _ => Tok::Word(word),
                };
                tokens.push(Token { kind, column });
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        token
    }

    fn starts_operand(&self) -> bool {
        self.peek()
            .is_some_and(|t| !matches!(t.kind, Tok::RParen | Tok::Or | Tok::And))
    }

    fn or(&mut self) -> Result<Node, UserError> {
        let mut branches = vec![self.and()?];
        while let Some(tok) = self.peek().filter(|t| t.kind == Tok::Or) {
            let column = tok.column;
            self.pos += 1;
            if !self.starts_operand() {
                return Err(syntax("OR needs a term after it", column));
            }
            branches.push(self.and()?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap()
        } else {
            Node::Or(branches)
        })
    }

    fn and(&mut self) -> Result<Node, UserError> {
        let mut clauses: Vec<Clause> = Vec::new();
        while let Some(tok) = self.peek() {
            match tok.kind {
                Tok::RParen | Tok::Or => break,
                Tok::And => {
                    let column = tok.column;
                    if clauses.is_empty() {
                        return Err(syntax("AND needs a term before it", column));
                    }
                    self.pos += 1;
                    if !self.starts_operand() {
                        return Err(syntax("AND needs a term after it", column));
                    }
                    if let Some(last) = clauses.last_mut()
                        && last.occur == Occur::Default
                    {
                        last.occur = Occur::Must;
                    }
                    let mut clause = self.unary()?;
                    if clause.occur == Occur::Default {
                        clause.occur = Occur::Must;
                    }
                    clauses.push(clause);
                }
                _ => clauses.push(self.unary()?),
            }
        }
        if clauses.is_empty() {
            let column = self.peek().map(|t| t.column).unwrap_or(1);
            return Err(match self.peek().map(|t| &t.kind) {
                Some(Tok::Or) => syntax("OR needs a term before it", column),
                Some(Tok::RParen) => syntax("empty parentheses or unmatched ')'", column),
                _ => syntax("expected a term", column),
            });
        }
        Ok(
            if clauses.len() == 1 && clauses[0].occur == Occur::Default {
                clauses.pop().unwrap().node
            } else {
                Node::Group(clauses)
            },
        )
    }

    fn unary(&mut self) -> Result<Clause, UserError> {
        let tok = self.peek().cloned().expect("unary called at a token");
        let occur = match tok.kind {
            Tok::Not | Tok::Minus => Occur::MustNot,
            Tok::Plus => Occur::Must,
            _ => {
                return Ok(Clause {
                    occur: Occur::Default,
                    node: self.atom()?,
                });
            }
        };
        self.pos += 1;
        if !self.starts_operand() {
            let what = match tok.kind {
                Tok::Not => "NOT",
                Tok::Minus => "'-'",
                _ => "'+'",
            };
            return Err(syntax(format!("{what} needs a term after it"), tok.column));
        }
        // (Signs count towards the nesting limit as parentheses do: each is a level of the
        // query tree, and a long chain of them would overflow the stack.)
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(syntax(
                format!("NOT, '-' and '+' nested more than {MAX_DEPTH} deep"),
                tok.column,
            ));
        }
        let inner = self.unary()?;
        self.depth -= 1;
        // `NOT -x` and friends: the innermost sign wins only when it excludes.
        let node = match inner.occur {
            Occur::Default | Occur::Must => inner.node,
            Occur::MustNot => Node::Group(vec![inner]),
        };
        Ok(Clause { occur, node })
    }

    fn atom(&mut self) -> Result<Node, UserError> {
        let tok = self.next().expect("atom called at a token");
        match tok.kind {
            Tok::Word(text) => Ok(Node::Term {
                field: None,
                text,
                column: tok.column,
            }),
            Tok::Phrase(text) => Ok(Node::Phrase {
                field: None,
                text,
                column: tok.column,
            }),
            Tok::Range(_) => Err(syntax("a date range must follow date:", tok.column)),
            Tok::LParen => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(syntax(
                        format!("parentheses nested more than {MAX_DEPTH} deep"),
                        tok.column,
                    ));
                }
                match self.peek() {
                    Some(t) if t.kind == Tok::RParen => {
                        return Err(syntax("empty parentheses", tok.column));
                    }
                    // Nothing after it: the '(' is where to look, not the query's start.
                    None => return Err(syntax("unclosed '('", tok.column)),
                    Some(_) => {}
                }
                let inner = self.or()?;
                match self.next() {
                    Some(t) if t.kind == Tok::RParen => {
                        self.depth -= 1;
                        Ok(inner)
                    }
                    _ => Err(syntax("unclosed '('", tok.column)),
                }
            }
            Tok::Field(Field::Date) => {
                let value = self
                    .next()
                    .filter(|t| matches!(t.kind, Tok::Word(_) | Tok::Range(_)))
                    .ok_or_else(|| {
                        syntax(
                            "date: needs a date, a comparison or a [range] after it",
                            tok.column,
                        )
                    })?;
                let (Tok::Word(text) | Tok::Range(text)) = &value.kind else {
                    unreachable!("filtered above")
                };
                let period = date_filter(text).map_err(|e| syntax(e, value.column))?;
                Ok(Node::Dates {
                    period,
                    column: tok.column,
                })
            }
            Tok::Field(field) => {
                let ok = self
                    .peek()
                    .is_some_and(|t| matches!(t.kind, Tok::Word(_) | Tok::Phrase(_) | Tok::LParen));
                if !ok {
                    return Err(syntax(
                        format!(
                            "{}: needs a word, \"phrase\" or (group) after it",
                            field.name()
                        ),
                        tok.column,
                    ));
                }
                let mut node = self.atom()?;
                node.set_field(field);
                Ok(node)
            }
            Tok::RParen => Err(syntax("unmatched ')'", tok.column)),
            Tok::And | Tok::Or | Tok::Not | Tok::Plus | Tok::Minus => {
                Err(syntax("operator without a term", tok.column))
            }
        }
    }
}

/// The field `name` is likely a misspelling of: a word of letters one edit (two, for a word of
/// five letters or more: "titel") from a field's name, other than a field's own name. Other words before
/// a colon ("Note:", "10:30") are text.
fn misspelt_field(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    if lower.len() < 3 || !lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let most = if lower.len() >= 5 { 2 } else { 1 };
    Field::NAMES
        .iter()
        .map(|&(f, _)| f)
        .filter(|f| crate::extract::names::distance(&lower, f) <= most)
        .min_by_key(|f| crate::extract::names::distance(&lower, f))
}

/// A date filter value: `2024`, `2024-09-06`, `>=2020`, `<2021-03`, `[2018 TO 2019-06]`,
/// `{2018 TO *}` (braces exclude their end).
fn date_filter(text: &str) -> Result<Period, String> {
    let day = |d: Date, days: i32| d.checked_add(jiff::Span::new().days(days)).ok();
    if let Some(inner) = text.strip_prefix(['[', '{']) {
        let open_inclusive = text.starts_with('[');
        let close_inclusive = text.ends_with(']');
        let inner = inner.strip_suffix([']', '}']).unwrap_or(inner);
        let parts: Vec<&str> = inner.split_whitespace().collect();
        let [from, to_word, to] = parts[..] else {
            return Err(format!(
                "a date range is [FROM TO TO], e.g. [2018 TO 2019-06], not {text}"
            ));
        };
        if !to_word.eq_ignore_ascii_case("to") {
            return Err(format!(
                "a date range is [FROM TO TO], e.g. [2018 TO 2019-06], not {text}"
            ));
        }
        let from = match from {
            "*" => None,
            f => {
                let (first, last) = date::parse_span(f)?;
                if open_inclusive {
                    Some(first)
                } else {
                    day(last, 1)
                }
            }
        };
        let to = match to {
            "*" => None,
            t => {
                let (first, last) = date::parse_span(t)?;
                if close_inclusive {
                    Some(last)
                } else {
                    day(first, -1)
                }
            }
        };
        if let (Some(first), Some(last)) = (from, to)
            && first > last
        {
            return Err(format!("the date range {text} holds no date"));
        }
        return Ok(Period { from, to });
    }
    for op in [">=", "<=", ">", "<"] {
        if let Some(value) = text.strip_prefix(op) {
            let (first, last) = date::parse_span(value)?;
            return Ok(match op {
                ">=" => Period {
                    from: Some(first),
                    to: None,
                },
                ">" => Period {
                    from: day(last, 1),
                    to: None,
                },
                "<=" => Period {
                    from: None,
                    to: Some(last),
                },
                _ => Period {
                    from: None,
                    to: day(first, -1),
                },
            });
        }
    }
    let (first, last) = date::parse_span(text)?;
    Ok(Period {
        from: Some(first),
        to: Some(last),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(text: &str, column: usize) -> Node {
        Node::Term {
            field: None,
            text: text.into(),
            column,
        }
    }

    fn err(input: &str) -> (String, usize) {
        match parse(input).unwrap_err() {
            UserError::QuerySyntax { message, column } => (message, column),
            other => (other.to_string(), 0),
        }
    }

    #[test]
    fn words_are_joined_by_the_default_operator() {
        assert_eq!(
            parse("decent work").unwrap(),
            Node::Group(vec![
                Clause {
                    occur: Occur::Default,
                    node: term("decent", 1)
                },
                Clause {
                    occur: Occur::Default,
                    node: term("work", 8)
                },
            ])
        );
        assert_eq!(parse("union").unwrap(), term("union", 1));
    }

    #[test]
    fn operators_precedence_and_signs() {
        let node = parse("a AND b OR -c").unwrap();
        let Node::Or(branches) = node else {
            panic!("expected OR")
        };
        assert_eq!(branches.len(), 2);
        assert_eq!(
            branches[0],
            Node::Group(vec![
                Clause {
                    occur: Occur::Must,
                    node: term("a", 1)
                },
                Clause {
                    occur: Occur::Must,
                    node: term("b", 7)
                },
            ])
        );
        assert_eq!(
            branches[1],
            Node::Group(vec![Clause {
                occur: Occur::MustNot,
                node: term("c", 13)
            }])
        );
        // lower-case operators are words
        assert!(matches!(parse("war and peace").unwrap(), Node::Group(c) if c.len() == 3));
    }

    #[test]
    fn fields_phrases_and_groups() {
        assert_eq!(
            parse("title:\"decent work\"").unwrap(),
            Node::Phrase {
                field: Some(Field::Title),
                text: "decent work".into(),
                column: 7
            }
        );
        let Node::Group(clauses) = parse("body:(ilo unions)").unwrap() else {
            panic!()
        };
        assert!(clauses.iter().all(|c| matches!(
            c.node,
            Node::Term {
                field: Some(Field::Body),
                ..
            }
        )));
        // unknown prefixes are text
        assert_eq!(parse("10:30").unwrap(), term("10:30", 1));
    }

    #[test]
    fn malformed_queries_name_the_problem_and_column() {
        assert_eq!(err("(ilo unions"), ("unclosed '('".into(), 1));
        assert_eq!(err("title:("), ("unclosed '('".into(), 7));
        assert_eq!(err("wages body:("), ("unclosed '('".into(), 12));
        assert_eq!(err("wages ("), ("unclosed '('".into(), 7));
        assert_eq!(err("ilo unions)"), ("unmatched ')'".into(), 11));
        assert_eq!(err("\"decent work"), ("unclosed quote".into(), 1));
        assert_eq!(err("ilo AND"), ("AND needs a term after it".into(), 5));
        assert_eq!(err("OR ilo"), ("OR needs a term before it".into(), 1));
        assert_eq!(err("ilo NOT"), ("NOT needs a term after it".into(), 5));
        assert_eq!(
            err("ilo title:"),
            (
                "title: needs a word, \"phrase\" or (group) after it".into(),
                5
            )
        );
        assert_eq!(err("()"), ("empty parentheses".into(), 1));
    }

    #[test]
    fn date_filters_in_the_query_language() {
        let period = |q: &str| match parse(q).unwrap() {
            Node::Dates { period, .. } => (
                period.from.map(|d| d.to_string()),
                period.to.map(|d| d.to_string()),
            ),
            other => panic!("{other:?}"),
        };
        let s = |x: &str| Some(x.to_string());
        assert_eq!(period("date:2024"), (s("2024-01-01"), s("2024-12-31")));
        assert_eq!(
            period("date:[2018 TO 2019-06]"),
            (s("2018-01-01"), s("2019-06-30"))
        );
        assert_eq!(
            period("date:{2018 TO 2020}"),
            (s("2019-01-01"), s("2019-12-31"))
        );
        assert_eq!(period("date:[2020-03 TO *]"), (s("2020-03-01"), None));
        assert_eq!(period("date:>=2020-01-01"), (s("2020-01-01"), None));
        assert_eq!(period("date:>2020"), (s("2021-01-01"), None));
        assert_eq!(period("date:<2020-03"), (None, s("2020-02-29")));
        assert_eq!(period("date:<=2020-03"), (None, s("2020-03-31")));
        let (message, column) = err("ilo date:2024-13");
        assert!(message.starts_with("bad date `2024-13`"), "{message}");
        assert_eq!(column, 10);
        assert_eq!(
            err("date:[2018 2019]").0,
            "a date range is [FROM TO TO], e.g. [2018 TO 2019-06], not [2018 2019]"
        );
        assert_eq!(err("date:[2018 TO 2019").0, "unclosed date range");
        assert_eq!(
            err("ilo titel:congress").0,
            "unknown field `titel:`; did you mean `title:`?"
        );
        assert_eq!(
            err("persn:Houngbo").0,
            "unknown field `persn:`; did you mean `person:`?"
        );
        // Other words before a colon are text.
        for text in ["Note: wages", "10:30 meeting", "foo:bar", "ILO:decent"] {
            assert!(parse(text).is_ok(), "{text}");
        }
        assert_eq!(
            err("date:[2020 TO 2019]").0,
            "the date range [2020 TO 2019] holds no date"
        );
        // (One day, or a month with both ends excluded, is no error; an empty year is.)
        assert_eq!(
            period("date:[2020-03-01 TO 2020-03-01]"),
            (s("2020-03-01"), s("2020-03-01"))
        );
        assert!(err("date:{2019 TO 2020}").0.contains("holds no date"));
        assert!(err("date:").0.starts_with("date: needs a date"));
    }

    #[test]
    fn hostile_queries_are_refused_quickly() {
        let deep = "(".repeat(10_000) + "x" + &")".repeat(10_000);
        assert!(matches!(parse(&deep), Err(UserError::Query(_))));
        let nested = "(".repeat(40) + "x" + &")".repeat(40);
        assert_eq!(
            err(&nested).0,
            format!("parentheses nested more than {MAX_DEPTH} deep")
        );
        assert!(matches!(parse("   "), Err(UserError::Query(_))));
        // A chain of signs is nesting too, inside parentheses or not.
        for chain in [
            "NOT ".repeat(1000) + "ilo",
            "x ".to_string() + &"-".repeat(1000) + "oil",
            "(".repeat(20) + &"-".repeat(20) + "x" + &")".repeat(20),
        ] {
            assert!(err(&chain).0.contains("nested more than"), "{chain}");
        }
        assert!(parse(&("NOT ".repeat(10) + "ilo")).is_ok());
    }
}
