//! The real seed articles: the README's first command, boilerplate, and the gold titles and dates.

use std::collections::BTreeMap;
use std::path::PathBuf;

use kzsearch::corpus::{self, Input};
use serde::Deserialize;

use crate::util::{Env, code, repo, stdout};

fn seeds_env() -> Env {
    let env = Env::new();
    env.index(&[&repo().join("seeds")]);
    env
}

#[test]
fn convention_87_finds_the_ilo_mission_article_first() {
    let env = seeds_env();
    let results = env.query_json("Convention 87", &[]);
    assert_eq!(results.hits[0].id, "001_9f0a55dd905b5d85");
    let highlighted = results.hits[0].highlighted().join(" ").to_lowercase();
    assert!(
        highlighted.contains("convention") && highlighted.contains("87"),
        "{highlighted}"
    );
    let text = env.query("Convention 87", &[]);
    assert_eq!(code(&text), 0);
    assert!(stdout(&text).starts_with("1. The meeting of the Minister"));
}

#[test]
fn initials_with_a_family_name_find_the_person_named_in_full() {
    // 001 writes "M.Abylkasymova" (and "Madina Abylkasymova"); 002 only "Madina Abylkasymova".
    let env = seeds_env();
    let both = ["001_9f0a55dd905b5d85", "002_f1827fdb1ec761a5"];
    for query in ["M.Abylkasymova", "Madina Abylkasymova"] {
        assert_eq!(crate::util::sorted_ids(&env, query, &[]), both, "{query}");
    }
    for person in ["M.Abylkasymova", "Abylkasymova M.", "Madina Abylkasymova"] {
        assert_eq!(
            crate::util::sorted_ids(&env, "*", &["--person", person]),
            both,
            "--person {person}"
        );
    }
    // Another initial is another person.
    assert!(crate::util::sorted_ids(&env, "*", &["--person", "Z.Abylkasymova"]).is_empty());
    // The article that names her in full shows the name in its snippet.
    let results = env.query_json("M.Abylkasymova", &[]);
    let hit = results.hits.iter().find(|h| h.id == both[1]).unwrap();
    assert!(
        hit.highlighted().join(" ").contains("Abylkasymova"),
        "{:?}",
        hit.highlighted()
    );
}

#[test]
fn menu_labels_and_navigation_are_not_indexed() {
    let env = seeds_env();
    for label in [
        "You are here",
        "Targeted social assistance",
        "Skip to content",
        "Enbekzholy",
    ] {
        let output = env.query(label, &["--match", "all"]);
        assert_eq!(code(&output), 1, "{label:?} matched: {}", stdout(&output));
    }
    // As phrases, no menu label is found anywhere.
    for label in [
        "Skills and jobs",
        "Achievements over the years",
        "Best social projects",
    ] {
        let output = env.query(&format!("\"{label}\""), &["--match", "any"]);
        assert_eq!(code(&output), 1, "{label:?} matched: {}", stdout(&output));
    }
    // 002 uses "skills" and "jobs" in its story ("negotiation skills", "jobs in hazardous
    // working conditions"), so the words match there, from the story and not the menu.
    let results = env.query_json("Skills and jobs", &["--match", "all"]);
    for hit in &results.hits {
        assert!(!hit.snippet.contains("Skills and jobs"), "{}", hit.snippet);
    }
}

#[derive(Deserialize)]
struct Gold {
    expected_title_from_text: Option<String>,
    date: Option<String>,
}

/// Scores the parser's titles and dates against the hand-made gold annotations.
#[test]
fn titles_and_dates_equal_the_gold() {
    let gold_path = repo().join("../shared/gold/seeds.json");
    let text = std::fs::read_to_string(&gold_path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the shared folder must sit beside the repo)",
            gold_path.display()
        )
    });
    let gold: BTreeMap<String, Gold> = serde_json::from_str(&text).unwrap();
    assert_eq!(gold.len(), 5);
    let seeds = repo().join("seeds");
    let mut wrong = Vec::new();
    for (file, expected) in &gold {
        let path: PathBuf = seeds.join(file);
        let (articles, _) = corpus::read_all(&Input {
            path,
            root: seeds.clone(),
        })
        .unwrap();
        let article = &articles[0];
        if article.title != expected.expected_title_from_text {
            wrong.push(format!(
                "{file}: title {:?}, gold {:?}",
                article.title, expected.expected_title_from_text
            ));
        }
        let date = article.date.map(|d| d.to_string());
        if date != expected.date {
            wrong.push(format!("{file}: date {date:?}, gold {:?}", expected.date));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
