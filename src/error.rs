//! Errors a user can act on, and how every error reaches the terminal.
//!
//! Most failures travel as `anyhow::Error` with context naming the path or value involved. The
//! few a caller must branch on, or that deserve a specific hint, are [`UserError`]s. Whatever the
//! error, the user sees one line: `kzsearch: <what failed>: <cause>`.

use std::io;
use std::path::PathBuf;

/// Failures caused by the user's input or environment, each with its remedy in the message.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("no index at {}: run `kzsearch index` to build one, or pass --index DIR", .path.display())]
    IndexMissing { path: PathBuf },

    #[error(
        "the index at {} is being updated by another kzsearch process: wait for it to finish and try again",
        .path.display()
    )]
    IndexLocked { path: PathBuf },

    #[error(
        "the index at {} was built with schema version {found}, this kzsearch reads version {expected}: run `kzsearch index --rebuild`",
        .path.display()
    )]
    SchemaMismatch {
        path: PathBuf,
        found: u32,
        expected: u32,
    },

    #[error("malformed query: {message} at column {column}")]
    QuerySyntax { message: String, column: usize },

    #[error("invalid query: {0}")]
    Query(String),
}

/// Shows a panic as one line on stderr, `kzsearch: internal error at FILE:LINE: MESSAGE`,
/// never a backtrace; silent where the code catches it and reports it itself
/// ([`catching_panics`]).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if CATCHING.get() {
            return;
        }
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let message = panic_message(info.payload());
        // tantivy asserts what it reads from the index's files: failing there, the files are
        // most likely damaged (a disk error, a copy cut short), not the program.
        if at.contains("/tantivy") {
            eprintln!(
                "kzsearch: the index could not be read ({message}{at}): it may be damaged; \
                 rebuild it with `kzsearch index --rebuild`"
            );
        } else {
            eprintln!("kzsearch: internal error{at}: {message} (please report it)");
        }
    }));
}

thread_local! {
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, turning a panic into `Err` with its message (on one line), which the caller
/// reports; the panic hook stays silent meanwhile.
pub fn catching_panics<T>(f: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    let before = CATCHING.replace(true);
    let result = std::panic::catch_unwind(f);
    CATCHING.set(before);
    result.map_err(|payload| panic_message(&*payload))
}

/// A panic's message, on one line and at most 200 characters.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&str>().copied())
        .unwrap_or("a panic");
    let line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

/// Is this error (anywhere in its chain) a closed stdout, e.g. `kzsearch query … | head -1`?
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| {
                // serde_json wraps the writer's error in its own.
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

/// The one line printed for an error: the context chain joined by `: `, with newlines flattened.
pub fn one_line(error: &anyhow::Error) -> String {
    format!("{error:#}").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_is_an_error_on_one_line() {
        let long = "x".repeat(300);
        let caught = catching_panics(|| -> u32 { panic!("broke\n  here {long}") });
        let message = caught.unwrap_err();
        assert!(message.starts_with("broke here xxx"), "{message}");
        assert!(!message.contains('\n'));
        assert_eq!(message.chars().count(), 201);
        assert_eq!(catching_panics(|| 7), Ok(7));
        assert!(!CATCHING.get());
    }
    use anyhow::Context;

    #[test]
    fn broken_pipe_is_found_through_context() {
        let err = Err::<(), _>(io::Error::from(io::ErrorKind::BrokenPipe))
            .context("writing results")
            .unwrap_err();
        assert!(is_broken_pipe(&err));
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }

    #[test]
    fn broken_pipe_is_found_inside_a_json_error() {
        struct Closed;
        impl io::Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let err = serde_json::to_writer(Closed, &"text").unwrap_err();
        assert!(is_broken_pipe(&anyhow::Error::from(err)));
    }

    #[test]
    fn one_line_joins_the_chain() {
        let err = Err::<(), _>(UserError::IndexMissing { path: "idx".into() })
            .context("opening the index")
            .unwrap_err();
        let line = one_line(&err);
        assert!(line.starts_with("opening the index: no index at idx: run `kzsearch index`"));
        assert!(!line.contains('\n'));
    }
}
