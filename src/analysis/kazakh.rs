//! A light Kazakh stemmer: strips inflectional suffixes (case, possession, plural, person) from
//! the end of a word, longest first, as long as a stem of at least three letters remains.
//! Kazakh is agglutinative and its suffixes follow vowel harmony, so each ending comes in
//! back/front and voiced/voiceless variants; derivational suffixes are left alone, so words
//! that differ in meaning stay apart. "кәсіподақтардың" (of the trade unions) → "кәсіподақ".

/// Inflectional endings, grouped by the slot they fill from the end of the word inwards:
/// case, then possession, then plural. Within a group, longer endings come first.
const CASE: &[&str] = &[
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің", // genitive
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не", // dative (also "а"/"е" after a possessive: too ambiguous alone)
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті", // accusative
    "нда",
    "нде",
    "да",
    "де",
    "та",
    "те", // locative
    "нан",
    "нен",
    "дан",
    "ден",
    "тан",
    "тен", // ablative
    "мен",
    "бен",
    "пен",
    "менен",
    "бенен",
    "пенен", // instrumental
];

const POSSESSION: &[&str] = &[
    "ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", // our, your (polite)
    "ым", "ім", "ың", "ің", // my, your
    "сын", "сін", // his, her, its, then the accusative "н" ("Конвенциясын")
    "сы",
    "сі", // his, her, its (after a vowel; "ы"/"і" alone would cut words ending in them)
];

const PLURAL: &[&str] = &["лар", "лер", "дар", "дер", "тар", "тер"];

/// The stem of a lower-case Kazakh word.
pub fn stem(word: &str) -> String {
    // Strip to a fixed point: a base word that happens to end like a suffix ("Қазақстан",
    // ablative "-тан") is then cut the same way in every inflected form ("Қазақстанның"), so
    // all forms of a word meet, at the price of some over-stemming.
    let mut stem = word.to_string();
    loop {
        let before = stem.len();
        for group in [CASE, POSSESSION, PLURAL] {
            if let Some(shorter) = strip(&stem, group) {
                stem = shorter;
            }
        }
        if stem.len() == before {
            return stem;
        }
    }
}

/// `word` without the longest ending of `group` it has, if a stem of at least three letters
/// remains (a shorter ending is not tried instead: the word just is that short).
fn strip(word: &str, group: &[&str]) -> Option<String> {
    let ending = group
        .iter()
        .filter(|ending| word.ends_with(*ending))
        .max_by_key(|ending| ending.chars().count())?;
    (word.chars().count() - ending.chars().count() >= 3)
        .then(|| word[..word.len() - ending.len()].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_forms_meet_at_one_stem() {
        for form in [
            "кәсіподақ",
            "кәсіподақтар",
            "кәсіподақтардың",
            "кәсіподаққа",
            "кәсіподақтың",
        ] {
            assert_eq!(stem(form), "кәсіподақ", "{form}");
        }
        assert_eq!(stem("министрлігі"), stem("министрлігінің"));
        assert_eq!(stem("жұмысшылар"), stem("жұмысшыға"));
        assert_eq!(
            stem("Қазақстан".to_lowercase().as_str()),
            stem("қазақстанның")
        );
        assert_eq!(stem("қазақстан"), stem("қазақстаннан"));
        assert_eq!(stem("палатасын"), stem("палата"));
    }

    #[test]
    fn short_words_keep_their_letters() {
        assert_eq!(stem("бар"), "бар");
        assert_eq!(stem("ана"), "ана");
        assert_eq!(stem("үйге"), "үйге");
    }
}
