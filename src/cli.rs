//! The command line, as clap types. These describe arguments only; each command turns its
//! arguments into a library request once, at the start.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::facets::{FacetKind, Interval};
use crate::query::MatchMode;
use crate::render::{ColorChoice, CsvField, Format, ReportFormat};

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
    Query(Box<QueryArgs>),
    /// Print one article in full, with its metadata.
    Show(ShowArgs),
    /// Parse and enrich articles without indexing: people, organizations, conventions.
    Extract(ExtractArgs),
    /// List the people, organizations and conventions the index names, most frequent first.
    Entities(EntitiesArgs),
    /// Measure ranking quality on a test collection (docs.jsonl, queries.jsonl, qrels.tsv).
    Eval(EvalArgs),
    /// Describe the index: articles, dates, sources, most mentioned names, size.
    Stats(StatsArgs),
    /// Write every article with its extracted fields as NDJSON for Quickwit, or its index config.
    Export(ExportArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ExportFormat {
    /// One JSON object per line, as Quickwit ingests.
    #[default]
    Ndjson,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub index: IndexOption,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ExportFormat,

    /// Print the Quickwit index config that declares every exported field, instead of the
    /// articles.
    #[arg(long)]
    pub quickwit_config: bool,
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

/// When to show something that only makes sense on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum When {
    /// When stderr is a terminal and CI is not set.
    Auto,
    Never,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Files and folders to read (folders are walked in sorted order).
    #[arg(value_name = "PATH", default_value = "seeds")]
    pub paths: Vec<PathBuf>,

    /// Start over: index exactly PATHS into a new index, which replaces the old one when
    /// complete. Without it, a run adds new files, re-reads changed ones and drops gone ones.
    #[arg(long)]
    pub rebuild: bool,

    /// Exit with status 2 if any file or record was skipped (the rest is still indexed).
    #[arg(long)]
    pub strict: bool,

    /// Commit after a file once this many articles were added since the last commit (a killed
    /// run loses at most the work since its last commit).
    #[arg(long, value_name = "N", default_value_t = 20_000)]
    pub checkpoint: u64,

    /// Memory for the index writer's buffers, in MiB: more means fewer, larger segments
    /// written at once; peak memory of a run is about this plus a few hundred articles.
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    pub memory: usize,

    /// Progress bar on stderr: auto (when stderr is a terminal), never.
    #[arg(long, value_name = "WHEN", default_value = "auto")]
    pub progress: When,

    #[command(flatten)]
    pub index: IndexOption,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The query: words, "phrases", AND/OR/NOT, +word, -word, (groups), fields (title:, body:,
    /// date:, source:). `*` matches every article. May be left out with --batch or a filter.
    #[arg(value_name = "QUERY", required_unless_present_any = ["batch", "source", "from", "to", "since", "person", "org", "convention", "lang"])]
    pub query: Option<String>,

    #[command(flatten)]
    pub index: IndexOption,

    /// Read one query per line (`query` or `id<TAB>query`) from FILE, or `-` for stdin; write one
    /// hit per line (JSON Lines unless --format says otherwise).
    #[arg(long, value_name = "FILE", conflicts_with = "query")]
    pub batch: Option<PathBuf>,

    /// Only articles naming this person, any spelling (repeatable: any of them).
    #[arg(long, value_name = "NAME", help_heading = "Filters")]
    pub person: Vec<String>,

    /// Only articles naming this body, by acronym or any name (repeatable: any of them).
    #[arg(long, value_name = "NAME", help_heading = "Filters")]
    pub org: Vec<String>,

    /// Only articles naming this ILO convention (repeatable: any of them).
    #[arg(long, value_name = "NUMBER", help_heading = "Filters")]
    pub convention: Vec<String>,

    /// Only articles from this source (repeatable: any of them).
    #[arg(long, value_name = "NAME", help_heading = "Filters")]
    pub source: Vec<String>,

    /// Only articles in this language: en, ru, kk (repeatable: any of them).
    #[arg(long, value_name = "LANG", help_heading = "Filters")]
    pub lang: Vec<String>,

    /// Only articles dated on or after this day, month or year (YYYY, YYYY-MM, YYYY-MM-DD).
    #[arg(long, value_name = "DATE", help_heading = "Filters")]
    pub from: Option<String>,

    /// Only articles dated on or before this day, month or year (YYYY, YYYY-MM, YYYY-MM-DD).
    #[arg(long, value_name = "DATE", help_heading = "Filters")]
    pub to: Option<String>,

    /// Only articles from the last 30d, 2w, 6m, 1y… up to today.
    #[arg(long, value_name = "AGE", help_heading = "Filters")]
    pub since: Option<String>,

    /// Order: relevance, date (oldest first) or -date (newest first). Undated articles last.
    #[arg(
        long,
        value_enum,
        default_value_t,
        allow_hyphen_values = true,
        help_heading = "Results"
    )]
    pub sort: SortArg,

    /// Number of hits to show.
    #[arg(short = 'n', long = "limit", value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..=100_000), help_heading = "Results")]
    pub limit: u32,

    /// Skip this many hits first (for paging).
    #[arg(long, value_name = "N", default_value_t = 0, help_heading = "Results")]
    pub offset: u32,

    /// Whether every word must match: all, any, or auto (all, falling back to any when nothing
    /// has them all).
    #[arg(
        long = "match",
        value_name = "MODE",
        value_enum,
        default_value_t,
        help_heading = "Results"
    )]
    pub match_mode: MatchMode,

    /// Count matching articles per value of a field (repeatable).
    #[arg(long, value_name = "FIELD", value_enum, help_heading = "Results")]
    pub facet: Vec<FacetKind>,

    /// Values shown per facet.
    #[arg(long, value_name = "N", default_value_t = 10, help_heading = "Results")]
    pub facet_limit: usize,

    /// Matching articles per year or month, as a timeline.
    #[arg(long, value_name = "PERIOD", value_enum, help_heading = "Results")]
    pub histogram: Option<Interval>,

    /// Passages per hit.
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u16).range(1..=100), help_heading = "Output")]
    pub snippets: u16,

    /// Every matching sentence, one per line with its article id, like grep.
    #[arg(long, conflicts_with = "snippets", help_heading = "Output")]
    pub kwic: bool,

    /// Output format (text, json, jsonl, csv).
    #[arg(long, value_enum, help_heading = "Output")]
    pub format: Option<Format>,

    /// Columns for --format csv.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "LIST",
        help_heading = "Output"
    )]
    pub fields: Vec<CsvField>,

    /// Bold highlights: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(
        long,
        value_name = "WHEN",
        value_enum,
        default_value_t,
        help_heading = "Output"
    )]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum SortArg {
    #[default]
    Relevance,
    /// Oldest first.
    Date,
    /// Newest first.
    #[value(name = "-date")]
    DateDesc,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The article id (as shown in query results).
    #[arg(value_name = "ID")]
    pub id: String,

    #[command(flatten)]
    pub index: IndexOption,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files and folders to read.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,

    /// Output format: JSON Lines (one article per line) or text.
    #[arg(long, value_enum, default_value = "json")]
    pub format: ReportFormat,

    /// Include each article's parsed body in the JSON (to run another extractor on the same
    /// text, as bench/entities/spacy_extract.py does).
    #[arg(long)]
    pub with_body: bool,
}

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub index: IndexOption,

    /// Only this kind of entity.
    #[arg(long, value_enum)]
    pub kind: Option<EntityKind>,

    /// At most this many entries.
    #[arg(short = 'n', long, value_name = "N")]
    pub limit: Option<usize>,

    /// Output format: text, or JSON Lines (one entity per line).
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EntityKind {
    Person,
    Org,
    Convention,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder holding docs.jsonl, queries.jsonl and qrels.tsv.
    #[arg(value_name = "DIR")]
    pub collection: PathBuf,

    /// Keep the collection's index in DIR (default: a temporary folder, removed afterwards).
    #[command(flatten)]
    pub index: OptionalIndex,

    /// Also print the scores of every query.
    #[arg(long)]
    pub per_query: bool,

    /// With --index: search the index already there instead of rebuilding it.
    #[arg(long, requires = "index")]
    pub reuse: bool,

    /// Override a ranking knob for this run (repeatable), e.g. `--set title_boost=3`; see
    /// docs/RANKING.md.
    #[arg(long, value_name = "KEY=VALUE")]
    pub set: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,
}

