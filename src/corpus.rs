//! Input files: which paths to read, in what order, and how each becomes articles or a reported
//! skip. Nothing is dropped silently: every file found is either read into articles or listed
//! with the reason it was not.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::article::{self, Article};

/// A file to read, with the root it was found under (for its article id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: PathBuf,
    pub root: PathBuf,
}

/// A path that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Files whose extension marks them as articles kzsearch can read.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text"];

/// Expands the command-line paths into input files: folders are walked recursively in sorted
/// order; hidden entries (`.git`, `.DS_Store`) are skipped and reported like any other skip.
pub fn walk(paths: &[PathBuf]) -> (Vec<Input>, Vec<Skip>) {
    let mut inputs = Vec::new();
    let mut skips = Vec::new();
    for root in paths {
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => walk_dir(root, root, &mut inputs, &mut skips),
            Ok(_) => inputs.push(Input {
                path: root.clone(),
                root: root.clone(),
            }),
            Err(e) => skips.push(Skip {
                path: root.clone(),
                reason: io_reason(&e),
            }),
        }
    }
    (inputs, skips)
}

fn walk_dir(root: &Path, dir: &Path, inputs: &mut Vec<Input>, skips: &mut Vec<Skip>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            skips.push(Skip {
                path: dir.to_path_buf(),
                reason: io_reason(&e),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        match fs::metadata(&path) {
            Err(e) => skips.push(Skip {
                path,
                reason: io_reason(&e),
            }),
            Ok(_) if hidden => skips.push(Skip {
                path,
                reason: "hidden file or folder".into(),
            }),
            Ok(meta) if meta.is_dir() => walk_dir(root, &path, inputs, skips),
            Ok(_) => inputs.push(Input {
                path,
                root: root.to_path_buf(),
            }),
        }
    }
}

fn io_reason(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => error.to_string(),
    }
}

/// What reading one input produced.
#[derive(Debug)]
pub struct Read {
    pub articles: Vec<Article>,
    /// Problems that did not stop the file from being indexed (e.g. invalid UTF-8 replaced).
    pub warnings: Vec<String>,
}

/// Reads one input file into its articles, or the reason it cannot be indexed.
pub fn read(input: &Input) -> Result<Read, String> {
    let path = &input.path;
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if !ARTICLE_EXTENSIONS.contains(&extension.as_str()) {
        let kind = if extension.is_empty() {
            "no extension".to_string()
        } else {
            format!(".{extension}")
        };
        return Err(format!(
            "unsupported file type ({kind}); kzsearch reads {}",
            ARTICLE_EXTENSIONS
                .iter()
                .map(|e| format!(".{e}"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let bytes = fs::read(path).map_err(|e| io_reason(&e))?;
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    let mut warnings = Vec::new();
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let replaced = text.matches('\u{fffd}').count();
            warnings.push(format!(
                "invalid UTF-8: {replaced} byte sequence(s) replaced with U+FFFD"
            ));
            text
        }
    };
    let id = article::id_for(&input.root, path);
    let parsed = article::text::parse(id, path.display().to_string(), &text);
    if parsed.title.is_none() && parsed.body.trim().is_empty() {
        return Err("no article text (only navigation, menus or dates)".into());
    }
    Ok(Read {
        articles: vec![parsed],
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_in_sorted_order_and_hidden_entries_reported() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("b")).unwrap();
        fs::write(root.join("b/2.txt"), "x").unwrap();
        fs::write(root.join("a.txt"), "x").unwrap();
        fs::write(root.join(".DS_Store"), "x").unwrap();
        let (inputs, skips) = walk(&[root.to_path_buf(), root.join("missing")]);
        let names: Vec<_> = inputs
            .iter()
            .map(|i| i.path.strip_prefix(root).unwrap().to_path_buf())
            .collect();
        assert_eq!(names, [PathBuf::from("a.txt"), PathBuf::from("b/2.txt")]);
        let reasons: Vec<_> = skips.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(reasons, ["hidden file or folder", "no such file or folder"]);
    }

    #[test]
    fn unreadable_kinds_of_file_are_reasons_not_errors() {
        let dir = tempfile::tempdir().unwrap();
        let input = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            fs::write(&path, bytes).unwrap();
            read(&Input {
                path,
                root: dir.path().to_path_buf(),
            })
        };
        assert_eq!(input("e.txt", b"").unwrap_err(), "empty file");
        assert!(
            input("b.txt", b"ab\0cd")
                .unwrap_err()
                .starts_with("binary file")
        );
        assert!(
            input("x.pdf", b"%PDF")
                .unwrap_err()
                .starts_with("unsupported file type (.pdf)")
        );
        assert!(
            input("n.txt", b"You are here\n\n")
                .unwrap_err()
                .starts_with("no article text")
        );
        let read = input("u.txt", b"Title\n\nBody \xff text.").unwrap();
        assert_eq!(read.warnings.len(), 1);
        assert_eq!(read.articles[0].id, "u");
    }
}
