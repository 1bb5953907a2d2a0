//! Snippets: the passage of an article that best shows why it matched, with the matches marked.
//!
//! The body is analysed with the same analyzer as the index, so a stemmed or folded match
//! ("unions" for a query "union", "Abdіrayim" with a Cyrillic letter) is found and highlighted
//! at its place in the original text. Candidate passages are one sentence or two adjacent
//! sentences; the passage that covers the most distinct query words (phrases weighing more)
//! wins, the earliest among equals. A passage longer than the limit is cut on word boundaries
//! around its first match, with `…` where text was cut.
//!
//! Highlight offsets are counted in Unicode code points (what Python and jq count) into the
//! snippet text, which has its whitespace collapsed to single spaces.

use std::collections::HashMap;
use std::ops::Range;

use tantivy::tokenizer::TextAnalyzer;

use crate::analysis;
use crate::extract::{conventions, names};
use crate::query::Targets;

/// A passage with highlighted ranges (code points, half-open, ascending, not overlapping).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
}

/// Default snippet length, in characters.
pub const DEFAULT_MAX_CHARS: usize = 220;

/// Finds and marks query matches in article text.
pub struct Highlighter {
    analyzer: TextAnalyzer,
    /// The distinct analysed terms of the words and phrases looked for, sorted: a word of the
    /// text is compared with each once.
    terms: Vec<String>,
    /// Each target as the places of its terms in `terms`: one for a word, several for a phrase.
    targets: Vec<Vec<usize>>,
    /// Convention numbers: each spelling of them in the text is a match.
    conventions: Vec<u32>,
    /// Name keys of words that may be people's names, matched within a typo tolerance, each
    /// with the target it counts as (the word's own target when it is also searched as text).
    names: Vec<(String, usize)>,
    /// Capitalised words of the texts seen so far and the name they are close to, if any: a
    /// page of hits repeats its names and sentence openings.
    name_of: HashMap<String, Option<usize>>,
}

#[derive(Debug, Clone)]
struct Match {
    bytes: Range<usize>,
    /// Bit set of the targets matched here (up to 64 targets are told apart).
    targets: u64,
    weight: f32,
}

impl Highlighter {
    /// A highlighter for words and phrases as the user wrote them.
    pub fn new(texts: &[String]) -> Highlighter {
        Highlighter::for_targets(&Targets {
            texts: texts.to_vec(),
            ..Targets::default()
        })
    }

    /// A highlighter for everything a query looks for: words, phrases, conventions, names.
    pub fn for_targets(wanted: &Targets) -> Highlighter {
        let texts = &wanted.texts;
        let mut analyzer = analysis::text();
        let mut targets: Vec<Vec<String>> = texts
            .iter()
            .map(|t| {
                analysis::terms(&mut analyzer, t)
                    .into_iter()
                    .map(|t| t.text)
                    .collect()
            })
            .filter(|t: &Vec<String>| !t.is_empty())
            .collect();
        targets.sort();
        targets.dedup();
        let mut conventions = wanted.conventions.clone();
        conventions.sort_unstable();
        conventions.dedup();
        let mut names: Vec<(String, usize)> = Vec::new();
        for (i, word) in wanted.names.iter().enumerate() {
            let key = names::key(word);
            if names::tolerance(&key) == 0 || names.iter().any(|(k, _)| *k == key) {
                continue;
            }
            let as_text: Vec<String> = analysis::terms(&mut analyzer, word)
                .into_iter()
                .map(|t| t.text)
                .collect();
            let target = targets
                .iter()
                .position(|t| *t == as_text)
                .unwrap_or(targets.len() + conventions.len() + i);
            names.push((key, target));
        }
        let mut terms: Vec<String> = targets.iter().flatten().cloned().collect();
        terms.sort();
        terms.dedup();
        let targets = targets
            .iter()
            .map(|target| {
                let place = |term: &String| terms.binary_search(term).expect("a target's term");
                target.iter().map(place).collect()
            })
            .collect();
        Highlighter {
            // Only words that could be a target need stemming when the text is searched.
            analyzer: analysis::text_finding(&terms),
            terms,
            targets,
            conventions,
            names,
            name_of: HashMap::new(),
        }
    }

