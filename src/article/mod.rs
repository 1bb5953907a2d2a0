//! The article: the one record that flows from the input files to the index.
//!
//! A parser (one per input format) turns the bytes of a file into [`Article`]s, separating the
//! text a reader came for (headline and body) from the site's furniture (navigation, menus, CMS
//! stamps, datelines, credits). Enrichment later fills [`Article::entities`]; nothing in this
//! module knows about tantivy.

pub mod date;
pub mod html;
pub mod jsonl;
pub mod lang;
pub mod markdown;
pub mod text;

use std::path::Path;

pub use date::Date;

/// One news article, parsed and (once enriched) with its entities.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// Stable identifier: the file's path relative to the input root, without extension.
    pub id: String,
    /// The path the article was read from, as given on the command line.
    pub path: String,
    /// The headline, when the text has one. Never navigation or the first body sentence.
    pub title: Option<String>,
    /// The publication date, when the text states a full one.
    pub date: Option<Date>,
    /// The outlet named by a dateline or credit ("Kazinform").
    pub source: Option<String>,
    /// The dateline as written ("NUR-SULTAN. KAZINFORM –"): not body text, but it names the
    /// outlet for entity extraction.
    pub dateline: Option<String>,
    /// Credit lines kept out of the body ("By …", "(Reporting by …; Editing by …)", "© OSCE/…",
    /// a press contact): not body text, but the people they name are the story's.
    pub credits: Vec<String>,
    /// The body text: paragraphs separated by a blank line, furniture removed.
    pub body: String,
    /// Where the article was published, when the input says (JSON Lines `url`, a page's
    /// canonical link).
    pub url: Option<String>,
    /// `en`, `ru` or `kk`: given by the input or detected from the text.
    pub lang: Option<String>,
    /// People, organizations and conventions; empty until enrichment.
    pub entities: Entities,
}

impl Article {
    /// Composes its text where it was written decomposed ([`crate::analysis::compose`]), so
    /// that "Cafe\u{301}" is stored, searched, extracted and shown as "Café".
    pub fn compose(&mut self) {
        fn compose(text: &mut String) {
            if let std::borrow::Cow::Owned(composed) = crate::analysis::compose(text) {
                *text = composed;
            }
        }
        let Article {
            title,
            source,
            dateline,
            credits,
            body,
            ..
        } = self;
        for text in [title, source, dateline].into_iter().flatten() {
            compose(text);
        }
        credits.iter_mut().for_each(compose);
        compose(body);
    }
}

/// What enrichment finds in an article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Entities {
    pub people: Vec<Entity>,
    pub organizations: Vec<Entity>,
    /// ILO convention numbers, in order of first mention, without repeats.
    pub conventions: Vec<u32>,
}

/// A person or organization: one canonical name and every spelling seen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entity {
    /// The most complete form seen.
    pub name: String,
    /// Exact spans as written in the article, without repeats, in order of first appearance.
    pub mentions: Vec<String>,
}

impl Article {
    /// The title to show a reader: the headline, or failing that the body's first sentence,
    /// marked as such by the boolean (true when it is a stand-in).
    pub fn display_title(&self) -> (String, bool) {
        match &self.title {
            Some(title) => (title.clone(), false),
            None => (lead_sentence(&self.body, 120), true),
        }
    }
}

/// The id an article read from `path` gets when the input root was `root`: the relative path
/// with `/` separators and without the extension (`2024/06/ilo-visit` for
/// `root/2024/06/ilo-visit.txt`). A file given directly (root == path) keeps only its stem.
pub fn id_for(root: &Path, path: &Path) -> String {
    let relative = path
        .strip_prefix(root)
        .ok()
        .filter(|r| !r.as_os_str().is_empty());
    let relative = relative.unwrap_or_else(|| Path::new(path.file_name().unwrap_or_default()));
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.last_mut() {
        *last = strip_extensions(last);
    }
    parts.join("/")
}

/// `a.txt` → `a`, `a.jsonl.gz` → `a`, `.hidden` → `.hidden`.
fn strip_extensions(name: &str) -> String {
    let mut stem = name;
    for _ in 0..2 {
        match stem.rfind('.') {
            Some(dot) if dot > 0 => {
                let ext = &stem[dot + 1..];
                if ext.chars().all(|c| c.is_ascii_alphanumeric()) && ext.len() <= 5 {
                    stem = &stem[..dot];
                } else {
                    break;
                }
            }
            _ => break,
        }
        if !name.ends_with(".gz") {
            break;
        }
    }
    stem.to_string()
}

/// The first sentence of `text`, cut on a word boundary to at most `max_chars` characters.
pub fn lead_sentence(text: &str, max_chars: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let first = text
        .split_sentence_bounds()
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    if first.chars().count() <= max_chars {
        return first;
    }
    let mut out = String::new();
    for word in first.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > max_chars.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn id_is_the_relative_path_without_extension() {
        let root = PathBuf::from("seeds");
        assert_eq!(id_for(&root, &root.join("001_abc.txt")), "001_abc");
        assert_eq!(
            id_for(&root, &root.join("2024/06/visit.txt")),
            "2024/06/visit"
        );
        assert_eq!(id_for(&root, &root.join("dump.jsonl.gz")), "dump");
        let file = PathBuf::from("/tmp/x/one.txt");
        assert_eq!(id_for(&file, &file), "one");
    }

    #[test]
    fn display_title_marks_a_stand_in() {
        let mut article = Article {
            body: "Deputy Prime Minister met the ILO head. They talked.".into(),
            ..Article::default()
        };
        assert_eq!(
            article.display_title(),
            ("Deputy Prime Minister met the ILO head.".to_string(), true)
        );
        article.title = Some("Headline".into());
        assert_eq!(article.display_title(), ("Headline".to_string(), false));
    }

    #[test]
    fn lead_sentence_is_cut_on_a_word() {
        let s = lead_sentence("one two three four five six seven", 16);
        assert_eq!(s, "one two three…");
        assert!(s.chars().count() <= 16);
    }
}
