//! Plain-text news pages: headline, date, dateline and body, with the site furniture removed.
//!
//! Saved news pages carry more than the story: navigation ("You are here", "Skip to content"),
//! a CMS stamp ("Changed on 14 May, 2018 - 16:07"), photo captions and tags under the headline,
//! a dateline and credit before the first sentence ("NUR-SULTAN. KAZINFORM –"), and the site menu
//! or a media-centre credit after the last one. The parser works on lines:
//!
//! 1. lines are cleaned (BOM, CRLF, unusual spaces, control characters) and classified
//!    (blank, navigation, date stamp, date line, caption, text);
//! 2. the headline is, of the lines above the story's first sentence that read like a headline
//!    and are followed by more text, the one most like it (not the site's masthead, a menu item
//!    or a rubric); a file that starts straight with body text has no title;
//! 3. short lines without sentence punctuation between the headline and the first sentence,
//!    and after the last sentence, are furniture (captions, tags, menus, credits);
//! 4. the publication date comes only from a metadata prefix, a date line or a CMS stamp, never
//!    from a date inside a sentence.

use std::sync::LazyLock;

use regex::Regex;

use super::Article;
use super::date::{self, Date};

/// Parses one plain-text page. The result may have neither title nor body; the caller decides
/// what to do with such an empty article.
pub fn parse(id: String, path: String, raw: &str) -> Article {
    let cleaned = clean(raw);
    let lines: Vec<Line> = cleaned.lines().map(Line::classify).collect();

    let mut dates = DateCandidates::default();
    for line in &lines {
        match line.kind {
            Kind::MetaDate(d) => dates.offer(d, Priority::Metadata),
            Kind::Stamp(d) => dates.offer(d, Priority::Stamp),
            _ => {}
        }
    }

    // The headline: of the lines that read like one before the story's first sentence (a
    // masthead, menu items, rubrics, the headline itself), the one most like a headline
    // ([`choose_headline`]).
    let mut candidates: Vec<usize> = Vec::new();
    let mut block_end = 0;
    while block_end < lines.len() {
        let line = &lines[block_end];
        match line.kind {
            Kind::Blank | Kind::Nav | Kind::Stamp(_) | Kind::Caption | Kind::DateLine(_) => {}
            Kind::Text | Kind::MetaDate(_) => {
                let content = line.content();
                if is_headline(content) {
                    candidates.push(block_end);
                } else if is_sentence_like(content) {
                    break;
                }
            }
        }
        block_end += 1;
    }
    let last_text = lines.iter().rposition(|l| l.kind == Kind::Text);
    // A headline has more text after it.
    candidates.retain(|&i| last_text.is_some_and(|last| last > i));
    let chosen = choose_headline(
        &candidates
            .iter()
            .map(|&i| lines[i].content())
            .collect::<Vec<_>>(),
    );
    let (title, mut cursor) = match chosen.map(|k| candidates[k]) {
        Some(at) => (Some(collapse_spaces(lines[at].content())), at + 1),
        // No headline: the story starts at its first text line.
        None => (
            None,
            lines
                .iter()
                .position(|l| {
                    matches!(l.kind, Kind::Text | Kind::MetaDate(_)) && !l.content().is_empty()
                })
                .unwrap_or(lines.len()),
        ),
    };
    for line in &lines[..cursor] {
        if let Kind::DateLine(d) = line.kind {
            dates.offer(d, Priority::LeadingDateLine);
        }
    }

    // Leading furniture: captions, tags and date lines between the headline and the story,
    // and the author's name alone on a line (a byline without "By").
    let mut signed = Vec::new();
    while cursor < lines.len() {
        let line = &lines[cursor];
        match line.kind {
            Kind::Blank | Kind::Nav | Kind::Stamp(_) | Kind::Caption => cursor += 1,
            Kind::DateLine(d) => {
                dates.offer(d, Priority::LeadingDateLine);
                cursor += 1;
            }
            Kind::Text if !is_sentence_like(line.content()) => {
                signed.extend(bare_byline(line.content()).map(|names| format!("By {names}")));
                cursor += 1;
            }
            _ => break,
        }
    }

    // Trailing furniture: menus, credits, stamps and date lines after the last sentence.
    let mut end = lines.len();
    let mut credit = None;
    while end > cursor {
        let line = &lines[end - 1];
        match line.kind {
            Kind::Blank | Kind::Nav | Kind::Stamp(_) | Kind::Caption => end -= 1,
            Kind::DateLine(d) => {
                dates.offer(d, Priority::TrailingDateLine);
                end -= 1;
            }
            Kind::Text if !is_sentence_like(line.content()) => {
                if let Some(outlet) = credit_outlet(line.content()) {
                    credit = Some(outlet);
                }
                // (Below the story, a name alone must show it is one by its shape: the
                // people rules read it without a "By", which a footer's "Purchase Licensing
                // Rights" would pass.)
                signed.extend(bare_byline(line.content()));
                end -= 1;
            }
            _ => break,
        }
    }

    // The body: what is left, paragraph by paragraph, minus furniture lines inside it.
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut related = Sifter::default();
    for line in &lines[cursor..end] {
        if related.related(line.text) {
            continue;
        }
        match line.kind {
            Kind::Blank => flush(&mut paragraphs, &mut current),
            Kind::Nav | Kind::Stamp(_) | Kind::Caption => {}
            Kind::DateLine(_) => {}
            Kind::Text | Kind::MetaDate(_) => {
                let content = line.content();
                if !content.is_empty() {
                    current.push(content);
                }
            }
        }
    }
    flush(&mut paragraphs, &mut current);
    // The credits among the lines that are no body text.
    let credits = lines
        .iter()
        .enumerate()
        .filter(|&(i, l)| {
            let in_body = (cursor..end).contains(&i) && matches!(l.kind, Kind::Text);
            !in_body && is_credit(l.text)
        })
        .map(|(_, l)| credit_text(l.text))
        .chain(signed)
        .collect();

    let mut source = credit;
    let mut dateline_text = None;
    if let Some(first) = paragraphs.first_mut()
        && let Some((dateline, outlet, when, rest)) = split_dateline(first)
    {
        source = outlet.or(source);
        if let Some(d) = when {
            dates.offer(d, Priority::LeadingDateLine);
        }
        dateline_text = Some(dateline);
        *first = rest.to_string();
    }
    paragraphs.retain(|p| !p.trim().is_empty());

    Article {
        id,
        path,
        title,
        date: dates.best(),
        source,
        dateline: dateline_text,
        body: paragraphs.join("\n\n"),
        credits,
        ..Article::default()
    }
}

/// Splits a dateline off the start of a story ("NUR-SULTAN. KAZINFORM – The …"): the dateline as
/// written, the outlet it names (title case), the full date it gives ("Geneva, 10 June 2024 –"),
/// and the rest.
pub fn split_dateline(text: &str) -> Option<(String, Option<String>, Option<Date>, &str)> {
    let dateline = Dateline::find(text)?;
    Some((
        text[..dateline.len].trim().to_string(),
        dateline.outlet,
        dateline.date,
        &text[dateline.len..],
    ))
}

/// Splits the dateline off the first of `paragraphs` ([`split_dateline`]) and drops paragraphs
/// left empty: the dateline as written, the outlet it names and the full date it gives. For
/// parsers that read a page paragraph by paragraph (HTML, Markdown, a JSON record's text).
pub fn take_dateline(
    paragraphs: &mut Vec<String>,
) -> (Option<String>, Option<String>, Option<Date>) {
    let mut found = (None, None, None);
    if let Some(first) = paragraphs.first_mut()
        && let Some((written, outlet, when, rest)) = split_dateline(first)
    {
        found = (Some(written), outlet, when);
        *first = rest.trim_start().to_string();
    }
    paragraphs.retain(|p| !p.is_empty());
    found
}

/// A line of a page read by another parser (a paragraph of a web page or a Markdown note), as
/// [`parse`] reads lines: the publication date it gives, if any (a date alone, a CMS stamp such as
/// "Published: 28 November 2026", a metadata prefix such as " date 2024-09-06 …"), and the text
/// of it that is body text: none for furniture (navigation, stamps, date lines, captions), the
/// rest after a metadata prefix.
pub fn sift(line: &str) -> (Option<Date>, Option<&str>) {
    let line = Line::classify(line.trim());
    match line.kind {
        Kind::MetaDate(d) => (Some(d), Some(line.content()).filter(|c| !c.is_empty())),
        Kind::Stamp(d) | Kind::DateLine(d) => (Some(d), None),
        Kind::Text => (None, Some(line.text)),
        Kind::Blank | Kind::Nav | Kind::Caption => (None, None),
    }
}

fn flush(paragraphs: &mut Vec<String>, current: &mut Vec<&str>) {
    if !current.is_empty() {
        paragraphs.push(current.join("\n"));
        current.clear();
    }
}

