//! A query whose matches are exactly those of a base query, scored higher by other queries
//! that match them too: how feedback words rerank the articles a query found without finding
//! articles of their own.
//!
//! tantivy's `BooleanQuery` with the base as `Must` and the others as `Should` matches the same
//! articles, but merges the others into one union that it then walks through, window by window,
//! every article of every word: for twenty common feedback words that is most of the index.
//! Here each of the others jumps (through its skip list) straight to the next article of the
//! base, so the cost is the base's matches times the number of other queries.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED};

/// Matches what `base` matches; each of `extra` that matches an article too adds its score.
#[derive(Debug)]
pub struct Rerank {
    base: Box<dyn Query>,
    extra: Vec<Box<dyn Query>>,
}

impl Rerank {
    pub fn new(base: Box<dyn Query>, extra: Vec<Box<dyn Query>>) -> Rerank {
        Rerank { base, extra }
    }
}

impl Clone for Rerank {
    fn clone(&self) -> Rerank {
        Rerank {
            base: self.base.box_clone(),
            extra: self.extra.iter().map(|q| q.box_clone()).collect(),
        }
    }
}

impl Query for Rerank {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let base = self.base.weight(enable_scoring)?;
        let extra = if enable_scoring.is_scoring_enabled() {
            self.extra
                .iter()
                .map(|q| q.weight(enable_scoring))
                .collect::<tantivy::Result<_>>()?
        } else {
            Vec::new() // They change scores only.
        };
        Ok(Box::new(RerankWeight { base, extra }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a tantivy::Term, bool)) {
        self.base.query_terms(visitor);
        for q in &self.extra {
            q.query_terms(visitor);
        }
    }
}

struct RerankWeight {
    base: Box<dyn Weight>,
    extra: Vec<Box<dyn Weight>>,
}

impl Weight for RerankWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let base = self.base.scorer(reader, boost)?;
        let mut extra = Vec::with_capacity(self.extra.len());
        for weight in &self.extra {
            let scorer = weight.scorer(reader, boost)?;
            if scorer.doc() != TERMINATED {
                extra.push(scorer);
            }
        }
        Ok(Box::new(RerankScorer { base, extra }))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new("reranked", scorer.score()))
    }

    fn count(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        self.base.count(reader)
    }
}

struct RerankScorer {
    base: Box<dyn Scorer>,
    extra: Vec<Box<dyn Scorer>>,
}

impl DocSet for RerankScorer {
    fn advance(&mut self) -> DocId {
        self.base.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.base.seek(target)
    }

    fn doc(&self) -> DocId {
        self.base.doc()
    }

    fn size_hint(&self) -> u32 {
        self.base.size_hint()
    }
}

impl Scorer for RerankScorer {
    fn score(&mut self) -> Score {
        let doc = self.base.doc();
        let mut score = self.base.score();
        for scorer in &mut self.extra {
            if scorer.doc() < doc {
                scorer.seek(doc);
            }
            if scorer.doc() == doc {
                score += scorer.score();
            }
        }
        score
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{Index, IndexWriter, Term, doc};

    #[test]
    fn matches_the_base_only_and_scores_as_must_plus_should() {
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        for text in [
            "labour law",
            "labour market migration",
            "migration policy",
            "market prices",
            "labour",
            "market market labour",
        ] {
            writer.add_document(doc!(body => text)).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = |w: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(body, w),
                IndexRecordOption::WithFreqs,
            ))
        };
        let extra = || vec![term("market"), term("migration")];
        let rerank = Rerank::new(term("labour"), extra());
        let mut clauses = vec![(Occur::Must, term("labour"))];
        clauses.extend(extra().into_iter().map(|q| (Occur::Should, q)));
        let boolean = BooleanQuery::new(clauses);
        let top = |q: &dyn Query| {
            let (count, mut top) = searcher
                .search(q, &(Count, TopDocs::with_limit(10).order_by_score()))
                .unwrap();
            top.sort_by_key(|(_, a)| a.doc_id);
            (count, top)
        };
        let (count, ours) = top(&rerank);
        let (expected_count, theirs) = top(&boolean);
        assert_eq!(count, 4);
        assert_eq!(count, expected_count);
        let docs = |t: &[(f32, tantivy::DocAddress)]| -> Vec<u32> {
            t.iter().map(|(_, a)| a.doc_id).collect()
        };
        assert_eq!(docs(&ours), [0, 1, 4, 5]);
        assert_eq!(docs(&ours), docs(&theirs));
        for ((a, _), (b, _)) in ours.iter().zip(&theirs) {
            assert!((a - b).abs() < 1e-5, "{a} {b}");
        }
        assert!(ours[1].0 > ours[0].0, "a feedback word lifts an article");
    }
}