    /// The best passage of `text`, at most about `max_chars` characters long; the opening
    /// sentences when nothing in `text` matches (a title-only match, or a query of filters).
    pub fn snippet(&mut self, text: &str, max_chars: usize) -> Snippet {
        self.passages(text, 1, max_chars).pop().unwrap_or_default()
    }

    /// The `n` best passages of `text` that do not overlap, best first (the opening when
    /// nothing matches).
    pub fn passages(&mut self, text: &str, n: usize, max_chars: usize) -> Vec<Snippet> {
        let matches = self.matches(text);
        if n == 0 || text.trim().is_empty() {
            return Vec::new();
        }
        let with_matches = sentences(text, &|p| touches_a_match(p, &matches));
        let mut chosen: Vec<Range<usize>> = Vec::new();
        for (_, window) in candidates(text, &with_matches, &matches, max_chars) {
            if chosen.len() == n {
                break;
            }
            if chosen
                .iter()
                .all(|c| window.end <= c.start || window.start >= c.end)
            {
                chosen.push(window);
            }
        }
        if chosen.is_empty() {
            // The opening is the first sentences; none beyond a few times max_chars is needed.
            let first = text.len() - text.trim_start().len();
            let first_sentences =
                sentences(text, &|p: &Range<usize>| p.start <= first + 4 * max_chars);
            chosen.push(opening(text, &first_sentences, max_chars));
        }
        chosen
            .iter()
            .map(|w| cut_and_render(text, w.clone(), &matches, max_chars))
            .collect()
    }

    /// Every sentence of `text` with a match, in text order (keyword in context).
    pub fn kwic(&mut self, text: &str, max_chars: usize) -> Vec<Snippet> {
        let matches = self.matches(text);
        sentences(text, &|p| touches_a_match(p, &matches))
            .into_iter()
            .filter(|s| {
                matches
                    .iter()
                    .any(|m| m.bytes.start >= s.start && m.bytes.end <= s.end)
            })
            .map(|s| cut_and_render(text, s, &matches, max_chars))
            .collect()
    }

    /// Every match in a short `text` (a title), as code-point ranges.
    pub fn highlights(&mut self, text: &str) -> Vec<(usize, usize)> {
        let matches = self.matches(text);
        let to_chars = |byte: usize| text[..byte].chars().count();
        matches
            .iter()
            .map(|m| (to_chars(m.bytes.start), to_chars(m.bytes.end)))
            .collect()
    }

