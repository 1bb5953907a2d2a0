//! Equal keys, ordered by id, so that output is deterministic: equal scores on a page by
//! relevance (by date first), and pages by date. Every key comes from fast fields. Within a
//! segment the place of an id in the column's dictionary is its order, so an id's text is read
//! only to order equal keys from different segments: reading one costs a dictionary block's
//! decompression, and tantivy's own sort by a string field reads every candidate's, which made
//! a third of the work of a query whose page ended in a tie, and of a query by date.

use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;
use std::ops::Range;

use anyhow::{Context, Result};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::schema::name;

/// What hits are ordered by, before their ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Score (highest first), then date (newest first, undated last).
    Relevance,
    /// This date column's value (highest first, absent last), then score.
    Date(&'static str),
}

/// The first `keep` of `hits` in `order`, then by id. Ids are read only where they decide:
/// among articles of equal keys from different segments that are not all past the cut.
pub fn best(
    searcher: &Searcher,
    hits: Vec<(Score, DocAddress)>,
    keep: usize,
    order: Order,
) -> Result<Vec<(Score, DocAddress)>> {
    let mut columns: Vec<Option<Columns>> = vec![None; searcher.segment_readers().len()];
    let mut keyed: Vec<(Key, Score, DocAddress)> = Vec::with_capacity(hits.len());
    for (score, address) in hits {
        let segment = &mut columns[address.segment_ord as usize];
        if segment.is_none() {
            let reader = searcher.segment_reader(address.segment_ord);
            *segment = Some(Columns::of(reader, order).context("reading dates and ids")?);
        }
        let key = segment
            .as_ref()
            .expect("just read")
            .key(score, address.doc_id);
        keyed.push((key, score, address));
    }
    let same = |a: &Key, b: &Key| a.first == b.first && a.second == b.second;
    keyed.sort_by_key(|(key, ..)| Reverse((key.first, key.second)));
    // The runs of equal keys that reach the cut.
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    while start < keyed.len() && start < keep {
        let first = keyed[start].0;
        let end = start
            + keyed[start..]
                .iter()
                .take_while(|(key, ..)| same(key, &first))
                .count();
        runs.push(start..end);
        start = end;
    }
    keyed.truncate(start);
    // Which of them hold articles of more than one segment, and need their ids' texts.
    let crosses: Vec<bool> = runs
        .iter()
        .map(|run| {
            let segment = keyed[run.start].2.segment_ord;
            keyed[run.clone()]
                .iter()
                .any(|(.., address)| address.segment_ord != segment)
        })
        .collect();
    let mut texts: Vec<String> = vec![String::new(); keyed.len()];
    let mut wanted: Vec<Vec<(u64, usize)>> = vec![Vec::new(); columns.len()];
    for (run, _) in runs.iter().zip(&crosses).filter(|(_, crosses)| **crosses) {
        for i in run.clone() {
            let (key, _, address) = keyed[i];
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
            let mut members: Vec<(String, (Key, Score, DocAddress))> = run
                .clone()
                .map(|i| (std::mem::take(&mut texts[i]), keyed[i]))
                .collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            for (slot, (_, hit)) in keyed[run].iter_mut().zip(members) {
                *slot = hit;
            }
        } else {
            keyed[run].sort_by_key(|(key, ..)| key.id);
        }
    }
    keyed.truncate(keep);
    Ok(keyed
        .into_iter()
        .map(|(_, score, address)| (score, address))
        .collect())
}

/// Collects the candidates for the `limit` best hits of a query in an [`Order`], then by id:
/// each segment keeps its best by the order's keys and the id's place in the segment's
/// dictionary (the ids' own order there), so however many articles tie, only `limit` per
/// segment reach [`best`].
pub struct Best {
    pub limit: usize,
    pub order: Order,
}

pub struct BestInSegment {
    limit: usize,
    segment: SegmentOrdinal,
    columns: Columns,
    /// The best so far, the worst of them on top.
    heap: BinaryHeap<Reverse<Entry>>,
}

/// A hit kept by a segment, ordered by its key.
#[derive(Clone, Copy, Debug)]
struct Entry {
    key: Key,
    doc: DocId,
    score: Score,
}

impl Ord for Entry {
    fn cmp(&self, other: &Entry) -> Ordering {
        self.key
            .cmp(&other.key)
            .then_with(|| self.doc.cmp(&other.doc))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Entry) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Entry) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Entry {}

/// Where a hit stands within one segment: higher is better. `first` and `second` are the
/// order's keys (absent lowest); `id` is the id's place in the segment's dictionary, lower
/// better.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Key {
    first: Option<u64>,
    second: Option<u64>,
    id: u64,
}

impl Ord for Key {
    fn cmp(&self, other: &Key) -> Ordering {
        (self.first, self.second)
            .cmp(&(other.first, other.second))
            .then_with(|| other.id.cmp(&self.id))
    }
}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// A score as a number that orders as it does (`f32::total_cmp`), larger being higher.
fn ordered(score: Score) -> u64 {
    let bits = score.to_bits() as i32;
    let flipped = bits ^ ((((bits >> 31) as u32) >> 1) as i32);
    u64::from((flipped as u32) ^ 0x8000_0000)
}

