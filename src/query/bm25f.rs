//! BM25F for one word over several fields (title and body): the word's frequency in each field,
//! normalised by that field's length and weighted, is added up before BM25's saturation, so a
//! word in both title and body counts once, strongly, rather than twice. `k1` and `b` are ours to
//! choose (tantivy's own BM25 fixes them at 1.2 and 0.75).

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

use crate::ranking::Ranking;
use crate::schema::Fields;

/// One analysed word, searched in `fields` with their weights.
#[derive(Clone, Debug)]
pub struct Bm25fTerm {
    pub text: String,
    pub fields: Vec<FieldWeight>,
    pub k1: f32,
    /// BM25+'s lower bound on a matching word's saturated frequency.
    pub delta: f32,
}

/// A field of a [`Bm25fTerm`]: how much a match in it weighs, and its length normalisation.
#[derive(Clone, Copy, Debug)]
pub struct FieldWeight {
    pub field: Field,
    pub weight: f32,
    pub b: f32,
}

impl Bm25fTerm {
    /// `text` in the body and, with `title`, in the title, weighted as `ranking` says.
    pub fn new(text: String, fields: &Fields, ranking: &Ranking, title: bool) -> Bm25fTerm {
        let mut weights = vec![FieldWeight {
            field: fields.body,
            weight: 1.0,
            b: ranking.b,
        }];
        if title {
            weights.push(FieldWeight {
                field: fields.title,
                weight: ranking.title_boost,
                b: ranking.title_b,
            });
        }
        Bm25fTerm {
            text,
            fields: weights,
            k1: ranking.k1,
            delta: ranking.delta,
        }
    }

    fn terms(&self) -> Vec<Term> {
        self.fields
            .iter()
            .map(|f| Term::from_field_text(f.field, &self.text))
            .collect()
    }
}

impl Query for Bm25fTerm {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let terms = self.terms();
        let mut stats = Stats {
            idf: 0.0,
            average_lengths: vec![1.0; terms.len()],
        };
        if let EnableScoring::Enabled {
            statistics_provider,
            ..
        } = enable_scoring
        {
            let docs = statistics_provider.total_num_docs()?.max(1) as f32;
            let mut df = 0u64;
            for (i, term) in terms.iter().enumerate() {
                df = df.max(statistics_provider.doc_freq(term)?);
                let tokens = statistics_provider.total_num_tokens(term.field())? as f32;
                stats.average_lengths[i] = (tokens / docs).max(1.0);
            }
            let df = df as f32;
            stats.idf = (1.0 + (docs - df + 0.5) / (df + 0.5)).ln();
        }
        Ok(Box::new(Bm25fWeight {
            query: self.clone(),
            terms,
            stats,
        }))
    }

    fn query_terms<'a>(&'a self, _visitor: &mut dyn FnMut(&'a Term, bool)) {}
}

struct Stats {
    idf: f32,
    average_lengths: Vec<f32>,
}

struct Bm25fWeight {
    query: Bm25fTerm,
    terms: Vec<Term>,
    stats: Stats,
}

impl Weight for Bm25fWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut parts = Vec::with_capacity(self.terms.len());
        for (i, term) in self.terms.iter().enumerate() {
            let inverted = reader.inverted_index(term.field())?;
            if let Some(postings) = inverted.read_postings(term, IndexRecordOption::WithFreqs)? {
                parts.push(Part {
                    postings,
                    norms: reader.get_fieldnorms_reader(term.field())?,
                    weight: self.query.fields[i].weight,
                    b: self.query.fields[i].b,
                    average_length: self.stats.average_lengths[i],
                });
            }
        }
        let mut scorer = Bm25fScorer {
            parts,
            doc: TERMINATED,
            idf: self.stats.idf * boost,
            k1: self.query.k1,
            delta: self.query.delta,
        };
        scorer.doc = scorer.smallest();
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new("BM25F", scorer.score()))
    }
}

struct Part {
    postings: SegmentPostings,
    norms: FieldNormReader,
    weight: f32,
    b: f32,
    average_length: f32,
}

