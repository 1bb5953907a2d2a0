//! JSON articles: one per line of a JSON Lines file, or a `.json` file holding one article or an
//! array of them. A record is `{"id", "title", "date", "body" (or "text"), "url", "source",
//! "lang"}`; every field but the text may be missing or null. A record that is not a JSON object
//! with text is reported with its line (or its place in the array), and the rest is read.

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
    // Other names feeds and scrapers give the same fields, read when the usual one is missing
    // (and ignored when they hold something other than a string).
    #[serde(default, deserialize_with = "string_or_none")]
    headline: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    content: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    article: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    full_text: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    description: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    published: Option<String>,
    #[serde(default, deserialize_with = "string_or_none", rename = "pubDate")]
    pub_date: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    published_at: Option<String>,
    #[serde(default, deserialize_with = "string_or_none", rename = "publishedAt")]
    published_at_camel: Option<String>,
    #[serde(default, deserialize_with = "string_or_none", rename = "datePublished")]
    date_published: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    link: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    site: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    publisher: Option<String>,
}

/// A string field, or nothing when it holds another kind of value.
fn string_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => Some(s),
        _ => None,
    })
}

/// Where a record sits in its file: what messages call it, and what names an article without
/// an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Line N of a JSON Lines file.
    Line(usize),
    /// Element N (from 1) of a JSON array.
    Item(usize),
    /// The whole file is one article.
    Whole,
}

impl Place {
    /// "line 5: ", "item 5: ", or nothing for a whole file.
    fn prefix(self) -> String {
        match self {
            Place::Line(n) => format!("line {n}: "),
            Place::Item(n) => format!("item {n}: "),
            Place::Whole => String::new(),
        }
    }

    /// `base:N`, or `base` for a whole file.
    fn suffixed(self, base: &str) -> String {
        match self {
            Place::Line(n) | Place::Item(n) => format!("{base}:{n}"),
            Place::Whole => base.to_string(),
        }
    }
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
    from_record(record, file_id, path, Place::Line(number))
}

/// A JSON value read from a `.json` file (an object, or an element of an array) as an article.
pub fn parse_value(
    file_id: &str,
    path: &str,
    place: Place,
    value: serde_json::Value,
) -> Result<(Article, Vec<String>), String> {
    let what = match &value {
        serde_json::Value::Object(_) => None,
        serde_json::Value::Array(_) => Some("an array"),
        serde_json::Value::String(_) => Some("a string"),
        serde_json::Value::Number(_) => Some("a number"),
        serde_json::Value::Bool(_) => Some("a boolean"),
        serde_json::Value::Null => Some("null"),
    };
    if let Some(what) = what {
        return Err(format!(
            "{}not a JSON article ({what}, not an object)",
            place.prefix()
        ));
    }
    let record: Record = serde_json::from_value(value)
        .map_err(|e| format!("{}not a JSON article ({e})", place.prefix()))?;
    from_record(record, file_id, path, place)
}

