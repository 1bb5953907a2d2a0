//! A Russian personal name in the nominative, from the case a sentence put it in: a story may
//! name someone only as "по словам Марата Ахметова" or "встретился с Бауыржаном Абдиевым", and
//! a list of people should read "Бауыржан Абдиев".
//!
//! Only names whose family name declines as Russian ones do (-ов, -ев, -ин, -ын, -ский) are
//! changed, and only when the case is certain: from an ending only a man's or only a woman's
//! name has in that case ("Абдиевым", "Гордеевой"), or from a gender another mention of the
//! same person shows ("Рыспеков" beside "Дастана Рыспекова"). "Марата Ахметова" alone stays as
//! written: it could as well be a woman named in the nominative.

/// Which case an oblique family name is in, as far as the given name's ending goes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Case {
    /// Genitive or accusative of a man's name ("Ахметова"), genitive of a woman's.
    Genitive,
    Dative,
    Instrumental,
    Prepositional,
    /// A woman's name in the genitive, dative, instrumental or prepositional ("Гордеевой").
    FeminineOblique,
    /// A woman's name in the accusative ("Гордееву").
    FeminineAccusative,
}

/// Endings of a man's family name by case (stem endings -ов, -ев, -ёв, -ин, -ын): what to cut.
const MASCULINE_STEMS: &[&str] = &["ов", "ев", "ёв", "ин", "ын"];

/// The family name in the nominative and its case, for a man's (`feminine == Some(false)`) or a
/// woman's name, when its ending says which case it is in.
fn family_nominative(family: &str, feminine: Option<bool>) -> Option<(String, Case)> {
    let lower = family.to_lowercase();
    let stem_before = |ending: &str| {
        lower
            .strip_suffix(ending)
            .is_some_and(|s| MASCULINE_STEMS.iter().any(|m| s.ends_with(m)))
    };
    let cut = |n: usize| {
        family
            .chars()
            .take(family.chars().count() - n)
            .collect::<String>()
    };
    // Only a man's name ends so, in the instrumental or prepositional.
    if stem_before("ым") {
        return Some((cut(2), Case::Instrumental));
    }
    for (ending, adjective) in [("ского", "ский"), ("скому", "ский"), ("ским", "ский")]
    {
        if lower.ends_with(ending) && feminine != Some(true) {
            let case = match ending {
                "ского" => Case::Genitive,
                "скому" => Case::Dative,
                _ => Case::Instrumental,
            };
            return Some((cut(ending.chars().count()) + adjective, case));
        }
    }
    // Only a woman's: "-овой", "-ской".
    if stem_before("ой") || stem_before("ою") {
        return Some((cut(2) + "а", Case::FeminineOblique));
    }
    if lower.ends_with("ской") || lower.ends_with("цкой") {
        return Some((cut(2) + "ая", Case::FeminineOblique));
    }
    match feminine {
        Some(false) => {
            if stem_before("е") {
                Some((cut(1), Case::Prepositional))
            } else if stem_before("у") {
                Some((cut(1), Case::Dative))
            } else if stem_before("а") {
                Some((cut(1), Case::Genitive))
            } else {
                None
            }
        }
        Some(true) if stem_before("у") => Some((cut(1) + "а", Case::FeminineAccusative)),
        _ => None,
    }
}