/// Normalises what differs between saved pages but not in meaning: a byte-order mark, CRLF or
/// CR line ends, non-breaking and other unusual spaces, zero-width and control characters.
pub fn clean(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let mut out = String::with_capacity(raw.len());
    // Text is copied in runs that need nothing done; printable ASCII is passed over unread.
    let mut copied = 0;
    let mut i = 0;
    let bytes = raw.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if (b' '..b'\x7f').contains(&b) || b == b'\n' {
            i += 1;
            continue;
        }
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        let replacement = match c {
            '\r' if bytes.get(i + 1) == Some(&b'\n') => "",
            '\r' | '\u{2028}' | '\u{2029}' => "\n",
            '\t'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}' => " ",
            '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => "",
            c if c.is_control() => "",
            c => {
                i += c.len_utf8();
                continue;
            }
        };
        out.push_str(&raw[copied..i]);
        out.push_str(replacement);
        i += c.len_utf8();
        copied = i;
    }
    out.push_str(&raw[copied..]);
    out
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Blank,
    /// Site navigation: "You are here", "Skip to content", breadcrumbs.
    Nav,
    /// A CMS stamp with a date: "Changed on 14 May, 2018 - 16:07".
    Stamp(Date),
    /// A line that is only a date.
    DateLine(Date),
    /// A metadata prefix " date 2024-09-06" followed (or not) by text on the same line.
    MetaDate(Date),
    /// A photo caption, tag list or "read also" link.
    Caption,
    Text,
}

struct Line<'a> {
    text: &'a str,
    kind: Kind,
    /// Byte offset in `text` where the content starts (after a metadata prefix).
    content_start: usize,
}

impl<'a> Line<'a> {
    fn classify(raw: &'a str) -> Line<'a> {
        let text = raw.trim();
        let mut content_start = 0;
        // (Every date is written with digits: a line without any holds none.)
        let digits = text.bytes().any(|b| b.is_ascii_digit());
        let kind = if text.is_empty() {
            Kind::Blank
        } else if is_navigation(text) {
            Kind::Nav
        } else if let Some((d, rest)) = digits.then(|| meta_date(text)).flatten() {
            content_start = rest;
            Kind::MetaDate(d)
        } else if let Some(d) = digits.then(|| stamp_date(text)).flatten() {
            Kind::Stamp(d)
        } else if let Some(d) = digits.then(|| date::parse_date_line(text)).flatten() {
            Kind::DateLine(d)
        } else if is_caption(text) || is_related_heading(text) {
            Kind::Caption
        } else {
            Kind::Text
        };
        Line {
            text,
            kind,
            content_start,
        }
    }

    fn content(&self) -> &'a str {
        self.text[self.content_start..].trim()
    }
}

/// Navigation labels saved with a page. Compared case-insensitively with the whole line.
const NAV_LABELS: &[&str] = &[
    "you are here",
    "you are here:",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "jump to content",
    "home",
    "main",
    "main page",
    "main menu",
    "menu",
    "search",
    "print",
    "print version",
    "share",
    "share this",
    "back",
    "back to list",
    "back to news",
    "all news",
    "news",
    "breadcrumbs",
    "version for the visually impaired",
    "for the visually impaired",
    "scroll to top",
    "to top",
    "close",
    "next",
    "previous",
    // Russian.
    "вы здесь",
    "главная",
    "главная страница",
    "новости",
    "все новости",
    "лента новостей",
    "поиск",
    "меню",
    "печать",
    "версия для печати",
    "поделиться",
    "назад",
    "назад к списку",
    "наверх",
    "закрыть",
    "версия для слабовидящих",
    "перейти к содержимому",
    // Kazakh.
    "басты бет",
    "басты",
    "жаңалықтар",
    "барлық жаңалықтар",
    "іздеу",
    "мәзір",
    "басып шығару",
    "бөлісу",
    "артқа",
    "жоғары",
    "жабу",
    "нашар көретіндерге арналған нұсқа",
];

fn is_navigation(line: &str) -> bool {
    let lower = line.to_lowercase();
    // A copyright line closes a page: it starts with the sign or ends with the notice (a
    // sentence that only mentions reserved rights goes on after them).
    let notice = lower.trim_end_matches(['.', '!']);
    if lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("copyright")
        || [
            "all rights reserved",
            "все права защищены",
            "барлық құқықтар қорғалған",
        ]
        .iter()
        .any(|n| notice.ends_with(n))
    {
        return true;
    }
    if is_site_furniture(&lower) {
        return true;
    }
    let lower = lower.trim_end_matches(['.', ':', '»', '>', '›']).trim();
    if NAV_LABELS.contains(&lower) {
        return true;
    }
    // Breadcrumbs: "Home > News > Economy", "Main / Press centre".
    let starts_home = ["home", "main", "main page", "главная", "басты бет"]
        .iter()
        .any(|h| lower.starts_with(h));
    starts_home
        && [" > ", " » ", " / ", " › ", " | "]
            .iter()
            .any(|sep| lower.contains(sep))
        && !lower.ends_with(['.', '!', '?'])
}

/// Buttons and links a site prints around every story (compared in lower case).
const SOCIAL: &[&str] = &[
    "facebook",
    "x",
    "twitter",
    "telegram",
    "whatsapp",
    "vk",
    "vkontakte",
    "вконтакте",
    "linkedin",
    "email",
    "e-mail",
    "instagram",
    "youtube",
    "ok",
    "одноклассники",
    "threads",
    "tiktok",
    "viber",
    "share",
    "print",
    "поделиться",
    "печать",
    "бөлісу",
];

/// Notices a site prints under every story: reprint terms, "was this useful?", a request to log
/// in to comment, press contacts (in lower case).
static NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        "при перепечатке|при использовании материалов|при полном или частичном использовании",
        "|пайдаланған кезде|пайдаланғанда|сілтеме міндетті|сілтеме жасау міндетті",
        "|(?:ссылка на|гиперссылка).*обязательна",
        "|(?:hyperlink|a link to|reference to).*(?:required|mandatory|obligatory)",
        "|was this information useful|was the information useful|was this page useful",
        "|была ли эта информация полезна|была ли полезна эта информация",
        "|ақпарат пайдалы болды ма|пікір қалдыру үшін|log in to comment|leave a comment",
        "|чтобы оставить комментарий",
        r"|ctrl\s*\+\s*enter|подпишитесь на наш|подписывайтесь на наш|subscribe to our",
        "|арнамызға жазылыңыз|парақшамызға жазылыңыз",
        r"|(?:^|[ (])(?:tel|тел|phone)\.?:",
    ))
    .unwrap()
});

/// Lines a site prints around every story, in lower case: share and follow buttons, a menu of
/// several short items, reprint and copyright notices, "was this useful?", contacts for the
/// press, a wire's credits.
fn is_site_furniture(lower: &str) -> bool {
    let words = lower.split_whitespace().take(31).count();
    if words > 30 {
        return false;
    }
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| lower.starts_with(p));
    // "Share: Facebook · X", "Follow Trend on Telegram", "Подпишитесь на наш Telegram-канал".
    if words <= 12 {
        let social = || {
            lower
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|t| SOCIAL.contains(&t) || t.ends_with("-канал") || t == "канал")
        };
        if starts(&[
            "share:",
            "share on",
            "поделиться",
            "бөлісу",
            "reporting by",
            "editing by",
            "writing by",
            "our standards:",
        ]) || starts(&[
            "subscribe",
            "follow ",
            "подпишитесь",
            "подписывайтесь",
            "присоединяйтесь",
            "жазылыңыз",
        ]) && (social() || words <= 5)
        {
            return true;
        }
    }
    if NOTICE.is_match(lower)
        || words <= 25 && memchr::memchr(b'@', lower.as_bytes()).is_some() && has_email(lower)
    {
        return true;
    }
    // Share buttons: "Facebook   Telegram   WhatsApp", "Поделиться: Facebook · X · LinkedIn".
    let mut tokens = lower
        .split(|c: char| c.is_whitespace() || "|·•,:/".contains(c))
        .filter(|t| !t.is_empty());
    if (2..=10).contains(&words) && tokens.all(|t| SOCIAL.contains(&t)) {
        return true;
    }
    // A menu: three or more short items between bars or dots, no dates or sentences among them
    // ("Privacy policy | Cookie settings | Contacts"; a rubric and a date is a stamp).
    if !(lower.contains(['|', '·', '•']) || lower.contains("  "))
        || lower.contains(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let mut parts = lower
        .split(['|', '·', '•'])
        .flat_map(|p| p.split("  "))
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let items = parts.clone().count();
    items >= 3 && parts.all(|p| p.split_whitespace().count() <= 4 && !p.ends_with(['.', '!', '?']))
}

/// Does `text` hold an e-mail address ("moscow@ilo.org")?
fn has_email(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty() && domain.contains('.') && !domain.starts_with('.')
        })
    })
}

static META_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:date|published|posted)\s*:?\s+([0-9]{4}-[0-9]{2}-[0-9]{2})\b").unwrap()
});

