//! Output: search results written as text for a person, or as JSON, JSON Lines or CSV for a
//! script. Renderers write into any `io::Write` and never touch the index; the caller resolves
//! the format once and hands each renderer what it needs.

pub mod csv;
pub mod json;
pub mod text;

use crate::search::Results;
use crate::store::CommitInfo;

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// Readable text with highlighted snippets.
    #[default]
    Text,
    /// One JSON object (see README, "JSON output").
    Json,
    /// JSON Lines: a header line, one line per hit, a summary line per query.
    Jsonl,
    /// CSV with a header row, one row per hit (RFC 4180 quoting); columns from --fields.
    Csv,
}

/// How the commands other than `query` write (CSV is for hits alone, so they do not take it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ReportFormat {
    /// Readable text.
    #[default]
    Text,
    /// JSON: one object per line.
    Json,
    /// The same as json.
    Jsonl,
}

/// Whether to use terminal colours and bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ColorChoice {
    /// When stdout is a terminal and NO_COLOR is not set.
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Resolves `auto` against the environment.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }
}

/// A CSV column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CsvField {
    /// (Named as its column is, `query_id`; `query-id` too.)
    #[value(name = "query_id", alias = "query-id")]
    QueryId,
    Rank,
    Id,
    Date,
    Title,
    Score,
    People,
    Organizations,
    Conventions,
    Snippet,
    Path,
    Source,
}

impl CsvField {
    pub fn name(self) -> &'static str {
        match self {
            CsvField::QueryId => "query_id",
            CsvField::Rank => "rank",
            CsvField::Id => "id",
            CsvField::Date => "date",
            CsvField::Title => "title",
            CsvField::Score => "score",
            CsvField::People => "people",
            CsvField::Organizations => "organizations",
            CsvField::Conventions => "conventions",
            CsvField::Snippet => "snippet",
            CsvField::Path => "path",
            CsvField::Source => "source",
        }
    }

    /// The columns written when --fields is not given.
    pub const DEFAULT: &[CsvField] = &[
        CsvField::Rank,
        CsvField::Id,
        CsvField::Date,
        CsvField::Title,
        CsvField::Score,
        CsvField::Snippet,
    ];
}

/// What a citable result says about the index and the program that searched it.
#[derive(Debug, Clone, Default)]
pub struct IndexInfo {
    pub kzsearch_version: String,
    pub schema_version: u32,
    pub articles: u64,
    /// RFC 3339, UTC.
    pub committed_at: Option<String>,
}

impl IndexInfo {
    pub fn new(commit: Option<CommitInfo>, articles: u64) -> IndexInfo {
        IndexInfo {
            kzsearch_version: env!("CARGO_PKG_VERSION").to_string(),
            schema_version: crate::schema::SCHEMA_VERSION,
            articles,
            committed_at: commit.map(|c| c.committed_at),
        }
    }
}

/// One query's outcome, as renderers see it.
#[derive(Debug)]
pub struct Answer<'a> {
    /// The id of a batch query (the one given, or the line number).
    pub query_id: Option<&'a str>,
    /// The query as the user wrote it.
    pub query: &'a str,
    pub results: &'a Results,
    /// Corrections to try when nothing was found ("Did you mean …").
    pub suggestions: &'a [String],
}