/// A segment's date and id columns, and the order they serve.
#[derive(Clone)]
struct Columns {
    order: Order,
    dates: Column<u64>,
    ids: StrColumn,
}

impl Columns {
    fn of(reader: &SegmentReader, order: Order) -> Result<Columns> {
        let fast = reader.fast_fields();
        let dates = match order {
            Order::Relevance => name::DATE,
            Order::Date(field) => field,
        };
        Ok(Columns {
            order,
            dates: fast.u64(dates)?,
            ids: fast.str(name::ID)?.context("the index has no id column")?,
        })
    }

    fn first(&self, score: Score, doc: DocId) -> Option<u64> {
        match self.order {
            Order::Relevance => Some(ordered(score)),
            Order::Date(_) => self.dates.first(doc),
        }
    }

    fn second(&self, score: Score, doc: DocId) -> Option<u64> {
        match self.order {
            Order::Relevance => self.dates.first(doc),
            Order::Date(_) => Some(ordered(score)),
        }
    }

    fn key(&self, score: Score, doc: DocId) -> Key {
        Key {
            first: self.first(score, doc),
            second: self.second(score, doc),
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
        let columns = Columns::of(reader, self.order)
            .map_err(|e| tantivy::TantivyError::InternalError(format!("{e:#}")))?;
        Ok(BestInSegment {
            limit: self.limit,
            segment,
            columns,
            heap: BinaryHeap::with_capacity(self.limit + 1),
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
    /// The segment's best: ordered across segments by [`best`].
    type Fruit = Vec<(Score, DocAddress)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.limit == 0 {
            return;
        }
        let first = self.columns.first(score, doc);
        let second = match self.heap.peek() {
            // Most articles lose on the first key, or on the second: their ids are never read.
            Some(Reverse(worst)) if self.heap.len() == self.limit => {
                match first.cmp(&worst.key.first) {
                    Ordering::Less => return,
                    Ordering::Greater => self.columns.second(score, doc),
                    Ordering::Equal => {
                        let second = self.columns.second(score, doc);
                        if second < worst.key.second {
                            return;
                        }
                        second
                    }
                }
            }
            _ => self.columns.second(score, doc),
        };
        let key = Key {
            first,
            second,
            id: self.columns.id(doc),
        };
        self.heap.push(Reverse(Entry { key, doc, score }));
        if self.heap.len() > self.limit {
            self.heap.pop();
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.heap
            .into_iter()
            .map(|Reverse(entry)| (entry.score, DocAddress::new(self.segment, entry.doc)))
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
                fields.to_article(&doc).unwrap().id
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
            let order = Order::Relevance;
            let candidates = searcher.search(&query, &Best { limit, order }).unwrap();
            let best = best(&searcher, candidates, limit, order).unwrap();
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
        let all = best(&searcher, all, 10, Order::Relevance).unwrap();
        assert_eq!(ids(&searcher, &all), expected);
    }

    #[test]
    fn by_date_then_score_then_id() {
        let article = |id: &str, body: &str, day: Option<i64>| Article {
            id: id.to_string(),
            body: body.into(),
            date: day.and_then(|d| date::ymd(2024, 3, d)),
            ..Article::default()
        };
        let index = schema::index_in_ram(&[
            &[
                article("p", "wages", Some(2)),
                article("q", "wages wages wages", Some(2)),
                article("u", "wages", None),
            ],
            &[
                article("r", "wages", Some(2)),
                article("s", "wages", Some(8)),
                article("t", "wages wages wages", Some(1)),
            ],
        ]);
        let searcher = index.reader().unwrap().searcher();
        let fields = Fields::new(&index.schema()).unwrap();
        let query = QueryParser::for_index(&index, vec![fields.body])
            .parse_query("wages")
            .unwrap();
        let page = |field: &'static str, limit: usize| {
            let order = Order::Date(field);
            let candidates = searcher.search(&query, &Best { limit, order }).unwrap();
            ids(
                &searcher,
                &best(&searcher, candidates, limit, order).unwrap(),
            )
        };
        // Newest first; on the same day the higher score ("q"), then the first id; undated last.
        assert_eq!(page(name::DATE, 6), ["s", "q", "p", "r", "t", "u"]);
        assert_eq!(page(name::DATE, 3), ["s", "q", "p"]);
        // Oldest first (the column holds u64::MAX minus the date), undated still last.
        assert_eq!(page(name::DATE_ASC, 6), ["t", "q", "p", "r", "s", "u"]);
    }

    #[test]
    fn scores_keep_their_order_as_numbers() {
        let scores = [-3.5f32, -0.0, 0.0, 1e-6, 0.5, 2.0, 17.25, f32::MAX];
        for pair in scores.windows(2) {
            assert!(ordered(pair[0]) <= ordered(pair[1]), "{pair:?}");
        }
        assert!(ordered(0.5) < ordered(2.0));
    }
}