/// A metadata prefix such as ` date 2024-09-06 Deputy Prime Minister …`: the date and the byte
/// offset where the remaining text starts.
fn meta_date(line: &str) -> Option<(Date, usize)> {
    let caps = META_DATE.captures(line)?;
    let date = date::parse_date_line(caps.get(1)?.as_str())?;
    Some((date, caps.get(0)?.end()))
}

/// A stamp's keyword and the date after it, matched against the line in lower case (see
/// [`stamp`]).
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:last\s+|first\s+)?(?:changed|updated|modified|published|posted|created|date(?:\s+of\s+publication)?|publication\s+date|опубликовано|дата\s+публикации|дата|изменено|обновлено|размещено|добавлено|последнее\s+изменение|жарияланды|жарияланған\s+күні|жарияланған\s+уақыты|жаңартылды|өзгертілді|күні)(?:\s+(?:on|at))?\s*:?\s*(.+)$",
    )
    .unwrap()
});

/// What follows a stamp's keyword ("Changed on 14 May, 2018" → "14 may, 2018"), in lower case
/// (which dates are read in). (Case-insensitive patterns over Cyrillic words compile in several
/// times the instructions.)
fn stamp(line: &str) -> Option<String> {
    let lower = line.to_lowercase();
    let caps = STAMP.captures(&lower)?;
    Some(caps.get(1)?.as_str().to_string())
}

/// A CMS stamp: a keyword such as "Changed on" followed by nothing but a date; a rubric and a
/// date ("News | 21 November 2024", "Society · 9 September 2025 · 5 min read"); a byline ending
/// in its date ("By Staff Report in Nation on 3 April 2024", "By Aigerim Sadykova, 4 April
/// 2025"); a place and a date alone on a line ("Душанбе, 23.09.2025").
fn stamp_date(line: &str) -> Option<Date> {
    if let Some(d) = stamp(line)
        .and_then(|when| date::parse_date_line(&when).or_else(|| date_then_labels(&when)))
    {
        return Some(d);
    }
    if let Some(d) = date_before_glued_time(line) {
        return Some(d);
    }
    if is_byline(line) {
        if let Some((_, when)) = line.rsplit_once(" on ")
            && let Some(d) = date::parse_date_line(when)
        {
            return Some(d);
        }
        if let Some(d) = date_after_comma(line, usize::MAX) {
            return Some(d);
        }
    } else if let Some(d) = date_after_comma(line, 3) {
        return Some(d);
    }
    // The date as one of a few short parts, the others labels of a few words ("Society", "5 min
    // read", a site's name).
    let separator = [" | ", " · ", " • "]
        .into_iter()
        .find(|s| line.contains(s))?;
    // Each part: a date, a stamp ("Published: 18 November 2025", "first published 22 October
    // 2025, 19:05") or a label. A part that says when the page was updated is passed over: the
    // page is dated by when it was published.
    let parts: Vec<(&str, Option<Date>, bool)> = line
        .split(separator)
        .map(|p| {
            let p = p.trim().trim_matches(['*', '_']).trim();
            let when = stamp(p);
            let updated = when.is_some() && is_update_stamp(p);
            let d = date::parse_date_line(p).or_else(|| date::parse_date_line(&when?));
            (p, d, updated)
        })
        .collect();
    let published: Vec<Date> = parts
        .iter()
        .filter(|(_, _, updated)| !updated)
        .filter_map(|&(_, d, _)| d)
        .collect();
    let labels = parts
        .iter()
        .filter(|(_, d, updated)| d.is_none() && !updated)
        .all(|(p, _, _)| p.split_whitespace().count() <= 3 && p.len() <= 40);
    ((2..=4).contains(&parts.len()) && labels && published.len() == 1).then(|| published[0])
}

/// Does a stamp say when the page was changed rather than published ("Updated: …",
/// "Обновлено …", "Жаңартылды …")?
fn is_update_stamp(part: &str) -> bool {
    let lower: String = part.chars().take(24).flat_map(char::to_lowercase).collect();
    let lower = lower.trim_start_matches("last ");
    [
        "updated",
        "changed",
        "modified",
        "обновлено",
        "изменено",
        "последнее изменение",
        "жаңартылды",
        "өзгертілді",
    ]
    .iter()
    .any(|k| lower.starts_with(k))
}

/// The date that opens what follows a stamp's keyword when a few labels follow it on the same
/// line, as a page's spans run together ("Published: 03.12.2025 Views: 1 204"): the longest
/// opening of at most six words that is a date, followed by at most five words that do not end
/// a sentence.
fn date_then_labels(when: &str) -> Option<Date> {
    let ends: Vec<usize> = when
        .split_whitespace()
        .map(|w| w.as_ptr() as usize - when.as_ptr() as usize + w.len())
        .collect();
    if ends.len() < 2 || when.trim_end().ends_with(['.', '!', '?']) {
        return None;
    }
    (1..ends.len().min(7))
        .rev()
        .filter(|&n| ends.len() - n <= 5)
        .find_map(|n| date::parse_date_line(&when[..ends[n - 1]]))
}

/// A date whose year runs into the time, as text copied from a page whose spans abut writes it
/// ("March 3, 20259:14 AM GMT+5Updated 2 hours ago"): no sentence glues a year to a time.
fn date_before_glued_time(line: &str) -> Option<Date> {
    let bytes = line.as_bytes();
    if bytes.len() > 100 {
        return None;
    }
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    (4..bytes.len().min(40))
        .filter(|&i| {
            (i - 4..i).all(digit)
                && (i == 4 || !digit(i - 5))
                && digit(i)
                && (bytes.get(i + 1) == Some(&b':')
                    || digit(i + 1) && bytes.get(i + 2) == Some(&b':'))
        })
        .find_map(|i| date::parse_date_line(&line[..i]))
}

/// The date after the first comma of `line` that starts one ("By A. Writer, 4 April 2025",
/// "Astana, 12 March 2025"), when the words before it are at most `before` capitalised words.
fn date_after_comma(line: &str, before: usize) -> Option<Date> {
    if !line.contains(", ") {
        return None;
    }
    let mut from = 0;
    while let Some(at) = line[from..].find(", ") {
        let comma = from + at;
        let head = &line[..comma];
        if before != usize::MAX {
            let words: Vec<&str> = head.split_whitespace().collect();
            if words.len() > before
                || !words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                return None;
            }
        }
        if let Some(d) = date::parse_date_line(&line[comma + 2..]) {
            return Some(d);
        }
        from = comma + 2;
    }
    None
}

/// The words that open a photo caption, a tag list or a "read also" link, before a colon, a
/// dash or "by" ("Photo: …", "Фото – …", "Photo by …"). Lower case.
const CAPTION_WORDS: &[&str] = &[
    "photo",
    "photos",
    "foto",
    "video",
    "image",
    "picture",
    "illustration",
    "tag",
    "tags",
    "read also",
    "also read",
    "read more",
    "see also",
    "related",
    "фото",
    "видео",
    "теги",
    "тэги",
    "читайте также",
    "см. также",
    "сурет",
    "суреттер",
    "бейне",
    "тегтер",
    "оқи отырыңыз",
];

/// Headings over links to other stories ("Read also:", "Другие новости", "Сондай-ақ
/// оқыңыз:"): the short lines after one, up to the next sentence, are those links. Lower case.
const RELATED_HEADINGS: &[&str] = &[
    "read also",
    "also read",
    "read more",
    "see also",
    "related",
    "related news",
    "related articles",
    "more news",
    "other news",
    "more on this topic",
    "читайте также",
    "смотрите также",
    "см. также",
    "другие новости",
    "похожие новости",
    "по теме",
    "новости по теме",
    "сондай-ақ оқыңыз",
    "оқи отырыңыз",
    "тақырыпқа қатысты",
    "ұқсас жаңалықтар",
    "басқа жаңалықтар",
];

/// The longest of [`CAPTION_WORDS`] and [`RELATED_HEADINGS`], in characters, and some room
/// for the spaces and mark after one.
const LONGEST_OPENING: usize = 24;

/// The lower-cased start of `line`, long enough for any of the openings above. (Compared by
/// hand: the patterns, case-insensitive over Cyrillic, took tens of millions of instructions
/// to compile, once per run.)
fn opening(line: &str) -> String {
    line.chars()
        .take(LONGEST_OPENING)
        .flat_map(char::to_lowercase)
        .collect()
}

/// "Photo: …", "Tags – …", "Фото by …": a caption, tag list or link line.
fn is_caption(line: &str) -> bool {
    let lower = opening(line);
    CAPTION_WORDS.iter().any(|word| {
        lower.strip_prefix(word).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with([':', '—', '–', '-'])
                || rest.strip_prefix("by").is_some_and(|after| {
                    !after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
                })
        })
    })
}

/// A line (trimmed) that is only a heading over related stories, with or without a colon.
fn is_related_heading(line: &str) -> bool {
    if line.chars().nth(LONGEST_OPENING).is_some() {
        return false;
    }
    let lower = line.to_lowercase();
    RELATED_HEADINGS.iter().any(|heading| {
        lower
            .strip_prefix(heading)
            .is_some_and(|rest| matches!(rest.trim_start(), "" | ":"))
    })
}