struct Bm25fScorer {
    parts: Vec<Part>,
    doc: DocId,
    idf: f32,
    k1: f32,
    delta: f32,
}

impl Bm25fScorer {
    fn smallest(&self) -> DocId {
        self.parts
            .iter()
            .map(|p| p.postings.doc())
            .min()
            .unwrap_or(TERMINATED)
    }
}

impl DocSet for Bm25fScorer {
    fn advance(&mut self) -> DocId {
        for part in &mut self.parts {
            if part.postings.doc() == self.doc {
                part.postings.advance();
            }
        }
        self.doc = self.smallest();
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        for part in &mut self.parts {
            if part.postings.doc() < target {
                part.postings.seek(target);
            }
        }
        self.doc = self.smallest();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.parts
            .iter()
            .map(|p| p.postings.size_hint())
            .max()
            .unwrap_or(0)
    }
}

impl Scorer for Bm25fScorer {
    fn score(&mut self) -> Score {
        let mut tf = 0.0;
        for part in &self.parts {
            if part.postings.doc() == self.doc {
                let length = part.norms.fieldnorm(self.doc) as f32;
                let norm = 1.0 - part.b + part.b * length / part.average_length;
                tf += part.weight * part.postings.term_freq() as f32 / norm;
            }
        }
        self.idf * (tf * (self.k1 + 1.0) / (tf + self.k1) + self.delta)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{Index, IndexWriter, doc};

    #[test]
    fn a_word_in_title_and_body_outranks_either_alone_and_lengths_matter() {
        let mut builder = Schema::builder();
        let title = builder.add_text_field("title", TEXT);
        let body = builder.add_text_field("body", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        writer
            .add_document(doc!(title => "wages", body => "wages rose"))
            .unwrap(); // 0
        writer
            .add_document(doc!(title => "other", body => "wages rose"))
            .unwrap(); // 1
        writer.add_document(doc!(title => "other", body => "wages rose in many regions of the country this year")).unwrap(); // 2
        writer
            .add_document(doc!(title => "other", body => "nothing here"))
            .unwrap(); // 3
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let query = Bm25fTerm {
            text: "wages".into(),
            fields: vec![
                FieldWeight {
                    field: title,
                    weight: 2.0,
                    b: 0.75,
                },
                FieldWeight {
                    field: body,
                    weight: 1.0,
                    b: 0.75,
                },
            ],
            k1: 1.2,
            delta: 0.0,
        };
        let top = searcher
            .search(&query, &TopDocs::with_limit(10).order_by_score())
            .unwrap();
        let docs: Vec<u32> = top.iter().map(|(_, a)| a.doc_id).collect();
        assert_eq!(docs, [0, 1, 2]);
        assert!(top[0].0 > top[1].0 && top[1].0 > top[2].0);
    }

    #[test]
    fn delta_adds_a_floor_for_every_matching_article() {
        let mut builder = Schema::builder();
        let body = builder.add_text_field("body", TEXT);
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        writer.add_document(doc!(body => "wages rose")).unwrap();
        writer
            .add_document(doc!(body => "wages rose in many regions of the country this year"))
            .unwrap();
        writer.add_document(doc!(body => "nothing here")).unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let scores = |delta: f32| {
            let query = Bm25fTerm {
                text: "wages".into(),
                fields: vec![FieldWeight {
                    field: body,
                    weight: 1.0,
                    b: 0.75,
                }],
                k1: 1.2,
                delta,
            };
            let mut top = searcher
                .search(&query, &TopDocs::with_limit(10).order_by_score())
                .unwrap();
            top.sort_by_key(|(_, a)| a.doc_id);
            top.into_iter().map(|(s, _)| s).collect::<Vec<f32>>()
        };
        let (plain, plus) = (scores(0.0), scores(1.0));
        assert_eq!(plain.len(), 2);
        // idf of a word in 2 of 3 articles, added once to each match.
        let idf = (1.0f32 + (3.0 - 2.0 + 0.5) / (2.0 + 0.5)).ln();
        for (p, q) in plain.iter().zip(&plus) {
            assert!((q - p - idf).abs() < 1e-5, "{p} {q}");
        }
    }
}
