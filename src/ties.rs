//! Equal scores, ordered: by date (newest first, undated last), then by id, so that output is
//! deterministic, for a page that ends inside a tie (ties inside a page are ordered by the
//! search from the stored articles it reads anyway). Both keys come from fast fields. Within a
//! segment the place of an id in the column's dictionary is its order, so an id's text is read
//! only to order equal scores and dates from different segments: reading one costs a
//! dictionary block's decompression, and tantivy's own sort by a string field reads every
//! candidate's, which made a third of the work of a query whose page ended in a tie.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

use anyhow::{Context, Result};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::schema::name;

/// The first `keep` of `hits` in the full order: score (highest first), date (newest first,
/// undated last), id. Ids are read only where they decide, among articles of equal score and
/// date from different segments that are not all past the cut: within a segment, the order of
/// the dictionary is the ids' order.
pub fn best(
    searcher: &Searcher,
    hits: Vec<(Score, DocAddress)>,
    keep: usize,
) -> Result<Vec<(Score, DocAddress)>> {
    let mut columns: Vec<Option<Columns>> = vec![None; searcher.segment_readers().len()];
    let mut keyed: Vec<(Key, DocAddress)> = Vec::with_capacity(hits.len());
    for (score, address) in hits {
        let segment = &mut columns[address.segment_ord as usize];
        if segment.is_none() {
            let reader = searcher.segment_reader(address.segment_ord);
            *segment = Some(Columns::of(reader).context("reading dates and ids")?);
        }
        let key = segment
            .as_ref()
            .expect("just read")
            .key(score, address.doc_id);
        keyed.push((key, address));
    }
    keyed.sort_by(|(a, _), (b, _)| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| b.date.cmp(&a.date))
    });
    // The runs of equal score and date that reach the cut, and which of them need ids' texts.
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    while start < keyed.len() && start < keep {
        let (first, _) = keyed[start];
        let end = start
            + keyed[start..]
                .iter()
                .take_while(|(key, _)| key.score == first.score && key.date == first.date)
                .count();
        runs.push(start..end);
        start = end;
    }
    keyed.truncate(start);
    // Does the run hold articles of more than one segment?
    let crosses: Vec<bool> = runs
        .iter()
        .map(|run| {
            let segment = keyed[run.start].1.segment_ord;
            keyed[run.clone()]
                .iter()
                .any(|(_, address)| address.segment_ord != segment)
        })
        .collect();
    let mut texts: Vec<String> = vec![String::new(); keyed.len()];
    let mut wanted: Vec<Vec<(u64, usize)>> = vec![Vec::new(); columns.len()];
    for (run, _) in runs.iter().zip(&crosses).filter(|(_, crosses)| **crosses) {
        for i in run.clone() {
            let (key, address) = keyed[i];
            if key.id != u64::MAX {
                wanted[address.segment_ord as usize].push((key.id, i));
            }
        }
    }
    // Each segment's ids read in one pass over its dictionary.
    for (segment, mut ords) in wanted.into_iter().enumerate() {
        if ords.is_empty() {
            continue;
        }
        ords.sort_unstable();
        let sorted: Vec<u64> = ords.iter().map(|&(ord, _)| ord).collect();
        let mut read: Vec<String> = Vec::with_capacity(sorted.len());
        columns[segment]
            .as_ref()
            .expect("read above")
            .ids
            .dictionary()
            .sorted_ords_to_term_cb(&sorted, |bytes| {
                read.push(String::from_utf8_lossy(bytes).into_owned())
            })
            .context("reading ids")?;
        for ((_, i), text) in ords.iter().zip(read) {
            texts[*i] = text;
        }
    }
    for (run, crosses) in runs.into_iter().zip(crosses) {
        if crosses {
            let mut members: Vec<(String, (Key, DocAddress))> = run
                .clone()
                .map(|i| (std::mem::take(&mut texts[i]), keyed[i]))
                .collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            for (slot, (_, hit)) in keyed[run].iter_mut().zip(members) {
                *slot = hit;
            }
        } else {
            keyed[run].sort_by_key(|(key, _)| key.id);
        }
    }
    keyed.truncate(keep);
    Ok(keyed
        .into_iter()
        .map(|(key, address)| (key.score, address))
        .collect())
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
    /// out of order within each segment ("f" before "e" on the same day in one).
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
                article("f", Some(7)),
                article("c", Some(5)),
                article("e", Some(7)),
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
        let expected = ["k", "e", "f", "a", "b", "c", "m", "z", "d", "x"];
        for limit in [1, 2, 3, 5, 8, 10, 20] {
            let candidates = searcher.search(&query, &Best(limit)).unwrap();
            let best = best(&searcher, candidates, limit).unwrap();
            assert_eq!(
                ids(&searcher, &best),
                expected[..limit.min(10)],
                "limit {limit}"
            );
        }
        // Ordering any set of hits gives the same order.
        let all = searcher
            .search(&query, &TopDocs::with_limit(10).order_by_score())
            .unwrap();
        assert_eq!(ids(&searcher, &best(&searcher, all, 10).unwrap()), expected);
    }
}
