//! `kzsearch index`: the report, skips with reasons, and replacing an index safely.

use crate::util::{Env, code, stderr};

#[test]
fn the_summary_accounts_for_every_file() {
    let env = Env::new();
    let corpus = env.fixture_corpus();
    env.write("corpus/notes.pdf", "%PDF-1.4");
    env.write("corpus/empty.txt", "");
    env.write("corpus/menu-only.txt", "You are here\n\nSkip to content\n");
    env.write("corpus/sub/binary.txt", b"abc\0def");
    let output = env.index(&[&corpus, &env.path().join("missing")]);
    let err = stderr(&output);
    let line = |needle: &str| {
        err.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} in {err}"))
            .to_string()
    };
    assert!(line("notes.pdf").contains("unsupported file type (.pdf)"));
    assert!(line("empty.txt").contains("empty file"));
    assert!(line("menu-only.txt").contains("no article text"));
    assert!(line("binary.txt").contains("binary file"));
    assert!(line("missing").contains("no such file or folder"));
    assert!(
        err.contains("9 file(s): 4 new, 0 changed, 0 unchanged, 5 skipped; 4 article(s) added; 4 in the index"),
        "{err}"
    );
}

#[test]
fn a_failed_run_leaves_the_previous_index_usable() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    // Nothing readable (a mistyped path): the run fails and the old index stays, whole.
    let output = env.try_index(&[&env.path().join("missing")], &[]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("nothing to index"),
        "{}",
        stderr(&output)
    );
    // One line that names the path and why it gave nothing.
    let stderr = stderr(&output);
    let error: Vec<&str> = stderr.lines().collect();
    assert_eq!(error.len(), 1, "{error:?}");
    assert!(
        error[0].contains("missing: no such file or folder"),
        "{error:?}"
    );
    assert_eq!(env.query_json("miners", &[]).total, 1);
    assert_eq!(env.query_json("*", &[]).total, 4);
    // Several: each named on its own line, then the error.
    let output = env.try_index(&[&env.path().join("nope1"), &env.path().join("nope2")], &[]);
    assert_eq!(code(&output), 2);
    let error = crate::util::stderr(&output);
    for path in ["nope1", "nope2"] {
        assert!(
            error.contains(&format!("{path}: no such file or folder")),
            "{error}"
        );
    }
    assert!(error.contains("each reported above"), "{error}");
    assert_eq!(env.query_json("*", &[]).total, 4);
}

#[test]
fn rebuilding_replaces_the_index() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    let other = env.path().join("other");
    env.write(
        "other/one.txt",
        "Only article\n\nThe only article mentions pensions.\n",
    );
    let output = env.try_index(&[&other], &["--rebuild"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(env.query_json("miners", &[]).total, 0);
    assert_eq!(env.query_json("pensions", &[]).total, 1);
    // Only the live generation is left on disk.
    assert_eq!(env.generations(), 1);
}

#[test]
fn ids_are_relative_paths_and_duplicates_are_reported() {
    let env = Env::new();
    let a = env.path().join("a");
    let b = env.path().join("b");
    env.write(
        "a/2024/visit.txt",
        "Visit\n\nThe minister visited Geneva.\n",
    );
    env.write(
        "b/2024/visit.txt",
        "Visit\n\nThe minister visited Geneva again.\n",
    );
    let output = env.index(&[&a, &b]);
    assert!(
        stderr(&output).contains("duplicate article id `2024/visit`"),
        "{}",
        stderr(&output)
    );
    let results = env.query_json("geneva", &[]);
    assert_eq!(results.total, 1);
    assert_eq!(results.hits[0].id, "2024/visit");
    // A JSON Lines record with an id already read is a rejected record, by its line; the
    // rest of its file is indexed.
    let feed = env.write(
        "c/feed.jsonl",
        "{\"id\": \"2024/visit\", \"title\": \"Again\", \"body\": \"Geneva once more.\"}\n\
         {\"id\": \"new\", \"title\": \"New\", \"body\": \"Nurses met in Astana.\"}\n",
    );
    let output = env.index(&[&a, &b, &feed]);
    let err = stderr(&output);
    assert!(
        err.contains("rejected c/feed.jsonl: line 1: duplicate article id `2024/visit`")
            || err.contains("feed.jsonl: line 1: duplicate article id `2024/visit`"),
        "{err}"
    );
    assert!(err.contains("1 record(s) rejected"), "{err}");
    assert_eq!(env.query_json("nurses", &[]).total, 1);
}

#[test]
fn articles_read_back_whole_once_the_index_has_learnt_its_record_dictionary() {
    let env = Env::new();
    let bbc = crate::util::repo().join("../shared/corpora/bbc/articles.jsonl.gz");
    env.index(&[&bbc]);
    // The first articles taught the index a dictionary, kept beside its files.
    let generation = std::fs::read_dir(env.index_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir())
        .expect("a generation");
    let dictionary = std::fs::metadata(generation.join("kzsearch-records.dict")).unwrap();
    assert!(dictionary.len() > 1000, "{dictionary:?}");
    // A later run keeps it (and its commits do not delete it); old and new articles read back.
    env.index(&[&bbc, &env.fixture_corpus()]);
    let export = env
        .cmd()
        .args(["export", "--format", "ndjson", "--index"])
        .arg(env.index_dir())
        .output()
        .unwrap();
    assert_eq!(code(&export), 0, "{}", stderr(&export));
    let articles: Vec<serde_json::Value> = crate::util::stdout(&export)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(articles.len(), 2225 + 4);
    for article in &articles {
        let body = article["body"].as_str().unwrap();
        assert!(!body.is_empty() && !article["id"].as_str().unwrap().is_empty());
    }
    let hit = env.query_json("\"Time Warner\"", &[]).hits.remove(0);
    assert!(hit.id.starts_with("bbc-"));
    assert_eq!(env.query_json("*", &[]).total, 2225 + 4);
}
