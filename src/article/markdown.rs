//! Markdown notes: front matter (`title:`, `date:`, `source:`, `lang:`, `url:`) when present,
//! otherwise the first heading as the title and the first date line or stamp as the date; the
//! body is the text of the paragraphs, headings, list items and quotes, without markup (links
//! keep their text), furniture (date lines, navigation, captions) and the dateline.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::{Article, date, text};

/// Parses one Markdown file.
pub fn parse(id: String, path: String, raw: &str) -> Article {
    let cleaned = text::clean(raw);
    let (front, markdown) = front_matter(&cleaned);
    let field = |name: &str| {
        front
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let mut title = field("title");
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_heading: Option<HeadingLevel> = None;
    let mut skip = 0usize;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => in_heading = Some(level),
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. }) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::Image) => {
                skip = skip.saturating_sub(1)
            }
            Event::Text(t) | Event::Code(t) if skip == 0 => current.push_str(&t),
            Event::SoftBreak => current.push(' '),
            // A hard break ends a line of its own: "**Published:** … ␣␣" then "**Author:** …"
            // are a stamp and a byline, each read as a line.
            Event::HardBreak if in_heading.is_none() => {
                let text = take(&mut current);
                if !text.is_empty() {
                    paragraphs.push(text);
                }
            }
            Event::HardBreak => current.push(' '),
            Event::End(TagEnd::Heading(_)) => {
                let text = take(&mut current);
                if title.is_none() && in_heading.is_some() {
                    title = Some(text).filter(|t| !t.is_empty());
                } else if !text.is_empty() {
                    paragraphs.push(text);
                }
                in_heading = None;
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::TableCell,
            ) => {
                let text = take(&mut current);
                if !text.is_empty() {
                    paragraphs.push(text);
                }
            }
            _ => {}
        }
    }
    let rest = take(&mut current);
    if !rest.is_empty() {
        paragraphs.push(rest);
    }
    // Without a date in front matter, the first paragraph that is a date line or a stamp
    // ("Date: 2026-11-28", "Published 28 November 2026") gives it, as in plain text; such
    // paragraphs, navigation and captions are not body text.
    let mut date = field("date").and_then(|d| {
        date::parse_date_line(&d).or_else(|| d.get(..10).and_then(date::parse_date_line))
    });
    let mut sifter = text::Sifter::default();
    let mut paragraphs: Vec<String> = paragraphs
        .iter()
        .filter_map(|p| {
            let (given, text) = sifter.line(p);
            date = date.or(given);
            text.map(str::to_string)
        })
        .collect();
    let (dateline, outlet, dateline_date) = text::take_dateline(&mut paragraphs);
    let date = date.or(dateline_date);
    let source = field("source").or(outlet);
    Article {
        id,
        path,
        title,
        date,
        source,
        dateline,
        body: paragraphs.join("\n\n"),
        credits: sifter.credits,
        url: field("url"),
        lang: field("lang").map(|l| l.to_lowercase()),
        ..Article::default()
    }
}

fn take(current: &mut String) -> String {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    current.clear();
    text
}

/// `---` front matter of `key: value` lines (quotes around values dropped), and the rest.
fn front_matter(text: &str) -> (Vec<(String, String)>, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return (Vec::new(), text);
    };
    let Some(end) = rest.find("\n---") else {
        return (Vec::new(), text);
    };
    let fields = rest[..end]
        .lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(k, v)| {
            (
                k.trim().to_string(),
                v.trim().trim_matches(['"', '\'']).to_string(),
            )
        })
        .collect();
    let after = &rest[end + 4..];
    (
        fields,
        after.split_once('\n').map(|(_, body)| body).unwrap_or(""),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_ended_by_hard_breaks_are_read_one_by_one() {
        let a = parse(
            "n".into(),
            "n.md".into(),
            "# Зейнетақы жүйесіндегі өзгерістер\n\n**Жарияланған күні:** 2025 жылғы 29 желтоқсан  \n**Авторы:** Әсел Қайратқызы  \n**Айдар:** Әлеумет\n\nЖаңа жылдан бастап өзгерістер күшіне енеді.\n",
        );
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-12-29"));
        assert!(!a.body.contains("Жарияланған"), "{}", a.body);
    }

    #[test]
    fn front_matter_and_markup() {
        let a = parse(
            "n".into(),
            "n.md".into(),
            "---\ntitle: \"Notes on C087\"\ndate: 2024-03-01\nsource: own notes\n---\n# Ignored heading\n\nThe **union** met the [ILO](https://ilo.org).\n\n- first point\n- second\n\n```\ncode\n```\n",
        );
        assert_eq!(a.title.as_deref(), Some("Notes on C087"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-03-01"));
        assert_eq!(a.source.as_deref(), Some("own notes"));
        assert_eq!(
            a.body,
            "Ignored heading\n\nThe union met the ILO.\n\nfirst point\n\nsecond"
        );
    }

    #[test]
    fn the_first_heading_is_the_title_without_front_matter() {
        let a = parse(
            "n".into(),
            "n.md".into(),
            "Intro line\n\n## Wage talks\n\nText.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Wage talks"));
        assert_eq!(a.body, "Intro line\n\nText.");
        assert_eq!(a.date, None);
    }

    #[test]
    fn without_front_matter_a_date_line_dates_the_note_and_the_dateline_is_no_body() {
        let a = parse(
            "n".into(),
            "n.md".into(),
            "# Wage talks\n\nPublished: 28 November 2026\n\nASTANA. KAZINFORM – Unions met the \
             minister. A strike ended on 3 May 2025.\n",
        );
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-11-28"));
        assert_eq!(a.dateline.as_deref(), Some("ASTANA. KAZINFORM –"));
        assert_eq!(a.source.as_deref(), Some("Kazinform"));
        assert_eq!(
            a.body,
            "Unions met the minister. A strike ended on 3 May 2025."
        );
        // Front matter wins; a date inside a sentence is never the date.
        let a = parse(
            "n".into(),
            "n.md".into(),
            "---\ndate: 2024-03-01\n---\n\n28 November 2026\n\nText of 3 May 2025.\n",
        );
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-03-01"));
        let a = parse("n".into(), "n.md".into(), "# T\n\nText of 3 May 2025.\n");
        assert_eq!(a.date, None);
    }
}
