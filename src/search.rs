//! The read path: a request → a tantivy query → ranked hits with snippets, facets, timeline.
//!
//! Ranking is BM25 over title (boosted) and body. Equal scores are ordered by date (newest
//! first, undated last) and then by id, so output is deterministic; date sorts break their ties
//! by score, then id. `total` is the exact number of matching articles. Filters (dates,
//! sources, entities) are required clauses that add nothing to scores. In [`MatchMode::Auto`], a
//! query whose words are not all found together in any article is run again with any word
//! allowed, and the results say they were relaxed.

use anyhow::{Context, Result};
use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue, SortByString};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::{
    DocAddress, Index, IndexReader, Order, ReloadPolicy, Score, Searcher, TantivyDocument,
};

use crate::article::Article;
use crate::facets::{Bucket, Facet, FacetCollector, FacetKind, Interval};
use crate::query::{self, Builder, MatchMode, Node};
use crate::schema::{Fields, name};
use crate::snippet::{self, Highlighter, Snippet};
use crate::store::{self, CommitInfo, IndexDir};

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
    /// Passages per hit (the first is [`Hit::snippet`]).
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
    /// The query as understood, operators explicit (`+decent +work date:[2020-01-01 TO *]`).
    pub understood: String,
    pub hits: Vec<Hit>,
    pub facets: Vec<Facet>,
    pub histogram: Vec<Bucket>,
}

/// An open index, ready for queries.
pub struct Engine {
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

impl Engine {
    pub fn open(dir: &IndexDir) -> Result<Engine> {
        let index = dir.open()?;
        Engine::from_index(index)
    }

    pub fn from_index(index: Index) -> Result<Engine> {
        let fields = Fields::new(&index.schema())?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context("opening an index reader")?;
        Ok(Engine {
            index,
            reader,
            fields,
        })
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// What the last commit recorded.
    pub fn commit_info(&self) -> Result<Option<CommitInfo>> {
        store::commit_info(&self.index)
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
        let mut builder = Builder::new(&self.fields);
        let strict = request.mode != MatchMode::Any;
        let mut query = builder.build(&node, strict)?;
        let mut understood = builder.describe(&node, strict);
        let mut relaxed = false;
        let (mut total, mut ranked) = self.rank(&searcher, query.as_ref(), request)?;
        if total == 0 && request.mode == MatchMode::Auto && node.has_default_clauses() {
            let loose = builder.build(&node, false)?;
            let (loose_total, loose_ranked) = self.rank(&searcher, loose.as_ref(), request)?;
            if loose_total > 0 {
                (total, ranked, relaxed) = (loose_total, loose_ranked, true);
                understood = builder.describe(&node, false);
                query = loose;
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
            let doc: TantivyDocument = searcher.doc(address).context("reading a stored article")?;
            let article = self.fields.to_article(&doc);
            let chars = request.snippet_chars;
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
            understood,
            hits,
            facets,
            histogram,
        })
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
                let field = if request.sort == Sort::DateDesc {
                    name::DATE
                } else {
                    name::DATE_ASC
                };
                let collector = TopDocs::with_limit(wanted).order_by((
                    (SortByStaticFastValue::<u64>::for_field(field), Order::Desc),
                    (
                        (SortBySimilarityScore, Order::Desc),
                        (SortByString::for_field(name::ID), Order::Asc),
                    ),
                ));
                let (total, top) = searcher
                    .search(query, &(Count, collector))
                    .context("searching")?;
                let page = top
                    .into_iter()
                    .map(|((_, (score, _)), address)| (score, address));
                (total, page.collect())
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
            let exact = TopDocs::with_limit(wanted).order_by((
                (SortBySimilarityScore, Order::Desc),
                (
                    (
                        SortByStaticFastValue::<u64>::for_field(name::DATE),
                        Order::Desc,
                    ),
                    (SortByString::for_field(name::ID), Order::Asc),
                ),
            ));
            let top = searcher.search(query, &exact).context("searching")?;
            return Ok((
                total,
                top.into_iter()
                    .map(|((score, _), address)| (score, address))
                    .collect(),
            ));
        }
        top.truncate(wanted);
        self.order_ties(searcher, &mut top)?;
        Ok((total, top))
    }

    /// Orders equal scores by date (newest first, undated last), then id.
    fn order_ties(&self, searcher: &Searcher, top: &mut [(Score, DocAddress)]) -> Result<()> {
        if !top.windows(2).any(|w| w[0].0 == w[1].0) {
            return Ok(());
        }
        let mut keyed = Vec::with_capacity(top.len());
        for &(score, address) in top.iter() {
            let doc: TantivyDocument = searcher.doc(address)?;
            let article = self.fields.to_article(&doc);
            keyed.push((score, article.date, article.id, address));
        }
        keyed.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| b.1.cmp(&a.1))
                .then_with(|| a.2.cmp(&b.2))
        });
        for (slot, (score, _, _, address)) in top.iter_mut().zip(keyed) {
            *slot = (score, address);
        }
        Ok(())
    }
}
