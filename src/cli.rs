//! The command line, as clap types. These describe arguments only; each command turns its
//! arguments into a library request once, at the start.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::query::MatchMode;
use crate::render::{ColorChoice, Format};

#[derive(Debug, Parser)]
#[command(
    name = "kzsearch",
    version,
    about = "Full-text search for labour and social policy news",
    long_about = "Full-text search for labour and social policy news: index articles, then \
                  search them with ranked, highlighted results.\n\n\
                  Exit status: 0 when something was found (or done), 1 when a query found \
                  nothing, 2 on error.",
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles from files and folders into the index.
    Index(IndexArgs),
    /// Search the index.
    Query(QueryArgs),
}

#[derive(Debug, Args)]
pub struct IndexOption {
    /// Index directory.
    #[arg(
        long,
        value_name = "DIR",
        default_value = "index",
        env = "KZSEARCH_INDEX"
    )]
    pub index: PathBuf,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Files and folders to read (folders are walked in sorted order).
    #[arg(value_name = "PATH", default_value = "seeds")]
    pub paths: Vec<PathBuf>,

    #[command(flatten)]
    pub index: IndexOption,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The query: words, "phrases", AND/OR/NOT, +word, -word, (groups), title:/body: fields.
    #[arg(value_name = "QUERY")]
    pub query: String,

    #[command(flatten)]
    pub index: IndexOption,

    /// Number of hits to show.
    #[arg(short = 'n', long = "limit", value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u16).range(1..))]
    pub limit: u16,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,

    /// Whether every word must match: all, any, or auto (all, falling back to any when nothing
    /// has them all).
    #[arg(long = "match", value_name = "MODE", value_enum, default_value_t)]
    pub match_mode: MatchMode,

    /// Bold highlights: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_name = "WHEN", value_enum, default_value_t)]
    pub color: ColorChoice,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn query_defaults_and_flags() {
        let cli = Cli::try_parse_from(["kzsearch", "query", "ilo"]).unwrap();
        let Command::Query(args) = cli.command else {
            panic!()
        };
        assert_eq!(args.limit, 10);
        assert_eq!(args.format, Format::Text);
        assert_eq!(args.match_mode, MatchMode::Auto);
        let cli = Cli::try_parse_from([
            "kzsearch", "query", "ilo", "-n", "3", "--format", "json", "--match", "all", "--index",
            "/tmp/i", "--color", "never",
        ])
        .unwrap();
        let Command::Query(args) = cli.command else {
            panic!()
        };
        assert_eq!(
            (args.limit, args.format, args.match_mode),
            (3, Format::Json, MatchMode::All)
        );
        assert_eq!(args.index.index, PathBuf::from("/tmp/i"));
        assert!(Cli::try_parse_from(["kzsearch", "query", "ilo", "-n", "0"]).is_err());
    }

    #[test]
    fn index_defaults_to_seeds() {
        let cli = Cli::try_parse_from(["kzsearch", "index"]).unwrap();
        let Command::Index(args) = cli.command else {
            panic!()
        };
        assert_eq!(args.paths, [PathBuf::from("seeds")]);
    }
}
