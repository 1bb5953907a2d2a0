//! The read path: a request → a tantivy query → ranked hits with snippets, facets, timeline.
//!
//! Ranking is BM25 over title (boosted) and body. Equal scores are ordered by date (newest
//! first, undated last) and then by id, so output is deterministic; date sorts break their ties
//! by score, then id. `total` is the exact number of matching articles. Filters (dates,
//! sources, entities) are required clauses that add nothing to scores. In [`MatchMode::Auto`], a
//! query whose words are not all found together in any article is run again with any word
//! allowed, and the results say they were relaxed.

use std::collections::HashSet;

use anyhow::{Context, Result};
use rustc_hash::FxHashMap;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::{DocAddress, Index, IndexReader, ReloadPolicy, Score, Searcher};

use crate::article::Article;
use crate::facets::{Bucket, Facet, FacetCollector, FacetKind, Interval};
use crate::query::{self, Builder, MatchMode, Node, Occur};
use crate::ranking::Ranking;
use crate::schema::{Fields, StoredArticles, name};
use crate::snippet::{self, Highlighter, Snippet};
use crate::store::{self, CommitInfo, IndexDir};
use crate::ties;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Oldest first, undated last.
    DateAsc,
    /// Newest first, undated last.
    DateDesc,
}

/// What to search for, how to filter and order it, and how much to return.
#[derive(Debug, Clone)]
pub struct Request {
    /// The query text; `*` (or empty, with filters) matches every article.
    pub query: String,
    /// Clauses every hit must also match (date periods, sources, entities), built by the caller.
    pub filters: Vec<Node>,
    pub limit: usize,
    pub offset: usize,
    pub mode: MatchMode,
    pub sort: Sort,
    /// Passages per hit (the first is [`Hit::snippet`]); 0 for none (ranking only).
    pub passages: usize,
    /// Every matching sentence of each hit instead of the best passages.
    pub kwic: bool,
    pub snippet_chars: usize,
    pub facets: Vec<FacetKind>,
    pub facet_limit: usize,
    pub histogram: Option<Interval>,
}

impl Request {
    pub fn new(query: impl Into<String>) -> Request {
        Request {
            query: query.into(),
            filters: Vec::new(),
            limit: 10,
            offset: 0,
            mode: MatchMode::Auto,
            sort: Sort::Relevance,
            passages: 1,
            kwic: false,
            snippet_chars: snippet::DEFAULT_MAX_CHARS,
            facets: Vec::new(),
            facet_limit: 10,
            histogram: None,
        }
    }
}

/// One ranked article.
#[derive(Debug, Clone)]
pub struct Hit {
    /// 1-based rank over the whole result list (offset included).
    pub rank: usize,
    pub score: Score,
    /// The stored article (body included).
    pub article: Article,
    /// The best passage.
    pub snippet: Snippet,
    /// Further passages (`passages` > 1), or every matching sentence (`kwic`), best passage
    /// included; empty otherwise.
    pub passages: Vec<Snippet>,
    /// Matches in the title, as code-point ranges (for display; not part of the JSON contract).
    pub title_highlights: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Default)]
pub struct Results {
    /// Exact number of matching articles.
    pub total: usize,
    /// True when not every word could be matched and any-word matching was used instead.
    pub relaxed: bool,
    /// True when the query was a long question in plain words, ranked by how much of it
    /// each article matches rather than first demanding every word.
    pub question: bool,
    /// When fewer articles than the page asked for had every word: how many did. They are the
    /// first hits; the rest have some of the words (`relaxed` is true, `total` counts both).
    pub complete: Option<usize>,
    /// The query as understood, operators explicit (`+decent +work date:[2020-01-01 TO *]`).
    pub understood: String,
    pub hits: Vec<Hit>,
    pub facets: Vec<Facet>,
    pub histogram: Vec<Bucket>,
}

/// An open index, ready for queries.
pub struct Engine {
    reader: IndexReader,
    fields: Fields,
    ranking: Ranking,
    /// What the last commit recorded, read when the index was opened.
    commit: Option<CommitInfo>,
}

impl Engine {
    pub fn open(dir: &IndexDir) -> Result<Engine> {
        let (index, commit) = dir.open_with_info()?;
        Engine::with_commit(index, commit)
    }

    pub fn from_index(index: Index) -> Result<Engine> {
        let commit = store::commit_info(&index)?;
        Engine::with_commit(index, commit)
    }

