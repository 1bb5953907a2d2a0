//! Saved web pages: the headline from the article's heading, `og:title` or `<title>`; the date
//! from `<time datetime>`, `article:published_time` or JSON-LD, otherwise from a date line or
//! stamp of the text (as plain text is dated); the body from the main article
//! element, paragraph by paragraph, with navigation, menus, scripts, styles, asides, forms and
//! footers dropped, and the same furniture rules as plain text (stamps, captions, datelines).

use std::sync::LazyLock;

use regex::Regex;
use scraper::{ElementRef, Html, Selector};

use super::{Article, date, text};

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

static HEADINGS: LazyLock<Selector> =
    LazyLock::new(|| selector("article h1, main h1, [itemprop=headline], h1"));
static OG_TITLE: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"meta[property="og:title"], meta[name="twitter:title"]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static DATE_META: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        r#"meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publish-date"], meta[name="date"], meta[name="DC.date.issued"]"#,
    )
});
static JSON_LD: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"script[type="application/ld+json"]"#));
static CONTAINERS: LazyLock<Vec<Selector>> = LazyLock::new(|| {
    [
        "[itemprop=articleBody]",
        "article",
        "main",
        ".article-body, .article__body, .article-content, .entry-content, .post-content, .news-text, .field-name-body",
        "#content, .content",
        "body",
    ]
    .iter()
    .map(|css| selector(css))
    .collect()
});
static BLOCKS: LazyLock<Selector> =
    LazyLock::new(|| selector("p, h2, h3, h4, h5, h6, li, blockquote, pre, td"));
static STAMP_HOLDERS: LazyLock<Selector> =
    LazyLock::new(|| selector("div, span, p, small, time, li"));
