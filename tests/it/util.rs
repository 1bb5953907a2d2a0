//! A temp-dir test environment that runs the real `kzsearch` binary with a clean environment and
//! an explicit `--index`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

/// The repository's root (where `seeds/` and `tests/fixtures/` are).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The hand-written fixture articles.
pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/articles")
}

pub struct Env {
    pub dir: TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn index_dir(&self) -> PathBuf {
        self.path().join("idx")
    }

    /// Writes `contents` to `name` under the temp dir (creating folders) and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, contents).unwrap();
        path
    }

    /// Copies the fixture articles into `corpus/` and returns that folder.
    pub fn fixture_corpus(&self) -> PathBuf {
        let corpus = self.path().join("corpus");
        fs::create_dir_all(&corpus).unwrap();
        for entry in fs::read_dir(fixtures()).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
        }
        corpus
    }

    /// `kzsearch` with a clean environment, run in the temp dir.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("kzsearch").unwrap();
        cmd.current_dir(self.path())
            .env_remove("NO_COLOR")
            .env_remove("KZSEARCH_INDEX")
            .env_remove("CLICOLOR_FORCE")
            .env("TERM", "xterm");
        cmd
    }

    /// `kzsearch index PATHS --index <tempdir>/idx EXTRA`, however it ends.
    pub fn try_index(&self, paths: &[&Path], extra: &[&str]) -> Output {
        self.cmd()
            .arg("index")
            .args(paths)
            .arg("--index")
            .arg(self.index_dir())
            .args(extra)
            .output()
            .unwrap()
    }

    /// `kzsearch index PATHS --index <tempdir>/idx`, which must succeed.
    pub fn index(&self, paths: &[&Path]) -> Output {
        let output = self.try_index(paths, &[]);
        assert!(
            output.status.success(),
            "index failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }

    /// `kzsearch query QUERY --index <tempdir>/idx ARGS`.
    pub fn query(&self, query: &str, args: &[&str]) -> Output {
        let mut cmd = self.cmd();
        cmd.arg("query")
            .arg(query)
            .arg("--index")
            .arg(self.index_dir())
            .args(args);
        cmd.output().unwrap()
    }

    /// Runs a query with `--format json` and parses the result.
    pub fn query_json(&self, query: &str, args: &[&str]) -> crate::json::Results {
        let mut all = vec!["--format", "json"];
        all.extend_from_slice(args);
        let output = self.query(query, &all);
        assert!(
            output.status.code() != Some(2),
            "query failed: {}",
            stderr(&output)
        );
        serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("bad JSON ({e}): {}", stdout(&output)))
    }
}

impl Env {
    /// How many index generations (`g000001`, …) are on disk.
    pub fn generations(&self) -> usize {
        fs::read_dir(self.index_dir())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with('g')
            })
            .count()
    }
}

/// The ids a query finds, in ranked order.
pub fn ids(env: &Env, query: &str, args: &[&str]) -> Vec<String> {
    env.query_json(query, args)
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

/// The ids a query finds, sorted (for comparing sets).
pub fn sorted_ids(env: &Env, query: &str, args: &[&str]) -> Vec<String> {
    let mut ids = ids(env, query, args);
    ids.sort();
    ids
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exit code")
}
