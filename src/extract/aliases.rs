//! Alias resolution: one entity per real person or body, whatever the spellings.
//!
//! People: mentions join when their family names share a name key (letter case, transliteration,
//! doubled letters, Russian and Kazakh case endings) and their given names agree
//! ("M.Abylkasymova" and "Madina Abylkasymova", "Gilbert F. Houngbo" and "Gilbert Houngbo",
//! "Владимира Путина" and "Владимир Путин", shown in the nominative even when the story has only
//! other cases: see [`super::nominative`]); a family name alone joins the first person named
//! with it, and a given name alone the one person with that given name. Bodies: mentions join by gazetteer entry, by the acronym the text defined,
//! by normalised name without "of the Republic of Kazakhstan"-style qualifiers, and, within one
//! article, a shorter name joins the longer one it begins ("Federation of Trade Unions" → "… of
//! the Republic of Kazakhstan"). The name shown is the most complete form (for a gazetteer body, its canonical
//! name); mentions keep every spelling as written.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{self, gazetteer};
use super::names;
use super::tokens::Text;
use crate::article::Entity;

/// One organization mention, as extraction hands it over.
#[derive(Debug, Clone)]
pub struct OrgMention {
    pub text: String,
    pub known: Option<usize>,
    pub acronym: Option<String>,
}

struct PersonName {
    given: Option<String>,
    /// Whether the family name's form is a woman's (`Some(true)`) or a man's (`Some(false)`),
    /// where its ending says so (Russian: "Завьяловой", "Завьяловым").
    feminine: Option<bool>,
    family_key: String,
    words: usize,
    initial_only: bool,
    all_caps_family: bool,
}

fn parse_person(text: &str) -> Option<PersonName> {
    let words: Vec<String> = Text::new(text)
        .tokenize()
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| t.text.to_string())
        .collect();
    // Initials after the family name ("Mukhamedzhanova G.", "Галымжанов Е.А.") stand for the
    // given names.
    let initials_after = words
        .iter()
        .rev()
        .take_while(|w| w.chars().count() == 1)
        .count();
    let (family, given) = if initials_after > 0 && initials_after < words.len() {
        let family = &words[words.len() - initials_after - 1];
        (family, Some(words[words.len() - initials_after].clone()))
    } else {
        (words.last()?, (words.len() >= 2).then(|| words[0].clone()))
    };
    Some(PersonName {
        initial_only: given.as_ref().is_some_and(|g| g.chars().count() == 1),
        feminine: feminine_form(family),
        given,
        family_key: names::key(&names::case_free(family)),
        words: words.len(),
        all_caps_family: family.chars().all(|c| !c.is_lowercase()),
    })
}

/// Whether a Russian family name's form can only be a woman's (`Some(true)`: "Завьяловой",
/// "Толстая") or only a man's (`Some(false)`: "Завьялов", "Завьяловым", "Завьялове",
/// "Достоевского"); `None` for the forms both share ("Завьялова", "Завьялову") and for other
/// scripts.
fn feminine_form(word: &str) -> Option<bool> {
    const FEMININE: &[&str] = &[
        "овой", "евой", "ёвой", "иной", "ыной", "ской", "цкой", "овою", "евою", "иною", "ская",
        "цкая",
    ];
    const MASCULINE: &[&str] = &[
        "ов",
        "ев",
        "ёв",
        "ин",
        "ын",
        "овым",
        "евым",
        "ёвым",
        "иным",
        "ыным",
        "ове",
        "еве",
        "ёве",
        "ине",
        "ыне",
        "ский",
        "цкий",
        "ского",
        "цкого",
        "скому",
        "цкому",
        "ским",
        "цким",
        "ском",
        "цком",
    ];
    if !word.chars().any(crate::analysis::is_cyrillic) {
        return None;
    }
    let lower = word.to_lowercase();
    let ends = |endings: &[&str]| endings.iter().any(|e| lower.ends_with(e));
    if ends(FEMININE) {
        Some(true)
    } else if ends(MASCULINE) {
        Some(false)
    } else {
        None
    }
}