    fn with_commit(index: Index, commit: Option<CommitInfo>) -> Result<Engine> {
        let fields = Fields::open(&index)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context(
                "opening an index reader (if the index is damaged, `kzsearch index --rebuild` \
                 makes it anew)",
            )?;
        Ok(Engine {
            reader,
            fields,
            ranking: Ranking::default(),
            commit,
        })
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// Replaces the ranking knobs (for experiments: `kzsearch eval --set`).
    pub fn set_ranking(&mut self, ranking: Ranking) {
        self.ranking = ranking;
    }

    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// What the last commit recorded.
    pub fn commit_info(&self) -> Option<CommitInfo> {
        self.commit.clone()
    }

    /// The syntax tree a request searches for: its query and its filters, all required.
    pub fn request_tree(request: &Request) -> Result<Node> {
        let text = request.query.trim();
        let mut node = if (text.is_empty() && !request.filters.is_empty()) || text == "*" {
            Node::All
        } else {
            query::entities::rewrite(query::parse(text)?)
        };
        for filter in &request.filters {
            node = node.and(filter.clone());
        }
        Ok(node)
    }

    pub fn search(&self, request: &Request) -> Result<Results> {
        let node = Engine::request_tree(request)?;
        let searcher = self.reader.searcher();
        let stored = StoredArticles::new(&self.fields, &searcher);
        let mut builder = Builder::new(&self.fields, &self.ranking);
        // A long question in plain words is ranked by how much of it an article matches,
        // without first demanding every word. (In date order there is no ranking: only the
        // articles with every word are listed, unless none has them all.)
        let words = content_words(&node);
        let long = request.mode == MatchMode::Auto
            && request.sort == Sort::Relevance
            && self.ranking.long_query_words > 0
            && words >= self.ranking.long_query_words;
        let strict = request.mode != MatchMode::Any && !long;
        let mut query = builder.build(&node, strict)?;
        let mut understood = builder.describe(&node, strict);
        let mut relaxed = long && node.has_default_clauses();
        let (mut total, mut ranked) = self.rank(&searcher, query.as_ref(), request)?;
        if total == 0 && request.mode == MatchMode::Auto && strict && node.has_default_clauses() {
            let loose = builder.build(&node, false)?;
            let (loose_total, loose_ranked) = self.rank(&searcher, loose.as_ref(), request)?;
            if loose_total > 0 {
                (total, ranked, relaxed) = (loose_total, loose_ranked, true);
                understood = builder.describe(&node, false);
                query = loose;
            }
        }
        // Fewer articles than a page have every word: they come first, in their order, and
        // the pages go on with articles that have some of the words. Whether that happens
        // depends on the query and the page size, never on the offset, so every page of one
        // query tells the same story.
        let wanted = request.offset + request.limit;
        let mut complete = None;
        if self.ranking.fill
            && !relaxed
            && total > 0
            && total < request.limit
            && request.mode == MatchMode::Auto
            && request.sort == Sort::Relevance
            && node.has_default_clauses()
        {
            let loose = builder.build(&node, false)?;
            let page = Request {
                offset: 0,
                limit: wanted,
                ..request.clone()
            };
            let (loose_total, partial) = self.rank(&searcher, loose.as_ref(), &page)?;
            // Every article with every word is on a page that starts at the top already.
            let mut merged = if request.offset == 0 {
                std::mem::take(&mut ranked)
            } else {
                self.rank(&searcher, query.as_ref(), &page)?.1
            };
            let have: HashSet<DocAddress> = merged.iter().map(|&(_, a)| a).collect();
            merged.extend(partial.into_iter().filter(|(_, a)| !have.contains(a)));
            merged.truncate(wanted);
            complete = Some(total);
            ranked = merged.split_off(request.offset.min(merged.len()));
            (total, relaxed) = (loose_total, true);
            understood = builder.describe(&node, false);
            query = loose;
        }
        if relaxed
            && complete.is_none()
            && (long || self.ranking.prf_short)
            && self.ranking.prf_docs > 0
            && self.ranking.prf_terms > 0
            && !ranked.is_empty()
            && words <= self.ranking.prf_max_words
        {
            // The best articles by relevance, whatever order the page is shown in; the page
            // already holds them when it starts at the top in relevance order.
            let wanted = self.ranking.prf_docs;
            let top = if request.sort == Sort::Relevance
                && request.offset == 0
                && (ranked.len() >= wanted || ranked.len() == total)
            {
                ranked[..wanted.min(ranked.len())].to_vec()
            } else {
                let first = Request {
                    offset: 0,
                    limit: wanted,
                    sort: Sort::Relevance,
                    ..request.clone()
                };
                self.rank(&searcher, query.as_ref(), &first)?.1
            };
            if let Some(expanded) =
                self.expand(&searcher, &stored, query.box_clone(), &node, &top)?
            {
                (total, ranked) = self.rank(&searcher, expanded.as_ref(), request)?;
                query = expanded;
            }
        }

        let (facets, histogram) = if request.facets.is_empty() && request.histogram.is_none() {
            (Vec::new(), Vec::new())
        } else {
            let collector = FacetCollector {
                kinds: request.facets.clone(),
                histogram: request.histogram,
            };
            let counts = searcher
                .search(query.as_ref(), &collector)
                .context("counting facets")?;
            let histogram = request
                .histogram
                .map(|i| counts.histogram(i))
                .unwrap_or_default();
            (counts.facets(request.facet_limit), histogram)
        };

        let mut highlighter = Highlighter::for_targets(&node.highlight_targets());
        let mut hits = Vec::with_capacity(ranked.len());
        for (i, (score, address)) in ranked.into_iter().enumerate() {
            let article = stored.get(address)?;
            let chars = request.snippet_chars;
            if request.passages == 0 && !request.kwic {
                // Ranking only (evaluation, counting): no snippet work.
                hits.push(Hit {
                    rank: request.offset + i + 1,
                    score,
                    article,
                    snippet: Snippet::default(),
                    passages: Vec::new(),
                    title_highlights: Vec::new(),
                });
                continue;
            }
            let mut passages = if request.kwic {
                highlighter.kwic(&article.body, chars)
            } else {
                highlighter.passages(&article.body, request.passages.max(1), chars)
            };
            let snippet = if request.kwic {
                highlighter.snippet(&article.body, chars)
            } else {
                passages.first().cloned().unwrap_or_default()
            };
            if !request.kwic && request.passages <= 1 {
                passages.clear();
            }
            let title_highlights = article
                .title
                .as_deref()
                .map(|t| highlighter.highlights(t))
                .unwrap_or_default();
            hits.push(Hit {
                rank: request.offset + i + 1,
                score,
                article,
                snippet,
                passages,
                title_highlights,
            });
        }
        Ok(Results {
            total,
            relaxed,
            question: long,
            complete,
            understood,
            hits,
            facets,
            histogram,
        })
    }

    /// Pseudo-relevance feedback: `query` with the words that weigh most in its best articles
    /// (see [`Engine::feedback_words`]), together weighted below the query's own words; they
    /// rerank the articles `query` matches (`prf_within`), or with it off also match their own.
    fn expand(
        &self,
        searcher: &Searcher,
        stored: &StoredArticles,
        query: Box<dyn Query>,
        node: &Node,
        top: &[(Score, DocAddress)],
    ) -> Result<Option<Box<dyn Query>>> {
        use tantivy::query::{BooleanQuery, BoostQuery, Occur as TOccur, TermQuery};
        use tantivy::schema::IndexRecordOption;

        let mut analyzer = crate::analysis::text();
        let own: HashSet<String> = node
            .highlight_targets()
            .texts
            .iter()
            .flat_map(|t| crate::analysis::terms(&mut analyzer, t))
            .map(|t| t.text)
            .collect();
        let scored = self.feedback_words(searcher, stored, &own, top)?;
        let total: f64 = scored.iter().map(|(_, w)| w).sum();
        if total <= 0.0 {
            return Ok(None);
        }
        // The feedback words together weigh `prf_weight` times the query's own words, shared
        // out by how much each weighs in the best articles.
        let mass = self.ranking.prf_weight as f64 * own.len().max(1) as f64;
        let mut extra: Vec<Box<dyn Query>> = Vec::with_capacity(scored.len());
        for (term, w) in scored {
            let q: Box<dyn Query> = if self.ranking.bm25f {
                Box::new(crate::query::bm25f::Bm25fTerm::new(
                    term,
                    &self.fields,
                    &self.ranking,
                    self.ranking.prf_title,
                ))
            } else {
                Box::new(TermQuery::new(
                    tantivy::Term::from_field_text(self.fields.body, &term),
                    IndexRecordOption::WithFreqs,
                ))
            };
            extra.push(Box::new(BoostQuery::new(q, (mass * w / total) as f32)));
        }
        if self.ranking.prf_within {
            // Feedback words rerank what the query found; they find nothing of their own.
            return Ok(Some(Box::new(crate::query::rerank::Rerank::new(
                query, extra,
            ))));
        }
        let mut clauses: Vec<(TOccur, Box<dyn Query>)> = vec![(TOccur::Should, query)];
        clauses.extend(extra.into_iter().map(|q| (TOccur::Should, q)));
        Ok(Some(Box::new(BooleanQuery::new(clauses))))
    }

    /// The `prf_terms` words that weigh most in the best articles `top`, with their weights:
    /// each article's term frequencies relative to its length, weighted by its score relative to
    /// the best one (a relevance model), summed, times idf to the power `prf_idf`. Stop words,
    /// numbers, words of one or two letters and words of a single article are left out, and so
    /// are the query's own words `own` unless `prf_own`: then a query word the best articles
    /// use a lot gains weight (RM3), and one they hardly use gains little.
    fn feedback_words(
        &self,
        searcher: &Searcher,
        stored: &StoredArticles,
        own: &HashSet<String>,
        top: &[(Score, DocAddress)],
    ) -> Result<Vec<(String, f64)>> {
        use tantivy::tokenizer::TokenStream;

        let mut analyzer = crate::analysis::text();
        let mut weights: FxHashMap<String, f64> = FxHashMap::default();
        let best = top
            .first()
            .map(|(s, _)| *s)
            .filter(|s| *s > 0.0)
            .unwrap_or(1.0);
        let mut tf: FxHashMap<String, f64> = FxHashMap::default();
        for &(score, address) in top {
            let relevance = f64::from(score / best);
            let article = stored.get(address)?;
            let text = format!("{} {}", article.title.unwrap_or_default(), article.body);
            let mut stream = analyzer.token_stream(&text);
            let mut length = 0usize;
            while stream.advance() {
                length += 1;
                let term = &stream.token().text;
                match tf.get_mut(term.as_str()) {
                    Some(count) => *count += 1.0,
                    None => {
                        tf.insert(term.clone(), 1.0);
                    }
                }
            }
            let length = length.max(1) as f64;
            for (term, count) in tf.drain() {
                *weights.entry(term).or_default() += relevance * count / length;
            }
        }
        let docs = searcher.num_docs().max(1) as f64;
        let mut candidates: Vec<(String, f64)> = weights
            .into_iter()
            .filter(|(t, _)| {
                (self.ranking.prf_own || !own.contains(t))
                    && !crate::analysis::is_stop_word(t)
                    && t.chars().any(char::is_alphabetic)
                    && t.chars().count() > 2
            })
            .collect();
        // Most of the words cannot make the list, and looking up how many articles have each
        // is most of the work: in order of weight, stop once even the highest idf a word can
        // have (that of a word in two articles) could not lift one past the list's last word.
        candidates.sort_by(|a, b| b.1.total_cmp(&a.1));
        let prf_idf = f64::from(self.ranking.prf_idf);
        let bound = (prf_idf >= 0.0 && docs >= 2.0).then(|| (docs / 2.0).ln().powf(prf_idf));
        let wanted = self.ranking.prf_terms;
        // Highest score first, then the word: the list as it is kept, the best `wanted` so far.
        let order =
            |a: &(String, f64), b: &(String, f64)| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0));
        let mut scored: Vec<(String, f64)> = Vec::with_capacity(wanted + 1);
        for (t, w) in candidates {
            if let Some(bound) = bound
                && scored.len() >= wanted
                && scored.last().is_some_and(|&(_, last)| w * bound < last)
            {
                break;
            }
            let Ok(df) = searcher.doc_freq(&tantivy::Term::from_field_text(self.fields.body, &t))
            else {
                continue;
            };
            let df = df as f64;
            if df < 2.0 {
                continue;
            }
            let word = (t, w * (docs / df).ln().powf(prf_idf));
            let at = scored.partition_point(|e| order(e, &word).is_lt());
            scored.insert(at, word);
            scored.truncate(wanted);
        }
        Ok(scored)
    }

    /// The exact count and the requested page of (score, address) in the requested order.
    fn rank(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        request: &Request,
    ) -> Result<(usize, Vec<(Score, DocAddress)>)> {
        let wanted = request.offset + request.limit;
        if wanted == 0 {
            return Ok((searcher.search(query, &Count)?, Vec::new()));
        }
        let (total, mut page) = match request.sort {
            Sort::Relevance => self.rank_by_score(searcher, query, wanted)?,
            Sort::DateDesc | Sort::DateAsc => {
                // By date (the ascending column holds u64::MAX minus the date, 0 when undated),
                // then score, then id.
                let order = ties::Order::Date(if request.sort == Sort::DateDesc {
                    name::DATE
                } else {
                    name::DATE_ASC
                });
                let collector = ties::Best {
                    limit: wanted,
                    order,
                };
                let (total, candidates) = searcher
                    .search(query, &(Count, collector))
                    .context("searching")?;
                (total, ties::best(searcher, candidates, wanted, order)?)
            }
        };
        let page = page.split_off(request.offset.min(page.len()));
        Ok((total, page))
    }

    /// The top `wanted` by score, ties broken by date (newest first) then id.
    fn rank_by_score(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        wanted: usize,
    ) -> Result<(usize, Vec<(Score, DocAddress)>)> {
        // Fast path: the top `wanted + 1` by score alone. If the one past the page scores lower
        // than the last on the page, every tie that matters is inside, and can be ordered here.
        let (total, mut top) = searcher
            .search(
                query,
                &(Count, TopDocs::with_limit(wanted + 1).order_by_score()),
            )
            .context("searching")?;
        if top.len() > wanted && top[wanted].0 == top[wanted - 1].0 {
            // The page ends inside a tie: the tie is decided by date and id.
            let order = ties::Order::Relevance;
            let candidates = searcher
                .search(
                    query,
                    &ties::Best {
                        limit: wanted,
                        order,
                    },
                )
                .context("searching")?;
            return Ok((total, ties::best(searcher, candidates, wanted, order)?));
        }
        top.truncate(wanted);
        if top.windows(2).any(|w| w[0].0 == w[1].0) {
            top = ties::best(searcher, top, wanted, ties::Order::Relevance)?;
        }
        Ok((total, top))
    }
}

