//! One module per subcommand; each turns its arguments into a library call and writes the
//! outcome.

mod entities;
mod eval;
mod export;
mod extract;
mod index;
mod query;
mod show;
mod stats;

use anyhow::Result;

use crate::cli::{Cli, Command};

/// How a successful run ended, for the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Something was found or done (exit 0).
    Found,
    /// A query found nothing (exit 1).
    NothingFound,
}

pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Index(args) => index::run(args),
        Command::Query(args) => query::run(*args),
        Command::Show(args) => show::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Entities(args) => entities::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Export(args) => export::run(args),
    }
}