/// The one group whose given name has name key `key`, if exactly one has, and if that person was
/// named in full before mention `at`: a given name alone is how a story refers back to someone it
/// introduced ("Prince Charles … Charles said", long before a "Charles Kennedy", is not him).
fn given_name_of_one(
    groups: &[(Vec<usize>, Option<String>, String)],
    key: &str,
    at: usize,
) -> Option<usize> {
    let mut found = groups.iter().enumerate().filter(|(_, (_, given, _))| {
        given
            .as_ref()
            .is_some_and(|g| g.chars().count() > 1 && names::key(&names::case_free(g)) == key)
    });
    let (g, (members, _, _)) = found.next()?;
    (found.next().is_none() && members.iter().any(|&m| m < at)).then_some(g)
}

/// The group a given name and patronymic name ("Aliya Nurlanovna", "Марат Серикович") refer back
/// to: the one person named in full with both ("Aliya Nurlanovna Bekova"), if exactly one is.
fn given_and_patronymic_of(
    groups: &[(Vec<usize>, Option<String>, String)],
    mentions: &[String],
    parsed: &[Option<PersonName>],
    i: usize,
) -> Option<usize> {
    // (Asked of most mentions: ruled out without allocating unless the second of exactly two
    // words has a patronymic's letters.)
    let (given, patronymic) = mentions[i].split_once(' ')?;
    if patronymic.contains(char::is_whitespace)
        || !["ovn", "evn", "vich", "овн", "евн", "вич", "ичн"]
            .iter()
            .any(|e| patronymic.contains(e))
    {
        return None;
    }
    // (Compared without a case ending: "Марины Филипповны" is "Марина Филипповна".)
    let stem = |w: &str| {
        let lower = w.to_lowercase();
        let mut stem = lower.as_str();
        for ending in ["ой", "ей", "ою", "ом", "ем"] {
            if let Some(s) = stem.strip_suffix(ending) {
                stem = s;
                break;
            }
        }
        stem.trim_end_matches(['а', 'я', 'ы', 'и', 'у', 'ю', 'е', 'о', 'a'])
            .to_string()
    };
    let is_patronymic = [
        "овн", "евн", "ович", "евич", "ичн", "ovn", "evn", "ovich", "evich",
    ]
    .iter()
    .any(|e| stem(patronymic).ends_with(e));
    if !is_patronymic || parsed[i].as_ref()?.given.is_none() {
        return None;
    }
    let key = |w: &str| names::key(&stem(w));
    let (given, patronymic) = (key(given), key(patronymic));
    let mut found = groups.iter().enumerate().filter(|(_, (members, _, _))| {
        members.iter().any(|&m| {
            let full: Vec<&str> = mentions[m].split_whitespace().collect();
            full.len() == 3 && key(full[0]) == given && key(full[1]) == patronymic
        })
    });
    let (g, _) = found.next()?;
    found.next().is_none().then_some(g)
}

fn compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (ka, kb) = (
                names::key(&names::case_free(a)),
                names::key(&names::case_free(b)),
            );
            ka == kb
                || (a.chars().count() == 1 && kb.starts_with(&names::key(a)))
                || (b.chars().count() == 1 && ka.starts_with(&names::key(b)))
        }
        _ => true,
    }
}

