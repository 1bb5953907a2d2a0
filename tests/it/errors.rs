//! Bad input ends with one clear line on stderr and exit status 2, never a panic.

use std::io::Read;
use std::process::Stdio;

use crate::util::{Env, code, stderr};

fn assert_one_line_error(output: &std::process::Output, needles: &[&str]) {
    assert_eq!(code(output), 2);
    let err = stderr(output);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.starts_with("kzsearch: "), "{err}");
    for needle in needles {
        assert!(err.contains(needle), "{needle:?} not in {err:?}");
    }
    assert!(
        !err.contains("panicked") && !err.contains("backtrace"),
        "{err}"
    );
}

#[test]
fn a_missing_index_names_the_path_and_the_remedy() {
    let env = Env::new();
    let output = env.query("ilo", &[]);
    assert_one_line_error(&output, &["no index at", "idx", "kzsearch index"]);
}

#[test]
fn malformed_queries_name_the_problem_and_position() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    assert_one_line_error(
        &env.query("(union OR code", &[]),
        &["unclosed '('", "column 1"],
    );
    assert_one_line_error(
        &env.query("union \"code", &[]),
        &["unclosed quote", "column 7"],
    );
    assert_one_line_error(
        &env.query("union AND", &[]),
        &["AND needs a term after it", "column 7"],
    );
    assert_one_line_error(&env.query("union)", &[]), &["unmatched ')'", "column 6"]);
    assert_one_line_error(&env.query("–", &[]), &["no searchable words"]);
    let deep = "(".repeat(100) + "union" + &")".repeat(100);
    assert_one_line_error(&env.query(&deep, &[]), &["nested"]);
    let signs = "NOT ".repeat(900) + "union";
    assert_one_line_error(&env.query(&signs, &[]), &["nested", "column"]);
    // Dates that hold no day are an error, not a silent empty list.
    assert_one_line_error(
        &env.query("union date:[2020 TO 2019]", &[]),
        &["[2020 TO 2019] holds no date"],
    );
    assert_one_line_error(
        &env.query("union", &["--from", "2020", "--to", "2019"]),
        &["--from 2020-01-01 is after --to 2019-12-31"],
    );
}

#[test]
fn a_person_or_body_filter_without_a_name_is_an_error_not_dropped() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    // Dropped, each of these would return every article with exit status 0.
    for (flag, value) in [("--person", "...."), ("--person", "M."), ("--org", "....")] {
        assert_one_line_error(
            &env.query("*", &[flag, value]),
            &[&format!("{flag}: `{value}`"), "give a"],
        );
    }
    assert_one_line_error(
        &env.query("union person:M.", &[]),
        &["person: `M.` names no one", "column 14"],
    );
    assert_one_line_error(&env.query("union org:\"-\"", &[]), &["org: `-`"]);
}

#[test]
fn usage_errors_exit_two() {
    let env = Env::new();
    let output = env.cmd().args(["query"]).output().unwrap();
    assert_eq!(code(&output), 2);
    let output = env
        .cmd()
        .args(["query", "x", "-n", "zero"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    // CSV rows are hits: the commands that write articles, entities or figures refuse it
    // instead of writing something else under its name.
    env.index(&[&env.fixture_corpus()]);
    let index = env.index_dir().display().to_string();
    for command in [
        &["stats", "--index", &index][..],
        &["entities", "--index", &index],
        &["show", "x", "--index", &index],
        &["extract", "."],
    ] {
        let output = env
            .cmd()
            .args(command)
            .args(["--format", "csv"])
            .output()
            .unwrap();
        assert_eq!(code(&output), 2, "{command:?}");
        assert!(
            stderr(&output).contains("invalid value 'csv' for '--format"),
            "{command:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let env = Env::new();
    // The seeds too: more output than one write buffer, so a write fails mid-record.
    env.index(&[&env.fixture_corpus(), &crate::util::repo().join("seeds")]);
    for args in [
        &["query", "the"][..],
        &["query", "the", "--format", "json"],
        &["query", "the", "--format", "csv"],
        &["show", "labour-code", "--format", "json"],
        &["export"],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kzsearch"))
            .args(args)
            .arg("--index")
            .arg(env.index_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close our end before the process writes: its writes fail with EPIPE.
        drop(child.stdout.take());
        let status = child.wait().unwrap();
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        assert!(!err.contains("Broken pipe"), "{args:?}: {err}");
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
    }
}

#[test]
fn a_damaged_index_says_so_and_how_to_mend_it() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    std::fs::write(env.index_dir().join("CURRENT"), "g000009").unwrap();
    assert_one_line_error(
        &env.query("union", &[]),
        &["is damaged", "g000009", "kzsearch index --rebuild"],
    );
    // The remedy works; and a segment file gone gets the same advice.
    let rebuilt = env.try_index(&[&env.fixture_corpus()], &["--rebuild"]);
    assert_eq!(code(&rebuilt), 0, "{}", stderr(&rebuilt));
    assert_eq!(code(&env.query("union", &[])), 0);
    let generation = std::fs::read_to_string(env.index_dir().join("CURRENT")).unwrap();
    let store = std::fs::read_dir(env.index_dir().join(generation.trim()))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "store"))
        .unwrap();
    std::fs::remove_file(store).unwrap();
    assert_one_line_error(&env.query("union", &[]), &["kzsearch index --rebuild"]);
}
