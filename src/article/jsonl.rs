//! JSON Lines: one article per line, `{"id", "title", "date", "body" (or "text"), "url",
//! "source", "lang"}`; every field but the text may be missing or null. A line that is not a
//! JSON object with text is reported with its number, and the rest of the file is read.

use serde::Deserialize;

use super::{Article, date, text};

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    body: Option<String>,
    text: Option<String>,
    url: Option<String>,
    source: Option<String>,
    lang: Option<String>,
}

/// One line of a JSON Lines file: the article, or why it cannot be one. `file_id` names
/// articles whose record has no id (`file_id:line`).
pub fn parse_line(
    file_id: &str,
    path: &str,
    number: usize,
    line: &str,
) -> Result<(Article, Vec<String>), String> {
    let record: Record = serde_json::from_str(line).map_err(|e| {
        let message = e.to_string();
        // serde_json says "… at line 1 column 17": only the column means something here.
        let message = match message.rsplit_once(" at line ") {
            Some((what, at)) => {
                format!("{what} at column {}", at.rsplit(' ').next().unwrap_or("?"))
            }
            None => message,
        };
        format!("line {number}: not a JSON article ({message})")
    })?;
    let mut warnings = Vec::new();
    let raw_body = record.body.or(record.text).unwrap_or_default();
    let title = record
        .title
        .map(|t| {
            text::clean(&t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty());
    let mut body = text::clean(&raw_body).trim().to_string();
    if title.is_none() && body.is_empty() {
        return Err(format!("line {number}: no title and no body or text"));
    }
    let mut dateline = None;
    let mut outlet = None;
    if let Some((written, named, rest)) = text::split_dateline(&body) {
        dateline = Some(written);
        outlet = named;
        body = rest.trim_start().to_string();
    }
    let date = match record
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        None => None,
        Some(d) => {
            let parsed =
                date::parse_date_line(d).or_else(|| d.get(..10).and_then(date::parse_date_line));
            if parsed.is_none() {
                warnings.push(format!(
                    "line {number}: unreadable date `{d}`, indexed without a date"
                ));
            }
            parsed
        }
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{file_id}:{number}"),
    };
    let article = Article {
        id,
        path: format!("{path}:{number}"),
        title,
        date,
        source: record.source.filter(|s| !s.trim().is_empty()).or(outlet),
        dateline,
        body,
        url: record.url.filter(|u| !u.trim().is_empty()),
        lang: record
            .lang
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.trim().to_lowercase()),
        ..Article::default()
    };
    Ok((article, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_becomes_an_article() {
        let (a, warnings) = parse_line(
            "dump",
            "dump.jsonl",
            3,
            r#"{"id": "r-1", "title": "Wage  talks", "date": "1987-02-26", "body": "ASTANA, Feb 26 - Unions met.\n", "source": "Reuters", "lang": "EN", "url": "http://x"}"#,
        )
        .unwrap();
        assert!(warnings.is_empty());
        assert_eq!(a.id, "r-1");
        assert_eq!(a.path, "dump.jsonl:3");
        assert_eq!(a.title.as_deref(), Some("Wage talks"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("1987-02-26"));
        assert_eq!(a.body, "Unions met.");
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        assert_eq!(a.lang.as_deref(), Some("en"));
        assert_eq!(a.url.as_deref(), Some("http://x"));
    }

    #[test]
    fn missing_fields_and_other_spellings() {
        let (a, _) = parse_line(
            "dump",
            "dump.jsonl",
            7,
            r#"{"text": "Only text.", "date": "2024-09-06T10:00:00+05:00", "id": 42}"#,
        )
        .unwrap();
        assert_eq!(a.id, "42");
        assert_eq!(a.body, "Only text.");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-09-06"));
        let (b, warnings) = parse_line(
            "dump",
            "dump.jsonl",
            8,
            r#"{"body": "B.", "date": "someday", "title": null}"#,
        )
        .unwrap();
        assert_eq!(b.id, "dump:8");
        assert_eq!(b.date, None);
        assert_eq!(
            warnings,
            ["line 8: unreadable date `someday`, indexed without a date"]
        );
    }

    #[test]
    fn broken_lines_say_where() {
        let err = parse_line("d", "d.jsonl", 5, r#"{"body": "unclosed"#).unwrap_err();
        assert!(
            err.starts_with("line 5: not a JSON article (EOF while parsing"),
            "{err}"
        );
        assert!(err.contains("at column"), "{err}");
        assert_eq!(
            parse_line("d", "d.jsonl", 6, r#"{"title": ""}"#).unwrap_err(),
            "line 6: no title and no body or text"
        );
        assert!(parse_line("d", "d.jsonl", 9, "[1, 2]").is_err());
    }
}