/// Groups person mentions (in text order) into people.
pub fn people(mentions: &[String]) -> Vec<Entity> {
    let mut groups: Vec<(Vec<usize>, Option<String>, String)> = Vec::new(); // members, given, family key
    let parsed: Vec<Option<PersonName>> = mentions.iter().map(|m| parse_person(m)).collect();
    // Full names first, so that a lone family name finds its person wherever it stands.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| (parsed[i].as_ref().is_none_or(|p| p.given.is_none()), i));
    // Groups by family key, so each mention is compared only with its namesakes.
    let mut by_family: HashMap<String, Vec<usize>> = HashMap::default();
    for i in order {
        let Some(p) = &parsed[i] else { continue };
        let candidates: Vec<usize> = by_family
            .get(&p.family_key)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&g| compatible(&groups[g].1, &p.given))
            // "Пётр Завьялов" is not the "Завьяловой" of the same story.
            .filter(|&g| {
                p.feminine.is_none_or(|f| {
                    groups[g]
                        .0
                        .iter()
                        .all(|&m| parsed[m].as_ref().and_then(|q| q.feminine) != Some(!f))
                })
            })
            .collect();
        // A family name alone that two people share goes to the one named first, the story's
        // subject as a rule ("Michael Jackson … his mother Katherine Jackson … Mr Jackson");
        // a word alone that is no one's family name but one person's given name is that person
        // ("Joshua Reynolds … Sir Joshua").
        let joins = candidates
            .first()
            .copied()
            .or_else(|| {
                p.given
                    .is_none()
                    .then(|| given_name_of_one(&groups, &p.family_key, i))
                    .flatten()
            })
            .or_else(|| given_and_patronymic_of(&groups, mentions, &parsed, i));
        match joins {
            Some(g) => {
                let group = &mut groups[g];
                group.0.push(i);
                // Keep the fullest given name for later comparisons.
                if group.1.as_ref().is_none_or(|g| g.chars().count() == 1)
                    && p.given.as_ref().is_some_and(|g| g.chars().count() > 1)
                {
                    group.1 = p.given.clone();
                }
            }
            _ => {
                by_family
                    .entry(p.family_key.clone())
                    .or_default()
                    .push(groups.len());
                groups.push((vec![i], p.given.clone(), p.family_key.clone()));
            }
        }
    }
    let mut entities: Vec<(usize, Entity)> = groups
        .into_iter()
        .map(|(mut members, _, _)| {
            members.sort_unstable();
            let best = *members
                .iter()
                .max_by_key(|&&i| {
                    let p = parsed[i].as_ref().expect("parsed");
                    (
                        p.given.is_some() && !p.initial_only,
                        p.words,
                        !p.all_caps_family,
                        // The shortest of a declined name's forms is its nominative
                        // ("Владимир Путин", not "Владимиром Путиным").
                        std::cmp::Reverse(mentions[i].chars().count()),
                        std::cmp::Reverse(i),
                    )
                })
                .expect("a group has members");
            // A Russian name that the story gives only in an oblique case is shown in the
            // nominative, with the gender its other mentions show ("Рыспеков" beside "Дастана
            // Рыспекова").
            let genders = || members.iter().filter_map(|&m| parsed[m].as_ref()?.feminine);
            let feminine = if genders().any(|f| f) {
                Some(true)
            } else if genders().any(|f| !f) {
                Some(false)
            } else {
                None
            };
            let name = super::nominative::nominative(&mentions[best], feminine)
                .unwrap_or_else(|| mentions[best].clone());
            (
                members[0],
                entity(name, members.iter().map(|&i| &mentions[i])),
            )
        })
        .collect();
    entities.sort_by_key(|(first, _)| *first);
    entities.into_iter().map(|(_, e)| e).collect()
}

fn entity<'a>(name: String, mentions: impl Iterator<Item = &'a String>) -> Entity {
    let mut seen: Vec<String> = Vec::new();
    for m in mentions {
        if !seen.contains(m) {
            seen.push(m.clone());
        }
    }
    Entity {
        name,
        mentions: seen,
    }
}

/// Groups organization mentions (in text order) into bodies.
pub fn organizations(mentions: &[OrgMention]) -> Vec<Entity> {
    group_organizations(mentions, true)
}