#[derive(Debug, Args)]
pub struct OptionalIndex {
    /// Index directory.
    #[arg(long, value_name = "DIR")]
    pub index: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub index: IndexOption,

    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: ReportFormat,

    /// Entries in each top list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
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
        assert_eq!(args.format, None);
        assert_eq!(args.sort, SortArg::Relevance);
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
            (3, Some(Format::Json), MatchMode::All)
        );
        assert_eq!(args.index.index, PathBuf::from("/tmp/i"));
        assert!(Cli::try_parse_from(["kzsearch", "query", "ilo", "-n", "0"]).is_err());
    }

    #[test]
    fn sort_accepts_minus_date_and_filters_replace_the_query() {
        let cli = Cli::try_parse_from([
            "kzsearch",
            "query",
            "--source",
            "Kazinform",
            "--sort",
            "-date",
        ])
        .unwrap();
        let Command::Query(args) = cli.command else {
            panic!()
        };
        assert_eq!(args.sort, SortArg::DateDesc);
        assert_eq!(args.query, None);
        assert!(Cli::try_parse_from(["kzsearch", "query"]).is_err());
        let cli = Cli::try_parse_from([
            "kzsearch",
            "query",
            "ilo",
            "--facet",
            "source",
            "--facet",
            "year",
            "--fields",
            "id,title,score",
        ])
        .unwrap();
        let Command::Query(args) = cli.command else {
            panic!()
        };
        assert_eq!(args.facet, [FacetKind::Source, FacetKind::Year]);
        assert_eq!(
            args.fields,
            [CsvField::Id, CsvField::Title, CsvField::Score]
        );
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