    /// Every place in `text` where a target occurs, merged where they overlap.
    fn matches(&mut self, text: &str) -> Vec<Match> {
        if self.targets.is_empty() && self.conventions.is_empty() && self.names.is_empty() {
            return Vec::new();
        }
        // Each word of the text: where it is, and which distinct term it is, if any; and the
        // places of the words that are a term, where a target can start. A word is looked up
        // only if its first byte is that of a term.
        let mut firsts = [false; 256];
        for term in &self.terms {
            if let Some(&b) = term.as_bytes().first() {
                firsts[usize::from(b)] = true;
            }
        }
        let mut words: Vec<(Range<usize>, Option<usize>)> = Vec::new();
        let mut starts: Vec<usize> = Vec::new();
        let mut stream = self.analyzer.token_stream(text);
        while let Some(token) = stream.next() {
            let term = match token.text.as_bytes().first() {
                Some(&b) if firsts[usize::from(b)] => self.terms.binary_search(&token.text).ok(),
                _ => None,
            };
            if term.is_some() {
                starts.push(words.len());
            }
            words.push((token.offset_from..token.offset_to, term));
        }
        drop(stream);
        let mut found: Vec<Match> = Vec::new();
        let bit = |index: usize| 1u64 << index.min(63);
        if !self.conventions.is_empty() {
            for mention in conventions::find(text) {
                if let Ok(k) = self.conventions.binary_search(&mention.number) {
                    found.push(Match {
                        bytes: mention.span,
                        targets: bit(self.targets.len() + k),
                        weight: 2.0,
                    });
                }
            }
        }
        for (index, target) in self.targets.iter().enumerate() {
            let n = target.len();
            for &i in &starts {
                if words.len() - i >= n
                    && words[i..i + n]
                        .iter()
                        .zip(target)
                        .all(|((_, term), q)| *term == Some(*q))
                {
                    found.push(Match {
                        bytes: words[i].0.start..words[i + n - 1].0.end,
                        targets: 1u64 << index.min(63),
                        weight: n as f32,
                    });
                }
            }
        }
        // Names in another spelling, where the words themselves did not match.
        if !self.names.is_empty() {
            for (bytes, _) in &words {
                let word = &text[bytes.clone()];
                if !word.starts_with(char::is_uppercase)
                    || found.iter().any(|m| m.bytes.contains(&bytes.start))
                {
                    continue;
                }
                let target = match self.name_of.get(word) {
                    Some(&target) => target,
                    None => {
                        // The word's key, or its key without a case ending ("Абдиевым").
                        let close = |key: &str| {
                            let length = key.chars().count();
                            // Levenshtein distance is at least the difference in length.
                            self.names.iter().find(|(n, _)| {
                                let tolerance = usize::from(names::tolerance(n));
                                n.chars().count().abs_diff(length) <= tolerance
                                    && names::distance(n, key) <= tolerance
                            })
                        };
                        let target = close(&names::key(word))
                            .or_else(|| names::case_free_key(word).and_then(|k| close(&k)))
                            .map(|&(_, target)| target);
                        self.name_of.insert(word.to_string(), target);
                        target
                    }
                };
                if let Some(target) = target {
                    found.push(Match {
                        bytes: bytes.clone(),
                        targets: bit(target),
                        weight: 1.0,
                    });
                }
            }
        }
        found.sort_by_key(|m| (m.bytes.start, std::cmp::Reverse(m.bytes.end)));
        let mut merged: Vec<Match> = Vec::new();
        for m in found {
            match merged.last_mut() {
                Some(last) if m.bytes.start < last.bytes.end => {
                    last.bytes.end = last.bytes.end.max(m.bytes.end);
                    last.targets |= m.targets;
                    last.weight = last.weight.max(m.weight);
                }
                _ => merged.push(m),
            }
        }
        merged
    }
}

/// Does the paragraph at byte range `p` hold (part of) a match?
fn touches_a_match(p: &Range<usize>, matches: &[Match]) -> bool {
    matches
        .iter()
        .any(|m| m.bytes.start < p.end && m.bytes.end > p.start)
}