/// [`organizations`]; `join_prefixes` lets a shorter name join the one longer name it begins,
/// or ends after a place, which in one article is the same body named in full once
/// ("Federation of Trade Unions" → "… of the Republic of Kazakhstan", "Department of Homeland
/// Security" → "US …"), but across articles may be another body ("Ford Motor Co" and "Ford
/// Motor Co of Canada Ltd").
fn group_organizations(mentions: &[OrgMention], join_prefixes: bool) -> Vec<Entity> {
    let g = gazetteer();
    // Group key: the gazetteer entry, or the normalised name without qualifiers.
    let mut keys: Vec<String> = mentions
        .iter()
        .map(|m| match m.known {
            Some(id) => format!("#{id}"),
            None => {
                let key = lexicon::key_of_text(&m.text);
                match lexicon::strip_qualifiers(&key) {
                    stripped if stripped.len() == key.len() => key,
                    stripped => stripped.to_string(),
                }
            }
        })
        .collect();
    // Acronyms the text defined join the body they were defined for.
    for (i, m) in mentions.iter().enumerate() {
        if let Some(acronym) = &m.acronym {
            let owner = keys[i].clone();
            for (j, other) in mentions.iter().enumerate() {
                if other.text == *acronym {
                    keys[j] = owner.clone();
                }
            }
        }
    }
    // A shorter unknown name joins the longer name it begins.
    let unique: Vec<String> = {
        let mut u = keys.clone();
        u.sort();
        u.dedup();
        u
    };
    for key in keys.iter_mut().filter(|_| join_prefixes) {
        if key.starts_with('#') || key.split(' ').count() < 2 {
            continue;
        }
        // `unique` is sorted, so the names that begin with "key " are one run of it.
        let prefix = format!("{key} ");
        let from = unique.partition_point(|other| other.as_str() < prefix.as_str());
        let mut longer = unique[from..]
            .iter()
            .take_while(|other| other.starts_with(&prefix))
            .filter(|other| !other.starts_with('#'));
        if let (Some(only), None) = (longer.next(), longer.next()) {
            *key = only.clone();
            continue;
        }
        // Or the one longer name it ends with only a place before it ("Department of Homeland
        // Security" of "US Department of …", "National Bank" of "Swiss National Bank"); not
        // another word ("Bank of Canada", "Continental Bank of Canada").
        let only = {
            let mut longer = unique.iter().filter(|other| {
                !other.starts_with('#')
                    && other
                        .strip_suffix(key.as_str())
                        .and_then(|before| before.strip_suffix(' '))
                        .is_some_and(lexicon::is_place_key)
            });
            match (longer.next(), longer.next()) {
                (Some(only), None) => Some(only.clone()),
                _ => None,
            }
        };
        if let Some(only) = only {
            *key = only;
        }
    }
    let mut order: Vec<&String> = Vec::new();
    let mut members_of: HashMap<&String, Vec<usize>> = HashMap::default();
    for (i, key) in keys.iter().enumerate() {
        let members = members_of.entry(key).or_default();
        if members.is_empty() {
            order.push(key);
        }
        members.push(i);
    }
    order
        .into_iter()
        .map(|key| {
            let members = &members_of[key];
            let name = match key
                .strip_prefix('#')
                .and_then(|id| id.parse::<usize>().ok())
            {
                Some(id) => g.orgs()[id].canonical.to_string(),
                None => members
                    .iter()
                    .map(|&i| &mentions[i].text)
                    .max_by_key(|t| (t.split_whitespace().count(), std::cmp::Reverse(t.len())))
                    .cloned()
                    .unwrap_or_default(),
            };
            entity(name, members.iter().map(|&i| &mentions[i].text))
        })
        .collect()
}

/// Counts per canonical name from many articles, merged across spellings of the same person
/// ("Gilbert F. Houngbo" and "Gilbert Houngbo" from two articles count as one).
///
/// The counts may come in any order (a hash map's); they are put in one first, so that a
/// spelling is picked the same way every time: among equally good ones, the most frequent.
pub fn merge_people_counts(counts: &[(String, u64)]) -> Vec<(String, u64)> {
    totals(merge_people(counts))
}

/// [`merge_people_counts`] with the names counted into each person.
pub fn merge_people(counts: &[(String, u64)]) -> Vec<Merged> {
    // The first of equally good spellings names a person: most frequent first.
    let mut counts = counts.to_vec();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let names: Vec<String> = counts.iter().map(|(n, _)| n.clone()).collect();
    merge_counts(&counts, people(&names), |_| false)
}

