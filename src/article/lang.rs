//! The language of an article: English, Russian or Kazakh, from the input when it says, otherwise
//! from the letters: Cyrillic text with Kazakh's own letters (ә ғ қ ң ө ұ ү һ і) is Kazakh,
//! other Cyrillic text Russian, anything else English.

use crate::analysis::{is_cyrillic, is_kazakh_letter};

/// Share of Cyrillic words with a Kazakh-only letter above which a text is Kazakh (about half
/// the words of Kazakh prose have one; Russian prose has them only in Kazakh names).
const KAZAKH_SHARE: f64 = 0.15;

/// Letters looked at: enough to decide, cheap on long articles.
const SAMPLE_CHARS: usize = 4000;

/// `en`, `ru` or `kk` for the text.
pub fn detect(text: &str) -> &'static str {
    detect_chars(text.chars())
}

/// [`detect`] over characters, so an article's title and body can be read without joining them.
pub fn detect_chars(text: impl Iterator<Item = char>) -> &'static str {
    let (mut latin, mut cyrillic, mut words, mut kazakh_words) = (0usize, 0usize, 0usize, 0usize);
    let mut in_word = false;
    let mut word_is_kazakh = false;
    for c in text.take(SAMPLE_CHARS).chain(std::iter::once(' ')) {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if is_cyrillic(c) {
            cyrillic += 1;
            in_word = true;
            word_is_kazakh |= is_kazakh_letter(c);
            continue;
        }
        if in_word {
            words += 1;
            kazakh_words += usize::from(word_is_kazakh);
        }
        in_word = false;
        word_is_kazakh = false;
    }
    if cyrillic <= latin {
        "en"
    } else if kazakh_words as f64 >= words as f64 * KAZAKH_SHARE {
        "kk"
    } else {
        "ru"
    }
}

/// A language code as inputs give it ("EN", "rus", "kaz", "kz", "Kazakh") in kzsearch's form.
pub fn normalize(given: &str) -> String {
    let lower = given.trim().to_lowercase();
    match lower.as_str() {
        "en" | "eng" | "english" => "en".into(),
        "ru" | "rus" | "russian" | "русский" => "ru".into(),
        "kk" | "kaz" | "kz" | "kazakh" | "қазақ" | "казахский" => "kk".into(),
        _ => lower.split(['-', '_']).next().unwrap_or("").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_their_letters() {
        assert_eq!(detect("The union met the minister."), "en");
        assert_eq!(detect("Профсоюзы встретились с министром труда."), "ru");
        assert_eq!(detect("Кәсіподақтар еңбек министрімен кездесті."), "kk");
        assert_eq!(
            detect("Президент Тоқаев заявил, что зарплаты вырастут в следующем году."),
            "ru"
        );
        assert_eq!(detect(""), "en");
    }

    #[test]
    fn given_codes_are_normalised() {
        assert_eq!(normalize("EN"), "en");
        assert_eq!(normalize("kaz"), "kk");
        assert_eq!(normalize("ru-RU"), "ru");
    }
}
