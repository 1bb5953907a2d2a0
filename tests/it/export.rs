//! `kzsearch export`: every article, every field declared in the Quickwit config.

use std::collections::{BTreeSet, HashSet};

use serde_json::Value;

use crate::util::{Env, code, stdout};

#[test]
fn the_export_is_complete_and_every_field_is_declared_in_the_quickwit_config() {
    let env = Env::new();
    let seeds = crate::util::repo().join("seeds");
    env.index(&[&env.fixture_corpus(), &seeds]);

    let config = env
        .cmd()
        .args(["export", "--quickwit-config"])
        .output()
        .unwrap();
    assert_eq!(code(&config), 0);
    let config = stdout(&config);
    assert!(config.contains("mode: strict"), "{config}");
    let declared: HashSet<String> = config
        .lines()
        .filter_map(|l| l.trim().strip_prefix("- name: "))
        .map(str::to_string)
        .collect();

    let output = env
        .cmd()
        .arg("export")
        .arg("--index")
        .arg(env.index_dir())
        .output()
        .unwrap();
    assert_eq!(code(&output), 0);
    let records: Vec<Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();

    // Complete: exactly the articles a query for everything finds.
    let everything = env.query_json("*", &["--limit", "1000"]);
    let exported: BTreeSet<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let indexed: BTreeSet<&str> = everything.hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(exported, indexed);
    assert_eq!(records.len() as u64, everything.total);

    let mut used = HashSet::new();
    for record in &records {
        for (key, value) in record.as_object().unwrap() {
            assert!(
                declared.contains(key),
                "`{key}` is not in the Quickwit config"
            );
            assert!(!value.is_null(), "`{key}` is null in {}", record["id"]);
            used.insert(key.clone());
        }
        if let Some(date) = record["date"].as_str() {
            assert!(
                date.len() == 20 && date.ends_with("T00:00:00Z") && date.as_bytes()[4] == b'-',
                "not RFC 3339: {date}"
            );
        }
    }
    // The extracted fields are there, with values, for the seeds.
    let seed = records
        .iter()
        .find(|r| r["id"] == "002_f1827fdb1ec761a5")
        .expect("seed 002 exported");
    assert!(
        seed["people"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "Madina Abylkasymova")
    );
    assert!(
        seed["person_keys"]
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k == "abilkasimova")
    );
    assert!(
        seed["org_names"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o == "ILO")
    );
    assert!(
        records
            .iter()
            .any(|r| !r["conventions"].as_array().unwrap().is_empty())
    );
    // Nothing declared goes unused by this corpus except url (no seed has one).
    for field in &declared {
        assert!(
            used.contains(field) || field == "url",
            "`{field}` declared but never exported"
        );
    }
}