/// A given name or patronymic in the nominative, from the `case` its family name is in; `None`
/// when its ending does not fit that case (a name that does not decline, "Айгерим").
fn given_nominative(word: &str, case: Case) -> Option<String> {
    let lower = word.to_lowercase();
    let chars: Vec<char> = word.chars().collect();
    let cut = |n: usize| chars[..chars.len() - n].iter().collect::<String>();
    let vowel_before = |n: usize| {
        chars.len() > n && "аеёиоуыэюя".contains(chars[chars.len() - n - 1].to_ascii_lowercase())
    };
    let ends = |e: &str| lower.ends_with(e) && chars.len() > e.chars().count() + 1;
    // Patronymics: "Сериковича" → "Серикович", "Сериковны" → "Сериковна".
    for (ending, nominative) in [
        ("ичем", "ич"),
        ("ича", "ич"),
        ("ичу", "ич"),
        ("иче", "ич"),
        ("овной", "овна"),
        ("евной", "евна"),
        ("овны", "овна"),
        ("евны", "евна"),
        ("овне", "овна"),
        ("евне", "евна"),
        ("овну", "овна"),
        ("евну", "евна"),
    ] {
        if ends(ending) {
            return Some(cut(ending.chars().count()) + nominative);
        }
    }
    let nominative = match case {
        Case::Instrumental if ends("ом") => Some(cut(2)),
        // Men's names in -а, -я: "Никитой" → "Никита", "Ильёй" → "Илья".
        Case::Instrumental if ends("ой") => Some(cut(2) + "а"),
        Case::Instrumental if ends("ёй") => Some(cut(2) + "я"),
        Case::Genitive if ends("ьи") => Some(cut(2) + "ья"),
        Case::Genitive if ends("ы") => Some(cut(1) + "а"),
        Case::Instrumental if ends("ем") => {
            Some(cut(2) + if vowel_before(2) { "й" } else { "ь" })
        }
        Case::Genitive if ends("я") => Some(cut(1) + if vowel_before(1) { "й" } else { "ь" }),
        Case::Genitive if ends("а") => Some(cut(1)),
        Case::Dative if ends("ю") => Some(cut(1) + if vowel_before(1) { "й" } else { "ь" }),
        Case::Dative if ends("у") => Some(cut(1)),
        // "Николае" → "Николай", "Анатолии" → "Анатолий".
        Case::Prepositional if ends("ае") || ends("ее") || ends("ое") => Some(cut(1) + "й"),
        Case::Prepositional if ends("ии") => Some(cut(1) + "й"),
        Case::Prepositional if ends("е") => Some(cut(1)),
        Case::FeminineOblique => 'feminine: {
            for (ending, nominative) in [
                ("ьи", "ья"),
                ("ии", "ия"),
                ("ьей", "ья"),
                ("ией", "ия"),
                ("ье", "ья"),
                ("ие", "ия"),
                ("ой", "а"),
                ("ы", "а"),
                ("е", "а"),
            ] {
                if ends(ending) {
                    break 'feminine Some(cut(ending.chars().count()) + nominative);
                }
            }
            // "Любови" → "Любовь"; "Ольги" → "Ольга" after г, к, х, ж, ш, ч, щ; otherwise
            // "-и" is of "-я".
            if lower.ends_with("любови") {
                break 'feminine Some(cut(1) + "ь");
            }
            if ends("и") {
                let before = chars[chars.len() - 2].to_lowercase().next().unwrap_or(' ');
                break 'feminine Some(
                    cut(1)
                        + if "гкхжшчщ".contains(before) {
                            "а"
                        } else {
                            "я"
                        },
                );
            }
            None
        }
        Case::FeminineAccusative if ends("ю") => Some(cut(1) + "я"),
        Case::FeminineAccusative if ends("у") => Some(cut(1) + "а"),
        _ => None,
    }?;
    // Fleeting vowels: "Павла" → "Павел", "Льва" → "Лев".
    Some(match nominative.as_str() {
        "Павл" => "Павел".to_string(),
        "Льв" => "Лев".to_string(),
        _ => nominative,
    })
}

/// Kazakh case endings, which a name takes on its last word ("Тоқаевтың", "Жақыпованың",
/// "Бекмұратовқа"), longest first.
const KAZAKH_CASES: &[&str] = &[
    "ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен",
    "бен", "пен", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да",
    "де", "та", "те",
];

/// Endings of a family name or patronym before a Kazakh case ending.
const KAZAKH_FAMILY_ENDS: &[&str] = &[
    "ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына", "ұлы", "қызы", "улы", "кызы",
];

/// A family name without the Kazakh case ending a sentence gave it ("Тоқаевтың" → "Тоқаев").
fn kazakh_family(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    // ("Ивановна", "Ахметовне": a patronymic, which ends so without a case.)
    if ["вна", "вне", "вны", "вной", "вну"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return None;
    }
    // An ending that Russian words have too ("-та", "-на", "-ны") is Kazakh only in a name with
    // Kazakh letters ("Флинта" is a Russian genitive; "Роза Рымбаеваны" stays as written).
    let kazakh = |text: &str| text.chars().any(crate::analysis::is_kazakh_letter);
    KAZAKH_CASES.iter().find_map(|ending| {
        let stem = lower.strip_suffix(ending)?;
        if !kazakh(ending) && !matches!(*ending, "мен" | "бен" | "пен") && !kazakh(stem) {
            return None;
        }
        (stem.chars().count() >= 4 && KAZAKH_FAMILY_ENDS.iter().any(|e| stem.ends_with(e)))
            .then(|| word.chars().take(stem.chars().count()).collect())
    })
}

