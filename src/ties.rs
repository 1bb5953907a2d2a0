//! Equal scores, ordered: by date (newest first, undated last), then by id, so that output is
//! deterministic, for a page that ends inside a tie (ties inside a page are ordered by the
//! search from the stored articles it reads anyway). Both keys come from fast fields, the ids
//! from their column's dictionary, read once per segment for all the articles concerned:
//! tantivy's own sort by a string field looks each id up on its own, decompressing a dictionary
//! block per article, a tenth of the work of such a query.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use anyhow::{Context, Result};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::schema::name;

/// Sorts `hits` by score (highest first), then date (newest first, undated last), then id.
pub fn sort(searcher: &Searcher, hits: &mut [(Score, DocAddress)]) -> Result<()> {
    hits.sort_by(|a, b| b.0.total_cmp(&a.0));
    if !hits.windows(2).any(|w| w[0].0 == w[1].0) {
        return Ok(());
    }
    let mut by_segment: Vec<Vec<usize>> = vec![Vec::new(); searcher.segment_readers().len()];
    for (i, (_, address)) in hits.iter().enumerate() {
        by_segment[address.segment_ord as usize].push(i);
    }
    let mut keyed: Vec<Keyed> = Vec::with_capacity(hits.len());
    for (segment, positions) in by_segment.into_iter().enumerate() {
        if positions.is_empty() {
            continue;
        }
        let reader = searcher.segment_reader(segment as SegmentOrdinal);
        let columns = Columns::of(reader).context("reading dates and ids")?;
        let ranked: Vec<(Key, DocId)> = positions
            .iter()
            .map(|&i| (columns.key(hits[i].0, hits[i].1.doc_id), hits[i].1.doc_id))
            .collect();
        keyed.extend(columns.with_ids(segment as SegmentOrdinal, ranked)?);
    }
    keyed.sort_by(Keyed::order);
    for (slot, hit) in hits.iter_mut().zip(keyed) {
        *slot = (hit.score, hit.address);
    }
    Ok(())
}

/// The `limit` best hits of a query in the full order (score, date, id), for a page that ends
/// inside a tie. Each segment keeps its best by score, date and the id's place in the segment's
/// dictionary (the ids' own order there), so however many articles tie, only `limit` per
/// segment have their ids read.
pub struct Best(pub usize);

pub struct BestInSegment {
    limit: usize,
    segment: SegmentOrdinal,
    columns: Columns,
    /// The best so far, the worst of them on top.
    heap: BinaryHeap<Reverse<(Key, DocId)>>,
}

/// Where a hit stands within one segment: higher is better.
#[derive(Clone, Copy, Debug)]
struct Key {
    score: Score,
    date: Option<u64>,
    /// The id's ordinal in the segment's dictionary.
    id: u64,
}