/// Reads a page's lines in order, as [`parse`] reads them inside a story: what [`sift`] gives for
/// each, except that the links under a "read also" heading are not body text.
#[derive(Default)]
pub struct Sifter {
    in_related: bool,
    /// The credit lines it has kept out of the body ([`is_credit`]).
    pub credits: Vec<String>,
}

impl Sifter {
    /// The publication date `line` gives, if any, and the text of it that is body text.
    pub fn line<'a>(&mut self, line: &'a str) -> (Option<Date>, Option<&'a str>) {
        let line = line.trim();
        if self.related(line) {
            return (None, None);
        }
        let sifted = sift(line);
        if sifted.1.is_none() && is_credit(line) {
            self.credits.push(credit_text(line));
        }
        sifted
    }

    /// Is `line` (trimmed) a "read also" heading or one of the links under it?
    fn related(&mut self, line: &str) -> bool {
        if is_related_heading(line) {
            self.in_related = true;
            return true;
        }
        if self.in_related && !line.is_empty() {
            if is_sentence_like(line) {
                self.in_related = false;
            } else {
                return true;
            }
        }
        false
    }
}

/// The most short lines [`trim_furniture`] drops at either end of a story.
const MOST_FURNITURE: usize = 6;

/// Drops the short lines that are not sentences around a story read by another parser (rubrics,
/// bylines and a site's name before it; credits, menus and tags after it), as [`parse`] does
/// around a plain-text story. Paragraphs of more than eight words stay, sentences or not.
/// Returns the credits among the lines it drops ([`is_credit`]).
pub fn trim_furniture(paragraphs: &mut Vec<String>) -> Vec<String> {
    let furniture = |p: &String| {
        p.split_whitespace().nth(8).is_none() && (is_byline(p) || !is_sentence_like(p))
    };
    // (A story of short lines only, such as a wire's table, is left whole.)
    if paragraphs.iter().all(furniture) {
        return Vec::new();
    }
    let mut dropped = Vec::new();
    // (Nor a list longer than a site's furniture: results, a table.)
    let tail = paragraphs.iter().rev().take_while(|p| furniture(p)).count();
    if tail <= MOST_FURNITURE {
        dropped.extend(paragraphs.drain(paragraphs.len() - tail..));
    }
    let head = paragraphs.iter().take_while(|p| furniture(p)).count();
    let mut signed = Vec::new();
    if head <= MOST_FURNITURE {
        signed.extend(
            paragraphs[..head]
                .iter()
                .filter_map(|p| bare_byline(p))
                .map(|names| format!("By {names}")),
        );
        dropped.extend(paragraphs.drain(..head));
    }
    dropped
        .iter()
        .filter(|p| is_credit(p))
        .map(|p| credit_text(p))
        .chain(signed)
        .collect()
}

/// An author's name alone on a line above or below the story, as sites print it without "By"
/// ("Aigerim Sadykova", "Daniyar Ospanov and Sarah Miller", "A. Nurlanov, Astana"): the
/// names, which a caller keeps as a credit line for the people rules to judge. Only the shape is
/// looked at here: two or three words, each a capitalised word or an initial, and
/// nothing else on the line but a place or role after a comma.
fn bare_byline(line: &str) -> Option<String> {
    // (A credit line is kept as one already.)
    if is_credit(line) {
        return None;
    }
    let names = line.split([',', '|', '•', '·']).next()?.trim();
    let shaped = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        // (A family name in capitals after the given name: "Ерлан ҚАЙЫРКЕН".)
        let capitals = |w: &str| w.chars().count() >= 3 && w.chars().all(char::is_uppercase);
        let words = match words.as_slice() {
            [given, family] if capitals(family) && !capitals(given) => vec![*given],
            _ => words,
        };
        (1..=3).contains(&words.len())
            && name.split_whitespace().count() >= 2
            && words.iter().all(|w| {
                let mut chars = w.chars();
                let first = chars.next().is_some_and(char::is_uppercase);
                let rest: Vec<char> = chars.collect();
                let initial = rest.iter().all(|&c| c == '.' || c.is_uppercase())
                    && rest.contains(&'.')
                    && rest.len() <= 3;
                first
                    && (initial
                        || !rest.is_empty()
                            && rest.iter().all(|&c| c.is_lowercase() || "-'’".contains(c)))
            })
    };
    let mut parts = 0;
    for part in names.split(" and ").flat_map(|p| p.split(" и ")) {
        if !shaped(part.trim()) {
            return None;
        }
        parts += 1;
    }
    (parts <= 3).then(|| names.to_string())
}

/// The body of a story whose headline is given apart (the text of a JSON record): its
/// paragraphs (split at blank lines) without furniture, and the date its first date line or
/// stamp gives, and the credits it left out ([`is_credit`]).
pub fn story(cleaned: &str) -> (Vec<String>, Option<Date>, Vec<String>) {
    let mut sifter = Sifter::default();
    let mut date = None;
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    // Only a paragraph's first line is looked at, and only when it is the whole paragraph or
    // short (a heading over links): furniture stands alone. The lines of a story's paragraphs
    // (a wire's hard-wrapped text) are text.
    let mut first = true;
    let mut lines = cleaned.lines().map(str::trim).peekable();
    while let Some(line) = lines.next() {
        if line.is_empty() {
            flush(&mut paragraphs, &mut current);
            first = true;
            continue;
        }
        let mut alone = || {
            lines.peek().is_none_or(|next| next.is_empty())
                || line.split_ascii_whitespace().nth(8).is_none()
        };
        if !(first && alone() || sifter.in_related) {
            current.push(line);
            first = false;
            continue;
        }
        first = false;
        let (given, text) = sifter.line(line);
        date = date.or(given);
        if let Some(text) = text {
            current.push(text);
        }
    }
    flush(&mut paragraphs, &mut current);
    let mut credits = sifter.credits;
    credits.extend(trim_furniture(&mut paragraphs));
    // A text that is all furniture by these rules is kept as it is: nothing is lost.
    if paragraphs.is_empty() && !cleaned.trim().is_empty() {
        paragraphs.push(cleaned.trim().to_string());
        credits.clear();
    }
    (paragraphs, date, credits)
}

/// A line that ends like a sentence, or is long enough to be running text anyway.
fn is_sentence_like(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', ' ']);
    trimmed.ends_with(['.', '!', '?', '…', ';', ':']) || line.split_whitespace().nth(16).is_some()
}

