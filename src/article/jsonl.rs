//! JSON articles: one per line of a JSON Lines file, or a `.json` file holding one article or an
//! array of them. A record is `{"id", "title", "date", "body" (or "text"), "url", "source",
//! "lang"}`; every field but the text may be missing or null. A record that is not a JSON object
//! with text is reported with its line (or its place in the array), and the rest is read.

use serde::Deserialize;

use super::{Article, date, text};

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "text_field")]
    title: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    date: Option<String>,
    #[serde(default, deserialize_with = "text_field")]
    body: Option<String>,
    #[serde(default, deserialize_with = "text_field")]
    text: Option<String>,
    url: Option<String>,
    source: Option<String>,
    lang: Option<String>,
    // Other names feeds, CMS exports and scrapers give the same fields, read when the usual
    // one is missing (and ignored when they hold a kind of value that cannot be text).
    #[serde(default, deserialize_with = "lenient_text")]
    headline: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    content: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    article: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    full_text: Option<String>,
    // (news-please's names: "maintext", "date_publish".)
    #[serde(default, deserialize_with = "lenient_text")]
    maintext: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    description: Option<String>,
    // Each name is a field of its own, never an alias of another: a record may give several
    // (a summary and an excerpt, two date fields), which aliases would reject as one field
    // given twice.
    //
    // The title and text in one of the languages read here ("title_kk", "content_ru"): the
    // record's own language first, if it names one.
    #[serde(default, deserialize_with = "lenient_text")]
    title_kk: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    title_ru: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    title_en: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    body_kk: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    body_ru: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    body_en: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    text_kk: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    text_ru: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    text_en: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    content_kk: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    content_ru: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    content_en: Option<String>,
    // The text as markup, under the names CMS exports give it.
    #[serde(default, deserialize_with = "lenient_text")]
    content_html: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    body_html: Option<String>,
    #[serde(default, deserialize_with = "lenient_text", rename = "contentHtml")]
    content_html_camel: Option<String>,
    #[serde(default, deserialize_with = "lenient_text", rename = "bodyHtml")]
    body_html_camel: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    html: Option<String>,
    // The paragraph a site prints between headline and story, under whichever name.
    #[serde(default, deserialize_with = "lenient_text")]
    lead: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    summary: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    excerpt: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    standfirst: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    subtitle: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    subheadline: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    intro: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    lede: Option<String>,
    #[serde(default, deserialize_with = "lenient_text")]
    teaser: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    published: Option<String>,
    #[serde(default, deserialize_with = "date_field", rename = "pubDate")]
    pub_date_camel: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    pub_date: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    publish_date: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    published_date: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    publication_date: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    date_published: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    release_date: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    published_at: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    date_publish: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    published_time: Option<String>,
    #[serde(default, deserialize_with = "date_field", rename = "publishedAt")]
    published_at_camel: Option<String>,
    #[serde(default, deserialize_with = "date_field", rename = "datePublished")]
    date_published_camel: Option<String>,
    // When the record was made: the publication date when nothing says so more plainly.
    #[serde(default, deserialize_with = "date_field")]
    created_at: Option<String>,
    #[serde(default, deserialize_with = "date_field", rename = "createdAt")]
    created_at_camel: Option<String>,
    #[serde(default, deserialize_with = "date_field")]
    created: Option<String>,
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

/// A text field as CMS exports give it: a string, an object holding it
/// (`{"rendered": "…"}`), or a list of paragraphs or blocks (`[{"type": "paragraph", "text":
/// "…"}, …]`). A number or a boolean is an error.
fn text_field<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    use serde::de::{Error, Unexpected};
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::Number(n) => Err(D::Error::invalid_type(
            Unexpected::Other(&format!("number {n}")),
            &"text, an object holding text, or a list of paragraphs",
        )),
        serde_json::Value::Bool(b) => Err(D::Error::invalid_type(
            Unexpected::Bool(b),
            &"text, an object holding text, or a list of paragraphs",
        )),
        value => Ok(text_of(value)),
    }
}

/// [`text_field`], with nothing for a value that cannot be text.
fn lenient_text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(text_of(serde_json::Value::deserialize(d)?))
}

/// The keys under which an object holds its text.
const TEXT_KEYS: [&str; 6] = ["rendered", "html", "text", "value", "content", "body"];

/// Blocks of a story that are not its text (by their `type`).
const NOT_TEXT: [&str; 12] = [
    "image",
    "photo",
    "picture",
    "video",
    "gallery",
    "embed",
    "ad",
    "advert",
    "related",
    "share",
    "subscribe",
    "promo",
];

