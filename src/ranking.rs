//! Ranking knobs, in one place. The defaults are what measurement on the relevance test
//! collections chose (see docs/RANKING.md for every configuration tried); `kzsearch eval --set
//! KEY=VALUE` overrides them for an experiment, so a change can be measured before it is made.

use anyhow::{Result, bail};

#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Weight of a title match relative to a body match.
    pub title_boost: f32,
    /// Score single words with BM25F over title and body (our `k1` and `b`) rather than
    /// tantivy's BM25 per field, summed.
    pub bm25f: bool,
    /// BM25 term-frequency saturation.
    pub k1: f32,
    /// BM25+ lower bound: what any occurrence of a word adds, however long the article (0: plain
    /// BM25).
    pub delta: f32,
    /// BM25 length normalisation of the body …
    pub b: f32,
    /// … and of the title (BM25F).
    pub title_b: f32,
    /// Score of an article for naming a convention or body the query names (any spelling).
    pub entity_weight: f32,
    /// Score of an article for naming a person whose name a query word spells differently.
    pub name_weight: f32,
    /// When words are optional (any-word matching), leave out stop words ("the", "what")
    /// instead of letting them add noise.
    pub drop_stop_words: bool,
    /// A query of at least this many content words is a question in plain words: it is ranked
    /// by how much of it an article matches, without first demanding every word (0: never).
    pub long_query_words: usize,
    /// In any-word matching, a word that analysis splits ("two-dimensional") is searched as its
    /// parts, each worth a share of one word, rather than as a phrase.
    pub split_parts: bool,
    /// Sequential dependence in any-word matching: weight of each pair of adjacent content
    /// words found as written (0: off) …
    pub sdm_ordered: f32,
    /// … and found within `sdm_window` positions of each other in either order (0: off).
    pub sdm_unordered: f32,
    pub sdm_window: u32,
    /// When fewer articles than a page (`--limit`) have every word of a short query, they come
    /// first and the page is filled with articles that have some of the words (`--match auto`,
    /// relevance order).
    pub fill: bool,
    /// Extra score for two query words near each other in the body (0: off) …
    pub proximity_weight: f32,
    /// … within this many positions.
    pub proximity_slop: u32,
    /// Pseudo-relevance feedback for questions in plain words: the best `prf_docs` articles of
    /// a first ranking suggest `prf_terms` more words (0: off) …
    pub prf_docs: usize,
    pub prf_terms: usize,
    /// … which count this much relative to the query's own words, chosen by their weight in
    /// those articles times their idf to this power …
    pub prf_weight: f32,
    pub prf_idf: f32,
    /// … and are looked for in the title as well as the body (or the body only) …
    pub prf_title: bool,
    /// … and the query's own words take part too, reweighted by how much they weigh in those
    /// articles (RM3) …
    pub prf_own: bool,
    /// … for questions of at most this many content words (a longer question already says what
    /// it wants).
    pub prf_max_words: usize,
    /// … and rerank only the articles that have a word of the query: none is found by
    /// feedback words alone …
    pub prf_within: bool,
    /// … and also for short queries that no article matches in full (ranked by any word).
    pub prf_short: bool,
}

impl Default for Ranking {
    fn default() -> Ranking {
        Ranking {
            title_boost: 1.5,
            bm25f: true,
            k1: 2.0,
            delta: 0.0,
            b: 0.75,
            title_b: 0.75,
            entity_weight: 1.0,
            name_weight: 0.5,
            drop_stop_words: true,
            long_query_words: 5,
            split_parts: true,
            sdm_ordered: 0.0,
            sdm_unordered: 0.0,
            sdm_window: 8,
            fill: true,
            proximity_weight: 0.0,
            proximity_slop: 3,
            prf_docs: 5,
            prf_terms: 20,
            prf_weight: 0.5,
            prf_idf: 1.0,
            prf_title: true,
            prf_own: true,
            prf_max_words: usize::MAX,
            prf_within: true,
            prf_short: false,
        }
    }
}

impl Ranking {
    /// Sets one knob from `key=value` (for experiments).
    pub fn set(&mut self, assignment: &str) -> Result<()> {
        let Some((key, value)) = assignment.split_once('=') else {
            bail!("`{assignment}`: expected KEY=VALUE, e.g. title_boost=3");
        };
        let number = || -> Result<f32> {
            match value.trim().parse::<f32>() {
                Ok(n) if n.is_finite() => Ok(n),
                _ => bail!("`{assignment}`: `{value}` is not a finite number"),
            }
        };
        // Counts (of words, documents, positions): whole, and within what a query can use.
        let count = || -> Result<f32> {
            match number()? {
                n if n.fract() == 0.0 && (0.0..=1000.0).contains(&n) => Ok(n),
                _ => bail!("`{assignment}`: `{value}` is not a whole number from 0 to 1000"),
            }
        };
        match key.trim() {
            "title_boost" => self.title_boost = number()?,
            "bm25f" => self.bm25f = number()? != 0.0,
            "k1" => self.k1 = number()?,
            "delta" => self.delta = number()?,
            "b" => self.b = number()?,
            "title_b" => self.title_b = number()?,
            "entity_weight" => self.entity_weight = number()?,
            "name_weight" => self.name_weight = number()?,
            "drop_stop_words" => self.drop_stop_words = number()? != 0.0,
            "long_query_words" => self.long_query_words = count()? as usize,
            "split_parts" => self.split_parts = number()? != 0.0,
            "sdm_ordered" => self.sdm_ordered = number()?,
            "sdm_unordered" => self.sdm_unordered = number()?,
            "sdm_window" => self.sdm_window = count()? as u32,
            "fill" => self.fill = number()? != 0.0,
            "proximity_weight" => self.proximity_weight = number()?,
            "proximity_slop" => self.proximity_slop = count()? as u32,
            "prf_docs" => self.prf_docs = count()? as usize,
            "prf_terms" => self.prf_terms = count()? as usize,
            "prf_weight" => self.prf_weight = number()?,
            "prf_idf" => self.prf_idf = number()?,
            "prf_title" => self.prf_title = number()? != 0.0,
            "prf_own" => self.prf_own = number()? != 0.0,
            "prf_max_words" => self.prf_max_words = count()? as usize,
            "prf_within" => self.prf_within = number()? != 0.0,
            "prf_short" => self.prf_short = number()? != 0.0,
            other => bail!(
                "unknown ranking knob `{other}`: title_boost, bm25f, k1, delta, b, title_b, entity_weight, name_weight, drop_stop_words, long_query_words, split_parts, sdm_ordered, sdm_unordered, sdm_window, fill, proximity_weight, proximity_slop, prf_docs, prf_terms, prf_weight, prf_idf, prf_title, prf_own, prf_max_words, prf_within, prf_short"
            ),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knobs_are_set_by_name() {
        let mut r = Ranking::default();
        r.set("title_boost=3.5").unwrap();
        r.set("prf_docs=10").unwrap();
        assert_eq!((r.title_boost, r.prf_docs), (3.5, 10));
        assert!(
            r.set("nonsense=1")
                .unwrap_err()
                .to_string()
                .contains("unknown ranking knob")
        );
        assert!(r.set("title_boost").is_err());
        assert!(r.set("title_boost=x").is_err());
    }
}