/// Which of the lines that read like a headline before a story (in page order) is its headline:
/// a page saved from a site carries its masthead ("Kazinform", "Tengrinews.kz", the ministry's
/// name), menu items and rubrics ("Society", "Interview") above it. Bylines and menus of several
/// items are never the headline. Of the rest, a line of four to twenty words beats a shorter one,
/// a shorter one of two or three a longer one (a standfirst), and the one of most words wins (the first of equal length), except that the first line, when
/// it is a site's address or reads as a name (every word capitalised but for words like "of"),
/// is taken for the masthead whenever a line of four words or more follows it.
fn choose_headline(lines: &[&str]) -> Option<usize> {
    let words = |line: &str| {
        line.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    let eligible: Vec<usize> = (0..lines.len())
        .filter(|&i| !is_byline(lines[i]) && lines[i].matches(" | ").count() < 2)
        .collect();
    // A line that reads as a name is a masthead (a site's or a ministry's name) wherever it
    // stands, if a line of four words or more that does not follows it.
    let named: Vec<bool> = eligible.iter().map(|&i| is_masthead(lines[i])).collect();
    let masthead = |rank: usize| {
        named[rank]
            && eligible
                .iter()
                .zip(&named)
                .skip(rank + 1)
                .any(|(&i, &name)| !name && words(lines[i]) >= 4)
            || rank == 0 && named[0] && eligible.iter().skip(1).any(|&i| words(lines[i]) >= 4)
    };
    eligible
        .iter()
        .enumerate()
        .map(|(rank, &i)| {
            let n = words(lines[i]);
            let tier = if masthead(rank) {
                0
            } else {
                // (A line of more than twenty words is a standfirst under the headline, which
                // wins only where nothing else reads as one.)
                match n {
                    0 | 1 => 0,
                    21.. => 1,
                    2 | 3 => 2,
                    _ => 3,
                }
            };
            (tier, n, std::cmp::Reverse(i))
        })
        .max()
        .map(|(_, _, std::cmp::Reverse(i))| i)
}

/// A credit line: who wrote, reported, photographed or answers for the story ("By …",
/// "(Reporting by …; Editing by …)", "Authors: Dr. …", "© OSCE/…", "Photo: …", a press contact
/// with an e-mail address). No body text, but the people it names are the story's.
pub fn is_credit(line: &str) -> bool {
    if line.split_whitespace().nth(40).is_some() {
        return false;
    }
    let lower = opening(line);
    let lower = lower.trim_start_matches(['(', '[']);
    is_byline(line)
        || [
            "reporting by",
            "writing by",
            "editing by",
            "additional reporting by",
            "interview by",
            "interviewed by",
            "written by",
            "story by",
            "words by",
            "compiled by",
            "translated by",
            "photos by",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        || line.contains('©')
        || ["photo", "photos", "foto", "фото", "сурет"]
            .iter()
            .any(|p| lower.starts_with(p))
        || has_email(line)
        || has_phone(line)
}

/// Does the line give a telephone number in international form ("+7 (7172) 691 400")?
fn has_phone(line: &str) -> bool {
    line.match_indices('+').any(|(i, _)| {
        let digits = line[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || " ()-".contains(*c))
            .filter(char::is_ascii_digit)
            .count();
        digits >= 8
    })
}

/// A credit line as entities are read from it: spaces collapsed, and without e-mail and web
/// addresses, which name no one in words ("m.iskakova@elpi.kz").
fn credit_text(line: &str) -> String {
    line.split_whitespace()
        .filter(|w| !w.contains('@') && !w.contains("://") && !w.starts_with("www."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "By Aigerim Sultanova", "Author: …", "Автор: …": who wrote the story, not its headline.
fn is_byline(line: &str) -> bool {
    // (Asked of every line: only its first letters are compared, in lower case, as they go.)
    let line = line.trim_start_matches(['*', '_']);
    [
        "by ",
        "author:",
        "authors:",
        "автор:",
        "авторы:",
        "автор ",
        "text by ",
        "текст:",
    ]
    .iter()
    .any(|p| {
        let mut letters = line.chars().flat_map(char::to_lowercase);
        p.chars().all(|c| letters.next() == Some(c))
    })
}

/// A site's address ("Tengrinews.kz", "eGov.kz") or a line that reads as a name: every word
/// capitalised but for a few joining words ("Federation of Trade Unions of the Republic of
/// Kazakhstan", "ILO in Central Asia", "UN Women – Europe and Central Asia").
fn is_masthead(line: &str) -> bool {
    const JOINING: &[&str] = &[
        "of", "and", "the", "for", "in", "on", "at", "to", "&", "–", "—", "-",
    ];
    let words: Vec<&str> = line.split_whitespace().collect();
    let address = words.len() == 1
        && words[0].split_once('.').is_some_and(|(name, tld)| {
            !name.is_empty()
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
        });
    address
        || words.iter().all(|w| {
            JOINING.contains(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// Reads like a headline: a single line of moderate length that starts like a sentence, does
/// not end like one (headlines rarely end in a full stop), and is not a dateline'd lead.
fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let first = line.chars().next().unwrap_or(' ');
    let starts_well = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '«' | '“' | '‘' | '\'');
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', '»', ' ']);
    let ends_as_sentence = trimmed.ends_with(['.', ';', ':', ',']) && !trimmed.ends_with("...");
    starts_well
        && (1..=40).contains(&words)
        && line.chars().count() <= 300
        && !ends_as_sentence
        && Dateline::find(line).is_none()
}

static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:source|credit|text|author)\s*:\s*(.+)|((?i:media|press)\s+(?i:center|centre|service|office)\s+of\s+.+))$").unwrap()
});

/// The outlet named by a credit line ("Source: Kazinform", "Media Center of the Federation …").
fn credit_outlet(line: &str) -> Option<String> {
    let caps = CREDIT.captures(line.trim())?;
    let text = caps.get(1).or_else(|| caps.get(2))?.as_str();
    Some(collapse_spaces(text.trim_end_matches('.')))
}

/// A dateline at the start of a story: `NUR-SULTAN. KAZINFORM –`, `ASTANA, September 6. KAZINFORM -`,
/// `ALMATY, June 5 (Reuters) -`, `GENEVA –`.
struct Dateline {
    /// Byte length of the dateline, including the dash and the space after it.
    len: usize,
    /// The outlet, in title case ("Kazinform"), when named.
    outlet: Option<String>,
    /// The full date a press release's dateline gives ("Geneva, 10 June 2024 –"): the story's,
    /// as a date line under the headline is.
    date: Option<Date>,
}

/// `pattern` with `{UP}`, `{LO}` and `{ANY}` standing for the classes of capital, small and
/// any Latin or Cyrillic letters (up to U+04FF: the alphabets of the languages read here), as
/// explicit ranges: `\p{Lu}&&[\p{Latin}\p{Cyrillic}]` and its like cover every Latin and
/// Cyrillic block, and compiled into many times the instructions.
fn with_letters(pattern: &str) -> String {
    let class = |keep: fn(char) -> bool| {
        let mut class = String::from("[");
        let mut run: Option<(char, char)> = None;
        let letters = ('A'..='\u{4ff}').filter(|&c| {
            (c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) || c >= '\u{400}')
                && c.is_alphabetic()
                && keep(c)
        });
        for c in letters.map(Some).chain([None]) {
            match (run, c) {
                (Some((first, last)), Some(c)) if u32::from(c) == u32::from(last) + 1 => {
                    run = Some((first, c));
                }
                _ => {
                    if let Some((first, last)) = run {
                        class.push(first);
                        if last != first {
                            class.push('-');
                            class.push(last);
                        }
                    }
                    run = c.map(|c| (c, c));
                }
            }
        }
        class.push(']');
        class
    };
    pattern
        .replace("{UP}", &class(char::is_uppercase))
        .replace("{LO}", &class(char::is_lowercase))
        .replace("{ANY}", &class(|_| true))
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_letters(
        r"(?x)^
        (?P<place>{UP}[{UP}'’]+(?:[\ \-]{UP}[{UP}'’]+){0,3})
        (?:,\s*(?P<when>(?:{UP}{LO}+\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+{UP}{LO}+)))?
        \s*[.,]?\s*
        (?:\(?(?P<outlet>{UP}{ANY}*(?:[\ \-]{UP}{ANY}*){0,3})\)?\s*)?
        [–—\-]+\s+",
    ))
    .unwrap()
});

/// A full date as a dateline writes it: "10 June 2024", "March 3, 2025", "05.11.2024".
const DATELINE_DATE: &str = r"(?:[0-9]{1,2}\s+{UP}{LO}+\s+[0-9]{4}|{UP}{LO}+\.?\s+[0-9]{1,2},?\s+[0-9]{4}|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})";

/// A press release's dateline: a place (in any case, with its country), its full date, the
/// dash ("Geneva, 10 June 2024 – ", "MANILA, PHILIPPINES (9 December 2024) — ", "ALMATY,
/// March 3, 2025 (Reuters) - ").
static DATED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_letters(&format!(
        r"(?x)^
        (?P<place>{{UP}}{{ANY}}+(?:[\ \-]{{UP}}{{ANY}}+){{0,2}}(?:,\s*{{UP}}{{UP}}+)?)
        \s*(?:,\s*|\(\s*)(?P<when>{DATELINE_DATE})\s*\)?
        \s*[.,]?\s*
        (?:\((?P<outlet>{{UP}}{{ANY}}*(?:[\ \-]{{UP}}{{ANY}}*){{0,3}})\)\s*)?
        [–—\-]+\s+"
    )))
    .unwrap()
});

/// Interfax's form: a place in title case, the day and month, the outlet in capitals
/// ("Астана. 5 марта. ИНТЕРФАКС-КАЗАХСТАН – ").
static PLACE_DAY_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_letters(
        r"(?x)^
        (?P<place>{UP}{LO}+(?:[\ \-]{UP}{LO}+)?)
        \.\s+(?P<when>[0-9]{1,2}\s+{LO}+)\.\s+
        (?P<outlet>{UP}{2,}(?:-{UP}{2,})*)
        \s*[–—\-]+\s+",
    ))
    .unwrap()
});

/// A place in title case and the outlet in parentheses, and the story's first word after the
/// dash ("Bishkek (AKIpress) - The …", "Almaty, March 3 (Trend) – …").
static TITLE_PLACE_OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&with_letters(
        r"(?x)^
        (?P<place>{UP}{LO}+(?:[\ \-]{UP}{LO}+){0,2})
        (?:,\s*(?P<when>{UP}{LO}+\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+{UP}{LO}+))?
        \s*\((?P<outlet>{UP}{ANY}*(?:\ {UP}{ANY}*){0,2})\)
        \s*[–—\-]+\s+(?:{UP}|[0-9«“\x22])",
    ))
    .unwrap()
});