/// `name` ("Бауыржаном Абдиевым", "Қасым-Жомарт Тоқаевтың") in the nominative ("Бауыржан
/// Абдиев", "Қасым-Жомарт Тоқаев"), or `None` when it is not a declined name in a certain
/// oblique case. `feminine` is the gender the person's other mentions show, if any.
pub fn nominative(name: &str, feminine: Option<bool>) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().any(crate::analysis::is_cyrillic))
        && let Some((family, given)) = words.split_last()
        && let Some(family) = kazakh_family(family)
    {
        return Some(
            given
                .iter()
                .copied()
                .chain([family.as_str()])
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    if !(2..=3).contains(&words.len())
        || !words.iter().all(|w| {
            w.chars()
                .all(|c| crate::analysis::is_cyrillic(c) || c == '-')
        })
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let (family, given) = words.split_last()?;
    // A patronymic says whose name it is: "Беркинбаевича" a man's, "Маратовны" a woman's.
    let feminine = feminine.or_else(|| {
        let patronymic = given.get(1)?.to_lowercase();
        if ["ича", "ичу", "ичем", "иче", "ович", "евич"]
            .iter()
            .any(|e| patronymic.ends_with(e))
        {
            Some(false)
        } else if ["вны", "вне", "вной", "вну", "вна"]
            .iter()
            .any(|e| patronymic.ends_with(e))
        {
            Some(true)
        } else {
            None
        }
    });
    let (family, case) = family_nominative(family, feminine)?;
    // A family name of an adjective's shape ("Невского", "Калькуттской") is often a place's
    // adjective after a noun ("Лаборатории Касперского", "Кенеша Кыргызской"): its given name
    // must fit the case too.
    let adjective = family.ends_with("ий") || family.ends_with("ая");
    let mut out = Vec::with_capacity(words.len());
    // "Андрей Лозовой", "Лев Толстой": a man's given name in the nominative before a family
    // name in "-ой", which is then a man's nominative too.
    let masculine = |w: &str| {
        w.ends_with("ий")
            || w.ends_with("ай")
            || (w.ends_with("ей") && !w.ends_with("ьей") && !w.ends_with("ией"))
    };
    if case == Case::FeminineOblique && given.iter().any(|w| masculine(w)) {
        return None;
    }
    for word in given {
        // Otherwise a given name that does not fit the case ("Айгерим", which does not
        // decline) stays as written.
        match given_nominative(word, case) {
            Some(nominative) => out.push(nominative),
            None if adjective => return None,
            None => out.push(word.to_string()),
        }
    }
    out.push(family);
    Some(out.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oblique_cases_become_the_nominative() {
        for (name, feminine, expected) in [
            ("Бауыржаном Абдиевым", None, "Бауыржан Абдиев"),
            ("Фарходом Назаровым", Some(false), "Фарход Назаров"),
            ("Сергеем Ивановым", None, "Сергей Иванов"),
            ("Натальи Гордеевой", None, "Наталья Гордеева"),
            ("Ириной Смирновой", None, "Ирина Смирнова"),
            ("Натальей Гордеевой", None, "Наталья Гордеева"),
            ("Ольги Петровой", None, "Ольга Петрова"),
            ("Дастана Рыспекова", Some(false), "Дастан Рыспеков"),
            ("Алексея Путина", Some(false), "Алексей Путин"),
            ("Марату Ахметову", Some(false), "Марат Ахметов"),
            ("Марате Ахметове", Some(false), "Марат Ахметов"),
            ("Наталью Гордееву", Some(true), "Наталья Гордеева"),
            (
                "Марата Сериковича Ахметова",
                Some(false),
                "Марат Серикович Ахметов",
            ),
            ("Анны Сергеевны Ивановой", None, "Анна Сергеевна Иванова"),
            ("Петра Достоевского", None, "Петр Достоевский"),
            ("Айгерим Сейткалиевой", None, "Айгерим Сейткалиева"),
            ("Любови Жарковой", None, "Любовь Жаркова"),
            ("Қасым-Жомарт Тоқаевтың", None, "Қасым-Жомарт Тоқаев"),
            ("Светлана Жақыпованың", None, "Светлана Жақыпова"),
            (
                "Нұрлан Серікұлы Бекмұратовқа",
                None,
                "Нұрлан Серікұлы Бекмұратов",
            ),
            ("Әсел Қайратқызының", None, "Әсел Қайратқызы"),
            ("Владимир Путинмен", None, "Владимир Путин"),
            ("Никитой Михалковым", None, "Никита Михалков"),
            ("Николае Федорове", Some(false), "Николай Федоров"),
            ("Павла Булатникова", Some(false), "Павел Булатников"),
        ] {
            assert_eq!(
                nominative(name, feminine).as_deref(),
                Some(expected),
                "{name}"
            );
        }
    }

    #[test]
    fn the_nominative_and_uncertain_cases_stay_as_written() {
        for (name, feminine) in [
            ("Бауыржан Абдиев", None),
            ("Анна Иванова", Some(true)),
            // A man in the genitive or a woman in the nominative: nothing tells which.
            ("Марата Ахметова", None),
            ("Марина Ахметова", None),
            ("Ерланом Ким", None),
            ("Gilbert Houngbo", None),
            ("Абдиевым", None),
            ("Лаборатории Касперского", None),
            ("Андрей Лозовой", None),
            ("Мария Ивановна", None),
            ("Ирина Калинина", None),
            ("Майкл Флинн", None),
            ("Тело Флинта", None),
            ("Андреа Падован", None),
            ("Анатолий Березовой", None),
            ("Кенеша Кыргызской", None),
        ] {
            assert_eq!(nominative(name, feminine), None, "{name}");
        }
    }
}