/// Counts per canonical name from many articles, merged across spellings of the same body
/// (in any order, as for [`merge_people_counts`]).
pub fn merge_org_counts(counts: &[(String, u64)]) -> Vec<(String, u64)> {
    totals(merge_orgs(counts))
}

/// [`merge_org_counts`] with the names counted into each body.
pub fn merge_orgs(counts: &[(String, u64)]) -> Vec<Merged> {
    // The last of equally good spellings names a body: most frequent last.
    let mut counts = counts.to_vec();
    counts.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    let counts = counts.as_slice();
    let g = gazetteer();
    let known: HashMap<&str, usize> = g
        .orgs()
        .iter()
        .enumerate()
        .map(|(i, o)| (o.canonical, i))
        .collect();
    let mentions: Vec<OrgMention> = counts
        .iter()
        .map(|(name, _)| OrgMention {
            text: name.clone(),
            known: known.get(name.as_str()).copied(),
            acronym: None,
        })
        .collect();
    // Across articles, names that only begin alike are kept apart (see
    // [`group_organizations`]), and a body the gazetteer does not know is named by its most
    // frequent spelling, not its longest ("New York Stock Exchange", not the few articles'
    // "THe New York STock Exchange").
    merge_counts(counts, group_organizations(&mentions, false), |e| {
        !known.contains_key(e.name.as_str())
    })
}

/// Each merged entity: its name, its count, and the names counted into it.
pub type Merged = (String, u64, Vec<String>);

