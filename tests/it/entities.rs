//! People, organizations and conventions: extraction scored against gold annotations, and
//! searching by every spelling through the real binary.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::util::{Env, code, repo, sorted_ids as ids, stderr, stdout};

#[derive(Deserialize)]
struct GoldArticle {
    #[serde(default)]
    people: Vec<GoldEntity>,
    #[serde(default)]
    organizations: Vec<GoldEntity>,
    #[serde(default)]
    conventions: Vec<u32>,
}

#[derive(Deserialize)]
struct GoldEntity {
    canonical: String,
    #[serde(default)]
    mentions: Vec<String>,
}

#[derive(Deserialize)]
struct Extracted {
    path: String,
    people: Vec<ExtractedEntity>,
    organizations: Vec<ExtractedEntity>,
    conventions: Vec<u32>,
}

#[derive(Deserialize)]
struct ExtractedEntity {
    name: String,
    mentions: Vec<String>,
}

/// The gold README's comparison: case and whitespace folded, a leading "the", quotes and a
/// possessive ignored.
fn norm(text: &str) -> String {
    let mut s = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for suffix in ["'s", "’s"] {
        if let Some(stripped) = s.strip_suffix(suffix) {
            s = stripped.to_string();
        }
    }
    s.retain(|c| !"\"'‘’“”«»„".contains(c));
    let s = s.strip_prefix("the ").unwrap_or(&s).to_string();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default, Debug)]
struct Score {
    tp_pred: usize,
    pred: usize,
    tp_gold: usize,
    gold: usize,
}

impl Score {
    fn add(&mut self, extracted: &[ExtractedEntity], gold: &[GoldEntity]) {
        let forms = |names: Vec<&String>| names.into_iter().map(|n| norm(n)).collect::<Vec<_>>();
        let pred: Vec<Vec<String>> = extracted
            .iter()
            .map(|e| forms(std::iter::once(&e.name).chain(&e.mentions).collect()))
            .collect();
        let gold: Vec<Vec<String>> = gold
            .iter()
            .map(|e| forms(std::iter::once(&e.canonical).chain(&e.mentions).collect()))
            .collect();
        let meets = |a: &Vec<String>, b: &Vec<String>| a.iter().any(|x| b.contains(x));
        self.tp_pred += pred
            .iter()
            .filter(|p| gold.iter().any(|g| meets(p, g)))
            .count();
        self.tp_gold += gold
            .iter()
            .filter(|g| pred.iter().any(|p| meets(p, g)))
            .count();
        self.pred += pred.len();
        self.gold += gold.len();
    }