fn text_of(value: serde_json::Value) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(s) => Some(s),
        Value::Object(mut fields) => {
            let kind = ["type", "kind", "block"]
                .iter()
                .find_map(|k| fields.get(*k).and_then(Value::as_str))
                .unwrap_or_default()
                .to_lowercase();
            if NOT_TEXT.iter().any(|n| kind.contains(n)) {
                return None;
            }
            TEXT_KEYS
                .iter()
                .find_map(|k| fields.remove(*k).and_then(text_of))
        }
        Value::Array(items) => {
            let paragraphs: Vec<String> = items
                .into_iter()
                .filter_map(text_of)
                .filter(|p| !p.trim().is_empty())
                .collect();
            (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
        }
        _ => None,
    }
}

/// A date field: a string, or a Unix time in seconds or milliseconds (as `YYYY-MM-DD`, UTC).
fn date_field<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => n.as_i64().and_then(|t| {
            let seconds = if t.abs() >= 100_000_000_000 {
                t / 1000
            } else {
                t
            };
            let day = jiff::Timestamp::from_second(seconds).ok()?;
            Some(day.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
        }),
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

/// Names a record's text goes by: an object with none of them is no article itself.
const ARTICLE_KEYS: [&str; 14] = [
    "title",
    "headline",
    "body",
    "text",
    "content",
    "article",
    "full_text",
    "title_kk",
    "title_ru",
    "title_en",
    "content_html",
    "body_html",
    "contentHtml",
    "bodyHtml",
];

/// The article or articles an API response wraps (`{"status": "ok", "data": {…}}`,
/// `{"item": {…}}`, `{"results": [{…}, …]}`): the first object among the values of an object
/// that names no article field itself and holds one, or the first list of such objects, looked
/// for three levels down. Anything else is returned as it is.
pub fn unwrap_envelope(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    fn is_article(value: &Value) -> bool {
        value
            .as_object()
            .is_some_and(|o| ARTICLE_KEYS.iter().any(|k| o.contains_key(*k)))
    }
    fn find(value: &Value, depth: usize) -> Option<&Value> {
        let fields = value.as_object()?;
        if depth == 0 || is_article(value) {
            return None;
        }
        fields.values().find_map(|v| match v {
            Value::Object(_) if is_article(v) => Some(v),
            Value::Array(items) if items.first().is_some_and(is_article) => Some(v),
            Value::Object(_) => find(v, depth - 1),
            _ => None,
        })
    }
    match find(&value, 3) {
        Some(inner) => inner.clone(),
        None => value,
    }
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
    let lang = record.lang.as_deref().map(str::trim).unwrap_or_default();
    // The field in the record's own language, else the first given.
    let localized = |fields: [(&str, Option<String>); 3]| -> Option<String> {
        let (own, others): (Vec<_>, Vec<_>) = fields
            .into_iter()
            .partition(|(l, _)| l.eq_ignore_ascii_case(lang));
        own.into_iter()
            .chain(others)
            .filter_map(|(_, field)| field)
            .find(|v| !v.trim().is_empty())
    };
    let raw_body = first_given([
        record.body,
        record.text,
        record.content,
        record.article,
        record.full_text,
        record.maintext,
        record.content_html,
        record.body_html,
        record.content_html_camel,
        record.body_html_camel,
        record.html,
        localized([
            ("kk", record.body_kk),
            ("ru", record.body_ru),
            ("en", record.body_en),
        ]),
        localized([
            ("kk", record.text_kk),
            ("ru", record.text_ru),
            ("en", record.text_en),
        ]),
        localized([
            ("kk", record.content_kk),
            ("ru", record.content_ru),
            ("en", record.content_en),
        ]),
    ])
    .or(record.description)
    .unwrap_or_default();
    let title = record
        .title
        .filter(|t| !t.trim().is_empty())
        .or(record.headline)
        .or_else(|| {
            localized([
                ("kk", record.title_kk),
                ("ru", record.title_ru),
                ("en", record.title_en),
            ])
        })
        .map(|t| {
            // WordPress and other CMS give titles as markup ("2025&#8211;2027", "<em>…</em>");
            // a bare "<" is text ("STANDARD OIL <SRD> TO FORM FINANCIAL UNIT").
            if is_markup(&t) {
                return super::html::fragment_text(&t);
            }
            if t.contains('&') {
                return super::html::fragment_text(&t.replace('<', "&lt;").replace('>', "&gt;"));
            }
            text::clean(&t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty());
    // The text as a page's story: furniture (captions, "read also" links, share buttons,
    // credits) is no body, and markup is read as a web page's.
    let (body, dateline, outlet, body_date, credits) = if is_markup(&raw_body) {
        let page = super::html::parse(String::new(), String::new(), &raw_body);
        (
            page.body,
            page.dateline,
            page.source,
            page.date,
            page.credits,
        )
    } else {
        let (mut paragraphs, date, credits) = text::story(&text::clean(&raw_body));
        let (dateline, outlet, dateline_date) = text::take_dateline(&mut paragraphs);
        let date = date.or(dateline_date);
        (paragraphs.join("\n\n"), dateline, outlet, date, credits)
    };
    let lead = first_given([
        record.lead,
        record.summary,
        record.excerpt,
        record.standfirst,
        record.subtitle,
        record.subheadline,
        record.intro,
        record.lede,
        record.teaser,
    ]);
    let body = with_lead(lead.as_deref(), body);
    if title.is_none() && body.is_empty() {
        return Err(format!("{}no title and no body or text", place.prefix()));
    }
    let written_date = first_given([
        record.date,
        record.published,
        record.pub_date_camel,
        record.pub_date,
        record.publish_date,
        record.published_date,
        record.publication_date,
        record.date_published,
        record.release_date,
        record.published_at,
        record.date_publish,
        record.published_time,
        record.published_at_camel,
        record.date_published_camel,
        record.created_at,
        record.created_at_camel,
        record.created,
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
        credits,
        url: first_given([record.url, record.link]),
        lang: record
            .lang
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.trim().to_lowercase()),
        ..Article::default()
    };
    Ok((article, warnings))
}

/// The body with the record's lead paragraph first, unless the body already opens with it
/// (feeds give a story's first sentences as its summary).
fn with_lead(lead: Option<&str>, body: String) -> String {
    let Some(lead) = lead.map(|l| {
        text::clean(l)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }) else {
        return body;
    };
    let lead = if is_markup(&lead) {
        super::html::parse(String::new(), String::new(), &lead).body
    } else {
        lead
    };
    let opening: String = lead
        .trim_end_matches(['…', '.', ' '])
        .trim_end_matches("[...]")
        .trim_end_matches("[…]")
        .chars()
        .take(60)
        .collect();
    let folded: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if lead.is_empty() || folded.contains(opening.trim()) {
        body
    } else if body.is_empty() {
        lead
    } else {
        format!("{lead}\n\n{body}")
    }
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
        // news-please's names; a date with its time and zone.
        let (c, _) = parse_line(
            "np",
            "np.jsonl",
            3,
            r#"{"title": "T", "maintext": "The unions met.", "date_publish": "2025-04-22T09:17:00+05:00", "date_modify": "2025-04-23"}"#,
        )
        .unwrap();
        assert_eq!(c.body, "The unions met.");
        assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2025-04-22"));
        let (d, _) = parse_line(
            "x",
            "x.jsonl",
            4,
            r#"{"title": "T", "body": "B.", "published_time": "2025-05-28 10:47"}"#,
        )
        .unwrap();
        assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2025-05-28"));
    }

    #[test]
    fn cms_shapes_of_text_and_dates() {
        // WordPress: title and content as {"rendered": …}; a block list with an image between
        // paragraphs; the lead before the story unless the story opens with it; Unix times.
        let (a, _) = parse_line(
            "wp",
            "wp.jsonl",
            1,
            r#"{"title": {"rendered": "Unions meet"}, "content": {"rendered": "<p>The unions met.</p>"}, "excerpt": {"rendered": "<p>The unions met. [&hellip;]</p>"}, "date_gmt": "x", "created_at": 1735800000}"#,
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Unions meet"));
        assert_eq!(a.body, "The unions met.");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-01-02"));
        let (b, _) = parse_line(
            "api",
            "api.jsonl",
            2,
            r#"{"title": "T", "lead": "Senators disagreed.", "body": [{"type": "paragraph", "text": "The Senate voted."}, {"type": "image", "text": "Photo: press office"}, "It returned the law."], "pub_date": "2025-09-02 09:30:00", "updated_at": "2025-09-03"}"#,
        )
        .unwrap();
        assert_eq!(
            b.body,
            "Senators disagreed.\n\nThe Senate voted.\n\nIt returned the law."
        );
        assert_eq!(b.date.map(|d| d.to_string()).as_deref(), Some("2025-09-02"));
        let ms = parse_line(
            "m",
            "m.jsonl",
            3,
            r#"{"body": "B.", "published": 1735800000000}"#,
        );
        assert_eq!(
            ms.unwrap().0.date.map(|d| d.to_string()).as_deref(),
            Some("2025-01-02")
        );
    }

    #[test]
    fn an_api_response_is_unwrapped() {
        let one = serde_json::json!({"status": "ok", "data": {"id": 7, "meta": {"views": 3},
            "title": "Senate returns the law", "body": "The Senate voted."}});
        let value = unwrap_envelope(one);
        let (a, _) = parse_value("r", "r.json", Place::Whole, value).unwrap();
        assert_eq!(a.title.as_deref(), Some("Senate returns the law"));
        let many = serde_json::json!({"meta": {"page": 1}, "response": {"results": [
            {"headline": "A", "text": "a."}, {"headline": "B", "text": "b."}]}});
        assert_eq!(unwrap_envelope(many).as_array().map(Vec::len), Some(2));
        // An article is never searched inside, and a value without one is left alone.
        let plain = serde_json::json!({"title": "T", "related": [{"title": "U"}]});
        assert_eq!(unwrap_envelope(plain.clone()), plain);
        let none = serde_json::json!({"status": "error", "data": {"code": 404}});
        assert_eq!(unwrap_envelope(none.clone()), none);
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