/// Totals per entity from the counts per name; an entity for which `by_frequency` holds is
/// named by its most frequent name.
fn merge_counts(
    counts: &[(String, u64)],
    entities: Vec<Entity>,
    by_frequency: impl Fn(&Entity) -> bool,
) -> Vec<Merged> {
    let by_name: HashMap<&str, u64> = counts.iter().map(|(n, c)| (n.as_str(), *c)).collect();
    let mut out: Vec<Merged> = entities
        .into_iter()
        .map(|mut e| {
            if by_frequency(&e)
                && let Some(best) = e
                    .mentions
                    .iter()
                    .max_by_key(|m| by_name.get(m.as_str()).copied().unwrap_or(0))
            {
                e.name = best.clone();
            }
            let total = e
                .mentions
                .iter()
                .filter_map(|m| by_name.get(m.as_str()))
                .sum();
            (e.name, total, e.mentions)
        })
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// Drops the names counted into each entity.
fn totals(merged: Vec<Merged>) -> Vec<(String, u64)> {
    merged.into_iter().map(|(name, n, _)| (name, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    /// Each entity's name and how many spellings it has.
    fn names_and_counts(found: &[Entity]) -> Vec<(&str, usize)> {
        found
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect()
    }

    #[test]
    fn declined_russian_names_are_one_person_named_in_the_nominative() {
        let found = people(&strings(&[
            "Владимира Путина",
            "Владимир Путин",
            "Путиным",
            "Дмитрием Медведевым",
            "Дмитрий Медведев",
            "Анны Ивановой",
            "Анна Иванова",
            "Сергей Иванов",
        ]));
        let names = names_and_counts(&found);
        assert_eq!(
            names,
            [
                ("Владимир Путин", 3),
                ("Дмитрий Медведев", 2),
                ("Анна Иванова", 2),
                ("Сергей Иванов", 1),
            ]
        );
        // Every case of a name has one key; other scripts are untouched.
        for form in ["Путин", "Путина", "Путину", "Путиным", "Путине"]
        {
            assert_eq!(names::case_free(form), "путин", "{form}");
        }
        assert_eq!(names::case_free("Тоқаевтың"), names::case_free("Тоқаев"));
        assert_eq!(names::case_free("Volcker"), "Volcker");
    }

    #[test]
    fn a_name_given_only_in_oblique_cases_is_shown_in_the_nominative() {
        let found = people(&strings(&[
            "Дастана Рыспекова",
            "Дастаном Рыспековым",
            "Рыспеков",
            "Бауыржаном Абдиевым",
            "Марата Ахметова",
        ]));
        let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            ["Дастан Рыспеков", "Бауыржан Абдиев", "Марата Ахметова"]
        );
        assert_eq!(found[0].mentions.len(), 3);
    }

    #[test]
    fn a_given_name_and_patronymic_join_the_full_name() {
        let found = people(&strings(&[
            "Aliya Nurlanovna Bekova",
            "Aliya Nurlanovna",
            "Bekova",
            "Марина Филипповна Ходорковская",
            "Марины Филипповны",
            "Марат Серикович",
        ]));
        let names = names_and_counts(&found);
        assert_eq!(
            names,
            [
                ("Aliya Nurlanovna Bekova", 3),
                ("Марина Филипповна Ходорковская", 2),
                ("Марат Серикович", 1)
            ]
        );
    }

    #[test]
    fn initials_after_a_family_name_join_the_full_name() {
        let found = people(&strings(&["Mukhamedzhanova G.", "Gulnara Mukhamedzhanova"]));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "Gulnara Mukhamedzhanova");
    }

    #[test]
    fn across_articles_a_body_is_named_by_its_most_frequent_spelling() {
        let counts = [
            (
                "Agriculture Department Foreign Agricultural Service".to_string(),
                3,
            ),
            ("Agriculture Department".to_string(), 290),
            ("International Labour Organization".to_string(), 9),
            ("New York Stock Exchange".to_string(), 130),
            ("THe New York STock Exchange".to_string(), 4),
            ("Miners Union".to_string(), 5),
            ("Miners Union of the Republic of Kazakhstan".to_string(), 7),
        ];
        let merged = merge_org_counts(&counts);
        assert_eq!(
            merged,
            [
                ("Agriculture Department".to_string(), 290),
                ("New York Stock Exchange".to_string(), 134),
                ("Miners Union of the Republic of Kazakhstan".to_string(), 12),
                ("International Labour Organization".to_string(), 9),
                (
                    "Agriculture Department Foreign Agricultural Service".to_string(),
                    3
                ),
            ]
        );
    }

    #[test]
    fn people_join_by_family_and_compatible_given_names() {
        let found = people(&strings(&[
            "Aidos Karimov",
            "A.Karimov",
            "Karimov",
            "Jan DOE",
            "Jan Doe",
        ]));
        let names: Vec<(&str, Vec<&str>)> = found
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.mentions.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            names,
            [
                (
                    "Aidos Karimov",
                    vec!["Aidos Karimov", "A.Karimov", "Karimov"]
                ),
                ("Jan Doe", vec!["Jan DOE", "Jan Doe"]),
            ]
        );
        // A family name alone that two people share is the one named first.
        let found = people(&strings(&[
            "Aidos Karimov",
            "Berik Karimov",
            "Karimov",
            "Karimov",
        ]));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].mentions, ["Aidos Karimov", "Karimov"]);
        // A given name alone joins the one person it is the given name of, not two.
        let found = people(&strings(&[
            "Joshua Reynolds",
            "Joshua",
            "Saule Omarova",
            "Saule",
        ]));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].mentions, ["Joshua Reynolds", "Joshua"]);
        assert_eq!(found[1].mentions, ["Saule Omarova", "Saule"]);
        let found = people(&strings(&["Joshua Reynolds", "Joshua Bell", "Joshua"]));
        assert_eq!(found.len(), 3);
        // A Russian family name's form that only a woman's can be is not a man's.
        let found = people(&strings(&[
            "Пётр Завьялов",
            "Ирина Завьялова",
            "Завьяловой",
            "Завьяловым",
        ]));
        assert_eq!(found[0].mentions, ["Пётр Завьялов", "Завьяловым"]);
        assert_eq!(found[1].mentions, ["Ирина Завьялова", "Завьяловой"]);
        let found = people(&strings(&["Пётр Завьялов", "Завьяловой"]));
        assert_eq!(found.len(), 2);
        // … and only once that person has been named in full.
        let found = people(&strings(&["Charles", "Charles Kennedy"]));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn counts_from_many_articles_merge_across_spellings() {
        let counts = vec![
            ("Gilbert F. Houngbo".to_string(), 1),
            ("Gilbert Houngbo".to_string(), 2),
            ("Aidos Karimov".to_string(), 1),
        ];
        assert_eq!(
            merge_people_counts(&counts),
            [
                ("Gilbert F. Houngbo".to_string(), 3),
                ("Aidos Karimov".to_string(), 1)
            ]
        );
    }

    #[test]
    fn merged_counts_name_each_body_and_person_the_same_whatever_the_order() {
        let orgs = [
            ("British Petroleum Co PLC".to_string(), 3),
            ("British Petroleum Co Plc".to_string(), 5),
            ("Shell".to_string(), 2),
        ];
        let people = [
            ("John Smith".to_string(), 1),
            ("JOHN SMITH".to_string(), 1),
            ("John Smyth".to_string(), 4),
        ];
        let mut orders: Vec<Vec<(String, u64)>> = vec![orgs.to_vec()];
        orders.push(orgs.iter().rev().cloned().collect());
        let first = merge_org_counts(&orders[0]);
        // The two spellings are one body, named by the more frequent one.
        assert_eq!(first[0], ("British Petroleum Co Plc".to_string(), 8));
        for order in &orders {
            assert_eq!(merge_org_counts(order), first);
        }
        let forward = merge_people_counts(&people);
        let backward: Vec<(String, u64)> = people.iter().rev().cloned().collect();
        assert_eq!(merge_people_counts(&backward), forward);
    }

    #[test]
    fn each_merged_entity_lists_exactly_the_names_counted_into_it() {
        let counts = [
            ("Gilbert F. Houngbo".to_string(), 3),
            ("Gilbert Houngbo".to_string(), 2),
            ("Aidos Karimov".to_string(), 1),
        ];
        for (name, total, members) in merge_people(&counts) {
            let sum: u64 = counts
                .iter()
                .filter(|(n, _)| members.contains(n))
                .map(|(_, c)| c)
                .sum();
            assert_eq!(sum, total, "{name}: {members:?}");
        }
        assert_eq!(merge_people(&counts)[0].2.len(), 2);
    }

    #[test]
    fn bodies_join_by_gazetteer_acronym_and_prefix() {
        let m = |text: &str, known: Option<usize>, acronym: Option<&str>| OrgMention {
            text: text.into(),
            known,
            acronym: acronym.map(String::from),
        };
        let ilo = gazetteer().lookup_acronym("ILO");
        let found = organizations(&[
            m("International Labor Organization", ilo, Some("ILO")),
            m("Agency for Labour Safety", None, Some("ALS")),
            m("ILO", ilo, None),
            m("ALS", None, None),
            m("Advisory Council", None, None),
            m(
                "Advisory Council for Labour, Migration and Social Protection",
                None,
                None,
            ),
        ]);
        let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "International Labour Organization",
                "Agency for Labour Safety",
                "Advisory Council for Labour, Migration and Social Protection"
            ]
        );
        assert_eq!(found[1].mentions, ["Agency for Labour Safety", "ALS"]);
        assert_eq!(
            found[2].mentions,
            [
                "Advisory Council",
                "Advisory Council for Labour, Migration and Social Protection"
            ]
        );
    }

    #[test]
    fn a_body_joins_its_name_after_a_place_but_not_after_another_word() {
        let m = |text: &str| OrgMention {
            text: text.into(),
            known: None,
            acronym: None,
        };
        let found = organizations(&[
            m("US Department of Homeland Security"),
            m("Department of Homeland Security"),
            m("Continental Bank of Canada"),
            m("Bank of Canada"),
        ]);
        let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "US Department of Homeland Security",
                "Continental Bank of Canada",
                "Bank of Canada"
            ]
        );
        assert_eq!(
            found[0].mentions,
            [
                "US Department of Homeland Security",
                "Department of Homeland Security"
            ]
        );
    }
}
