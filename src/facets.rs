//! Facets and timelines: how many matching articles carry each person, organization,
//! convention, source, year or month, counted over every match (not only the page shown).
//!
//! A tantivy collector reads the fast columns of each segment, counts per value (per term
//! ordinal for text columns, so no string is built until the end) and merges the segments by
//! value. An article counts once per value, however often it mentions it.

use rustc_hash::FxHashMap as HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::extract::aliases;
use crate::schema::name;

/// What a facet counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum FacetKind {
    Person,
    Org,
    Convention,
    Source,
    Lang,
    Year,
    Month,
}

impl FacetKind {
    pub fn name(self) -> &'static str {
        match self {
            FacetKind::Person => "person",
            FacetKind::Org => "org",
            FacetKind::Convention => "convention",
            FacetKind::Source => "source",
            FacetKind::Lang => "lang",
            FacetKind::Year => "year",
            FacetKind::Month => "month",
        }
    }
}

/// The period of a timeline bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Interval {
    Year,
    Month,
}

/// The counts of one facet, most frequent first (ties by value), cut to the facet limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet {
    pub kind: FacetKind,
    /// Number of distinct values among the matches (before the limit).
    pub distinct: usize,
    pub counts: Vec<(String, u64)>,
}

/// One period of a timeline: `2024` or `2024-09`, and its number of matching articles.
pub type Bucket = (String, u64);

/// Counts facets and a timeline over every matching document.
pub struct FacetCollector {
    pub kinds: Vec<FacetKind>,
    pub histogram: Option<Interval>,
}

/// Per-value counts of every requested facet, and of the timeline's periods (`YYYY` or
/// `YYYYMM` as numbers).
#[derive(Debug, Default)]
pub struct Counts {
    facets: Vec<(FacetKind, HashMap<String, u64>)>,
    periods: HashMap<u64, u64>,
}

enum Source {
    /// A text column: counts per term ordinal.
    Text(Option<StrColumn>, Vec<u32>),
    /// A numeric column, with how a value becomes the counted key.
    Number(Option<Column<u64>>, fn(u64) -> u64, HashMap<u64, u64>),
}

pub struct SegmentCounts {
    sources: Vec<(FacetKind, Source)>,
    dates: Option<Column<u64>>,
    period_of: fn(u64) -> u64,
    periods: HashMap<u64, u64>,
    seen: Vec<u64>,
}

fn year_of(key: u64) -> u64 {
    key / 10_000
}

fn month_of(key: u64) -> u64 {
    key / 100
}

fn same(value: u64) -> u64 {
    value
}

impl Collector for FacetCollector {
    type Fruit = Counts;
    type Child = SegmentCounts;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCounts> {
        let fast = reader.fast_fields();
        let text = |field: &str| -> tantivy::Result<Source> {
            let column = fast.str(field)?;
            let terms = column.as_ref().map(|c| c.num_terms()).unwrap_or(0);
            Ok(Source::Text(column, vec![0; terms]))
        };
        let number = |field: &str, key: fn(u64) -> u64| {
            Source::Number(fast.u64(field).ok(), key, HashMap::default())
        };
        let mut sources = Vec::new();
        for &kind in &self.kinds {
            let source = match kind {
                FacetKind::Person => text(name::PERSON)?,
                FacetKind::Org => text(name::ORG)?,
                FacetKind::Source => text(name::SOURCE)?,
                FacetKind::Lang => text(name::LANG)?,
                FacetKind::Convention => number(name::CONVENTION, same),
                FacetKind::Year => number(name::DATE, year_of),
                FacetKind::Month => number(name::DATE, month_of),
            };
            sources.push((kind, source));
        }
        let period_of = match self.histogram {
            Some(Interval::Month) => month_of,
            _ => year_of,
        };
        let dates = match self.histogram {
            Some(_) => fast.u64(name::DATE).ok(),
            None => None,
        };
        Ok(SegmentCounts {
            sources,
            dates,
            period_of,
            periods: HashMap::default(),
            seen: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut merged = Counts {
            facets: self
                .kinds
                .iter()
                .map(|&k| (k, HashMap::default()))
                .collect(),
            periods: HashMap::default(),
        };
        for fruit in fruits {
            for ((_, into), (_, from)) in merged.facets.iter_mut().zip(fruit.facets) {
                for (value, count) in from {
                    *into.entry(value).or_default() += count;
                }
            }
            for (period, count) in fruit.periods {
                *merged.periods.entry(period).or_default() += count;
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _: Score) {
        for (_, source) in &mut self.sources {
            self.seen.clear();
            match source {
                Source::Text(Some(column), counts) => {
                    for ord in column.term_ords(doc) {
                        if !self.seen.contains(&ord) {
                            self.seen.push(ord);
                            counts[ord as usize] += 1;
                        }
                    }
                }
                Source::Number(Some(column), key, counts) => {
                    for value in column.values_for_doc(doc) {
                        let key = key(value);
                        if !self.seen.contains(&key) {
                            self.seen.push(key);
                            *counts.entry(key).or_default() += 1;
                        }
                    }
                }
                Source::Text(None, _) | Source::Number(None, _, _) => {}
            }
        }
        if let Some(date) = self.dates.as_ref().and_then(|c| c.first(doc)) {
            *self.periods.entry((self.period_of)(date)).or_default() += 1;
        }
    }

    fn harvest(self) -> Counts {
        let mut facets = Vec::with_capacity(self.sources.len());
        for (kind, source) in self.sources {
            let mut values = HashMap::default();
            match source {
                Source::Text(Some(column), counts) => {
                    // One pass over the dictionary for every counted ordinal (a lookup per
                    // ordinal would open and decompress a block each time).
                    let ords: Vec<u64> = (0..counts.len() as u64)
                        .filter(|&ord| counts[ord as usize] > 0)
                        .collect();
                    let mut next = ords.iter();
                    let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
                        if let Some(&ord) = next.next() {
                            values.insert(
                                String::from_utf8_lossy(bytes).into_owned(),
                                u64::from(counts[ord as usize]),
                            );
                        }
                    });
                }
                Source::Number(_, _, counts) => {
                    for (key, count) in counts {
                        values.insert(format_key(kind, key), count);
                    }
                }
                Source::Text(None, _) => {}
            }
            facets.push((kind, values));
        }
        Counts {
            facets,
            periods: self.periods,
        }
    }
}

fn format_key(kind: FacetKind, key: u64) -> String {
    match kind {
        FacetKind::Month => format!("{:04}-{:02}", key / 100, key % 100),
        _ => key.to_string(),
    }
}

impl Counts {
    /// The facets, each sorted by count (most first; ties by value) and cut to `limit`.
    pub fn facets(&self, limit: usize) -> Vec<Facet> {
        self.facets
            .iter()
            .map(|(kind, values)| {
                let mut counts: Vec<(String, u64)> =
                    values.iter().map(|(v, c)| (v.clone(), *c)).collect();
                // The same person or body, spelled differently in different articles, is one.
                match kind {
                    FacetKind::Person => counts = aliases::merge_people_counts(&counts),
                    FacetKind::Org => counts = aliases::merge_org_counts(&counts),
                    _ => {}
                }
                // (Convention numbers tie in numeric order: 81 before 190.)
                let numeric = *kind == FacetKind::Convention;
                let key = |v: &String| (if numeric { v.len() } else { 0 }, v.clone());
                counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| key(&a.0).cmp(&key(&b.0))));
                let distinct = counts.len();
                counts.truncate(limit);
                Facet {
                    kind: *kind,
                    distinct,
                    counts,
                }
            })
            .collect()
    }

