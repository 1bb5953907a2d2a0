//! A quick "certainly not" before a hash lookup of a word: the first byte and the length (modulo
//! 32) of each word of a small set, as one bit in a 256-entry table. Most words of a text have
//! another shape than every word of a small set, and are ruled out without hashing them.

use rustc_hash::FxHashSet;

/// The shapes of a set of words.
#[derive(Clone)]
pub struct Shapes([u32; 256]);

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes([0; 256])
    }
}

impl Shapes {
    fn bit(word: &str) -> u32 {
        1 << (word.len() % 32)
    }

    pub fn insert(&mut self, word: &str) {
        if let Some(&first) = word.as_bytes().first() {
            self.0[usize::from(first)] |= Shapes::bit(word);
        }
    }

    /// False if no word of the set has this word's shape (so it is none of them); true if one
    /// may be it (or the word is empty).
    pub fn may_contain(&self, word: &str) -> bool {
        word.as_bytes()
            .first()
            .is_none_or(|&first| self.0[usize::from(first)] & Shapes::bit(word) != 0)
    }
}

impl<'a> FromIterator<&'a str> for Shapes {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> Shapes {
        let mut shapes = Shapes::default();
        for word in words {
            shapes.insert(word);
        }
        shapes
    }
}

/// A fixed set of words (extraction's word lists), asked about the words of texts one by one.
pub struct WordSet {
    shapes: Shapes,
    words: FxHashSet<&'static str>,
}

impl WordSet {
    pub fn contains(&self, word: &str) -> bool {
        self.shapes.may_contain(word) && self.words.contains(word)
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordSet {
        let words: FxHashSet<&'static str> = words.into_iter().collect();
        WordSet {
            shapes: words.iter().copied().collect(),
            words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_the_set_may_be_in_it() {
        let words = [
            "ministry",
            "of",
            "labor",
            "қазақстан",
            "x",
            "a-very-long-word-indeed-of-40-bytes",
        ];
        let shapes: Shapes = words.into_iter().collect();
        for word in words {
            assert!(shapes.may_contain(word), "{word}");
        }
        // Another first byte or another length: certainly not.
        assert!(!shapes.may_contain("said"));
        assert!(!shapes.may_contain("ministers"));
        assert!(!shapes.may_contain("y"));
        // The empty word is never ruled out.
        assert!(shapes.may_contain(""));
        assert!(Shapes::default().may_contain(""));
        assert!(!Shapes::default().may_contain("of"));
    }

    #[test]
    fn a_word_set_holds_its_words_only() {
        let set: WordSet = ["Ministry", "Council", "of", ""].into_iter().collect();
        for word in ["Ministry", "Council", "of", ""] {
            assert!(set.contains(word), "{word}");
        }
        for word in ["ministry", "Ministrx", "Counci", "on", "x"] {
            assert!(!set.contains(word), "{word}");
        }
    }
}
