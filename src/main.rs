//! The `kzsearch` binary: parse the command line, run, turn the outcome into an exit status
//! (0 found, 1 nothing found, 2 error) and print any error once, on one line.

use std::process::ExitCode;

use clap::Parser;
use kzsearch::cli::{Cli, Command};
use kzsearch::hugepages::HugePages;
use kzsearch::{Outcome, error};

/// The system allocator, but for the large blocks of an index build (`src/hugepages.rs`).
#[global_allocator]
static ALLOCATOR: HugePages = HugePages::new();

fn main() -> ExitCode {
    error::install_panic_hook();
    let cli = Cli::parse();
    if let Command::Index(_) = cli.command {
        ALLOCATOR.enable();
    }
    // A panic has been shown on one line by the hook; it ends the run as any error does.
    let Ok(outcome) = std::panic::catch_unwind(|| kzsearch::run(cli)) else {
        return ExitCode::from(2);
    };
    match outcome {
        Ok(Outcome::Found) => ExitCode::from(0),
        Ok(Outcome::NothingFound) => ExitCode::from(1),
        Err(e) if error::is_broken_pipe(&e) => ExitCode::from(0),
        Err(e) => {
            eprintln!("kzsearch: {}", error::one_line(&e));
            ExitCode::from(2)
        }
    }
}