static CANONICAL: LazyLock<Selector> =
    LazyLock::new(|| selector(r#"link[rel="canonical"], meta[property="og:url"]"#));
static PUBLISHED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""datePublished"\s*:\s*"([^"]+)""#).expect("json-ld pattern"));

/// Elements whose text is never body text.
const FURNITURE: &[&str] = &[
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "select",
    "figcaption",
    "menu",
    "template",
    "svg",
    "iframe",
];

/// Parses one saved page.
pub fn parse(id: String, path: String, html: &str) -> Article {
    let page = Html::parse_document(html);
    let title = first_text(&page, &HEADINGS)
        .or_else(|| attr(&page, &OG_TITLE, "content"))
        .or_else(|| first_text(&page, &TITLE).map(|t| strip_site_name(&t)))
        .filter(|t| !t.is_empty());
    let mut furniture_date = None;
    let (mut paragraphs, credits) = body_paragraphs(&page, &mut furniture_date);
    // Without a date in the page's markup, a date line or stamp of its text gives it: of the
    // story, else of a short element around it.
    let date = page_date(&page)
        .or(furniture_date)
        .or_else(|| stamp_outside_story(&page));
    let url = attr(&page, &CANONICAL, "href").or_else(|| attr(&page, &CANONICAL, "content"));
    let lang = page
        .root_element()
        .value()
        .attr("lang")
        .map(|l| l.split(['-', '_']).next().unwrap_or(l).to_lowercase())
        .filter(|l| !l.is_empty());

    // The heading repeated as the first paragraph is not body text.
    if let (Some(t), Some(first)) = (&title, paragraphs.first())
        && first == t
    {
        paragraphs.remove(0);
    }
    let (dateline, source, dateline_date) = text::take_dateline(&mut paragraphs);
    let date = date.or(dateline_date);
    Article {
        id,
        path,
        title,
        date,
        source,
        dateline,
        body: paragraphs.join("\n\n"),
        credits,
        url,
        lang,
        ..Article::default()
    }
}

/// The text of a line of markup, as a browser shows it: entities decoded ("2025&#8211;2027" →
/// "2025–2027", "&amp;" → "&"), tags dropped, spaces collapsed.
pub fn fragment_text(markup: &str) -> String {
    let fragment = Html::parse_fragment(markup);
    clean_text(&fragment.root_element().text().collect::<String>())
}

fn clean_text(raw: &str) -> String {
    text::clean(raw)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_text(page: &Html, selector: &Selector) -> Option<String> {
    page.select(selector)
        .filter(|e| !inside_furniture(e))
        .map(|e| clean_text(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

fn attr(page: &Html, selector: &Selector, name: &str) -> Option<String> {
    page.select(selector)
        .filter_map(|e| e.value().attr(name))
        .map(clean_text)
        .find(|t| !t.is_empty())
}

/// "Headline | Kazinform" → "Headline": a site name after the last separator.
fn strip_site_name(title: &str) -> String {
    for separator in [" | ", " — ", " – ", " - "] {
        if let Some((head, tail)) = title.rsplit_once(separator)
            && tail.split_whitespace().count() <= 4
            && head.split_whitespace().count() >= 3
        {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

fn page_date(page: &Html) -> Option<date::Date> {
    let from = |value: &str| {
        let value = value.trim();
        date::parse_date_line(value).or_else(|| value.get(..10).and_then(date::parse_date_line))
    };
    page.select(&TIME)
        .filter(|e| !inside_furniture(e))
        .filter_map(|e| e.value().attr("datetime"))
        .find_map(from)
        .or_else(|| {
            page.select(&DATE_META)
                .filter_map(|e| e.value().attr("content"))
                .find_map(from)
        })
        .or_else(|| {
            page.select(&JSON_LD)
                .filter_map(|e| {
                    PUBLISHED
                        .captures(&e.text().collect::<String>())
                        .map(|c| c[1].to_string())
                })
                .find_map(|d| from(&d))
        })
}

/// The date of the first stamp or date line the page shows outside its story's paragraphs:
/// a `<div class="post-info">` holding "Жарияланды: 28.05.2025, 10:47" between the heading and
/// the story, a `<span class="date">`. Only short elements that hold no other block, outside
/// furniture, in the order of the page.
fn stamp_outside_story(page: &Html) -> Option<date::Date> {
    page.select(&STAMP_HOLDERS)
        .filter(|e| {
            !e.children()
                .any(|c| c.value().as_element().is_some_and(is_block))
        })
        .filter(|e| !inside_furniture(e))
        .find_map(|e| {
            let text = clean_text(&e.text().collect::<String>());
            if text.len() > 120 {
                return None;
            }
            text::sift(&text).0
        })
}

/// Is the element one that breaks the text into blocks of its own?
fn is_block(e: &scraper::node::Element) -> bool {
    matches!(
        e.name(),
        "div" | "p" | "section" | "article" | "ul" | "ol" | "table" | "h1" | "h2" | "h3"
    )
}

fn inside_furniture(element: &ElementRef) -> bool {
    std::iter::once(**element)
        .chain(element.ancestors())
        .filter_map(|n| n.value().as_element())
        .any(|e| {
            FURNITURE.contains(&e.name())
                || e.attr("role").is_some_and(|r| {
                    matches!(r, "navigation" | "banner" | "contentinfo" | "complementary")
                })
                || e.classes().any(|c| {
                    let c = c.to_ascii_lowercase();
                    [
                        "menu",
                        "breadcrumb",
                        "share",
                        "social",
                        "related",
                        "comments",
                        "sidebar",
                        "footer",
                        "banner",
                        "advert",
                        "subscribe",
                        "tags",
                    ]
                    .iter()
                    .any(|w| c.contains(w))
                })
        })
}

/// The article's paragraphs: block elements of the main container, outside furniture, without
/// stamps, captions and navigation lines ([`text::sift`]). `date` gets the date of the first
/// date line or stamp, if it has none yet. Also the credit lines it left out.
fn body_paragraphs(page: &Html, date: &mut Option<date::Date>) -> (Vec<String>, Vec<String>) {
    let mut sifter = text::Sifter::default();
    let paragraphs = container_paragraphs(page, &mut |line: &str| {
        let (given, text) = sifter.line(line);
        *date = date.or(given);
        text.map(str::to_string)
    });
    (paragraphs, sifter.credits)
}

/// The paragraphs of the page's main container that `keep` keeps (and gives as it returns them).
fn container_paragraphs(page: &Html, keep: &mut dyn FnMut(&str) -> Option<String>) -> Vec<String> {
    for container_selector in CONTAINERS.iter() {
        let Some(container) = page
            .select(container_selector)
            .find(|e| !inside_furniture(e))
        else {
            continue;
        };
        let mut paragraphs: Vec<String> = Vec::new();
        for block in container.select(&BLOCKS) {
            if inside_furniture(&block) {
                continue;
            }
            // A block inside another block (a <p> in an <li>) is taken with its parent.
            let nested = block
                .ancestors()
                .take_while(|n| n.id() != container.id())
                .any(|n| {
                    n.value()
                        .as_element()
                        .is_some_and(|e| matches!(e.name(), "p" | "li" | "blockquote" | "td"))
                });
            if nested {
                continue;
            }
            let text = clean_text(&visible_text(&block).collect::<String>());
            if let Some(text) = keep(&text) {
                paragraphs.push(text);
            }
        }
        if paragraphs.is_empty() {
            // No block elements: the container's text, line by line.
            let all = text::clean(&visible_text(&container).collect::<Vec<_>>().join("\n"));
            paragraphs = all
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter_map(|l| keep(&l))
                .collect();
        }
        if !paragraphs.is_empty() {
            return paragraphs;
        }
    }
    Vec::new()
}

/// The text of `element` a browser shows: not the code of scripts, styles and templates in it.
fn visible_text<'a>(element: &ElementRef<'a>) -> impl Iterator<Item = &'a str> {
    let root = element.id();
    element.descendants().filter_map(move |node| {
        let text = node.value().as_text()?;
        let hidden = node
            .ancestors()
            .take_while(|a| a.id() != root)
            .chain(std::iter::once(**element))
            .any(|a| {
                a.value().as_element().is_some_and(|e| {
                    matches!(e.name(), "script" | "style" | "noscript" | "template")
                })
            });
        (!hidden).then_some(&**text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="en-US"><head>
<title>Unions meet the minister | Kazinform</title>
<meta property="og:title" content="Unions meet the minister">
<meta property="article:published_time" content="2024-09-06T10:15:00+05:00">
<link rel="canonical" href="https://example.kz/news/1">
<script>var menu = "Skills and jobs";</script><style>p { color: red }</style>
</head><body>
<header><nav><ul><li>Home</li><li>Skills and jobs</li></ul></nav></header>
<main><article>
<h1>Unions meet the minister</h1>
<div class="breadcrumbs">Home &gt; News</div>
<p>ASTANA. KAZINFORM – The minister met <b>union</b> leaders on Friday.</p>
<figure><img src="x.jpg"><figcaption>Photo: the meeting</figcaption></figure>
<p>They discussed   wages.</p>
<div class="share">Share on Facebook</div>
</article></main>
<aside>Read also: other news</aside>
<footer>© 2024 Targeted social assistance</footer>
</body></html>"#;

    #[test]
    fn scripts_and_styles_are_no_text() {
        let page = parse(
            "a".into(),
            "a.html".into(),
            "<html><body><article><h1>Miners strike</h1><p>Miners stopped work.<script>var \
             x = 1;</script> They want pay.</p><style>.a { color: red }</style></article>\
             </body></html>",
        );
        assert_eq!(page.body, "Miners stopped work. They want pay.");
        // A page of code alone has no text at all.
        let shell = parse(
            "b".into(),
            "b.html".into(),
            "<html><head><title>App</title></head><body><script>var trackingCode = \
             \"abcdef\";</script><noscript>Enable JavaScript</noscript></body></html>",
        );
        assert_eq!(shell.body, "");
    }

    #[test]
    fn the_article_without_the_page_around_it() {
        let a = parse("p".into(), "p.html".into(), PAGE);
        assert_eq!(a.title.as_deref(), Some("Unions meet the minister"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-09-06"));
        assert_eq!(
            a.body,
            "The minister met union leaders on Friday.\n\nThey discussed wages."
        );
        assert_eq!(a.source.as_deref(), Some("Kazinform"));
        assert_eq!(a.url.as_deref(), Some("https://example.kz/news/1"));
        assert_eq!(a.lang.as_deref(), Some("en"));
    }

    #[test]
    fn fallbacks_for_title_and_date() {
        let page = r#"<html><head><title>Wage talks resume in Astana - Tengrinews</title>
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-11-20T08:00:00Z"}</script>
</head><body><div>First line of text.<br>Second line.</div></body></html>"#;
        let a = parse("p".into(), "p.html".into(), page);
        assert_eq!(a.title.as_deref(), Some("Wage talks resume in Astana"));
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2023-11-20"));
        assert!(a.body.contains("First line of text."), "{}", a.body);
    }

    #[test]
    fn a_date_line_of_the_text_dates_a_page_without_one_in_its_markup() {
        let page = r#"<html><body><article><h1>Wage talks</h1><p>Date: 2026-11-28</p>
<p>Unions met the minister on 3 May 2025.</p></article></body></html>"#;
        let a = parse("p".into(), "p.html".into(), page);
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2026-11-28"));
        assert_eq!(a.body, "Unions met the minister on 3 May 2025.");
    }

    #[test]
    fn a_stamp_beside_the_story_dates_a_page_without_one() {
        let page = r#"<html><body><h1>Жалақы талабы</h1>
<div class="post-info"><span>Жарияланды: 28.05.2025, 10:47</span> <span>Қаралды: 3 915</span></div>
<div class="post-body"><p>Жұмысшылар 2024 жылғы 3 мамырда жиналды.</p></div>
<div class="related"><span>01.01.2020</span></div></body></html>"#;
        let a = parse("p".into(), "p.html".into(), page);
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2025-05-28"));
        assert_eq!(a.body, "Жұмысшылар 2024 жылғы 3 мамырда жиналды.");
        // Only in furniture, a date is another article's.
        let related = r#"<html><body><h1>Wage talks</h1><div class="post-body"><p>Unions met.</p></div>
<div class="related-news"><span>01.01.2020</span></div></body></html>"#;
        assert_eq!(parse("p".into(), "p.html".into(), related).date, None);
    }

    #[test]
    fn broken_markup_still_gives_text() {
        let a = parse(
            "p".into(),
            "p.html".into(),
            "<html><body><p>Unclosed <b>bold<p>More text",
        );
        assert_eq!(a.body, "Unclosed bold\n\nMore text");
        let empty = parse(
            "p".into(),
            "p.html".into(),
            "<html><body><nav>Home</nav></body></html>",
        );
        assert!(empty.body.is_empty() && empty.title.is_none());
    }
}