    fn f1(&self) -> f64 {
        let p = if self.pred == 0 {
            1.0
        } else {
            self.tp_pred as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            1.0
        } else {
            self.tp_gold as f64 / self.gold as f64
        };
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Runs `kzsearch extract` on `files` and scores it against `gold`:
/// (people F1, organizations F1, share of articles with exactly the gold conventions).
fn score(
    env: &Env,
    gold: &BTreeMap<String, GoldArticle>,
    files: &[std::path::PathBuf],
) -> (f64, f64, f64) {
    let output = env.cmd().arg("extract").args(files).output().unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let extracted: Vec<Extracted> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(extracted.len(), files.len());
    let (mut people, mut orgs, mut exact) = (Score::default(), Score::default(), 0);
    for article in &extracted {
        let file = std::path::Path::new(&article.path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let g = &gold[&file];
        people.add(&article.people, &g.people);
        orgs.add(&article.organizations, &g.organizations);
        let mut a = article.conventions.clone();
        let mut b = g.conventions.clone();
        a.sort_unstable();
        b.sort_unstable();
        exact += usize::from(a == b);
    }
    (
        people.f1(),
        orgs.f1(),
        exact as f64 / extracted.len() as f64,
    )
}

fn load_gold(path: &std::path::Path) -> BTreeMap<String, GoldArticle> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn extraction_meets_the_targets_on_the_seed_gold() {
    let env = Env::new();
    let gold = load_gold(&repo().join("../shared/gold/seeds.json"));
    let files: Vec<_> = gold.keys().map(|f| repo().join("seeds").join(f)).collect();
    let (people, orgs, conventions) = score(&env, &gold, &files);
    assert!(people >= 0.95, "people F1 {people:.3}");
    assert!(orgs >= 0.90, "organizations F1 {orgs:.3}");
    assert_eq!(conventions, 1.0, "conventions exact");
}

#[test]
fn extraction_generalises_to_the_development_set() {
    let env = Env::new();
    let dir = repo().join("tests/fixtures/entities");
    let gold = load_gold(&dir.join("gold.json"));
    let files: Vec<_> = gold.keys().map(|f| dir.join(f)).collect();
    let (people, orgs, conventions) = score(&env, &gold, &files);
    // The targets set for articles extraction was not built from.
    assert!(people >= 0.90, "people F1 {people:.3}");
    assert!(orgs >= 0.80, "organizations F1 {orgs:.3}");
    assert!(conventions >= 0.90, "conventions exact {conventions:.3}");
}

#[test]
fn extract_writes_one_json_line_per_article_with_exact_mentions() {
    let env = Env::new();
    let path = env.write(
        "a.txt",
        "Unions meet the minister\n\nASTANA. KAZINFORM – Minister of Labor Aigerim Sultanova met the chairman of the Federation of Trade Unions of the Republic of Kazakhstan (FTURK), Daniyar Ospanov. A.Sultanova said the ILO Convention No. 190 and C155 will be ratified.\n",
    );
    let output = env.cmd().args(["extract"]).arg(&path).output().unwrap();
    assert_eq!(code(&output), 0);
    let value: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(value["id"], "a");
    assert_eq!(value["source"], "Kazinform");
    assert_eq!(
        value["people"],
        serde_json::json!([
            {"name": "Aigerim Sultanova", "mentions": ["Aigerim Sultanova", "A.Sultanova"]},
            {"name": "Daniyar Ospanov", "mentions": ["Daniyar Ospanov"]}
        ])
    );
    assert_eq!(value["conventions"], serde_json::json!([190, 155]));
    let orgs: Vec<&str> = value["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert!(
        orgs.contains(&"Federation of Trade Unions of the Republic of Kazakhstan"),
        "{orgs:?}"
    );
    assert!(
        orgs.contains(&"International Labour Organization"),
        "{orgs:?}"
    );
    assert!(orgs.contains(&"Kazinform"), "{orgs:?}");
}

/// Articles that spell the same people, bodies and conventions differently.
fn spellings_env() -> Env {
    let env = Env::new();
    env.write("c/one.txt", "Union congress\n\nThe chairman of the Federation of Trade Unions Aigerim Sultanova said the International Labour Organisation backs Convention No. 87.\n");
    env.write(
        "c/two.txt",
        "ILO mission\n\nThe ILO mission met A.Sultanova. The union asked to respect C087.\n",
    );
    env.write("c/three.txt", "Wages rise\n\nThe minimum wage rose, Minister of Labor Daniyar Ospanov said. The International Labor Organization welcomed the convention number 87 debate.\n");
    env.write(
        "c/four.txt",
        "Weather\n\nRain fell in the north. Farmers said the harvest is late.\n",
    );
    env.index(&[&env.path().join("c")]);
    env
}

#[test]
fn a_convention_in_any_spelling_finds_every_spelling_and_highlights_it() {
    let env = spellings_env();
    for query in [
        "Convention 87",
        "Convention No. 87",
        "convention number 87",
        "C087",
        "convention:87",
    ] {
        assert_eq!(ids(&env, query, &[]), ["one", "three", "two"], "{query}");
    }
    let results = env.query_json("C087", &[]);
    for hit in &results.hits {
        let highlighted = hit.highlighted().join(" | ");
        assert!(
            ["Convention No. 87", "C087", "convention number 87"]
                .iter()
                .any(|s| highlighted.contains(s)),
            "{}: {highlighted}",
            hit.id
        );
    }
    assert_eq!(ids(&env, "*", &["--convention", "87"]).len(), 3);
    assert_eq!(code(&env.query("convention:freedom", &[])), 2);
}

#[test]
fn acronyms_and_full_names_find_each_other() {
    let env = spellings_env();
    let all = ["one", "three", "two"];
    assert_eq!(ids(&env, "ILO", &[]), all);
    assert_eq!(ids(&env, "International Labour Organisation", &[]), all);
    assert_eq!(ids(&env, "international labor organization", &[]), all);
    assert_eq!(ids(&env, "org:ILO", &[]), all);
    assert_eq!(
        ids(&env, "*", &["--org", "International Labor Organization"]),
        all
    );
    assert_eq!(
        ids(&env, "org:\"Federation of Trade Unions\"", &[]),
        ["one"]
    );
    assert_eq!(ids(&env, "FTURK", &[]), ["one"]);
}

#[test]
fn names_tolerate_initials_transliteration_and_typos_but_words_do_not() {
    let env = spellings_env();
    assert_eq!(ids(&env, "person:Sultanova", &[]), ["one", "two"]);
    assert_eq!(
        ids(&env, "person:\"Aigerim Sultanova\"", &[]),
        ["one", "two"]
    );
    assert_eq!(ids(&env, "Sultanowa", &[]), ["one", "two"]);
    assert_eq!(ids(&env, "*", &["--person", "Daniar Ospanov"]), ["three"]);
    // Ordinary words are never loosened: "harvist" finds nothing.
    assert!(ids(&env, "harvist", &["--match", "all"]).is_empty());
    // Hits carry the entities.
    let hit = env.query_json("person:Ospanov", &[]).hits.remove(0);
    assert_eq!(hit.people, ["Daniyar Ospanov"]);
    assert_eq!(hit.conventions, [87]);
    assert!(
        hit.organizations
            .contains(&"International Labour Organization".to_string())
    );
}

#[test]
fn an_initial_and_a_family_name_are_one_persons() {
    let env = Env::new();
    env.write(
        "c/bolat.txt",
        "Mine safety\n\nThe mine's director Bolat Asanaliev said work had stopped. Deputy minister Aigerim Serikova visited the mine.\n",
    );
    env.write(
        "c/aidar.txt",
        "Union talks\n\nThe union's chairman Aidar Asanaliev said the talks went well.\n",
    );
    env.write(
        "c/mister.txt",
        "Strike ends\n\nThe strike at the mine ended on Monday, Mr. Asanaliev said.\n",
    );
    env.index(&[&env.path().join("c")]);
    assert_eq!(
        ids(&env, "*", &["--person", "Asanaliev"]),
        ["aidar", "bolat", "mister"]
    );
    // Bolat's article has an "A" (Aigerim) and an Asanaliev, but not one person with both.
    for person in ["A.Asanaliev", "Asanaliev A.", "Aidar Asanaliev"] {
        assert_eq!(
            ids(&env, "*", &["--person", person]),
            ["aidar", "mister"],
            "{person}"
        );
    }
    assert_eq!(ids(&env, "B.Asanaliev", &[]), ["bolat", "mister"]);
    // A typo in the family name is tolerated as before.
    assert_eq!(
        ids(&env, "*", &["--person", "A.Asanalijev"]),
        ["aidar", "mister"]
    );
}

#[test]
fn entities_lists_every_spelling_with_article_counts() {
    let env = spellings_env();
    let output = env
        .cmd()
        .args(["entities", "--format", "json", "--index"])
        .arg(env.index_dir())
        .output()
        .unwrap();
    assert_eq!(code(&output), 0);
    let rows: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let row = |kind: &str, name: &str| {
        rows.iter()
            .find(|r| r["kind"] == kind && r["name"] == name)
            .unwrap_or_else(|| panic!("{kind} {name} in {rows:?}"))
    };
    assert_eq!(
        row("org", "International Labour Organization")["articles"],
        3
    );
    assert_eq!(row("convention", "87")["articles"], 3);
    let person = row("person", "Aigerim Sultanova");
    assert_eq!(person["articles"], 2);
    assert_eq!(
        person["aliases"],
        serde_json::json!(["A.Sultanova", "Aigerim Sultanova"])
    );
    // Most frequent first.
    let counts: Vec<u64> = rows
        .iter()
        .map(|r| r["articles"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let people_only = env
        .cmd()
        .args(["entities", "--kind", "person", "--index"])
        .arg(env.index_dir())
        .output()
        .unwrap();
    let text = stdout(&people_only);
    assert!(text.lines().all(|l| l.contains("person")), "{text}");
}

#[test]
fn extract_of_nothing_readable_is_an_error_that_names_the_path() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["extract"])
        .arg(env.path().join("missing"))
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    let error = stderr(&output);
    let lines: Vec<&str> = error.lines().collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("nothing to extract"), "{lines:?}");
    assert!(
        lines[0].contains("missing: no such file or folder"),
        "{lines:?}"
    );
    // With one readable file besides, the missing one is reported and the rest extracted.
    let good = env.write(
        "a.txt",
        "Unions meet\n\nMinister Aigerim Sultanova met unions.\n",
    );
    let output = env
        .cmd()
        .args(["extract"])
        .arg(&good)
        .arg(env.path().join("missing"))
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 1);
    assert!(stderr(&output).contains("skipped"), "{}", stderr(&output));
    // An empty folder gives nothing to extract too.
    std::fs::create_dir(env.path().join("empty")).unwrap();
    let output = env.cmd().args(["extract", "empty"]).output().unwrap();
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("nothing to extract: 0 file(s)"),
        "{}",
        stderr(&output)
    );
    // Several unreadable paths: each is named with its reason.
    let output = env
        .cmd()
        .args(["extract", "nope1", "nope2"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    let error = stderr(&output);
    for path in ["nope1", "nope2"] {
        assert!(
            error.contains(&format!("skipped {path}: no such file or folder")),
            "{error}"
        );
    }
}