impl Ord for Key {
    fn cmp(&self, other: &Key) -> Ordering {
        self.score
            .total_cmp(&other.score)
            .then_with(|| self.date.cmp(&other.date))
            .then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Key {}

/// A hit with its keys, comparable across segments.
struct Keyed {
    score: Score,
    date: Option<u64>,
    id: String,
    address: DocAddress,
}

impl Keyed {
    /// Best first.
    fn order(a: &Keyed, b: &Keyed) -> Ordering {
        b.score
            .total_cmp(&a.score)
            .then_with(|| b.date.cmp(&a.date))
            .then_with(|| a.id.cmp(&b.id))
    }
}

/// A segment's date and id columns.
#[derive(Clone)]
struct Columns {
    dates: Column<u64>,
    ids: StrColumn,
}

impl Columns {
    fn of(reader: &SegmentReader) -> Result<Columns> {
        let fast = reader.fast_fields();
        Ok(Columns {
            dates: fast.u64(name::DATE)?,
            ids: fast.str(name::ID)?.context("the index has no id column")?,
        })
    }

    fn key(&self, score: Score, doc: DocId) -> Key {
        Key {
            score,
            date: self.dates.first(doc),
            id: self.id(doc),
        }
    }

    /// The place of the article's id in the segment's dictionary (`u64::MAX` if it has none).
    fn id(&self, doc: DocId) -> u64 {
        self.ids.term_ords(doc).next().unwrap_or(u64::MAX)
    }

    /// The hits of segment `segment` with their ids, read in one pass over the dictionary.
    fn with_ids(&self, segment: SegmentOrdinal, mut hits: Vec<(Key, DocId)>) -> Result<Vec<Keyed>> {
        hits.sort_unstable_by_key(|(key, _)| key.id);
        let ords: Vec<u64> = hits
            .iter()
            .map(|(key, _)| key.id)
            .filter(|&id| id != u64::MAX)
            .collect();
        let mut ids: Vec<String> = Vec::with_capacity(ords.len());
        self.ids
            .dictionary()
            .sorted_ords_to_term_cb(&ords, |bytes| {
                ids.push(String::from_utf8_lossy(bytes).into_owned())
            })
            .context("reading ids")?;
        let mut ids = ids.into_iter();
        Ok(hits
            .into_iter()
            .map(|(key, doc)| Keyed {
                score: key.score,
                date: key.date,
                id: if key.id == u64::MAX {
                    String::new()
                } else {
                    ids.next().unwrap_or_default()
                },
                address: DocAddress::new(segment, doc),
            })
            .collect())
    }
}

impl Collector for Best {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = BestInSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<BestInSegment> {
        let columns = Columns::of(reader)
            .map_err(|e| tantivy::TantivyError::InternalError(format!("{e:#}")))?;
        Ok(BestInSegment {
            limit: self.0,
            segment,
            columns,
            heap: BinaryHeap::with_capacity(self.0 + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(Score, DocAddress)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for BestInSegment {
    /// The segment's best, with their keys read: merged across segments by the caller.
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.limit == 0 {
            return;
        }
        let date = if self.heap.len() == self.limit {
            let Some(Reverse((worst, _))) = self.heap.peek() else {
                return;
            };
            // Most articles lose on score, or on date: their ids are never looked at.
            match score.total_cmp(&worst.score) {
                Ordering::Less => return,
                Ordering::Greater => self.columns.dates.first(doc),
                Ordering::Equal => {
                    let date = self.columns.dates.first(doc);
                    if date < worst.date {
                        return;
                    }
                    date
                }
            }
        } else {
            self.columns.dates.first(doc)
        };
        let key = Key {
            score,
            date,
            id: self.columns.id(doc),
        };
        self.heap.push(Reverse((key, doc)));
        if self.heap.len() > self.limit {
            self.heap.pop();
        }
    }

    fn harvest(self) -> Self::Fruit {
        let hits: Vec<(Key, DocId)> = self.heap.into_iter().map(|Reverse(hit)| hit).collect();
        hits.into_iter()
            .map(|(key, doc)| (key.score, DocAddress::new(self.segment, doc)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, date};
    use crate::schema::{self, Fields};
    use tantivy::collector::TopDocs;
    use tantivy::query::QueryParser;
    use tantivy::{Index, TantivyDocument};

    /// Articles with the same text in three segments, on the same day or not, or undated; ids
    /// out of order within each segment.
    fn index() -> Index {
        let article = |id: &str, day: Option<i64>| Article {
            id: id.to_string(),
            body: "wages rose".into(),
            date: day.and_then(|d| date::ymd(2024, 3, d)),
            ..Article::default()
        };
        schema::index_in_ram(&[
            &[
                article("m", Some(5)),
                article("b", Some(5)),
                article("x", None),
            ],
            &[
                article("a", Some(5)),
                article("k", Some(9)),
                article("c", Some(5)),
            ],
            &[article("z", Some(5)), article("d", None)],
        ])
    }

    fn ids(searcher: &Searcher, hits: &[(Score, DocAddress)]) -> Vec<String> {
        let fields = Fields::new(searcher.schema()).unwrap();
        hits.iter()
            .map(|&(_, address)| {
                let doc: TantivyDocument = searcher.doc(address).unwrap();
                fields.to_article(&doc).id
            })
            .collect()
    }

    #[test]
    fn ties_go_to_the_newest_then_the_first_id_across_segments() {
        let index = index();
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() >= 3);
        let fields = Fields::new(&index.schema()).unwrap();
        let query = QueryParser::for_index(&index, vec![fields.body])
            .parse_query("wages")
            .unwrap();
        let expected = ["k", "a", "b", "c", "m", "z", "d", "x"];
        for limit in [1, 2, 3, 5, 8, 20] {
            let mut best = searcher.search(&query, &Best(limit)).unwrap();
            sort(&searcher, &mut best).unwrap();
            best.truncate(limit);
            assert_eq!(
                ids(&searcher, &best),
                expected[..limit.min(8)],
                "limit {limit}"
            );
        }
        // Sorting any set of hits gives the same order.
        let mut all = searcher
            .search(&query, &TopDocs::with_limit(8).order_by_score())
            .unwrap();
        sort(&searcher, &mut all).unwrap();
        assert_eq!(ids(&searcher, &all), expected);
    }
}