/// Sentence byte ranges, trimmed, with splits after abbreviations ("No. 87", "Mr. Houngbo",
/// "Gilbert F. Houngbo") undone, in the paragraphs (byte ranges between blank lines) that
/// `wanted` picks. Segmenting is most of a snippet's cost, and a sentence never spans
/// paragraphs (a line break always ends one), so paragraphs no passage can come from are
/// skipped.
fn sentences(text: &str, wanted: &dyn Fn(&Range<usize>) -> bool) -> Vec<Range<usize>> {
    // Hard-wrapped text (wire copy) breaks lines inside sentences: a single line break counts
    // as a space, a blank line ends a paragraph. A line break next to another one ("kept")
    // ends a paragraph; only the paragraphs `wanted` picks are copied with their other line
    // breaks made spaces (same length, so offsets stay valid).
    let bytes = text.as_bytes();
    let kept = |i: usize| (i > 0 && bytes[i - 1] == b'\n') || bytes.get(i + 1) == Some(&b'\n');
    let mut ends: Vec<usize> = memchr::memchr_iter(b'\n', bytes)
        .filter(|&i| kept(i))
        .map(|i| i + 1)
        .collect();
    if ends.last() != Some(&text.len()) && !text.is_empty() {
        ends.push(text.len());
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    for end in ends {
        let p = from..end;
        from = end;
        if !wanted(&p) {
            continue;
        }
        let piece = &text[p.clone()];
        let tail = usize::from(piece.ends_with('\n') && kept(p.end - 1));
        let body = &piece[..piece.len() - tail];
        let unwrapped = if body.contains('\n') {
            std::borrow::Cow::Owned(body.replace('\n', " ") + &piece[body.len()..])
        } else {
            std::borrow::Cow::Borrowed(piece)
        };
        for (start, sentence) in split_sentences(&unwrapped) {
            let start = p.start + start;
            let trimmed_start = start + (sentence.len() - sentence.trim_start().len());
            let end = start + sentence.trim_end().len();
            if end <= trimmed_start {
                continue;
            }
            // A line break between two sentences is a kept one only where two meet (the
            // sentences' own ends are not white space).
            match out.last_mut() {
                Some(last)
                    if ends_with_abbreviation(&text[last.clone()])
                        && !text[last.end..trimmed_start].contains("\n\n") =>
                {
                    last.end = end
                }
                _ => out.push(trimmed_start..end),
            }
        }
    }
    out
}

/// Splits `text` into sentences with their byte offsets, covering it whole (each sentence keeps
/// its trailing spaces). The rules are those of Unicode's sentence boundaries (UAX #29) that
/// news text exercises: a sentence ends after `.`, `!` or `?` (with any quotes and brackets,
/// then spaces) and after a line break; not after a full stop followed, past spaces, quotes and
/// digits, by a lower-case word ("approx. five"), nor directly by a digit ("3.5") or, after a
/// letter, by a capital ("U.S."); not after any terminator followed by another or by `,` `;`
/// `:` `-` `–` `—`. It agrees with the `unicode-segmentation` crate on all but one of the
/// 86,000 paragraphs of the corpora in ../shared/corpora (a test checks a sample) and is
/// several times faster: snippets segment every hit's text, and the general algorithm took a
/// fifth of a batch's time.
fn split_sentences(text: &str) -> Vec<(usize, &str)> {
    let is_close = |c: char| {
        matches!(
            c,
            '"' | '\'' | '”' | '’' | '“' | '‘' | '»' | '«' | '(' | ')' | '[' | ']' | '{' | '}'
        )
    };
    let is_term = |c: char| matches!(c, '.' | '․' | '!' | '?' | '。' | '！' | '？');
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = if c == '\n' {
            i + 1
        } else if is_term(c) {
            // The terminators, closing quotes and brackets, then spaces.
            let mut only_full_stops = c == '.' || c == '․';
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = chars.peek() {
                if is_term(d) || is_close(d) {
                    only_full_stops &= d != '!' && d != '?';
                    j = k + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let cluster_end = j;
            while let Some(&(k, d)) = chars.peek() {
                if d == ' ' || d == '\t' || d == '\u{a0}' {
                    j = k + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let rest = &text[j..];
            let next = rest.chars().next();
            let spaced = j > cluster_end;
            let single_stop_after_letter = &text[i..cluster_end] == "."
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic);
            let continues = match next {
                None => false,
                Some('\n') => false,
                Some(',' | ';' | ':' | '-' | '–' | '—') => true,
                Some(n) if is_term(n) => true,
                Some(n) if !spaced && n.is_numeric() => {
                    only_full_stops && text[..cluster_end].ends_with('.')
                }
                Some(n) if !spaced && n.is_uppercase() => single_stop_after_letter,
                Some(_) if only_full_stops => rest
                    .chars()
                    .find(|ch| ch.is_alphabetic() || is_term(*ch) || *ch == '\n')
                    .is_some_and(char::is_lowercase),
                Some(_) => false,
            };
            if continues {
                continue;
            }
            j
        } else {
            continue;
        };
        if end > start {
            out.push((start, &text[start..end]));
            start = end;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    out
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let Some(without_dot) = sentence.strip_suffix('.') else {
        return false;
    };
    let last_word = without_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let short_capital =
        last_word.chars().count() <= 2 && last_word.chars().next().is_some_and(char::is_uppercase);
    const ABBREVIATIONS: &[&str] = &[
        "No", "Nos", "no", "nos", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Art", "art", "Jan",
        "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "etc",
        "approx", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Vol", "vol", "p", "pp", "Inc", "Ltd",
        "Co", "Corp", "e.g", "i.e",
    ];
    short_capital || ABBREVIATIONS.contains(&last_word)
}

/// How well a passage shows the matches.
#[derive(Debug, Clone, Copy, Default)]
struct Score {
    /// Weight of the distinct query words and phrases in the passage.
    distinct: f32,
    /// Bytes from the first to the last distinct match: the closer together, the better.
    spread: usize,
    /// Further occurrences of words already counted.
    repeats: usize,
}

impl Score {
    fn better_than(&self, other: &Score) -> bool {
        if self.distinct != other.distinct {
            return self.distinct > other.distinct;
        }
        if self.spread != other.spread {
            return self.spread < other.spread;
        }
        self.repeats > other.repeats
    }
}

/// Every passage worth showing, best first: each sentence with a match, and two adjacent
/// sentences where together they show more distinct query words than either alone.
fn candidates(
    text: &str,
    sentences: &[Range<usize>],
    matches: &[Match],
    max_chars: usize,
) -> Vec<(Score, Range<usize>)> {
    let char_len = |range: &Range<usize>| text[range.clone()].chars().count();
    let score = |range: &Range<usize>| -> Score {
        let mut targets = 0u64;
        let mut score = Score::default();
        let mut first = usize::MAX;
        let mut last = 0;
        for m in matches
            .iter()
            .filter(|m| m.bytes.start >= range.start && m.bytes.end <= range.end)
        {
            if m.targets & !targets != 0 {
                score.distinct += m.weight;
                first = first.min(m.bytes.start);
                last = last.max(m.bytes.end);
            } else {
                score.repeats += 1;
            }
            targets |= m.targets;
        }
        score.spread = last.saturating_sub(first);
        score
    };
    let singles: Vec<Score> = sentences.iter().map(score).collect();
    let mut out = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        if singles[i].distinct > 0.0 {
            out.push((singles[i], sentence.clone()));
        }
        // (Adjacent sentences only: `sentences` may have skipped paragraphs between them.)
        if let Some(next) = sentences
            .get(i + 1)
            .filter(|next| text[sentence.end..next.start].trim().is_empty())
        {
            let pair = sentence.start..next.end;
            let pair_score = score(&pair);
            let alone = singles[i].distinct.max(singles[i + 1].distinct);
            if pair_score.distinct > alone && char_len(&pair) <= max_chars {
                out.push((pair_score, pair));
            }
        }
    }
    // Best first; among equals, the earlier passage.
    out.sort_by(|(a, ra), (b, rb)| {
        if a.better_than(b) {
            std::cmp::Ordering::Less
        } else if b.better_than(a) {
            std::cmp::Ordering::Greater
        } else {
            ra.start.cmp(&rb.start)
        }
    });
    out
}

/// The opening of `text`: as many whole sentences as fit in `max_chars` (at least one).
fn opening(text: &str, sentences: &[Range<usize>], max_chars: usize) -> Range<usize> {
    let mut range = sentences[0].clone();
    for next in &sentences[1..] {
        if text[range.start..next.end].chars().count() > max_chars {
            break;
        }
        range.end = next.end;
    }
    range
}

/// The snippet for one window: cut to length around its first match, rendered.
fn cut_and_render(
    text: &str,
    window: Range<usize>,
    matches: &[Match],
    max_chars: usize,
) -> Snippet {
    let inside: Vec<&Match> = matches
        .iter()
        .filter(|m| m.bytes.start >= window.start && m.bytes.end <= window.end)
        .collect();
    let focus = inside.first().map(|m| m.bytes.clone());
    let cut = cut_to_length(text, window.clone(), focus, max_chars);
    render(text, cut, &window, &inside)
}

/// Cuts `window` to about `max_chars` characters around `focus` (the first match), on word
/// boundaries. Returns the byte range to show.
fn cut_to_length(
    text: &str,
    window: Range<usize>,
    focus: Option<Range<usize>>,
    max_chars: usize,
) -> Range<usize> {
    if text[window.clone()].chars().count() <= max_chars {
        return window;
    }
    let focus = focus.unwrap_or(window.start..window.start);
    // Start about a quarter of the length before the focus, or earlier if the passage ends
    // sooner than the length allows, at the start of a word.
    let after = text[focus.start..window.end].chars().count();
    let lead = (max_chars / 4).max(max_chars.saturating_sub(after));
    let back: usize = text[window.start..focus.start]
        .chars()
        .rev()
        .take(lead)
        .map(char::len_utf8)
        .sum();
    let mut start = focus.start - back;
    if start > window.start {
        if let Some(space) = text[start..focus.start].find(char::is_whitespace) {
            start += space;
        }
        start = focus.start - text[start..focus.start].trim_start().len();
    }
    // End after `max_chars` characters, backing up to the end of a word.
    let take: usize = text[start..window.end]
        .chars()
        .take(max_chars)
        .map(char::len_utf8)
        .sum();
    let mut end = start + take;
    if end < window.end {
        if let Some(space) = text[start..end].rfind(char::is_whitespace)
            && start + space >= focus.end
        {
            end = start + space;
        }
        end = start + text[start..end].trim_end().len();
    }
    start..end
}

/// Builds the snippet text (whitespace collapsed, `…` where cut) and the highlight ranges.
fn render(text: &str, cut: Range<usize>, window: &Range<usize>, matches: &[&Match]) -> Snippet {
    let mut out = String::new();
    let mut count = 0; // characters written
    let mut highlights = Vec::new();
    if cut.start > window.start {
        out.push('…');
        count += 1;
    }
    let mut pending_space = false;
    let mut open: Option<usize> = None;
    let mut next_match = matches
        .iter()
        .filter(|m| m.bytes.start >= cut.start && m.bytes.end <= cut.end)
        .peekable();
    for (i, c) in text[cut.clone()].char_indices() {
        let byte = cut.start + i;
        if let Some(m) = next_match.peek()
            && open.is_some()
            && byte >= m.bytes.end
        {
            highlights.push((open.take().unwrap(), count));
            next_match.next();
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if pending_space && count > 0 {
            out.push(' ');
            count += 1;
        }
        pending_space = false;
        if let Some(m) = next_match.peek()
            && open.is_none()
            && byte >= m.bytes.start
            && byte < m.bytes.end
        {
            open = Some(count);
        }
        out.push(c);
        count += 1;
    }
    if let Some(start) = open {
        highlights.push((start, count));
    }
    if cut.end < window.end {
        out.push('…');
    }
    Snippet {
        text: out,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(snippet: &Snippet) -> String {
        let chars: Vec<char> = snippet.text.chars().collect();
        let mut out = String::new();
        let mut last = 0;
        for &(s, e) in &snippet.highlights {
            out.extend(&chars[last..s]);
            out.push('[');
            out.extend(&chars[s..e]);
            out.push(']');
            last = e;
        }
        out.extend(&chars[last..]);
        out
    }

    fn snip(query: &[&str], text: &str, max: usize) -> String {
        let texts: Vec<String> = query.iter().map(|s| s.to_string()).collect();
        marked(&Highlighter::new(&texts).snippet(text, max))
    }

    #[test]
    fn picks_the_sentence_with_the_most_distinct_words_and_stems() {
        let text = "The weather was fine. Trade unions met the ILO mission today. Unions left.";
        assert_eq!(
            snip(&["union", "ilo"], text, 200),
            "Trade [unions] met the [ILO] mission today."
        );
    }

    #[test]
    fn phrases_are_highlighted_whole() {
        let text = "Work matters. They promote decent   work in Kazakhstan.";
        assert_eq!(
            snip(&["decent work"], text, 200),
            "They promote [decent work] in Kazakhstan."
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Intro here. The list: No. 102 on social security and No. 131 on wages. End.";
        assert_eq!(
            snip(&["102", "131"], text, 200),
            "The list: No. [102] on social security and No. [131] on wages."
        );
    }

    #[test]
    fn long_sentences_are_cut_on_words_with_ellipses() {
        let words: Vec<String> = (0..80).map(|i| format!("word{i}")).collect();
        let mut text = words.join(" ");
        text.push_str(" convention 87 ");
        text.push_str(&words.join(" "));
        text.push('.');
        let s = Highlighter::new(&["convention".into()]).snippet(&text, 100);
        assert!(
            s.text.starts_with('…') && s.text.ends_with('…'),
            "{}",
            s.text
        );
        assert!(s.text.chars().count() <= 102);
        let chars: Vec<char> = s.text.chars().collect();
        let (a, b) = s.highlights[0];
        assert_eq!(chars[a..b].iter().collect::<String>(), "convention");
        assert!(!s.text.contains("  "));
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "Қазақстан — “Тоқаев” met the ILO.";
        let s = Highlighter::new(&["ilo".into()]).snippet(text, 200);
        let chars: Vec<char> = s.text.chars().collect();
        let (a, b) = s.highlights[0];
        assert_eq!(chars[a..b].iter().collect::<String>(), "ILO");
    }

    #[test]
    fn several_passages_do_not_overlap_and_kwic_lists_every_matching_sentence() {
        let text =
            "ILO staff met. Weather was mild. Unions met the ILO. Nothing here. Unions marched.";
        let mut h = Highlighter::new(&["ilo".into(), "unions".into()]);
        let passages: Vec<String> = h.passages(text, 2, 200).iter().map(marked).collect();
        assert_eq!(passages, ["[Unions] met the [ILO].", "[ILO] staff met."]);
        let kwic: Vec<String> = h.kwic(text, 200).iter().map(marked).collect();
        assert_eq!(
            kwic,
            [
                "[ILO] staff met.",
                "[Unions] met the [ILO].",
                "[Unions] marched."
            ]
        );
    }

    #[test]
    fn sentences_agree_with_unicode_segmentation() {
        use unicode_segmentation::UnicodeSegmentation;
        let (mut paragraphs, mut differ) = (0, Vec::new());
        for corpus in ["reuters21578", "bbc", "nerel-ru", "kaznerd-kk"] {
            for body in crate::corpus::sample_bodies(corpus, 1000) {
                for paragraph in body.split("\n\n") {
                    let paragraph = paragraph.replace('\n', " ");
                    let ours: Vec<usize> = split_sentences(&paragraph)
                        .into_iter()
                        .map(|(i, _)| i)
                        .collect();
                    let theirs: Vec<usize> = paragraph
                        .split_sentence_bound_indices()
                        .map(|(i, _)| i)
                        .collect();
                    paragraphs += 1;
                    if ours != theirs {
                        differ.push(paragraph);
                    }
                }
            }
        }
        assert!(paragraphs > 4000, "{paragraphs}");
        assert!(
            differ.len() * 1000 <= paragraphs,
            "{:#?}",
            &differ[..differ.len().min(5)]
        );
    }

    #[test]
    fn sentence_ends() {
        let starts = |text: &str| -> Vec<usize> {
            split_sentences(text).into_iter().map(|(i, _)| i).collect()
        };
        assert_eq!(starts("One. Two! Three? Four"), [0, 5, 10, 17]);
        assert_eq!(starts("It rose 3.5 pct in the U.S. today."), [0]);
        assert_eq!(starts("Approx. five rose. \"Yes,\" he said."), [0, 19]);
        assert_eq!(starts("U.S.-Canada talks. Done"), [0, 19]);
        assert_eq!(starts("Wait... What?! No."), [0, 8, 15]);
        assert_eq!(starts("Line one\nLine two"), [0, 9]);
    }

    /// [`sentences`] as first written (the whole text unwrapped, then split): the oracle.
    fn sentences_as_first_written(
        text: &str,
        wanted: &dyn Fn(&Range<usize>) -> bool,
    ) -> Vec<Range<usize>> {
        // Hard-wrapped text (wire copy) breaks lines inside sentences: a single line break is a
        // space here, a blank line still ends a paragraph. Same length, so offsets stay valid.
        let unwrapped: String = {
            let mut bytes = text.as_bytes().to_vec();
            let original = text.as_bytes();
            for (i, b) in bytes.iter_mut().enumerate() {
                let blank =
                    (i > 0 && original[i - 1] == b'\n') || original.get(i + 1) == Some(&b'\n');
                if *b == b'\n' && !blank {
                    *b = b' ';
                }
            }
            String::from_utf8(bytes).expect("one ASCII byte replaced by another")
        };
        let text = unwrapped.as_str();
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut from = 0;
        let paragraphs = text.split_inclusive('\n').map(|p| {
            from += p.len();
            from - p.len()..from
        });
        let in_wanted = paragraphs.filter(|p| wanted(p)).flat_map(|p| {
            split_sentences(&text[p.clone()])
                .into_iter()
                .map(move |(start, sentence)| (p.start + start, sentence))
        });
        for (start, sentence) in in_wanted {
            let trimmed_start = start + (sentence.len() - sentence.trim_start().len());
            let end = start + sentence.trim_end().len();
            if end <= trimmed_start {
                continue;
            }
            match out.last_mut() {
                Some(last)
                    if ends_with_abbreviation(&text[last.clone()])
                        && !text[last.end..trimmed_start].contains('\n') =>
                {
                    last.end = end
                }
                _ => out.push(trimmed_start..end),
            }
        }
        out
    }

    #[test]
    fn sentences_agree_with_the_first_version() {
        for corpus in ["reuters21578", "bbc", "nerel-ru", "kaznerd-kk"] {
            for body in crate::corpus::sample_bodies(corpus, 300) {
                for text in [
                    body.clone(),
                    body.replace("\n\n", "\n\n\n"),
                    format!("\n{body}\n"),
                ] {
                    let every = |_: &Range<usize>| true;
                    let early = |p: &Range<usize>| p.start < text.len() / 3;
                    assert_eq!(
                        sentences(&text, &every),
                        sentences_as_first_written(&text, &every),
                        "{text:?}"
                    );
                    assert_eq!(
                        sentences(&text, &early),
                        sentences_as_first_written(&text, &early),
                        "{text:?}"
                    );
                }
            }
        }
        for text in [
            "",
            "\n",
            "\n\n",
            "a\n",
            "a\nb\n",
            "Mr.\n\nSmith.",
            "Mr.\nSmith. No.\n87",
            "x\n\n\ny",
        ] {
            let every = |_: &Range<usize>| true;
            assert_eq!(
                sentences(text, &every),
                sentences_as_first_written(text, &every),
                "{text:?}"
            );
        }
    }

    #[test]
    fn hard_wrapped_lines_do_not_end_sentences() {
        let text =
            "Oil prices rose, said\nArnold Smith of the\ncompany. Next one.\n\nNew paragraph.";
        assert_eq!(
            snip(&["smith"], text, 200),
            "Oil prices rose, said Arnold [Smith] of the company."
        );
    }

    #[test]
    fn without_a_match_the_opening_is_shown() {
        assert_eq!(
            snip(&["absent"], "First one. Second one.", 200),
            "First one. Second one."
        );
        assert_eq!(snip(&[], "First one.", 200), "First one.");
    }
}