/// Plain content words of a query (not stop words, not in a field): how long a question is.
fn content_words(node: &Node) -> usize {
    let mut analyzer = crate::analysis::text();
    let mut count = 0;
    let mut visit = |text: &str| {
        let terms = crate::analysis::terms(&mut analyzer, text);
        count += usize::from(terms.len() == 1 && !crate::analysis::is_stop_word(&terms[0].text));
    };
    match node {
        Node::Group(clauses) => {
            for c in clauses.iter().filter(|c| c.occur == Occur::Default) {
                if let Node::Term {
                    field: None, text, ..
                } = &c.node
                {
                    visit(text);
                }
            }
        }
        Node::Term {
            field: None, text, ..
        } => visit(text),
        _ => {}
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema;

    /// An engine over articles with these bodies, ids `a0`, `a1`, … in one segment.
    fn engine(bodies: &[&str]) -> Engine {
        let articles: Vec<Article> = bodies
            .iter()
            .enumerate()
            .map(|(i, body)| Article {
                id: format!("a{i}"),
                body: body.to_string(),
                ..Article::default()
            })
            .collect();
        Engine::from_index(schema::index_in_ram(&[&articles])).unwrap()
    }

    #[test]
    fn feedback_reweights_the_query_words_only_when_asked() {
        let mut engine = engine(&[
            "wages wages wages rose after the strike at the mine",
            "wages and strike pay for miners",
            "floods in the north",
            "miners asked for pay",
        ]);
        engine.set_ranking(Ranking {
            prf_own: false,
            ..Ranking::default()
        });
        let searcher = engine.searcher();
        let own: HashSet<String> = ["wage", "miner"].map(String::from).into();
        let top = [(2.0, DocAddress::new(0, 0)), (1.0, DocAddress::new(0, 1))];
        let words = |engine: &Engine| {
            let stored = StoredArticles::new(&engine.fields, &searcher);
            let found = engine
                .feedback_words(&searcher, &stored, &own, &top)
                .unwrap();
            found.into_iter().map(|(w, _)| w).collect::<Vec<_>>()
        };
        // Words of one article ("rose", "mine") and stop words are never suggested.
        assert_eq!(words(&engine), ["strike", "pay"]);
        engine.set_ranking(Ranking {
            prf_own: true,
            ..Ranking::default()
        });
        // The query's own "wages", the best articles' most used word, comes first; "miners",
        // once in the second article only, weighs as little as "pay" there.
        assert_eq!(words(&engine), ["wage", "strike", "miner", "pay"]);
    }

    #[test]
    fn feedback_words_rerank_what_the_query_found_and_find_nothing_more() {
        let mut engine = engine(&[
            "wages strike miners pay union talks coal coal",
            "wages strike coal coal talks",
            "coal coal coal talks talks",
            "floods in the north",
        ]);
        let request = Request {
            passages: 0,
            ..Request::new("wages strike miners pay union")
        };
        let ids = |results: &Results| {
            let mut ids: Vec<_> = results.hits.iter().map(|h| h.article.id.clone()).collect();
            ids.sort();
            ids.join(" ")
        };
        let results = engine.search(&request).unwrap();
        assert!(results.question && results.relaxed);
        assert_eq!((ids(&results), results.total), ("a0 a1".into(), 2));
        // The old way: the feedback words ("coal", "talks") found an article of their own.
        engine.set_ranking(Ranking {
            prf_within: false,
            ..Ranking::default()
        });
        let wider = engine.search(&request).unwrap();
        assert_eq!((ids(&wider), wider.total), ("a0 a1 a2".into(), 3));
    }

    #[test]
    fn a_short_query_that_nothing_matches_in_full_is_ranked_by_any_word_alone() {
        let mut engine = engine(&[
            "wages wages coal coal talks",
            "wages coal talks",
            "strike coal talks",
            "strike",
        ]);
        let scores = |engine: &Engine, mode: MatchMode| {
            let request = Request {
                passages: 0,
                mode,
                ..Request::new("wages strike")
            };
            let results = engine.search(&request).unwrap();
            let hits = results.hits.iter();
            let scored: Vec<_> = hits.map(|h| (h.article.id.clone(), h.score)).collect();
            (scored, results.total)
        };
        let any = scores(&engine, MatchMode::Any);
        assert_eq!(any.1, 4);
        assert_eq!(scores(&engine, MatchMode::Auto), any);
        // With feedback for short queries too, "coal" and "talks" change the scores.
        engine.set_ranking(Ranking {
            prf_short: true,
            ..Ranking::default()
        });
        let fed = scores(&engine, MatchMode::Auto);
        assert_eq!(fed.1, 4);
        assert_ne!(fed, any);
    }

    #[test]
    fn fill_puts_articles_with_every_word_first_then_some() {
        let mut engine = engine(&[
            "miners miners miners strike",
            "wages of miners",
            "wages wages wages rose",
            "floods in the north",
        ]);
        let ids = |results: &Results| {
            let hits = results.hits.iter().map(|h| h.article.id.as_str());
            hits.collect::<Vec<_>>().join(" ")
        };
        let request = Request {
            passages: 0,
            ..Request::new("miners wages")
        };
        engine.set_ranking(Ranking {
            fill: false,
            ..Ranking::default()
        });
        let strict = engine.search(&request).unwrap();
        assert_eq!(
            (ids(&strict), strict.total, strict.relaxed),
            ("a1".into(), 1, false)
        );
        assert_eq!(strict.complete, None);
        engine.set_ranking(Ranking::default());
        // The article with both words first, then the others by any-word score.
        let filled = engine.search(&request).unwrap();
        assert_eq!(ids(&filled), "a1 a0 a2");
        assert_eq!(
            (filled.total, filled.relaxed, filled.complete),
            (3, true, Some(1))
        );
        // Paging continues the same list, and every page says the same.
        let page = |offset| {
            let results = engine
                .search(&Request {
                    offset,
                    limit: 2,
                    ..request.clone()
                })
                .unwrap();
            (ids(&results), results.total, results.complete)
        };
        assert_eq!(page(0), ("a1 a0".into(), 3, Some(1)));
        assert_eq!(page(2), ("a2".into(), 3, Some(1)));
        // A page already full of articles with every word is left alone.
        let one = engine
            .search(&Request {
                limit: 1,
                ..request.clone()
            })
            .unwrap();
        assert_eq!((ids(&one), one.complete), ("a1".into(), None));
    }
}