    /// The timeline from the first to the last period with a match, empty periods included.
    pub fn histogram(&self, interval: Interval) -> Vec<Bucket> {
        let (Some(&first), Some(&last)) = (self.periods.keys().min(), self.periods.keys().max())
        else {
            return Vec::new();
        };
        let count = |p: u64| self.periods.get(&p).copied().unwrap_or(0);
        let mut out = Vec::new();
        match interval {
            Interval::Year => {
                for year in first..=last {
                    out.push((year.to_string(), count(year)));
                }
            }
            Interval::Month => {
                let (mut year, mut month) = (first / 100, first % 100);
                while year * 100 + month <= last {
                    out.push((format!("{year:04}-{month:02}"), count(year * 100 + month)));
                    month += 1;
                    if month > 12 {
                        month = 1;
                        year += 1;
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timelines_fill_empty_periods() {
        let counts = Counts {
            facets: Vec::new(),
            periods: HashMap::from_iter([(202311, 2), (202402, 1)]),
        };
        assert_eq!(
            counts.histogram(Interval::Month),
            [
                ("2023-11", 2),
                ("2023-12", 0),
                ("2024-01", 0),
                ("2024-02", 1)
            ]
            .map(|(p, c)| (p.to_string(), c))
        );
        let years = Counts {
            facets: Vec::new(),
            periods: HashMap::from_iter([(2018, 1), (2020, 3)]),
        };
        assert_eq!(
            years.histogram(Interval::Year),
            [("2018", 1), ("2019", 0), ("2020", 3)].map(|(p, c)| (p.to_string(), c))
        );
        assert!(Counts::default().histogram(Interval::Year).is_empty());
    }

    #[test]
    fn facets_sort_by_count_then_value_and_cut() {
        let counts = Counts {
            facets: vec![(
                FacetKind::Source,
                HashMap::from_iter([
                    ("b".to_string(), 2),
                    ("a".to_string(), 2),
                    ("c".to_string(), 5),
                ]),
            )],
            periods: HashMap::default(),
        };
        let facet = &counts.facets(2)[0];
        assert_eq!(facet.distinct, 3);
        assert_eq!(facet.counts, [("c".to_string(), 5), ("a".to_string(), 2)]);
        // Convention numbers tie in numeric order.
        let counts = Counts {
            facets: vec![(
                FacetKind::Convention,
                HashMap::from_iter(["190", "87", "81"].map(|n| (n.to_string(), 1))),
            )],
            periods: HashMap::default(),
        };
        let facets = counts.facets(3);
        let order: Vec<&str> = facets[0].counts.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(order, ["81", "87", "190"]);
    }
}
