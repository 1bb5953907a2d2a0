//! Indexing that never loses work: incremental runs, kill -9 at any moment, a second indexer,
//! old index versions, hostile files and hostile queries. Real processes on real files.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use crate::util::{Env, code, stderr, stdout};

fn summary(output: &std::process::Output) -> String {
    stderr(output)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// Every article id in the index (via `*`), asserting there are no duplicates.
fn all_ids(env: &Env) -> Vec<String> {
    let results = env.query_json("*", &["--limit", "10000"]);
    let ids: Vec<String> = results.hits.into_iter().map(|h| h.id).collect();
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids in the index");
    ids
}

#[test]
fn a_second_run_adds_new_files_rereads_changed_ones_and_drops_gone_ones() {
    let env = Env::new();
    let corpus = env.fixture_corpus();
    let first = env.try_index(&[&corpus], &[]);
    assert!(
        summary(&first).contains("4 new, 0 changed, 0 unchanged"),
        "{}",
        summary(&first)
    );
    let before = all_ids(&env);

    // Nothing changed: nothing is read again, even when the path is spelled differently.
    let again = env.try_index(&[&env.path().join("corpus/../corpus")], &[]);
    assert!(
        summary(&again).contains(
            "0 new, 0 changed, 4 unchanged, 0 skipped; 0 article(s) added; 4 in the index"
        ),
        "{}",
        summary(&again)
    );

    // One file changed, one added, one deleted.
    env.write(
        "corpus/weather.txt",
        "Heatwave in the south\n\nA heatwave reached Shymkent, and outdoor work was paused.\n",
    );
    env.write(
        "corpus/pensions.txt",
        "Pension age debated\n\nThe Mazhilis debated the pension age again.\n",
    );
    std::fs::remove_file(corpus.join("untitled-visit.txt")).unwrap();
    let update = env.try_index(&[&corpus], &[]);
    assert!(
        summary(&update).contains("1 new, 1 changed, 2 unchanged, 0 skipped; 2 article(s) added; 1 file(s) gone, 2 article(s) removed; 4 in the index"),
        "{}",
        summary(&update)
    );
    assert_eq!(env.query_json("heatwave", &[]).total, 1);
    assert_eq!(
        env.query_json("floods", &[]).total,
        0,
        "the old version is gone"
    );
    assert_eq!(env.query_json("pension", &[]).total, 1);
    // Ids are stable: the unchanged articles keep theirs.
    let after = all_ids(&env);
    for id in ["labour-code", "union-congress", "weather"] {
        assert!(before.contains(&id.to_string()) && after.contains(&id.to_string()));
    }
    assert!(!after.contains(&"untitled-visit".to_string()));

    // A single new file elsewhere is added; it does not empty the index.
    let extra = env.write(
        "extra/strike.txt",
        "Strike ends\n\nThe strike at the mine ended.\n",
    );
    let add = env.try_index(&[&extra], &[]);
    assert!(summary(&add).contains("1 new"), "{}", summary(&add));
    assert_eq!(all_ids(&env).len(), 5);

    // --rebuild starts over with exactly the paths given.
    let rebuilt = env.try_index(&[&extra], &["--rebuild"]);
    assert_eq!(code(&rebuilt), 0);
    assert_eq!(all_ids(&env), ["strike"]);
}

/// 300 small articles, enough for an indexing run to take a moment.
fn big_corpus(env: &Env) -> PathBuf {
    let words = [
        "labour",
        "code",
        "union",
        "wages",
        "minister",
        "pension",
        "strike",
        "employer",
        "worker",
        "safety",
        "mine",
        "contract",
        "overtime",
        "ILO",
        "convention",
        "decent",
        "work",
        "Astana",
        "Almaty",
        "tripartite",
        "agreement",
        "social",
        "dialogue",
    ];
    for i in 0..300usize {
        let body: Vec<&str> = (0..300)
            .map(|j| words[(i * 7 + j * 13 + j / 5) % words.len()])
            .collect();
        env.write(
            &format!("big/a{i:04}.txt"),
            format!("Article {i} on labour\n\n{}.\n", body.join(" ")),
        );
    }
    env.path().join("big")
}

fn spawn_index(env: &Env, corpus: &Path) -> std::process::Child {
    StdCommand::new(assert_cmd::cargo::cargo_bin("kzsearch"))
        .current_dir(env.path())
        .arg("index")
        .arg(corpus)
        .arg("--index")
        .arg(env.index_dir())
        .args(["--checkpoint", "5", "--progress", "never"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn kill_9_at_any_moment_leaves_the_last_commit_and_the_next_run_finishes() {
    let env = Env::new();
    let corpus = big_corpus(&env);
    let mut last = 0;
    let mut killed_mid_run = 0;
    for delay in [150u64, 400, 700, 1000, 1400, 1900] {
        let mut child = spawn_index(&env, &corpus);
        std::thread::sleep(Duration::from_millis(delay / 2));
        // Queries run while the index is updated, and see the last commit.
        if env.index_dir().join("CURRENT").exists() {
            let during = env.query("*", &["--format", "json", "--limit", "1"]);
            assert_eq!(code(&during), 0, "{}", stderr(&during));
        }
        std::thread::sleep(Duration::from_millis(delay / 2));
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if !env.index_dir().join("CURRENT").exists() {
            assert_eq!(last, 0, "the index disappeared after a kill");
            continue;
        }
        let count = all_ids(&env).len();
        assert!(count >= last, "lost committed work: {count} < {last}");
        assert!(count <= 300);
        last = count;
    }
    assert!(
        killed_mid_run >= 2,
        "the runs finished before they could be killed"
    );
    // Abandoned generations are cleaned up and the lock left by the killed run is recovered.
    let finish = env.try_index(&[&corpus], &["--progress", "never"]);
    assert_eq!(code(&finish), 0, "{}", stderr(&finish));
    assert!(
        summary(&finish).contains(&format!("{} new, 0 changed, {last} unchanged", 300 - last)),
        "{} (after {last})",
        summary(&finish)
    );
    assert_eq!(all_ids(&env).len(), 300);
    assert_eq!(env.generations(), 1);
}

#[test]
fn a_second_indexer_fails_at_once_with_a_plain_message() {
    let env = Env::new();
    let corpus = big_corpus(&env);
    let mut child = spawn_index(&env, &corpus);
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the first run ended too soon"
    );
    let started = Instant::now();
    let second = env.try_index(&[&corpus], &[]);
    let took = started.elapsed();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(code(&second), 2);
    let err = stderr(&second);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("being updated by another kzsearch process"),
        "{err}"
    );
    assert!(
        err.contains(&env.index_dir().display().to_string()),
        "{err}"
    );
    assert!(took < Duration::from_secs(2), "took {took:?}");
}

#[test]
fn an_index_from_another_version_asks_for_a_rebuild() {
    let env = Env::new();
    let corpus = env.fixture_corpus();
    env.index(&[&corpus]);
    let current = std::fs::read_to_string(env.index_dir().join("CURRENT")).unwrap();
    let meta = env.index_dir().join(current.trim()).join("meta.json");
    let text = std::fs::read_to_string(&meta).unwrap();
    let current_version = format!(
        "\\\"schema_version\\\":{}",
        kzsearch::schema::SCHEMA_VERSION
    );
    let old = text.replace(&current_version, "\\\"schema_version\\\":3");
    assert_ne!(old, text, "schema version not found in {text}");
    std::fs::write(&meta, old).unwrap();

    for output in [env.query("miners", &[]), env.try_index(&[&corpus], &[])] {
        assert_eq!(code(&output), 2);
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("schema version 3") && err.contains("--rebuild"),
            "{err}"
        );
    }
    assert_eq!(code(&env.try_index(&[&corpus], &["--rebuild"])), 0);
    assert_eq!(env.query_json("miners", &[]).total, 1);
}

#[test]
fn bad_files_are_reported_once_each_and_strict_makes_them_fatal() {
    let env = Env::new();
    let corpus = env.fixture_corpus();
    env.write(
        "corpus/latin1.txt",
        b"Caf\xe9 workers\n\nWorkers at the caf\xe9 in Almaty struck.\n",
    );
    env.write("corpus/empty.txt", "");
    env.write("corpus/blank.txt", "\n\n   \n");
    env.write("corpus/image.txt", b"\x89PNG\r\n\x1a\n\0\0\0");
    // A 100 MB text file: far beyond any article; reported, not read whole.
    let huge = corpus.join("huge.txt");
    {
        use std::io::Write;
        let mut file = std::io::BufWriter::new(std::fs::File::create(&huge).unwrap());
        let line = "The minimum wage was raised again this year in every region.\n";
        for _ in 0..(100 * 1024 * 1024 / line.len() + 1) {
            file.write_all(line.as_bytes()).unwrap();
        }
    }
    std::os::unix::fs::symlink(&corpus, corpus.join("loop")).unwrap();
    std::os::unix::fs::symlink(corpus.join("b-link"), corpus.join("a-link")).unwrap();
    std::os::unix::fs::symlink(corpus.join("a-link"), corpus.join("b-link")).unwrap();
    let missing = env.path().join("no-such-folder");

    let output = env.try_index(&[&corpus, &missing], &[]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let err = stderr(&output);
    let lines_about = |name: &str| err.lines().filter(|l| l.contains(name)).collect::<Vec<_>>();
    let one = |name: &str, reason: &str| {
        let lines = lines_about(name);
        assert_eq!(lines.len(), 1, "{name}: {lines:?}\n{err}");
        assert!(lines[0].contains(reason), "{name}: {}", lines[0]);
    };
    one("latin1.txt", "not UTF-8: read as windows-1252");
    one("empty.txt", "empty file");
    one("blank.txt", "no article text");
    one("image.txt", "binary file");
    one("huge.txt", "too large for one article");
    one("corpus/loop", "symbolic link loop or repeated folder");
    one("a-link", "symbolic link loop");
    one("b-link", "symbolic link loop");
    one("no-such-folder", "no such file or folder");
    // 4 fixtures + latin1 indexed; every other input accounted for as skipped.
    assert!(
        summary(&output).contains("13 file(s): 5 new, 0 changed, 0 unchanged, 8 skipped"),
        "{}",
        summary(&output)
    );
    // Decoded in the encoding its bytes suggest, and indexed.
    assert_eq!(env.query_json("struck", &[]).total, 1);
    assert_eq!(env.query_json("café", &[]).total, 1);

    let strict = env.try_index(&[&corpus], &["--strict"]);
    assert_eq!(code(&strict), 2);
    assert!(
        stderr(&strict).contains("(--strict)"),
        "{}",
        stderr(&strict)
    );
}

#[test]
fn an_unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let corpus = env.fixture_corpus();
    let secret = env.write("corpus/secret.txt", "Secret\n\nNot for reading.\n");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&secret).is_ok() {
        // Running as root: permissions do not stop reads, so there is nothing to test.
        return;
    }
    let output = env.try_index(&[&corpus], &[]);
    assert_eq!(code(&output), 0);
    assert!(
        stderr(&output).contains("secret.txt: permission denied"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn hostile_queries_end_quickly_with_a_clear_error_or_a_bounded_result() {
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    let nested = format!("{}miners{}", "(".repeat(1_000), ")".repeat(1_000));
    let long_words = (0..700)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    let cases: Vec<(String, Option<&str>)> = vec![
        ("x".repeat(100_000), Some("the limit is 4096")),
        (nested, Some("nested more than 32 deep")),
        ("\"".repeat(3000), Some("no searchable words")),
        ("\"".repeat(3001), Some("unclosed quote")),
        ("a OR ".repeat(800), Some("malformed query")),
        (long_words, None),
        ("miners\u{1}\u{7}\u{1b}[31m".into(), None),
        ("mine* *a* ?????".into(), None),
        ("date:[0000 TO 9999-99-99]".into(), Some("date")),
    ];
    for (query, error) in cases {
        let output = env.query(&query, &["--format", "json"]);
        let shown: String = query.chars().take(40).collect();
        match error {
            Some(message) => {
                assert_eq!(code(&output), 2, "{shown}: {}", stdout(&output));
                let err = stderr(&output);
                assert_eq!(err.lines().count(), 1, "{shown}: {err}");
                assert!(err.contains(message), "{shown}: {err}");
                assert!(
                    err.len() < 300,
                    "{shown}: the error echoes the query: {err}"
                );
            }
            None => {
                assert!(
                    [0, 1].contains(&code(&output)),
                    "{shown}: {}",
                    stderr(&output)
                );
                assert!(!stderr(&output).contains("panicked"));
            }
        }
    }
}

#[test]
fn an_index_the_user_may_only_read_can_be_searched() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.index(&[&env.fixture_corpus()]);
    // Every folder readable and searchable, nothing writable.
    let mut stack = vec![env.path().to_path_buf()];
    while let Some(path) = stack.pop() {
        let dir = path.is_dir();
        if dir {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        }
        let mode = if dir { 0o555 } else { 0o444 };
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("kzsearch");
    let index = env.index_dir();
    // As root, permissions stop nothing: the commands run as an unprivileged user instead.
    let run = |args: &[&str]| {
        let mut cmd = if unsafe { libc::geteuid() } == 0 {
            let mut cmd = std::process::Command::new("setpriv");
            cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                .arg(&bin);
            cmd
        } else {
            std::process::Command::new(&bin)
        };
        cmd.args(args).arg("--index").arg(&index).output()
    };
    match run(&["--version"]) {
        Ok(output) if output.status.success() => {}
        // (No way to drop root here, or the binary is out of that user's reach.)
        _ => return,
    }
    let query = run(&["query", "miners"]).unwrap();
    assert_eq!(code(&query), 0, "{}", stderr(&query));
    assert!(
        stdout(&query).contains("Miners' union"),
        "{}",
        stdout(&query)
    );
    for args in [&["stats"][..], &["entities"], &["export"]] {
        let output = run(args).unwrap();
        assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
    }
    // Updating it is refused in one line that says why and what to do.
    let update = run(&["index", env.path().join("corpus").to_str().unwrap()]).unwrap();
    assert_eq!(code(&update), 2);
    assert!(
        stderr(&update).contains("can be searched but not updated by this user"),
        "{}",
        stderr(&update)
    );
    // (Writable again, so the temp dir can be removed.)
    let mut stack = vec![env.path().to_path_buf()];
    while let Some(path) = stack.pop() {
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        }
    }
}
