//! The read path: a request → a tantivy query → ranked hits with snippets.
//!
//! Ranking is BM25 over title (boosted) and body. Equal scores are ordered by date (newest
//! first, undated last) and then by id, so output is deterministic. `total` is the exact number
//! of matching articles. In [`MatchMode::Auto`], a query whose words are not all found together
//! in any article is run again with any word allowed, and the results say they were relaxed.

use anyhow::{Context, Result};
use tantivy::collector::sort_key::{SortBySimilarityScore, SortByStaticFastValue, SortByString};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::{DocAddress, Index, IndexReader, Order, ReloadPolicy, Score, TantivyDocument};

use crate::article::Article;
use crate::query::{self, Builder, MatchMode};
use crate::schema::{Fields, name};
use crate::snippet::{self, Highlighter, Snippet};
use crate::store::{self, CommitInfo, IndexDir};

/// What to search for and how much to return.
#[derive(Debug, Clone)]
pub struct Request {
    pub query: String,
    pub limit: usize,
    pub offset: usize,
    pub mode: MatchMode,
    pub snippet_chars: usize,
}

impl Request {
    pub fn new(query: impl Into<String>) -> Request {
        Request {
            query: query.into(),
            limit: 10,
            offset: 0,
            mode: MatchMode::Auto,
            snippet_chars: snippet::DEFAULT_MAX_CHARS,
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
    pub snippet: Snippet,
    /// Matches in the title, as code-point ranges (for display; not part of the JSON contract).
    pub title_highlights: Vec<(usize, usize)>,
}

#[derive(Debug, Clone)]
pub struct Results {
    /// Exact number of matching articles.
    pub total: usize,
    /// True when not every word could be matched and any-word matching was used instead.
    pub relaxed: bool,
    pub hits: Vec<Hit>,
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

    /// What the last commit recorded.
    pub fn commit_info(&self) -> Result<Option<CommitInfo>> {
        store::commit_info(&self.index)
    }

    pub fn search(&self, request: &Request) -> Result<Results> {
        let node = query::parse(&request.query)?;
        let mut builder = Builder::new(&self.fields);
        let strict = builder.build(&node, request.mode != MatchMode::Any)?;
        let mut relaxed = false;
        let (mut total, mut ranked) = self.rank(strict.as_ref(), request)?;
        if total == 0 && request.mode == MatchMode::Auto && node.has_default_clauses() {
            let loose = builder.build(&node, false)?;
            (total, ranked) = self.rank(loose.as_ref(), request)?;
            relaxed = total > 0;
        }

        let searcher = self.reader.searcher();
        let mut highlighter = Highlighter::new(&node.positive_texts());
        let mut hits = Vec::with_capacity(ranked.len());
        for (i, (score, address)) in ranked.into_iter().enumerate() {
            let doc: TantivyDocument = searcher.doc(address).context("reading a stored article")?;
            let article = self.fields.to_article(&doc);
            let snippet = highlighter.snippet(&article.body, request.snippet_chars);
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
                title_highlights,
            });
        }
        Ok(Results {
            total,
            relaxed,
            hits,
        })
    }

    /// The exact count and the requested page of (score, address), ties broken by date then id.
    fn rank(
        &self,
        query: &dyn Query,
        request: &Request,
    ) -> Result<(usize, Vec<(Score, DocAddress)>)> {
        let searcher = self.reader.searcher();
        let wanted = request.offset + request.limit;
        if wanted == 0 {
            return Ok((searcher.search(query, &Count)?, Vec::new()));
        }
        // Fast path: the top `wanted + 1` by score alone. If the one past the page scores lower
        // than the last on the page, every tie that matters is inside, and can be ordered here.
        let (total, top) = searcher
            .search(
                query,
                &(Count, TopDocs::with_limit(wanted + 1).order_by_score()),
            )
            .context("searching")?;
        let boundary_tie = top.len() > wanted && top[wanted].0 == top[wanted - 1].0;
        let mut page: Vec<(Score, DocAddress)> = if boundary_tie {
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
            searcher
                .search(query, &exact)
                .context("searching")?
                .into_iter()
                .map(|((score, _), address)| (score, address))
                .collect()
        } else {
            let mut top = top;
            top.truncate(wanted);
            self.order_ties(&mut top)?;
            top
        };
        let page = page.split_off(request.offset.min(page.len()));
        Ok((total, page))
    }

    /// Orders equal scores by date (newest first, undated last), then id.
    fn order_ties(&self, top: &mut [(Score, DocAddress)]) -> Result<()> {
        if !top.windows(2).any(|w| w[0].0 == w[1].0) {
            return Ok(());
        }
        let searcher = self.reader.searcher();
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