impl Dateline {
    fn find(paragraph: &str) -> Option<Dateline> {
        if let Some(caps) = TITLE_PLACE_OUTLET.captures(paragraph)
            && let Some(outlet) = caps.name("outlet")
            && outlet.as_str().chars().any(char::is_lowercase)
        {
            // (The story's first letter is the story's.)
            let first = paragraph[caps.get(0)?.end()..].chars().next()?;
            return Some(Dateline {
                len: caps.get(0)?.end() - first.len_utf8(),
                outlet: Some(outlet.as_str().to_string()),
                date: None,
            });
        }
        let dated = DATED_DATELINE.captures(paragraph);
        // (Only that dateline's date has its year: "ALMATY, June 5 (Reuters) –" has none.)
        let date = dated
            .as_ref()
            .and_then(|caps| date::parse_date_line(caps.name("when")?.as_str()));
        let caps = dated
            .or_else(|| DATELINE.captures(paragraph))
            .or_else(|| PLACE_DAY_OUTLET.captures(paragraph))?;
        let place = caps.name("place")?.as_str();
        let outlet = caps.name("outlet").map(|m| m.as_str());
        let has_when = caps.name("when").is_some();
        // A lone short capitalised word before a dash is more likely an acronym ("ILO – the …").
        if outlet.is_none() && !has_when && place.chars().filter(|c| c.is_alphabetic()).count() < 4
        {
            return None;
        }
        // The outlet must look like a name: all capitals (KAZINFORM) or a capitalised word in
        // parentheses; a lower-case word after it means we are inside a sentence.
        let outlet = outlet.map(title_case_outlet);
        Some(Dateline {
            len: caps.get(0)?.end(),
            outlet,
            date,
        })
    }
}