fn from_record(
    record: Record,
    file_id: &str,
    path: &str,
    place: Place,
) -> Result<(Article, Vec<String>), String> {
    let mut warnings = Vec::new();
    let raw_body = first_given([
        record.body,
        record.text,
        record.content,
        record.article,
        record.full_text,
    ])
    .or(record.description)
    .unwrap_or_default();
    let title = record
        .title
        .filter(|t| !t.trim().is_empty())
        .or(record.headline)
        .map(|t| {
            text::clean(&t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty());
    // The text as a page's story: furniture (captions, "read also" links, share buttons,
    // credits) is no body, and markup is read as a web page's.
    let (body, dateline, outlet, body_date) = if is_markup(&raw_body) {
        let page = super::html::parse(String::new(), String::new(), &raw_body);
        (page.body, page.dateline, page.source, page.date)
    } else {
        let (mut paragraphs, date) = text::story(&text::clean(&raw_body));
        let (dateline, outlet) = text::take_dateline(&mut paragraphs);
        (paragraphs.join("\n\n"), dateline, outlet, date)
    };
    if title.is_none() && body.is_empty() {
        return Err(format!("{}no title and no body or text", place.prefix()));
    }
    let written_date = first_given([
        record.date,
        record.published,
        record.pub_date,
        record.published_at,
        record.published_at_camel,
        record.date_published,
    ]);
    let date = match written_date.as_deref().map(str::trim) {
        None => body_date,
        Some(d) => {
            let parsed =
                date::parse_date_line(d).or_else(|| d.get(..10).and_then(date::parse_date_line));
            if parsed.is_none() {
                warnings.push(format!(
                    "{}unreadable date `{d}`, indexed without a date",
                    place.prefix()
                ));
            }
            parsed
        }
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => place.suffixed(file_id),
    };
    let article = Article {
        id,
        path: place.suffixed(path),
        title,
        date,
        source: first_given([record.source, record.site, record.publisher]).or(outlet),
        dateline,
        body,
        url: first_given([record.url, record.link]),
        lang: record
            .lang
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.trim().to_lowercase()),
        ..Article::default()
    };
    Ok((article, warnings))
}

/// The first of a field's spellings that the record gives, not blank.
fn first_given<const N: usize>(values: [Option<String>; N]) -> Option<String> {
    values.into_iter().flatten().find(|v| !v.trim().is_empty())
}

/// Is `text` a web page's markup rather than text ("<p>BISHKEK (AKIpress) - …</p>")?
fn is_markup(text: &str) -> bool {
    let start = text.trim_start();
    start.starts_with('<') && (start.contains("</") || start.contains("<br"))
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
    fn other_field_names_and_markup() {
        let (a, warnings) = parse_line(
            "feed",
            "feed.jsonl",
            1,
            r#"{"headline": "Unions sign a memorandum", "content": "<p>BISHKEK (AKIpress) - The unions signed it.</p><p>Read also: Other news</p>", "pubDate": "Wed, 22 Jan 2025 11:04:00 +0500", "link": "https://x", "site": "AKIpress", "tags": ["a"]}"#,
        )
        .unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(a.title.as_deref(), Some("Unions sign a memorandum"));
        assert_eq!(a.body, "The unions signed it.");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-01-22"));
        assert_eq!(a.url.as_deref(), Some("https://x"));
        assert_eq!(a.source.as_deref(), Some("AKIpress"));
        // The usual names win; another kind of value under another name is passed over.
        let (b, _) = parse_line(
            "feed",
            "feed.jsonl",
            2,
            r#"{"title": "T", "headline": "H", "body": "Body.", "content": {"html": "x"}}"#,
        )
        .unwrap();
        assert_eq!((b.title.as_deref(), b.body.as_str()), (Some("T"), "Body."));
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

    #[test]
    fn a_json_file_is_one_article_or_an_array_of_them() {
        let object = serde_json::json!({"title": "Wage talks", "body": "Unions met.", "date": "5 August 2025"});
        let (a, warnings) = parse_value("note", "note.json", Place::Whole, object).unwrap();
        assert!(warnings.is_empty());
        assert_eq!((a.id.as_str(), a.path.as_str()), ("note", "note.json"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-08-05"));
        let item = serde_json::json!({"body": "B.", "date": "someday"});
        let (b, warnings) = parse_value("all", "all.json", Place::Item(2), item).unwrap();
        assert_eq!((b.id.as_str(), b.path.as_str()), ("all:2", "all.json:2"));
        assert_eq!(
            warnings,
            ["item 2: unreadable date `someday`, indexed without a date"]
        );
        assert_eq!(
            parse_value("all", "all.json", Place::Item(3), serde_json::json!("text")).unwrap_err(),
            "item 3: not a JSON article (a string, not an object)"
        );
        let err =
            parse_value("n", "n.json", Place::Whole, serde_json::json!({"body": 7})).unwrap_err();
        assert!(err.starts_with("not a JSON article (invalid type"), "{err}");
    }
}