fn title_case_outlet(outlet: &str) -> String {
    outlet
        .split(' ')
        .map(|word| {
            // Each part of a hyphenated name: "ИНТЕРФАКС-КАЗАХСТАН" → "Интерфакс-Казахстан".
            if word.contains('-') && word.chars().all(|c| !c.is_lowercase()) {
                return word
                    .split('-')
                    .map(title_case_outlet)
                    .collect::<Vec<_>>()
                    .join("-");
            }
            if word.chars().all(|c| !c.is_lowercase()) && word.chars().count() > 3 {
                let mut chars = word.chars();
                let first = chars.next().map(|c| c.to_string()).unwrap_or_default();
                first + &chars.as_str().to_lowercase()
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    TrailingDateLine,
    Stamp,
    LeadingDateLine,
    Metadata,
}

/// The publication date: a metadata prefix beats a date line under the headline, which beats a
/// CMS stamp, which beats a date line at the end; the first of equal rank wins.
#[derive(Default)]
struct DateCandidates {
    best: Option<(Priority, Date)>,
}

impl DateCandidates {
    fn offer(&mut self, date: Date, priority: Priority) {
        if self.best.is_none_or(|(p, _)| priority > p) {
            self.best = Some((priority, date));
        }
    }

    fn best(&self) -> Option<Date> {
        self.best.map(|(_, d)| d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_run_together_with_labels_or_a_time_still_date_the_page() {
        let day = |y, m, d| date::ymd(y, m, d);
        assert_eq!(
            sift("Published: 03.12.2025 Views: 1 204"),
            (day(2025, 12, 3), None)
        );
        assert_eq!(
            sift("March 3, 20259:14 AM GMT+5Updated 2 hours ago"),
            (day(2025, 3, 3), None)
        );
        assert_eq!(
            sift("Moscow Business Monitor | 12 September 2025, 17:45 MSK"),
            (day(2025, 9, 12), None)
        );
        // A sentence that opens like a stamp stays text.
        let sentence = "Created on 5 May 2020, the fund has since paid out millions to workers.";
        assert_eq!(sift(sentence), (None, Some(sentence)));
        assert_eq!(
            sift("In 2025 12:30 was late"),
            (None, Some("In 2025 12:30 was late"))
        );
    }

    #[test]
    fn letter_classes_hold_the_latin_and_cyrillic_letters_of_their_case() {
        let classes = |text: &str| Regex::new(&format!("^{}$", with_letters(text))).unwrap();
        let (up, lo, any) = (classes("{UP}"), classes("{LO}"), classes("{ANY}"));
        for c in ["A", "Z", "Ä", "Ş", "Ж", "Ё", "Ә", "Ү", "Һ", "І"] {
            assert!(up.is_match(c) && !lo.is_match(c) && any.is_match(c), "{c}");
        }
        for c in ["a", "ß", "ş", "ж", "ё", "ә", "ү", "һ", "і"] {
            assert!(!up.is_match(c) && lo.is_match(c) && any.is_match(c), "{c}");
        }
        for c in ["×", "÷", "1", "-", " ", "α", "Ω"] {
            assert!(
                !up.is_match(c) && !lo.is_match(c) && !any.is_match(c),
                "{c}"
            );
        }
    }

    #[test]
    fn captions_and_related_headings_are_what_their_patterns_were() {
        // The patterns these matchers replace, for comparison.
        let caption = Regex::new(r"^(?i:photo|photos|foto|video|image|picture|illustration|tags?|read also|also read|read more|see also|related|фото|видео|теги|тэги|читайте также|см\. также|сурет|суреттер|бейне|тегтер|оқи отырыңыз)\s*(?::|—|–|-|by\b)").unwrap();
        let related = Regex::new(r"^(?i:read also|also read|read more|see also|related|related news|related articles|more news|other news|more on this topic|читайте также|смотрите также|см\. также|другие новости|похожие новости|по теме|новости по теме|сондай-ақ оқыңыз|оқи отырыңыз|тақырыпқа қатысты|ұқсас жаңалықтар|басқа жаңалықтар)\s*:?$").unwrap();
        let mut lines = Vec::new();
        for word in CAPTION_WORDS.iter().chain(RELATED_HEADINGS).chain(&[
            "photograph",
            "по",
            "tagged",
            "relate",
        ]) {
            let title: String = word
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    if i == 0 {
                        c.to_uppercase().collect::<Vec<_>>()
                    } else {
                        vec![c]
                    }
                })
                .collect();
            for form in [word.to_string(), title, word.to_uppercase()] {
                for end in [
                    "",
                    ":",
                    " :",
                    "  :",
                    ": ",
                    " - Reuters",
                    " – AFP",
                    "— Ә. Серік",
                    "-",
                    " by",
                    " by Anna",
                    "by",
                    "byline",
                    " bypass",
                    "s: x",
                    "s",
                    " news",
                    ": more",
                    " x",
                    ".",
                    " также",
                ] {
                    lines.push(format!("{form}{end}"));
                    lines.push(format!("The {form}{end}"));
                }
            }
        }
        for line in &lines {
            let line = line.trim();
            assert_eq!(
                is_caption(line),
                caption.is_match(line),
                "caption: {line:?}"
            );
            assert_eq!(
                is_related_heading(line),
                related.is_match(line),
                "related: {line:?}"
            );
        }
        assert!(is_caption("Photo: Anna Lee") && is_related_heading("Читайте также:"));
    }

    fn parse_str(text: &str) -> Article {
        parse("t".into(), "t.txt".into(), text)
    }

    #[test]
    fn credits_are_no_body_but_kept_for_the_people_they_name() {
        let a = parse_str(
            "Miners strike in Karaganda\n\nBy Aruzhan Zhanibekova\n\nMiners stopped work on \
             Monday at three pits.\n\nPhoto: © OSCE/Timur Akhmetov\n\n(Reporting by Mariya \
             Gordeyeva; Editing by Peter Hallworth)\n\nContact: Jonathan Reyes, jreyes@adb.org\n",
        );
        assert_eq!(a.body, "Miners stopped work on Monday at three pits.");
        assert_eq!(
            a.credits,
            [
                "By Aruzhan Zhanibekova",
                "Photo: © OSCE/Timur Akhmetov",
                "(Reporting by Mariya Gordeyeva; Editing by Peter Hallworth)",
                "Contact: Jonathan Reyes,"
            ]
        );
        let a = parse_str(
            "Bank lends to Kazakhstan\n\nThe bank approved a loan on Monday.\n\nIn Astana: \
             Saule Amanova, +7 (7172) 691 400\n",
        );
        assert_eq!(a.body, "The bank approved a loan on Monday.");
        assert_eq!(a.credits, ["In Astana: Saule Amanova, +7 (7172) 691 400"]);
        // A JSON record's text keeps them too.
        let (paragraphs, _, credits) =
            story("Miners stopped work on Monday at three pits.\n\nBy Aruzhan Zhanibekova");
        assert_eq!(paragraphs, ["Miners stopped work on Monday at three pits."]);
        assert_eq!(credits, ["By Aruzhan Zhanibekova"]);
    }

    #[test]
    fn an_author_alone_under_the_headline_is_a_byline() {
        let a = parse_str(
            "Miners strike in Karaganda\nAruzhan Zhanibekova, Karaganda\n12 May 2025\n\nMiners \
             stopped work on Monday at three pits.\n",
        );
        assert_eq!(a.body, "Miners stopped work on Monday at three pits.");
        assert_eq!(a.credits, ["By Aruzhan Zhanibekova"]);
        let (_, _, credits) = story(
            "A. Nurlanov и Сара Миллер\n\nMiners stopped work on Monday at three pits, the \
             union said.",
        );
        assert_eq!(credits, ["By A. Nurlanov и Сара Миллер"]);
        // Below the story too, and with the family name in capitals; "Interview by …".
        let a = parse_str(
            "Miners strike\nInterview by Kanat Abdyldaev\n\nMiners stopped work on Monday.\n\n\
             Ерлан ҚАЙЫРКЕН,\nKaraganda\n\nShare: Facebook | Telegram\n",
        );
        assert_eq!(a.body, "Miners stopped work on Monday.");
        assert_eq!(
            a.credits,
            ["Interview by Kanat Abdyldaev", "Ерлан ҚАЙЫРКЕН"]
        );
        // A rubric, a caption of more words or a line in capitals is no one's name.
        for line in [
            "Society",
            "Логотип Верховной Рады Украины",
            "AIGERIM SADYKOVA",
            "2 min read",
        ] {
            assert_eq!(bare_byline(line), None, "{line}");
        }
    }

    #[test]
    fn headline_then_dateline_and_body() {
        let a = parse_str(
            "Ministers meet in Astana\n\nASTANA. KAZINFORM – The minister met unions today.\n\nSecond paragraph here.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Ministers meet in Astana"));
        assert_eq!(a.source.as_deref(), Some("Kazinform"));
        assert_eq!(a.dateline.as_deref(), Some("ASTANA. KAZINFORM –"));
        assert_eq!(
            a.body,
            "The minister met unions today.\n\nSecond paragraph here."
        );
        assert_eq!(a.date, None);
    }

    #[test]
    fn a_press_release_dateline_with_its_date_dates_the_story() {
        let cases = [
            (
                "Geneva, 10 June 2024 – The ILO and Kazakhstan signed.",
                "2024-06-10",
                None,
            ),
            (
                "MANILA, PHILIPPINES (9 December 2024) — The bank approved a loan.",
                "2024-12-09",
                None,
            ),
            (
                "ALMATY, March 3, 2025 (Reuters) - Oil workers went on strike.",
                "2025-03-03",
                Some("Reuters"),
            ),
        ];
        for (story, date, outlet) in cases {
            let a = parse_str(&format!("Headline of the story\n\n{story}\n"));
            assert_eq!(
                a.date.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{story}"
            );
            assert_eq!(a.source.as_deref(), outlet, "{story}");
            assert!(
                a.body.starts_with("The") || a.body.starts_with("Oil"),
                "{}",
                a.body
            );
        }
        // A date line under the headline wins over the dateline's; a sentence is no dateline.
        let a = parse_str(
            "Headline of the story\n\n12 June 2024\n\nGeneva, 10 June 2024 – The ILO met.\n",
        );
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-06-12"));
        let a = parse_str("Headline of the story\n\nOn 10 June 2024 the ILO met – and agreed.\n");
        assert_eq!(a.date, None);
    }

    #[test]
    fn navigation_is_never_the_title_and_menus_are_not_body() {
        let a = parse_str(
            "Skip to content\n\nYou are here\n\nUnions and employers sign a pact\n\nJane Doe\n\n\
             The pact was signed on Monday by all parties.\n\nChanged on 3 October, 2018 - 18:20\n\
             Targeted social assistance\nSkills and jobs",
        );
        assert_eq!(a.title.as_deref(), Some("Unions and employers sign a pact"));
        assert_eq!(a.body, "The pact was signed on Monday by all parties.");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2018-10-03"));
    }

    #[test]
    fn a_masthead_menu_items_and_rubrics_above_the_headline_are_not_the_title() {
        let body = "\n\nThe minister said wages would rise in July.\n";
        for (page, headline) in [
            (
                "Kazinform\nNews\nSociety\nSearch\n\nMinimum wage may be raised in 2026\n\n14 March 2025, 12:35",
                "Minimum wage may be raised in 2026",
            ),
            (
                "Ministry of Labor and Social Protection of the Population of the Republic of Kazakhstan\n\
                 Press center\n\nKazakhstan and the ILO discuss harassment at work",
                "Kazakhstan and the ILO discuss harassment at work",
            ),
            (
                "Tengrinews.kz\nГлавная > Новости\nВойти\n\nПрофсоюзы потребовали пересмотреть нормы",
                "Профсоюзы потребовали пересмотреть нормы",
            ),
            (
                // "UN Women –" would pass for a dateline; it is a masthead here.
                "UN Women – Europe and Central Asia\nHome\n\nKazakhstan: closing the pay gap, experts say",
                "Kazakhstan: closing the pay gap, experts say",
            ),
            (
                "Жаңалықтар | Мақалалар | Бейне\n\nЕң төменгі жалақы\n\nBy Aigerim Sultanova in Nation",
                "Ең төменгі жалақы",
            ),
            (
                "Interview\n\nUnion leader: platform workers need rights",
                "Union leader: platform workers need rights",
            ),
            // A headline in title case is no masthead when nothing longer follows it.
            (
                "Social Partners Held Talks with the ILO\n\nNation",
                "Social Partners Held Talks with the ILO",
            ),
        ] {
            let a = parse_str(&format!("{page}{body}"));
            assert_eq!(a.title.as_deref(), Some(headline), "{page}");
            assert_eq!(
                a.body, "The minister said wages would rise in July.",
                "{page}"
            );
        }
    }

    #[test]
    fn a_rubric_or_byline_with_a_date_is_a_stamp() {
        for (line, when) in [
            ("News | 21 November 2024", Some("2024-11-21")),
            ("21 November 2024 | Press release", Some("2024-11-21")),
            (
                "By Staff Report in Nation on 3 April 2024",
                Some("2024-04-03"),
            ),
            ("By Aigerim Sadykova, 4 April 2025", Some("2025-04-04")),
            (
                "By Aigerim Sadykova, Astana, April 4, 2025",
                Some("2025-04-04"),
            ),
            (
                "Society · 9 September 2025 · 5 min read",
                Some("2025-09-09"),
            ),
            (
                "Экономика • 14 февраля 2025 • Ulytau.kz",
                Some("2025-02-14"),
            ),
            ("Душанбе, 23.09.2025", Some("2025-09-23")),
            (
                "March 3, 2025 11:42 AM GMT+5 · Updated March 4, 2025 9:05 AM GMT+5",
                Some("2025-03-03"),
            ),
            (
                "By Madina Kuanyshbekova · Economy · Published: 18 November 2025 · Updated: 19 November 2025",
                Some("2025-11-18"),
            ),
            (
                "Updated 14:20, 23 October 2025 · first published 22 October 2025, 19:05 · Capital Wire",
                Some("2025-10-22"),
            ),
            ("North Kazakhstan Region, 3 March 2025", Some("2025-03-03")),
            // A byline without a date, a menu and a sentence are no stamps.
            ("By Staff Report in Nation", None),
            ("Wages rose in the north, 3 March 2025", None),
            ("Society · Economy · Politics", None),
            ("Home | News | Events", None),
            (
                "Wages rose | 21 November 2024 was the day the law passed",
                None,
            ),
        ] {
            let a = parse_str(&format!(
                "Unions sign a pact\n{line}\n\nThe pact was signed."
            ));
            assert_eq!(a.date.map(|d| d.to_string()).as_deref(), when, "{line}");
            assert_eq!(a.body, "The pact was signed.", "{line}");
        }
    }

    #[test]
    fn metadata_prefix_gives_the_date_and_no_title() {
        let a = parse_str(
            " date 2024-09-06 The minister met the Director-General of the ILO, who paid his first visit. They talked.\n\nThe ILO was founded on April 11, 1919.",
        );
        assert_eq!(a.title, None);
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-09-06"));
        assert!(a.body.starts_with("The minister met"));
        assert!(!a.body.contains("date 2024"));
    }

    #[test]
    fn event_dates_in_sentences_are_not_the_date() {
        let a = parse_str("Headline here\n\nThe convention was adopted on July 9, 1948.\n");
        assert_eq!(a.date, None);
    }

    #[test]
    fn a_standalone_date_line_under_the_headline_is_the_date() {
        let a = parse_str("Headline here\n\n6 September 2024, 12:35\n\nBody text follows here.\n");
        assert_eq!(a.date.map(|d| d.to_string()).as_deref(), Some("2024-09-06"));
        assert_eq!(a.body, "Body text follows here.");
    }

    #[test]
    fn russian_and_kazakh_stamps_and_date_lines_date_the_page() {
        for (page, date) in [
            (
                "Зарплаты выросли\n\nОпубликовано: 14 мая 2018, 16:07\n\nМинистерство сообщило об этом.\n",
                "2018-05-14",
            ),
            (
                "Зарплаты выросли\n\nДата публикации: 14.05.2018\n\nМинистерство сообщило об этом.\n",
                "2018-05-14",
            ),
            (
                "Жалақы өсті\n\n2018 жылғы 14 мамыр\n\nМинистрлік бұл туралы хабарлады.\n",
                "2018-05-14",
            ),
            (
                "Жалақы өсті\n\nЖарияланды: 14.05.2018 16:07\n\nМинистрлік бұл туралы хабарлады.\n",
                "2018-05-14",
            ),
        ] {
            let a = parse_str(page);
            assert_eq!(
                a.date.map(|d| d.to_string()).as_deref(),
                Some(date),
                "{page}"
            );
            assert!(!a.body.contains("2018"), "{}", a.body);
        }
        // A date in a Russian sentence is an event's.
        let a = parse_str("Заголовок\n\nКонвенция принята 9 июля 1948 года в Сан-Франциско.\n");
        assert_eq!(a.date, None);
    }

    #[test]
    fn trailing_credit_is_the_source_not_body() {
        let a = parse_str(
            "Headline here\n\nBody sentence one.\n\n\n\nMedia Center of the Federation of Trade Unions",
        );
        assert_eq!(a.body, "Body sentence one.");
        assert_eq!(
            a.source.as_deref(),
            Some("Media Center of the Federation of Trade Unions")
        );
    }

    #[test]
    fn a_name_line_under_a_menu_is_a_masthead_not_the_headline() {
        let page = "Version for the visually impaired\nFEDERATION OF TRADE UNIONS\nAbout us   Members   Legal aid   Press centre   Contacts\nFederation of Trade Unions of the Republic of Kazakhstan\nHome / News\n\nUnions insist on guarantees for striking workers\n\nThe presidium met in Astana on Tuesday to discuss the draft.\n";
        let a = parse("p".into(), "p.txt".into(), page);
        assert_eq!(
            a.title.as_deref(),
            Some("Unions insist on guarantees for striking workers")
        );
        assert_eq!(
            a.body,
            "The presidium met in Astana on Tuesday to discuss the draft."
        );
    }

    #[test]
    fn site_furniture_is_no_body() {
        let page = "Minimum wage to rise\n\nASTANA. KAZINFORM – The minimum wage will rise in January, the ministry said.\n\nThe rise follows talks with unions and employers.\n\nСондай-ақ оқыңыз:\nЗейнетақы қалай өзгереді\nЖазатайым оқиғалар азайды\n\nFacebook   Telegram   WhatsApp\n\nWas the information useful?\n\nPrivacy policy | Cookie settings | Contacts\n\nPress: +7 495 933-08-10 | press@example.org\n\nПри полном или частичном использовании материалов ссылка на Kazinform обязательна.\n\nНашли ошибку? Выделите ее и нажмите Ctrl+Enter\n\nПодпишитесь на наш Telegram-канал\n";
        let a = parse("p".into(), "p.txt".into(), page);
        assert_eq!(a.title.as_deref(), Some("Minimum wage to rise"));
        assert_eq!(
            a.body,
            "The minimum wage will rise in January, the ministry said.\n\nThe rise follows talks with unions and employers."
        );
        // Wherever they stand: a request to report a typo, to subscribe to a channel.
        for text in [
            "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter",
            "Подпишитесь на наш Telegram-канал",
            "Subscribe to our newsletter",
        ] {
            assert_ne!(Line::classify(text).kind, Kind::Text, "{text}");
        }
        // A sentence that only mentions a link or a phone is body text.
        for text in [
            "The union said a link to the petition was shared widely.",
            "Workers can call the hotline to report violations, the inspector said.",
        ] {
            assert_eq!(Line::classify(text).kind, Kind::Text, "{text}");
        }
    }

    #[test]
    fn a_story_given_apart_from_its_headline() {
        let text = "Photo: Kazinform\n\nKARAGANDA. KAZINFORM – Mines will get methane sensors.\n\nRead also: Rescue services get new rules\n\nThe union welcomed the decision.\n\nShare: Facebook · X · Telegram";
        let (paragraphs, date, _) = story(text);
        assert_eq!(date, None);
        assert_eq!(
            paragraphs,
            [
                "KARAGANDA. KAZINFORM – Mines will get methane sensors.",
                "The union welcomed the decision."
            ]
        );
        // A wire's short table is text; its sign-off is not.
        let wire = "Shr 10 cts vs 5 cts\nNet 1.2 mln vs 600,000\n\n Reuter";
        assert_eq!(
            story(wire).0,
            ["Shr 10 cts vs 5 cts\nNet 1.2 mln vs 600,000"]
        );
        // Nothing is lost: a text that is all furniture is kept.
        assert_eq!(story("Facebook Telegram").0, ["Facebook Telegram"]);
    }

    #[test]
    fn clean_normalises_spaces_and_line_ends_and_drops_invisibles() {
        assert_eq!(
            clean("\u{feff}a\r\nb\rc\td\u{a0}e\u{200b}f\u{ad}g\u{2028}h\u{7f}\u{1}i Ӛ’s\r"),
            "a\nb\nc d efg\nhi Ӛ’s\n"
        );
        assert_eq!(clean("plain text\nonly"), "plain text\nonly");
    }

    #[test]
    fn bom_crlf_and_nbsp_are_cleaned() {
        let a = parse_str("\u{feff}Headline\u{a0}here\r\n\r\nBody\u{a0}text is here.\r\n");
        assert_eq!(a.title.as_deref(), Some("Headline here"));
        assert_eq!(a.body, "Body text is here.");
    }

    #[test]
    fn a_file_of_one_paragraph_has_no_title() {
        let a = parse_str("Just one line of text that ends like a sentence.");
        assert_eq!(a.title, None);
        assert_eq!(a.body, "Just one line of text that ends like a sentence.");
    }

    #[test]
    fn short_acronyms_before_a_dash_are_not_datelines() {
        let a = parse_str("Headline\n\nILO – the oldest UN agency – turns 100.\n");
        assert_eq!(a.body, "ILO – the oldest UN agency – turns 100.");
        assert_eq!(a.source, None);
    }

    #[test]
    fn datelines_with_a_day_or_an_outlet_in_parentheses() {
        let a = parse_str("Headline\n\nALMATY, June 5 (Reuters) - Unions said so.\n");
        assert_eq!(a.body, "Unions said so.");
        assert_eq!(a.source.as_deref(), Some("Reuters"));
        let b = parse_str("Headline\n\nASTANA, September 6. KAZINFORM – Unions said so.\n");
        assert_eq!(b.body, "Unions said so.");
        assert_eq!(b.source.as_deref(), Some("Kazinform"));
        let c =
            parse_str("Заголовок\n\nАстана. 5 марта. ИНТЕРФАКС-КАЗАХСТАН – Профсоюзы заявили.\n");
        assert_eq!(c.body, "Профсоюзы заявили.");
        assert_eq!(c.source.as_deref(), Some("Интерфакс-Казахстан"));
        // A place in title case with the outlet in parentheses.
        let e = parse_str("Headline\n\nBishkek (AKIpress) - The fund said so.\n");
        assert_eq!(e.body, "The fund said so.");
        assert_eq!(e.source.as_deref(), Some("AKIpress"));
        // Not a caption, nor a table's heading.
        for text in [
            "Headline\n\nEmpty Piccadilly (Piccadilly Circus) — one of the stations.\n",
            "Headline\n\nTokyo (YEN PER KILO) - Beef 1,200.\n",
        ] {
            assert_eq!(parse_str(text).source, None, "{text}");
        }
        // A sentence that opens with a title-case word and a date is no dateline.
        let d = parse_str("Заголовок\n\nВ Астане. 5 марта. Профсоюзы – за.\n");
        assert_eq!(d.source, None);
    }

    #[test]
    fn russian_and_kazakh_navigation_is_never_the_title() {
        let a = parse_str(
            "Главная > Новости\n\nВерсия для слабовидящих\n\nМинистр провела встречу\n\nСтороны обсудили зарплаты и условия труда.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Министр провела встречу"));
        let a = parse_str(
            "Басты бет / Жаңалықтар\n\nМинистр кездесу өткізді\n\nТараптар жалақы мен еңбек жағдайын талқылады.\n",
        );
        assert_eq!(a.title.as_deref(), Some("Министр кездесу өткізді"));
        // Nor are captions body text.
        let a = parse_str(
            "Министр провела встречу\n\nСтороны обсудили зарплаты.\n\nФото: Kazinform\n\nВстреча прошла в Астане.\n",
        );
        assert_eq!(
            a.body,
            "Стороны обсудили зарплаты.\n\nВстреча прошла в Астане."
        );
    }

    #[test]
    fn a_copyright_line_and_the_furniture_before_it_are_no_body() {
        let a = parse_str(
            "Wages to rise\n\nThe minimum wage will rise in January.\n\nRelated news\nFollow us on Facebook\n© 2026 Kazinform. All rights reserved.\n",
        );
        assert_eq!(a.body, "The minimum wage will rise in January.");
        let a = parse_str(
            "Зарплаты вырастут\n\nМинимальная зарплата вырастет в январе.\n\nПодписывайтесь на наш канал\nКазинформ, 2026. Все права защищены.\n",
        );
        assert_eq!(a.body, "Минимальная зарплата вырастет в январе.");
        let text = "Workers said all rights reserved by the contract must be honoured.";
        assert_eq!(parse_str(&format!("Wages\n\n{text}\n")).body, text);
    }

    #[test]
    fn breadcrumbs_are_navigation() {
        assert!(is_navigation("Home > News > Labour"));
        assert!(is_navigation("You are here"));
        assert!(!is_navigation("Home care workers get a raise."));
    }
}
